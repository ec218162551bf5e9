import { describe, expect, it } from 'vitest';
import { sampleGraph } from './fixture.ts';
import { findActor, fold, suggestions } from './search.ts';

function graph() {
  const g = sampleGraph();
  g.nodes.push({ key: 'turkiye', attributes: { label: 'Türkiye', kind: 'state', core: true, alleged: false, mentions: 5, names: ['Ankara', 'Turkiye'] } });
  g.nodes[1]!.attributes.names = ['India', 'New Delhi'];
  return g;
}

describe('fold', () => {
  it('ignores case, diacritics, Turkish dotted and dotless i, and extra spaces', () => {
    expect(fold('  TÜRKİYE ')).toBe('turkiye');
    expect(fold('Türkıye')).toBe('turkiye');
    expect(fold('New   Delhi')).toBe('new delhi');
  });
});

describe('findActor', () => {
  it('finds an actor by label, id or any surface form', () => {
    const g = graph();
    expect(findActor(g, 'turkiye')).toBe('turkiye');
    expect(findActor(g, 'ANKARA')).toBe('turkiye');
    expect(findActor(g, 'new delhi')).toBe('india');
    expect(findActor(g, 'afghan-taliban')).toBe('afghan-taliban');
  });

  it('prefers an exact name, then a prefix, then a substring', () => {
    const g = graph();
    expect(findActor(g, 'Pak')).toBe('pakistan');
    expect(findActor(g, 'delhi')).toBe('india');
    expect(findActor(g, 'taliban')).toBe('afghan-taliban');
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(findActor(graph(), '  ')).toBeNull();
    expect(findActor(graph(), 'Narnia')).toBeNull();
  });
});

describe('suggestions', () => {
  it('lists every label and surface form once, sorted', () => {
    expect(suggestions(graph())).toEqual(['Afghan Taliban', 'Ankara', 'India', 'New Delhi', 'Pakistan', 'Turkiye', 'Türkiye']);
  });
});
