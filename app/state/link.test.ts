import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, linkView } from './arbitraries.ts';
import { MAX_FRAGMENT } from './bounds.ts';
import { DEFAULT_LINK_VIEW, decodeLink, encodeLink, historyMode, quote } from './link.ts';
import { LINK_KEYS, type LinkView } from './link-keys.ts';
import { DEFAULT_VIEW, type ViewState } from './view.ts';

const EDGE = 'pakistan|accusation|india';
const view = (over: Partial<LinkView> = {}, filters: Partial<LinkView['filters']> = {}): LinkView => ({
  ...DEFAULT_LINK_VIEW, ...over, filters: { ...DEFAULT_LINK_VIEW.filters, ...filters },
});
const decoded = (fragment: string) => {
  const a = decodeLink(fragment);
  if (a.kind !== 'view') throw new Error('expected a view');
  return a;
};

describe('the key table', () => {
  it('has a default for every key that is the default view’s own value', () => {
    for (const [name, key] of Object.entries(LINK_KEYS)) expect(key.get(DEFAULT_LINK_VIEW), name).toEqual(key.default);
  });

  it('covers every part of the view but hover: changing any part changes the link', () => {
    const changed: LinkView[] = [
      view({ selection: { kind: 'node', key: 'india' } }),
      view({ reader: { article: 'a1', sentence: null } }),
      view({ selection: { kind: 'edge', key: EDGE }, outlet: 'Dawn' }),
      view({ mode: 'table' }),
      view({ mode: 'matrix' }),
      view({ layout: 'grid' }),
      view({}, { hiddenTypes: ['clash'] }),
      view({}, { hiddenStatuses: ['alleged'] }),
      view({}, { hiddenArticles: ['a1'] }),
      view({}, { from: '2025-10-01' }),
      view({}, { to: '2025-10-31' }),
      view({}, { reportedBy: '2025-10-29' }),
    ];
    const links = changed.map(encodeLink);
    expect(new Set(links).size).toBe(changed.length);
    for (const link of links) expect(link).not.toBe('');
    const hovering: ViewState = { ...DEFAULT_VIEW, hover: { kind: 'node', key: 'india' } };
    expect(encodeLink(hovering)).toBe('');
  });

  it('pushes history for selection, outlet, reader and mode, and replaces it for filters and layout', () => {
    expect(Object.entries(LINK_KEYS).filter(([, k]) => k.history === 'push').map(([n]) => n)).toEqual(['select', 'outlet', 'read', 'show', 'table']);
    expect(historyMode(view(), view({ selection: { kind: 'edge', key: EDGE } }))).toBe('push');
    expect(historyMode(view(), view({}, { hiddenTypes: ['clash'] }))).toBe('replace');
    expect(historyMode(view(), view({ layout: 'grid', mode: 'matrix' }))).toBe('push');
    expect(historyMode(view(), view({}, { from: '2025-10-01', to: '2025-10-05', reportedBy: '2025-10-29' }))).toBe('replace');
    expect(historyMode(view(), view())).toBe('replace');
  });
});

describe('encodeLink', () => {
  it('gives the default view a bare address and leaves every default out', () => {
    expect(encodeLink(DEFAULT_LINK_VIEW)).toBe('');
    expect(encodeLink(view({ layout: 'grid' }))).toBe('layout=grid');
  });

  it('writes readable keys in the table’s order', () => {
    const v = view({ selection: { kind: 'edge', key: EDGE }, reader: { article: '000_eca7', sentence: 14 } }, { hiddenTypes: ['clash', 'threat'], from: '2025-10-01' });
    expect(encodeLink(v)).toBe(`select=${EDGE}&read=000_eca7@14&hide-relations=clash,threat&from=2025-10-01`);
  });

  it('escapes what would break the address inside article ids', () => {
    const v = view({ reader: { article: 'a@b,c&d', sentence: null } }, { hiddenArticles: ['x,y', 'z'] });
    expect(encodeLink(v)).toBe('read=a%40b%2Cc%26d&hide-articles=x%2Cy,z');
    expect(decoded(encodeLink(v)).view).toEqual(v);
  });
});

describe('decodeLink', () => {
  it('reads a node or an edge from one key, and accepts escaped separators', () => {
    expect(decoded('#select=india').view.selection).toEqual({ kind: 'node', key: 'india' });
    expect(decoded('select=pakistan%7Caccusation%7Cindia').view.selection).toEqual({ kind: 'edge', key: EDGE });
  });

  it('keeps the good keys and names the bad ones, each bad one at its default', () => {
    const a = decoded('layout=grid&select=<script>&hide-relations=clash,bogus&evil=1&table=yes&from=2025-02-30');
    expect(a.view).toEqual(view({ layout: 'grid' }));
    expect(a.problems).toHaveLength(5);
    expect(a.problems.join(' ')).toContain('“evil”');
  });

  it('reads the timeline, the mode and an outlet, and writes them back the same', () => {
    const fragment = `select=${EDGE}&outlet=Dawn%20News&show=matrix&from=2025-10-12&to=2025-10-19&reported=2025-10-29`;
    const v = decoded(fragment).view;
    expect(v).toEqual(view({ selection: { kind: 'edge', key: EDGE }, outlet: 'Dawn News', mode: 'matrix' }, { from: '2025-10-12', to: '2025-10-19', reportedBy: '2025-10-29' }));
    expect(encodeLink(v)).toBe(fragment);
  });

  it('keeps links from before the matrix working: table=1 is the table, and is written as show=table', () => {
    expect(decoded('table=1').view).toEqual(view({ mode: 'table' }));
    expect(decoded('table=0').view).toEqual(view());
    expect(encodeLink(decoded('table=1&layout=grid').view)).toBe('show=table&layout=grid');
    expect(decoded('table=2&show=atlas&reported=2025-02-30').problems).toHaveLength(3);
  });

  it('sorts lists and drops repeats, as the reducer keeps them', () => {
    expect(decoded('hide-relations=threat,clash,threat').view.filters.hiddenTypes).toEqual(['clash', 'threat']);
  });

  it('refuses an address over the size limit without reading it', () => {
    const a = decoded(`layout=grid&x=${'a'.repeat(MAX_FRAGMENT)}`);
    expect(a.view).toEqual(DEFAULT_LINK_VIEW);
    expect(a.problems[0]).toContain('too long');
  });

  it('hands a snapshot on undecoded', () => {
    expect(decodeLink('#snap=abc')).toEqual({ kind: 'snapshot', payload: 'abc' });
  });

  it('quotes untrusted text short and without control characters', () => {
    expect(quote(`a\u0000b${'c'.repeat(100)}`, 5)).toBe('“a?bcc…”');
  });
});

describe('the link codec, on any view', () => {
  it('gives back every valid view unchanged', () => {
    fc.assert(
      fc.property(linkView, (v) => {
        expect(decodeLink(encodeLink(v))).toEqual({ kind: 'view', view: v, problems: [] });
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on random text, and always gives a view it could encode again', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('=', '&', '%', ',', '@', '|', '#', 'select', 'read', 'hide-articles', 'a', '7', '-'), maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const a = decodeLink(t);
        if (a.kind === 'view') expect(decodeLink(encodeLink(a.view))).toEqual({ kind: 'view', view: a.view, problems: [] });
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('survives truncation and mutation of valid links', () => {
    fc.assert(
      fc.property(linkView, fc.nat(), fc.string({ maxLength: 3 }), (v, at, insert) => {
        const link = encodeLink(v);
        const i = link.length === 0 ? 0 : at % link.length;
        for (const t of [link.slice(0, i), link.slice(0, i) + insert + link.slice(i + 1)]) {
          const a = decodeLink(t);
          if (a.kind === 'view') expect(decodeLink(encodeLink(a.view)).kind).toBe('view');
        }
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);
});
