/**
 * Sources side by side: a row per shown relation, a column per outlet, and in each cell how that
 * outlet carries the relation (which statuses, whose words), with the independent-outlet count.
 */
import { STATUSES } from '../../graph-data/shapes.ts';
import type { Evidence, GraphFile, Status } from '../../graph-data/schema.ts';
import { type OutletColumn, outletColumns, outletOfArticle } from './outlets.ts';
import { headlineText } from './phrases.ts';
import type { ShownEdge } from './shown.ts';
import { independentOutlets, publicationRank } from './syndication.ts';
import { countEvidence } from './volume.ts';

/** What one outlet says of one relation. */
export interface MatrixCell {
  column: string;
  evidence: Evidence[];
  /** Distinct sentences. */
  sentences: number;
  /** The statuses present, in the ontology's order. */
  statuses: Status[];
  /** Who the attributed sentences are attributed to, A–Z. */
  speakers: string[];
  /** Every sentence here is a word-for-word copy of one another outlet published first. */
  copy: boolean;
}

/** One relation across the outlets; `cells` lines up with the matrix's columns. */
export interface MatrixRow {
  edge: ShownEdge;
  label: string;
  cells: (MatrixCell | null)[];
  /** Outlets carrying it in words of their own (see syndication.ts). */
  independent: number;
  /** Outlets carrying it at all. */
  outlets: number;
}

/** The columns with at least one sentence, and a row per edge with any. */
export interface Matrix {
  columns: OutletColumn[];
  rows: MatrixRow[];
}

/** What a cell shows of some evidence of one outlet. */
export function matrixCell(column: string, evidence: Evidence[], credited: ReadonlySet<string>): MatrixCell {
  const speakers = new Set(evidence.flatMap((e) => (e.status === 'attributed' && e.speaker ? [e.speaker] : [])));
  return {
    column, evidence, sentences: countEvidence(evidence).sentences,
    statuses: STATUSES.filter((s) => evidence.some((e) => e.status === s)),
    speakers: [...speakers].sort(), copy: !credited.has(column),
  };
}

/** The matrix of the shown edges (those with visible evidence), over the graph's outlets. */
export function sourceMatrix(graph: GraphFile, shown: ShownEdge[]): Matrix {
  const outletOf = outletOfArticle(graph);
  const column = (article: string) => outletOf.get(article) ?? article;
  const rank = publicationRank(graph.attributes.articles);
  const all = outletColumns(graph);
  const edges = shown.filter((e) => e.evidence.length > 0);
  const used = new Set(edges.flatMap((e) => e.evidence.map((x) => column(x.article))));
  const columns = all.filter((c) => used.has(c.key));
  const rows = edges.map((edge): MatrixRow => {
    const credited = new Set(independentOutlets(edge.evidence, column, rank));
    // One pass over the evidence, not one per column: many outlets times many relations adds up.
    const byColumn = new Map<string, Evidence[]>();
    for (const x of edge.evidence) {
      const key = column(x.article);
      const list = byColumn.get(key);
      if (list) list.push(x);
      else byColumn.set(key, [x]);
    }
    let cells: (MatrixCell | null)[] | undefined;
    return {
      edge, label: headlineText(edge), independent: credited.size, outlets: byColumn.size,
      // Worked out when first read, for the rows on screen only: 10,000 relations by 400 outlets
      // (every article of unknown outlet is a column) would be four million cells.
      get cells() {
        return (cells ??= columns.map((c) => {
          const mine = byColumn.get(c.key);
          return mine ? matrixCell(c.key, mine, credited) : null;
        }));
      },
    };
  });
  return { columns, rows };
}

/** The matrix's sortable columns: the relation's name, or its independent outlets. */
export interface MatrixSort {
  column: 'relation' | 'independent';
  direction: 'ascending' | 'descending';
}

/** The most independently reported relations first. */
export const DEFAULT_MATRIX_SORT: MatrixSort = { column: 'independent', direction: 'descending' };

/** A sorted copy; ties by sentences (more first), then by key, so equal rows never reshuffle. */
export function sortMatrixRows(rows: MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const by = (a: MatrixRow, b: MatrixRow) =>
    sort.column === 'independent' ? a.independent - b.independent : a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
  return [...rows].sort((a, b) => sign * by(a, b) || b.edge.sentences - a.edge.sentences || a.edge.key.localeCompare(b.edge.key));
}

/** Clicking the sorted column flips it; the other starts with counts high-first, names A–Z. */
export function nextMatrixSort(current: MatrixSort, column: MatrixSort['column']): MatrixSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'independent' ? 'descending' : 'ascending' };
}

/** The evidence of an edge from one outlet's articles (all of it when `outlet` is null). */
export function fromOutlet(graph: GraphFile, evidence: Evidence[], outlet: string | null): Evidence[] {
  if (outlet === null) return evidence;
  const outletOf = outletOfArticle(graph);
  return evidence.filter((e) => (outletOf.get(e.article) ?? e.article) === outlet);
}
