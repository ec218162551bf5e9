/** Findings as edge evidence: one piece per sentence and relation, in a stable order. */
import type { Evidence } from '../../graph-data/schema.ts';
import { edgeKey } from '../../graph-data/shapes.ts';
import type { Finding } from './types.ts';

/** One piece of evidence per sentence and relation (the first trigger stands for it), grouped by edge key. */
export function groupEvidence(findings: Finding[]): Map<string, Finding[]> {
  const byEdge = new Map<string, Finding[]>();
  const seen = new Set<string>();
  // The trigger's offset is looked up once per finding, not once per comparison.
  const sorted = findings.map((f) => ({ f, at: triggerAt(f) }));
  sorted.sort((a, b) => cmp(a.f.article, b.f.article) || a.f.sentence - b.f.sentence || Number(a.f.implicit) - Number(b.f.implicit) || a.at - b.at);
  for (const { f } of sorted) {
    const key = edgeKey(f.source, f.type, f.target, f.undirected);
    const once = `${key}@${f.article}#${f.sentence}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const list = byEdge.get(key);
    if (list) list.push(f);
    else byEdge.set(key, [f]);
  }
  return byEdge;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const triggerAt = (f: Finding): number => f.marks.find((m) => m[2] === 'trigger')?.[0] ?? 0;

/** A finding as graph.json stores it on its edge. */
export function toEvidence(f: Finding): Evidence {
  return {
    article: f.article, sentence: f.sentence, start: f.start, end: f.end, text: f.text,
    status: f.status, speaker: f.speaker, implicit: f.implicit, trigger: f.trigger,
    date: f.when && f.when.precision !== 'month' ? f.when.start : null, when: f.when, marks: f.marks,
  };
}

