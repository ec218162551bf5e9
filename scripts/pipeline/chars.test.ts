/** The code-unit tests must agree with the regular expressions they stand in for, on every code unit. */
import { describe, expect, it } from 'vitest';
import { hasDigit, isSpaceAt, trimSpan } from './chars.ts';

describe('character tests', () => {
  it('isSpaceAt matches /\\s/ on every UTF-16 code unit, and is false past the end', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceAt(`a${ch}`, 1) !== /\s/.test(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(isSpaceAt(' ', 1)).toBe(false);
    expect(isSpaceAt(' ', -1)).toBe(false);
  });

  it('hasDigit looks only inside [start, end), as /[0-9]/ on the slice does', () => {
    const text = 'On 17 October, ٣ days and ten more';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(hasDigit(text, start, end), `${start}-${end}`).toBe(/[0-9]/.test(text.slice(start, end)));
      }
    }
  });

  it('trimSpan drops the white space at both ends of a span, and no more', () => {
    const text = ' \u00a0 a b\t\n  ';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const t = trimSpan(text, { start, end });
        expect(text.slice(t.start, t.end), `${start}-${end}`).toBe(text.slice(start, end).trim());
        if (t.start === t.end) expect(t.start).toBe(end); // an all-space span empties at its end
      }
    }
  });
});
