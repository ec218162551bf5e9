/** Every edge as a row: the way through the graph for the keyboard and for screen readers. */
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { plural } from '../model/format.ts';
import { shownEdges } from '../model/shown.ts';
import { DEFAULT_SORT, nextSort, sortRows, tableRows } from '../model/table.ts';
import { useView } from '../state/provider.tsx';
import { TableHead, TableRow } from './RelationTableParts.tsx';
import { MoreRows, rowsShown } from './MoreRows.tsx';
import './panels.css';

/** Keys that move between rows; each maps the current index and row count to the next index. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
  PageDown: (i, n) => Math.min(i + 10, n - 1),
  PageUp: (i) => Math.max(i - 10, 0),
};

/**
 * A real table with sortable headers and one tab stop for all rows (a roving tabindex): arrows
 * move between rows, Enter or Space opens a row's evidence. The active row is kept by edge key,
 * so sorting moves the row and focus stays where it was.
 */
export function RelationTable({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [active, setActive] = useState<string | null>(null);
  const [limit, setLimit] = useState<number | null>(null);
  const rows = useMemo(() => sortRows(tableRows(shownEdges(graph, view.filters)), sort), [graph, view.filters, sort]);
  const selected = view.selection?.kind === 'edge' ? view.selection.key : null;
  const shown = rows.slice(0, rowsShown(rows.length, limit));
  const current = [active, selected].find((k) => shown.some((r) => r.key === k)) ?? shown[0]?.key;
  const open = (key: string) => dispatch({ type: 'select', selection: { kind: 'edge', key } });
  const body = useRef<HTMLTableSectionElement>(null);
  // ↓ from a header goes to the rows' tab stop, the row last used.
  const focusTabStop = () => body.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const trs = [...e.currentTarget.querySelectorAll<HTMLTableRowElement>('tr[data-edge]')];
    const i = trs.findIndex((tr) => tr.contains(e.target as Node));
    const row = trs[i];
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') open(row.dataset.edge!);
    else if (MOVES[e.key]) trs[MOVES[e.key]!(i, trs.length)]?.focus();
    else return;
    e.preventDefault();
  };
  const hidden = graph.edges.length - rows.length;
  return (
    <section className="relation-table panels" aria-labelledby="relation-table-caption">
      <table>
        <caption id="relation-table-caption">
          <strong>Relations</strong> · {plural(rows.length, 'relation')}
          {hidden > 0 && `, ${hidden} hidden by filters`}
          <span className="table-help">
            Sort with the column headers. In the rows, ↑ ↓ Home End move and Enter opens a relation’s sentences.
          </span>
        </caption>
        <TableHead sort={sort} onSort={(c) => setSort(nextSort(sort, c))} onDown={focusTabStop} />
        <tbody onKeyDown={onKeyDown} ref={body}>
          {shown.map((r) => (
            <TableRow
              key={r.key}
              row={r}
              tabStop={r.key === current}
              selected={r.key === selected}
              onFocus={() => setActive(r.key)}
              onOpen={() => open(r.key)}
            />
          ))}
        </tbody>
      </table>
      <MoreRows shown={shown.length} total={rows.length} more={(n) => setLimit(n)} />
      {rows.length === 0 && <p className="empty">No relation passes the filters.</p>}
    </section>
  );
}
