/** The build pipeline: the ordered, named list of stages and nothing else. */
import type { ActorsFile, ArticleMeta, ArticleTexts, GraphFile, RelationsFile, RelationType } from '../../graph-data/schema.ts';
import { RELATION_TYPES } from '../../graph-data/shapes.ts';
import { analyseArticle, type ArticlePart } from './analyse.ts';
import { cleanArticle } from './articles.ts';
import { assemble, type MentionStats } from './assemble.ts';
import { corpusReference } from './dating.ts';
import { addCounts, unknownNames } from './diagnostics.ts';
import { compileLexicon, type Lexicon } from './lexicon.ts';
import type { SourceFile } from './types.ts';

export { analyseArticle, type ArticlePart };

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

/** Adds one article's mention counts and names to the running totals. */
export function addMentions(total: MentionStats, part: MentionStats): void {
  for (const [actor, n] of part.counts) total.counts.set(actor, (total.counts.get(actor) ?? 0) + n);
  for (const [actor, names] of part.names) {
    const all = total.names.get(actor) ?? new Set<string>();
    for (const name of names) all.add(name);
    total.names.set(actor, all);
  }
}
