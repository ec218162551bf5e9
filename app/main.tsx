/**
 * Entry point: fetches the graph, validates it and mounts the page. The graph is a JSON file of
 * its own beside the scripts, fetched at start, so the scripts stay the same size whatever the
 * corpus and the page can show how far the download has got.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// `no-inline`: a small graph would otherwise become a data: URL, which connect-src forbids.
import graphUrl from '../graph-data/graph.json?url&no-inline';
import { App } from './App.tsx';
import { fetchGraph } from './boot/fetchGraph.ts';
import { type Phase, Starting } from './boot/Starting.tsx';
import { type Loaded, loadGraph } from './model/load.ts';
import { againstOf, fromAddress, refusedRestoring, type Restoring } from './state/restoring.ts';
import './styles.css';
import './shell.css';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);

/** What the address asks for, read before the first render so the canvas is drawn once, as asked. */
async function opening(loaded: Loaded): Promise<Restoring | undefined> {
  if (!loaded.ok) return undefined;
  // fromAddress never throws by design; this catch is the last line, so a bug shows a notice, not a blank page.
  return fromAddress(location.hash, againstOf(loaded.graph)).catch((e: unknown) =>
    refusedRestoring('This link', e instanceof Error ? e.message : 'something unexpected went wrong'),
  );
}

const show = (phase: Phase) => root.render(<Starting phase={phase} retry={() => void start()} />);
// Validating a big graph holds the main thread for a while: let the browser paint the notice first.
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
/**
 * Below this size the check takes well under a tenth of a second (20,000 relations, 20 MB, took
 * about 0.15 s): waiting a frame to paint a notice first would only put the graph off.
 */
const CHECK_NOTICE_BYTES = 8_000_000;

async function start(): Promise<void> {
  show({ step: 'fetching', progress: null });
  let received = 0;
  const fetched = await fetchGraph(graphUrl, (progress) => {
    received = progress.received;
    show({ step: 'fetching', progress });
  });
  if (!fetched.ok) return show({ step: 'failed', problem: fetched.problem });
  if (received > CHECK_NOTICE_BYTES) {
    show({ step: 'checking' });
    await painted();
  }
  const loaded = await loadGraph(fetched.raw);
  const restoring = await opening(loaded);
  root.render(
    <StrictMode>
      <App loaded={loaded} opening={restoring} />
    </StrictMode>,
  );
}

void start();
