import { buildSync } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFolder } from '../pipeline/articles.ts';
import { NO_CORPUS } from '../pipeline/dating.ts';
import { realLexicon } from '../pipeline/testing/fixture.ts';
import type { StoredDigest } from './digest.ts';
import { pickWorker, QUEUED_PER_WORKER, startPool, type Pool } from './pool.ts';
import { openSpill, type Spill } from './spill.ts';
import { bundledWorker } from './worker-script.ts';

const articles = fileURLToPath(new URL('../../graph-data/articles', import.meta.url));

describe('the worker pool', () => {
  const pools: Pool[] = [];
  const spills: Spill[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    for (const s of spills) s.dispose();
  });
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pool-'));
  const scratch = (): Spill => {
    const s = openSpill(join(dir, `spill-${spills.length}`));
    spills.push(s);
    return s;
  };
  /** A digest with its evidence read back from the scratch file it was put in. */
  const evidenceOf = (d: StoredDigest, files: Spill[]) => ({ ...d, evidence: files[d.evidence.spill]?.read(d.evidence.at, d.edges.reduce((n, e) => n + e.bytes, 0)).toString('utf8') });

  it('sends a job to the worker with the fewest queued, the first on a tie, and to none that is full', () => {
    expect(pickWorker([3, 1, 2], 8)).toBe(1);
    expect(pickWorker([2, 2], 8)).toBe(0);
    expect(pickWorker([8, 7], 8)).toBe(1);
    expect(pickWorker([8, 8], 8)).toBeNull();
  });

  it('holds back what no worker has room for, and flushes only once all of it has been written', async () => {
    const { dicts } = realLexicon();
    const { entries } = listArticleFolder(articles);
    const files = [scratch(), scratch()];
    const pool = startPool(2, dicts);
    pools.push(pool);
    await pool.scratch(files.map((s) => s.fd));
    // More articles than both workers' queues hold, all submitted before any answer comes back.
    const many = Array.from({ length: 3 * QUEUED_PER_WORKER }, (_, i) => entries[i % entries.length] as (typeof entries)[number]);
    const digests = many.map((e) => pool.submit(e, NO_CORPUS));
    // Asked for before most digests were even sent: it must still wait for every one of them.
    await pool.flush();
    const settled = await Promise.all(digests);
    const evidence = settled.map((d) => evidenceOf(d, files).evidence);
    expect(evidence.every((text, i) => text === evidence[i % entries.length])).toBe(true);
    expect(evidence.some((text) => (text ?? '').includes('"text"'))).toBe(true);
  });

  it('bundles the worker code into one module file, the same file for the same sources', () => {
    const first = bundledWorker().url;
    expect(first).not.toBeNull();
    expect(existsSync(first as URL)).toBe(true);
    expect(bundledWorker().url?.href).toBe(first?.href);
  });

  it('bundles again only when a source of the bundle has changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bundle-'));
    const cache = join(dir, 'cache');
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, "import { word } from './word.ts';\nconsole.log(word);\n");
    writeFileSync(join(dir, 'word.ts'), "export const word: string = 'first';\n");
    let bundled = 0;
    const counting = ((o: Parameters<typeof buildSync>[0]) => (bundled++, buildSync(o))) as typeof buildSync;
    const first = bundledWorker(counting, { entry, cache }).url as URL;
    expect(readFileSync(first, 'utf8')).toContain('first');
    expect(bundledWorker(counting, { entry, cache }).url?.href).toBe(first.href);
    expect(bundled).toBe(1);
    writeFileSync(join(dir, 'word.ts'), "export const word: string = 'second';\n");
    const second = bundledWorker(counting, { entry, cache }).url as URL;
    expect(bundled).toBe(2);
    expect(readFileSync(second, 'utf8')).toContain('second');
    expect(existsSync(first)).toBe(false); // the bundle of the old sources is gone
    rmSync(dir, { recursive: true, force: true });
  });

  it('says why there is no bundle when esbuild is missing or fails', () => {
    expect(bundledWorker(null)).toEqual({ url: null, why: 'esbuild is not installed' });
    const failing = (() => {
      throw new Error('Could not resolve "./missing.ts"\nmore detail');
    }) as unknown as Parameters<typeof bundledWorker>[0];
    // In a cache of its own: the project's may hold a bundle of unchanged sources, used without bundling.
    expect(bundledWorker(failing, { cache: mkdtempSync(join(tmpdir(), 'dyad-bundle-')) })).toEqual({ url: null, why: 'Could not resolve "./missing.ts"' });
  });

  it('gives the same digests, evidence and dates from the bundled module as from the sources', async () => {
    const { dicts } = realLexicon();
    const { entries } = listArticleFolder(articles);
    const two = [scratch(), scratch()];
    const one = [scratch()];
    const bundled = startPool(2, dicts);
    const sources = startPool(1, dicts, { fromSources: true });
    pools.push(bundled, sources);
    // The bundle was made, and the sources were asked for: neither pool has anything to report.
    expect([bundled.fallback, sources.fallback]).toEqual([null, null]);
    await Promise.all([bundled.scratch(two.map((s) => s.fd)), sources.scratch(one.map((s) => s.fd))]);
    const [a, b] = await Promise.all([
      Promise.all(entries.map((e) => bundled.submit(e, NO_CORPUS))),
      Promise.all(entries.map((e) => sources.submit(e, NO_CORPUS))),
    ]);
    await Promise.all([bundled.flush(), sources.flush()]);
    expect(a.length).toBeGreaterThan(0);
    // Articles went to both workers, each into its own scratch file.
    expect(new Set(a.map((d) => d.evidence.spill))).toEqual(new Set([0, 1]));
    expect(b.every((d) => d.evidence.spill === 0)).toBe(true);
    const read = (ds: StoredDigest[], files: Spill[]) => ds.map((d) => evidenceOf(d, files));
    expect(read(a, two).some((d) => (d.evidence ?? '').includes('"text"'))).toBe(true);
    expect(read(a, two)).toEqual(read(b, one));
    expect(await bundled.dates(entries)).toEqual(await sources.dates(entries));
  });
});
