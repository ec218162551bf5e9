/** The article reader: the full stored text, scrolled to the chosen sentence, relations underlined. */
import { type KeyboardEvent, Suspense } from 'react';
import type { ArticleMeta } from '../../graph-data/schema.ts';
import { formatPublished } from '../model/format.ts';
import type { ViewState } from '../state/view.ts';
import type { PanelData } from './data.ts';
import { readSelector, useGo } from './nav.ts';
import { Arriving, ReaderText } from './lazy.tsx';
import { useArticleTexts } from './useArticleTexts.ts';

type Reader = NonNullable<ViewState['reader']>;

/** Header, close button (Escape too), then the text once the texts file has arrived. */
export function ArticleReader({ data, reader }: { data: PanelData; reader: Reader }) {
  const go = useGo();
  const { result, retry } = useArticleTexts();
  const meta = data.articles.get(reader.article);
  // Back to the button that opened the reader; the sidebar falls back to the panel heading.
  const close = () => go([{ type: 'close-reader' }], readSelector(reader.article, reader.sentence));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Handled here: the page's own Escape (clear the selection) must not fire as well.
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return (
    <section className="panel reader" data-article={reader.article} aria-labelledby="reader-heading" onKeyDown={onKeyDown}>
      {/* Sticky, so the way out stays in view however far the text is scrolled. */}
      <div className="reader-bar">
        <p className="kicker">Article</p>
        <button type="button" className="panel-close" onClick={close}>
          <span aria-hidden="true">←</span> Close article <span className="muted">(Esc)</span>
        </button>
      </div>
      <header className="panel-head">
        <h2 id="reader-heading" className="panel-heading" tabIndex={-1}>
          {meta?.title ?? (
            <>
              Untitled article <span className="muted">{reader.article}</span>
            </>
          )}
        </h2>
        <ArticleByline meta={meta} />
      </header>
      {result === null && <p className="loading">Loading the article…</p>}
      {result?.ok === false && (
        <div className="load-problem" role="alert">
          <p>The article texts could not be loaded: {result.problem}.</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {result?.ok && (
        <Suspense fallback={<Arriving what="the article" />}>
          <ReaderText data={data} reader={reader} text={result.texts[reader.article]} />
        </Suspense>
      )}
    </section>
  );
}

/** Outlet, publication date and byline, whichever the article has. */
function ArticleByline({ meta }: { meta: ArticleMeta | undefined }) {
  const parts = [
    meta?.outlet,
    meta && formatPublished(meta),
    meta?.byline && `by ${meta.byline}`,
  ].filter(Boolean);
  return parts.length > 0 ? <p className="facts">{parts.join(' · ')}</p> : null;
}
