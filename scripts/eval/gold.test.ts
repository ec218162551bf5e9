import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFile, InputError, issuePath, readGold, validate } from './gold.ts';

const ITEM = { article: 'a1', quote: 'the hill front demanded an apology', source: 'pakistan', type: 'demand',
  target: 'india', status: 'reported', implicit: false, mutual: false };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('validate (gold)', () => {
  it('accepts a well-formed item, with or without optional', () => {
    expect(validate([ITEM, { ...ITEM, optional: true }], GoldFile, 'g.json')).toHaveLength(2);
  });

  it('names the file, the index and the field of a bad value', () => {
    const message = messageOf(() => validate([ITEM, ITEM, { ...ITEM, type: 'war' }], GoldFile, 'gold/x.json'));
    expect(message).toMatch(/^gold\/x\.json: \[2\]\.type: Invalid option/);
  });

  it('reports a missing field, an unknown field, a short quote and a self-loop', () => {
    const { status: _status, ...noStatus } = ITEM;
    const message = messageOf(() =>
      validate([noStatus, { ...ITEM, optinal: true }, { ...ITEM, quote: 'too short' }, { ...ITEM, target: 'pakistan' }], GoldFile, 'g.json'),
    );
    expect(message).toContain('g.json: [0].status:');
    expect(message).toContain('g.json: [1]: Unrecognized key: "optinal"');
    expect(message).toContain('g.json: [2].quote: a quote has at least 20 characters');
    expect(message).toContain('g.json: [3].target: source and target are the same actor');
  });

  it('says so when the top level is not a list', () => {
    expect(messageOf(() => validate({ items: [] }, GoldFile, 'g.json'))).toMatch(/^g\.json: \(top level\): /);
  });

  it('cuts a long list of problems short', () => {
    const message = messageOf(() => validate(Array.from({ length: 25 }, () => ({})), GoldFile, 'g.json'));
    expect(message.split('\n')).toHaveLength(11);
    expect(message).toMatch(/and \d+ more problems$/);
  });
});

describe('issuePath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(issuePath(['edges', 3, 'attributes', 'type'])).toBe('edges[3].attributes.type');
  });
});

describe('readGold', () => {
  it('names a missing file and a file that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dyad-gold-'));
    await expect(readGold(join(dir, 'none.json'))).rejects.toThrow(`${join(dir, 'none.json')}: no such file`);
    await writeFile(join(dir, 'broken.json'), '[{"article": ');
    await expect(readGold(join(dir, 'broken.json'))).rejects.toThrow(`${join(dir, 'broken.json')}: not valid JSON`);
  });
});
