/** Publication dates, the axis of "as reported by": when each article could first be read. */
import type { GraphFile } from '../../graph-data/schema.ts';

/** Article id → "YYYY-MM-DD" publication date; articles with no known date are absent. */
export type Published = ReadonlyMap<string, string>;

const cache = new WeakMap<GraphFile, Published>();

/** The publication dates of a graph's articles, worked out once per graph. */
export function publicationDates(graph: GraphFile): Published {
  let dates = cache.get(graph);
  if (!dates) {
    dates = new Map(graph.attributes.articles.flatMap((a) => (a.date ? [[a.id, a.date] as const] : [])));
    cache.set(graph, dates);
  }
  return dates;
}

/** The first and last publication day, or null when no article has a date. */
export function publicationBounds(graph: GraphFile): { min: string; max: string } | null {
  const days = [...publicationDates(graph).values()].sort();
  return days.length ? { min: days[0]!, max: days.at(-1)! } : null;
}
