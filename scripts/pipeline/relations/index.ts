/** All relation frames of a sentence: each trigger to its type's frame, then the inferences. */
import type { RelationType } from '../../../graph-data/schema.ts';
import type { Hit, View } from '../analysis.ts';
import type { Candidate } from '../types.ts';
import { accusation, demand, rejection, support, withheld } from './claims.ts';
import { clash, impliedThreats, threat } from './force.ts';
import { inClass } from '../lexicon.ts';
import { directed, type Env, implied, slots } from './make.ts';
import { agreement, mediation, negotiation } from './talks.ts';

type Frame = (v: View, hit: Hit, env: Env) => Candidate[];

// A table, not a switch, so that a new relation type fails to compile until it has a frame.
const FRAMES: Record<RelationType, Frame> = {
  accusation, mediation, clash, negotiation, agreement, demand, threat, support, rejection,
};

/** Every candidate relation the sentence states, before status. */
export function relationsOf(v: View, env: Env): Candidate[] {
  const direct: Candidate[] = [];
  for (const hit of v.hits) for (const c of FRAMES[hit.entry.type](v, hit, env)) direct.push(c);
  const found = [...direct, ...impliedThreats(v, env, direct), ...withheld(v, env)];
  const all = [...found, ...accusedByContent(v, env, found)];
  // The candidates were made for this sentence alone: marked in place, not copied.
  for (const c of all) if (!c.alleged && insideAccusation(v, c, found)) c.alleged = true;
  return all;
}

const CONTENT_START = /^(of|that|for)$/;

// The relation an accusation or an allegation states is alleged, not reported.
function insideAccusation(v: View, c: Candidate, all: Candidate[]): boolean {
  if (c.type === 'accusation' || c.type === 'mediation' || c.speech) return false;
  return all.some((a) => {
    if (a.type !== 'accusation' || a.at >= c.at) return false;
    for (let k = a.at + 1; k < c.at; k++) {
      const t = v.tokens[k]?.norm ?? '';
      if (t === ';' || t === '.') return false;
      if (CONTENT_START.test(t)) return true;
    }
    return false;
  });
}

// A speaker for one side who states a hostile act of another actor accuses that actor of it:
// "India is waging a war against us," the minister said.
function accusedByContent(v: View, env: Env, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of env.attributions) {
    const speaker = a.actor;
    if (!speaker) continue;
    for (const c of found) {
      if ((c.type !== 'clash' && c.type !== 'support') || c.mutual || c.source === a.actor) continue;
      if (c.at < a.scope[0] || c.at >= a.scope[1]) continue;
      c.alleged = true;
      // Backing is collusion: the speaker blames both the patron and the client.
      const accused = c.type === 'support' ? [c.sourceMention, c.targetMention] : [c.sourceMention];
      const ids: string[] = c.type === 'support' ? [c.source, c.target] : [c.source];
      ids.forEach((id, k) => {
        if (id === speaker || [...found, ...out].some((x) => x.type === 'accusation' && x.target === id)) return;
        out.push({ ...c, type: 'accusation', source: speaker, target: id, sourceMention: null, targetMention: accused[k] ?? null, alleged: false, mutual: false, speech: false });
      });
    }
  }
  return [...out, ...hostileWords(v, env, [...found, ...out])];
}

// "your treachery", "the Taliban regime's devious mindset": a speaker's charge against a possessor.
function hostileWords(v: View, env: Env, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of env.attributions) {
    if (!a.actor) continue;
    for (const m of v.actors) {
      if (m.actor === a.actor || m.first < a.scope[0] || m.last > a.scope[1]) continue;
      const owner = m.kind === 'pronoun' ? m.last : v.tokens[m.last]?.norm === "'s" ? m.last + 1 : -1;
      if (owner < 0 || !v.tokens.slice(owner, owner + 3).some((t) => inClass(env.lex, 'hostileWords', t))) continue;
      if ([...found, ...out].some((x) => x.type === 'accusation' && x.target === m.actor)) continue;
      const hit: Hit = { entry: { words: [], type: 'accusation', lemma: 'charge', pos: 'noun', frame: 'event' }, first: owner, last: owner + 1 };
      out.push(...directed('accusation', v, hit, implied(a.actor), slots([m])));
    }
  }
  return out;
}
