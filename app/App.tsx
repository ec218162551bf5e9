/** The page: header, toolbar, the graph, the table or the sources matrix over the timeline, and the details column; or why not. */
import type { Core } from 'cytoscape';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { GraphFile } from '../graph-data/schema.ts';
import type { EarlyGraph } from './cytoscape/early.ts';
import { GraphView } from './cytoscape/GraphView.tsx';
import type { Loaded } from './model/load.ts';
import { Legend } from './panels/Legend.tsx';
import { LoadError } from './panels/LoadError.tsx';
import { Masthead } from './panels/Masthead.tsx';
import { Notices } from './panels/Notices.tsx';
import { Arriving, RelationTable, SourceMatrix } from './panels/lazy.tsx';
import { SelectionStatus } from './panels/SelectionStatus.tsx';
import { Sidebar } from './panels/Sidebar.tsx';
import { Timeline } from './panels/Timeline.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { useFileDrop } from './panels/useFileDrop.ts';
import { ViewProvider, useView } from './state/provider.tsx';
import { RestoreProvider, useRestore } from './state/restore.tsx';
import { againstOf, type Restoring } from './state/restoring.ts';
import type { ViewState } from './state/view.ts';

/** A canvas drawn before the explorer, for GraphView to take over (main.ts). */
type Early = { current: EarlyGraph | null };

/**
 * The explorer over a loaded graph, or the problems that stop it from loading. `opening` is what
 * the page's address restored (a view, maybe a snapshot's picture, notices); `early` the graph
 * already drawn for it; `initial` is for tests.
 */
export function App({ loaded, initial, opening, early }: { loaded: Loaded; initial?: ViewState; opening?: Restoring; early?: Early }) {
  if (!loaded.ok) return <LoadError problems={loaded.problems} />;
  return (
    <ViewProvider initial={opening?.view ?? initial}>
      <Explorer graph={loaded.graph} opening={opening} early={early} />
    </ViewProvider>
  );
}

function Explorer({ graph, opening, early }: { graph: GraphFile; opening: Restoring | undefined; early?: Early }) {
  const { view } = useView();
  const cyRef = useRef<Core | null>(null);
  const { api, picture, notices, dismiss } = useRestore(opening, againstOf(graph));
  const dropping = useFileDrop(api.open);
  // The details column is built once the graph is on screen (at 20,000 relations it took 0.4 s
  // of the first render). With the graph not shown (the table asked for by the address), there
  // is nothing to wait for.
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  useEscapeClears();
  return (
    <RestoreProvider value={api}>
      <div className="app">
        <Masthead graph={graph} />
        <Toolbar graph={graph} cyRef={cyRef} />
        <Notices notices={notices} dismiss={dismiss} />
        <div className="workspace">
          <main className="main">
            {/* Hidden, not unmounted, under the table: dragged positions and zoom survive the switch. */}
            <div className="graph-pane" hidden={view.mode !== 'graph'}>
              <GraphView graph={graph} cyRef={cyRef} picture={picture} onDrawn={onDrawn} early={early} />
              <SelectionStatus graph={graph} />
              <Legend graph={graph} />
            </div>
            <Suspense fallback={<Arriving what={view.mode === 'table' ? 'the table' : 'the sources'} />}>
              {view.mode === 'table' && <RelationTable graph={graph} />}
              {view.mode === 'matrix' && <SourceMatrix graph={graph} />}
            </Suspense>
            <Timeline graph={graph} />
          </main>
          <Sidebar graph={graph} waiting={!drawn && view.mode === 'graph'} />
        </div>
        <div className="drop-hint" hidden={!dropping}>
          Drop a Dyad snapshot or JSON export to open its view
        </div>
      </div>
    </RestoreProvider>
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
