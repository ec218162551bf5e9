/**
 * graph.json's text: graphology's export shape, stringified with two-space indents, except that
 * each piece of evidence sits on one line (evidenceJson). A build writes it piece by piece: the
 * skeleton (articles, nodes, edges without their evidence) is stringified whole, and each edge's
 * evidence, already serialised by the workers, is copied in from the scratch files.
 */
import type { ArticleMeta, GraphFile, NodeAttributes } from '../../graph-data/schema.ts';
import { EVIDENCE_INDENT, evidenceJson } from './digest.ts';
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

/**
 * Gives `put` the skeleton's text with each edge's evidence slot cut out, calling `fill(i)` where
 * edge i's evidence goes (its first line's indent included).
 */
function fillSlots(frame: unknown, keys: string[], put: (text: string) => void, fill: (i: number) => void): void {
  const text = JSON.stringify(frame, null, 2) + '\n';
  let from = 0;
  keys.forEach((key, i) => {
    const quoted = JSON.stringify(hole(i));
    const at = text.indexOf(quoted, from);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at < 0 || text.slice(lineStart, at) !== EVIDENCE_INDENT) throw new Error(`graph.json skeleton: no evidence slot for edge ${key}`);
    put(text.slice(from, lineStart));
    fill(i);
    from = at + quoted.length;
  });
  put(text.slice(from));
}

/** Writes graph.json: the skeleton's text with each hole replaced by its edge's evidence, read from the scratch files. */
export function writeGraph(out: Staged, frame: unknown, edges: EdgeEntry[], spills: Spill[]): void {
  fillSlots(frame, edges.map((e) => e.key), (t) => out.write(t), (i) => {
    const e = edges[i] as EdgeEntry;
    for (let k = 0; k < e.chunks.length; k += 3) {
      if (k > 0) out.write(',\n');
      const spill = spills[e.chunks[k] ?? -1];
      if (!spill) throw new Error(`graph.json: edge ${e.key} has evidence in no scratch file`);
      out.writeBytes(spill.read(e.chunks[k + 1] ?? 0, e.chunks[k + 2] ?? 0));
    }
  });
}

/** A graph held whole in memory as graph.json's text: what writeGraph writes for the same graph. */
export function graphText(graph: GraphFile): string {
  const frame = { ...graph, edges: graph.edges.map((e, i) => ({ ...e, attributes: { ...e.attributes, evidence: [hole(i)] } })) };
  const parts: string[] = [];
  fillSlots(frame, graph.edges.map((e) => e.key), (t) => parts.push(t), (i) => parts.push(evidenceJson(graph.edges[i]?.attributes.evidence ?? [])));
  return parts.join('');
}
