import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './build-graph.ts';
import { capture } from './cli/fixture.ts';

const repo = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));

// The explorer ships the committed graph; a dictionary or rule change that is not rebuilt
// would show users a graph the code no longer makes.
describe('the committed graph', () => {
  it('is what the build makes of the bundled articles today, byte for byte, on every run', async () => {
    const outs = [1, 2].map(() => join(mkdtempSync(join(tmpdir(), 'dyad-fresh-')), 'graph.json'));
    for (const out of outs) {
      const { io, out: printed } = capture();
      expect(await main(['--out', out, '--quiet'], io), printed.stderr).toBe(0);
    }
    const [a, b] = outs.map((o) => readFileSync(o ?? '', 'utf8'));
    expect(a).toBe(b);
    expect(a, 'graph-data/graph.json is stale: run npm run build:graph').toBe(readFileSync(repo('graph-data/graph.json'), 'utf8'));
    const texts = readFileSync((outs[0] ?? '').replace(/\.json$/, '.articles.json'), 'utf8');
    expect(texts).toBe(readFileSync(repo('graph-data/graph.articles.json'), 'utf8'));
  });
});
