/**
 * The one table of what goes into a link: each key of the address, the part of the view it
 * carries, how it is written and read back, and whether changing it makes a history entry.
 * A key at its default is left out, so the default view has a bare address. Hover never goes in.
 */
import { isRelationType, isStatus, RELATION_TYPES, STATUSES } from '../../graph-data/shapes.ts';
import { isArticleId, isOutletKey, MAX_ARTICLES } from './bounds.ts';
import { type Codec, day, list, reader, selection, text } from './link-codecs.ts';
import { DEFAULT_VIEW, LAYOUTS, MODES, type ViewMode, type ViewState } from './view.ts';

/** The view as a link carries it: everything but the pointer's hover. */
export type LinkView = Omit<ViewState, 'hover'>;

/**
 * One key of the address. `encode` gives URL-safe text; `decode` never throws. Methods, not
 * function properties, so that every entry also passes as a `LinkKey<unknown>` for the codec.
 */
export interface LinkKey<T> extends Codec<T> {
  /** The value in the default view; a key at its default is left out of the link. */
  readonly default: T;
  get(view: LinkView): T;
  set(view: LinkView, value: T): LinkView;
  /** push: Back undoes the change; replace: it changes too often to fill the history with. */
  readonly history: 'push' | 'replace';
}

/** Filters are changed a click at a time and dates a keystroke (or a play step) at a time: they replace. */
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
    default: DEFAULT_VIEW.selection, get: (v) => v.selection, set: (v, s) => ({ ...v, selection: s }), ...selection, history: 'push',
  }),
  outlet: key({ default: DEFAULT_VIEW.outlet, get: (v) => v.outlet, set: (v, outlet) => ({ ...v, outlet }), ...text(isOutletKey), history: 'push' }),
  read: key({ default: DEFAULT_VIEW.reader, get: (v) => v.reader, set: (v, r) => ({ ...v, reader: r }), ...reader, history: 'push' }),
  show: key({
    default: DEFAULT_VIEW.mode, get: (v) => v.mode, set: (v, mode) => ({ ...v, mode }),
    encode: (m) => m, decode: (t) => MODES.find((m) => m === t), history: 'push',
  }),
  // Links made before the matrix said `table=1`. Read, never written: `get` is always the
  // default, so `show` alone carries the mode from now on.
  table: key<ViewMode>({
    default: DEFAULT_VIEW.mode, get: () => DEFAULT_VIEW.mode, set: (v, mode) => ({ ...v, mode }),
    encode: (m) => (m === 'table' ? '1' : '0'), decode: (t) => (t === '1' ? 'table' : t === '0' ? 'graph' : undefined), history: 'push',
  }),
  'hide-relations': key({ ...filter('hiddenTypes'), ...list(isRelationType, RELATION_TYPES.length) }),
  'hide-evidence': key({ ...filter('hiddenStatuses'), ...list(isStatus, STATUSES.length) }),
  'hide-articles': key({ ...filter('hiddenArticles'), ...list(isArticleId, MAX_ARTICLES) }),
  from: key({ ...filter('from'), ...day }),
  to: key({ ...filter('to'), ...day }),
  reported: key({ ...filter('reportedBy'), ...day }),
  layout: key({
    default: DEFAULT_VIEW.layout, get: (v) => v.layout, set: (v, layout) => ({ ...v, layout }),
    encode: (l) => l, decode: (t) => LAYOUTS.find((l) => l === t), history: 'replace',
  }),
} satisfies Record<string, LinkKey<unknown>>;

/** The name of one key of the address. */
export type LinkKeyName = keyof typeof LINK_KEYS;
