/** The build pipeline: the ordered, named list of stages and nothing else. */
import { RELATION_TYPES, type ActorsFile, type ArticleMeta, type ArticleTexts, type GraphFile, type RelationsFile, type RelationType } from '../../graph-data/schema.ts';
import { cleanArticle } from './articles.ts';
import { assemble, type MentionStats } from './assemble.ts';
import { inferPublicationDate } from './dates.ts';
import { diagnose, unknownNames } from './diagnostics.ts';
import { extractArticle } from './extract.ts';
import { compileLexicon } from './lexicon.ts';
import { splitSentences } from './sentences.ts';
import type { View } from './analysis.ts';
import type { Finding, SourceFile } from './types.ts';

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

/** Runs every stage over the articles, in a fixed order, and returns the graph and its texts. */
export function buildGraph(sources: SourceFile[], dicts: Dictionaries): BuildResult {
  const lex = compileLexicon(dicts);
  const findings: Finding[] = [];
  const metas: ArticleMeta[] = [];
  const stats: MentionStats = { counts: new Map(), names: new Map() };
  const texts: ArticleTexts = {};
  const diagnostics: Diagnostic[] = [];
  const allViews: View[] = [];
  let sentenceCount = 0;
  for (const source of [...sources].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const article = cleanArticle(source);
    const sentences = splitSentences(article);
    const { findings: found, views } = extractArticle(article, sentences, lex);
    const inferred = article.meta.date ? null : inferPublicationDate(found.flatMap((f) => (f.when ? [f.when] : [])));
    metas.push({ ...article.meta, date: article.meta.date ?? inferred, dateInferred: !!inferred, sentences: sentences.length });
    findings.push(...found);
    countMentions(views.flatMap((v) => v.actors), stats);
    diagnostics.push(...diagnose(article.id, views, found, lex));
    allViews.push(...views);
    texts[article.id] = article.text;
    sentenceCount += sentences.length;
  }
  const graph = assemble(findings, metas, stats, lex);
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, graph.edges.filter((e) => e.attributes.type === t).reduce((n, e) => n + e.attributes.evidence.length, 0)])) as Record<RelationType, number>;
  return { graph, texts, summary: { articles: metas.length, sentences: sentenceCount, relations }, diagnostics: [...diagnostics, ...unknownNames(allViews, lex)] };
}

function countMentions(mentions: { actor: string; surface: string; implicit: boolean }[], stats: MentionStats): void {
  for (const m of mentions) {
    if (m.implicit) continue;
    stats.counts.set(m.actor, (stats.counts.get(m.actor) ?? 0) + 1);
    stats.names.set(m.actor, (stats.names.get(m.actor) ?? new Set()).add(m.surface));
  }
}
