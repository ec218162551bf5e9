import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../graph-data/schema.ts';
import type { GoldItem } from './gold.ts';
import { matchEvidence, type Predicted } from './match.ts';
import { edgeScore, evidenceScore, indiaAlleged, isCore, prf, restrict, score, statusAgreement } from './score.ts';

const TEXT = 'The lake party and the hill front exchanged fire near the pass, a spokesman said.';

function gold(over: Partial<GoldItem> = {}): GoldItem {
  return { article: 'a1', quote: 'exchanged fire near the pass', source: 'pakistan', type: 'clash', target: 'afghan-taliban',
    status: 'attributed', implicit: false, mutual: true, ...over };
}

function pred(over: Partial<Predicted> = {}): Predicted {
  return { article: 'a1', sentence: 0, text: TEXT, source: 'pakistan', type: 'clash', target: 'afghan-taliban',
    status: 'attributed', trigger: 'fire', undirected: false, triggerAt: null, ...over };
}

function graph(nodes: GraphFile['nodes']): GraphFile {
  return { attributes: { schemaVersion: 1, articles: [] }, options: { type: 'mixed', multi: true, allowSelfLoops: false }, nodes, edges: [] };
}

describe('prf and evidenceScore', () => {
  it('computes P, R and F1 from counts', () => {
    const out = matchEvidence([gold(), gold({ quote: 'a spokesman said, quite loudly' })], [pred(), pred({ type: 'threat' })]);
    expect(evidenceScore(out)).toEqual({ p: 0.5, r: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 });
  });

  it('gives null rather than a made-up number when a denominator is zero', () => {
    expect(prf(null, 1)).toEqual({ p: null, r: 1, f1: null });
    expect(prf(null, 0)).toEqual({ p: null, r: 0, f1: 0 });
    expect(prf(0, 0).f1).toBe(0);
  });
});

describe('core subset', () => {
  it('keeps only relations between two of the six core actors', () => {
    expect(isCore({ source: 'qatar', target: 'ttp' })).toBe(true);
    expect(isCore({ source: 'united-states', target: 'pakistan' })).toBe(false);
  });

  it('scores core items apart from the others', () => {
    const outside = { source: 'al-qaeda', target: 'ttp', type: 'support' as const };
    const out = matchEvidence([gold(), gold(outside)], [pred(), pred({ ...outside, source: 'hill-front' })]);
    expect(evidenceScore(restrict(out, isCore))).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(evidenceScore(out)).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('statusAgreement', () => {
  it('is the share of matched pairs with the gold status, with a confusion count', () => {
    const out = matchEvidence([gold(), gold({ type: 'threat', mutual: false })], [pred(), pred({ type: 'threat', status: 'reported' })]);
    const { agreement, confusion } = statusAgreement(out);
    expect(agreement).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(confusion.get('attributed>reported')).toBe(1);
    expect(confusion.get('attributed>attributed')).toBe(1);
  });
});

describe('edgeScore', () => {
  it('compares distinct edges, whatever the number of sentences behind them', () => {
    const s = edgeScore([gold(), gold({ quote: 'another sentence about the fire' })], [pred(), pred(), pred({ sentence: 4 })]);
    expect(s).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 1, p: 1, r: 1 });
  });

  it('applies the direction rules and counts symmetric edges once', () => {
    const items = [gold({ type: 'negotiation' }), gold({ type: 'negotiation', source: 'afghan-taliban', target: 'pakistan' }), gold({ type: 'threat' })];
    const preds = [pred({ type: 'negotiation', source: 'afghan-taliban', target: 'pakistan', undirected: true }),
      pred({ type: 'threat', source: 'afghan-taliban', target: 'pakistan' })];
    expect(edgeScore(items, preds)).toMatchObject({ predicted: 2, correct: 1, gold: 2, found: 1 });
  });

  it('takes a predicted edge that only an optional item states as correct, but no optional gold edge as missed', () => {
    const s = edgeScore([gold({ type: 'support', optional: true }), gold({ type: 'demand', optional: true })], [pred({ type: 'support' })]);
    expect(s).toMatchObject({ predicted: 1, correct: 1, gold: 0, found: 0, p: 1, r: null });
  });
});

describe('score', () => {
  it('reports explicit and implicit recall apart, and India as the graph has it', () => {
    const items = [gold(), gold({ type: 'threat', implicit: true }), gold({ type: 'demand', implicit: true })];
    const preds = [pred(), pred({ type: 'threat' })];
    const attrs = { label: 'India', kind: 'state' as const, core: true, alleged: true, mentions: 2, names: [] };
    const s = score(matchEvidence(items, preds), items, preds, graph([{ key: 'india', attributes: attrs }]));
    expect(s.explicitRecall).toEqual({ hit: 1, total: 1, value: 1 });
    expect(s.implicitRecall).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(s.byType.demand).toMatchObject({ tp: 0, fn: 1 });
    expect(s.india).toBe('yes');
    expect(indiaAlleged(graph([{ key: 'india', attributes: { ...attrs, alleged: false } }]))).toBe('no');
    expect(indiaAlleged(graph([]))).toBe('absent');
  });
});
