/** What the actor panel says about one actor: its relations, its articles, why it is alleged. */
import { RELATION_TYPES } from '../../graph-data/shapes.ts';
import type { ArticleMeta, Evidence, RelationType } from '../../graph-data/schema.ts';
import type { ActorRef } from './relations.ts';
import type { ShownEdge } from './shown.ts';

/** How the actor stands in an edge: its source, its target, or one of two equal parties. */
export type Direction = 'out' | 'in' | 'mutual';

/**
 * The verb of an edge seen from one of its actors. Records keyed by RelationType, so that a new
 * type fails to compile until it reads in both directions here.
 */
const OUTGOING: Record<RelationType, string> = {
  accusation: 'accuses',
  mediation: 'mediates for',
  clash: 'clashes with',
  negotiation: 'negotiates with',
  agreement: 'agrees with',
  demand: 'makes demands of',
  threat: 'threatens',
  support: 'supports',
  rejection: 'rejects',
};

const INCOMING: Record<RelationType, string> = {
  accusation: 'accused by',
  mediation: 'mediation from',
  clash: 'attacked by',
  negotiation: 'negotiates with',
  agreement: 'agrees with',
  demand: 'faces demands from',
  threat: 'threatened by',
  support: 'supported by',
  rejection: 'rejected by',
};

const MUTUAL: Record<RelationType, string> = {
  accusation: 'trades accusations with',
  mediation: 'mediates with',
  clash: 'clashes with',
  negotiation: 'negotiates with',
  agreement: 'agrees with',
  demand: 'trades demands with',
  threat: 'trades threats with',
  support: 'supports and is supported by',
  rejection: 'trades rejections with',
};

/** "accuses", "accused by", "negotiates with": the relation from the actor's side. */
export function relationPhrase(type: RelationType, direction: Direction): string {
  const table = direction === 'out' ? OUTGOING : direction === 'in' ? INCOMING : MUTUAL;
  return table[type];
}

/** One edge of the actor, seen from the actor. */
export interface ActorRelation {
  edge: ShownEdge;
  direction: Direction;
  other: ActorRef;
  phrase: string;
}

/** The actor's relations of one type. */
export interface RelationGroup {
  type: RelationType;
  relations: ActorRelation[];
}

const DIRECTION_ORDER: Record<Direction, number> = { out: 0, mutual: 1, in: 2 };

/** The actor's shown edges grouped by type (ontology order), outgoing first, best attested first. */
export function actorRelations(edges: ShownEdge[], id: string): RelationGroup[] {
  const mine = edges.filter((e) => e.evidence.length > 0 && (e.source.id === id || e.target.id === id));
  const relations = mine.map((edge): ActorRelation => {
    const direction: Direction = edge.undirected ? 'mutual' : edge.source.id === id ? 'out' : 'in';
    const other = edge.source.id === id ? edge.target : edge.source;
    return { edge, direction, other, phrase: relationPhrase(edge.type, direction) };
  });
  const order = (a: ActorRelation, b: ActorRelation) =>
    DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] ||
    b.edge.sentences - a.edge.sentences ||
    a.other.label.localeCompare(b.other.label);
  return RELATION_TYPES.map((type) => ({ type, relations: relations.filter((r) => r.edge.type === type).sort(order) })).filter(
    (g) => g.relations.length > 0,
  );
}

/** An article that mentions the actor, and in how many of its shown sentences. */
export interface ActorArticle {
  id: string;
  meta: ArticleMeta | undefined;
  sentences: number;
}

/** Articles whose shown evidence touches the actor, in corpus order. */
export function actorArticles(edges: ShownEdge[], id: string, articles: ArticleMeta[]): ActorArticle[] {
  const sentences = new Map<string, Set<number>>();
  for (const e of edges) {
    if (e.source.id !== id && e.target.id !== id) continue;
    for (const x of e.evidence) sentences.set(x.article, (sentences.get(x.article) ?? new Set()).add(x.sentence));
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const rank = (a: string) => order.get(a) ?? Number.MAX_SAFE_INTEGER;
  return [...sentences.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((a) => ({ id: a, meta: articles[order.get(a) ?? -1], sentences: sentences.get(a)!.size }));
}

/** Why a piece of evidence does not count as the actor acting in the article's own voice. */
export type Claim = 'accused' | 'attributed' | 'alleged' | 'reported';

/** The reason an alleged actor is alleged: the first sentence about it and how its evidence splits. */
export interface AllegedReason {
  edge: ShownEdge;
  evidence: Evidence;
  counts: Record<Claim, number>;
}

/** An accusation against the actor comes first: ontology.md counts it apart from its status. */
export function claimOf(edge: ShownEdge, evidence: Evidence, id: string): Claim {
  if (edge.type === 'accusation' && edge.target.id === id) return 'accused';
  return evidence.status;
}

/**
 * Give it ALL evidence (unfiltered edges): being alleged is a fact of the corpus, not of the view.
 * The explaining sentence is the first in corpus order that is itself a claim about the actor.
 */
export function allegedReason(edges: ShownEdge[], id: string, articles: ArticleMeta[]): AllegedReason | null {
  const counts: Record<Claim, number> = { accused: 0, attributed: 0, alleged: 0, reported: 0 };
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const rank = (claim: Claim, e: Evidence) => [claim === 'reported' ? 1 : 0, order.get(e.article) ?? Infinity, e.sentence];
  let best: { edge: ShownEdge; evidence: Evidence; rank: number[] } | undefined;
  for (const edge of edges.filter((e) => e.source.id === id || e.target.id === id)) {
    for (const evidence of edge.evidence) {
      const claim = claimOf(edge, evidence, id);
      counts[claim] += 1;
      const r = rank(claim, evidence);
      if (!best || lexLess(r, best.rank)) best = { edge, evidence, rank: r };
    }
  }
  return best ? { edge: best.edge, evidence: best.evidence, counts } : null;
}

function lexLess(a: number[], b: number[]): boolean {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
}
