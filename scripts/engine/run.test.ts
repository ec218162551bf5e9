import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../build-graph.ts';
import { capture } from '../cli/fixture.ts';
import { readArticleFolder } from '../pipeline/articles.ts';
import { buildGraph } from '../pipeline/index.ts';
import { realLexicon } from '../pipeline/testing/fixture.ts';
import { graphText } from './write-graph.ts';

const repo = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const serialise = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/**
 * The bundled articles eight times over, once under ids JSON lists first ("7", "12"): more than
 * the workers' queues hold, so that with two or three threads this one reads some articles too.
 */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-engine-'));
  mkdirSync(join(dir, 'articles'));
  const files = readdirSync(repo('graph-data/articles')).sort();
  files.forEach((f, i) => {
    copyFileSync(join(repo('graph-data/articles'), f), join(dir, 'articles', f));
    copyFileSync(join(repo('graph-data/articles'), f), join(dir, 'articles', `${[7, 12, 0, 'b', 'a-1'][i]}.txt`));
    for (let k = 0; k < 6; k++) copyFileSync(join(repo('graph-data/articles'), f), join(dir, 'articles', `copy-${k}-${f}`));
  });
  return dir;
}

async function build(dir: string, out: string, workers: number): Promise<[string, string]> {
  const { io, out: printed } = capture();
  const code = await main(['--articles', join(dir, 'articles'), '--out', join(dir, out), '--workers', String(workers), '--quiet'], io);
  expect(code, printed.stderr).toBe(0);
  return [readFileSync(join(dir, out), 'utf8'), readFileSync(join(dir, out.replace('.json', '.articles.json')), 'utf8')];
}

describe('the streaming build', () => {
  it('writes the same bytes with one, two and three threads, and what the whole build in memory makes', async () => {
    const dir = corpus();
    const one = await build(dir, 'one.json', 1);
    const two = await build(dir, 'two.json', 2);
    const three = await build(dir, 'three.json', 3);
    expect(two[0]).toBe(one[0]);
    expect(two[1]).toBe(one[1]);
    // The undated articles are dated from the corpus: the workers must read them as this thread does.
    expect(three[0]).toBe(one[0]);
    expect(one[0]).toMatch(/"inferred": ?true/);
    const whole = buildGraph(readArticleFolder(join(dir, 'articles')).sources, realLexicon().dicts);
    expect(one[0]).toBe(graphText(whole.graph));
    expect(one[1]).toBe(serialise(whole.texts));
    expect(Object.keys(JSON.parse(one[1])).slice(0, 3)).toEqual(['0', '7', '12']);
    expect(readdirSync(dir).sort()).toEqual(['articles', 'one.articles.json', 'one.json', 'three.articles.json', 'three.json', 'two.articles.json', 'two.json']);
  });

  it('reports the first unreadable article in id order when workers read the files, writing nothing', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'articles', 'm-binary.txt'), new Uint8Array([0x41, 0, 0x42]));
    writeFileSync(join(dir, 'articles', 'c-empty.txt'), ' \n');
    for (const workers of [1, 2]) {
      const { io, out } = capture();
      const code = await main(['--articles', join(dir, 'articles'), '--out', join(dir, 'out', 'graph.json'), '--workers', String(workers), '--quiet'], io);
      expect(code).toBe(1);
      expect(out.stderr).toMatch(/^build-graph: .*c-empty\.txt: empty article\n$/);
    }
    writeFileSync(join(dir, 'articles', 'c-empty.txt'), 'A text at last.');
    const { io, out } = capture();
    expect(await main(['--articles', join(dir, 'articles'), '--out', join(dir, 'out', 'graph.json'), '--workers', '2', '--quiet'], io)).toBe(1);
    expect(out.stderr).toMatch(/m-binary\.txt: line 1: binary file/);
    expect(readdirSync(dir)).toEqual(['articles']);
  });
});
