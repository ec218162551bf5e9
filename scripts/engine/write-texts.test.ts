import { describe, expect, it } from 'vitest';
import type { Staged } from './output.ts';
import { isArrayIndex, jsonKeyOrder, textsWriter } from './write-texts.ts';

describe('the texts file', () => {
  it('knows which keys JSON lists first', () => {
    expect(['0', '7', '12', '4294967294'].every(isArrayIndex)).toBe(true);
    expect(['', '01', '-1', '1.5', '1e3', '4294967295', 'a7', '٣'].some(isArrayIndex)).toBe(false);
  });

  it('writes entries as JSON.stringify(texts, null, 2) does, in its key order', () => {
    const ids = ['b', '12', 'a-1', '7', '007', '0'];
    const texts = Object.fromEntries(ids.map((id) => [id, `text of ${id}\n“quoted” \u2028`]));
    let written = '';
    const out = { write: (t: string) => (written += t), writeBytes: (b: Uint8Array) => (written += new TextDecoder().decode(b)) } as unknown as Staged;
    const w = textsWriter(out);
    // A text comes as a string (read on this thread) or as its JSON, encoded (from a worker).
    jsonKeyOrder(ids).forEach((id, i) => w.add(id, i % 2 ? new TextEncoder().encode(JSON.stringify(texts[id])) : (texts[id] ?? '')));
    w.end();
    expect(jsonKeyOrder(ids)).toEqual(['0', '7', '12', 'b', 'a-1', '007']);
    expect(written).toBe(JSON.stringify(texts, null, 2) + '\n');
  });
});
