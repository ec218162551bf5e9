/**
 * GraphFile.safeParse's verdict on a whole graph, by only reading it. The explorer checks the
 * graph it opens before drawing anything, and zod's parse (which copies every node, edge and
 * evidence item) held the first render back: about 0.2 s at 5,000 relations. This decides pass or
 * fail; on a failure zod is asked for its messages. The tests hold the two verdicts equal on valid
 * graphs and on graphs broken at every place.
 */
import { count, faultOf, isEvidence, isRecord, text } from './evidence-check.ts';
import type { ArticleMeta, GraphFile } from './schema.ts';
import { ACTOR_KINDS, DAY_PATTERN, ID_PATTERN, RELATION_TYPES, SHAPES, type Shape } from './shapes.ts';

/**
 * A test for a strict object of `shape`: a plain object with no key outside the shape and every
 * key that is not optional present (and not undefined, which zod reads as absent).
 */
function strict({ keys, optional }: Shape): (v: unknown) => v is Record<string, unknown> {
  const allowed = new Set(keys);
  const required = keys.filter((k) => !optional.includes(k));
  return (v): v is Record<string, unknown> =>
    isRecord(v) && Object.keys(v).every((k) => allowed.has(k)) && required.every((k) => Object.hasOwn(v, k) && v[k] !== undefined);
}

const isTop = strict(SHAPES.graph);
const isOptions = strict(SHAPES.options);
const isAttributes = strict(SHAPES.graphAttributes);
const isArticle = strict(SHAPES.article);
const isNode = strict(SHAPES.node);
const isNodeAttributes = strict(SHAPES.nodeAttributes);
const isEdge = strict(SHAPES.edge);
const isEdgeAttributes = strict(SHAPES.edgeAttributes);
const TYPES = new Set<unknown>(RELATION_TYPES);
const KINDS = new Set<unknown>(ACTOR_KINDS);

/** True when `x` is what graph-data/schema.ts's GraphFile accepts. */
export function isGraphFile(x: unknown): x is GraphFile {
  if (!isTop(x) || !isOptions(x.options) || !isAttributes(x.attributes)) return false;
  const { options, attributes } = x;
  return (
    options.type === 'mixed' && options.multi === true && options.allowSelfLoops === false &&
    attributes.schemaVersion === 1 && every(attributes.articles, isArticleMeta) && every(x.nodes, node) && every(x.edges, edge)
  );
}

/** An array whose every item (holes read as undefined, as zod reads them) passes `ok`. */
function every(v: unknown, ok: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) return false;
  return true;
}

const orNull = (v: unknown): boolean => v === null || typeof v === 'string';
const id = (v: unknown): boolean => typeof v === 'string' && ID_PATTERN.test(v);

/** Each key's test for an article's entry (ArticleMeta). */
const ARTICLE_FIELDS: Record<string, (v: unknown) => boolean> = {
  id: text, file: text, title: orNull, outlet: orNull, date: (v) => v === null || (typeof v === 'string' && DAY_PATTERN.test(v)),
  dateInferred: (v) => typeof v === 'boolean', byline: orNull, url: orNull, sentences: count,
};

/** True when `v` is what graph-data/schema.ts's ArticleMeta accepts. */
export function isArticleMeta(v: unknown): v is ArticleMeta {
  return isArticle(v) && SHAPES.article.keys.every((k) => ARTICLE_FIELDS[k]?.(v[k]) === true);
}

/** What is wrong with an article's entry that isArticleMeta refuses, or null when it passes; without zod. */
export function articleFault(v: unknown): string | null {
  return faultOf(v, SHAPES.article.keys, ARTICLE_FIELDS, SHAPES.article.optional);
}

function node(v: unknown): boolean {
  if (!isNode(v) || !id(v.key)) return false;
  const a = v.attributes;
  if (!isNodeAttributes(a)) return false;
  return (
    typeof a.label === 'string' && KINDS.has(a.kind) && typeof a.core === 'boolean' && typeof a.alleged === 'boolean' &&
    count(a.mentions) && every(a.names, (n) => typeof n === 'string')
  );
}

function edge(v: unknown): boolean {
  if (!isEdge(v) || typeof v.key !== 'string' || !id(v.source) || !id(v.target)) return false;
  if (v.undirected !== undefined && typeof v.undirected !== 'boolean') return false;
  const a = v.attributes;
  if (!isEdgeAttributes(a)) return false;
  return TYPES.has(a.type) && typeof a.undirected === 'boolean' && Array.isArray(a.evidence) && a.evidence.length > 0 && every(a.evidence, isEvidence);
}
