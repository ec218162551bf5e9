/**
 * The shape of a synthetic graph: which actors are related, by which types. Actors are ranks
 * (0 = the biggest hub); endpoints are drawn with Zipf-like weights, so a few actors carry most
 * relations, as the handful of states at the centre of any conflict do in real coverage.
 */
import { RELATION_TYPES, type RelationType } from '../../graph-data/schema.ts';
import { cumulative, type Random } from './random.ts';

/** One relation between two actor ranks; `undirected` for the symmetric types. */
export interface Link {
  source: number;
  target: number;
  type: RelationType;
  undirected: boolean;
}

/** Relative frequency of each type, roughly as in the seed corpus: clashes and accusations lead. */
const TYPE_WEIGHTS: Record<RelationType, number> = {
  accusation: 18, mediation: 10, clash: 18, negotiation: 10, agreement: 7, demand: 10, threat: 9, support: 10, rejection: 8,
};
const TYPE_SUMS = cumulative(RELATION_TYPES.map((t) => TYPE_WEIGHTS[t]));

/** Zipf exponent of the endpoint weights: near 1, as degree distributions of news graphs are. */
const SKEW = 0.9;
/** Share of new relations between a pair already related: parallel typed edges, as in the seed graph. */
const SAME_PAIR = 0.25;

/** How many distinct links `actors` actors allow: every ordered pair per directed type, every pair per symmetric one. */
export function maxLinks(actors: number, symmetric: ReadonlySet<RelationType>): number {
  const pairs = actors * (actors - 1);
  return RELATION_TYPES.reduce((sum, t) => sum + (symmetric.has(t) ? pairs / 2 : pairs), 0);
}

/**
 * `count` distinct links over `actors` actors. Every actor gets at least one relation while there
 * are relations to give (a real graph has no actor that nothing relates), then the rest are drawn
 * by weight. Throws when the actors cannot hold that many distinct links.
 */
export function makeLinks(actors: number, count: number, symmetric: ReadonlySet<RelationType>, random: Random): Link[] {
  if (count > 0 && (actors < 2 || count > maxLinks(actors, symmetric))) {
    throw new Error(`${actors} actors cannot hold ${count} distinct relations`);
  }
  const rankSums = cumulative(Array.from({ length: actors }, (_, i) => 1 / (i + 1) ** SKEW));
  const links: Link[] = [];
  const seen = new Set<string>();
  const touched = new Set<number>();
  const add = (a: number, b: number): boolean => {
    const type = RELATION_TYPES[random.weighted(TYPE_SUMS)] as RelationType;
    const undirected = symmetric.has(type);
    const [source, target] = undirected && b < a ? [b, a] : [a, b];
    const key = `${source}|${type}|${target}`;
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    touched.add(a).add(b);
    links.push({ source, target, type, undirected });
    return true;
  };
  const partner = (of: number): number => {
    const p = random.weighted(rankSums);
    return p !== of ? p : (p + 1 + random.int(actors - 1)) % actors;
  };

  // Everyone related once, to a partner drawn by weight (so mostly to a hub), either way round.
  for (let i = 0; i < actors && links.length < count; i++) {
    if (touched.has(i)) continue;
    for (let tries = 0; tries < 10; tries++) {
      const j = partner(i);
      if (random.chance(0.5) ? add(i, j) : add(j, i)) break;
    }
  }
  let misses = 0;
  while (links.length < count) {
    const old = links.length > 0 && random.chance(SAME_PAIR) ? random.pick(links) : null;
    const a = old ? (random.chance(0.5) ? old.source : old.target) : random.weighted(rankSums);
    const b = old ? (a === old.source ? old.target : old.source) : partner(a);
    if (add(a, b)) misses = 0;
    else if (++misses > 1000) return [...links, ...remaining(actors, count - links.length, seen, symmetric, random)];
  }
  return links;
}

/** Near saturation draws mostly miss: take the links still free, in a seeded order. */
function remaining(actors: number, count: number, seen: Set<string>, symmetric: ReadonlySet<RelationType>, random: Random): Link[] {
  const free: Link[] = [];
  for (let source = 0; source < actors; source++) {
    for (let target = 0; target < actors; target++) {
      for (const type of RELATION_TYPES) {
        const undirected = symmetric.has(type);
        if (source === target || (undirected && target < source) || seen.has(`${source}|${type}|${target}`)) continue;
        free.push({ source, target, type, undirected });
      }
    }
  }
  for (let i = free.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [free[i], free[j]] = [free[j] as Link, free[i] as Link];
  }
  return free.slice(0, count);
}
