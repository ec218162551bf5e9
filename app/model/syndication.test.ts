import { describe, expect, it } from 'vitest';
import { evidence } from './fixture.ts';
import { independentOutlets, normaliseSentence, publicationRank } from './syndication.ts';

describe('normaliseSentence', () => {
  it('evens out what reprints change: case, spacing, quotes and dashes', () => {
    const a = 'Pakistan  accused India of backing the “TTP” — again.';
    const b = "pakistan accused india of backing the \"TTP\" - again.";
    const c = '  PAKISTAN accused\u00a0India of backing the ‘TTP’ – again.';
    expect(normaliseSentence(a)).toBe(normaliseSentence(b));
    expect(normaliseSentence(c)).toBe("pakistan accused india of backing the 'ttp' - again.");
    expect(normaliseSentence('Pakistan accused India.')).not.toBe(normaliseSentence('Pakistan accused Kabul.'));
  });
});

describe('independentOutlets', () => {
  // Dawn published first (a1, 28 Oct); its wire story is reprinted by Geo (a2) and Tribune (a3).
  const articles = [
    { id: 'a3', date: '2025-10-30', outlet: 'Tribune' },
    { id: 'a1', date: '2025-10-28', outlet: 'Dawn' },
    { id: 'a2', date: '2025-10-29', outlet: 'Geo' },
    { id: 'a4', date: null, outlet: 'Ariana' },
  ];
  const outletOf = (id: string) => articles.find((a) => a.id === id)!.outlet;
  const rank = publicationRank(articles);
  const wire = 'Pakistan accused India of backing the TTP.';

  it('counts a word-for-word copy once, for the outlet that published it first', () => {
    const copies = [
      evidence({ article: 'a3', text: wire }),
      evidence({ article: 'a2', text: ` pakistan accused india of backing the  TTP.` }),
      evidence({ article: 'a1', text: wire }),
    ];
    expect(independentOutlets(copies, outletOf, rank)).toEqual(['Dawn']);
  });

  it('counts an outlet with words of its own, and every outlet when none copies', () => {
    const mixed = [evidence({ article: 'a1', text: wire }), evidence({ article: 'a2', text: wire }),
      evidence({ article: 'a2', text: 'Islamabad blamed New Delhi for the attacks.' })];
    expect(independentOutlets(mixed, outletOf, rank)).toEqual(['Dawn', 'Geo']);
    const own = ['a1', 'a2', 'a3', 'a4'].map((article, i) => evidence({ article, text: `${wire} ${i}` }));
    expect(independentOutlets(own, outletOf, rank)).toEqual(['Ariana', 'Dawn', 'Geo', 'Tribune']);
  });

  it('ranks undated articles last, so a dated original keeps the credit', () => {
    expect(independentOutlets([evidence({ article: 'a4', text: wire }), evidence({ article: 'a3', text: wire })], outletOf, rank)).toEqual(['Tribune']);
    expect(rank('a1')).toBeLessThan(rank('a2'));
    expect(rank('a4')).toBeLessThan(rank('nowhere'));
  });

  it('counts two articles of one outlet as one outlet', () => {
    const same = (id: string) => (id === 'a2' ? 'Dawn' : outletOf(id));
    expect(independentOutlets([evidence({ article: 'a1', text: wire }), evidence({ article: 'a2', text: `${wire}!` })], same, rank)).toEqual(['Dawn']);
  });
});
