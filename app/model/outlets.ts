/**
 * Who reported it: articles grouped by outlet, the columns of the sources matrix. An article whose
 * outlet is unknown is a column of its own, named by its title or id and marked as such: it is
 * never merged with another unknown one, which may well be a different outlet.
 */
import type { ArticleMeta, GraphFile } from '../../graph-data/schema.ts';

/** One column: an outlet and its articles. */
export interface OutletColumn {
  /** The outlet's name, or the article's id when the outlet is unknown; see outletKey. */
  key: string;
  label: string;
  /** False when the outlet is unknown and the column stands for one article. */
  known: boolean;
  articles: string[];
}

/**
 * The column an article belongs to. Article ids look nothing like outlet names ("000_eca7…"),
 * so one string space serves both and a link can carry either as it is.
 */
export function outletKey(article: Pick<ArticleMeta, 'id' | 'outlet'>): string {
  return article.outlet ?? article.id;
}

/** Named outlets A–Z, then the articles of unknown outlet in the graph's order. */
export function outletColumns(graph: GraphFile): OutletColumn[] {
  const named = new Map<string, OutletColumn>();
  const unknown: OutletColumn[] = [];
  for (const a of graph.attributes.articles) {
    if (a.outlet === null) {
      unknown.push({ key: a.id, label: a.title ?? a.id, known: false, articles: [a.id] });
      continue;
    }
    const column = named.get(a.outlet) ?? { key: a.outlet, label: a.outlet, known: true, articles: [] };
    column.articles.push(a.id);
    named.set(a.outlet, column);
  }
  const sorted = [...named.values()].sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  return [...sorted, ...unknown];
}

/** Article id → its column's key, for every article of the graph. */
export function outletOfArticle(graph: GraphFile): Map<string, string> {
  return new Map(graph.attributes.articles.map((a) => [a.id, outletKey(a)]));
}
