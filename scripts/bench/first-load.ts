/**
 * The gzipped size of a first page load: every file fetched until the explorer was up (the graph
 * drawn, the explorer's chunk loaded and run), compressed at gzip's best level (what a static host
 * serving precompressed files would send).
 */
import { gzipSync } from 'node:zlib';

/** One fetched file. */
export interface Fetched {
  url: string;
  contentType: string;
  body: Uint8Array;
}

/** Gzipped bytes of the first load: its JavaScript, and everything (HTML, JS, CSS, JSON, …). */
export interface FirstLoad {
  jsGzipBytes: number;
  totalGzipBytes: number;
  files: number;
}

const isJs = (f: Pick<Fetched, 'url' | 'contentType'>): boolean =>
  /javascript|ecmascript/.test(f.contentType) || /\.m?js$/.test(new URL(f.url).pathname);

/** Sums the gzipped sizes; a file listed twice (a modulepreload and its import) counts once. */
export function firstLoad(files: readonly Fetched[]): FirstLoad {
  const seen = new Map<string, Fetched>();
  for (const f of files) seen.set(new URL(f.url).pathname, f);
  let js = 0;
  let total = 0;
  for (const f of seen.values()) {
    const gz = gzipSync(f.body, { level: 9 }).length;
    total += gz;
    if (isJs(f)) js += gz;
  }
  return { jsGzipBytes: js, totalGzipBytes: total, files: seen.size };
}

/** Fetches `urls` again from the server that served them, for their bodies. */
export async function fetchAll(urls: readonly string[]): Promise<Fetched[]> {
  return Promise.all(
    urls.map(async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`first-load size: ${url} answered ${res.status}`);
      return { url, contentType: res.headers.get('content-type') ?? '', body: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
}
