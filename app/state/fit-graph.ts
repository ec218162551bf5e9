/** A decoded view against the graph on the page: what it names that the graph lacks is dropped, and said so. */
import type { GraphFile } from '../../graph-data/schema.ts';
import { outletKey } from '../model/outlets.ts';
import { quote } from './link.ts';
import type { LinkView } from './link-keys.ts';

/** The view with only what the graph has, and a phrase for each thing dropped. */
export function fitToGraph(view: LinkView, graph: GraphFile): { view: LinkView; dropped: string[] } {
  const dropped: string[] = [];
  let { selection, outlet, reader } = view;
  if (selection?.kind === 'edge' && !graph.edges.some((e) => e.key === selection?.key)) {
    dropped.push(`the selected relation ${quote(selection.key)}`);
    selection = null;
  } else if (selection?.kind === 'node' && !graph.nodes.some((n) => n.key === selection?.key)) {
    dropped.push(`the selected actor ${quote(selection.key)}`);
    selection = null;
  }
  if (outlet !== null && (selection?.kind !== 'edge' || !graph.attributes.articles.some((a) => outletKey(a) === outlet))) {
    // Without its edge an outlet focus means nothing; said only when the outlet itself is unknown.
    if (selection?.kind === 'edge') dropped.push(`the outlet ${quote(outlet)}`);
    outlet = null;
  }
  const article = reader && graph.attributes.articles.find((a) => a.id === reader?.article);
  if (reader && !article) {
    dropped.push(`the open article ${quote(reader.article)}`);
    reader = null;
  } else if (reader && article && reader.sentence !== null && reader.sentence >= article.sentences) {
    dropped.push(`sentence ${reader.sentence + 1} of the open article`);
    reader = { ...reader, sentence: null };
  }
  const articles = new Set(graph.attributes.articles.map((a) => a.id));
  const hiddenArticles = view.filters.hiddenArticles.filter((a) => articles.has(a));
  const unknown = view.filters.hiddenArticles.length - hiddenArticles.length;
  if (unknown > 0) dropped.push(`${unknown} hidden ${unknown === 1 ? 'article' : 'articles'} this graph does not have`);
  return { view: { ...view, selection, outlet, reader, filters: { ...view.filters, hiddenArticles } }, dropped };
}
