/**
 * graph.json written piece by piece, byte for byte what JSON.stringify(graph.export(), null, 2)
 * makes: the skeleton (articles, nodes, edges without their evidence) is stringified whole, and
 * each edge's evidence, already serialised by the workers, is copied in from the spill file.
 */
import type { ArticleMeta, NodeAttributes } from '../../graph-data/schema.ts';
import { EVIDENCE_INDENT } from './digest.ts';
import type { Staged } from './output.ts';
import type { Spill } from './spill.ts';
import type { EdgeEntry } from './totals.ts';

// Stands in for an edge's evidence in the skeleton; NUL cannot occur in any text the build reads.
const hole = (i: number): string => `\u0000dyad-evidence-${i}\u0000`;

/** The whole of graph.json but the evidence, in graphology's export shape and key order. */
export function skeleton(metas: ArticleMeta[], nodes: { key: string; attributes: NodeAttributes }[], edges: EdgeEntry[]): unknown {
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { schemaVersion: 1, articles: metas },
    nodes,
    edges: edges.map((e, i) => ({
      key: e.key, source: e.source, target: e.target,
      attributes: { type: e.type, undirected: e.undirected, evidence: [hole(i)] },
      ...(e.undirected ? { undirected: true } : {}),
    })),
  };
}

/** Writes graph.json: the skeleton's text with each hole replaced by its edge's evidence, read from the scratch files. */
export function writeGraph(out: Staged, frame: unknown, edges: EdgeEntry[], spills: Spill[]): void {
  const text = JSON.stringify(frame, null, 2) + '\n';
  let from = 0;
  edges.forEach((e, i) => {
    const quoted = JSON.stringify(hole(i));
    const at = text.indexOf(quoted, from);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at < 0 || text.slice(lineStart, at) !== EVIDENCE_INDENT) throw new Error(`graph.json skeleton: no evidence slot for edge ${e.key}`);
    out.write(text.slice(from, lineStart));
    for (let k = 0; k < e.chunks.length; k += 3) {
      if (k > 0) out.write(',\n');
      const spill = spills[e.chunks[k] ?? -1];
      if (!spill) throw new Error(`graph.json: edge ${e.key} has evidence in no scratch file`);
      out.writeBytes(spill.read(e.chunks[k + 1] ?? 0, e.chunks[k + 2] ?? 0));
    }
    from = at + quoted.length;
  });
  out.write(text.slice(from));
}
