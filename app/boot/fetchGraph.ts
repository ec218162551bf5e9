/**
 * Fetching graph.json at start: the graph is a file of its own beside the code, so a big graph
 * does not make the script any bigger, and the page can say how far the download has got.
 */
import { collect } from '../state/bytes.ts';

/** The parsed JSON, or why there is none. */
export type Fetched = { ok: true; raw: unknown } | { ok: false; problem: string };

/** Bytes received so far, and the total when the server says it (null otherwise). */
export interface Progress {
  received: number;
  total: number | null;
}

/** Reads the body a chunk at a time, reporting each, then decodes it as UTF-8. */
async function readBody(response: Response, onProgress: (p: Progress) => void): Promise<string> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return response.text();
  // No cap: the graph is the page's own file, not something a link or a drop handed in.
  const bytes = (await collect(response.body, Infinity, (received) => onProgress({ received, total }))) as Uint8Array;
  return new TextDecoder().decode(bytes);
}

/** Fetches and parses the graph at `url`. Never throws: a failure comes back as a problem to show. */
export async function fetchGraph(url: string, onProgress: (p: Progress) => void = () => {}, fetcher: typeof fetch = fetch): Promise<Fetched> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok) return refused(response.status, url);
    text = await readBody(response, onProgress);
  } catch (e) {
    return { ok: false, problem: `${url} could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  return parseGraph(text, url);
}

/** The part of XMLHttpRequest that getJson uses (a test passes a stand-in). */
export type Xhr = Pick<XMLHttpRequest, 'open' | 'send' | 'status' | 'responseText' | 'onload' | 'onerror' | 'onabort' | 'ontimeout'>;

/**
 * The JSON at `url`, parsed, read with XMLHttpRequest rather than fetch(), without progress: for a
 * file wanted before anything is drawn (a big graph's first view). In headless Chromium the page's
 * first fetch() took about 20 ms from the call to its response, with the file already there (its
 * preload), and an XMLHttpRequest about 5 ms, the parse included. Never throws.
 */
export function getJson(url: string, request: () => Xhr = () => new XMLHttpRequest()): Promise<Fetched> {
  return new Promise((resolve) => {
    const xhr = request();
    const failed = () => resolve({ ok: false, problem: `${url} could not be read` });
    xhr.onload = () =>
      resolve(xhr.status >= 200 && xhr.status < 300 ? parseGraph(xhr.responseText, url) : refused(xhr.status, url));
    xhr.onerror = xhr.onabort = xhr.ontimeout = failed;
    try {
      xhr.open('GET', url);
      xhr.send();
    } catch {
      failed();
    }
  });
}

/** What a reader says when the server answers with an error status. */
function refused(status: number, url: string): Fetched {
  return { ok: false, problem: `the server answered ${status} for ${url}` };
}

/** `text` parsed, or a problem naming `source` (a URL, the page) when it is not JSON. */
export function parseGraph(text: string, source: string): Fetched {
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, problem: `${source} is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** "1.4 MB of 8.0 MB", "320 KB": how much of the graph has arrived. */
export function progressText({ received, total }: Progress): string {
  const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1e3)} KB`);
  return total === null ? size(received) : `${size(received)} of ${size(total)}`;
}
