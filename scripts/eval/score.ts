/** The metrics of the eval: precision, recall and F1 at evidence and edge level, and status agreement. */
import { edgeKey, RELATION_TYPES, type GraphFile, type RelationType, type Status } from '../../graph-data/schema.ts';
import type { GoldItem } from './gold.ts';
import { sameRelation, SYMMETRIC_TYPES, type Outcome, type Predicted, type Triple } from './match.ts';

/** The six actors ontology.md scores apart from the others. */
export const CORE_ACTORS: ReadonlySet<string> = new Set(['pakistan', 'afghan-taliban', 'ttp', 'turkiye', 'qatar', 'india']);

/** Whether both actors of a relation are core actors. */
export function isCore(t: { source: string; target: string }): boolean {
  return CORE_ACTORS.has(t.source) && CORE_ACTORS.has(t.target);
}

/** A share with what it was computed from; null when there was nothing to count. */
export interface Ratio {
  hit: number;
  total: number;
  value: number | null;
}

/** Precision, recall and F1; each null when its denominator is zero. */
export interface Prf {
  p: number | null;
  r: number | null;
  f1: number | null;
}

export interface EvidenceScore extends Prf {
  tp: number;
  fp: number;
  fn: number;
}

/** Edge level: `correct` predicted edges give precision, `found` gold edges give recall. */
export interface EdgeScore extends Prf {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

/** hit / total, or null for an empty total. */
export function ratio(hit: number, total: number): Ratio {
  return { hit, total, value: total === 0 ? null : hit / total };
}

/**
 * Precision, recall and their harmonic mean. With one side undefined, F1 is still 0 when the
 * other side is 0 (gold but no predictions, or the reverse): nothing was got right.
 */
export function prf(precision: number | null, recall: number | null): Prf {
  if (precision === null || recall === null) return { p: precision, r: recall, f1: (precision ?? recall) === 0 ? 0 : null };
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { p: precision, r: recall, f1 };
}

/** Keeps the parts of an outcome a predicate accepts; a pair is judged by its gold item. */
export function restrict(outcome: Outcome, keep: (t: Triple) => boolean): Outcome {
  return {
    pairs: outcome.pairs.filter((pair) => keep(pair.gold)),
    misses: outcome.misses.filter(keep),
    falsePositives: outcome.falsePositives.filter(keep),
    neutral: outcome.neutral.filter(keep),
  };
}

/** Evidence-level P/R/F1 of an outcome; predictions that matched only optional items are left out. */
export function evidenceScore(outcome: Outcome): EvidenceScore {
  const tp = outcome.pairs.length;
  const fp = outcome.falsePositives.length;
  const fn = outcome.misses.length;
  return { ...prf(ratio(tp, tp + fp).value, ratio(tp, tp + fn).value), tp, fp, fn };
}

/** Per relation type, in the order of RELATION_TYPES. */
export function scoreByType(outcome: Outcome): Record<RelationType, EvidenceScore> {
  const entries = RELATION_TYPES.map((type) => [type, evidenceScore(restrict(outcome, (t) => t.type === type))]);
  return Object.fromEntries(entries) as Record<RelationType, EvidenceScore>;
}

/** Recall over the required gold items a predicate accepts (explicit ones, implicit ones). */
export function recallOf(outcome: Outcome, keep: (g: GoldItem) => boolean): Ratio {
  const hit = outcome.pairs.filter((pair) => keep(pair.gold)).length;
  return ratio(hit, hit + outcome.misses.filter(keep).length);
}

/** Status agreement over matched pairs, and the confusion counts keyed `gold>predicted`. */
export function statusAgreement(outcome: Outcome): { agreement: Ratio; confusion: Map<`${Status}>${Status}`, number> } {
  const confusion = new Map<`${Status}>${Status}`, number>();
  for (const { gold, pred } of outcome.pairs) {
    const key = `${gold.status}>${pred.status}` as const;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  const agree = outcome.pairs.filter(({ gold, pred }) => gold.status === pred.status).length;
  return { agreement: ratio(agree, outcome.pairs.length), confusion };
}

/** The key under which a triple counts as one edge: symmetric types with their ids sorted. */
function tripleKey(t: Triple): string {
  return edgeKey(t.source, t.type, t.target, SYMMETRIC_TYPES.has(t.type));
}

/** Groups items by edge; a gold edge keeps all its items, since they may differ in `mutual`. */
function byEdge<T extends Triple>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = tripleKey(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

/**
 * Edge level: distinct predicted edges against distinct required gold edges. A predicted edge is
 * correct when it states any gold item, optional ones included; a gold edge is found when some
 * predicted edge states one of its items.
 */
export function edgeScore(gold: readonly GoldItem[], preds: readonly Predicted[]): EdgeScore {
  const predEdges = byEdge(preds).map((group) => group[0]).filter((p): p is Predicted => p !== undefined);
  const goldEdges = byEdge(gold.filter((g) => !g.optional));
  const correct = predEdges.filter((p) => gold.some((g) => sameRelation(p, g))).length;
  const found = goldEdges.filter((items) => items.some((g) => predEdges.some((p) => sameRelation(p, g)))).length;
  const p = ratio(correct, predEdges.length).value;
  const r = ratio(found, goldEdges.length).value;
  return { ...prf(p, r), predicted: predEdges.length, correct, gold: goldEdges.length, found };
}

/** ontology.md's alleged actor, as the graph computed it for India. */
export function indiaAlleged(graph: GraphFile): 'yes' | 'no' | 'absent' {
  const india = graph.nodes.find((n) => n.key === 'india');
  return india === undefined ? 'absent' : india.attributes.alleged ? 'yes' : 'no';
}

/** Everything the report shows. */
export interface Scores {
  evidence: { all: EvidenceScore; core: EvidenceScore };
  byType: Record<RelationType, EvidenceScore>;
  explicitRecall: Ratio;
  implicitRecall: Ratio;
  status: ReturnType<typeof statusAgreement>;
  edges: { all: EdgeScore; core: EdgeScore };
  india: ReturnType<typeof indiaAlleged>;
}

/** Scores a matched outcome; `gold` and `preds` are the inputs of that matching. */
export function score(outcome: Outcome, gold: readonly GoldItem[], preds: readonly Predicted[], graph: GraphFile): Scores {
  return {
    evidence: { all: evidenceScore(outcome), core: evidenceScore(restrict(outcome, isCore)) },
    byType: scoreByType(outcome),
    explicitRecall: recallOf(outcome, (g) => !g.implicit),
    implicitRecall: recallOf(outcome, (g) => g.implicit),
    status: statusAgreement(outcome),
    edges: { all: edgeScore(gold, preds), core: edgeScore(gold.filter(isCore), preds.filter(isCore)) },
    india: indiaAlleged(graph),
  };
}
