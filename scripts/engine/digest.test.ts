import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph-data/schema.ts';
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
});
