/** The graph: one node per actor, one edge per (source, type, target), evidence sorted. */
import Graph from 'graphology';
import type { ArticleMeta, EdgeAttributes, GraphFile, NodeAttributes } from '../../graph-data/schema.ts';
import { groupEvidence, toEvidence } from './evidence.ts';
import type { Lexicon } from './lexicon.ts';
import type { Finding } from './types.ts';

/** How often and under which names each actor was found. */
export interface MentionStats {
  counts: Map<string, number>;
  names: Map<string, Set<string>>;
}

/** Builds the graphology graph and exports it in a stable order. */
export function assemble(findings: Finding[], articles: ArticleMeta[], stats: MentionStats, lex: Lexicon): GraphFile {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  const evidence = groupEvidence(findings);
  const ids = new Set([...[...lex.actors.values()].filter((a) => a.core).map((a) => a.id), ...findings.flatMap((f) => [f.source, f.target])]);
  for (const id of [...ids].sort()) {
    const a = lex.actors.get(id);
    const attrs: NodeAttributes = {
      label: a?.label ?? id, kind: a?.kind ?? 'other', core: a?.core ?? false,
      alleged: isAlleged(id, findings), mentions: stats.counts.get(id) ?? 0,
      names: [...(stats.names.get(id) ?? [])].sort(),
    };
    graph.addNode(id, attrs);
  }
  for (const [key, list] of [...evidence].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const f = list[0];
    if (!f) continue;
    const attrs: EdgeAttributes = { type: f.type, undirected: f.undirected, evidence: list.map(toEvidence) };
    if (f.undirected) graph.addUndirectedEdgeWithKey(key, f.source, f.target, attrs);
    else graph.addDirectedEdgeWithKey(key, f.source, f.target, attrs);
  }
  graph.setAttribute('schemaVersion', 1);
  graph.setAttribute('articles', articles);
  return graph.export() as unknown as GraphFile;
}

/**
 * ontology.md: an actor is alleged when nothing the articles state in their own voice touches it,
 * apart from accusations against it.
 */
export function isAlleged(id: string, findings: Finding[]): boolean {
  const touching = findings.filter((f) => f.source === id || f.target === id);
  if (!touching.length) return false;
  return touching.every((f) => f.status !== 'reported' || (f.type === 'accusation' && f.target === id));
}
