import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './build-graph.ts';
import { ACTORS, OLD, capture, fakeAnalyse, outputsUntouched, workspace } from './cli/fixture.ts';
import { InputError } from './pipeline/errors.ts';
import type { ArticlePart } from './pipeline/index.ts';
import type { SourceFile } from './pipeline/types.ts';

describe('build-graph on bad input', () => {
  /** Each breaks one input and returns what the error message must contain. */
  const breakages: [string, (p: (n: string) => string, args: string[]) => string | RegExp][] = [
    ['a missing articles folder', (p, args) => {
      args[1] = p('nope');
      return `${p('nope')}: cannot open the folder`;
    }],
    ['an empty articles folder', (p) => {
      rmSync(p('articles/a1.txt'));
      return `${p('articles')}: no .txt or .md articles`;
    }],
    ['an empty article file', (p) => {
      writeFileSync(p('articles/a1.txt'), '');
      return /a1\.txt: empty article/;
    }],
    ['a binary article', (p) => {
      writeFileSync(p('articles/b.txt'), new Uint8Array([0x41, 0, 0x42]));
      return /b\.txt: line 1: binary file/;
    }],
    ['a non-UTF-8 article', (p) => {
      writeFileSync(p('articles/b.txt'), new Uint8Array([0x41, 0xe9, 0x42]));
      return /b\.txt: line 1: not UTF-8/;
    }],
    ['an actors.json that is not JSON', (p) => {
      writeFileSync(p('actors.json'), '{"actors": [}');
      return /actors\.json: line 1, column 13: invalid JSON/;
    }],
    ['an actors.json that breaks the schema', (p) => {
      writeFileSync(p('actors.json'), JSON.stringify({ ...ACTORS, actors: [{ ...ACTORS.actors[0], aliases: [3] }] }));
      return /actors\.json: actors\[0\]\.aliases\[0\]: expected string/;
    }],
    ['a relations.json that is not JSON', (p) => {
      writeFileSync(p('relations.json'), '[');
      return /relations\.json: line 1, column 2: invalid JSON/;
    }],
    ['a relations.json that breaks the schema', (p) => {
      writeFileSync(p('relations.json'), JSON.stringify({ relations: [], classes: {} }));
      return /relations\.json: relations: /;
    }],
    ['a missing actors.json', (p) => {
      rmSync(p('actors.json'));
      return /actors\.json: cannot read the file \(it does not exist\)/;
    }],
  ];

  it.each(breakages)('exits 1 on %s, naming the file, leaving the old output untouched', async (_, breakIt) => {
    const { p, args } = workspace();
    const expected = breakIt(p, args);
    const { out, io } = capture();
    expect(await main(args, io, { analyse: fakeAnalyse() })).toBe(1);
    if (typeof expected === 'string') expect(out.stderr).toContain(`build-graph: ${expected}`);
    else expect(out.stderr).toMatch(new RegExp(`^build-graph: .*${expected.source}`));
    expect(out.stdout).toBe('');
    expect(outputsUntouched(p)).toBe(true);
  });

  it('exits 1 on an InputError from the build', async () => {
    const { p, args } = workspace();
    const { out, io } = capture();
    const analyse = () => {
      throw new InputError('a1.txt', 'something the stages cannot read');
    };
    expect(await main(args, io, { analyse })).toBe(1);
    expect(out.stderr).toBe('build-graph: a1.txt: something the stages cannot read\n');
    expect(outputsUntouched(p)).toBe(true);
  });

  it.each([
    ['an article that breaks the schema', (part: ArticlePart) => ({ ...part, meta: { ...part.meta, date: 'soon' } }), '"date" is not what the contract allows'],
    ['evidence that breaks the schema', (part: ArticlePart) => ({ ...part, findings: part.findings.map((f) => ({ ...f, trigger: '' })) }), '"trigger" is not what the contract allows'],
    ['evidence whose text is not at its offsets', (part: ArticlePart) => ({ ...part, findings: part.findings.map((f) => ({ ...f, text: f.text.toUpperCase() })) }), 'contract'],
    ['a node whose id is no id', (part: ArticlePart) => ({ ...part, findings: part.findings.map((f) => ({ ...f, target: 'Free Donia' })) }), 'contract'],
  ])('exits 3 on %s (a bug), leaving the old output untouched', async (_, spoil, says) => {
    const { p, args } = workspace();
    const { out, io } = capture();
    const analyse = (s: SourceFile) => spoil(fakeAnalyse()(s));
    expect(await main(args, io, { analyse })).toBe(3);
    expect(out.stderr).toMatch(/^build-graph: bug: .*graph-data\/schema\.ts contract/);
    expect(out.stderr).toContain(says);
    expect(outputsUntouched(p)).toBe(true);
  });

  it('exits 3 when the build throws, and 1 when the output cannot be written, leaving no temporaries', async () => {
    const { p, args } = workspace();
    expect(await main(args, capture().io, { analyse: () => { throw new Error('boom'); } })).toBe(3);
    expect(outputsUntouched(p)).toBe(true);
    rmSync(p('out/graph.json'));
    mkdirSync(p('out/graph.json')); // a folder where the graph should go: the rename fails
    const { out, io } = capture();
    expect(await main(args, io, { analyse: fakeAnalyse() })).toBe(1);
    expect(out.stderr).toMatch(/out\/graph\.json: cannot write the file/);
    expect(readFileSync(p('out/graph.articles.json'), 'utf8')).toBe(OLD);
    expect(readdirSync(p('out')).sort()).toEqual(['graph.articles.json', 'graph.json']);
  });
});
