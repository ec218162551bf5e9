import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph-data/schema.ts';
import { EVIDENCE_INDENT, evidenceJson } from './digest.ts';

const ev = (n: number, extra: Partial<Evidence> = {}): Evidence => ({
  article: `a${n}`, sentence: n, start: 0, end: 5, text: 'Quote “x” \u2028 \\ "y"', status: 'reported', speaker: null, implicit: false,
  trigger: 'met', date: null, when: null, marks: [], ...extra,
});

describe('evidence as graph.json text', () => {
  it('is each item stringified with two-space indents, pushed ten spaces in, joined by ",\\n"', () => {
    const items = [ev(1), ev(2, { when: { start: '2025-10', end: '2025-10', precision: 'month' }, marks: [[0, 3, 'source'], [4, 5, 'trigger']], speaker: 'X' })];
    const expected = items.map((e) => EVIDENCE_INDENT + JSON.stringify(e, null, 2).replace(/\n/g, `\n${EVIDENCE_INDENT}`)).join(',\n');
    expect(evidenceJson(items)).toBe(expected);
    expect(evidenceJson([ev(3)])).toBe(EVIDENCE_INDENT + JSON.stringify(ev(3), null, 2).replace(/\n/g, `\n${EVIDENCE_INDENT}`));
  });
});
