/**
 * The article reader's model: the texts file checked against the schema, the sentences of an
 * article that carry a relation, and the text cut into paragraphs and runs around them.
 */
import type { ArticleTexts, Evidence } from '../../graph-data/schema.ts';
import type { ShownEdge } from './shown.ts';

/** The texts, or why they cannot be used. */
export type TextsResult = { ok: true; texts: ArticleTexts } | { ok: false; problem: string };

/** Validates the fetched JSON; the file is data from the build, but never trusted blindly. */
export async function parseTexts(raw: unknown): Promise<TextsResult> {
  // Loaded with the texts, not at start-up: most visits never open an article.
  const { ArticleTexts } = await import('./contract.ts');
  const parsed = ArticleTexts.safeParse(raw);
  if (parsed.success) return { ok: true, texts: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `graph.articles.json does not match the schema (${issue?.path.join('.') || 'root'}: ${issue?.message})` };
}

/** A sentence of the article that carries at least one relation. */
export interface SentenceSpan {
  sentence: number;
  start: number;
  end: number;
  /** Keys of the edges it is evidence for, in the order the edges were given. */
  edges: string[];
}

/**
 * The relation sentences of one article, in text order. A span whose offsets do not cut out its
 * evidence text is dropped: the texts then come from another build, and a wrong highlight is
 * worse than none.
 */
export function articleSpans(edges: ShownEdge[], article: string, text: string): SentenceSpan[] {
  const spans = new Map<number, SentenceSpan>();
  for (const edge of edges) {
    for (const e of edge.evidence) {
      if (e.article !== article || !matches(e, text)) continue;
      const span = spans.get(e.sentence) ?? { sentence: e.sentence, start: e.start, end: e.end, edges: [] };
      if (!span.edges.includes(edge.key)) span.edges.push(edge.key);
      spans.set(e.sentence, span);
    }
  }
  return [...spans.values()].sort((a, b) => a.start - b.start);
}

/** The evidence that locates sentence `sentence` of `article`, if the graph cites it at all. */
export function findSentence(edges: ShownEdge[], article: string, sentence: number): Evidence | null {
  for (const edge of edges) {
    const found = edge.evidence.find((e) => e.article === article && e.sentence === sentence);
    if (found) return found;
  }
  return null;
}

/** True when the evidence's offsets cut its own text out of the article. */
export function matches(e: Evidence, text: string): boolean {
  return text.slice(e.start, e.end) === e.text;
}

/** A run of a paragraph: plain text, or (part of) a relation sentence. */
export interface Run {
  start: number;
  text: string;
  span: SentenceSpan | null;
}

/** A paragraph of the stored text, as runs; `start` is its offset, a stable key. */
export interface Paragraph {
  start: number;
  runs: Run[];
}

/** Paragraphs are separated by blank lines; each is trimmed, so offsets point into the full text. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S(?:[\s\S]*?\S)?(?=\s*\n\s*\n|\s*$)/g)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The text cut into paragraphs, and each paragraph into runs at the spans' edges. Spans must not
 * overlap (sentences do not); one crossing a paragraph break is cut in two, both parts keeping it.
 */
export function readerParagraphs(text: string, spans: SentenceSpan[]): Paragraph[] {
  return paragraphs(text).map(({ start, end }) => {
    const runs: Run[] = [];
    let at = start;
    for (const span of spans) {
      const from = Math.max(span.start, at);
      const to = Math.min(span.end, end);
      if (from >= to) continue;
      if (from > at) runs.push({ start: at, text: text.slice(at, from), span: null });
      runs.push({ start: from, text: text.slice(from, to), span });
      at = to;
    }
    if (at < end) runs.push({ start: at, text: text.slice(at, end), span: null });
    return { start, runs };
  });
}
