/** Test fixtures for the CLI: a temporary workspace, a fake analysis, captured output. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import type { ArticlePart } from '../pipeline/index.ts';
import type { Finding, SourceFile } from '../pipeline/types.ts';

/** What the output files hold before a run; a failed run must leave exactly this. */
export const OLD = '{ "old": true }\n';
export const ARTICLE = 'Ruritania closes the strait\n\nRuritania closed the strait on Monday.\n';

/** Minimal valid dictionaries. */
export const ACTORS = {
  actors: [{ id: 'ruritania', label: 'Ruritania', kind: 'state', aliases: ['Ruritania'] }],
  notActors: { media: [], places: [], other: [] },
  agentNouns: [],
  placeNouns: [],
  titles: [],
};

export const RELATIONS = {
  relations: RELATION_TYPES.map((type) => ({
    type, label: type, direction: 'directed', plover: 'X', cameo: ['01'], description: 'd', triggers: [{ lemma: 'w', pos: 'verb' }],
  })),
  classes: {},
};

/** A temporary folder with one article, both dictionaries and old outputs; `args` point at them. */
export function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  const p = (name: string) => join(dir, name);
  mkdirSync(p('articles'));
  writeFileSync(p('articles/a1.txt'), ARTICLE);
  writeFileSync(p('actors.json'), JSON.stringify(ACTORS));
  writeFileSync(p('relations.json'), JSON.stringify(RELATIONS));
  mkdirSync(p('out'));
  writeFileSync(p('out/graph.json'), OLD);
  writeFileSync(p('out/graph.articles.json'), OLD);
  const args = ['--articles', p('articles'), '--out', p('out/graph.json'), '--actors', p('actors.json'), '--relations', p('relations.json')];
  return { dir, p, args };
}

/** An analysis that finds one clash in any article, whatever the dictionaries say; `extra` adds to its part. */
export function fakeAnalyse(extra: Partial<ArticlePart> = {}) {
  return (s: SourceFile): ArticlePart => {
    const start = s.text.indexOf('Ruritania closed');
    const end = s.text.length - 1;
    const finding: Finding = {
      type: 'clash', source: 'ruritania', target: 'freedonia', undirected: false,
      article: s.id, sentence: 1, start, end, text: s.text.slice(start, end), status: 'reported', speaker: null,
      implicit: false, trigger: 'closed', when: null, marks: [],
    };
    const meta = { id: s.id, file: s.file, title: null, outlet: null, date: null, dateInferred: false, byline: null, url: null, sentences: 2 };
    const mentions = { counts: new Map([['ruritania', 1]]), names: new Map([['ruritania', new Set(['Ruritania'])]]) };
    return { meta, findings: [finding], mentions, diagnostics: [], names: new Map(), ...extra };
  };
}

/** An io pair that records what main prints. */
export function capture() {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } };
  return { out, io };
}

/** The old outputs, byte for byte, and nothing else in the output folder. */
export function outputsUntouched(p: (name: string) => string): boolean {
  const same = readFileSync(p('out/graph.json'), 'utf8') === OLD && readFileSync(p('out/graph.articles.json'), 'utf8') === OLD;
  return same && readdirSync(p('out')).sort().join() === 'graph.articles.json,graph.json';
}
