import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { actorArticles, actorRelations, allegedReason, relationPhrase } from './actor.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { shownEdges } from './shown.ts';

const edges = (filters = DEFAULT_FILTERS) => shownEdges(sampleGraph(), filters);

describe('relationPhrase', () => {
  it('reads every type from both ends and from either party of a mutual edge', () => {
    for (const type of RELATION_TYPES) {
      for (const direction of ['out', 'in', 'mutual'] as const) expect(relationPhrase(type, direction)).toMatch(/^[a-z ]+$/);
    }
    expect(relationPhrase('accusation', 'out')).toBe('accuses');
    expect(relationPhrase('accusation', 'in')).toBe('accused by');
    expect(relationPhrase('negotiation', 'mutual')).toBe('negotiates with');
    expect(relationPhrase('support', 'in')).toBe('supported by');
    expect(relationPhrase('clash', 'in')).toBe('attacked by');
  });
});

describe('actorRelations', () => {
  it('groups by type in ontology order with the direction seen from the actor', () => {
    const groups = actorRelations(edges(), 'pakistan');
    expect(groups.map((g) => g.type)).toEqual(['accusation', 'negotiation']);
    const [accusation, negotiation] = groups.map((g) => g.relations[0]!);
    expect([accusation!.direction, accusation!.other.id, accusation!.phrase]).toEqual(['out', 'india', 'accuses']);
    expect([negotiation!.direction, negotiation!.other.id]).toEqual(['mutual', 'afghan-taliban']);
    const india = actorRelations(edges(), 'india');
    expect(india[0]!.relations[0]).toMatchObject({ direction: 'in', phrase: 'accused by', other: { id: 'pakistan' } });
  });

  it('puts outgoing before mutual before incoming, best attested first', () => {
    const graph = sampleGraph();
    const ev = [evidence()];
    graph.edges.push(
      { key: 'india|accusation|pakistan', source: 'india', target: 'pakistan', attributes: { type: 'accusation', undirected: false, evidence: ev } },
      { key: 'pakistan|accusation|afghan-taliban', source: 'pakistan', target: 'afghan-taliban',
        attributes: { type: 'accusation', undirected: false, evidence: [evidence({ sentence: 1 }), evidence({ sentence: 2 }), evidence({ sentence: 3 })] } },
    );
    const rows = actorRelations(shownEdges(graph, DEFAULT_FILTERS), 'pakistan')[0]!.relations;
    expect(rows.map((r) => `${r.direction}:${r.other.id}:${r.edge.sentences}`)).toEqual([
      'out:afghan-taliban:3', 'out:india:2', 'in:india:1',
    ]);
  });

  it('leaves out relations the filters hide', () => {
    expect(actorRelations(edges({ ...DEFAULT_FILTERS, hiddenTypes: ['accusation'] }), 'pakistan').map((g) => g.type)).toEqual([
      'negotiation',
    ]);
    expect(actorRelations(edges(), 'nobody')).toEqual([]);
  });
});

describe('actorArticles', () => {
  it('lists the articles of the actor in corpus order with distinct sentence counts', () => {
    const { articles } = sampleGraph().attributes;
    expect(actorArticles(edges(), 'india', articles).map((a) => [a.id, a.meta?.title ?? null, a.sentences])).toEqual([
      ['a1', 'First', 1],
      ['a2', null, 1],
    ]);
    expect(actorArticles(edges(), 'afghan-taliban', articles).map((a) => a.id)).toEqual(['a1']);
  });
});

describe('allegedReason', () => {
  const { articles } = sampleGraph().attributes;

  it('counts how every sentence about the actor is a claim, and picks the first claim as the reason', () => {
    const reason = allegedReason(edges(), 'india', articles)!;
    expect(reason.counts).toEqual({ accused: 3, attributed: 0, alleged: 0, reported: 0 });
    expect(reason.edge.key).toBe('pakistan|accusation|india');
    expect([reason.evidence.article, reason.evidence.sentence]).toEqual(['a1', 4]);
  });

  it('prefers a claim to a reported sentence even when the reported one comes first', () => {
    const graph = sampleGraph();
    graph.edges.push({ key: 'india|support|pakistan', source: 'india', target: 'pakistan',
      attributes: { type: 'support', undirected: false, evidence: [evidence({ sentence: 0, status: 'reported' }), evidence({ sentence: 9, status: 'alleged' })] } });
    graph.edges[0]!.attributes.evidence = [evidence({ article: 'a2', sentence: 7 })];
    const reason = allegedReason(shownEdges(graph, DEFAULT_FILTERS), 'india', articles)!;
    expect(reason.counts).toEqual({ accused: 1, attributed: 0, alleged: 1, reported: 1 });
    expect([reason.evidence.sentence, reason.evidence.status]).toEqual([9, 'alleged']);
  });

  it('is null for an actor no sentence touches', () => {
    expect(allegedReason(edges(), 'nobody', articles)).toBeNull();
  });
});
