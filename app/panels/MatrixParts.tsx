/** The sources matrix's header, rows and cells; the matrix itself keeps the state. */
import type { KeyboardEvent } from 'react';
import type { Status } from '../../graph-data/schema.ts';
import { RELATION_STYLE } from '../cytoscape/tables.ts';
import { plural } from '../model/format.ts';
import type { MatrixCell, MatrixRow, MatrixSort } from '../model/matrix.ts';
import type { OutletColumn } from '../model/outlets.ts';
import { truncate } from '../model/table.ts';
import { EdgeSwatch } from './Swatch.tsx';

/** One glyph per status, solid to hollow as the words move away from the article's own voice. */
export const GLYPHS: Record<Status, string> = { reported: '●', attributed: '◐', alleged: '○' };

const SORT_ICON = (sort: MatrixSort, column: MatrixSort['column']) =>
  sort.column !== column ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';

interface HeadProps {
  columns: OutletColumn[];
  sort: MatrixSort;
  onSort: (c: MatrixSort['column']) => void;
  onDown: () => void;
}

/** Relation and independent-outlet headers sort; one header per outlet, marked when the outlet is unknown. */
export function MatrixHead({ columns, sort, onSort, onDown }: HeadProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    onDown();
  };
  const sorter = (column: MatrixSort['column'], label: string) => (
    <th scope="col" className={`col-${column}`} aria-sort={sort.column === column ? sort.direction : undefined}>
      <button type="button" className="sort" onClick={() => onSort(column)}>
        {label}
        <span className="sort-icon" aria-hidden="true">{SORT_ICON(sort, column)}</span>
      </button>
    </th>
  );
  return (
    <thead onKeyDown={onKeyDown}>
      <tr>
        {sorter('relation', 'Relation')}
        {sorter('independent', 'Independent outlets')}
        {columns.map((c) => (
          <th key={c.key} scope="col" className={c.known ? 'col-outlet' : 'col-outlet unknown'} title={c.known ? c.label : `${c.label} (outlet unknown: one article, named by its title)`}>
            <span className="outlet-name">{truncate(c.label, 32)}</span>
            {!c.known && <span className="outlet-unknown">outlet unknown</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** What a cell says in words: to a screen reader in full, to the pointer on hover. */
export function cellWords(cell: MatrixCell, column: OutletColumn): { label: string; title: string } {
  const how = cell.statuses.map((s) => (s === 'attributed' && cell.speakers.length ? `attributed to ${cell.speakers.join(', ')}` : s)).join('; ');
  const copy = cell.copy ? ' Word for word as an outlet that published it first.' : '';
  const label = `${column.label}: ${plural(cell.sentences, 'sentence')}, ${how}.${copy}`;
  const quotes = cell.evidence.slice(0, 3).map((e) => `“${truncate(e.text, 160)}”`);
  const more = cell.evidence.length > 3 ? [`and ${cell.evidence.length - 3} more`] : [];
  return { label, title: [label, ...quotes, ...more].join('\n') };
}

interface RowProps {
  row: MatrixRow;
  r: number;
  columns: OutletColumn[];
  /** The column index (0: the relation's header) that is the tab stop in this row, or null. */
  tabStop: number | null;
  selected: boolean;
  openColumn: string | null;
  onFocus: (c: number) => void;
  onOpen: (outlet: string | null) => void;
}

/** A relation: its header (opens every sentence), its count, then one cell per outlet. */
export function MatrixRowView({ row, r, columns, tabStop, selected, openColumn, onFocus, onOpen }: RowProps) {
  return (
    <tr data-edge={row.edge.key} aria-current={selected ? 'true' : undefined}>
      <th scope="row" className={`row-head type-${row.edge.type}`} tabIndex={tabStop === 0 ? 0 : -1} data-r={r} data-c={0}
        onFocus={() => onFocus(0)} onClick={() => onOpen(null)}>
        <EdgeSwatch colour={RELATION_STYLE[row.edge.type].colour} arrow={!row.edge.undirected} /> {row.label}
      </th>
      <td className="col-independent">
        {row.independent} <span className="muted">of {row.outlets}</span>
      </td>
      {row.cells.map((cell, i) => {
        const column = columns[i]!;
        const words = cell && cellWords(cell, column);
        return (
          <td key={column.key} className={cell ? `cell${cell.copy ? ' copy' : ''}` : 'cell empty'} tabIndex={tabStop === i + 1 ? 0 : -1}
            data-r={r} data-c={i + 1} data-outlet={column.key} title={words?.title} aria-current={selected && openColumn === column.key ? 'true' : undefined}
            onFocus={() => onFocus(i + 1)} onClick={() => cell && onOpen(column.key)}>
            {cell && words ? <CellGlyphs cell={cell} label={words.label} /> : <span className="visually-hidden">{column.label}: not carried</span>}
          </td>
        );
      })}
    </tr>
  );
}

/** The glyphs of a cell, whose words are said instead; the first speaker under them. */
function CellGlyphs({ cell, label }: { cell: MatrixCell; label: string }) {
  const [speaker, ...others] = cell.speakers;
  return (
    <>
      <span className="glyphs" aria-hidden="true">
        {cell.statuses.map((s) => <span key={s} className={`glyph glyph-${s}`}>{GLYPHS[s]}</span>)}
        {cell.sentences > 1 && <span className="glyph-count">{cell.sentences}</span>}
      </span>
      {speaker && (
        <span className="speaker" aria-hidden="true">
          {speaker}{others.length > 0 && ` +${others.length}`}
        </span>
      )}
      <span className="visually-hidden">{label}</span>
    </>
  );
}
