import { describe, expect, it } from 'vitest';
import type { GoldItem } from './gold.ts';
import { containsQuote, matchEvidence, maxMatching, resolveArticle, sameRelation, type Predicted } from './match.ts';

const SENTENCE = 'Officials said the northern alliance accused the river council of shelling the old bridge.';
const QUOTE = 'accused the river council of shelling';

function gold(over: Partial<GoldItem> = {}): GoldItem {
  return { article: 'a1', quote: QUOTE, source: 'pakistan', type: 'accusation', target: 'india',
    status: 'attributed', implicit: false, mutual: false, ...over };
}

function pred(over: Partial<Predicted> = {}): Predicted {
  return { article: 'a1', sentence: 3, text: SENTENCE, source: 'pakistan', type: 'accusation', target: 'india',
    status: 'attributed', trigger: 'accused', undirected: false, triggerAt: 37, ...over };
}

describe('sameRelation', () => {
  it('accepts the same triple and rejects another type', () => {
    expect(sameRelation(pred(), gold())).toBe(true);
    expect(sameRelation(pred({ type: 'threat' }), gold())).toBe(false);
  });

  it('takes directed types in their own direction only', () => {
    expect(sameRelation(pred({ source: 'india', target: 'pakistan' }), gold())).toBe(false);
  });

  it('takes negotiation and agreement in either direction', () => {
    for (const type of ['negotiation', 'agreement'] as const) {
      expect(sameRelation(pred({ type, source: 'india', target: 'pakistan' }), gold({ type }))).toBe(true);
    }
  });

  it('takes a clash in either direction only when the gold clash is mutual', () => {
    const reversed = pred({ type: 'clash', source: 'india', target: 'pakistan' });
    expect(sameRelation(reversed, gold({ type: 'clash', mutual: true }))).toBe(true);
    expect(sameRelation(reversed, gold({ type: 'clash', mutual: false }))).toBe(false);
    expect(sameRelation(pred({ type: 'clash' }), gold({ type: 'clash', mutual: false }))).toBe(true);
  });

  it('does not let an undirected prediction loosen a directed gold item', () => {
    const undirected = pred({ type: 'clash', source: 'india', target: 'pakistan', undirected: true });
    expect(sameRelation(undirected, gold({ type: 'clash' }))).toBe(false);
  });
});

describe('containsQuote', () => {
  it('compares with white space collapsed on both sides', () => {
    expect(containsQuote('the river\n council  of\tshelling', 'river council of shelling')).toBe(true);
    expect(containsQuote('the river council of shelling', '  river   council\nof shelling ')).toBe(true);
  });

  it('does not match a quote that is not in the sentence', () => {
    expect(containsQuote('the river council of shelling', 'the river council of bombing')).toBe(false);
  });
});

describe('maxMatching', () => {
  it('finds an augmenting path where greedy choice would fail', () => {
    // left 0 could take right 0 or 1; left 1 only right 0: the maximum gives each one partner.
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });

  it('leaves a left vertex without partner as -1', () => {
    expect(maxMatching([[0], [0]], 1)).toEqual([0, -1]);
  });
});

describe('matchEvidence', () => {
  it('matches one to one: two equal predictions and one gold item give 1 TP and 1 FP', () => {
    const out = matchEvidence([gold()], [pred(), pred()]);
    expect(out.pairs).toHaveLength(1);
    expect(out.falsePositives).toHaveLength(1);
    expect(out.misses).toHaveLength(0);
  });

  it('needs the same article', () => {
    const out = matchEvidence([gold()], [pred({ article: 'a2' })]);
    expect(out.misses).toHaveLength(1);
    expect(out.falsePositives).toHaveLength(1);
  });

  it('neither counts an unmatched optional item as missed nor its match as false', () => {
    const optional = gold({ optional: true, type: 'support' });
    expect(matchEvidence([optional], []).misses).toHaveLength(0);
    const out = matchEvidence([optional], [pred({ type: 'support' })]);
    expect(out).toMatchObject({ pairs: [], misses: [], falsePositives: [] });
    expect(out.neutral).toHaveLength(1);
  });

  it('gives a prediction to a required item before an optional one', () => {
    const out = matchEvidence([gold({ optional: true }), gold()], [pred()]);
    expect(out.pairs).toHaveLength(1);
    expect(out.pairs[0]?.gold.optional).toBeUndefined();
    expect(out.neutral).toHaveLength(0);
  });

  it('counts a second prediction of a matched optional item as false', () => {
    const out = matchEvidence([gold({ optional: true })], [pred(), pred()]);
    expect(out.neutral).toHaveLength(1);
    expect(out.falsePositives).toHaveLength(1);
  });
});

describe('resolveArticle', () => {
  it('takes an exact id or a unique prefix, and nothing ambiguous', () => {
    const ids = ['000_abc', '001_def', '001_xyz'];
    expect(resolveArticle('000_abc', ids)).toBe('000_abc');
    expect(resolveArticle('000', ids)).toBe('000_abc');
    expect(resolveArticle('001', ids)).toBeNull();
    expect(resolveArticle('9', ids)).toBeNull();
  });
});
