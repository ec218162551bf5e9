/** Validates the graph the app was built with, so that bad data shows a message, not a crash. */
import { isGraphFile } from '../../graph-data/graph-check.ts';
import { GraphFile } from '../../graph-data/schema.ts';

/** The graph, or the reasons it cannot be shown. */
export type Loaded = { ok: true; graph: GraphFile } | { ok: false; problems: string[] };

/** Enough problems to find the fault; a broken build can produce thousands. */
const MAX_PROBLEMS = 20;

/** Checks raw JSON against the schema, then that every edge ends at a node the file declares. */
export function loadGraph(raw: unknown): Loaded {
  // isGraphFile gives GraphFile's verdict by only reading (its tests hold the two equal): zod's
  // parse copies every node, edge and evidence item, about 0.2 s at 5,000 relations before
  // anything was drawn. Strict objects all the way down and no defaults, so what passes is the
  // input itself. Only a failure asks GraphFile, for its messages.
  const parsed = isGraphFile(raw) ? { success: true as const, data: raw } : GraphFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, problems: capped(problems) };
  }
  const graph = parsed.data;
  const keys = new Set(graph.nodes.map((n) => n.key));
  const dangling = graph.edges.flatMap((e) =>
    [e.source, e.target].filter((id) => !keys.has(id)).map((id) => `edge ${e.key}: no node "${id}"`),
  );
  return dangling.length > 0 ? { ok: false, problems: capped(dangling) } : { ok: true, graph };
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];
}
