/** Read-only queries that turn the graph's edges into what the relation list shows. */
import { RELATION_TYPES } from '../../graph-data/shapes.ts';
import type { ArticleMeta, Evidence, GraphFile, RelationType } from '../../graph-data/schema.ts';
import { countEvidence } from './volume.ts';

/** An actor as an edge shows it. */
export interface ActorRef {
  id: string;
  label: string;
  alleged: boolean;
}

/** One edge with its actors resolved and its evidence in reading order. */
export interface EdgeView {
  key: string;
  type: RelationType;
  undirected: boolean;
  source: ActorRef;
  target: ActorRef;
  evidence: Evidence[];
  /** Distinct (article, sentence) pairs: two triggers in one sentence are one sentence. */
  sentences: number;
  articles: number;
}

/** The edges of one relation type. */
export interface TypeGroup {
  type: RelationType;
  edges: EdgeView[];
}

/** An actor of the graph by id, as edges show it; an id the graph lacks shows as itself. One object per id. */
export function actorLookup(graph: GraphFile): (id: string) => ActorRef {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
  const refs = new Map<string, ActorRef>();
  return (id) => {
    let ref = refs.get(id);
    if (!ref) {
      const n = nodes.get(id);
      refs.set(id, (ref = { id, label: n?.label ?? id, alleged: n?.alleged ?? false }));
    }
    return ref;
  };
}

/** Where an article comes in reading order; an article the graph does not list comes last. */
type Rank = (e: Evidence) => number;
const UNLISTED = Number.MAX_SAFE_INTEGER;

const before = (rank: Rank, a: Evidence, b: Evidence): number => rank(a) - rank(b) || a.sentence - b.sentence;

/**
 * The evidence in reading order. The build writes it in that order already, so the stored list is
 * used as it is unless it is out of order; then a sorted copy (the graph is never changed).
 */
function inReadingOrder(evidence: Evidence[], rank: Rank): Evidence[] {
  for (let i = 1; i < evidence.length; i++) {
    if (before(rank, evidence[i - 1]!, evidence[i]!) > 0) return [...evidence].sort((a, b) => before(rank, a, b));
  }
  return evidence;
}

/**
 * Distinct sentences and articles of evidence in reading order. There each article's evidence is
 * one run and each sentence's a run within it, so counting where runs start needs no set; but
 * unlisted articles share one rank and can interleave, so with any of them the sets count.
 */
function distinct(evidence: Evidence[], rank: Rank): { sentences: number; articles: number } {
  if (evidence.some((x) => rank(x) === UNLISTED)) return countEvidence(evidence);
  let sentences = 0;
  let articles = 0;
  evidence.forEach((x, i) => {
    const prev = evidence[i - 1];
    if (prev?.article !== x.article) articles++;
    if (prev?.article !== x.article || prev.sentence !== x.sentence) sentences++;
  });
  return { sentences, articles };
}

/** Every edge of the graph, resolved; evidence sorted by article order, then sentence. */
export function edgeViews(graph: GraphFile): EdgeView[] {
  const actor = actorLookup(graph);
  const order = new Map(graph.attributes.articles.map((a, i) => [a.id, i]));
  const rank: Rank = (e) => order.get(e.article) ?? UNLISTED;
  return graph.edges.map((e) => {
    const evidence = inReadingOrder(e.attributes.evidence, rank);
    return {
      key: e.key,
      type: e.attributes.type,
      undirected: e.attributes.undirected,
      source: actor(e.source),
      target: actor(e.target),
      evidence,
      ...distinct(evidence, rank),
    };
  });
}

/** Edges grouped in the ontology's order of types, the best attested edge first. */
export function groupByType(edges: EdgeView[]): TypeGroup[] {
  return RELATION_TYPES.map((type) => ({
    type,
    edges: edges
      .filter((e) => e.type === type)
      .sort((a, b) => b.sentences - a.sentences || a.key.localeCompare(b.key)),
  })).filter((g) => g.edges.length > 0);
}

/** Article metadata by id, for the evidence lines. */
export function articleIndex(graph: GraphFile): Map<string, ArticleMeta> {
  return new Map(graph.attributes.articles.map((a) => [a.id, a]));
}
