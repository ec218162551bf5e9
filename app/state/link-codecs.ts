/**
 * How the values of the view are written into an address and read back: the codecs the key
 * table (link-keys.ts) is made of. Every `decode` answers undefined for text it cannot read.
 */
import { isArticleId, isDayBound, isEdgeKey, isNodeId, isSentenceIndex } from './bounds.ts';
import type { Selection, ViewState } from './view.ts';

/** A test that a value read from outside is a T. */
export type Check<T> = (value: unknown) => value is T;

/** A value ↔ URL-safe text; `decode` never throws. */
export interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T | undefined;
}

/** decodeURIComponent that answers undefined instead of throwing on a broken escape. */
export function unescape(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The value if it passes the check, or undefined. */
export function valid<T>(check: Check<T>, value: unknown): T | undefined {
  return check(value) ? value : undefined;
}

/**
 * A sorted, duplicate-free list, comma-separated, each item escaped (article ids may hold commas).
 * Sorted as the reducer sorts, so every list the view can hold comes back identical.
 */
export function list<T extends string>(item: Check<T>, max: number): Codec<T[]> {
  return {
    encode: (items) => items.map(encodeURIComponent).join(','),
    decode: (text) => {
      const raw = text.split(',');
      if (raw.length > max) return undefined;
      const items = raw.map((r) => valid(item, unescape(r)));
      if (items.some((x) => x === undefined)) return undefined;
      return [...new Set(items as T[])].sort();
    },
  };
}

/** Free text (an outlet's name, say), escaped; null is the empty default. */
export function text(item: Check<string>): Codec<string | null> {
  return { encode: (t) => (t === null ? '' : encodeURIComponent(t)), decode: (t) => valid(item, unescape(t)) };
}

/** Node ids never contain "|" and edge keys always do, so one key says which is selected. */
export const selection: Codec<Selection> = {
  encode: (s) => s?.key ?? '',
  decode: (t) => {
    const key = unescape(t) ?? '';
    if (isEdgeKey(key)) return { kind: 'edge', key };
    return isNodeId(key) ? { kind: 'node', key } : undefined;
  },
};

type Reader = ViewState['reader'];

/** "article" or "article@sentence"; the article is escaped, so a raw "@" is always the separator. */
export const reader: Codec<Reader> = {
  encode: (r) => (r === null ? '' : `${encodeURIComponent(r.article)}${r.sentence === null ? '' : `@${r.sentence}`}`),
  decode: (t) => {
    const at = t.lastIndexOf('@');
    const article = valid(isArticleId, unescape(at < 0 ? t : t.slice(0, at)));
    if (article === undefined) return undefined;
    if (at < 0) return { article, sentence: null };
    const digits = t.slice(at + 1);
    const sentence = /^\d{1,7}$/.test(digits) ? valid(isSentenceIndex, Number(digits)) : undefined;
    return sentence === undefined ? undefined : { article, sentence };
  },
};

/** A calendar day, or null as the empty default. */
export const day: Codec<string | null> = {
  encode: (d) => d ?? '',
  decode: (t) => valid(isDayBound, t) ?? undefined,
};
