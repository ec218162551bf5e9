import type { GraphFile } from '../../graph-data/schema.ts';
import { formatDate, plural } from '../model/format.ts';
import { ActorName } from './Badges.tsx';

/** Past this many articles the list starts folded, so the relations stay in view. */
const OPEN_ARTICLE_LIST = 12;

/** The corpus at a glance: counts, the articles read, and the actors found in them. */
export function CorpusHeader({ graph }: { graph: GraphFile }) {
  const { articles } = graph.attributes;
  const evidence = graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
  const actors = [...graph.nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions);
  return (
    <header className="corpus">
      <h1>Dyad</h1>
      <p className="tagline">Political actors in the news, and every sentence that says what they do to each other.</p>
      <p className="stats">
        {plural(articles.length, 'article')} · {plural(graph.nodes.length, 'actor')} ·{' '}
        {plural(graph.edges.length, 'relation')} · {plural(evidence, 'piece')} of evidence
      </p>
      <p className="legend" aria-hidden="true">
        Highlights:<mark className="mark-source">source actor</mark>
        <mark className="mark-target">target actor</mark>
        <mark className="mark-trigger">words of the relation</mark>
      </p>
      <details className="articles" open={articles.length <= OPEN_ARTICLE_LIST}>
        <summary>Articles</summary>
        <ol>
          {articles.map((a) => (
            <li key={a.id} data-article-id={a.id}>
              <cite>{a.title ?? a.id}</cite>
              <span className="muted">
                {' '}
                {[a.outlet, a.date && formatDate(a.date) + (a.dateInferred ? ' (inferred)' : '')]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      </details>
      <ul className="actors" aria-label="Actors">
        {actors.map((n) => (
          <li key={n.key} className="chip">
            <ActorName actor={{ id: n.key, label: n.attributes.label, alleged: n.attributes.alleged }} />
            <span className="muted"> {plural(n.attributes.mentions, 'mention')}</span>
          </li>
        ))}
      </ul>
    </header>
  );
}
