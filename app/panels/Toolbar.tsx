/** The toolbar: find, filter, lay out, reset, and switch between the graph, the table and the sources matrix. */
import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { LAYOUT_LABELS, runLayout } from '../cytoscape/layouts.ts';
import { useView } from '../state/provider.tsx';
import { LAYOUTS, type LayoutName, MODES, type ViewMode } from '../state/view.ts';
import { DateFilter } from './DateFilter.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { ArticleFilter, StatusFilter, TypeFilter } from './Filters.tsx';
import { Search } from './Search.tsx';
import { ShareMenu } from './ShareMenu.tsx';

const MODE_LABELS: Record<ViewMode, string> = { graph: 'Graph', table: 'Table', matrix: 'Sources' };
const MODE_HELP: Record<ViewMode, string> = {
  graph: 'actors and their relations as a network',
  table: 'every relation as a row',
  matrix: 'which outlets carry each relation, side by side',
};

/** Every control that changes the view, in one labelled bar. */
export function Toolbar({ graph, cyRef }: { graph: GraphFile; cyRef: RefObject<Core | null> }) {
  const { view, dispatch } = useView();
  const reset = () => {
    dispatch({ type: 'reset' });
    // Reset also undoes dragging and zooming: the layout runs again and fits the view.
    if (cyRef.current) runLayout(cyRef.current, view.layout);
  };
  return (
    <nav className="toolbar" aria-label="Find and filter">
      <Search graph={graph} cyRef={cyRef} />
      <div className="filters" role="group" aria-label="Filters">
        <TypeFilter graph={graph} />
        <StatusFilter graph={graph} />
        <ArticleFilter graph={graph} />
        <DateFilter graph={graph} />
      </div>
      <label className="layout-choice">
        Layout{' '}
        <select value={view.layout} onChange={(e) => dispatch({ type: 'set-layout', layout: e.target.value as LayoutName })}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="reset" onClick={reset}>
        Reset
      </button>
      <ShareMenu graph={graph} cyRef={cyRef} />
      <ExportMenu graph={graph} cyRef={cyRef} />
      <div className="switch" role="group" aria-label="Show as">
        {MODES.map((m) => (
          <button key={m} type="button" title={MODE_HELP[m]} aria-pressed={view.mode === m} onClick={() => dispatch({ type: 'show', mode: m })}>
            {MODE_LABELS[m]}
          </button>
        ))}
      </div>
    </nav>
  );
}
