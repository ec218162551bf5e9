/** Read-only queries that turn the graph's edges into what the relation list shows. */
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import type { ArticleMeta, Evidence, GraphFile, RelationType } from '../../graph-data/schema.ts';

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

/** An actor of the graph by id, as edges show it; an id the graph lacks shows as itself. */
export function actorLookup(graph: GraphFile): (id: string) => ActorRef {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
  return (id) => {
    const n = nodes.get(id);
    return { id, label: n?.label ?? id, alleged: n?.alleged ?? false };
  };
}

/** Every edge of the graph, resolved; evidence sorted by article order, then sentence. */
export function edgeViews(graph: GraphFile): EdgeView[] {
  const actor = actorLookup(graph);
  const order = new Map(graph.attributes.articles.map((a, i) => [a.id, i]));
  const rank = (e: Evidence) => order.get(e.article) ?? Number.MAX_SAFE_INTEGER;
  return graph.edges.map((e) => {
    const evidence = [...e.attributes.evidence].sort((a, b) => rank(a) - rank(b) || a.sentence - b.sentence);
    return {
      key: e.key,
      type: e.attributes.type,
      undirected: e.attributes.undirected,
      source: actor(e.source),
      target: actor(e.target),
      evidence,
      sentences: new Set(evidence.map((x) => `${x.article}#${x.sentence}`)).size,
      articles: new Set(evidence.map((x) => x.article)).size,
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
