/** The last check before writing: a build result that breaks the contract is a bug, not bad input. */
import { ArticleTexts, GraphFile } from '../../graph-data/schema.ts';
import { jsonPath } from '../pipeline/dictionaries.ts';
import type { BuildResult } from '../pipeline/index.ts';

/** What is wrong with a build result, or null when graph.json and its texts keep the contract. */
export function contractProblem(result: BuildResult): string | null {
  const graph = GraphFile.safeParse(result.graph);
  if (!graph.success) return issue('graph', graph.error.issues);
  const texts = ArticleTexts.safeParse(result.texts);
  if (!texts.success) return issue('texts', texts.error.issues);
  // Offsets are the promise the reader relies on: every evidence text is the slice it points at.
  for (const edge of result.graph.edges) {
    for (const ev of edge.attributes.evidence) {
      if (result.texts[ev.article]?.slice(ev.start, ev.end) !== ev.text) {
        return `edge ${edge.key}: evidence in ${ev.article} at ${ev.start}-${ev.end} is not the text at those offsets`;
      }
    }
  }
  return null;
}

function issue(what: string, issues: { path: PropertyKey[]; message: string }[]): string {
  const [first] = issues;
  return `${what}: ${jsonPath(first?.path ?? [])}: ${first?.message ?? 'invalid'} (${issues.length} problem(s))`;
}
