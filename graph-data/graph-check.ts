/**
 * GraphFile.safeParse's verdict on a whole graph, by only reading it. The explorer checks the
 * graph it opens before drawing anything, and zod's parse (which copies every node, edge and
 * evidence item) held the first render back: about 0.2 s at 5,000 relations. This decides pass or
 * fail; on a failure zod is asked for its messages. The tests hold the two verdicts equal on valid
 * graphs and on graphs broken at every place.
 */
import { isEvidence } from './evidence-check.ts';
import { ActorEntry, ArticleMeta, GraphFile, NodeAttributes, RELATION_TYPES } from './schema.ts';

const TOP = GraphFile.shape;
const EDGE = TOP.edges.element.shape;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TYPES = new Set<unknown>(RELATION_TYPES);
const KINDS = new Set<unknown>(ActorEntry.shape.kind.options);

/** True when `x` is what graph-data/schema.ts's GraphFile accepts. */
export function isGraphFile(x: unknown): x is GraphFile {
  if (!record(x, TOP) || !record(x.options, TOP.options.shape) || !record(x.attributes, TOP.attributes.shape)) return false;
  const { options, attributes } = x;
  return (
    options.type === 'mixed' && options.multi === true && options.allowSelfLoops === false &&
    attributes.schemaVersion === 1 && every(attributes.articles, article) && every(x.nodes, node) && every(x.edges, edge)
  );
}

/** An array whose every item (holes read as undefined, as zod reads them) passes `ok`. */
function every(v: unknown, ok: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) return false;
  return true;
}

/**
 * A plain object with no key outside `shape` (a strict object) and every required key present.
 * Which keys are optional is read from the shape, so the two cannot disagree on it.
 */
function record(v: unknown, shape: Record<string, { safeParse: (x: unknown) => { success: boolean } }>): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) return false;
  return requiredKeys(shape).every((k) => Object.hasOwn(v, k) && (v as Record<string, unknown>)[k] !== undefined);
}

// Keys whose schema refuses undefined: required. Worked out once per shape.
const required = new WeakMap<object, string[]>();
function requiredKeys(shape: Record<string, { safeParse: (x: unknown) => { success: boolean } }>): string[] {
  let keys = required.get(shape);
  if (!keys) {
    keys = Object.keys(shape).filter((k) => !shape[k]?.safeParse(undefined).success);
    required.set(shape, keys);
  }
  return keys;
}

const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const orNull = (v: unknown): boolean => v === null || typeof v === 'string';
const count = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const id = (v: unknown): boolean => typeof v === 'string' && ID.test(v);

function article(v: unknown): boolean {
  if (!record(v, ArticleMeta.shape)) return false;
  return (
    text(v.id) && text(v.file) && orNull(v.title) && orNull(v.outlet) && (v.date === null || (typeof v.date === 'string' && DAY.test(v.date))) &&
    typeof v.dateInferred === 'boolean' && orNull(v.byline) && orNull(v.url) && count(v.sentences)
  );
}

function node(v: unknown): boolean {
  if (!record(v, TOP.nodes.element.shape) || !id(v.key)) return false;
  const a = v.attributes;
  if (!record(a, NodeAttributes.shape)) return false;
  return (
    typeof a.label === 'string' && KINDS.has(a.kind) && typeof a.core === 'boolean' && typeof a.alleged === 'boolean' &&
    count(a.mentions) && every(a.names, (n) => typeof n === 'string')
  );
}

function edge(v: unknown): boolean {
  if (!record(v, EDGE) || typeof v.key !== 'string' || !id(v.source) || !id(v.target)) return false;
  if (v.undirected !== undefined && typeof v.undirected !== 'boolean') return false;
  const a = v.attributes;
  if (!record(a, EDGE.attributes.shape)) return false;
  return TYPES.has(a.type) && typeof a.undirected === 'boolean' && Array.isArray(a.evidence) && a.evidence.length > 0 && every(a.evidence, isEvidence);
}
