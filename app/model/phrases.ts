/**
 * How each relation type reads in English. Records keyed by RelationType, so that a new type in
 * schema.ts fails to compile until it has a heading and a verb here.
 */
import type { RelationType } from '../../graph-data/schema.ts';
import { plural } from './format.ts';
import type { ActorRef, EdgeView } from './relations.ts';

/** Section heading for each relation type. */
export const TYPE_HEADINGS: Record<RelationType, string> = {
  accusation: 'Accusations',
  mediation: 'Mediation',
  clash: 'Clashes',
  negotiation: 'Negotiations',
  agreement: 'Agreements',
  demand: 'Demands',
  threat: 'Threats',
  support: 'Support',
  rejection: 'Rejections',
};

/** `directed`: "A <verb> B"; `mutual`: "A and B <verb>", for edges stored as undirected. */
const VERBS: Record<RelationType, { directed: string; mutual: string }> = {
  accusation: { directed: 'accuses', mutual: 'accuse each other' },
  mediation: { directed: 'mediates for', mutual: 'mediate' },
  clash: { directed: 'clashes with', mutual: 'clash' },
  negotiation: { directed: 'negotiates with', mutual: 'negotiate' },
  agreement: { directed: 'agrees with', mutual: 'agree' },
  demand: { directed: 'makes demands of', mutual: 'make demands of each other' },
  threat: { directed: 'threatens', mutual: 'threaten each other' },
  support: { directed: 'supports', mutual: 'support each other' },
  rejection: { directed: 'rejects', mutual: 'reject each other' },
};

/** What a headline needs of an edge. */
export type HeadlineEdge = Pick<EdgeView, 'type' | 'undirected' | 'source' | 'target'>;

/** A headline as parts, so that actor names can be rendered apart from the verb. */
export type HeadlinePart = { actor: ActorRef } | { text: string };

/** "Pakistan accuses India", or "Pakistan and Afghan Taliban negotiate" for undirected edges. */
export function headlineParts(edge: HeadlineEdge): HeadlinePart[] {
  const verb = VERBS[edge.type];
  return edge.undirected
    ? [{ actor: edge.source }, { text: ' and ' }, { actor: edge.target }, { text: ` ${verb.mutual}` }]
    : [{ actor: edge.source }, { text: ` ${verb.directed} ` }, { actor: edge.target }];
}

/** The headline as plain text, for titles and tests. */
export function headlineText(edge: HeadlineEdge): string {
  return headlineParts(edge)
    .map((p) => ('actor' in p ? p.actor.label : p.text))
    .join('');
}

/** "3 sentences in 2 articles". */
export function countLabel(edge: Pick<EdgeView, 'sentences' | 'articles'>): string {
  return `${plural(edge.sentences, 'sentence')} in ${plural(edge.articles, 'article')}`;
}
