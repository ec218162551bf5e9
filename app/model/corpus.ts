/** Counts and bounds over the whole corpus, for the header and the filter controls. */
import { RELATION_TYPES, STATUSES } from '../../graph-data/shapes.ts';
import type { GraphFile, RelationType, Status } from '../../graph-data/schema.ts';
import { daysOf } from './days.ts';

/** What the header says about the corpus. */
export interface CorpusSummary {
  articles: number;
  /** Distinct named outlets; articles without one are not counted. */
  outlets: number;
  /** Earliest and latest article date, "YYYY-MM-DD"; null when no article has a date. */
  first: string | null;
  last: string | null;
}

/** Articles, outlets and the span of article dates. */
export function corpusSummary(graph: GraphFile): CorpusSummary {
  const { articles } = graph.attributes;
  const dates = articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
  const outlets = new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])));
  return { articles: articles.length, outlets: outlets.size, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}

/** Edges of each relation type, zero included. */
export function typeCounts(graph: GraphFile): Record<RelationType, number> {
  const counts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const e of graph.edges) counts[e.attributes.type] += 1;
  return counts;
}

/** Pieces of evidence of each status, zero included. */
export function statusCounts(graph: GraphFile): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const e of graph.edges) for (const x of e.attributes.evidence) counts[x.status] += 1;
  return counts;
}

/** Pieces of evidence from each article, by article id. */
export function articleCounts(graph: GraphFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of graph.edges) for (const x of e.attributes.evidence) counts.set(x.article, (counts.get(x.article) ?? 0) + 1);
  return counts;
}

/** The earliest and latest event date in the evidence, as full days; null when none is dated. */
export function eventDateBounds(graph: GraphFile): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const e of graph.edges) {
    for (const { when } of e.attributes.evidence) {
      if (!when) continue;
      const { start, end } = daysOf(when);
      if (min === null || start < min) min = start;
      if (max === null || end > max) max = end;
    }
  }
  return min !== null && max !== null ? { min, max } : null;
}
