/** The page: header, toolbar, the graph or the table, and the details column; or why not. */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphFile } from '../graph-data/schema.ts';
import { GraphView } from './cytoscape/GraphView.tsx';
import type { Loaded } from './model/load.ts';
import { Legend } from './panels/Legend.tsx';
import { LoadError } from './panels/LoadError.tsx';
import { Masthead } from './panels/Masthead.tsx';
import { RelationTable } from './panels/RelationTable.tsx';
import { SelectionStatus } from './panels/SelectionStatus.tsx';
import { Sidebar } from './panels/Sidebar.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { ViewProvider, useView } from './state/provider.tsx';
import type { ViewState } from './state/view.ts';

/** The explorer over a loaded graph, or the problems that stop it from loading. */
export function App({ loaded, initial }: { loaded: Loaded; initial?: ViewState }) {
  if (!loaded.ok) return <LoadError problems={loaded.problems} />;
  return (
    <ViewProvider initial={initial}>
      <Explorer graph={loaded.graph} />
    </ViewProvider>
  );
}

function Explorer({ graph }: { graph: GraphFile }) {
  const { view } = useView();
  const cyRef = useRef<Core | null>(null);
  useEscapeClears();
  return (
    <div className="app">
      <Masthead graph={graph} />
      <Toolbar graph={graph} cyRef={cyRef} />
      <div className="workspace">
        <main className="main">
          {/* Hidden, not unmounted, under the table: dragged positions and zoom survive the switch. */}
          <div className="graph-pane" hidden={view.table}>
            <GraphView graph={graph} cyRef={cyRef} />
            <SelectionStatus graph={graph} />
            <Legend graph={graph} />
          </div>
          {view.table && <RelationTable graph={graph} />}
        </main>
        <Sidebar graph={graph} />
      </div>
    </div>
  );
}

/** Escape anywhere clears the selection; a control that uses Escape itself stops it first. */
function useEscapeClears() {
  const { dispatch } = useView();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) dispatch({ type: 'select', selection: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
