/**
 * Snapshot files: `{ "dyad": "snapshot", ...Snapshot }`, marked so that a file says what it is.
 * Opening also accepts the explorer's graphology JSON export, whose `attributes.dyadSnapshot`
 * holds the snapshot of the view it was exported from.
 */
import { MAX_FILE } from './bounds.ts';
import { parseJson, parseSnapshot, type SnapshotResult } from './snapshot-schema.ts';
import type { Snapshot } from './snapshot-types.ts';

/** The value of the `dyad` field that marks a snapshot file. */
export const SNAPSHOT_FILE_KIND = 'snapshot';

/** A snapshot file's text: the snapshot with its mark first, indented for people who open it. */
export function snapshotFileText(snapshot: Snapshot): string {
  return `${JSON.stringify({ dyad: SNAPSHOT_FILE_KIND, ...snapshot }, null, 2)}\n`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The snapshot inside a marked file or an export's attribute; the mark is optional in the latter. */
function unmarked(value: Record<string, unknown>): SnapshotResult {
  const { dyad, ...rest } = value;
  if (dyad !== undefined && dyad !== SNAPSHOT_FILE_KIND) return { ok: false, problem: 'it is a Dyad file, but not a snapshot' };
  return parseSnapshot(rest);
}

/** Reads the text of a snapshot file or a JSON export. Never throws. */
export function readSnapshotText(text: string): SnapshotResult {
  const json = parseJson(text);
  if (!json.ok) return json;
  const value = json.value;
  if (!isObject(value)) return { ok: false, problem: 'it is neither a Dyad snapshot nor a Dyad JSON export' };
  if ('dyad' in value) return unmarked(value);
  const attributes = value.attributes;
  if (isObject(attributes) && Array.isArray(value.nodes)) {
    const embedded = attributes.dyadSnapshot;
    if (embedded === undefined) return { ok: false, problem: 'this JSON export carries no view to restore' };
    return isObject(embedded) ? unmarked(embedded) : { ok: false, problem: 'its dyadSnapshot is not a snapshot' };
  }
  return { ok: false, problem: 'it is neither a Dyad snapshot nor a Dyad JSON export' };
}

/** Reads a file chosen or dropped by the user, refusing anything over the size limit unread. */
export async function readSnapshotFile(file: Blob): Promise<SnapshotResult> {
  if (file.size > MAX_FILE) {
    return { ok: false, problem: `it is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE / 1024 / 1024} MB` };
  }
  try {
    return readSnapshotText(await file.text());
  } catch {
    return { ok: false, problem: 'it could not be read' };
  }
}
