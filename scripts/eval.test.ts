import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, GraphFile, RelationType } from '../graph-data/schema.ts';
import { main } from './eval.ts';

// Two invented articles: in "n1" a mutual clash (extracted reversed) and a demand (extracted as a
// threat); in "n2" talks (extracted), and an optional mediation (not extracted).
const S1 = 'Border guards of the two states traded heavy fire overnight, officials said.';
const S2 = 'Ankara urged Kabul to hand over the fighters.';
const S3 = 'Delegations from Islamabad and Kabul held a third round of talks.';

const GOLD = [
  { article: 'n1', quote: 'traded heavy fire overnight', source: 'pakistan', type: 'clash', target: 'afghan-taliban', status: 'attributed', implicit: true, mutual: true },
  { article: 'n1', quote: 'urged Kabul to hand over the fighters', source: 'turkiye', type: 'demand', target: 'afghan-taliban', status: 'reported', implicit: false, mutual: false },
  { article: 'n2', quote: 'held a third round of talks', source: 'pakistan', type: 'negotiation', target: 'afghan-taliban', status: 'reported', implicit: false, mutual: false },
  { article: 'n2', quote: 'held a third round of talks', source: 'turkiye', type: 'mediation', target: 'pakistan', status: 'reported', implicit: true, mutual: false, optional: true },
];

function evidence(article: string, sentence: number, text: string, status: Evidence['status']): Evidence {
  return { article, sentence, start: 0, end: text.length, text, status, speaker: null, implicit: false,
    trigger: 'fire', date: null, when: null, marks: [] };
}

function edge(source: string, type: RelationType, target: string, ev: Evidence[]) {
  const undirected = type === 'negotiation';
  return { key: `${source}|${type}|${target}`, source, target, ...(undirected ? { undirected } : {}), attributes: { type, undirected, evidence: ev } };
}

const GRAPH: GraphFile = {
  attributes: { schemaVersion: 1, articles: [] },
  options: { type: 'mixed', multi: true, allowSelfLoops: false },
  nodes: ['afghan-taliban', 'pakistan', 'turkiye'].map((key) => ({ key, attributes: { label: key, kind: 'state', core: true, alleged: false, mentions: 1, names: [] } })),
  edges: [
    edge('afghan-taliban', 'clash', 'pakistan', [evidence('n1', 0, S1, 'reported')]),
    edge('turkiye', 'threat', 'afghan-taliban', [evidence('n1', 1, S2, 'reported')]),
    edge('afghan-taliban', 'negotiation', 'pakistan', [evidence('n2', 0, S3, 'reported')]),
  ],
};

let dir = '';
const file = (name: string) => join(dir, name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-eval-'));
  await writeFile(file('gold.json'), JSON.stringify(GOLD));
  await writeFile(file('graph.json'), JSON.stringify(GRAPH));
  await writeFile(file('bad-gold.json'), JSON.stringify([GOLD[0], { ...GOLD[1], status: 'rumoured' }]));
  await writeFile(file('bad-graph.json'), JSON.stringify({ ...GRAPH, options: { ...GRAPH.options, multi: false } }));
});

describe('npm run eval', () => {
  it('ends with the summary block', async () => {
    const { code, out } = await run('--gold', file('gold.json'), '--graph', file('graph.json'));
    expect(code).toBe(0);
    expect(out.slice(-7)).toEqual([
      'evidence  core  P 0.667 R 0.667 F1 0.667 (tp 2, fp 1, fn 1)',
      'evidence  all   P 0.667 R 0.667 F1 0.667 (tp 2, fp 1, fn 1)',
      'explicit recall 0.500 (1/2)  implicit recall 1.000 (1/1)',
      'edges     core  P 0.667 R 0.667 F1 0.667 (extracted 3, correct 2; gold 3, found 2)',
      'edges     all   P 0.667 R 0.667 F1 0.667 (extracted 3, correct 2; gold 3, found 2)',
      'status agreement 0.500 (1/2)',
      'India alleged: absent',
    ]);
    expect(out.some((l) => /^demand\s+-\s+0\.000\s+0\.000\s+0\s+0\s+1$/.test(l))).toBe(true);
  });

  it('lists misses before the summary, and --article restricts everything to one article', async () => {
    const { out } = await run('--gold', file('gold.json'), '--graph', file('graph.json'), '--misses', '--article', 'n1');
    const text = out.join('\n');
    expect(text.indexOf('FN     demand')).toBeGreaterThan(-1);
    expect(text.indexOf('FP     threat')).toBeGreaterThan(text.indexOf('FN     demand'));
    expect(text.indexOf('FN     demand')).toBeLessThan(text.indexOf('evidence  all'));
    expect(text).not.toContain('── n2');
    expect(out.at(-6)).toBe('evidence  all   P 0.500 R 0.500 F1 0.500 (tp 1, fp 1, fn 1)');
  });

  it('exits 1 naming the file, item and field of a bad gold file', async () => {
    const { code, err } = await run('--gold', file('bad-gold.json'), '--graph', file('graph.json'));
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^${file('bad-gold.json')}: \\[1\\]\\.status: `));
  });

  it('exits 1 naming a bad graph, a missing file, an unknown article', async () => {
    const badGraph = await run('--gold', file('gold.json'), '--graph', file('bad-graph.json'));
    expect([badGraph.code, badGraph.err]).toEqual([1, expect.stringContaining(`${file('bad-graph.json')}: options.multi:`)]);
    const missing = await run('--gold', file('nope.json'), '--graph', file('graph.json'));
    expect([missing.code, missing.err]).toEqual([1, `${file('nope.json')}: no such file`]);
    const article = await run('--gold', file('gold.json'), '--graph', file('graph.json'), '--article', 'zz');
    expect([article.code, article.err]).toEqual([1, expect.stringContaining('--article zz')]);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run('--graph', file('graph.json'))).code).toBe(2);
    expect((await run('--gold', file('gold.json'), '--verbose')).code).toBe(2);
  });

  it('runs main and sets the exit code when executed directly', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--gold', file('gold.json'), '--graph', file('graph.json')]);
    expect(ok.stdout.trim().split('\n').at(-1)).toBe('India alleged: absent');
    await expect(exec(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--gold', file('nope.json')])).rejects.toMatchObject({ code: 1 });
  });
});
