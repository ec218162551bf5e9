/** Entry point: validates the graph bundled at build time and mounts the page. */
// First, before graph-data/schema.ts defines any schema.
import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// A static import: the graph is part of the build, so the page needs no fetch and no server.
import raw from '../graph-data/graph.json';
import { App } from './App.tsx';
import { loadGraph } from './model/load.ts';
import './styles.css';
import './shell.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App loaded={loadGraph(raw)} />
  </StrictMode>,
);
