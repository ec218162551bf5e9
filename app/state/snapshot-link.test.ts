import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, snapshot } from './arbitraries.ts';
import { MAX_FRAGMENT } from './bounds.ts';
import { deflate, toBase64Url } from './bytes.ts';
import { decodeSnapshotLink, encodeSnapshotLink } from './snapshot-link.ts';
import { parseSnapshot } from './snapshot-schema.ts';
import type { Snapshot } from './snapshot-types.ts';
import { DEFAULT_VIEW } from './view.ts';

/** A link's payload from any JSON, as if someone had hand-crafted one. */
const craft = async (json: string) => toBase64Url(await deflate(new TextEncoder().encode(json)));

const SEED: Snapshot = {
  v: 1, graph: '0123456789abcdef',
  view: { selection: { kind: 'edge', key: 'pakistan|accusation|india' }, outlet: null, reader: null, layout: 'fcose', mode: 'graph',
    filters: { ...DEFAULT_VIEW.filters, hiddenTypes: ['clash', 'threat'] } },
  positions: { india: [120.5, -33.1], pakistan: [-80, 240.2], 'afghan-taliban': [0, 0] },
  zoom: 1.2345, pan: [310.4, 122],
};

/** Whatever decoding gave, it is either a refusal or a snapshot the schema accepts. */
const expectSafe = (result: Awaited<ReturnType<typeof decodeSnapshotLink>>) => {
  if (result.ok) expect(parseSnapshot(result.snapshot).ok).toBe(true);
  else expect(typeof result.problem).toBe('string');
};

describe('the snapshot link codec', () => {
  it('gives back a typical snapshot, in a few hundred characters', async () => {
    const payload = await encodeSnapshotLink(SEED);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(400);
    expect(await decodeSnapshotLink(payload)).toEqual({ ok: true, snapshot: SEED });
  });

  it('gives back every valid snapshot unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, async (s) => {
        expect(await decodeSnapshotLink(await encodeSnapshotLink(s))).toEqual({ ok: true, snapshot: s });
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on random text or random bytes', async () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/));
    await fc.assert(fc.asyncProperty(text, async (t) => expectSafe(await decodeSnapshotLink(t))), { numRuns: 500 });
    const bytes = fc.uint8Array({ maxLength: 400 });
    await fc.assert(fc.asyncProperty(bytes, async (b) => expectSafe(await decodeSnapshotLink(toBase64Url(b)))), { numRuns: 300 });
    await fc.assert(fc.asyncProperty(bytes, async (b) => expectSafe(await decodeSnapshotLink(toBase64Url(await deflate(b))))), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it('never throws on truncated or mutated links', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(snapshot, fc.nat(), fc.nat(63), async (s, at, c) => {
        const link = await encodeSnapshotLink(s);
        const i = at % link.length;
        const flipped = link.slice(0, i) + alphabet[c] + link.slice(i + 1);
        for (const t of [link.slice(0, i), flipped, link.slice(0, i) + link.slice(i + 1)]) expectSafe(await decodeSnapshotLink(t));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);

  it('refuses a link over the size limit, and a decompression bomb, unread', async () => {
    expect(await decodeSnapshotLink('A'.repeat(MAX_FRAGMENT + 1))).toMatchObject({ ok: false, problem: expect.stringContaining('64 KB') });
    const bomb = toBase64Url(await deflate(new Uint8Array(8 * 1024 * 1024).fill(32)));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT);
    expect(await decodeSnapshotLink(bomb)).toMatchObject({ ok: false, problem: expect.stringContaining('expand') });
  });

  it('names another version instead of guessing at it', async () => {
    expect(await decodeSnapshotLink(await craft('[2,"x"]'))).toMatchObject({ ok: false, problem: expect.stringContaining('format 2') });
  });

  it('refuses hostile content: markup in ids, huge numbers, __proto__, mismatched positions', async () => {
    const wire = (over: Record<number, unknown>) => {
      const w: unknown[] = [1, SEED.graph, 'select=india', 1, 0, 0, ['india'], [1, 2]];
      for (const [i, v] of Object.entries(over)) w[Number(i)] = v;
      return JSON.stringify(w);
    };
    const hostile = [
      wire({ 2: 'select=<script>alert(1)</script>' }),
      wire({ 6: ['<img src=x onerror=alert(1)>'] }),
      wire({ 3: 1e308 }),
      wire({ 4: -1e300 }),
      wire({ 7: [1e9, 2] }),
      wire({ 7: [1] }),
      wire({ 6: ['india', 'india'], 7: [1, 2, 3, 4] }),
      wire({ 1: '<b>' }),
      '{"__proto__":{"polluted":1}}',
      '[1,"0123456789abcdef","",1,0,0,[],[],{"__proto__":1}]',
    ];
    for (const json of hostile) {
      const result = await decodeSnapshotLink(await craft(json));
      expect(result.ok, json).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await decodeSnapshotLink(await craft(wire({})))).ok).toBe(true);
  });
});
