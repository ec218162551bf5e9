import { describe, expect, it } from 'vitest';
import { isAlleged } from './assemble.ts';
import type { Finding } from './types.ts';

const f = (source: string, type: Finding['type'], target: string, status: Finding['status']): Finding => ({
  type, source, target, status, undirected: false, article: 'a', sentence: 0, start: 0, end: 1, text: 'x',
  speaker: null, implicit: false, trigger: 'x', when: null, marks: [],
});

describe('isAlleged (ontology.md)', () => {
  it('holds for an actor known only through accusations, attributions and allegations', () => {
    const all = [f('p', 'accusation', 'i', 'reported'), f('i', 'support', 't', 'alleged'), f('i', 'clash', 'p', 'attributed')];
    expect(isAlleged('i', all)).toBe(true);
  });
  it('fails once the article states in its own voice what the actor did', () => {
    const all = [f('p', 'accusation', 'i', 'reported'), f('i', 'negotiation', 'p', 'reported')];
    expect(isAlleged('i', all)).toBe(false);
  });
  it('fails for the accuser, whose accusation is reported', () => {
    expect(isAlleged('p', [f('p', 'accusation', 'i', 'reported')])).toBe(false);
  });
  it('does not hold for an actor with no evidence at all', () => {
    expect(isAlleged('q', [])).toBe(false);
  });
});
