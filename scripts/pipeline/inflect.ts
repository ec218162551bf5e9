/** Regular English inflections, so that dictionaries list a lemma once and not every form. */

const VOWEL = /[aeiou]/;

/** -s, -ed and -ing forms of a verb lemma ("mediate" → mediates, mediated, mediating). */
export function verbForms(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  if (!head) return [lemma];
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = [head, thirdPerson(head), past(head), gerund(head)];
  return [...new Set(forms)].map((f) => f + tail);
}

/** Singular and plural of a noun; a multi-word noun inflects its last word ("host country"). */
export function nounForms(lemma: string): string[] {
  const words = lemma.split(' ');
  const last = words.pop() ?? lemma;
  const head = words.length ? words.join(' ') + ' ' : '';
  return [...new Set([last, plural(last)])].map((f) => head + f);
}

function thirdPerson(v: string): string {
  if (/(s|x|z|ch|sh)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}

function past(v: string): string {
  if (v.endsWith('e')) return v + 'd';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
  return doubled(v) + 'ed';
}

function gerund(v: string): string {
  if (/ie$/.test(v)) return v.slice(0, -2) + 'ying';
  if (/[^e]e$/.test(v)) return v.slice(0, -1) + 'ing';
  return doubled(v) + 'ing';
}

// Short verbs ending consonant-vowel-consonant double the consonant (slam → slammed);
// longer ones are listed with their forms in the dictionary where English does the same.
function doubled(v: string): string {
  const m = /^([^aeiou]*[aeiou])([bdgklmnprt])$/.exec(v);
  return m && !VOWEL.test(m[1]?.slice(0, -1) ?? '') ? v + m[2] : v;
}

function plural(n: string): string {
  if (/(s|x|z|ch|sh)$/.test(n)) return n + 'es';
  if (/[^aeiou]y$/.test(n)) return n.slice(0, -1) + 'ies';
  return n + 's';
}
