/** The plain tests that read links (bounds.ts) must give the verdicts of the zod schemas that read snapshots (bound-schemas.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../graph-data/shapes.ts';
import { ArticleId, Day, EdgeKey, NodeId, OutletKey, SentenceIndex } from './bound-schemas.ts';
import { isArticleId, isDayBound, isEdgeKey, isNodeId, isOutletKey, isSentenceIndex, MAX_ID } from './bounds.ts';

const PAIRS = [
  ['NodeId', isNodeId, NodeId],
  ['EdgeKey', isEdgeKey, EdgeKey],
  ['ArticleId', isArticleId, ArticleId],
  ['OutletKey', isOutletKey, OutletKey],
  ['Day', isDayBound, Day],
  ['SentenceIndex', isSentenceIndex, SentenceIndex],
] as const;

const id = fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,3}){0,2}$/);
/** Values near every rule: ids, edge keys, days, lengths around the limits, control characters, numbers of every kind. */
const VALUE = fc.oneof(
  id,
  fc.tuple(id, fc.constantFrom(...RELATION_TYPES, 'hugs'), id).map((p) => p.join('|')),
  fc.tuple(fc.integer({ min: 1999, max: 2031 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', '-', 'a-', 'A', 'a b', '\u0000', '\uD800', 'x'.repeat(MAX_ID), 'x'.repeat(MAX_ID + 1), 'a'.repeat(MAX_ID + 1), '2025-02-29', '2024-02-29'),
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 1_000_000, 1_000_001, NaN, Infinity, 2 ** 53)),
  fc.constantFrom(null, undefined, true, [], {}),
);

describe('bounds', () => {
  it.each(PAIRS)('%s: the plain test and the schema agree', (_name, check, schema) => {
    fc.assert(
      fc.property(VALUE, (v) => {
        expect(check(v)).toBe(schema.safeParse(v).success);
      }),
      { numRuns: 2000 },
    );
  });
});
