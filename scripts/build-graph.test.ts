import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './build-graph.ts';
import { ACTORS, ARTICLE, RELATIONS, capture, fakeAnalyse, workspace } from './cli/fixture.ts';
import { parseDictionaries } from './pipeline/dictionaries.ts';
import { compileLexicon } from './pipeline/lexicon.ts';
import { joinParts } from './pipeline/index.ts';
import { graphText } from './engine/write-graph.ts';

const serialise = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('build-graph main', () => {
  it('writes the graph and the texts beside it, byte-identical across runs, and prints a summary', async () => {
    const { p, args } = workspace();
    const { out, io } = capture();
    expect(await main(args, io, { analyse: fakeAnalyse() })).toBe(0);
    const graph = readFileSync(p('out/graph.json'), 'utf8');
    // The streaming writer makes what the whole graph in memory, written out at once, would make.
    const dicts = parseDictionaries({ file: 'a', text: JSON.stringify(ACTORS) }, { file: 'r', text: JSON.stringify(RELATIONS) });
    const part = fakeAnalyse()({ id: 'a1', file: 'a1.txt', text: ARTICLE });
    expect(graph).toBe(graphText(joinParts([part], compileLexicon(dicts)).graph));
    expect(readFileSync(p('out/graph.articles.json'), 'utf8')).toBe(serialise({ a1: ARTICLE }));
    expect(readdirSync(p('out')).sort()).toEqual(['graph.articles.json', 'graph.json']); // no temporaries left
    expect(out.stdout).toMatch(/1 articles, 2 sentences, 2 actors, 1 edges/);
    expect(out.stdout).toMatch(/1 relations: accusation 0, mediation 0, clash 1/);
    expect(out.stderr).toBe('');
    expect(await main(args, capture().io, { analyse: fakeAnalyse() })).toBe(0);
    expect(readFileSync(p('out/graph.json'), 'utf8')).toBe(graph);
  });

  it('groups diagnostics by kind, capped with a count of the rest, then the reading notices', async () => {
    const { p, args } = workspace();
    writeFileSync(p('articles/notes.pdf'), 'x');
    const diagnostics = Array.from({ length: 25 }, (_, i) => ({ kind: 'unrelated-pair' as const, article: 'a1', sentence: i, message: `a + b ${i}` }));
    const names = new Map([['Name', 2], ['Once', 1]]);
    const { out, io } = capture();
    expect(await main(args, io, { analyse: fakeAnalyse({ diagnostics, names }) })).toBe(0);
    expect(out.stdout).toMatch(/diagnostics: unknown-name \(1\)\n {2}Name \(2×\)\n/);
    expect(out.stdout).toMatch(/diagnostics: unrelated-pair \(25\)\n( {2}a1#\d+: a \+ b \d+\n){20} {2}… and 5 more\n/);
    expect(out.stdout).toMatch(/notices \(1\):\n {2}ignored .*notes\.pdf/);
  });

  it('reads dictionaries saved with a BOM and CRLF line ends', async () => {
    const { p, args } = workspace();
    for (const f of ['actors.json', 'relations.json']) {
      writeFileSync(p(f), '\ufeff' + JSON.stringify(JSON.parse(readFileSync(p(f), 'utf8')), null, 2).replace(/\n/g, '\r\n'));
    }
    expect(await main(args, capture().io, { analyse: fakeAnalyse() })).toBe(0);
  });

  it('prints nothing with --quiet, and no progress line when stderr is no terminal', async () => {
    const { args } = workspace();
    const { out, io } = capture();
    expect(await main([...args, '--quiet'], io)).toBe(0);
    expect(out).toEqual({ stdout: '', stderr: '' });
    expect(await main(args, io)).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('creates a missing output folder', async () => {
    const { p, args } = workspace();
    const at = args.indexOf('--out') + 1;
    args[at] = p('new/deep/g.json');
    expect(await main(args, capture().io)).toBe(0);
    expect(existsSync(p('new/deep/g.json')) && existsSync(p('new/deep/g.articles.json'))).toBe(true);
  });

  it('rejects an unknown flag or a bad worker count with the usage and exit 2, before any build', async () => {
    for (const [argv, message] of [[['--artcles', 'x'], /Unknown option '--artcles'/], [['--workers', '0'], /--workers needs a whole number/]] as const) {
      const { out, io } = capture();
      const analyse = () => {
        throw new Error('must not run');
      };
      expect(await main([...argv], io, { analyse })).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stderr).toMatch(/usage: npm run build:graph/);
    }
  });

  it('prints the usage on stdout for --help', async () => {
    const { out, io } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/usage:/);
  });

  it('runs main when executed directly, with its exit code', () => {
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', '--no-such-flag'], { stdio: 'pipe' });
    expect(run).toThrow(expect.objectContaining({ status: 2 }));
  });
});
