/**
 * What the timeline draws: every sentence the other filters let through, placed on a day axis by
 * its event date (or, "as reported by", by its article's publication date). Days become stacked
 * columns, ranges bars, month-only dates faint bands; what has no date is counted, never placed.
 */
import { RELATION_TYPES } from '../../graph-data/shapes.ts';
import type { Evidence, GraphFile, RelationType } from '../../graph-data/schema.ts';
import type { Filters } from '../state/view.ts';
import { eventDateBounds } from './corpus.ts';
import { daysOf } from './days.ts';
import { type Published, publicationBounds, publicationDates } from './published.ts';
import { visibleEvidence } from './visibility.ts';

/** Event dates, or publication dates ("as reported by"). */
export type Axis = 'event' | 'published';

/** One dated sentence of one edge, at the precision its date has. */
export interface Placed {
  type: RelationType;
  precision: 'day' | 'range' | 'month';
  start: string;
  end: string;
}

/** A day's sentences, counted by relation type in the ontology's order. */
export interface DayColumn {
  day: string;
  counts: { type: RelationType; n: number }[];
  total: number;
}

/** Sentences sharing a span and a type, in a lane so that overlapping spans do not cover each other. */
export interface Bar extends Placed {
  n: number;
  lane: number;
}

/** Everything the timeline shows for one axis. */
export interface TimelineData {
  /** The whole corpus's first and last day on this axis, whatever the filters; null when none is dated. */
  span: { min: string; max: string } | null;
  days: DayColumn[];
  ranges: Bar[];
  months: Bar[];
  /** Sentences with no date on this axis. */
  undated: number;
}

/** Ranges deeper than this share the last lane: a strip, not a Gantt chart. */
export const MAX_LANES = 3;

/** Everything but the dates: the timeline shows what the date filters would cut, dimmed, not gone. */
export function undatedFilters(f: Filters): Filters {
  return { ...f, from: null, to: null, reportedBy: null };
}

/** Where one sentence goes on `axis`, or null when it has no date there. */
function place(e: Evidence, type: RelationType, axis: Axis, published: Published): Placed | null {
  if (axis === 'published') {
    const day = published.get(e.article);
    return day ? { type, precision: 'day', start: day, end: day } : null;
  }
  if (!e.when) return null;
  const { start, end } = daysOf(e.when);
  // A range that starts and ends on one day is a day.
  return { type, precision: start === end && e.when.precision !== 'month' ? 'day' : e.when.precision, start, end };
}

/** Each visible sentence of each edge once (two triggers in a sentence are one mark), placed on `axis`. */
export function placeEvidence(graph: GraphFile, f: Filters, axis: Axis): { placed: Placed[]; undated: number } {
  const published = publicationDates(graph);
  const open = undatedFilters(f);
  const placed: Placed[] = [];
  let undated = 0;
  for (const edge of graph.edges) {
    const seen = new Set<string>();
    for (const e of visibleEvidence(edge, open, published)) {
      const id = `${e.article}#${e.sentence}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const p = place(e, edge.attributes.type, axis, published);
      if (p) placed.push(p);
      else undated += 1;
    }
  }
  return { placed, undated };
}

/**
 * ISO dates ("2025-10-29") in calendar order: code-unit order is calendar order for them, and
 * needs no collator (a page's first localeCompare loads one, some 20-35 ms before the first
 * render).
 */
const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Day columns, in day order. */
export function dayColumns(placed: Placed[]): DayColumn[] {
  const byDay = new Map<string, Map<RelationType, number>>();
  for (const p of placed) {
    if (p.precision !== 'day') continue;
    const counts = byDay.get(p.start) ?? new Map<RelationType, number>();
    counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
    byDay.set(p.start, counts);
  }
  return [...byDay.entries()].sort(([a], [b]) => byDate(a, b)).map(([day, m]) => {
    const counts = RELATION_TYPES.flatMap((type) => (m.has(type) ? [{ type, n: m.get(type)! }] : []));
    return { day, counts, total: counts.reduce((s, c) => s + c.n, 0) };
  });
}

/** Spans of one precision grouped by span and type, each in the first lane free at its start. */
export function bars(placed: Placed[], precision: 'range' | 'month'): Bar[] {
  const groups = new Map<string, Bar>();
  for (const p of placed) {
    if (p.precision !== precision) continue;
    const id = `${p.start}|${p.end}|${p.type}`;
    const bar = groups.get(id) ?? { ...p, n: 0, lane: 0 };
    bar.n += 1;
    groups.set(id, bar);
  }
  const sorted = [...groups.values()].sort((a, b) => byDate(a.start, b.start) || byDate(b.end, a.end) ||
    RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type));
  const laneEnds: string[] = [];
  for (const bar of sorted) {
    const free = laneEnds.findIndex((end) => end < bar.start);
    bar.lane = free >= 0 ? free : Math.min(laneEnds.length, MAX_LANES - 1);
    laneEnds[bar.lane] = laneEnds[bar.lane] && laneEnds[bar.lane]! > bar.end ? laneEnds[bar.lane]! : bar.end;
  }
  return sorted;
}

/** The timeline of a graph under the filters (dates aside), on one axis. */
export function timelineData(graph: GraphFile, f: Filters, axis: Axis): TimelineData {
  const { placed, undated } = placeEvidence(graph, f, axis);
  const span = axis === 'event' ? eventDateBounds(graph) : publicationBounds(graph);
  return { span, days: dayColumns(placed), ranges: bars(placed, 'range'), months: bars(placed, 'month'), undated };
}
