/** The build pipeline: the ordered, named list of stages and nothing else. (Stub: filled in by the extraction work.) */
import type { ActorsFile, ArticleTexts, GraphFile, RelationsFile, RelationType } from '../../graph-data/schema.ts';
import type { SourceFile } from './types.ts';

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
  void sources;
  void dicts;
  throw new Error('not yet implemented');
}
