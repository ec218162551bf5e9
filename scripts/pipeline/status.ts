/**
 * Who says what: attribution ("…, X said", "according to X", "X told … that") and its scope,
 * and the status of a relation found inside or outside that scope.
 */
import type { Status } from '../../graph-data/schema.ts';
import type { View } from './analysis.ts';
import type { ArticleContext, Discourse } from './context.ts';
import { classAt, inClass, startsClass, type Lexicon } from './lexicon.ts';
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

/**
 * Where a sentence has someone speak: the speaker's token range [from, to), the scope and the
 * saying verb. Found once per sentence: no article context or discourse changes them, so the
 * pre-pass that finds the article's voices and the main pass share one scan of the tokens.
 */
export interface Site {
  from: number;
  to: number;
  scope: [number, number];
  verb: number;
}

/** Every place in the sentence where a source is said to speak, in token order. */
export function attributionSites(v: View, lex: Lexicon): Site[] {
  const out: Site[] = [];
  const n = v.tokens.length;
  for (let i = 0; i < n; i++) {
    // Both tests below need a class word; most tokens are none.
    if (!startsClass(lex, v.tokens[i])) continue;
    const acc = classAt(lex, 'according', v.tokens, i);
    if (acc && (v.tokens[i]?.norm !== 'per' || i > 0)) {
      const from = i + acc;
      const comma = v.tokens.findIndex((t, k) => k > from && t.norm === ',');
      const atStart = v.tokens.slice(0, i).every((t) => t.norm === ',' || /^\p{P}$/u.test(t.text));
      out.push({ from, to: speakerEnd(v, from), scope: atStart ? [comma < 0 ? n : comma + 1, n] : [0, i], verb: -1 });
      continue;
    }
    if (!inClass(lex, 'saying', v.tokens[i])) continue;
    const post = postPosed(v, i);
    if (post !== null) out.push({ from: post + 1, to: i, scope: [0, post], verb: i });
    else out.push({ from: clauseStart(v, i), to: i, scope: [contentStart(v, i + 1), scopeEnd(v, i + 1)], verb: i });
  }
  return out;
}

/** Every attribution in the sentence; a sentence that continues a quotation inherits its speaker. */
export function findAttributions(v: View, sites: Site[], ctx: ArticleContext, d: Discourse, lex: Lexicon, carried: Attribution | null): Attribution[] {
  // Built field by field: an object spread here cost more than finding the speaker.
  const out: Attribution[] = sites.map((s) => {
    const { speaker, actor } = speakerBetween(v, s.from, s.to, ctx, d, lex);
    return { speaker, actor, scope: s.scope, verb: s.verb };
  });
  if (carried && out.length === 0) out.push({ ...carried, scope: [0, v.tokens.length], verb: -1 });
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

// "according to X, …": the speaker runs to the next comma, eight words at most.
function speakerEnd(v: View, from: number): number {
  let end = from;
  while (end < v.tokens.length && v.tokens[end]?.norm !== ',' && end - from < 8) end++;
  return end;
}

/** Names the speaker found in tokens [from, to), and the actor the speaker speaks for. */
function speakerBetween(v: View, from: number, to: number, ctx: ArticleContext, d: Discourse, lex: Lexicon): Speaker {
  const inside = v.actors.filter((m) => m.first >= from && m.last <= to);
  const person = inside.find((m) => m.kind === 'person');
  if (person) return { speaker: fullName(person, d), actor: person.actor };
  // "X, who earlier …, said": the speaker stands before a relative clause.
  const subject = from > 0 ? v.actors.find((m) => m.kind === 'person' && m.last <= from && !m.implicit) : undefined;
  if (subject && !inside.length && /^(who|,)$/.test(v.tokens[subject.last]?.norm ?? '')) return { speaker: fullName(subject, d), actor: subject.actor };
  const span = v.tokens.slice(from, to);
  if (d.lastPerson && pronounSpeaker(span)) return { speaker: fullName(d.lastPerson, d), actor: d.lastPerson.actor };
  const text = span.filter((t) => !/^\p{P}$/u.test(t.text)).map((t) => t.text).join(' ');
  const actorMention = inside[0];
  if (actorMention) return { speaker: text || actorMention.surface, actor: actorMention.actor };
  const sourceNoun = span.some((t) => inClass(lex, 'officialSources', t));
  return { speaker: text || 'unnamed source', actor: sourceNoun ? ctx.home : null };
}

// "he said", "the minister said": the person last named speaks.
function pronounSpeaker(span: View['tokens']): boolean {
  if (span.some((t) => t.norm === 'he' || t.norm === 'she')) return true;
  const words = span[0]?.norm === 'the' ? span.slice(1) : span;
  return words.length === 1 && /^(minister|spokesman|spokesperson)$/.test(words[0]?.norm ?? '');
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
