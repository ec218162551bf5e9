/**
 * Sources side by side: relations down, outlets across, how each outlet carries each relation.
 * A real table with one tab stop for all its cells (a roving tabindex): arrows move between
 * cells, Home and End go to a row's ends, Enter or Space opens a cell's sentences in the panel.
 */
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { plural } from '../model/format.ts';
import { DEFAULT_MATRIX_SORT, type MatrixRow, nextMatrixSort, sortMatrixRows, sourceMatrix } from '../model/matrix.ts';
import { shownEdges } from '../model/shown.ts';
import { INDEPENDENCE_RULE } from '../model/syndication.ts';
import { useView } from '../state/provider.tsx';
import { GLYPHS, MatrixHead, MatrixRowView } from './MatrixParts.tsx';
import { MoreRows, pageFor, rowsShown } from './MoreRows.tsx';
import './matrix.css';

/** Keys that move between cells: each maps row, column and the counts to the next row and column. */
const MOVES: Record<string, (r: number, c: number, rows: number, cols: number) => [number, number]> = {
  ArrowDown: (r, c, n) => [Math.min(r + 1, n - 1), c],
  ArrowUp: (r, c) => [Math.max(r - 1, 0), c],
  ArrowRight: (r, c, _, m) => [r, Math.min(c + 1, m - 1)],
  ArrowLeft: (r, c) => [r, Math.max(c - 1, 0)],
  Home: (r) => [r, 0],
  End: (r, _, __, m) => [r, m - 1],
  PageDown: (r, c, n) => [Math.min(r + 10, n - 1), c],
  PageUp: (r, c) => [Math.max(r - 10, 0), c],
};

/** The body's keys: move between cells (column 0 is the relation's header), open a cell or a relation. */
function gridKeys(rows: MatrixRow[], width: number, open: (edge: string, outlet: string | null) => void) {
  return (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (!cell) return;
    const [r, c] = [Number(cell.dataset.r), Number(cell.dataset.c)];
    const row = rows[r];
    if ((e.key === 'Enter' || e.key === ' ') && row) {
      // An empty cell has nothing to open; the relation's header opens all of its sentences.
      if (c === 0) open(row.edge.key, null);
      else if (row.cells[c - 1]) open(row.edge.key, cell.dataset.outlet ?? null);
    } else if (MOVES[e.key]) {
      const [nr, nc] = MOVES[e.key]!(r, c, rows.length, width);
      e.currentTarget.querySelector<HTMLElement>(`[data-r="${nr}"][data-c="${nc}"]`)?.focus();
    } else return;
    e.preventDefault();
  };
}

/** The words above the table: its size, the key to the glyphs, how to use it, and how the count is made. */
function MatrixIntro({ relations, outlets, unknown }: { relations: number; outlets: number; unknown: number }) {
  return (
    // Above the scrolling table, so the words wrap to the view and stay put while the table scrolls.
    <div className="matrix-intro">
      <p className="matrix-title" aria-hidden="true">
        <strong>Sources</strong> · {plural(relations, 'relation')} across {plural(outlets, 'outlet')}
      </p>
      <p className="matrix-key" aria-hidden="true">
        {(['reported', 'attributed', 'alleged'] as const).map((s) => (
          <span key={s}><span className={`glyph glyph-${s}`}>{GLYPHS[s]}</span> {s}{s === 'attributed' ? ' (to whom, under it)' : ''}</span>
        ))}
        <span><span className="glyph copy-key">●</span> faded: a word-for-word copy</span>
        <span><span className="glyph-count">3</span> sentences</span>
      </p>
      <p className="table-help" id="source-matrix-help">
        Hover a cell for its sentences; click it, or Enter, to read them. Arrows move between cells. {INDEPENDENCE_RULE}
        {unknown > 0 && ' Headers marked “outlet unknown” are single articles, named by their titles.'}
      </p>
    </div>
  );
}

/** The matrix over the shown relations and the outlets that carry them. */
export function SourceMatrix({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const [sort, setSort] = useState(DEFAULT_MATRIX_SORT);
  // The tab stop, kept by edge key and column number, so that sorting moves the cell and focus stays.
  const [active, setActive] = useState<{ edge: string; c: number } | null>(null);
  const [limit, setLimit] = useState<number | null>(null);
  const matrix = useMemo(() => sourceMatrix(graph, shownEdges(graph, view.filters)), [graph, view.filters]);
  const sorted = useMemo(() => sortMatrixRows(matrix.rows, sort), [matrix, sort]);
  const selected = view.selection?.kind === 'edge' ? view.selection.key : null;
  // Pages as wide as they are long: every article of unknown outlet is a column of its own.
  const page = pageFor(matrix.columns.length + 2);
  const rows = sorted.slice(0, rowsShown(sorted.length, limit, page));
  const width = matrix.columns.length + 1;
  const kept = active && rows.some((r) => r.edge.key === active.edge) && active.c < width;
  const stop = kept ? active : { edge: selected ?? rows[0]?.edge.key, c: 0 };
  const body = useRef<HTMLTableSectionElement>(null);
  const open = (edge: string, outlet: string | null) => dispatch({ type: 'select', selection: { kind: 'edge', key: edge }, outlet });
  const caption = `${plural(sorted.length, 'relation')} across ${plural(matrix.columns.length, 'outlet')}`;
  return (
    <section className="source-matrix panels" aria-labelledby="source-matrix-caption">
      <MatrixIntro relations={sorted.length} outlets={matrix.columns.length} unknown={matrix.columns.filter((c) => !c.known).length} />
      <div className="matrix-scroll">
        <table aria-describedby="source-matrix-help">
          <caption id="source-matrix-caption" className="visually-hidden">Sources: {caption}</caption>
          <MatrixHead columns={matrix.columns} sort={sort} onSort={(c) => setSort(nextMatrixSort(sort, c))}
            onDown={() => body.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus()} />
          <tbody onKeyDown={gridKeys(rows, width, open)} ref={body}>
            {rows.map((row, r) => (
              <MatrixRowView key={row.edge.key} row={row} r={r} columns={matrix.columns} tabStop={row.edge.key === stop.edge ? stop.c : null}
                selected={row.edge.key === selected} openColumn={view.outlet} onFocus={(c) => setActive({ edge: row.edge.key, c })}
                onOpen={(outlet) => open(row.edge.key, outlet)} />
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows shown={rows.length} total={sorted.length} more={(n) => setLimit(n)} page={page} />
      {rows.length === 0 && <p className="empty">No relation passes the filters.</p>}
    </section>
  );
}
