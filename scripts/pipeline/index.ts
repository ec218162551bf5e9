/** The build pipeline: the ordered, named list of stages and nothing else. */
import { RELATION_TYPES, type ActorsFile, type ArticleMeta, type ArticleTexts, type GraphFile, type RelationsFile, type RelationType } from '../../graph-data/schema.ts';
import { cleanArticle } from './articles.ts';
import { assemble, type MentionStats } from './assemble.ts';
import { articleDating, corpusReference, NO_CORPUS, ownReference, publicationDay, type CorpusDates } from './dating.ts';
import { addCounts, diagnose, nameCounts, unknownNames } from './diagnostics.ts';
import { extractArticle } from './extract.ts';
import { compileLexicon, type Lexicon } from './lexicon.ts';
import { splitSentences } from './sentences.ts';
import type { Finding, Mention, SourceFile } from './types.ts';

export interface Dictionaries {
  actors: ActorsFile;
  relations: RelationsFile;
}

/** Something the dictionaries should learn from: shown by the CLI, never fatal. */
export interface Diagnostic {
  kind: 'unrelated-pair' | 'unknown-name';
  article: string | null;
  sentence: number | null;
  message: string;
}

export interface BuildSummary {
  articles: number;
  sentences: number;
  relations: Record<RelationType, number>;
}

export interface BuildResult {
  graph: GraphFile;
  texts: ArticleTexts;
  summary: BuildSummary;
  diagnostics: Diagnostic[];
}

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

/** Every article in id order through the stages, then one graph of them all: the whole build in memory. */
export function buildGraph(sources: SourceFile[], dicts: Dictionaries): BuildResult {
  const lex = compileLexicon(dicts);
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  const texts: ArticleTexts = {};
  for (const s of sorted) texts[s.id] = s.text;
  const corpus = { reference: corpusReference(sorted.map((s) => cleanArticle(s).meta.date)) };
  return { ...joinParts(sorted.map((s) => analyseArticle(s, lex, corpus)), lex), texts };
}

/** The graph and the report of articles' parts, given in id order. */
export function joinParts(parts: ArticlePart[], lex: Lexicon): Omit<BuildResult, 'texts'> {
  const stats: MentionStats = { counts: new Map(), names: new Map() };
  const names = new Map<string, number>();
  for (const p of parts) {
    addMentions(stats, p.mentions);
    addCounts(names, p.names);
  }
  const graph = assemble(parts.flatMap((p) => p.findings), parts.map((p) => p.meta), stats, lex);
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, graph.edges.filter((e) => e.attributes.type === t).reduce((n, e) => n + e.attributes.evidence.length, 0)])) as Record<RelationType, number>;
  const sentences = parts.reduce((n, p) => n + p.meta.sentences, 0);
  return { graph, summary: { articles: parts.length, sentences, relations }, diagnostics: [...parts.flatMap((p) => p.diagnostics), ...unknownNames(names)] };
}

function countMentions(mentions: Mention[], stats: MentionStats): void {
  for (const m of mentions) {
    if (m.implicit) continue;
    stats.counts.set(m.actor, (stats.counts.get(m.actor) ?? 0) + 1);
    stats.names.set(m.actor, (stats.names.get(m.actor) ?? new Set()).add(m.surface));
  }
}

/** Adds one article's mention counts and names to the running totals. */
export function addMentions(total: MentionStats, part: MentionStats): void {
  for (const [actor, n] of part.counts) total.counts.set(actor, (total.counts.get(actor) ?? 0) + n);
  for (const [actor, names] of part.names) {
    const all = total.names.get(actor) ?? new Set<string>();
    for (const name of names) all.add(name);
    total.names.set(actor, all);
  }
}
