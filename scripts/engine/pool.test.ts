import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFolder } from '../pipeline/articles.ts';
import { NO_CORPUS } from '../pipeline/dating.ts';
import { realLexicon } from '../pipeline/testing/fixture.ts';
import type { StoredDigest } from './digest.ts';
import { startPool, type Pool } from './pool.ts';
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

  it('bundles the worker code into one module file, the same file for the same sources', () => {
    const first = bundledWorker().url;
    expect(first).not.toBeNull();
    expect(existsSync(first as URL)).toBe(true);
    expect(bundledWorker().url?.href).toBe(first?.href);
  });

  it('says why there is no bundle when esbuild is missing or fails', () => {
    expect(bundledWorker(null)).toEqual({ url: null, why: 'esbuild is not installed' });
    const failing = (() => {
      throw new Error('Could not resolve "./missing.ts"\nmore detail');
    }) as unknown as Parameters<typeof bundledWorker>[0];
    expect(bundledWorker(failing)).toEqual({ url: null, why: 'Could not resolve "./missing.ts"' });
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
    // Articles went to both workers in turn, each into its own scratch file.
    expect(a.map((d) => d.evidence.spill)).toEqual(entries.map((_, i) => i % 2));
    expect(b.every((d) => d.evidence.spill === 0)).toBe(true);
    const read = (ds: StoredDigest[], files: Spill[]) => ds.map((d) => evidenceOf(d, files));
    expect(read(a, two).some((d) => (d.evidence ?? '').includes('"text"'))).toBe(true);
    expect(read(a, two)).toEqual(read(b, one));
    expect(await bundled.dates(entries)).toEqual(await sources.dates(entries));
  });
});
