/** Finding the actors that fill a trigger's slots: subject, object, "by" agent, possessor, pair. */
import type { View } from './analysis.ts';
import type { Mention } from './types.ts';

const PREPOSITIONS = new Set(['of', 'with', 'to', 'from', 'by', 'against', 'on', 'for', 'in', 'into', 'at', 'between', 'among', 'including', 'like', 'inside', 'over', 'toward', 'towards', 'upon', 'about', 'than', 'through', 'behind', 'under', 'amid', 'after', 'since', 'during', 'within', 'across', 'along', 'despite', 'following', 'near', 'beyond', 'via', 'around', 'without', 'throughout']);
const HARD_STOP = new Set([';', ':', '.', '?', '!']);
const DASH = /^[—–]$/;
// "will continue facilitating", "is fighting": the -ing form is the main verb, not a participle.
const AUXILIARY = /^(is|are|was|were|be|been|being|continue|continues|continued|keep|keeps|kept|started|start|starts|began|begin|also|still|now|again)$/;
const JOIN = new Set(['and', ',', '&', 'or', 'as', 'well', 'other', 'both', 'the', 'also']);
const EPITHET = /^(backed|sponsored|funded|supported|led|based|allied|aligned)$/;

/** True for a name that only modifies another ("India" in "India-backed TTP"). */
export function isEpithet(v: View, m: Mention): boolean {
  return v.tokens[m.last]?.norm === '-' && EPITHET.test(v.tokens[m.last + 1]?.norm ?? '');
}

function mentionsEndingAt(v: View, last: number): Mention[] {
  return v.actors.filter((m) => m.last === last);
}

function mentionsStartingAt(v: View, first: number): Mention[] {
  return v.actors.filter((m) => m.first === first);
}

/** The mentions coordinated with m ("Qatar and Türkiye", "both sides"), m included, in order. */
export function group(v: View, m: Mention): Mention[] {
  const out = v.actors.filter((x) => x.first === m.first);
  let end = Math.max(...out.map((x) => x.last));
  for (let k = end; k < v.tokens.length; ) {
    if (!JOIN.has(v.tokens[k]?.norm ?? '')) break;
    let j = k;
    while (j < v.tokens.length && JOIN.has(v.tokens[j]?.norm ?? '')) j++;
    const next = v.actors.filter((x) => x.first === j && !isEpithet(v, x));
    if (!next.length || !joins(v, k, j, Math.max(...next.map((x) => x.last)))) break;
    out.push(...next);
    end = Math.max(...next.map((x) => x.last));
    k = end;
  }
  let start = sameActorStart(v, m);
  for (let k = start - 1; k >= 0; ) {
    if (!JOIN.has(v.tokens[k]?.norm ?? '')) break;
    let j = k;
    while (j >= 0 && JOIN.has(v.tokens[j]?.norm ?? '')) j--;
    const prev = mentionsEndingAt(v, j + 1).filter((x) => !isEpithet(v, x));
    if (!prev.length || !v.tokens.slice(j + 1, k + 1).some((t) => CONJ.test(t.norm))) break;
    out.unshift(...prev);
    start = Math.min(...prev.map((x) => x.first));
    k = start - 1;
  }
  return dedupe(out);
}

const APPOSITION = new Set(['(', ')', ',', 'alias', 'aka']);

// "Full Name (ACRONYM), alias Other Name" is one actor named three times.
function sameActorStart(v: View, m: Mention): number {
  let start = m.first;
  for (let k = start - 1; k >= 0 && APPOSITION.has(v.tokens[k]?.norm ?? ''); k--) {
    const prev = mentionsEndingAt(v, k).find((x) => x.actor === m.actor);
    if (prev) {
      start = prev.first;
      k = start;
    }
  }
  return start;
}

const CONJ = /^(and|or|&)$/;

// "A and B" joins; "A, B" joins only inside a list that goes on ("A, B and C", "A, B, and C").
function joins(v: View, from: number, to: number, nextEnd: number): boolean {
  const span = v.tokens.slice(from, to);
  if (span.some((t) => CONJ.test(t.norm))) return true;
  const after = v.tokens[nextEnd]?.norm ?? '';
  return span.some((t) => t.norm === ',') && (after === ',' || CONJ.test(after));
}

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.actor) ? false : (seen.add(m.actor), true)));
}

// "with Pakistan insisting …" makes Pakistan the subject of the gerund despite the preposition.
function governedByPreposition(v: View, m: Mention): boolean {
  let k = m.first - 1;
  while (k >= 0 && /^(the|a|an|its|their|his|certain|some|other|senior|top|key)$/.test(v.tokens[k]?.norm ?? '')) k--;
  const prep = v.tokens[k]?.norm ?? '';
  if (prep === 'with' && /ing$/.test(v.tokens[m.last]?.norm ?? '')) return false;
  return PREPOSITIONS.has(prep);
}

/** The nearest actor to the left, in the same clause and not inside a prepositional phrase. */
export function subjectOf(v: View, i: number, skip: Mention[] = []): Mention[] {
  // A participle ("militants targeting …") takes the noun right before it, or nothing.
  const participle = /ing$/.test(v.tokens[i]?.norm ?? '') && v.hits.some((h) => h.first === i && h.entry.pos === 'verb') && !AUXILIARY.test(v.tokens[i - 1]?.norm ?? '');
  for (let k = i - 1; k >= 0; k--) {
    if (HARD_STOP.has(v.tokens[k]?.norm ?? '') || DASH.test(v.tokens[k]?.text ?? '')) break;
    // "accused X of bombing …", "blamed X for shelling …": the gerund's subject is X.
    const gerundOf = k === i - 2 && /^(of|for)$/.test(v.tokens[i - 1]?.norm ?? '');
    if (participle && k < i - 1 && !gerundOf && !mentionsEndingAt(v, k + 1).length) break;
    for (const m of mentionsEndingAt(v, k + 1)) {
      if (skip.includes(m) || isEpithet(v, m) || governedByPreposition(v, m)) continue;
      return group(v, m);
    }
  }
  return [];
}

/** The first actor to the right within `gap` tokens, optionally only after one of `preps`. */
export function objectOf(v: View, last: number, gap: number, preps?: Set<string>): Mention[] {
  let armed = !preps;
  for (let k = last; k < Math.min(v.tokens.length, last + gap); k++) {
    const t = v.tokens[k];
    if (!t || HARD_STOP.has(t.norm) || (!preps && t.norm === 'that')) break;
    if (preps?.has(t.norm)) armed = true;
    const here = mentionsStartingAt(v, k).filter((m) => !isEpithet(v, m));
    if (armed && here[0]) return group(v, here[0]);
  }
  return [];
}

/** True for "was accused", "were attacked by": a participle after a form of "be". */
export function isPassive(v: View, first: number): boolean {
  if (!/ed$|^(struck|fought|held|met|sought)$/.test(v.tokens[first]?.norm ?? '')) return false;
  let k = first - 1;
  while (k >= 0 && /ly$|^(also|reportedly|allegedly|repeatedly|again|not)$/.test(v.tokens[k]?.norm ?? '')) k--;
  return /^(is|are|was|were|be|been|being|get|got)$/.test(v.tokens[k]?.norm ?? '');
}

/** The agent of a passive or a noun: "mediated by A", "talks hosted by the State of A". */
export function agentBy(v: View, last: number): Mention[] {
  for (let k = last; k < Math.min(v.tokens.length, last + 4); k++) {
    if (v.tokens[k]?.norm !== 'by') continue;
    for (let j = k + 1; j < Math.min(v.tokens.length, k + 4); j++) {
      const m = mentionsStartingAt(v, j)[0];
      if (m) return group(v, m);
    }
    return [];
  }
  return [];
}

/**
 * The owner of a noun: "Pakistan's demand", "Islamabad's renewed mediation" (a genitive, a few
 * modifiers apart), or a name right before it: "Qatari and Turkish mediation", "Taliban patronage".
 */
export function possessorOf(v: View, first: number): Mention[] {
  const adjacent = mentionsEndingAt(v, first).filter((m) => !isEpithet(v, m));
  if (adjacent[0]) return group(v, adjacent[0]);
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t = v.tokens[k];
    if (!t) break;
    if (t.norm === "'s" || (t.norm === "'" && /s$/.test(v.tokens[k - 1]?.norm ?? ''))) {
      const owner = mentionsEndingAt(v, t.norm === "'s" ? k : k).filter((m) => !isEpithet(v, m));
      return owner[0] ? group(v, owner[0]) : [];
    }
    const pronoun = v.actors.find((m) => m.kind === 'pronoun' && m.first === k);
    if (pronoun) return [pronoun];
    if (!/^[\p{Ll}-]+$/u.test(t.text) && t.norm !== '"') break;
    if (/^(of|by|with|to|for|the|a|an|on|against|in|and|or)$/.test(t.norm)) break;
  }
  return [];
}

/** The two parties of "between A and B" after a trigger, or of "A-B talks" before it. */
export function pairAround(v: View, first: number, last: number): Mention[] {
  for (let k = last; k < Math.min(v.tokens.length, last + 5); k++) {
    if (v.tokens[k]?.norm !== 'between') continue;
    const m = v.actors.find((x) => x.first > k && x.first <= k + 3);
    return m ? group(v, m) : [];
  }
  const before = v.actors.filter((m) => m.last >= first - 3 && m.last <= first && !isEpithet(v, m));
  const near = before[before.length - 1];
  if (!near) return [];
  const g = group(v, near);
  if (g.length >= 2) return g;
  const prev = v.actors.find((m) => m.last === near.first - 1 && v.tokens[near.first - 1]?.norm === '-') ?? v.actors.find((m) => m.last === near.first && m !== near);
  return prev ? [prev, near] : [];
}
