/**
 * The contract of the graph-data folder: the dictionaries the build reads and the graph it
 * writes. Both the build scripts and the app import their types from here, never from each other.
 */
import { z } from 'zod';
import { ACTOR_KINDS, DATE_PRECISIONS, DAY_OR_MONTH_PATTERN, DAY_PATTERN, edgeKey, ID_PATTERN, MARK_ROLES, RELATION_TYPES, STATUSES } from './shapes.ts';

// The words and patterns are plain data in shapes.ts, which the explorer reads without zod.
export { ACTOR_KINDS, DATE_PRECISIONS, DAY_OR_MONTH_PATTERN, DAY_PATTERN, edgeKey, ID_PATTERN, MARK_ROLES, RELATION_TYPES, STATUSES };

export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

const Id = z.string().regex(ID_PATTERN, 'an id is lower-case words joined by "-"');
const Words = z.array(z.string().min(1)).default([]);

/** One actor of actors.json. Proper nouns live here and nowhere else. */
export const ActorEntry = z.strictObject({
  id: Id,
  label: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  /** One of the six actors the ontology scores apart. */
  core: z.boolean().default(false),
  /** Names that always mean the actor ("Pakistan", "TTP"). */
  aliases: Words,
  /** Country names: the actor as an agent, the land after "in", "from", "inside" ("Afghanistan"). */
  territory: Words,
  /** Capitals and seats that mean the actor only as an agent ("Islamabad", "Doha"). */
  metonyms: Words,
  /** Adjectives of nationality ("Pakistani"): the actor when they modify an agent noun. */
  demonyms: Words,
  /** People who speak or act for the actor, kept as speakers, never as nodes. */
  people: Words,
  /** Official titles that belong to the actor alone ("ISPR spokesman"). */
  titles: Words,
  /** Cities of the actor that host talks: "talks in Istanbul" makes Türkiye the host. */
  places: Words,
});
export type ActorEntry = z.infer<typeof ActorEntry>;

export const ActorsFile = z.strictObject({
  actors: z.array(ActorEntry).min(1),
  /** Names that contain an actor's name but are not the actor: media, places, institutions. */
  notActors: z.strictObject({ media: Words, places: Words, other: Words }),
  /** Nouns that make a demonym or metonym an agent: "Pakistani delegation", "Kabul's regime". */
  agentNouns: Words,
  /** Nouns after which an actor's name is a place: "Afghan soil", "Pakistani territory". */
  placeNouns: Words,
  /** Titles of officials ("defence minister"): "the minister" resolves to the last one named. */
  titles: Words,
});
export type ActorsFile = z.infer<typeof ActorsFile>;

/** A trigger: a lemma with its inflected forms, or a fixed multi-word expression. */
export const Trigger = z.strictObject({
  lemma: z.string().min(1),
  pos: z.enum(['verb', 'noun', 'adj']),
  /** Irregular or extra forms; regular inflections are generated from the lemma. */
  forms: Words,
  /**
   * How the word carries its roles: `event` names the act (attack, talks); `agent` names the doer
   * (mediator, host); `speech` is a speech act whose source is the speaker (warn, urge); `weak`
   * fires only when the sentence names the actor on both sides (efforts, support); `inverse` takes
   * its source from the right and its target from the left ("B fights on behalf of A").
   */
  frame: z.enum(['event', 'agent', 'speech', 'weak', 'inverse']).default('event'),
});
export type Trigger = z.infer<typeof Trigger>;

export const RelationEntry = z.strictObject({
  type: RelationType,
  label: z.string().min(1),
  direction: z.enum(['directed', 'symmetric']),
  plover: z.string().min(1),
  cameo: z.array(z.string().regex(/^\d{2,4}$/)).min(1),
  description: z.string().min(1),
  triggers: z.array(Trigger).min(1),
  /** Frames in the compact notation of scripts/pipeline/frames.ts; documentation and tests. */
  frames: Words,
});
export type RelationEntry = z.infer<typeof RelationEntry>;

export const RelationsFile = z.strictObject({
  relations: z.array(RelationEntry).length(RELATION_TYPES.length),
  /** Closed word classes the frames refer to by name (negators, attribution verbs, …). */
  classes: z.record(z.string(), z.array(z.string().min(1))),
});
export type RelationsFile = z.infer<typeof RelationsFile>;

/** When an event happened, with the precision the text gives and no more. */
export const EventDate = z.strictObject({
  start: z.string().regex(DAY_OR_MONTH_PATTERN),
  end: z.string().regex(DAY_OR_MONTH_PATTERN),
  precision: z.enum(DATE_PRECISIONS),
  /**
   * Present (and true) when the text does not give the year: the article is undated, and the year
   * was inferred from the corpus's publication dates (or from a date the article writes in full).
   * Month and day are always the text's own.
   */
  inferred: z.literal(true).optional(),
});
export type EventDate = z.infer<typeof EventDate>;

export const Evidence = z.strictObject({
  article: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  status: Status,
  speaker: z.string().nullable(),
  implicit: z.boolean(),
  trigger: z.string().min(1),
  /** Event date as "YYYY-MM-DD", or null when the sentence gives none. */
  date: z.string().nullable(),
  /** The same date with its precision (a range, a month) where the text gives one. */
  when: EventDate.nullable(),
  /** Character spans inside the sentence text, for highlighting: [start, end, role]. */
  marks: z.array(z.tuple([z.number().int(), z.number().int(), z.enum(MARK_ROLES)])),
});
export type Evidence = z.infer<typeof Evidence>;

export const ArticleMeta = z.strictObject({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().nullable(),
  /** Who published it, where the article says so (front matter, credit, dateline, URL); null if nothing does. */
  outlet: z.string().nullable(),
  /** Publication day: as the article gives it, else inferred (see dateInferred), else null. */
  date: z.string().regex(DAY_PATTERN).nullable(),
  /**
   * True when the article gives no full publication date: `date` is then its dateline's day with
   * an inferred year, or else the latest day among the events it reports.
   */
  dateInferred: z.boolean(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  sentences: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const NodeAttributes = z.strictObject({
  label: z.string(),
  kind: ActorEntry.shape.kind,
  core: z.boolean(),
  /** True when every piece of evidence touching the actor is an accusation, attributed or alleged. */
  alleged: z.boolean(),
  mentions: z.number().int().nonnegative(),
  /** The surface forms the actor was found under, sorted. */
  names: z.array(z.string()),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.strictObject({
  type: RelationType,
  undirected: z.boolean(),
  evidence: z.array(Evidence).min(1),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphFile = z.strictObject({
  attributes: z.strictObject({
    schemaVersion: z.literal(1),
    articles: z.array(ArticleMeta),
    /** Only in the explorer's JSON export: the view it was exported from (validated on import). */
    dyadSnapshot: z.unknown().optional(),
  }),
  options: z.strictObject({
    type: z.literal('mixed'),
    multi: z.literal(true),
    allowSelfLoops: z.literal(false),
  }),
  nodes: z.array(z.strictObject({ key: Id, attributes: NodeAttributes })),
  edges: z.array(
    z.strictObject({
      key: z.string(),
      source: Id,
      target: Id,
      undirected: z.boolean().optional(),
      attributes: EdgeAttributes,
    }),
  ),
});
export type GraphFile = z.infer<typeof GraphFile>;

/** The article texts, loaded by the reader on demand: id → the stored text offsets point into. */
export const ArticleTexts = z.record(z.string(), z.string());
export type ArticleTexts = z.infer<typeof ArticleTexts>;
