/** Entry point: validates the graph bundled at build time and mounts the page. */
// First, before graph-data/schema.ts defines any schema.
import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// A static import: the graph is part of the build, so the page needs no fetch and no server.
import raw from '../graph-data/graph.json';
import { App } from './App.tsx';
import { loadGraph } from './model/load.ts';
import { againstOf, fromAddress, refusedRestoring, type Restoring } from './state/restoring.ts';
import './styles.css';
import './shell.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const loaded = loadGraph(raw);

/** What the address asks for, read before the first render so the canvas is drawn once, as asked. */
async function opening(): Promise<Restoring | undefined> {
  if (!loaded.ok) return undefined;
  // fromAddress never throws by design; this catch is the last line, so a bug shows a notice, not a blank page.
  return fromAddress(location.hash, againstOf(loaded.graph)).catch((e: unknown) =>
    refusedRestoring('This link', e instanceof Error ? e.message : 'something unexpected went wrong'),
  );
}

void opening().then((start) =>
  createRoot(root).render(
    <StrictMode>
      <App loaded={loaded} opening={start} />
    </StrictMode>,
  ),
);
