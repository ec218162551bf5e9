/**
 * What a snapshot may be, checked strictly: ids match their patterns, numbers are finite and
 * bounded, lists are capped, and no key goes unchecked. Anything else is refused as a whole.
 */
// Before zod defines any schema: see zod-jitless.ts.
import '../zod-jitless.ts';
import { z } from 'zod';
import { RelationType, Status } from '../model/contract.ts';
import { ArticleId, Coord, Day, EdgeKey, NodeId, OutletKey, PanOffset, SentenceIndex, Zoom } from './bound-schemas.ts';
import { MAX_ARTICLES, MAX_NODES } from './bounds.ts';
import { upgradeView } from './snapshot-upgrade.ts';
import type { Snapshot } from './snapshot-types.ts';
import { LAYOUTS, MODES } from './view.ts';

const SelectionSchema = z.union([
  z.strictObject({ kind: z.literal('edge'), key: EdgeKey }),
  z.strictObject({ kind: z.literal('node'), key: NodeId }),
  z.null(),
]);

const ViewSchema = z.strictObject({
  selection: SelectionSchema,
  outlet: OutletKey.nullable(),
  reader: z.strictObject({ article: ArticleId, sentence: SentenceIndex.nullable() }).nullable(),
  filters: z.strictObject({
    hiddenTypes: z.array(RelationType).max(RelationType.options.length * 2),
    hiddenStatuses: z.array(Status).max(Status.options.length * 2),
    hiddenArticles: z.array(ArticleId).max(MAX_ARTICLES),
    from: Day.nullable(),
    to: Day.nullable(),
    reportedBy: Day.nullable(),
  }),
  layout: z.enum(LAYOUTS),
  mode: z.enum(MODES),
});

const SnapshotSchema = z.strictObject({
  v: z.literal(1),
  graph: z.string().regex(/^[0-9a-f]{16}$/),
  view: ViewSchema,
  positions: z.record(NodeId, z.tuple([Coord, Coord])),
  zoom: Zoom,
  pan: z.tuple([PanOffset, PanOffset]),
});

/** A checked snapshot, or why it was refused (plain text, safe to show). */
export type SnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; problem: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Lists as the reducer keeps them: sorted, each item once. */
const canonical = <T extends string>(items: T[]): T[] => [...new Set(items)].sort();

/** The first schema problem, named by where it is; path parts are data, so they are cut short. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not have the shape of a snapshot';
  const where = issue.path.map((p) => String(p).slice(0, 40)).join('.') || 'the top level';
  return `${where}: ${issue.message}`;
}

/** Checks untrusted data (parsed JSON) against the snapshot format. Never throws. */
export function parseSnapshot(input: unknown): SnapshotResult {
  if (isObject(input) && typeof input.v === 'number' && input.v !== 1) {
    return { ok: false, problem: `it was made by another version of Dyad (snapshot format ${Number(input.v)}; this page reads format 1)` };
  }
  // Counted before parsing, so a file with a million positions is refused without checking each.
  if (isObject(input) && isObject(input.positions) && Object.keys(input.positions).length > MAX_NODES) {
    return { ok: false, problem: `it places more than ${MAX_NODES} actors` };
  }
  const parsed = SnapshotSchema.safeParse(upgradeView(input));
  if (!parsed.success) return { ok: false, problem: `it is not a valid snapshot (${describe(parsed.error)})` };
  const { view } = parsed.data;
  const filters = {
    ...view.filters,
    hiddenTypes: canonical(view.filters.hiddenTypes),
    hiddenStatuses: canonical(view.filters.hiddenStatuses),
    hiddenArticles: canonical(view.filters.hiddenArticles),
  };
  return { ok: true, snapshot: { ...parsed.data, view: { ...view, filters } } };
}

/** JSON.parse that refuses any "__proto__" key (schemas would drop it silently; it is never honest). */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__') throw new Error('__proto__');
      return v;
    });
    return { ok: true, value };
  } catch (e) {
    return { ok: false, problem: e instanceof Error && e.message === '__proto__' ? 'it contains a "__proto__" key' : 'it is not JSON' };
  }
}
