import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../build-graph.ts';
import { capture } from './fixture.ts';

const repo = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const bundled = readdirSync(repo('graph-data/articles')).sort();

/** A folder with the real dictionaries, one bundled article, and the flags that point at them. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
  const p = (name: string): string => join(dir, name);
  mkdirSync(p('articles'));
  for (const f of ['actors.json', 'relations.json']) copyFileSync(repo(`graph-data/${f}`), p(f));
  copyFileSync(repo(`graph-data/articles/${bundled[0]}`), p(`articles/${bundled[0]}`));
  const args = ['--articles', p('articles'), '--out', p('out/graph.json'), '--actors', p('actors.json'), '--relations', p('relations.json'), '--quiet'];
  return { p, args };
}

/** Waits until `ok()` holds, checking every 20 ms; fails after `ms`. */
async function until(ok: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > end) throw new Error(`gave up after ${ms} ms waiting for ${what}`);
  }
}

const articleIds = (graphFile: string): string[] => {
  try {
    return (JSON.parse(readFileSync(graphFile, 'utf8')) as { attributes: { articles: { id: string }[] } }).attributes.articles.map((a) => a.id);
  } catch {
    return []; // not written yet
  }
};

describe('your own articles', () => {
  it('a new article dropped into the folder is in the next build', async () => {
    const { p, args } = workspace();
    expect(await main(args, capture().io)).toBe(0);
    copyFileSync(repo(`graph-data/articles/${bundled[1]}`), p('articles/mine.md'));
    expect(await main(args, capture().io)).toBe(0);
    const graph = JSON.parse(readFileSync(p('out/graph.json'), 'utf8')) as { edges: { attributes: { evidence: { article: string }[] } }[] };
    expect(articleIds(p('out/graph.json'))).toEqual([bundled[0]?.replace('.txt', ''), 'mine']);
    expect(graph.edges.some((e) => e.attributes.evidence.some((ev) => ev.article === 'mine'))).toBe(true);
    expect(JSON.parse(readFileSync(p('out/graph.articles.json'), 'utf8'))).toHaveProperty('mine');
  });

  it('watch mode rebuilds after an article or a dictionary changes, reports a bad file and goes on, and stops when told', async () => {
    const { p, args } = workspace();
    const { out, io } = capture();
    const codes: number[] = [];
    const stop = new AbortController();
    const watching = main([...args, '--watch'], io, { signal: stop.signal, debounceMs: 50, onBuilt: (code) => codes.push(code) });
    try {
      await until(() => codes.length === 1, 'the first build');
      expect(codes).toEqual([0]);
      copyFileSync(repo(`graph-data/articles/${bundled[1]}`), p('articles/mine.txt'));
      await until(() => articleIds(p('out/graph.json')).includes('mine'), 'the new article in the graph');
      writeFileSync(p('articles/broken.txt'), new Uint8Array([0x41, 0, 0x42]));
      await until(() => /broken\.txt: line 1: binary file/.test(out.stderr), 'the error to be reported');
      expect(codes.at(-1)).toBe(1);
      rmSync(p('articles/broken.txt'));
      await until(() => codes.at(-1) === 0, 'a good build again');
      const before = codes.length;
      writeFileSync(p('relations.json'), readFileSync(p('relations.json')));
      await until(() => codes.length > before, 'a rebuild after the dictionary changed');
      expect(codes.at(-1)).toBe(0);
    } finally {
      stop.abort();
    }
    expect(await watching).toBe(0);
    expect(readdirSync(p('out')).sort()).toEqual(['graph.articles.json', 'graph.json']);
  });
});
