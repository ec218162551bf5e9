/** The right-hand column: evidence of the selected edge, the selected actor, or the article reader. */
import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { articleIndex } from '../model/relations.ts';
import { edgeHeadline, shownEdges } from '../model/shown.ts';
import { useView } from '../state/provider.tsx';
import { DEFAULT_FILTERS, type ViewState } from '../state/view.ts';
import { ActorPanel } from './ActorPanel.tsx';
import { ArticleReader } from './ArticleReader.tsx';
import type { PanelData } from './data.ts';
import { EmptyPanel } from './EmptyPanel.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { type Go, GoContext, HEADING } from './nav.ts';
import { useNewSelection } from './useNewSelection.ts';
import './panels.css';

/**
 * The sidebar, or while `waiting` (the graph not drawn yet) its empty place: the column's width is
 * fixed by the grid, so nothing moves when the panels arrive.
 */
export function Sidebar({ graph, waiting = false }: { graph: GraphFile; waiting?: boolean }) {
  return waiting ? <aside className="sidebar panels" aria-label="Details" aria-busy="true" /> : <Details graph={graph} />;
}

/** One panel at a time, a live region that announces it, and focus that follows. */
function Details({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const all = useMemo(() => shownEdges(graph, DEFAULT_FILTERS), [graph]);
  // The unfiltered view shares `all`: on a big graph each pass over every edge's evidence counts.
  const shown = useMemo(() => (view.filters === DEFAULT_FILTERS ? all : shownEdges(graph, view.filters)), [graph, view.filters, all]);
  const data: PanelData = useMemo(() => ({ graph, all, shown, articles: articleIndex(graph) }), [graph, all, shown]);
  const aside = useRef<HTMLElement>(null);
  const focusNext = useRef<string | null>(null);
  const go: Go = useCallback(
    (actions, focus = HEADING) => {
      focusNext.current = focus;
      for (const action of actions) dispatch(action);
    },
    [dispatch],
  );
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null || !aside.current) return;
    focusNext.current = null;
    (aside.current.querySelector<HTMLElement>(target) ?? aside.current.querySelector<HTMLElement>(HEADING))?.focus();
  });
  // A new selection has already closed the reader (see reduce).
  useNewSelection(view.selection, () => {
    // In the one-column layout the sidebar sits under the graph: bring the panel into view.
    if (view.selection && aside.current && aside.current.getBoundingClientRect().top >= window.innerHeight) {
      aside.current.scrollIntoView({ block: 'start' });
    }
  });
  return (
    <aside className="sidebar panels" aria-label="Details" ref={aside}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement(view, data)}
      </p>
      <ScrollReset panel={panelId(view)} target={aside} />
      <GoContext.Provider value={go}>
        <Panel view={view} data={data} />
      </GoContext.Provider>
    </aside>
  );
}

function Panel({ view, data }: { view: ViewState; data: PanelData }) {
  if (view.reader) return <ArticleReader data={data} reader={view.reader} />;
  if (view.selection?.kind === 'edge') return <EvidencePanel data={data} edgeKey={view.selection.key} outlet={view.outlet} />;
  if (view.selection?.kind === 'node') return <ActorPanel data={data} id={view.selection.key} />;
  return <EmptyPanel data={data} />;
}

/** Which panel is showing: a new one starts at its top, not where the last one was scrolled to. */
function panelId(view: ViewState): string {
  if (view.reader) return `reader:${view.reader.article}#${view.reader.sentence}`;
  return view.selection ? `${view.selection.kind}:${view.selection.key}:${view.outlet ?? ''}` : '';
}

/**
 * Scrolls the sidebar to the top when the panel changes. A sibling rendered before the panel, so
 * its layout effect runs first and the reader's own scroll to its sentence comes after it.
 */
function ScrollReset({ panel, target }: { panel: string; target: RefObject<HTMLElement | null> }) {
  useLayoutEffect(() => {
    if (target.current) target.current.scrollTop = 0;
  }, [panel, target]);
  return null;
}

/** What a screen reader hears when the panel changes: the same words as the panel's headline. */
function announcement(view: ViewState, data: PanelData): string {
  if (view.reader) return `Reading ${data.articles.get(view.reader.article)?.title ?? view.reader.article}`;
  const { selection } = view;
  if (selection?.kind === 'edge') {
    const edge = data.shown.find((e) => e.key === selection.key);
    return edge ? edgeHeadline(edge) : 'This relation is not in the graph';
  }
  if (selection?.kind === 'node') {
    const node = data.graph.nodes.find((n) => n.key === selection.key);
    return node ? `${node.attributes.label}${node.attributes.alleged ? ', alleged actor' : ''}` : 'This actor is not in the graph';
  }
  return '';
}
