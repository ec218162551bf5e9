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

const MODALS = /^(will|would|shall|could|can|'ll|may|might)$/;

/** Inside a condition ("if …", "unless …") or the object of prevention ("to prevent attacks"). */
export function hypothetical(v: View, hit: Hit, lex: Lexicon): boolean {
  if (hit.entry.pos === 'noun' && /^(the|these|those|its|their)$/.test(v.tokens[hit.first - 1]?.norm ?? '') && !/^(any)$/.test(v.tokens[hit.first - 2]?.norm ?? '')) {
    return false;
  }
  for (let k = hit.first - 1; k >= 0; k--) {
    const t = v.tokens[k];
    if (!t || t.norm === ';' || t.norm === 'then') return false;
    if (t.norm === ',' && MODALS.test(v.tokens[k + 2]?.norm ?? '')) return false;
    if (t.norm === ',' && !/^(if|unless)$/.test(conditionBefore(v, k))) return false;
    if (classAt(lex, 'hypothetical', v.tokens, k)) return true;
  }
  return false;
}

// A comma ends a condition's scope only once the condition has been opened before it.
function conditionBefore(v: View, k: number): string {
  for (let j = k - 1; j >= 0 && v.tokens[j]?.norm !== ';'; j--) if (/^(if|unless)$/.test(v.tokens[j]?.norm ?? '')) return v.tokens[j]?.norm ?? '';
  return '';
}

/** Announced for later and not yet begun ("will focus on", "the next round", "is expected to"). */
export function planned(v: View, hit: Hit, lex: Lexicon): boolean {
  const start = clauseBefore(v, hit.first, 8);
  for (let k = hit.first - 1; k >= start; k--) {
    if (!classAt(lex, 'future', v.tokens, k)) continue;
    // "will continue facilitating" goes on; "will remain … to pursue the talks" has not begun.
    const next = v.tokens[k + 1]?.norm === 'now' || v.tokens[k + 1]?.norm === 'also' ? k + 2 : k + 1;
    return !(inClass(lex, 'ongoing', v.tokens[next]) && /^(continue|continues|continued|continuing)$/.test(v.tokens[next]?.norm ?? ''));
  }
  if (hit.entry.pos !== 'noun' || v.tokens[hit.first - 1]?.norm === 'of' || v.tokens[hit.first - 2]?.norm === 'of') return false;
  for (let k = hit.last; k < Math.min(v.tokens.length, hit.last + 4); k++) {
    if (inClass(lex, 'ongoing', v.tokens[k]) || CLAUSE_EDGE.has(v.tokens[k]?.norm ?? '')) return false;
    if (classAt(lex, 'future', v.tokens, k) && !/^(would|may|might|aims|aim)$/.test(v.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/** The object of an infinitive ("agreed to resume talks", "persuade both sides to continue talks") is intended, not done. */
export function governedByDecision(v: View, hit: Hit, lex: Lexicon): boolean {
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 6); k--) {
    const t = v.tokens[k]?.norm ?? '';
    if (t === 'to' && k === hit.first - 1 && hit.entry.pos === 'verb') return true;
    if (t === 'to' && k + 1 < hit.first && /^\p{Ll}+$/u.test(v.tokens[k + 1]?.text ?? '') && !/^(the|a|an)$/.test(v.tokens[k + 1]?.norm ?? '')) return true;
    if (CLAUSE_EDGE.has(t)) return false;
  }
  void lex;
  return false;
}
