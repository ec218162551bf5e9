import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.ts';
import { findAll, parseXml } from './tinyxml.ts';

// The helpers the export tests lean on must themselves reject what is malformed.
describe('the test readers', () => {
  it('parseXml reads elements, attributes, entities and text', () => {
    const doc = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; &lt;2&gt;"><!-- c --><b y=\'&#39;q&#x27;\'/>t&quot;<b/></a>');
    expect(doc.attrs.x).toBe('1 & <2>');
    expect(findAll(doc, 'b').map((b) => b.attrs.y)).toEqual(["'q'", undefined]);
    expect(doc.text).toBe('t"');
  });

  it('parseXml rejects what is not well formed', () => {
    for (const bad of ['<a>', '<a></b>', '<a x="<"/>', '<a>&</a>', '<a>&nbsp;</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a x=1/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });

  it('parseCsv reads RFC 4180 and rejects the rest', () => {
    expect(parseCsv('\uFEFFa,"b,""c"""\r\n"x\r\ny",\r\n')).toEqual([['a', 'b,"c"'], ['x\r\ny', '']]);
    for (const bad of ['a\nb\r\n', 'a"b\r\n', '"a"b\r\n', '"a\r\n', 'a,b']) expect(() => parseCsv(bad), bad).toThrow();
  });
});
