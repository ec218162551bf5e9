import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT } from './arbitraries.ts';
import { deflate, fromBase64Url, inflate, toBase64Url } from './bytes.ts';

describe('base64url', () => {
  it('round-trips any bytes, with no padding and only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('says null for text that is not base64url', () => {
    for (const t of ['a', 'ab+c', 'ab/c', 'abc=', 'ab c', '<script>']) expect(fromBase64Url(t), t).toBeNull();
  });
});

describe('deflate and inflate', () => {
  it('round-trip any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(await inflate(await deflate(bytes), 1e6)).toEqual({ ok: true, bytes });
      }),
      { numRuns: 50 },
    );
  }, PROPERTY_TIMEOUT);

  it('stops a decompression bomb at the cap', async () => {
    const bomb = await deflate(new Uint8Array(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(30_000);
    expect(await inflate(bomb, 1024 * 1024)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('calls random and truncated input corrupt instead of throwing', async () => {
    const good = await deflate(new TextEncoder().encode('a snapshot, more or less, a snapshot'));
    expect((await inflate(good.slice(0, good.length - 3), 1e6)).ok).toBe(false);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const out = await inflate(bytes, 4096);
        if (out.ok) expect(out.bytes.length).toBeLessThanOrEqual(4096);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});
