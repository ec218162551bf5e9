import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './build-graph.ts';
import { ARTICLE, capture, fakeBuild, workspace } from './cli/fixture.ts';
import type { Diagnostic } from './pipeline/index.ts';

describe('build-graph main', () => {
  it('writes the graph and the texts beside it, byte-identical across runs, and prints a summary', async () => {
    const { p, args } = workspace();
    const { out, io } = capture();
    expect(await main(args, io, fakeBuild())).toBe(0);
    const graph = readFileSync(p('out/graph.json'), 'utf8');
    const build = fakeBuild()([{ id: 'a1', file: 'a1.txt', text: ARTICLE }]);
    expect(graph).toBe(JSON.stringify(build.graph, null, 2) + '\n');
    expect(readFileSync(p('out/graph.articles.json'), 'utf8')).toBe(JSON.stringify({ a1: ARTICLE }, null, 2) + '\n');
    expect(readdirSync(p('out')).sort()).toEqual(['graph.articles.json', 'graph.json']); // no temporaries left
    expect(out.stdout).toMatch(/1 articles, 2 sentences, 2 actors, 1 edges/);
    expect(out.stdout).toMatch(/1 relations: accusation 0, mediation 0, clash 1/);
    expect(out.stderr).toBe('');
    expect(await main(args, capture().io, fakeBuild())).toBe(0);
    expect(readFileSync(p('out/graph.json'), 'utf8')).toBe(graph);
  });

  it('groups diagnostics by kind, capped with a count of the rest, then the reading notices', async () => {
    const { p, args } = workspace();
    writeFileSync(p('articles/notes.pdf'), 'x');
    const diagnostics: Diagnostic[] = Array.from({ length: 25 }, (_, i) => ({ kind: 'unknown-name', article: 'a1', sentence: i, message: `Name${i}` }));
    diagnostics.push({ kind: 'unrelated-pair', article: 'a1', sentence: 1, message: 'a + b' });
    const { out, io } = capture();
    expect(await main(args, io, fakeBuild(diagnostics))).toBe(0);
    expect(out.stdout).toMatch(/diagnostics: unknown-name \(25\)\n(  a1#\d+: Name\d+\n){20}  … and 5 more\n/);
    expect(out.stdout).toMatch(/diagnostics: unrelated-pair \(1\)\n  a1#1: a \+ b\n/);
    expect(out.stdout).toMatch(/notices \(1\):\n  ignored .*notes\.pdf/);
  });

  it('reads dictionaries saved with a BOM and CRLF line ends', async () => {
    const { p, args } = workspace();
    for (const f of ['actors.json', 'relations.json']) {
      writeFileSync(p(f), '\ufeff' + JSON.stringify(JSON.parse(readFileSync(p(f), 'utf8')), null, 2).replace(/\n/g, '\r\n'));
    }
    expect(await main(args, capture().io, fakeBuild())).toBe(0);
  });

  it('prints nothing with --quiet', async () => {
    const { args } = workspace();
    const { out, io } = capture();
    expect(await main([...args, '--quiet'], io, fakeBuild())).toBe(0);
    expect(out).toEqual({ stdout: '', stderr: '' });
  });

  it('creates a missing output folder', async () => {
    const { p, args } = workspace();
    const at = args.indexOf('--out') + 1;
    args[at] = p('new/deep/g.json');
    expect(await main(args, capture().io, fakeBuild())).toBe(0);
    expect(existsSync(p('new/deep/g.json')) && existsSync(p('new/deep/g.articles.json'))).toBe(true);
  });

  it('rejects an unknown flag with the usage and exit 2, before any build', async () => {
    const { out, io } = capture();
    const build = () => {
      throw new Error('must not run');
    };
    expect(await main(['--artcles', 'x'], io, build)).toBe(2);
    expect(out.stderr).toMatch(/Unknown option '--artcles'/);
    expect(out.stderr).toMatch(/usage: npm run build:graph/);
  });

  it('prints the usage on stdout for --help', async () => {
    const { out, io } = capture();
    expect(await main(['--help'], io, fakeBuild())).toBe(0);
    expect(out.stdout).toMatch(/usage:/);
  });

  it('runs main when executed directly, with its exit code', () => {
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', '--no-such-flag'], { stdio: 'pipe' });
    expect(run).toThrow(expect.objectContaining({ status: 2 }));
  });
});
