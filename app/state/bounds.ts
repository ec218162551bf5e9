/**
 * What a link or a snapshot file may contain, and how much of it: the patterns and limits every
 * decoder checks before anything from outside reaches the view or the canvas. Plain tests, with
 * no zod: a link is read at start-up, before the first render. The snapshot's schemas make zod
 * schemas of the same rules (bound-schemas.ts); bounds.test.ts holds the two to one verdict.
 */
import { DAY_PATTERN, ID_PATTERN, RELATION_TYPES } from '../../graph-data/shapes.ts';

/** The longest address fragment read at all; anything longer is refused unread. */
export const MAX_FRAGMENT = 64 * 1024;
/** The largest snapshot or export file opened. */
export const MAX_FILE = 5 * 1024 * 1024;
/** The most bytes a compressed link may inflate to: a guard against decompression bombs. */
export const MAX_INFLATED = 1024 * 1024;
/** The most node positions one snapshot may carry. */
export const MAX_NODES = 10_000;
/** The most hidden articles one view may list. */
export const MAX_ARTICLES = 5_000;
/** The longest id, key or article id accepted. */
export const MAX_ID = 200;
/** Model coordinates beyond this are nonsense, not a drawing. */
export const MAX_COORD = 1e6;
/** Pan, in pixels, beyond this puts the graph lightyears off screen. */
export const MAX_PAN = 1e7;
/** Zoom outside these is refused; cytoscape clamps what is inside to its own bounds. */
export const ZOOM_RANGE = [1e-3, 1e3] as const;

// An edge key is `source|type|target`: two of the contract's actor ids round a type.
const ID = ID_PATTERN.source.replace(/^\^|\$$/g, '');
export const EDGE_RE = new RegExp(`^${ID}\\|(?:${RELATION_TYPES.join('|')})\\|${ID}$`);
// Article ids are file names without their extension, so almost anything printable goes; no
// control characters and no lone surrogates (which no URL can carry).
export const ARTICLE_RE = /^[^\p{Cc}\p{Cs}]+$/u;

/** True for "YYYY-MM-DD" naming a real calendar day. */
export function isDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The longest edge key: two ids and a type between bars. */
export const MAX_EDGE_KEY = MAX_ID * 2 + 20;
/** The highest sentence index accepted. */
export const MAX_SENTENCE = 1_000_000;

const string = (v: unknown, min: number, max: number, pattern: RegExp): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max && pattern.test(v);

/** An actor id. */
export const isNodeId = (v: unknown): v is string => string(v, 0, MAX_ID, ID_PATTERN);
/** A stable edge key. */
export const isEdgeKey = (v: unknown): v is string => string(v, 0, MAX_EDGE_KEY, EDGE_RE);
/** An article id. */
export const isArticleId = (v: unknown): v is string => string(v, 1, MAX_ID, ARTICLE_RE);
/** A matrix column: an outlet's name, or the id of an article whose outlet is unknown. */
export const isOutletKey = (v: unknown): v is string => string(v, 1, MAX_ID, ARTICLE_RE);
/** An inclusive date bound. */
export const isDayBound = (v: unknown): v is string => typeof v === 'string' && isDay(v);
/** A sentence index inside an article. */
export const isSentenceIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SENTENCE;
