/**
 * Entry point: reads the graph, checks it, draws it, and only then loads the explorer around it.
 * The graph is JSON beside the scripts, not in them, so the scripts stay the same size whatever the
 * corpus: a small graph comes inside the page (boot/inlineGraph.ts); a big one is a file of its
 * own, preloaded and fetched with its progress shown. React and the panels are a chunk of their
 * own (mount.tsx), fetched once the graph is on screen: on two cores, parsing it alongside the
 * entry script put the entry, and so the graph, off by about 50 ms.
 */
// `no-inline`: a small graph would otherwise become a data: URL, which connect-src forbids.
import graphUrl from '../graph-data/graph.json?url&no-inline';
import { drawEarly } from './boot/drawEarly.ts';
import { type Fetched, fetchGraph } from './boot/fetchGraph.ts';
import { takeInlineGraph } from './boot/inlineGraph.ts';
import { showNotice } from './boot/notice.ts';
import { type Loaded, loadGraph } from './model/load.ts';
import { againstOf, fromAddress, refusedRestoring, type Restoring } from './state/restoring.ts';
import './styles.css';
import './shell.css';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = element;

/** What the address asks for, read before the first render so the canvas is drawn once, as asked. */
async function opening(loaded: Loaded): Promise<Restoring | undefined> {
  if (!loaded.ok) return undefined;
  // fromAddress never throws by design; this catch is the last line, so a bug shows a notice, not a blank page.
  return fromAddress(location.hash, againstOf(loaded.graph)).catch((e: unknown) =>
    refusedRestoring('This link', e instanceof Error ? e.message : 'something unexpected went wrong'),
  );
}

// Validating a big graph holds the main thread for a while: let the browser paint the notice first.
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
/**
 * Below this size the check takes well under a tenth of a second (20,000 relations, 20 MB, took
 * about 0.15 s): waiting a frame to paint a notice first would only put the graph off.
 */
const CHECK_NOTICE_BYTES = 8_000_000;

/** A download shorter than this shows no notice: a notice only to flash by would put the graph off a frame. */
const NOTICE_AFTER_MS = 200;

/** The graph's file, fetched with a notice of its progress once the download takes a while; and its size. */
async function download(): Promise<{ fetched: Fetched; received: number }> {
  let received = 0;
  let noticed = false;
  const notice = setTimeout(() => {
    noticed = true;
    showNotice(root, { step: 'fetching', progress: null });
  }, NOTICE_AFTER_MS);
  const fetched = await fetchGraph(graphUrl, (progress) => {
    received = progress.received;
    if (noticed) showNotice(root, { step: 'fetching', progress });
  });
  clearTimeout(notice);
  return { fetched, received };
}

async function start(): Promise<void> {
  const inline = takeInlineGraph(document);
  // The page carries only small graphs: no notice to paint before their check.
  const { fetched, received } = inline ? { fetched: inline, received: 0 } : await download();
  if (!fetched.ok) return showNotice(root, { step: 'failed', problem: fetched.problem }, () => void start());
  if (received > CHECK_NOTICE_BYTES) {
    showNotice(root, { step: 'checking' });
    await painted();
  }
  const loaded = await loadGraph(fetched.raw);
  const restoring = await opening(loaded);
  const early = loaded.ok ? await drawEarly(root, loaded.graph, restoring) : null;
  const { mount } = await import('./mount.tsx');
  mount(root, loaded, restoring, early);
}

void start();
