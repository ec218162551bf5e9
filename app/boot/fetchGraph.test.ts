import { describe, expect, it } from 'vitest';
import { fetchGraph, getJson, type Progress, progressText, type Xhr } from './fetchGraph.ts';

const answer = (body: string | null, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;

describe('fetchGraph', () => {
  it('parses the graph and reports the bytes as they arrive, against the length the server gives', async () => {
    const body = JSON.stringify({ nodes: [], edges: [] });
    const seen: Progress[] = [];
    const got = await fetchGraph('/g.json', (p) => seen.push(p), answer(body, { headers: { 'content-length': String(body.length) } }));
    expect(got).toEqual({ ok: true, raw: { nodes: [], edges: [] } });
    expect(seen.at(-1)).toEqual({ received: body.length, total: body.length });
  });

  it('says what went wrong instead of throwing: an HTTP error, a failed request, a file that is not JSON', async () => {
    expect(await fetchGraph('/g.json', undefined, answer('nope', { status: 404 }))).toEqual({ ok: false, problem: 'the server answered 404 for /g.json' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchGraph('/g.json', undefined, offline)).toEqual({ ok: false, problem: '/g.json could not be read (Failed to fetch)' });
    const broken = await fetchGraph('/g.json', undefined, answer('{"nodes": ['));
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problem).toMatch(/^\/g\.json is not JSON/);
  });
});

/** A stand-in request that answers `status` and `body` (or fails, with no status) once sent. */
function xhr(status: number | null, body = ''): () => Xhr {
  return () => {
    const r = { status: 0, responseText: '', open: () => {} } as unknown as Xhr & { send: () => void };
    r.send = () => {
      if (status === null) return void r.onerror?.call(r as XMLHttpRequest, {} as ProgressEvent);
      Object.assign(r, { status, responseText: body });
      r.onload?.call(r as XMLHttpRequest, {} as ProgressEvent);
    };
    return r;
  };
}

describe('getJson', () => {
  it('parses the file, and says what went wrong instead of throwing', async () => {
    expect(await getJson('/v.json', xhr(200, '{"nodes": []}'))).toEqual({ ok: true, raw: { nodes: [] } });
    expect(await getJson('/v.json', xhr(404, 'nope'))).toEqual({ ok: false, problem: 'the server answered 404 for /v.json' });
    expect(await getJson('/v.json', xhr(null))).toEqual({ ok: false, problem: '/v.json could not be read' });
    const broken = await getJson('/v.json', xhr(200, '{"nodes": ['));
    expect(!broken.ok && broken.problem).toMatch(/^\/v\.json is not JSON/);
  });
});

describe('progressText', () => {
  it('says how much has arrived, of how much when known', () => {
    expect(progressText({ received: 320_000, total: null })).toBe('320 KB');
    expect(progressText({ received: 1_400_000, total: 8_000_000 })).toBe('1.4 MB of 8.0 MB');
  });
});
