/** Splits a sentence into plain and highlighted runs, so marks render as elements, never as HTML. */
import type { Evidence } from '../../graph-data/schema.ts';

/** What a highlighted span stands for in the relation. */
export type MarkRole = Evidence['marks'][number][2];

/** A run of text and the roles of every mark that covers it (empty: plain text). */
export interface Segment {
  text: string;
  roles: MarkRole[];
}

const ROLE_ORDER: readonly MarkRole[] = ['source', 'target', 'trigger'];

/**
 * Cuts `text` at every mark boundary. Marks out of range are clamped and empty ones dropped, so a
 * bad offset in the data costs a highlight, never a character of the sentence.
 */
export function splitMarks(text: string, marks: Evidence['marks']): Segment[] {
  const spans = marks
    .map(([s, e, role]) => ({ start: clamp(s, text.length), end: clamp(e, text.length), role }))
    .filter((m) => m.start < m.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = new Set(spans.filter((m) => m.start <= from && to <= m.end).map((m) => m.role));
    const roles = ROLE_ORDER.filter((r) => covering.has(r));
    const last = segments.at(-1);
    if (last && sameRoles(last.roles, roles)) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), roles });
  }
  return segments;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(n, 0), max);
}

function sameRoles(a: MarkRole[], b: MarkRole[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}
