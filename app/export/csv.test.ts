import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { CSV_COLUMNS, csvField, evidenceCsv, evidenceRows, toCsv } from './csv.ts';
import { visibleSubgraph } from './subgraph.ts';
import { parseCsv } from './testing/csv-parse.ts';
import { exportGraph, HOSTILE } from './testing/graphs.ts';

const neutral = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

describe('CSV fields and rows (RFC 4180)', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ''].map(csvField)).toEqual([
      'plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', '',
    ]);
  });

  it('neutralises every formula prefix with a leading apostrophe', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvField(v).replace(/^"/, '').startsWith(`'${v[0]}`), v).toBe(true);
    expect(csvField('1-1=0')).toBe('1-1=0');
    expect(csvField('=a,"b"')).toBe(`"'=a,""b"""`);
  });

  it('round-trips hostile cells through a strict RFC 4180 reader', () => {
    const rows = [
      ['a', 'b,c', 'd"e"', 'f\r\ng', '=cmd|" /C calc"!A0', '@x', '-2', '+3', '\tt', 'Türkiye — “quoted” 🇹🇷', ''],
      [HOSTILE, ' lead space', 'trail ', '"', '""', ',', '\n', "'already"],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows.map((r) => r.map(neutral)));
  });
});

describe('evidenceCsv', () => {
  const g = exportGraph();
  const csv = evidenceCsv(visibleSubgraph(g, DEFAULT_FILTERS));

  it('starts with the UTF-8 byte-order mark and a header row', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per sentence of each shown relation, in reading order', () => {
    const rows = parseCsv(csv).slice(1);
    // The accusation has three evidence items in two sentences (two triggers in a1#4).
    expect(rows.map((r) => `${r[0]}|${r[1]}|${r[2]}`)).toEqual([
      'Pakistan|accusation|India', 'Pakistan|accusation|India', 'Afghan Taliban|negotiation|Pakistan', `'${HOSTILE}|threat|India`,
    ]);
    expect(rows[0]).toEqual(['Pakistan', 'accusation', 'India', 'attributed', 'Khawaja Asif', 'a1', 'First', 'Dawn', '2025-10-29', '2025-10-30', 'Pakistan accused India.']);
    expect(rows[1]!.slice(5, 7)).toEqual(['a2', '']);
    expect(rows[3]!.slice(3, 5)).toEqual(['alleged', "'@handle"]);
    expect(rows[3]!.at(-1)).toBe(`'${HOSTILE}`);
  });

  it('leaves out what the filters hide', () => {
    const rows = evidenceRows(visibleSubgraph(g, { ...DEFAULT_FILTERS, hiddenStatuses: ['attributed'] }));
    expect(rows.slice(1).map((r) => r[1])).toEqual(['negotiation', 'threat']);
  });
});
