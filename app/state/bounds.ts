/**
 * What a link or a snapshot file may contain, and how much of it: the patterns and limits every
 * decoder checks before anything from outside reaches the view or the canvas.
 */
import { z } from 'zod';
import { RELATION_TYPES } from '../../graph-data/schema.ts';

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

// The same pattern graph-data/schema.ts gives actor ids; an edge key is `source|type|target`.
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ID_RE = new RegExp(`^${ID}$`);
const EDGE_RE = new RegExp(`^${ID}\\|(?:${RELATION_TYPES.join('|')})\\|${ID}$`);
// Article ids are file names without their extension, so almost anything printable goes; no
// control characters and no lone surrogates (which no URL can carry).
const ARTICLE_RE = /^[^\p{Cc}\p{Cs}]+$/u;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for "YYYY-MM-DD" naming a real calendar day. */
function isDay(text: string): boolean {
  if (!DAY_RE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An actor id. */
export const NodeId = z.string().max(MAX_ID).regex(ID_RE);
/** A stable edge key. */
export const EdgeKey = z.string().max(MAX_ID * 2 + 20).regex(EDGE_RE);
/** An article id. */
export const ArticleId = z.string().min(1).max(MAX_ID).regex(ARTICLE_RE);
/** A matrix column: an outlet's name, or the id of an article whose outlet is unknown. */
export const OutletKey = z.string().min(1).max(MAX_ID).regex(ARTICLE_RE);
/** An inclusive date bound. */
export const Day = z.string().refine(isDay, 'not a calendar day (YYYY-MM-DD)');
/** A sentence index inside an article. */
export const SentenceIndex = z.number().int().min(0).max(1_000_000);
/** A model coordinate. */
export const Coord = z.number().min(-MAX_COORD).max(MAX_COORD);
/** A pan offset in pixels. */
export const PanOffset = z.number().min(-MAX_PAN).max(MAX_PAN);
/** A zoom level. */
export const Zoom = z.number().min(ZOOM_RANGE[0]).max(ZOOM_RANGE[1]);
