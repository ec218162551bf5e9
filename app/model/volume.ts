/** How much the corpus says about each actor and each edge: distinct sentences, not triggers. */
import type { Evidence, GraphFile } from '../../graph-data/schema.ts';

const sentenceId = (e: Evidence) => `${e.article}#${e.sentence}`;

/** Distinct (article, sentence) pairs: two triggers in one sentence are one sentence. */
export function distinctSentences(evidence: Evidence[]): number {
  return new Set(evidence.map(sentenceId)).size;
}

/** Distinct (article, sentence) pairs and distinct articles of some evidence. */
export function countEvidence(evidence: Evidence[]): { sentences: number; articles: number } {
  return { sentences: distinctSentences(evidence), articles: new Set(evidence.map((x) => x.article)).size };
}

/**
 * How wide an edge is drawn and whether it is drawn alleged, from the evidence it counts: its
 * distinct sentences, and whether every one of them is alleged.
 */
export function edgeWeight(evidence: Evidence[]): { sentences: number; alleged: boolean } {
  return { sentences: distinctSentences(evidence), alleged: evidence.every((x) => x.status === 'alleged') };
}

// Keyed by identity: a graph is never changed once loaded. The page works a graph's volume out
// when it checks the first view (model/first-view.ts) and again for the canvas's elements
// (cytoscape/elementBase.ts); one walk of the evidence serves both.
const volumes = new WeakMap<GraphFile, ReadonlyMap<string, number>>();

/**
 * Distinct sentences over every edge that touches each actor, whatever the filters: a sentence
 * that states two of its relations counts once. Actors with no edge are absent from the map.
 */
export function actorVolume(graph: GraphFile): ReadonlyMap<string, number> {
  let volume = volumes.get(graph);
  if (!volume) volumes.set(graph, (volume = countVolume(graph)));
  return volume;
}

function countVolume(graph: GraphFile): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  const add = (id: string, e: Evidence) => {
    const set = seen.get(id) ?? new Set<string>();
    seen.set(id, set.add(sentenceId(e)));
  };
  for (const edge of graph.edges) {
    for (const e of edge.attributes.evidence) {
      add(edge.source, e);
      add(edge.target, e);
    }
  }
  return new Map([...seen].map(([id, set]) => [id, set.size]));
}
