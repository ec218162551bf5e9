/** The fast evidence check must give zod's verdict, on valid items and on every way to break one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evidence } from '../../graph-data/schema.ts';
import { evidenceFault, isEvidence } from '../../graph-data/evidence-check.ts';

const day = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const when = fc.oneof(
  fc.constant(null),
  fc.record({ start: day, end: day, precision: fc.constantFrom('day', 'range', 'month') }, { requiredKeys: ['start', 'end', 'precision'] }),
  fc.record({ start: day, end: day, precision: fc.constantFrom('day', 'range'), inferred: fc.constant(true as const) }),
);
const mark = fc.tuple(fc.nat(500), fc.nat(500), fc.constantFrom('source', 'target', 'trigger'));
const valid = fc.record({
  article: fc.string({ minLength: 1 }), sentence: fc.nat(), start: fc.nat(), end: fc.nat(), text: fc.string({ minLength: 1 }),
  status: fc.constantFrom('reported', 'attributed', 'alleged'), speaker: fc.option(fc.string(), { nil: null }), implicit: fc.boolean(),
  trigger: fc.string({ minLength: 1 }), date: fc.option(day, { nil: null }), when, marks: fc.array(mark, { maxLength: 4 }),
});

// Values of every kind, to put anywhere: wrong types, edge numbers, bad strings and dates.
const odd = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', '2025-1-1', '2025-10-01x', -1, 1.5, NaN, Infinity, 2 ** 53, -0, true, 'day', 'weekly', [], {}, [1, 2, 'source'], [1, 2], [1, 2, 'source', 4]),
  fc.anything(),
);
const PATHS = ['article', 'sentence', 'start', 'end', 'text', 'status', 'speaker', 'implicit', 'trigger', 'date', 'when', 'marks', 'extra', 'when.start', 'when.precision', 'when.inferred', 'when.extra', 'marks.0', 'marks.0.0', 'marks.0.2'];

/** The item with one value replaced, added or (undefined) set at a path. */
function mutate(item: Record<string, unknown>, path: string, value: unknown): unknown {
  const copy = structuredClone(item) as Record<string, unknown>;
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (!rest.length) {
    copy[head] = value;
    return copy;
  }
  const inner = copy[head];
  if (inner === null || typeof inner !== 'object') return copy;
  let at: Record<string, unknown> = inner as Record<string, unknown>;
  for (const k of rest.slice(0, -1)) {
    if (at[k] === null || typeof at[k] !== 'object') return copy;
    at = at[k] as Record<string, unknown>;
  }
  at[rest[rest.length - 1] as string] = value;
  return copy;
}

describe('isEvidence', () => {
  it('accepts every valid item, as zod does', () => {
    fc.assert(fc.property(valid, (item) => {
      expect(Evidence.safeParse(item).success).toBe(true);
      expect(isEvidence(item)).toBe(true);
      expect(evidenceFault(item)).toBeNull();
    }), { numRuns: 500 });
  });

  it('gives zod’s verdict on items broken at any place', () => {
    fc.assert(fc.property(valid, fc.constantFrom(...PATHS), odd, (item, path, value) => {
      const broken = mutate(item, path, value);
      const zod = Evidence.safeParse(broken).success;
      expect(isEvidence(broken), `${path} = ${typeof value}`).toBe(zod);
      // The fault names the key that was broken, and there is none where zod finds none.
      const fault = evidenceFault(broken);
      if (zod) expect(fault, path).toBeNull();
      else expect(fault, `${path} = ${typeof value}`).toContain(`"${path.split('.')[0]}"`);
    }), { numRuns: 3000 });
  });

  it('gives zod’s verdict on a missing key and on what is no object at all', () => {
    const item = fc.sample(valid, { numRuns: 1, seed: 1 })[0] as Record<string, unknown>;
    for (const key of Object.keys(item)) {
      const { [key]: _gone, ...rest } = item;
      expect(isEvidence(rest), key).toBe(false);
      expect(Evidence.safeParse(rest).success, key).toBe(false);
      expect(evidenceFault(rest)).toBe(`"${key}" is missing`);
    }
    for (const x of [null, undefined, 1, 'x', [], [item]]) {
      expect(isEvidence(x)).toBe(Evidence.safeParse(x).success);
      expect(evidenceFault(x)).toBe('not an object');
    }
  });
});
