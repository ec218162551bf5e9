/**
 * The address fragment ↔ the view, through the key table. The fragment, not the query string:
 * no server ever sees which articles someone reads or hides, a static host serves the page
 * whatever follows the "#", changing it never reloads the page, and a shared snapshot (which
 * must stay out of server logs) lives in the same place as the plain view keys.
 */
import { MAX_FRAGMENT } from './bounds.ts';
import { LINK_KEYS, type LinkKey, type LinkView } from './link-keys.ts';
import { DEFAULT_VIEW } from './view.ts';

/** The fragment key of a shared snapshot: `#snap=…`. */
export const SNAPSHOT_KEY = 'snap';

/** What an address holds: view keys (with what was wrong with them), or a snapshot still to decode. */
export type Address = { kind: 'view'; view: LinkView; problems: string[] } | { kind: 'snapshot'; payload: string };

const KEYS = Object.entries(LINK_KEYS) as [string, LinkKey<unknown>][];
const BY_NAME = new Map(KEYS);

/** The default view as a link carries it. */
export const DEFAULT_LINK_VIEW: LinkView = withoutHover(DEFAULT_VIEW);

/** The view minus what a link never carries. */
export function withoutHover(view: LinkView & { hover?: unknown }): LinkView {
  const { selection, outlet, reader, filters, layout, mode } = view;
  return { selection, outlet, reader, filters, layout, mode };
}

/** Untrusted text for a message: control characters out, at most `max` characters, quoted. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return `“${clean.length > max ? `${clean.slice(0, max)}…` : clean}”`;
}

/** The fragment for a view, without the "#": keys at their default are left out, so the default view gives "". */
export function encodeLink(view: LinkView): string {
  const parts: string[] = [];
  for (const [name, key] of KEYS) {
    const text = key.encode(key.get(view));
    if (text !== key.encode(key.default)) parts.push(`${name}=${text}`);
  }
  return parts.join('&');
}

/** Reads a fragment (with or without "#"). Never throws: what cannot be read stays at its default and is named in `problems`. */
export function decodeLink(fragment: string): Address {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT) {
    const kb = Math.ceil(text.length / 1024);
    return { kind: 'view', view: DEFAULT_LINK_VIEW, problems: [`The address is too long to read (${kb} KB; the limit is ${MAX_FRAGMENT / 1024} KB).`] };
  }
  const parts = text.split('&').filter((p) => p !== '');
  const snapshot = parts.find((p) => p.startsWith(`${SNAPSHOT_KEY}=`));
  if (snapshot !== undefined) return { kind: 'snapshot', payload: snapshot.slice(SNAPSHOT_KEY.length + 1) };
  let view = DEFAULT_LINK_VIEW;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const key = BY_NAME.get(name);
    if (!key || seen.has(name)) {
      problems.push(`Ignored ${quote(name, 40)} in the address: ${key ? 'it appears twice' : 'Dyad does not know it'}.`);
      continue;
    }
    seen.add(name);
    const value = eq < 0 ? undefined : key.decode(part.slice(eq + 1));
    if (value === undefined) problems.push(`Ignored ${quote(part, 60)} in the address: not a valid value.`);
    else view = key.set(view, value);
  }
  return { kind: 'view', view, problems };
}

/** How the address should follow a change from `before` to `after`: a new history entry or the same one. */
export function historyMode(before: LinkView, after: LinkView): 'push' | 'replace' {
  const changed = KEYS.filter(([, key]) => key.encode(key.get(before)) !== key.encode(key.get(after)));
  return changed.some(([, key]) => key.history === 'push') ? 'push' : 'replace';
}
