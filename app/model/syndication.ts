/**
 * Independent outlets: how many outlets carry a relation in words of their own. A syndicated copy
 * (a wire story reprinted word for word) repeats one report; it is not a second witness.
 */
import type { Evidence } from '../../graph-data/schema.ts';

/**
 * The sentence as compared for copies: Unicode-normalised, lower case, curly quotes straight,
 * every dash a hyphen, runs of white space one space. Reprints differ in exactly these.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How the count is made, for the matrix's caption. */
export const INDEPENDENCE_RULE =
  'Independent outlets: a sentence printed word for word by several outlets (syndication) counts once, for the outlet that published it first; sentences are compared ignoring case, spacing, quotes and dashes.';

/**
 * The outlets that carry the evidence independently: each distinct sentence is credited to one
 * outlet, the first to publish it by `rank` (earlier first); the answer is the credited outlets.
 */
export function independentOutlets(evidence: Evidence[], outletOf: (article: string) => string, rank: (article: string) => number): string[] {
  const first = new Map<string, Evidence>();
  for (const e of evidence) {
    const text = normaliseSentence(e.text);
    const held = first.get(text);
    if (!held || rank(e.article) < rank(held.article)) first.set(text, e);
  }
  return [...new Set([...first.values()].map((e) => outletOf(e.article)))].sort();
}

/**
 * A rank of articles by publication date, undated last, ties in the graph's order: "first to
 * publish" is only as good as the dates, and never depends on the order evidence is listed in.
 */
export function publicationRank(articles: { id: string; date: string | null }[]): (article: string) => number {
  const order = [...articles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const rank = new Map(order.map((a, i) => [a.id, i]));
  return (article) => rank.get(article) ?? Number.MAX_SAFE_INTEGER;
}
