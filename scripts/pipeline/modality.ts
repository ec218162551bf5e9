/** Whether a trigger states something that happened: negation, conditions and mere plans. */
import type { Hit, View } from './analysis.ts';
import { classAt, inClass, type Lexicon } from './lexicon.ts';

const CLAUSE_EDGE = new Set([',', ';', ':', 'but', 'while', 'which', 'who', 'after', 'before', 'despite', 'as', '"', '—', '-']);

function clauseBefore(v: View, i: number, max: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= max && !CLAUSE_EDGE.has(v.tokens[k]?.norm ?? '')) k--;
  return k + 1;
}

/** A negator shortly before the trigger in its clause ("did not agree", "no talks", "without agreement"). */
export function negated(v: View, hit: Hit, lex: Lexicon): boolean {
  const reach = hit.entry.pos === 'noun' ? 2 : 3;
  for (let k = hit.first - 1; k >= clauseBefore(v, hit.first, reach); k--) {
    if (inClass(lex, 'negators', v.tokens[k])) return !(v.tokens[k]?.norm === 'not' && v.tokens[k + 1]?.norm === 'only');
  }
  return false;
}

/** Inside a condition ("if …", "unless …") or the object of prevention ("to prevent attacks"). */
export function hypothetical(v: View, hit: Hit, lex: Lexicon): boolean {
  for (let k = hit.first - 1; k >= 0; k--) {
    const t = v.tokens[k];
    if (!t || t.norm === ';' || t.norm === ',') return false;
    if (classAt(lex, 'hypothetical', v.tokens, k)) return true;
  }
  return false;
}

/** Announced for later and not yet begun ("will focus on", "the next round", "is expected to"). */
export function planned(v: View, hit: Hit, lex: Lexicon): boolean {
  const start = clauseBefore(v, hit.first, 6);
  for (let k = hit.first - 1; k >= start; k--) {
    if (inClass(lex, 'ongoing', v.tokens[k])) return false;
    if (classAt(lex, 'future', v.tokens, k)) return true;
  }
  if (hit.entry.pos !== 'noun') return false;
  for (let k = hit.last; k < Math.min(v.tokens.length, hit.last + 4); k++) {
    if (inClass(lex, 'ongoing', v.tokens[k]) || CLAUSE_EDGE.has(v.tokens[k]?.norm ?? '')) return false;
    if (classAt(lex, 'future', v.tokens, k) && !/^(would|may|might|aims|aim)$/.test(v.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/** A verb or noun that follows "agree/decide/ready to" is what was agreed, not yet done. */
export function governedByDecision(v: View, hit: Hit, lex: Lexicon): boolean {
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 5); k--) {
    if (v.tokens[k]?.norm === 'to' && inClass(lex, 'decisionVerbs', v.tokens[k - 1])) return true;
    if (CLAUSE_EDGE.has(v.tokens[k]?.norm ?? '')) return false;
  }
  return false;
}
