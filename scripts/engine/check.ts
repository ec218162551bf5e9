/**
 * The last check before graph.json is written: nodes and the edges' envelopes against the
 * contract. Articles and evidence were checked one by one as they were digested (digest.ts).
 */
import { z } from 'zod';
import { EdgeAttributes, GraphFile } from '../../graph-data/schema.ts';
import { jsonPath } from '../pipeline/dictionaries.ts';
import { ContractError } from './digest.ts';
import type { EdgeEntry } from './totals.ts';

const Nodes = GraphFile.shape.nodes;
const Edge = GraphFile.shape.edges.element.extend({ attributes: EdgeAttributes.omit({ evidence: true }) });

/** Throws a ContractError when a node or an edge (evidence apart) breaks the contract. */
export function checkEnvelope(nodes: unknown[], edges: EdgeEntry[]): void {
  const n = Nodes.safeParse(nodes);
  if (!n.success) throw problem('nodes', n.error.issues);
  for (const e of edges) {
    const edge = { key: e.key, source: e.source, target: e.target, attributes: { type: e.type, undirected: e.undirected }, ...(e.undirected ? { undirected: true } : {}) };
    const r = Edge.safeParse(edge);
    if (!r.success) throw problem(`edge ${e.key}`, r.error.issues);
  }
}

function problem(what: string, issues: z.core.$ZodIssue[]): ContractError {
  const [first] = issues;
  return new ContractError(`${what}: ${jsonPath(first?.path ?? [])}: ${first?.message ?? 'invalid'} (${issues.length} problem(s))`);
}
