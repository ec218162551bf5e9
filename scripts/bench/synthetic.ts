/**
 * Synthetic graphs for the bench and the big-graph browser tests: any number of actors and
 * relations, shaped like a real build's output (hubs, parallel typed edges, evidence in articles
 * from several outlets over some weeks), valid against graph-data/schema.ts, and the same for the
 * same seed on every run.
 */
import { readFileSync } from 'node:fs';
import {
  type ActorEntry, type ArticleTexts, edgeKey, type Evidence, type GraphFile, RelationsFile, type RelationType,
} from '../../graph-data/schema.ts';
import { cumulative, seeded, type Random } from './random.ts';
import { type Claim, drawStatus, writeArticles } from './synthetic-articles.ts';
import { type Link, makeLinks } from './synthetic-links.ts';
import { actorLabel, slug } from './synthetic-words.ts';

type Kind = ActorEntry['kind'];
type Actor = { id: string; label: string; kind: Kind; core: boolean };

/** Which types are symmetric is the dictionary's call, not this file's. */
const SYMMETRIC: ReadonlySet<RelationType> = new Set(
  RelationsFile.parse(JSON.parse(readFileSync(new URL('../../graph-data/relations.json', import.meta.url), 'utf8')))
    .relations.filter((r) => r.direction === 'symmetric').map((r) => r.type),
);

/** The biggest hubs are the core actors, as the six the ontology scores apart. */
const CORE = 6;
const KINDS: readonly Kind[] = ['state', 'armed-group', 'organisation', 'person', 'other'];
const KIND_SUMS = cumulative([35, 25, 25, 5, 10]);

function makeActors(count: number, random: Random): Actor[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, rank) => {
    // Hubs are states, as at the centre of real coverage; the rest is a mix of every kind.
    const kind = rank < CORE ? 'state' : (KINDS[random.weighted(KIND_SUMS)] as Kind);
    const label = actorLabel(kind, random, taken);
    return { id: slug(label), label, kind, core: rank < CORE };
  });
}

/** Evidence items of one relation: mostly one or two sentences, a long tail of many. */
function evidenceCount(random: Random): number {
  let n = 1;
  while (n < 40 && random.chance(0.55)) n++;
  return n;
}

/** Every claim: per link, its evidence count of claims, each with a status. */
function makeClaims(links: Link[], actors: Actor[], random: Random): Claim[] {
  return links.flatMap((l, edge) => {
    const [source, target] = [actors[l.source] as Actor, actors[l.target] as Actor];
    return Array.from({ length: evidenceCount(random) }, () => ({ edge, type: l.type, source: source.label, target: target.label, status: drawStatus(random) }));
  });
}

/**
 * ontology.md: an actor is alleged when nothing stated in the articles' own voice touches it, bar
 * accusations against it. One pass: the ids some such statement touches.
 */
function allegedActors(edges: GraphFile['edges']): Set<string> {
  const touched = new Set<string>();
  const stated = new Set<string>();
  for (const e of edges) {
    touched.add(e.source).add(e.target);
    if (!e.attributes.evidence.some((x) => x.status === 'reported')) continue;
    stated.add(e.source);
    if (e.attributes.type !== 'accusation') stated.add(e.target);
  }
  return new Set([...touched].filter((id) => !stated.has(id)));
}

/** Initials of a name of several words ("Kavel Liberation Army" → "KLA"), as the names an actor is also found under. */
const initials = (label: string): string | null => (label.includes(' ') ? label.split(' ').map((w) => w[0]).join('').toUpperCase() : null);

/**
 * A graph of exactly `actors` actors and `edges` relations, with the texts its evidence points
 * into. Throws when the actors cannot hold that many distinct relations.
 */
export function syntheticGraph({ actors, edges, seed }: { actors: number; edges: number; seed: number }): { graph: GraphFile; texts: ArticleTexts } {
  const random = seeded(seed);
  const people = makeActors(actors, random);
  const links = makeLinks(actors, edges, SYMMETRIC, random);
  const claims = makeClaims(links, people, random);
  const written = writeArticles(claims, random);
  const evidence: Evidence[][] = links.map(() => []);
  claims.forEach((c, i) => evidence[c.edge]?.push(written.evidence[i] as Evidence));

  const graphEdges: GraphFile['edges'] = links.map((l, i) => {
    const [a, b] = [people[l.source] as Actor, people[l.target] as Actor];
    // Symmetric edges are stored with their ids in sorted order, as their key has them.
    const [source, target] = l.undirected && b.id < a.id ? [b.id, a.id] : [a.id, b.id];
    const items = (evidence[i] ?? []).sort((x, y) => (x.article === y.article ? x.sentence - y.sentence : x.article < y.article ? -1 : 1));
    return {
      key: edgeKey(source, l.type, target, l.undirected), source, target,
      ...(l.undirected ? { undirected: true } : {}),
      attributes: { type: l.type, undirected: l.undirected, evidence: items },
    };
  });
  const alleged = allegedActors(graphEdges);
  const mentions = new Map<string, number>();
  for (const e of graphEdges) {
    for (const id of [e.source, e.target]) mentions.set(id, (mentions.get(id) ?? 0) + e.attributes.evidence.length);
  }
  const nodes: GraphFile['nodes'] = people.map((p) => ({
    key: p.id,
    attributes: {
      label: p.label, kind: p.kind, core: p.core, alleged: alleged.has(p.id),
      mentions: (mentions.get(p.id) ?? 0) + random.int(3),
      names: [p.label, initials(p.label)].filter((n): n is string => n !== null).sort(),
    },
  }));
  // The build writes nodes and edges in key order; so does this.
  const byKey = (x: { key: string }, y: { key: string }): number => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  return {
    graph: {
      attributes: { schemaVersion: 1, articles: written.articles },
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      nodes: nodes.sort(byKey),
      edges: graphEdges.sort(byKey),
    },
    texts: written.texts,
  };
}
