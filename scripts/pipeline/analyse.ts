/**
 * One article through the stages, in a fixed order: clean, sentences, dating, extraction,
 * diagnostics. Apart from index.ts, which joins the parts into a graph, so that the build's
 * workers load this without the graph library they never use.
 */
import type { ArticleMeta } from '../../graph-data/schema.ts';
import { cleanArticle } from './articles.ts';
import type { MentionStats } from './assemble.ts';
import { articleDating, NO_CORPUS, ownReference, publicationDay, type CorpusDates } from './dating.ts';
import { diagnose, nameCounts } from './diagnostics.ts';
import { extractArticle } from './extract.ts';
import type { Diagnostic } from './index.ts';
import type { Lexicon } from './lexicon.ts';
import { splitSentences } from './sentences.ts';
import type { Finding, Mention, SourceFile } from './types.ts';

/** What one article adds to the graph; articles are read apart, so parts can be made anywhere. */
export interface ArticlePart {
  meta: ArticleMeta;
  findings: Finding[];
  /** The article's explicit mentions, counted per actor with the names used. */
  mentions: MentionStats;
  /** Sentences with two core actors and no relation. */
  diagnostics: Diagnostic[];
  /** Capitalised names no dictionary knows, with how often the article uses each. */
  names: Map<string, number>;
}

/**
 * Runs the stages of one article, in a fixed order: clean, sentences, dating, extraction,
 * diagnostics. `corpus` is what the rest of the corpus says about dates (dating.ts).
 */
export function analyseArticle(source: SourceFile, lex: Lexicon, corpus: CorpusDates = NO_CORPUS): ArticlePart {
  const cleaned = cleanArticle(source);
  const sentences = splitSentences(cleaned);
  // Only an undated article in a corpus with no dated article reads its own full dates first.
  const given = cleaned.meta.date;
  const reference = given === null ? (corpus.reference ?? ownReference(sentences.map((s) => s.text))) : null;
  const dating = articleDating(given, cleaned.datelineDay ?? null, reference);
  const article = { ...cleaned, dating: dating.anchor };
  const { findings, views } = extractArticle(article, sentences, lex);
  const published = publicationDay(dating, findings.flatMap((f) => (f.when ? [f.when] : [])));
  const meta = { ...article.meta, ...published, sentences: sentences.length };
  const mentions: MentionStats = { counts: new Map(), names: new Map() };
  countMentions(views.flatMap((v) => v.actors), mentions);
  return { meta, findings, mentions, diagnostics: diagnose(article.id, views, findings, lex), names: nameCounts(views, lex) };
}

function countMentions(mentions: Mention[], stats: MentionStats): void {
  for (const m of mentions) {
    if (m.implicit) continue;
    stats.counts.set(m.actor, (stats.counts.get(m.actor) ?? 0) + 1);
    stats.names.set(m.actor, (stats.names.get(m.actor) ?? new Set()).add(m.surface));
  }
}
