import { describe, expect, it } from 'vitest';
import type { GoldItem } from './gold.ts';
import { matchEvidence, type Predicted } from './match.ts';
import { formatMisses, formatSummary, num, shorten } from './report.ts';
import { score } from './score.ts';

function gold(over: Partial<GoldItem> = {}): GoldItem {
  return { article: 'b', quote: 'the hill front threatened the lake party', source: 'pakistan', type: 'threat',
    target: 'ttp', status: 'reported', implicit: false, mutual: false, ...over };
}

function pred(over: Partial<Predicted> = {}): Predicted {
  return { article: 'b', sentence: 2, text: 'Yesterday the hill front threatened the lake party.', source: 'pakistan', type: 'threat',
    target: 'ttp', status: 'reported', trigger: 'threatened', undirected: false, triggerAt: 25, ...over };
}

const EMPTY_GRAPH = { attributes: { schemaVersion: 1 as const, articles: [] },
  options: { type: 'mixed' as const, multi: true as const, allowSelfLoops: false as const }, nodes: [], edges: [] };

describe('shorten', () => {
  it('leaves a short sentence whole, white space collapsed', () => {
    expect(shorten('A  short\nsentence.', null)).toBe('A short sentence.');
  });

  it('cuts a long sentence to about the width, keeping the trigger in view', () => {
    const text = `${'word '.repeat(80)}TRIGGER ${'tail '.repeat(80)}`;
    const short = shorten(text, text.indexOf('TRIGGER'), 160);
    expect(short).toContain('TRIGGER');
    expect(short.length).toBeLessThanOrEqual(162);
    expect(short.startsWith('…') && short.endsWith('…')).toBe(true);
  });
});

describe('formatMisses', () => {
  it('lists per article with problems, by sentence, misses before extras, with the quote and the sentence', () => {
    const items = [gold({ article: 'b', quote: 'a sentence nobody extracted at all' }), gold(), gold({ article: 'a', type: 'demand' })];
    const preds = [pred({ type: 'support' }), pred({ article: 'a', sentence: 0, type: 'demand', text: 'the hill front threatened the lake party' }),
      pred({ sentence: 1, text: 'Earlier, the lake party fired at the hill front.', type: 'clash', trigger: 'fired' })];
    const lines = formatMisses(matchEvidence(items, preds), preds);
    const heads = lines.filter((l) => l.startsWith('── ') || /^ {2}s/.test(l)).map((l) => l.trim().replace(/\s+/g, ' '));
    expect(heads).toEqual([
      '── b (tp 0, fn 2, fp 2, status 0)',
      's1 FP clash pakistan → ttp [reported] trigger "fired"',
      's2 FN threat pakistan → ttp [reported]',
      's2 FP support pakistan → ttp [reported] trigger "threatened"',
      's? FN threat pakistan → ttp [reported]',
    ]);
    expect(lines).toContain('               "a sentence nobody extracted at all"');
  });

  it('shows a status disagreement and marks either-way relations with ↔', () => {
    const item = gold({ type: 'negotiation', status: 'attributed' });
    const lines = formatMisses(matchEvidence([item], [pred({ type: 'negotiation' })]), []);
    const flat = lines.map((l) => l.replace(/\s+/g, ' ').trim());
    expect(flat).toContain('s2 STATUS negotiation pakistan ↔ ttp [gold attributed, got reported]');
  });
});

describe('formatSummary', () => {
  it('ends with the seven summary lines in a fixed format', () => {
    const items = [gold(), gold({ type: 'demand', implicit: true })];
    const preds = [pred(), pred({ type: 'clash' })];
    const lines = formatSummary(score(matchEvidence(items, preds), items, preds, EMPTY_GRAPH));
    expect(lines).toEqual([
      'evidence  core  P 0.500 R 0.500 F1 0.500 (tp 1, fp 1, fn 1)',
      'evidence  all   P 0.500 R 0.500 F1 0.500 (tp 1, fp 1, fn 1)',
      'explicit recall 1.000 (1/1)  implicit recall 0.000 (0/1)',
      'edges     core  P 0.500 R 0.500 F1 0.500 (extracted 2, correct 1; gold 2, found 1)',
      'edges     all   P 0.500 R 0.500 F1 0.500 (extracted 2, correct 1; gold 2, found 1)',
      'status agreement 1.000 (1/1)',
      'India alleged: absent',
    ]);
  });

  it('prints "-" for a share of nothing', () => {
    expect(num(null)).toBe('-');
    expect(num(2 / 3)).toBe('0.667');
  });
});
