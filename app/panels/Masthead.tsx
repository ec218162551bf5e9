/** The page header: the name, and what the corpus behind the graph is. */
import { memo } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { corpusSummary } from '../model/corpus.ts';
import { formatDate, plural } from '../model/format.ts';

function dateSpan(first: string | null, last: string | null): string {
  if (first === null || last === null) return 'undated';
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/** "Dyad", a tagline, and articles · outlets · dates · actors · relations; drawn again only for a new graph. */
export const Masthead = memo(function Masthead({ graph }: { graph: GraphFile }) {
  const s = corpusSummary(graph);
  const sentences = graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
  return (
    <header className="masthead">
      <h1>Dyad</h1>
      <p className="tagline">Who does what to whom in the news, sentence by sentence.</p>
      <p className="stats">
        {plural(s.articles, 'article')} · {s.outlets === 0 ? 'no outlet named' : plural(s.outlets, 'outlet')} ·{' '}
        {dateSpan(s.first, s.last)} · {plural(graph.nodes.length, 'actor')} · {plural(graph.edges.length, 'relation')} ·{' '}
        {plural(sentences, 'piece')} of evidence
      </p>
    </header>
  );
});
