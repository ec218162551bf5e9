/**
 * Evidence.safeParse's verdict on an evidence item, at a fraction of its cost. Every item of every
 * build is checked against the contract, and zod's parse (which copies each item and its marks)
 * was a tenth of the build's time; this check only reads. On a failure evidenceFault names the key
 * that is wrong, from the same tests. The tests hold the verdicts equal to zod's on valid and broken
 * items.
 */
import type { Evidence } from './schema.ts';
import { DATE_PRECISIONS, DAY_OR_MONTH_PATTERN, MARK_ROLES, SHAPES, STATUSES } from './shapes.ts';

const KEYS = SHAPES.evidence.keys;
const DATE_KEYS = new Set(SHAPES.eventDate.keys);
const STATUS = new Set<unknown>(STATUSES);
const PRECISION = new Set<unknown>(DATE_PRECISIONS);
const ROLES = new Set<unknown>(MARK_ROLES);

/** Each key's test: what isEvidence decides by, and evidenceFault reports by. */
const FIELDS: Record<string, (v: unknown) => boolean> = {
  article: (v) => text(v), sentence: (v) => count(v), start: (v) => count(v), end: (v) => count(v), text: (v) => text(v),
  status: (v) => STATUS.has(v), speaker: (v) => v === null || typeof v === 'string', implicit: (v) => typeof v === 'boolean',
  trigger: (v) => text(v), date: (v) => v === null || typeof v === 'string', when: (v) => v === null || eventDate(v), marks: (v) => marks(v),
};

/** True when the item is what graph-data/schema.ts's Evidence accepts. */
export function isEvidence(x: unknown): x is Evidence {
  return isRecord(x) && exactKeys(x) && KEYS.every((k) => FIELDS[k]?.(x[k]) === true);
}

/**
 * What is wrong with an item isEvidence refuses, or null when it passes: said without zod, so that
 * the build's workers never load it (zod's import was half a worker's start-up).
 */
export function evidenceFault(x: unknown): string | null {
  return faultOf(x, KEYS, FIELDS);
}

/** The first key of `x` that is unknown, missing or refused by its test; null when every key passes. */
export function faultOf(x: unknown, keys: readonly string[], tests: Record<string, (v: unknown) => boolean>, optional: readonly string[] = []): string | null {
  if (!isRecord(x)) return 'not an object';
  const unknown = Object.keys(x).find((k) => !keys.includes(k));
  if (unknown !== undefined) return `unknown key "${unknown}"`;
  for (const k of keys) {
    if (x[k] === undefined && !optional.includes(k)) return `"${k}" is missing`;
    if (x[k] !== undefined && !tests[k]?.(x[k])) return `"${k}" is not what the contract allows`;
  }
  return null;
}

/** A plain object: what a zod object schema reads at all. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

// A strict object: every key of the schema and no other (all of Evidence's keys are required).
function exactKeys(x: Record<string, unknown>): boolean {
  const keys = Object.keys(x);
  return keys.length === KEYS.length && KEYS.every((k) => Object.hasOwn(x, k));
}

/** A non-empty string: z.string().min(1). */
export const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
/** z.number().int().nonnegative(). */
export const count = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

function eventDate(v: unknown): boolean {
  if (!isRecord(v) || !Object.keys(v).every((k) => DATE_KEYS.has(k))) return false;
  const { start, end, precision, inferred } = v;
  return typeof start === 'string' && DAY_OR_MONTH_PATTERN.test(start) && typeof end === 'string' && DAY_OR_MONTH_PATTERN.test(end) && PRECISION.has(precision) && (inferred === undefined || inferred === true);
}

function marks(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  // Indexed, not every(): a hole in the array is an undefined item, as zod reads it.
  for (let i = 0; i < v.length; i++) {
    const m: unknown = v[i];
    if (!Array.isArray(m) || m.length !== 3 || !Number.isSafeInteger(m[0]) || !Number.isSafeInteger(m[1]) || !ROLES.has(m[2])) return false;
  }
  return true;
}
