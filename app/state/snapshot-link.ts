/**
 * A snapshot ↔ the text after `#snap=`. The wire form is a JSON array, positional so that no
 * field name is repeated, with the view written by the key table exactly as a plain link writes
 * it; then deflate-raw and base64url. Decoding checks size at every step and the result against
 * the snapshot schema; it never throws.
 */
// Before zod defines any schema: see zod-jitless.ts.
import '../zod-jitless.ts';
import { z } from 'zod';
import { NodeId } from './bound-schemas.ts';
import { MAX_FRAGMENT, MAX_INFLATED, MAX_NODES } from './bounds.ts';
import { deflate, fromBase64Url, inflate, toBase64Url } from './bytes.ts';
import { decodeLink, encodeLink } from './link.ts';
import { parseJson, parseSnapshot, type SnapshotResult } from './snapshot-schema.ts';
import type { Snapshot } from './snapshot-types.ts';

/** [version, graph hash, view keys, zoom, pan x, pan y, node ids, x0, y0, x1, y1, …]. */
const Wire = z.tuple([
  z.number(),
  z.string().max(64),
  z.string().max(MAX_FRAGMENT),
  z.number(),
  z.number(),
  z.number(),
  z.array(NodeId).max(MAX_NODES),
  z.array(z.number()).max(2 * MAX_NODES),
]);

/** The text for `#snap=`: compressed, URL-safe, never seen by a server. */
export async function encodeSnapshotLink(snapshot: Snapshot): Promise<string> {
  const ids = Object.keys(snapshot.positions);
  const xy = ids.flatMap((id) => snapshot.positions[id] ?? []);
  const wire = [snapshot.v, snapshot.graph, encodeLink(snapshot.view), snapshot.zoom, snapshot.pan[0], snapshot.pan[1], ids, xy];
  return toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(wire))));
}

const refused = (problem: string): SnapshotResult => ({ ok: false, problem });

/** Reads the text after `#snap=` back into a checked snapshot, or says why it cannot. */
export async function decodeSnapshotLink(payload: string): Promise<SnapshotResult> {
  if (payload.length > MAX_FRAGMENT) return refused(`it is longer than ${MAX_FRAGMENT / 1024} KB`);
  const bytes = fromBase64Url(payload);
  if (!bytes) return refused('it is damaged (not base64url)');
  const inflated = await inflate(bytes, MAX_INFLATED);
  if (!inflated.ok) {
    return refused(inflated.problem === 'too-large' ? `it would expand to more than ${MAX_INFLATED / 1024} KB` : 'it is damaged (not compressed data)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refused('it is damaged (not text)');
  }
  const json = parseJson(text);
  if (!json.ok) return refused(json.problem);
  const head = Array.isArray(json.value) ? (json.value[0] as unknown) : undefined;
  if (typeof head === 'number' && head !== 1) return parseSnapshot({ v: head });
  const wire = Wire.safeParse(json.value);
  if (!wire.success) return refused('it is not a Dyad snapshot');
  return fromWire(wire.data);
}

/** The snapshot a wire array stands for, checked by the schema like any other. */
function fromWire([v, graph, keys, zoom, panX, panY, ids, xy]: z.infer<typeof Wire>): SnapshotResult {
  const address = decodeLink(keys);
  // A snapshot is written by Dyad: view keys it cannot read mean tampering, not an old link.
  if (address.kind !== 'view' || address.problems.length > 0) return refused('its view is not readable');
  if (xy.length !== ids.length * 2 || new Set(ids).size !== ids.length) return refused('its positions do not match its actors');
  // fromEntries defines keys rather than assigning them: no key can reach a prototype.
  const positions = Object.fromEntries(ids.map((id, i) => [id, [xy[2 * i], xy[2 * i + 1]]]));
  return parseSnapshot({ v, graph, view: address.view, positions, zoom, pan: [panX, panY] });
}
