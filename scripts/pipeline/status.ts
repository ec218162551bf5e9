/**
 * Who says what: attribution ("…, X said", "according to X", "X told … that") and its scope,
 * and the status of a relation found inside or outside that scope.
 */
import type { Status } from '../../graph-data/schema.ts';
import type { View } from './analysis.ts';
import type { ArticleContext, Discourse } from './context.ts';
import { classAt, inClass, type Lexicon } from './lexicon.ts';
import type { Candidate, Mention } from './types.ts';

/** A stretch of a sentence stated by a source rather than by the article. */
export interface Attribution {
  speaker: string;
  actor: string | null;
  /** Token range [first, last) of what the source states. */
  scope: [number, number];
  /** Token index of the saying verb (-1 for "according to" and carried quotes). */
  verb: number;
}

const BOUNDARY = new Set([';', ':']);

type Speaker = Pick<Attribution, 'speaker' | 'actor'>;

/** Every attribution in the sentence; a sentence that continues a quotation inherits its speaker. */
export function findAttributions(v: View, ctx: ArticleContext, d: Discourse, lex: Lexicon, carried: Attribution | null): Attribution[] {
  const out: Attribution[] = [];
  const n = v.tokens.length;
  for (let i = 0; i < n; i++) {
    const acc = classAt(lex, 'according', v.tokens, i);
    if (acc && (v.tokens[i]?.norm !== 'per' || i > 0)) {
      const who = speakerAfter(v, i + acc, ctx, d, lex);
      const comma = v.tokens.findIndex((t, k) => k > i + acc && t.norm === ',');
      const atStart = v.tokens.slice(0, i).every((t) => t.norm === ',' || /^\p{P}$/u.test(t.text));
      out.push({ ...who, scope: atStart ? [comma < 0 ? n : comma + 1, n] : [0, i], verb: -1 });
      continue;
    }
    if (!inClass(lex, 'saying', v.tokens[i])) continue;
    const post = postPosed(v, i);
    if (post !== null) out.push({ ...speakerBetween(v, post + 1, i, ctx, d, lex, i + 1), scope: [0, post], verb: i });
    else out.push({ ...speakerBetween(v, clauseStart(v, i), i, ctx, d, lex, i + 1), scope: [contentStart(v, i + 1), scopeEnd(v, i + 1)], verb: i });
  }
  if (carried && out.length === 0) out.push({ ...carried, scope: [0, n], verb: -1 });
  return out;
}

function contentStart(v: View, from: number): number {
  let k = from;
  while (k < v.tokens.length && /^[:"“,]$/.test(v.tokens[k]?.text ?? '')) k++;
  return k;
}

// "…,” Asif warned." and "…, security sources said on Thursday." put the speaker after the content;
// "The ministry, X, said that …" and "X said, adding …" do not.
function postPosed(v: View, verb: number): number | null {
  const next = v.tokens[verb + 1]?.norm ?? '';
  if (next === 'that' || next === ':') return null;
  const rest = v.tokens.length - verb;
  for (let k = verb - 1; k >= Math.max(0, verb - 7); k--) {
    const t = v.tokens[k];
    if (!t) break;
    if (t.norm === ',' || t.text === '”' || (t.text === '"' && k > 0)) {
      const prev = v.tokens[k - 1];
      const quoted = t.text === '”' || t.text === '"' || prev?.text === '”' || prev?.text === '"';
      if (!quoted && rest > 9) return null;
      return prev && (prev.norm === ',' || prev.text === '”') ? k - 1 : k;
    }
    if (BOUNDARY.has(t.norm)) break;
  }
  return null;
}

function clauseStart(v: View, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (BOUNDARY.has(v.tokens[k]?.norm ?? '') || v.tokens[k]?.norm === ',') return k + 1;
  return 0;
}

// The content of "X said that …" runs to the end of the sentence or clause. A second predicate
// of the speaker ("… but accused Y") stays inside; its status is settled by the speech-act rule.
function scopeEnd(v: View, from: number): number {
  for (let k = from; k < v.tokens.length; k++) if (BOUNDARY.has(v.tokens[k]?.norm ?? '')) return k;
  return v.tokens.length;
}

function speakerAfter(v: View, from: number, ctx: ArticleContext, d: Discourse, lex: Lexicon): Speaker {
  let end = from;
  while (end < v.tokens.length && v.tokens[end]?.norm !== ',' && end - from < 8) end++;
  return speakerBetween(v, from, end, ctx, d, lex, end);
}

/** Names the speaker found in tokens [from, to), and the actor the speaker speaks for. */
function speakerBetween(v: View, from: number, to: number, ctx: ArticleContext, d: Discourse, lex: Lexicon, after: number): Speaker {
  const inside = v.actors.filter((m) => m.first >= from && m.last <= to);
  const person = inside.find((m) => m.kind === 'person');
  const words = v.tokens.slice(from, to).map((t) => t.norm);
  const pronoun = words.some((w) => w === 'he' || w === 'she') || /^(the )?(minister|spokesman|spokesperson)$/.test(words.join(' '));
  if (person) return { speaker: fullName(person, d), actor: person.actor };
  // "X, who earlier …, said": the speaker stands before a relative clause.
  const subject = from > 0 ? v.actors.find((m) => m.kind === 'person' && m.last <= from && !m.implicit) : undefined;
  if (subject && !inside.length && /^(who|,)$/.test(v.tokens[subject.last]?.norm ?? '')) return { speaker: fullName(subject, d), actor: subject.actor };
  if (pronoun && d.lastPerson) return { speaker: fullName(d.lastPerson, d), actor: d.lastPerson.actor };
  const actorMention = inside[0];
  const text = v.tokens.slice(from, to).filter((t) => !/^\p{P}$/u.test(t.text)).map((t) => t.text).join(' ');
  const sourceNoun = v.tokens.slice(from, to).some((t) => inClass(lex, 'officialSources', t));
  if (actorMention) return { speaker: text || actorMention.surface, actor: actorMention.actor };
  void after;
  return { speaker: text || 'unnamed source', actor: sourceNoun ? ctx.home : null };
}

// A surname stands for the person named in full earlier in the article.
function fullName(m: Mention, d: Discourse): string {
  const last = d.lastPerson;
  return last && last.actor === m.actor && last.surface.endsWith(m.surface) ? last.surface : m.surface;
}

/** The status of a candidate and its speaker, from the attributions of its sentence. */
export function statusOf(c: Candidate, triggerIndex: number, speech: boolean, attributions: Attribution[]): { status: Status; speaker: string | null } {
  const a = attributions.find(({ scope }) => triggerIndex >= scope[0] && triggerIndex < scope[1]);
  if (c.alleged) return { status: 'alleged', speaker: a?.speaker ?? null };
  if (!a) return { status: 'reported', speaker: null };
  if (speech && a.actor === c.source) return { status: 'reported', speaker: a.speaker };
  return { status: 'attributed', speaker: a.speaker };
}
