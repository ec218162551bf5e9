/**
 * What the page shows before the graph: the download's progress, the check, or why the graph
 * cannot be shown. Plain DOM, not React: it is up before the explorer's code has loaded, and what
 * it prints (a server's status, an error message) goes in as text, never as markup.
 */
import { element } from './dom.ts';
import { type Progress, progressText } from './fetchGraph.ts';

/** Where the start has got to. */
export type Phase = { step: 'fetching'; progress: Progress | null } | { step: 'checking' } | { step: 'failed'; problem: string };

/** An alert with a retry button when the graph could not be fetched. */
function failed(doc: Document, problem: string, retry: () => void): HTMLElement {
  const button = element(doc, 'button', '', 'Try again');
  button.type = 'button';
  button.addEventListener('click', retry, { once: true });
  const notice = element(doc, 'main', 'load-error', element(doc, 'h1', '', 'Dyad cannot load the graph'), element(doc, 'p', '', `${problem}.`), button);
  notice.setAttribute('role', 'alert');
  return notice;
}

/** What is being loaded: the graph, or, with its first view drawn already, the evidence behind it. */
type Loading = 'the graph' | 'the evidence';

/** A status line and a progress bar: determinate while the size is known, indeterminate otherwise. */
function progress(doc: Document, phase: Exclude<Phase, { step: 'failed' }>, what: Loading): HTMLElement[] {
  const status = element(doc, 'p', '', phase.step === 'checking' ? `Checking ${what}…` : `Loading ${what}… ${phase.progress ? progressText(phase.progress) : ''}`.trim());
  status.setAttribute('role', 'status');
  const bar = element(doc, 'progress', '');
  bar.max = 1;
  if (phase.step === 'fetching' && phase.progress?.total) bar.value = phase.progress.received / phase.progress.total;
  bar.setAttribute('aria-hidden', 'true');
  return [status, bar];
}

function starting(doc: Document, phase: Exclude<Phase, { step: 'failed' }>): HTMLElement {
  return element(doc, 'main', 'starting', element(doc, 'h1', '', 'Dyad'), ...progress(doc, phase, 'the graph'));
}

/** Shows `phase` in `root`, in place of whatever it showed. */
export function showNotice(root: HTMLElement, phase: Phase, retry: () => void = () => {}): void {
  const doc = root.ownerDocument;
  root.replaceChildren(phase.step === 'failed' ? failed(doc, phase.problem, retry) : starting(doc, phase));
}

/**
 * Shows `phase` in the details column of the frame drawEarly sketched, beside the graph drawn from
 * its first view, which stays on screen: the explorer replaces the column once it is up. Without
 * that frame, as showNotice.
 */
export function showBeside(root: HTMLElement, phase: Exclude<Phase, { step: 'failed' }>): void {
  const column = root.querySelector('.sketch .sidebar');
  if (!column) return showNotice(root, phase);
  column.replaceChildren(element(root.ownerDocument, 'div', 'starting-beside', ...progress(root.ownerDocument, phase, 'the evidence')));
}
