/**
 * The evidence as CSV (RFC 4180), one row per sentence that states a shown relation. Made for
 * spreadsheets: a byte-order mark, CRLF line ends, and cells that cannot run as formulas.
 */
import type { Evidence, GraphFile } from '../../graph-data/schema.ts';
import { articleIndex, edgeViews } from '../model/relations.ts';

/** The columns. `date` is the event date the sentence gives; `published` is the article's date. */
export const CSV_COLUMNS = [
  'source', 'type', 'target', 'status', 'speaker', 'article', 'title', 'outlet', 'date', 'published', 'sentence',
] as const;

// Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula
// (CSV injection, OWASP); a leading apostrophe makes the cell plain text in all three.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula prefixes neutralised, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text: CRLF after every row, the last one included, as RFC 4180 writes it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** The first piece of evidence of each sentence: two triggers in one sentence are one row. */
function bySentence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const id = `${e.article}#${e.sentence}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The header and one row per sentence of every edge of `sub`, edges in graph order, evidence in reading order. */
export function evidenceRows(sub: GraphFile): string[][] {
  const articles = articleIndex(sub);
  const rows = edgeViews(sub).flatMap((edge) =>
    bySentence(edge.evidence).map((e) => {
      const a = articles.get(e.article);
      return [
        edge.source.label, edge.type, edge.target.label, e.status, e.speaker ?? '', e.article,
        a?.title ?? '', a?.outlet ?? '', e.date ?? '', a?.date ?? '', e.text,
      ];
    }),
  );
  return [[...CSV_COLUMNS], ...rows];
}

/**
 * The CSV file's text. It starts with U+FEFF, the UTF-8 byte-order mark: without it Excel reads a
 * CSV as the system's legacy code page and garbles every non-ASCII letter ("Türkiye", curly quotes).
 */
export function evidenceCsv(sub: GraphFile): string {
  return '\uFEFF' + toCsv(evidenceRows(sub));
}
