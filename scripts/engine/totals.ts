/**
 * The running totals of a build, fed one digest at a time in article-id order. Evidence text goes
 * to the spill file at once; only where each edge's pieces lie there is kept in memory.
 */
import { RELATION_TYPES, type ArticleMeta, type NodeAttributes, type RelationType } from '../../graph-data/schema.ts';
import { addCounts, unknownNames } from '../pipeline/diagnostics.ts';
import type { BuildSummary, Diagnostic } from '../pipeline/index.ts';
import type { Lexicon } from '../pipeline/lexicon.ts';
import type { EdgeChunk, StoredDigest } from './digest.ts';

/** An edge of the graph: what its first piece of evidence says, and where all its pieces lie. */
export interface EdgeEntry extends Omit<EdgeChunk, 'at' | 'bytes'> {
  /** [scratch file, offset, length] triples, in article order. */
  chunks: number[];
}

interface ActorTotal {
  mentions: number;
  names: Set<string>;
  touched: boolean;
  stated: boolean;
}

/** Everything graph.json needs apart from the evidence text. */
export interface Totals {
  metas: ArticleMeta[];
  edges: Map<string, EdgeEntry>;
  actors: Map<string, ActorTotal>;
  diagnostics: Diagnostic[];
  names: Map<string, number>;
}

/** Empty totals. */
export function newTotals(): Totals {
  return { metas: [], edges: new Map(), actors: new Map(), diagnostics: [], names: new Map() };
}

/** Adds the next article (in id order). */
export function addDigest(t: Totals, d: StoredDigest): void {
  t.metas.push(d.meta);
  const { spill, at: base } = d.evidence;
  for (const c of d.edges) {
    let e = t.edges.get(c.key);
    if (!e) t.edges.set(c.key, (e = { key: c.key, type: c.type, undirected: c.undirected, source: c.source, target: c.target, count: 0, chunks: [] }));
    e.count += c.count;
    e.chunks.push(spill, base + c.at, c.bytes);
  }
  for (const a of d.actors) {
    let total = t.actors.get(a.id);
    if (!total) t.actors.set(a.id, (total = { mentions: 0, names: new Set(), touched: false, stated: false }));
    total.mentions += a.mentions;
    for (const n of a.names) total.names.add(n);
    total.touched ||= a.touched;
    total.stated ||= a.stated;
  }
  t.diagnostics.push(...d.diagnostics);
  addCounts(t.names, d.names);
}

/** The nodes: every core actor and every actor a relation touches, sorted by id. */
export function nodesOf(t: Totals, lex: Lexicon): { key: string; attributes: NodeAttributes }[] {
  const core = [...lex.actors.values()].filter((a) => a.core).map((a) => a.id);
  const touched = [...t.actors].filter(([, a]) => a.touched).map(([id]) => id);
  return [...new Set([...core, ...touched])].sort().map((id) => {
    const a = lex.actors.get(id);
    const total = t.actors.get(id);
    return {
      key: id,
      attributes: {
        label: a?.label ?? id, kind: a?.kind ?? 'other', core: a?.core ?? false,
        alleged: !!total?.touched && !total.stated, mentions: total?.mentions ?? 0,
        names: [...(total?.names ?? [])].sort(),
      },
    };
  });
}

/** The edges sorted by key, as graph.json lists them. */
export function edgesOf(t: Totals): EdgeEntry[] {
  return [...t.edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Counts for the report: articles, sentences and pieces of evidence per relation type. */
export function summaryOf(t: Totals): BuildSummary {
  const relations = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
  for (const e of t.edges.values()) relations[e.type] += e.count;
  return { articles: t.metas.length, sentences: t.metas.reduce((n, m) => n + m.sentences, 0), relations };
}

/** Diagnostics in the order the build reports them: per article, then the unknown names. */
export function diagnosticsOf(t: Totals): Diagnostic[] {
  return [...t.diagnostics, ...unknownNames(t.names)];
}
