/**
 * Entry point: reads the graph, checks it, draws it, and only then loads the explorer around it.
 * The graph is JSON beside the scripts, not in them, so the scripts stay the same size whatever the
 * corpus: a small graph comes inside the page (boot/inlineGraph.ts); a big one is a file of its
 * own, fetched with its progress shown, and drawn before it arrives from its first view (under a
 * fifth of its size: model/first-view.ts), which is preloaded. React and the panels are a chunk
 * of their own (mount.tsx), fetched once the graph is on screen: on two cores, parsing it
 * alongside the entry script put the entry, and so the graph, off by about 50 ms.
 */
// `no-inline`: a small graph would otherwise become a data: URL, which connect-src forbids.
import graphUrl from '../graph-data/graph.json?url&no-inline';
import firstViewUrl from 'virtual:dyad-first-view';
import { drawEarly, drawFirstView, type EarlyCanvas } from './boot/drawEarly.ts';
import { type Fetched, fetchGraph, getJson } from './boot/fetchGraph.ts';
import { takeInlineGraph } from './boot/inlineGraph.ts';
import { type Phase, showBeside, showNotice } from './boot/notice.ts';
import type { EarlyGraph } from './cytoscape/early.ts';
import { type FirstView, isFirstView, isFirstViewOf } from './model/first-view.ts';
import { type Loaded, loadGraph } from './model/load.ts';
import { encodeLink } from './state/link.ts';
import { againstOf, fromAddress, refusedRestoring, type Restoring } from './state/restoring.ts';
import { DEFAULT_VIEW } from './state/view.ts';
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

/** The graph's file, fetched with `show`ing its progress once the download takes a while; and its size. */
async function download(show: (phase: Phase & { step: 'fetching' }) => void): Promise<{ fetched: Fetched; received: number }> {
  let received = 0;
  let noticed = false;
  const notice = setTimeout(() => {
    noticed = true;
    show({ step: 'fetching', progress: null });
  }, NOTICE_AFTER_MS);
  const fetched = await fetchGraph(graphUrl, (progress) => {
    received = progress.received;
    if (noticed) show({ step: 'fetching', progress });
  });
  clearTimeout(notice);
  return { fetched, received };
}

/** A big graph's first view, drawn, with what it was drawn from. */
interface Drawn {
  first: FirstView;
  canvas: EarlyCanvas;
}

/**
 * The first view drawn, when the build made one (a big graph: a small one is inside the page) and
 * the address asks for the opening view, which is the view it holds. Null otherwise, and when it
 * cannot be read: the page then opens from graph.json alone, as it would without one.
 */
async function drawFirst(): Promise<Drawn | null> {
  // Any address but an empty one may ask for another view, and it cannot be read without the graph.
  if (!firstViewUrl || location.hash.length > 1) return null;
  const fetched = await getJson(firstViewUrl);
  if (!fetched.ok || !isFirstView(fetched.raw)) return null;
  return { first: fetched.raw, canvas: await drawFirstView(root, fetched.raw) };
}

/**
 * The canvas for the explorer to take over: the first view's, when it is `loaded`'s first view and
 * the address still asks for the opening view; else one drawn now from the graph (null when the
 * address shows no graph). A first view not taken over is thrown away.
 */
async function earlyCanvas(loaded: Loaded, restoring: Restoring | undefined, drawn: Drawn | null): Promise<EarlyGraph | null> {
  const view = restoring?.view ?? DEFAULT_VIEW;
  const opensAsDrawn = view.hover === null && encodeLink(view) === '' && !restoring?.picture;
  // The very view object the explorer starts from, so that GraphView knows the canvas is for it.
  if (drawn && loaded.ok && opensAsDrawn && isFirstViewOf(drawn.first, loaded.graph)) return { ...drawn.canvas, view, graph: loaded.graph };
  drawn?.canvas.cy.destroy();
  return loaded.ok ? drawEarly(root, loaded.graph, restoring) : null;
}

async function start(): Promise<void> {
  const inline = takeInlineGraph(document);
  const drawn = inline ? null : await drawFirst();
  // With the first view on screen, the graph's progress goes beside it rather than in its place.
  const show = (phase: Exclude<Phase, { step: 'failed' }>) => (drawn ? showBeside(root, phase) : showNotice(root, phase));
  // The page carries only small graphs: no notice to paint before their check.
  const { fetched, received } = inline ? { fetched: inline, received: 0 } : await download(show);
  if (!fetched.ok) {
    drawn?.canvas.cy.destroy();
    return showNotice(root, { step: 'failed', problem: fetched.problem }, () => void start());
  }
  if (received > CHECK_NOTICE_BYTES) {
    show({ step: 'checking' });
    await painted();
  }
  const loaded = await loadGraph(fetched.raw);
  const restoring = await opening(loaded);
  const early = await earlyCanvas(loaded, restoring, drawn);
  const { mount } = await import('./mount.tsx');
  mount(root, loaded, restoring, early);
}

void start();
