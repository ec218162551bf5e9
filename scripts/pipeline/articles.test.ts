import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from './articles.ts';
import { InputError } from './errors.ts';

const CLEAN = 'Ruritania opens a border post\n\nThe post opened on Monday.\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-articles-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readArticleFolder', () => {
  it('reads .txt and .md files sorted by name, ids without the extension', () => {
    const dir = folder({ 'b.md': CLEAN, 'a.txt': CLEAN, 'c.TXT': CLEAN });
    const { sources, notices } = readArticleFolder(dir);
    expect(sources.map((s) => [s.id, s.file])).toEqual([['a', 'a.txt'], ['b', 'b.md'], ['c', 'c.TXT']]);
    expect(sources[0]?.text).toBe(CLEAN);
    expect(notices).toEqual([]);
  });

  it('ignores other files and folders with a notice naming them', () => {
    const dir = folder({ 'a.txt': CLEAN, 'notes.pdf': 'x', 'README': 'y' });
    mkdirSync(join(dir, 'old'));
    const { sources, notices } = readArticleFolder(dir);
    expect(sources.map((s) => s.id)).toEqual(['a']);
    expect(notices).toHaveLength(3);
    expect(notices.join('\n')).toMatch(/notes\.pdf/);
    expect(notices.join('\n')).toMatch(/README/);
    expect(notices.join('\n')).toMatch(/old\//);
  });

  it('follows a link to an article file', () => {
    const dir = folder({ 'a.txt': CLEAN });
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(readArticleFolder(dir).sources.map((s) => [s.id, s.text])).toEqual([['a', CLEAN], ['b', CLEAN]]);
  });

  it('drops a BOM and normalises CRLF and CR line ends, giving the clean twin text', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(CLEAN)]);
    const dir = folder({ 'bom.txt': bom, 'crlf.txt': CLEAN.replace(/\n/g, '\r\n'), 'cr.txt': CLEAN.replace(/\n/g, '\r'), 'lf.txt': CLEAN });
    const texts = readArticleFolder(dir).sources.map((s) => s.text);
    expect(texts).toEqual([CLEAN, CLEAN, CLEAN, CLEAN]);
  });

  it('rejects a missing folder, naming it', () => {
    const missing = join(tmpdir(), 'dyad-no-such-folder-xyz');
    const e = inputError(() => readArticleFolder(missing));
    expect(e.file).toBe(missing);
    expect(e.message).toContain(missing);
  });

  it('rejects a file given as the folder', () => {
    const dir = folder({ 'a.txt': CLEAN });
    expect(inputError(() => readArticleFolder(join(dir, 'a.txt'))).message).toMatch(/not a folder/);
  });

  it('rejects a folder with no .txt or .md file', () => {
    const dir = folder({ 'notes.pdf': 'x' });
    expect(inputError(() => readArticleFolder(dir)).message).toMatch(/no \.txt or \.md articles/);
  });

  it.each([
    ['empty', ''],
    ['whitespace-only', ' \n\t\r\n '],
  ])('rejects an %s file, naming it', (_, body) => {
    const dir = folder({ 'a.txt': CLEAN, 'b.txt': body });
    const e = inputError(() => readArticleFolder(dir));
    expect(e.file).toBe(join(dir, 'b.txt'));
    expect(e.message).toMatch(/b\.txt: empty article/);
  });

  it('rejects a binary file with the offset and line of the NUL byte', () => {
    const dir = folder({ 'bin.txt': new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43]) });
    const e = inputError(() => readArticleFolder(dir));
    expect(e.detail).toMatchObject({ byte: 3, line: 2 });
    expect(e.message).toMatch(/bin\.txt: line 2: binary file \(NUL byte at byte 3\)/);
  });

  it('rejects a file that is not UTF-8 with the offset and line of the first bad byte', () => {
    const latin1 = Buffer.concat([Buffer.from('Caf\u00e9 is fine\nna'), Buffer.from([0xef, 0x76, 0x65])]);
    const dir = folder({ 'latin.txt': latin1 });
    const e = inputError(() => readArticleFolder(dir));
    expect(e.detail).toMatchObject({ byte: 16, line: 2 });
    expect(e.message).toMatch(/latin\.txt: line 2: not UTF-8 \(byte 0xef at byte 16\)/);
  });

  it('rejects two files with the same id', () => {
    const dir = folder({ 'a.md': CLEAN, 'a.txt': CLEAN });
    const e = inputError(() => readArticleFolder(dir));
    expect(e.message).toMatch(/a\.txt: same article id "a" as .*a\.md/);
  });
});

describe('the first bad byte of a non-UTF-8 file', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80, 0x62], 1],
    ['a byte that can never start a character', [0x61, 0x62, 0xff], 2],
    ['a character cut short at the end of the file', [0x61, 0xe2, 0x82], 1],
    ['a surrogate encoded in UTF-8', [0x61, 0xed, 0xa0, 0x80], 1],
  ])('names %s', (_, bytes, at) => {
    const dir = folder({ 'x.txt': new Uint8Array(bytes) });
    expect(inputError(() => readArticleFolder(dir)).detail.byte).toBe(at);
  });
});
