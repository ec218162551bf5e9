/** The plain data each pipeline stage hands to the next. */
import type { ArticleMeta, EventDate, RelationType, Status } from '../../graph-data/schema.ts';
import type { DateAnchor } from './dates.ts';
import type { WordEntry } from './lexicon.ts';

/** An article as read from disk: BOM dropped and line ends normalised, nothing else changed. */
export interface SourceFile {
  id: string;
  file: string;
  text: string;
}

/** A half-open character range [start, end) into the article's stored text. */
export interface Span {
  start: number;
  end: number;
}

/** A cleaned article: the stored text, its metadata, and the spans that are body (not boilerplate). */
export interface Article {
  id: string;
  file: string;
  /** The stored text; every offset in the graph points into it. */
  text: string;
  meta: Omit<ArticleMeta, 'sentences'>;
  /** Headline, sub-headlines and paragraphs, in order; date lines, bylines and boilerplate left out. */
  blocks: Block[];
  /** The day a dateline gives without its year ("DOHA, Oct 19 (Agency) --") as "MM-DD", if any. */
  datelineDay?: string | null;
  /** What its event dates are read against (dates.ts); absent, its own date, `meta.date`. */
  dating?: DateAnchor;
}

export interface Block extends Span {
  kind: 'headline' | 'subheadline' | 'paragraph';
}

export interface Sentence extends Span {
  article: string;
  /** Position of the sentence in the article, from 0. */
  index: number;
  text: string;
  /** Headlines and sub-headlines are sentences too, but read differently (no verb needed). */
  heading: boolean;
}

/** A word or punctuation mark, offsets relative to the sentence text. */
export interface Token extends Span {
  text: string;
  /** Lower-cased, curly quotes and dashes folded. */
  norm: string;
  /** The lexicon's entry for `norm` (null: none), when the token was made with a lexicon. */
  entry?: WordEntry | null;
}

export type MentionKind = 'alias' | 'territory' | 'metonym' | 'demonym' | 'person' | 'title' | 'pronoun' | 'pair' | 'implicit';

/** An actor found in a sentence; token indexes are half-open [first, last). */
export interface Mention {
  actor: string;
  kind: MentionKind;
  first: number;
  last: number;
  /** The surface text, for the node's list of names and the speaker. */
  surface: string;
  /** Set for implicit mentions: the phrase that was resolved ("both sides"). */
  implicit: boolean;
}

/** A relation found in a sentence before status and dates are known. */
export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  /** Token index of the trigger in the sentence, and the trigger token. */
  at: number;
  trigger: Token;
  sourceMention: Mention | null;
  targetMention: Mention | null;
  /** True when the relation is the content of an accusation or an epithet. */
  alleged: boolean;
  /** A clash the sentence presents as mutual: either direction states it. */
  mutual: boolean;
  /** The trigger is a speech act of the source (accuse, warn, urge). */
  speech: boolean;
}

/** A finished piece of evidence, as assemble.ts puts it on an edge. */
export interface Finding {
  type: RelationType;
  source: string;
  target: string;
  undirected: boolean;
  article: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  status: Status;
  speaker: string | null;
  implicit: boolean;
  trigger: string;
  when: EventDate | null;
  marks: [number, number, 'source' | 'target' | 'trigger'][];
}
