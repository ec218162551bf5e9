/**
 * The first view of a big graph: what the page needs to draw it as it opens, and nothing more.
 * The canvas's opening view draws every actor and relation with its size and its alleged mark,
 * and no sentence: so the page fetches this (under a fifth of graph.json: no evidence), draws
 * it, and only then fetches the whole graph the panels read. At 20,000 relations graph.json is
 * 20 MB, and fetching, parsing and checking it was most of the explorer's lead over a bare
 * cytoscape page's first render. The build derives it from graph.json (vite.config.ts), so the
 * two always come from the same graph; the explorer still checks the one against the other before
 * it takes the canvas over (main.ts).
 */
import type { GraphFile, NodeAttributes, RelationType } from '../../graph-data/schema.ts';
import { count, isRecord } from '../../graph-data/evidence-check.ts';
import { ACTOR_KINDS, RELATION_TYPES } from '../../graph-data/shapes.ts';
import { actorVolume, edgeWeight } from './volume.ts';

/** An actor: its attributes the canvas draws, and its distinct sentences (its size). */
export interface FirstNode extends Pick<NodeAttributes, 'label' | 'kind' | 'core' | 'alleged'> {
  key: string;
  sentences: number;
}

/** A relation: its ends and type, its distinct sentences (its width), and whether all of them are alleged. */
export interface FirstEdge {
  key: string;
  source: string;
  target: string;
  type: RelationType;
  undirected: boolean;
  sentences: number;
  alleged: boolean;
}

export interface FirstView {
  nodes: FirstNode[];
  edges: FirstEdge[];
}

/** The first view of `graph`, in graph.json's order: what elementBases makes of it with no filter set. */
export function firstView(graph: GraphFile): FirstView {
  const volume = actorVolume(graph);
  return {
    nodes: graph.nodes.map(({ key, attributes: a }) => ({
      key, label: a.label, kind: a.kind, core: a.core, alleged: a.alleged, sentences: volume.get(key) ?? 0,
    })),
    edges: graph.edges.map(({ key, source, target, attributes: { type, undirected, evidence } }) => ({
      key, source, target, type, undirected, ...edgeWeight(evidence),
    })),
  };
}

const KINDS = new Set<unknown>(ACTOR_KINDS);
const TYPES = new Set<unknown>(RELATION_TYPES);

const isText = (v: unknown): v is string => typeof v === 'string';
const isFlag = (v: unknown): boolean => typeof v === 'boolean';

function isNode(v: unknown): boolean {
  return isRecord(v) && isText(v.key) && isText(v.label) && KINDS.has(v.kind) && isFlag(v.core) && isFlag(v.alleged) && count(v.sentences);
}

function isEdge(v: unknown): boolean {
  return (
    isRecord(v) && isText(v.key) && isText(v.source) && isText(v.target) && TYPES.has(v.type) &&
    isFlag(v.undirected) && count(v.sentences) && isFlag(v.alleged)
  );
}

/**
 * True when `x` has the first view's shape. It comes from the page's own server, as graph.json
 * does; one that fails is not drawn, and the page opens from graph.json as it would without one.
 */
export function isFirstView(x: unknown): x is FirstView {
  return isRecord(x) && Array.isArray(x.nodes) && Array.isArray(x.edges) && x.nodes.every(isNode) && x.edges.every(isEdge);
}

const NODE_FIELDS = ['key', 'label', 'kind', 'core', 'alleged', 'sentences'] as const;
const EDGE_FIELDS = ['key', 'source', 'target', 'type', 'undirected', 'sentences', 'alleged'] as const;

function sameItems<T>(a: readonly T[], b: readonly T[], fields: readonly (keyof T)[]): boolean {
  return a.length === b.length && a.every((x, i) => fields.every((f) => x[f] === b[i]![f]));
}

/**
 * True when `view` is `graph`'s first view: then a canvas drawn from it is the canvas the graph
 * itself would draw. Worked out again rather than trusted, though the build makes both from one
 * file: the canvas is taken over as it is, so a mismatch would stay on screen as sizes and marks
 * the evidence does not back; and the check costs only one walk of the evidence.
 */
export function isFirstViewOf(view: FirstView, graph: GraphFile): boolean {
  const own = firstView(graph);
  return sameItems(view.nodes, own.nodes, NODE_FIELDS) && sameItems(view.edges, own.edges, EDGE_FIELDS);
}
