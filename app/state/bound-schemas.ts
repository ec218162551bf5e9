/**
 * The rules of bounds.ts as zod schemas, for the snapshot's schema, which composes them and wants
 * zod's messages. Loaded with the snapshot code, never at start-up; bounds.test.ts holds each
 * schema to the verdict of its plain test in bounds.ts.
 */
import '../zod-jitless.ts';
import { z } from 'zod';
import { ID_PATTERN } from '../../graph-data/shapes.ts';
import { ARTICLE_RE, EDGE_RE, isDay, MAX_COORD, MAX_EDGE_KEY, MAX_ID, MAX_PAN, MAX_SENTENCE, ZOOM_RANGE } from './bounds.ts';

/** An actor id. */
export const NodeId = z.string().max(MAX_ID).regex(ID_PATTERN);
/** A stable edge key. */
export const EdgeKey = z.string().max(MAX_EDGE_KEY).regex(EDGE_RE);
/** An article id. */
export const ArticleId = z.string().min(1).max(MAX_ID).regex(ARTICLE_RE);
/** A matrix column: an outlet's name, or the id of an article whose outlet is unknown. */
export const OutletKey = z.string().min(1).max(MAX_ID).regex(ARTICLE_RE);
/** An inclusive date bound. */
export const Day = z.string().refine(isDay, 'not a calendar day (YYYY-MM-DD)');
/** A sentence index inside an article. */
export const SentenceIndex = z.number().int().min(0).max(MAX_SENTENCE);
/** A model coordinate. */
export const Coord = z.number().min(-MAX_COORD).max(MAX_COORD);
/** A pan offset in pixels. */
export const PanOffset = z.number().min(-MAX_PAN).max(MAX_PAN);
/** A zoom level. */
export const Zoom = z.number().min(ZOOM_RANGE[0]).max(ZOOM_RANGE[1]);
