/** The relation table's header and rows; the table itself keeps the state. */
import type { KeyboardEvent } from 'react';
import { plural } from '../model/format.ts';
import { type Column, COLUMNS, type Row, type Sort, truncate } from '../model/table.ts';

const HEADERS: Record<Column, string> = {
  source: 'Source',
  type: 'Relation',
  target: 'Target',
  sentences: 'Sentences',
  first: 'First sentence',
};

/** One sort button per column; aria-sort on the sorted one, an icon that says the same to the eye. */
export function TableHead({ sort, onSort, onDown }: { sort: Sort; onSort: (c: Column) => void; onDown: () => void }) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    onDown();
  };
  return (
    <thead onKeyDown={onKeyDown}>
      <tr>
        {COLUMNS.map((c) => (
          <th key={c} scope="col" className={`col-${c}`} aria-sort={sort.column === c ? sort.direction : undefined}>
            <button type="button" className="sort" onClick={() => onSort(c)}>
              {HEADERS[c]}
              <span className="sort-icon" aria-hidden="true">
                {sort.column !== c ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
              </span>
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface RowProps {
  row: Row;
  tabStop: boolean;
  selected: boolean;
  onFocus: () => void;
  onOpen: () => void;
}

/** A row: focusable (one tab stop among all rows), clicked or Entered to open its evidence. */
export function TableRow({ row, tabStop, selected, onFocus, onOpen }: RowProps) {
  return (
    <tr data-edge={row.key} tabIndex={tabStop ? 0 : -1} aria-current={selected ? 'true' : undefined} onFocus={onFocus} onClick={onOpen}>
      <td className="col-source">{row.source}</td>
      <td className={`col-type type-${row.type}`}>
        {row.type}
        <span className="direction">{row.undirected ? ' ↔ mutual' : ' →'}</span>
      </td>
      <td className="col-target">{row.target}</td>
      <td className="col-sentences">
        {row.sentences} <span className="muted">in {plural(row.articles, 'article')}</span>
      </td>
      <td className="col-first" title={row.first}>
        {truncate(row.first, 120)}
      </td>
    </tr>
  );
}
