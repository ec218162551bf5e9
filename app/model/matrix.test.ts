import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../graph-data/schema.ts';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { DEFAULT_MATRIX_SORT, fromOutlet, nextMatrixSort, sortMatrixRows, sourceMatrix } from './matrix.ts';
import { outletColumns, outletKey } from './outlets.ts';
import { shownEdges } from './shown.ts';

const ACCUSATION = 'pakistan|accusation|india';
const WIRE = 'Pakistan accused India of backing the TTP.';

/** Dawn (a1, a3), Geo (a2, a copy of Dawn's wire story), and a4 with no outlet. */
function outlets(): GraphFile {
  const g = sampleGraph();
  const [a1, a2] = g.attributes.articles as [GraphFile['attributes']['articles'][number], GraphFile['attributes']['articles'][number]];
  Object.assign(a1, { date: '2025-10-28' });
  Object.assign(a2, { outlet: 'Geo', date: '2025-10-29' });
  g.attributes.articles.push({ ...a1, id: 'a3', file: 'a3.txt' }, { ...a1, id: 'a4', file: 'a4.txt', outlet: null, title: 'Talks resume' });
  g.edges[0]!.attributes.evidence = [
    evidence({ article: 'a1', sentence: 1, text: WIRE, status: 'reported', speaker: null }),
    evidence({ article: 'a3', sentence: 2, text: 'Islamabad blamed New Delhi.', speaker: 'Khawaja Asif' }),
    evidence({ article: 'a3', sentence: 3, text: 'India was behind it, he said.', speaker: 'Shehbaz Sharif', status: 'attributed' }),
    evidence({ article: 'a2', sentence: 1, text: `“${WIRE}”`.replace(/[“”]/g, ''), status: 'reported', speaker: null }),
  ];
  g.edges[1]!.attributes.evidence = [evidence({ article: 'a4', status: 'alleged', speaker: null })];
  return g;
}

describe('outlet columns', () => {
  it('groups articles by outlet, A–Z, then each article of unknown outlet as a column of its own', () => {
    const columns = outletColumns(outlets());
    expect(columns.map((c) => [c.key, c.label, c.known, c.articles.join()])).toEqual([
      ['Dawn', 'Dawn', true, 'a1,a3'], ['Geo', 'Geo', true, 'a2'], ['a4', 'Talks resume', false, 'a4'],
    ]);
    expect(outletKey({ id: 'x', outlet: null })).toBe('x');
  });
});

describe('the sources matrix', () => {
  const g = outlets();
  const matrix = sourceMatrix(g, shownEdges(g, DEFAULT_FILTERS));
  const row = (key: string) => matrix.rows.find((r) => r.edge.key === key)!;

  it('has a cell per outlet that carries the relation, saying how and whose words', () => {
    const cells = row(ACCUSATION).cells;
    expect(cells.map((c) => c?.column ?? null)).toEqual(['Dawn', 'Geo', null]);
    expect(cells[0]).toMatchObject({ sentences: 3, statuses: ['reported', 'attributed'], speakers: ['Khawaja Asif', 'Shehbaz Sharif'], copy: false });
    expect(cells[0]!.evidence.every((e) => ['a1', 'a3'].includes(e.article))).toBe(true);
    expect(cells[1]).toMatchObject({ sentences: 1, statuses: ['reported'], speakers: [], copy: true });
    expect(row('afghan-taliban|negotiation|pakistan').cells.map((c) => c?.statuses ?? null)).toEqual([null, null, ['alleged']]);
  });

  it('counts independent outlets: the syndicated copy is not a second witness', () => {
    expect([row(ACCUSATION).independent, row(ACCUSATION).outlets]).toEqual([1, 2]);
    expect(row('afghan-taliban|negotiation|pakistan').independent).toBe(1);
  });

  it('leaves out relations and outlets the filters empty', () => {
    const hidden = sourceMatrix(g, shownEdges(g, { ...DEFAULT_FILTERS, hiddenArticles: ['a4'] }));
    expect(hidden.rows.map((r) => r.edge.key)).toEqual([ACCUSATION]);
    expect(hidden.columns.map((c) => c.key)).toEqual(['Dawn', 'Geo']);
  });

  it('sorts by independent outlets, then by name, and flips on a second click', () => {
    const geoOwn = outlets();
    geoOwn.edges[0]!.attributes.evidence[3]!.text = 'Geo’s own words.';
    const rows = sourceMatrix(geoOwn, shownEdges(geoOwn, DEFAULT_FILTERS)).rows;
    expect(sortMatrixRows(rows, DEFAULT_MATRIX_SORT).map((r) => r.independent)).toEqual([2, 1]);
    const byName = nextMatrixSort(DEFAULT_MATRIX_SORT, 'relation');
    expect(byName).toEqual({ column: 'relation', direction: 'ascending' });
    expect(sortMatrixRows(rows, byName).map((r) => r.label)).toEqual(['Afghan Taliban and Pakistan negotiate', 'Pakistan accuses India']);
    expect(nextMatrixSort(DEFAULT_MATRIX_SORT, 'independent').direction).toBe('ascending');
  });

  it('narrows an edge’s evidence to one outlet’s articles', () => {
    const all = row(ACCUSATION).edge.evidence;
    expect(fromOutlet(g, all, 'Dawn').map((e) => e.article)).toEqual(['a1', 'a3', 'a3']);
    expect(fromOutlet(g, all, 'Geo').map((e) => e.article)).toEqual(['a2']);
    expect(fromOutlet(g, all, null)).toBe(all);
    expect(fromOutlet(g, all, 'Nobody')).toEqual([]);
  });
});
