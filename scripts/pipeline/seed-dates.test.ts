/**
 * The seed corpus's events land on their days (issue 6): the 11–12 October clashes, the
 * 17 October temporary ceasefire, the 18–19 October Doha talks, the 25 October start of the
 * Istanbul round. Stated over relation types, actors and dates only: which article or sentence
 * carries a date is the build's business, and three of the five seed articles print no date.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphFile, type Evidence, type RelationType } from '../../graph-data/schema.ts';
import { main } from '../build-graph.ts';
import { capture } from '../cli/fixture.ts';

const seeds = fileURLToPath(new URL('../../graph-data/articles', import.meta.url));
const PAIR = ['afghan-taliban', 'pakistan'];

let graph: GraphFile;

/** Evidence of `type` between `a` and `b`, in either direction. */
function evidence(type: RelationType, a: string, b: string): Evidence[] {
  return graph.edges
    .filter((e) => e.attributes.type === type && [e.source, e.target].includes(a) && [e.source, e.target].includes(b))
    .flatMap((e) => e.attributes.evidence);
}

const dayOf = (e: Evidence): string | null => (e.when && e.when.precision !== 'month' ? e.when.start : null);
const within = (e: Evidence, from: string, to: string): boolean => !!e.when && e.when.precision !== 'month' && e.when.start >= from && e.when.end <= to;
const undated = (article: string): boolean => graph.attributes.articles.find((a) => a.id === article)?.dateInferred === true;

describe('the seed corpus on the calendar', () => {
  beforeAll(async () => {
    // The streaming build with a worker thread: the corpus's reference day must reach it.
    const out = join(mkdtempSync(join(tmpdir(), 'dyad-seed-dates-')), 'graph.json');
    const { io, out: printed } = capture();
    expect(await main(['--articles', seeds, '--out', out, '--workers', '2', '--quiet'], io), printed.stderr).toBe(0);
    graph = GraphFile.parse(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('dates the border clashes between Pakistan and the Afghan Taliban on 11 and 12 October 2025, and only then', () => {
    const clashes = evidence('clash', PAIR[0]!, PAIR[1]!);
    const dated = clashes.filter((e) => e.when !== null);
    expect(dated.some((e) => dayOf(e) === '2025-10-11')).toBe(true);
    expect(dated.some((e) => dayOf(e) === '2025-10-12')).toBe(true);
    expect(dated.every((e) => within(e, '2025-10-11', '2025-10-12'))).toBe(true);
  });

  it('dates the temporary ceasefire on 17 October 2025: stated only where no date is printed, so its year is inferred', () => {
    const ceasefire = evidence('agreement', PAIR[0]!, PAIR[1]!).filter((e) => dayOf(e) === '2025-10-17');
    expect(ceasefire.length).toBeGreaterThan(0);
    for (const e of ceasefire) {
      expect(e.when).toEqual({ start: '2025-10-17', end: '2025-10-17', precision: 'day', inferred: true });
      expect(undated(e.article)).toBe(true);
    }
  });

  it('dates the Doha talks 18–19 October 2025, with Qatar mediating both sides', () => {
    const doha = { start: '2025-10-18', end: '2025-10-19' };
    const twoDays = (e: Evidence) => e.when?.precision === 'range' && e.when.start === doha.start && e.when.end === doha.end;
    expect(evidence('negotiation', PAIR[0]!, PAIR[1]!).some(twoDays)).toBe(true);
    for (const side of PAIR) expect(evidence('mediation', 'qatar', side).some((e) => within(e, doha.start, doha.end))).toBe(true);
    // A day of that round elsewhere: the agreement it produced on the 19th.
    expect(evidence('agreement', PAIR[0]!, PAIR[1]!).some((e) => dayOf(e) === '2025-10-19')).toBe(true);
  });

  it('dates the start of the Istanbul round, hosted by Türkiye, on 25 October 2025', () => {
    expect(evidence('negotiation', PAIR[0]!, PAIR[1]!).some((e) => dayOf(e) === '2025-10-25')).toBe(true);
    for (const side of PAIR) expect(evidence('mediation', 'turkiye', side).some((e) => dayOf(e) === '2025-10-25')).toBe(true);
  });

  it('invents nothing: every event falls in the autumn of 2025, and only undated articles infer years', () => {
    const all = graph.edges.flatMap((e) => e.attributes.evidence);
    for (const e of all.filter((x) => x.when !== null)) {
      expect(e.when!.start >= '2025-09' && e.when!.end <= '2025-11-30').toBe(true);
      if (e.when!.inferred) expect(undated(e.article)).toBe(true);
    }
  });

  it('dates each undated article by the latest day it reports, marked inferred; one that reports no day stays undated', () => {
    for (const a of graph.attributes.articles.filter((x) => x.dateInferred || x.date === null)) {
      const days = graph.edges.flatMap((e) => e.attributes.evidence).filter((e) => e.article === a.id && dayOf(e) !== null).map((e) => e.when!.end);
      expect(a.date).toBe(days.length ? days.sort().at(-1) : null);
      expect(a.dateInferred).toBe(days.length > 0);
    }
    expect(graph.attributes.articles.filter((a) => a.dateInferred).length).toBeGreaterThan(0);
  });
});
