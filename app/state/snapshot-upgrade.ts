/**
 * Snapshot files written before the timeline and the matrix had `table: boolean` and no outlet
 * or publication-date filter. Their views are read as the same view today: the strict schema
 * then checks the result like any other, so nothing unchecked gets through this way.
 */

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The snapshot with an old-style view brought up to date; anything else is returned as it is. */
export function upgradeView(input: unknown): unknown {
  if (!isObject(input) || !isObject(input.view) || !('table' in input.view) || 'mode' in input.view) return input;
  const { table, ...view } = input.view;
  const filters = isObject(view.filters) && !('reportedBy' in view.filters) ? { ...view.filters, reportedBy: null } : view.filters;
  const mode = table === true ? 'table' : table === false ? 'graph' : table;
  return { ...input, view: { outlet: null, ...view, filters, mode } };
}
