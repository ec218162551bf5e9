/** Finding an actor by any name it goes by, ignoring case and diacritics ("turkiye" finds Türkiye). */
import type { GraphFile } from '../../graph-data/schema.ts';

/** Lower case, accents stripped, dotless ı folded, spaces collapsed: the form names are compared in. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every name of an actor: its id, its label and the surface forms the corpus found it under. */
function namesOf(node: GraphFile['nodes'][number]): string[] {
  return [node.key, node.attributes.label, ...node.attributes.names];
}

/**
 * The actor a query means: an exact name first, then a name that starts with the query, then one
 * that contains it; ties go to the actor with more mentions. Null for an empty or unknown query.
 */
export function findActor(graph: GraphFile, query: string): string | null {
  const q = fold(query);
  if (!q) return null;
  const ranked = [...graph.nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions || a.key.localeCompare(b.key));
  const tests = [(n: string) => n === q, (n: string) => n.startsWith(q), (n: string) => n.includes(q)];
  for (const test of tests) {
    const hit = ranked.find((node) => namesOf(node).some((name) => test(fold(name))));
    if (hit) return hit.key;
  }
  return null;
}

/** The names to suggest while typing: every label and surface form, once each, sorted. */
export function suggestions(graph: GraphFile): string[] {
  const all = graph.nodes.flatMap((n) => [n.attributes.label, ...n.attributes.names]);
  return [...new Set(all)].sort((a, b) => a.localeCompare(b));
}
