/** The relation table's rows and their order: every shown edge, sortable by any column. */
import type { RelationType } from '../../graph-data/schema.ts';
import type { ShownEdge } from './shown.ts';

/** The table's columns, left to right. */
export const COLUMNS = ['source', 'type', 'target', 'sentences', 'first'] as const;
export type Column = (typeof COLUMNS)[number];

/** A column and a direction; the names are aria-sort's values, so the header can use them as is. */
export interface Sort {
  column: Column;
  direction: 'ascending' | 'descending';
}

/** The best attested relations first: what a reader wants before choosing an order. */
export const DEFAULT_SORT: Sort = { column: 'sentences', direction: 'descending' };

/** One edge as a row. */
export interface Row {
  key: string;
  source: string;
  type: RelationType;
  undirected: boolean;
  target: string;
  sentences: number;
  articles: number;
  /** The first shown sentence in reading order, in full; the view truncates it. */
  first: string;
}

/** A row for every edge with at least one shown sentence; hidden edges are left out, as in the graph. */
export function tableRows(edges: ShownEdge[]): Row[] {
  return edges.flatMap((e) => {
    const first = e.evidence[0];
    if (!first) return [];
    return [{ key: e.key, source: e.source.label, type: e.type, undirected: e.undirected, target: e.target.label,
      sentences: e.sentences, articles: e.articles, first: first.text }];
  });
}

function compare(a: Row, b: Row, column: Column): number {
  if (column === 'sentences') return a.sentences - b.sentences;
  return a[column].localeCompare(b[column], 'en', { sensitivity: 'base' });
}

/** A sorted copy; ties keep a fixed order (by key), so sorting twice never reshuffles equal rows. */
export function sortRows(rows: Row[], sort: Sort): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, sort.column) || a.key.localeCompare(b.key));
}

/** Clicking the sorted column flips it; a new column starts with counts high-first, words A–Z. */
export function nextSort(current: Sort, column: Column): Sort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'sentences' ? 'descending' : 'ascending' };
}

/** Cuts at a word boundary before `max` characters and adds an ellipsis; short text is left alone. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
