/** fast-check generators of valid views and snapshots, for the codec tests (never imported by the app). */
import fc from 'fast-check';
import { RELATION_TYPES, STATUSES } from '../../graph-data/shapes.ts';
import { isArticleId, MAX_COORD, MAX_PAN, ZOOM_RANGE } from './bounds.ts';
import type { LinkView } from './link-keys.ts';
import type { Snapshot } from './snapshot-types.ts';
import { LAYOUTS, MODES } from './view.ts';

const sorted = <T extends string>(items: T[]): T[] => [...items].sort();

/** Actor ids as the graph schema allows them. */
export const nodeId = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);

/** Edge keys: source|type|target. */
export const edgeKey = fc.tuple(nodeId, fc.constantFrom(...RELATION_TYPES), nodeId).map((parts) => parts.join('|'));

/** Article ids: real-looking ones, and any printable text, commas, "@", "%" and all. */
export const articleId = fc.oneof(
  fc.stringMatching(/^\d{3}_[0-9a-f]{16}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter(isArticleId),
  fc.string({ unit: fc.constantFrom('@', ',', '%', '&', '=', '#', ' ', '|', 'a', 'é', '😀'), minLength: 1, maxLength: 8 }),
);

const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const selection = fc.oneof(
  fc.constant(null),
  edgeKey.map((key) => ({ kind: 'edge' as const, key })),
  nodeId.map((key) => ({ kind: 'node' as const, key })),
);

/** Every view a link can carry, with lists as the reducer keeps them (sorted, no repeats). */
export const linkView: fc.Arbitrary<LinkView> = fc.record({
  selection,
  // Outlet names are free text, as article ids are: the same generator covers both.
  outlet: fc.option(articleId),
  reader: fc.option(fc.record({ article: articleId, sentence: fc.option(fc.nat(1_000_000)) })),
  filters: fc.record({
    hiddenTypes: fc.subarray([...RELATION_TYPES]).map(sorted),
    hiddenStatuses: fc.subarray([...STATUSES]).map(sorted),
    hiddenArticles: fc.uniqueArray(articleId, { maxLength: 6 }).map(sorted),
    from: fc.option(day),
    to: fc.option(day),
    reportedBy: fc.option(day),
  }),
  layout: fc.constantFrom(...LAYOUTS),
  mode: fc.constantFrom(...MODES),
});

// "+ 0": JSON has no -0, and snapshotOf never makes one.
const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => x + 0);

/** Any valid snapshot: any view, up to 40 positions anywhere in bounds, any zoom and pan in bounds. */
export const snapshot: fc.Arbitrary<Snapshot> = fc.record({
  v: fc.constant(1 as const),
  graph: fc.stringMatching(/^[0-9a-f]{16}$/),
  view: linkView,
  positions: fc
    .uniqueArray(fc.tuple(nodeId, fc.tuple(number(-MAX_COORD, MAX_COORD), number(-MAX_COORD, MAX_COORD))), {
      maxLength: 40,
      selector: ([id]) => id,
    })
    .map((entries) => Object.fromEntries(entries)),
  zoom: number(ZOOM_RANGE[0], ZOOM_RANGE[1]),
  pan: fc.tuple(number(-MAX_PAN, MAX_PAN), number(-MAX_PAN, MAX_PAN)),
});

/** Property tests run hundreds of cases; under a full parallel test run they need more than vitest's 5 s. */
export const PROPERTY_TIMEOUT = 30_000;
