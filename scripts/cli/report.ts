/** What build-graph prints after a build: the summary, the diagnostics, the reading notices. */
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import type { BuildSummary, Diagnostic } from '../pipeline/index.ts';

/** What a build found: the counts and the diagnostics. */
export interface BuildReport {
  summary: BuildSummary;
  nodes: number;
  edges: number;
  diagnostics: Diagnostic[];
}

/** Diagnostics shown per kind; the rest are counted. */
export const DIAGNOSTICS_PER_KIND = 20;

/** The lines printed after a successful build, ending in a newline; `took` says how long and how. */
export function formatReport(result: BuildReport, notices: string[], written: string[], took = ''): string {
  const { summary } = result;
  const total = RELATION_TYPES.reduce((n, t) => n + summary.relations[t], 0);
  const lines = [
    `build-graph: wrote ${written.join(' and ')}${took && ` (${took})`}`,
    `  ${summary.articles} articles, ${summary.sentences} sentences, ${result.nodes} actors, ${result.edges} edges`,
    `  ${total} relations: ${RELATION_TYPES.map((t) => `${t} ${summary.relations[t]}`).join(', ')}`,
    ...formatDiagnostics(result.diagnostics),
  ];
  if (notices.length > 0) lines.push(`notices (${notices.length}):`, ...notices.map((n) => `  ${n}`));
  return lines.join('\n') + '\n';
}

/** Diagnostics grouped by kind (sorted, for stable output), each group capped. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string[] {
  const kinds = [...new Set(diagnostics.map((d) => d.kind))].sort();
  const lines: string[] = [];
  for (const kind of kinds) {
    const group = diagnostics.filter((d) => d.kind === kind);
    lines.push(`diagnostics: ${kind} (${group.length})`);
    lines.push(...group.slice(0, DIAGNOSTICS_PER_KIND).map((d) => `  ${where(d)}${d.message}`));
    if (group.length > DIAGNOSTICS_PER_KIND) lines.push(`  … and ${group.length - DIAGNOSTICS_PER_KIND} more`);
  }
  return lines;
}

function where(d: Diagnostic): string {
  if (d.article === null) return '';
  return d.sentence === null ? `${d.article}: ` : `${d.article}#${d.sentence}: `;
}
