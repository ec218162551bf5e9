/** Optional `---` front matter at the very top of an article: metadata that overrides guesses. */
import { findFullDate } from './dates.ts';
import { InputError } from './errors.ts';

/** The keys we read; others are left to the tools that wrote them. */
export const FRONT_MATTER_KEYS = ['title', 'outlet', 'date', 'byline', 'url'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** What the front matter says, and where the article proper begins. */
export interface FrontMatter {
  /** Only the keys the text gives; an empty value is given as null. */
  fields: Partial<Record<FrontMatterKey, string | null>>;
  /** Offset of the first character after the closing `---` line. */
  bodyStart: number;
}

/** Reads the front matter, if the text opens with a `---` line; throws on a malformed one. */
export function parseFrontMatter(text: string, file: string): FrontMatter | null {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  if (close < 0) throw new InputError(file, { line: 1, reason: 'front matter opened with --- is never closed' });
  const fields: FrontMatter['fields'] = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m?.[1]) throw new InputError(file, { line: i + 1, reason: 'front matter line is not "key: value"' });
    const key = m[1].toLowerCase();
    if (!isKey(key)) continue; // other tools' keys (tags, author ids) are not ours to judge
    fields[key] = value(key, unquote(m[2] ?? ''), file, i + 1);
  }
  const bodyStart = lines.slice(0, close + 1).join('\n').length + 1;
  return { fields, bodyStart: Math.min(bodyStart, text.length) };
}

function isKey(k: string): k is FrontMatterKey {
  return (FRONT_MATTER_KEYS as readonly string[]).includes(k);
}

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Dates are stored as YYYY-MM-DD; a date we cannot read is an error, not a silent null. */
function value(key: FrontMatterKey, v: string, file: string, line: number): string | null {
  if (v === '') return null;
  if (key !== 'date') return v;
  const found = findFullDate(v);
  if (!found) throw new InputError(file, { line, reason: `front matter date "${v}" is not a full date` });
  return found.date;
}
