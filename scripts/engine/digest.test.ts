import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Evidence, GraphFile } from '../../graph-data/schema.ts';
import { EVIDENCE_INDENT, evidenceJson } from './digest.ts';

const ev = (n: number, extra: Partial<Evidence> = {}): Evidence => ({
  article: `a${n}`, sentence: n, start: 0, end: 5, text: 'Quote “x” \u2028 \\ "y"', status: 'reported', speaker: null, implicit: false,
  trigger: 'met', date: null, when: null, marks: [], ...extra,
});

describe('evidence as graph.json text', () => {
  it('is each item on one line, pushed ten spaces in, joined by ",\\n"', () => {
    const items = [ev(1), ev(2, { when: { start: '2025-10', end: '2025-10', precision: 'month' }, marks: [[0, 3, 'source'], [4, 5, 'trigger']], speaker: 'X' })];
    const text = evidenceJson(items);
    expect(text.split('\n')).toEqual(items.map((e, i) => EVIDENCE_INDENT + JSON.stringify(e) + (i < items.length - 1 ? ',' : '')));
    // A sentence holding U+2028 (a line separator to some readers) stays on its line, and parses back.
    expect(JSON.parse(`[${text}]`)).toEqual(items);
    expect(evidenceJson([ev(3)])).toBe(EVIDENCE_INDENT + JSON.stringify(ev(3)));
  });

  it('writes every field as JSON.stringify does, for every piece of evidence of the bundled graph', () => {
    const graph = JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8')) as GraphFile;
    const items = graph.edges.flatMap((e) => e.attributes.evidence);
    const odd = ev(4, { speaker: 'the "minister"\n', trigger: 'met\u2029', when: { start: '2025-10-18', end: '2025-10-19', precision: 'range', inferred: true }, date: '2025-10-18' });
    expect(items.length).toBeGreaterThan(20);
    expect(items.some((e) => e.when?.inferred)).toBe(true);
    for (const e of [...items, odd]) expect(evidenceJson([e])).toBe(EVIDENCE_INDENT + JSON.stringify(e));
    // Any strings, any numbers, any date: written as stringify writes them.
    const str = fc.string({ unit: 'binary' });
    const date = fc.record({ start: str, end: str, precision: fc.constantFrom('day' as const, 'range' as const, 'month' as const), inferred: fc.constant(true as const) }, { requiredKeys: ['start', 'end', 'precision'] });
    const item = fc.record({
      article: str, sentence: fc.nat(), start: fc.nat(), end: fc.nat(), text: str, status: fc.constantFrom('reported' as const, 'attributed' as const, 'alleged' as const),
      speaker: fc.option(str, { nil: null }), implicit: fc.boolean(), trigger: str, date: fc.option(str, { nil: null }), when: fc.option(date, { nil: null }),
      marks: fc.array(fc.tuple(fc.integer(), fc.integer(), fc.constantFrom('source' as const, 'target' as const, 'trigger' as const)), { maxLength: 4 }),
    });
    fc.assert(fc.property(item, (e) => evidenceJson([e]) === EVIDENCE_INDENT + JSON.stringify(e)), { numRuns: 500 });
  });
});
