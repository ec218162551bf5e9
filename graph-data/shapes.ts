/**
 * The contract's words and the shapes of graph.json's objects as plain data, with no zod: the
 * explorer reads and checks a graph with these alone, and loads zod only to say what is wrong
 * with a graph that fails (evaluating zod and the schemas took about a tenth of the first render
 * at the bundled graph). schema.ts builds its schemas from the same words; shapes.test.ts holds
 * every key list here equal to its schema's shape, in order, with the same optional keys.
 */

/** The nine relation types of ontology.md, in the order the UI lists them. */
export const RELATION_TYPES = [
  'accusation',
  'mediation',
  'clash',
  'negotiation',
  'agreement',
  'demand',
  'threat',
  'support',
  'rejection',
] as const;

export const STATUSES = ['reported', 'attributed', 'alleged'] as const;

/** What kind of actor an entry of actors.json (and a node) is. */
export const ACTOR_KINDS = ['state', 'armed-group', 'organisation', 'person', 'other'] as const;
/** How precise an event date is. */
export const DATE_PRECISIONS = ['day', 'range', 'month'] as const;
/** What a highlighted span of an evidence sentence is. */
export const MARK_ROLES = ['source', 'target', 'trigger'] as const;

/** The text patterns of the contract, shared with the checks that read without zod (evidence-check.ts, graph-check.ts). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A day ("2025-10-29"). */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A day or a month ("2025-10"). */
export const DAY_OR_MONTH_PATTERN = /^\d{4}-\d{2}(-\d{2})?$/;

const among =
  <T extends string>(words: readonly T[]) =>
  (v: unknown): v is T =>
    (words as readonly unknown[]).includes(v);
/** True for one of the relation types. */
export const isRelationType = among(RELATION_TYPES);
/** True for one of the evidence statuses. */
export const isStatus = among(STATUSES);

/**
 * The stable key of an edge: symmetric types put the two ids in sorted order. Here rather than in
 * schema.ts so that the build's workers, which key every finding, load without zod.
 */
export function edgeKey(source: string, type: (typeof RELATION_TYPES)[number], target: string, undirected: boolean): string {
  const [a, b] = undirected && target < source ? [target, source] : [source, target];
  return `${a}|${type}|${b}`;
}

/** A strict object of graph.json: its keys in the schema's order, and which of them may be absent. */
export interface Shape {
  keys: readonly string[];
  optional: readonly string[];
}

const shape = (keys: readonly string[], optional: readonly string[] = []): Shape => ({ keys, optional });

/** Every strict object of graph.json, from the top down. */
export const SHAPES = {
  graph: shape(['attributes', 'options', 'nodes', 'edges']),
  graphAttributes: shape(['schemaVersion', 'articles', 'dyadSnapshot'], ['dyadSnapshot']),
  options: shape(['type', 'multi', 'allowSelfLoops']),
  article: shape(['id', 'file', 'title', 'outlet', 'date', 'dateInferred', 'byline', 'url', 'sentences']),
  node: shape(['key', 'attributes']),
  nodeAttributes: shape(['label', 'kind', 'core', 'alleged', 'mentions', 'names']),
  edge: shape(['key', 'source', 'target', 'undirected', 'attributes'], ['undirected']),
  edgeAttributes: shape(['type', 'undirected', 'evidence']),
  evidence: shape(['article', 'sentence', 'start', 'end', 'text', 'status', 'speaker', 'implicit', 'trigger', 'date', 'when', 'marks']),
  eventDate: shape(['start', 'end', 'precision', 'inferred'], ['inferred']),
} as const;
