/**
 * The one table of what goes into a link: each key of the address, the part of the view it
 * carries, how it is written and read back, and whether changing it makes a history entry.
 * A key at its default is left out, so the default view has a bare address. Hover never goes in.
 */
import { z } from 'zod';
import { RelationType, Status } from '../../graph-data/schema.ts';
import { ArticleId, Day, EdgeKey, MAX_ARTICLES, NodeId, SentenceIndex } from './bounds.ts';
import { DEFAULT_VIEW, LAYOUTS, type Selection, type ViewState } from './view.ts';

/** The view as a link carries it: everything but the pointer's hover. */
export type LinkView = Omit<ViewState, 'hover'>;

/**
 * One key of the address. `encode` gives URL-safe text; `decode` never throws. Methods, not
 * function properties, so that every entry also passes as a `LinkKey<unknown>` for the codec.
 */
export interface LinkKey<T> {
  /** The value in the default view; a key at its default is left out of the link. */
  readonly default: T;
  get(view: LinkView): T;
  set(view: LinkView, value: T): LinkView;
  encode(value: T): string;
  /** The value, or undefined when the text is not a valid one. */
  decode(text: string): T | undefined;
  /** push: Back undoes the change; replace: it changes too often to fill the history with. */
  readonly history: 'push' | 'replace';
}

/** decodeURIComponent that answers undefined instead of throwing on a broken escape. */
function unescape(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A value checked by a schema, or undefined. */
function valid<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A sorted, duplicate-free list, comma-separated, each item escaped (article ids may hold commas).
 * Sorted as the reducer sorts, so every list the view can hold comes back identical.
 */
function list<T extends string>(item: z.ZodType<T>, max: number): Pick<LinkKey<T[]>, 'encode' | 'decode'> {
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

/** Node ids never contain "|" and edge keys always do, so one key says which is selected. */
const selection: Pick<LinkKey<Selection>, 'encode' | 'decode'> = {
  encode: (s) => s?.key ?? '',
  decode: (text) => {
    const key = unescape(text) ?? '';
    if (valid(EdgeKey, key) !== undefined) return { kind: 'edge', key };
    return valid(NodeId, key) !== undefined ? { kind: 'node', key } : undefined;
  },
};

type Reader = LinkView['reader'];

/** "article" or "article@sentence"; the article is escaped, so a raw "@" is always the separator. */
const reader: Pick<LinkKey<Reader>, 'encode' | 'decode'> = {
  encode: (r) => (r === null ? '' : `${encodeURIComponent(r.article)}${r.sentence === null ? '' : `@${r.sentence}`}`),
  decode: (text) => {
    const at = text.lastIndexOf('@');
    const article = valid(ArticleId, unescape(at < 0 ? text : text.slice(0, at)));
    if (article === undefined) return undefined;
    if (at < 0) return { article, sentence: null };
    const digits = text.slice(at + 1);
    const sentence = /^\d{1,7}$/.test(digits) ? valid(SentenceIndex, Number(digits)) : undefined;
    return sentence === undefined ? undefined : { article, sentence };
  },
};

const day: Pick<LinkKey<string | null>, 'encode' | 'decode'> = {
  encode: (d) => d ?? '',
  decode: (text) => valid(Day, text) ?? undefined,
};

/** Filters are changed a click at a time and dates a keystroke at a time: they replace. */
const filter = <K extends keyof LinkView['filters']>(name: K) => ({
  default: DEFAULT_VIEW.filters[name],
  get: (v: LinkView) => v.filters[name],
  set: (v: LinkView, value: LinkView['filters'][K]) => ({ ...v, filters: { ...v.filters, [name]: value } }),
  history: 'replace' as const,
});

/** Keeps each entry's value type tied to its own codec. */
const key = <T>(k: LinkKey<T>): LinkKey<T> => k;

/** Every key of the address, in the order a link writes them. */
export const LINK_KEYS = {
  select: key({
    default: DEFAULT_VIEW.selection, get: (v) => v.selection, set: (v, selection) => ({ ...v, selection }),
    ...selection, history: 'push',
  }),
  read: key({ default: DEFAULT_VIEW.reader, get: (v) => v.reader, set: (v, r) => ({ ...v, reader: r }), ...reader, history: 'push' }),
  table: key({
    default: DEFAULT_VIEW.table, get: (v) => v.table, set: (v, table) => ({ ...v, table }),
    encode: (t) => (t ? '1' : '0'), decode: (text) => (text === '1' ? true : text === '0' ? false : undefined), history: 'push',
  }),
  'hide-relations': key({ ...filter('hiddenTypes'), ...list(RelationType, RelationType.options.length) }),
  'hide-evidence': key({ ...filter('hiddenStatuses'), ...list(Status, Status.options.length) }),
  'hide-articles': key({ ...filter('hiddenArticles'), ...list(ArticleId, MAX_ARTICLES) }),
  from: key({ ...filter('from'), ...day }),
  to: key({ ...filter('to'), ...day }),
  layout: key({
    default: DEFAULT_VIEW.layout, get: (v) => v.layout, set: (v, layout) => ({ ...v, layout }),
    encode: (l) => l, decode: (text) => LAYOUTS.find((l) => l === text), history: 'replace',
  }),
} satisfies Record<string, LinkKey<unknown>>;

/** The name of one key of the address. */
export type LinkKeyName = keyof typeof LINK_KEYS;
