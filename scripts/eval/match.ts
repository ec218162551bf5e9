/**
 * Evidence-level matching (ontology.md, "Scoring"): which extracted evidence states which gold
 * relation, one to one, with as many gold items found as possible.
 */
import type { GraphFile, RelationType, Status } from '../../graph-data/schema.ts';
import type { GoldItem } from './gold.ts';

/** A relation without its evidence: who does what to whom. */
export interface Triple {
  source: string;
  type: RelationType;
  target: string;
}

/** One piece of evidence of the graph, with the edge it supports. */
export interface Predicted extends Triple {
  article: string;
  sentence: number;
  text: string;
  status: Status;
  trigger: string;
  undirected: boolean;
  /** Where the trigger sits in the text, so that a shortened sentence still shows it. */
  triggerAt: number | null;
}

/** A gold item and the evidence that matched it. */
export interface Pair {
  gold: GoldItem;
  pred: Predicted;
}

/** The result of matching: `neutral` holds predictions that matched only optional gold items. */
export interface Outcome {
  pairs: Pair[];
  misses: GoldItem[];
  falsePositives: Predicted[];
  neutral: Predicted[];
}

/** Types whose two actors do the same thing to each other, so the order of the ids says nothing. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['negotiation', 'agreement']);

/** Every piece of evidence of every edge, in the graph's order. */
export function predictedItems(graph: GraphFile): Predicted[] {
  return graph.edges.flatMap((edge) =>
    edge.attributes.evidence.map((ev) => ({
      article: ev.article,
      sentence: ev.sentence,
      text: ev.text,
      status: ev.status,
      trigger: ev.trigger,
      source: edge.source,
      type: edge.attributes.type,
      target: edge.target,
      undirected: edge.attributes.undirected || edge.undirected === true,
      triggerAt: ev.marks.find((m) => m[2] === 'trigger')?.[0] ?? null,
    })),
  );
}

/**
 * Whether a predicted triple states the gold relation. The gold item decides which directions
 * count: an undirected prediction is not allowed more, since its sorted ids carry no direction.
 */
export function sameRelation(pred: Triple, gold: Triple & { mutual: boolean }): boolean {
  if (pred.type !== gold.type) return false;
  if (pred.source === gold.source && pred.target === gold.target) return true;
  const reversed = pred.source === gold.target && pred.target === gold.source;
  return reversed && (SYMMETRIC_TYPES.has(gold.type) || (gold.type === 'clash' && gold.mutual));
}

/** White space collapsed, as the gold format compares quotes. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether an extracted sentence contains a gold quote. */
export function containsQuote(text: string, quote: string): boolean {
  return collapse(text).includes(collapse(quote));
}

/** Whether a piece of evidence matches a gold item: same article, quote inside, same relation. */
export function matches(pred: Predicted, gold: GoldItem): boolean {
  return pred.article === gold.article && sameRelation(pred, gold) && containsQuote(pred.text, gold.quote);
}

/**
 * Maximum bipartite matching by augmenting paths (Kuhn). Returns, for each left vertex, its right
 * partner or -1. Vertices are tried in index order, so equal inputs give equal matchings.
 */
export function maxMatching(adjacency: readonly (readonly number[])[], rightSize: number): number[] {
  const ownerOf = new Array<number>(rightSize).fill(-1);
  const augment = (left: number, seen: boolean[]): boolean => {
    for (const right of adjacency[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = ownerOf[right] ?? -1;
      if (owner === -1 || augment(owner, seen)) {
        ownerOf[right] = left;
        return true;
      }
    }
    return false;
  };
  adjacency.forEach((_, left) => augment(left, new Array<boolean>(rightSize).fill(false)));
  const partner = new Array<number>(adjacency.length).fill(-1);
  ownerOf.forEach((left, right) => {
    if (left >= 0) partner[left] = right;
  });
  return partner;
}

/** Matches gold items to predictions one to one; returns each gold item's prediction index or -1. */
function pairUp(gold: readonly GoldItem[], preds: readonly Predicted[]): number[] {
  const adjacency = gold.map((g) => preds.flatMap((p, j) => (matches(p, g) ? [j] : [])));
  return maxMatching(adjacency, preds.length);
}

/**
 * Matches predictions to gold. Required items are matched first, so that optional ones can never
 * take a prediction a required one needed; what is left is then matched to the optional items.
 */
export function matchEvidence(gold: readonly GoldItem[], preds: readonly Predicted[]): Outcome {
  const required = gold.filter((g) => !g.optional);
  const partner = pairUp(required, preds);
  const taken = new Set(partner.filter((j) => j >= 0));
  const free = preds.filter((_, j) => !taken.has(j));
  const optionalPartner = pairUp(gold.filter((g) => g.optional), free);
  const neutral = new Set(optionalPartner.filter((j) => j >= 0));
  return {
    pairs: required.flatMap((g, i) => {
      const pred = preds[partner[i] ?? -1];
      return pred ? [{ gold: g, pred }] : [];
    }),
    misses: required.filter((_, i) => partner[i] === -1),
    falsePositives: free.filter((_, j) => !neutral.has(j)),
    neutral: free.filter((_, j) => neutral.has(j)),
  };
}

/** The sentence index of a gold quote, when some evidence of the graph quotes that sentence. */
export function sentenceOf(gold: GoldItem, preds: readonly Predicted[]): number | null {
  return preds.find((p) => p.article === gold.article && containsQuote(p.text, gold.quote))?.sentence ?? null;
}

/** An article id, or a prefix of exactly one (`000` for `000_eca7734661417a70`); null if none. */
export function resolveArticle(id: string, articles: Iterable<string>): string | null {
  const known = new Set(articles);
  if (known.has(id)) return id;
  const candidates = [...known].filter((a) => a.startsWith(id));
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}
