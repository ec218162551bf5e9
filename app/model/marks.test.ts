import { describe, expect, it } from 'vitest';
import { splitMarks } from './marks.ts';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('splitMarks', () => {
  it('returns the whole text as one plain run when there are no marks', () => {
    expect(splitMarks('Talks resumed.', [])).toEqual([{ text: 'Talks resumed.', roles: [] }]);
  });

  it('cuts at each mark and keeps every character in order', () => {
    const text = 'Pakistan accused India of backing the TTP.';
    const segments = splitMarks(text, [[17, 22, 'target'], [0, 8, 'source'], [9, 16, 'trigger']]);
    expect(segments).toEqual([
      { text: 'Pakistan', roles: ['source'] },
      { text: ' ', roles: [] },
      { text: 'accused', roles: ['trigger'] },
      { text: ' ', roles: [] },
      { text: 'India', roles: ['target'] },
      { text: ' of backing the TTP.', roles: [] },
    ]);
  });

  it('gives overlapping marks both roles on the shared part', () => {
    const segments = splitMarks('India-backed TTP', [[0, 12, 'trigger'], [0, 5, 'source']]);
    expect(segments).toEqual([
      { text: 'India', roles: ['source', 'trigger'] },
      { text: '-backed', roles: ['trigger'] },
      { text: ' TTP', roles: [] },
    ]);
  });

  it('clamps marks outside the text and drops empty or inverted ones', () => {
    const text = 'Qatar mediated.';
    const segments = splitMarks(text, [[-4, 5, 'source'], [9, 99, 'trigger'], [3, 3, 'target'], [8, 2, 'target']]);
    expect(join(segments)).toBe(text);
    expect(segments[0]).toEqual({ text: 'Qatar', roles: ['source'] });
    expect(segments.at(-1)).toEqual({ text: 'iated.', roles: ['trigger'] });
  });

  it('keeps markup characters as plain text', () => {
    const text = '<script>x()</script> said Pakistan';
    expect(join(splitMarks(text, [[0, 8, 'trigger']]))).toBe(text);
  });
});
