/**
 * The explorer, mounted around a graph that main.ts has loaded (and, in the usual case, already
 * drawn). A chunk of its own: React and the panels are fetched once the graph is drawn (main.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import type { EarlyGraph } from './cytoscape/early.ts';
import type { Loaded } from './model/load.ts';
import type { Restoring } from './state/restoring.ts';

/** Renders the explorer (or why the graph cannot be shown) into `element`, in place of what main.ts put there. */
export function mount(element: HTMLElement, loaded: Loaded, opening: Restoring | undefined, early: EarlyGraph | null): void {
  createRoot(element).render(
    <StrictMode>
      <App loaded={loaded} opening={opening} early={early ? { current: early } : undefined} />
    </StrictMode>,
  );
}
