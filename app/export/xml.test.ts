import { describe, expect, it } from 'vitest';
import { parseXml } from './testing/tinyxml.ts';
import { xmlEscape, xmlNumber } from './xml.ts';

describe('xmlEscape', () => {
  it('escapes the five markup characters and keeps line breaks through attribute normalisation', () => {
    expect(xmlEscape(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    const hostile = `"'<>&\t\n\r ]]> Türkiye 🇹🇷`;
    expect(parseXml(`<a v="${xmlEscape(hostile)}">${xmlEscape(hostile)}</a>`)).toMatchObject({ attrs: { v: hostile }, text: hostile });
  });

  it('drops characters XML 1.0 cannot carry at all', () => {
    expect(xmlEscape('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(xmlEscape('😀')).toBe('😀');
  });

  it('writes finite numbers with at most two decimals', () => {
    expect([xmlNumber(1.23456), xmlNumber(-0.5), xmlNumber(Number.NaN), xmlNumber(Infinity)]).toEqual(['1.23', '-0.5', '0', '0']);
  });
});
