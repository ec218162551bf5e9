/** The filters: relation types, evidence statuses and articles. Each hides; none removes. */
import { type Dispatch, memo, useMemo } from 'react';
import { RELATION_TYPES, STATUSES } from '../../graph-data/shapes.ts';
import type { ArticleMeta, GraphFile } from '../../graph-data/schema.ts';
import { RELATION_STYLE, STATUS_STYLE } from '../cytoscape/tables.ts';
import { articleCounts, statusCounts, typeCounts } from '../model/corpus.ts';
import { formatDate } from '../model/format.ts';
import { useView } from '../state/provider.tsx';
import type { Action } from '../state/view.ts';
import { Menu } from './Menu.tsx';
import { EdgeSwatch } from './Swatch.tsx';

const hiddenNote = (n: number) => (n > 0 ? `${n} hidden` : null);

/** One checkbox per relation type, with its colour and its number of edges. */
export function TypeFilter({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const counts = useMemo(() => typeCounts(graph), [graph]);
  const hidden = view.filters.hiddenTypes;
  return (
    <Menu label="Relations" note={hiddenNote(hidden.length)}>
      <fieldset>
        <legend>Relation types shown</legend>
        {RELATION_TYPES.map((t) => (
          <label key={t} className="check" data-type={t}>
            <input type="checkbox" checked={!hidden.includes(t)} onChange={() => dispatch({ type: 'toggle-type', relation: t })} />
            <EdgeSwatch colour={RELATION_STYLE[t].colour} /> {RELATION_STYLE[t].label} <span className="muted">({counts[t]})</span>
          </label>
        ))}
      </fieldset>
    </Menu>
  );
}

/** One checkbox per evidence status, with its number of sentences. */
export function StatusFilter({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const counts = useMemo(() => statusCounts(graph), [graph]);
  const hidden = view.filters.hiddenStatuses;
  return (
    <Menu label="Evidence" note={hiddenNote(hidden.length)}>
      <fieldset>
        <legend>Evidence shown, by status</legend>
        {STATUSES.map((s) => (
          <label key={s} className="check" data-status={s} title={STATUS_STYLE[s].help}>
            <input type="checkbox" checked={!hidden.includes(s)} onChange={() => dispatch({ type: 'toggle-status', status: s })} />
            {STATUS_STYLE[s].label} <span className="muted">({counts[s]})</span>
          </label>
        ))}
      </fieldset>
    </Menu>
  );
}

/** One checkbox per article, titled where the article has a title, with its number of sentences. */
export function ArticleFilter({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const counts = useMemo(() => articleCounts(graph), [graph]);
  const hidden = view.filters.hiddenArticles;
  return (
    <Menu label="Articles" note={hiddenNote(hidden.length)} lazy>
      <ArticleChecks articles={graph.attributes.articles} counts={counts} hidden={hidden} dispatch={dispatch} />
    </Menu>
  );
}

/**
 * The list itself, apart, so that it renders again only when the articles or the hidden ones
 * change: a corpus of thousands of articles would otherwise be gone over on every hover.
 */
const ArticleChecks = memo(function ArticleChecks({ articles, counts, hidden, dispatch }: {
  articles: ArticleMeta[];
  counts: Map<string, number>;
  hidden: string[];
  dispatch: Dispatch<Action>;
}) {
  const off = new Set(hidden);
  return (
    <fieldset className="articles-filter">
      <legend>Articles read</legend>
      {articles.map((a) => (
        <label key={a.id} className="check" data-article={a.id}>
          <input type="checkbox" checked={!off.has(a.id)} onChange={() => dispatch({ type: 'toggle-article', article: a.id })} />
          <span className="article-name">
            {a.title ?? a.id}
            <span className="muted">
              {' '}
              {[a.outlet, a.date && `${a.dateInferred ? '~' : ''}${formatDate(a.date)}`].filter(Boolean).join(' · ')} ({counts.get(a.id) ?? 0})
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
});
