/**
 * Long tables in pages: a table of 10,000 relations rendered whole takes seconds to build and
 * to scroll, so the first rows come at once and a button adds the next page.
 */

/** Rows rendered at first, and added by each press of the button. */
export const ROW_PAGE = 500;

/** Cells a page of a wide table may hold: the sources matrix has a column per outlet, hundreds at scale. */
const CELL_PAGE = 10_000;

/** The page of a table `columns` wide: ROW_PAGE rows, fewer when they are wide, never under 20. */
export function pageFor(columns: number): number {
  return Math.max(20, Math.min(ROW_PAGE, Math.floor(CELL_PAGE / Math.max(1, columns))));
}

/**
 * How many of `total` rows to render: the pages the user has asked for (`limit`, null for the
 * first). Not stretched down to a selected row: one sorted far down would bring thousands back.
 */
export function rowsShown(total: number, limit: number | null, page = ROW_PAGE): number {
  return Math.min(total, limit ?? page);
}

/** "Showing 500 of 10,000 · Show 500 more": nothing when every row is shown. */
export function MoreRows({ shown, total, more, page = ROW_PAGE }: { shown: number; total: number; more: (limit: number) => void; page?: number }) {
  if (shown >= total) return null;
  const next = Math.min(page, total - shown);
  return (
    <p className="more-rows">
      Showing {shown.toLocaleString('en')} of {total.toLocaleString('en')}.{' '}
      <button type="button" onClick={() => more(shown + next)}>
        Show {next.toLocaleString('en')} more
      </button>
    </p>
  );
}
