/** The event-date range: two date fields bounded by the dates the evidence gives. */
import { useMemo } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { eventDateBounds } from '../model/corpus.ts';
import { formatDate } from '../model/format.ts';
import { useView } from '../state/provider.tsx';
import { Menu } from './Menu.tsx';

/** From and to; while either is set, sentences that give no event date are hidden, and it says so. */
export function DateFilter({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const bounds = useMemo(() => eventDateBounds(graph), [graph]);
  const { from, to } = view.filters;
  const set = (next: { from?: string | null; to?: string | null }) =>
    dispatch({ type: 'set-dates', from: next.from !== undefined ? next.from : from, to: next.to !== undefined ? next.to : to });
  const active = from !== null || to !== null;
  return (
    <Menu label="Dates" note={active ? [from && formatDate(from), to && formatDate(to)].map((d) => d ?? '…').join(' – ') : null}>
      {bounds === null ? (
        <p className="muted">No sentence gives an event date.</p>
      ) : (
        <fieldset className="dates">
          <legend>Event date</legend>
          <label>
            From{' '}
            <input type="date" min={bounds.min} max={to ?? bounds.max} value={from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
          </label>
          <label>
            To{' '}
            <input type="date" min={from ?? bounds.min} max={bounds.max} value={to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
          </label>
          <button type="button" disabled={!active} onClick={() => dispatch({ type: 'set-dates', from: null, to: null })}>
            Any date
          </button>
          <p className="muted hint">Sentences that give no event date are hidden while a range is set.</p>
        </fieldset>
      )}
    </Menu>
  );
}
