/** Validates the graph the app was built with, so that bad data shows a message, not a crash. */
import { isGraphFile } from '../../graph-data/graph-check.ts';
import type { GraphFile } from '../../graph-data/schema.ts';

/** The graph, or the reasons it cannot be shown. */
export type Loaded = { ok: true; graph: GraphFile } | { ok: false; problems: string[] };

/** Enough problems to find the fault; a broken build can produce thousands. */
const MAX_PROBLEMS = 20;

/** Checks raw JSON against the schema, then that every edge ends at a node the file declares. */
export async function loadGraph(raw: unknown): Promise<Loaded> {
  // isGraphFile gives GraphFile's verdict by only reading (its tests hold the two equal): zod's
  // parse copies every node, edge and evidence item, about 0.2 s at 5,000 relations before
  // anything was drawn. Strict objects all the way down and no defaults, so what passes is the
  // input itself. Only a failure loads zod and asks GraphFile, for its messages.
  if (!isGraphFile(raw)) {
    const { GraphFile } = await import('./contract.ts');
    const parsed = GraphFile.safeParse(raw);
    // Cannot pass where the check failed (the tests hold the two verdicts equal); if it ever did, the check is the one to trust.
    const issues = parsed.success ? [{ path: [], message: 'the graph does not match the schema' }] : parsed.error.issues;
    return { ok: false, problems: capped(issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)) };
  }
  const dangling = danglingEnds(raw);
  return dangling.length > 0 ? { ok: false, problems: capped(dangling) } : { ok: true, graph: raw };
}

/** An edge's end that is no node of the graph, one problem each: what the schema cannot see. */
export function danglingEnds(graph: GraphFile): string[] {
  const keys = new Set(graph.nodes.map((n) => n.key));
  return graph.edges.flatMap((e) => [e.source, e.target].filter((id) => !keys.has(id)).map((id) => `edge ${e.key}: no node "${id}"`));
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];
}
