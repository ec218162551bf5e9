/** All relation frames of a sentence: each trigger to its type's frame, then the inferences. */
import type { RelationType } from '../../../graph-data/schema.ts';
import type { Hit, View } from '../analysis.ts';
import type { Candidate } from '../types.ts';
import { accusation, demand, rejection, support, withheld } from './claims.ts';
import { clash, impliedThreats, threat } from './force.ts';
import type { Env } from './make.ts';
import { agreement, mediation, negotiation } from './talks.ts';

type Frame = (v: View, hit: Hit, env: Env) => Candidate[];

// A table, not a switch, so that a new relation type fails to compile until it has a frame.
const FRAMES: Record<RelationType, Frame> = {
  accusation, mediation, clash, negotiation, agreement, demand, threat, support, rejection,
};

/** Every candidate relation the sentence states, before status. */
export function relationsOf(v: View, env: Env): Candidate[] {
  const direct = v.hits.flatMap((hit) => FRAMES[hit.entry.type](v, hit, env));
  const found = [...direct, ...impliedThreats(v, env, direct), ...withheld(v, env)];
  return [...found, ...accusedByContent(v, env, found)].map((c) => ({ ...c, alleged: c.alleged || insideAccusation(v, c, found) }));
}

const CONTENT_START = /^(of|that|for)$/;

// The relation an accusation or an allegation states is alleged, not reported.
function insideAccusation(v: View, c: Candidate, all: Candidate[]): boolean {
  if (c.type === 'accusation' || c.type === 'mediation') return false;
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
    if (!a.actor) continue;
    for (const c of found) {
      if ((c.type !== 'clash' && c.type !== 'support') || c.mutual || c.source === a.actor) continue;
      if (c.at < a.scope[0] || c.at >= a.scope[1]) continue;
      if (found.some((x) => x.type === 'accusation' && x.target === c.source)) continue;
      c.alleged = true;
      out.push({ ...c, type: 'accusation', source: a.actor, target: c.source, sourceMention: null, targetMention: c.sourceMention, alleged: false, mutual: false, speech: false });
    }
  }
  return out;
}
