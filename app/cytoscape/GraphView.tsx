/** The graph canvas: one cytoscape instance for the life of the component, updated from the view. */
import cytoscape, { type Core } from 'cytoscape';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { useView } from '../state/provider.tsx';
import type { Picture } from '../state/restoring.ts';
import { bindEvents } from './events.ts';
import { followResize } from './fitting.ts';
import { runLayout } from './layouts.ts';
import { preemptCytoscapeStyle } from './noInlineStyle.ts';
import { applyPicture } from './picture.ts';
import { stylesheet } from './stylesheet.ts';
import { readTheme } from './theme.ts';
import { toElements } from './toElements.ts';

/** Zoom bounds: past them labels are either unreadable or the whole graph no longer fits. */
const ZOOM = { minZoom: 0.2, maxZoom: 3 };

/**
 * Draws `graph` as the view says; the instance is also put in `cyRef` and on `window.cy`. A new
 * `picture` (a restored snapshot) is put on the canvas after the layout, so the layout never
 * runs over it.
 */
export function GraphView({ graph, cyRef, picture = null }: { graph: GraphFile; cyRef: RefObject<Core | null>; picture?: Picture | null }) {
  const { view, dispatch } = useView();
  const box = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => toElements(graph, view), [graph, view]);

  useEffect(() => {
    preemptCytoscapeStyle();
    const instance = cytoscape({ container: box.current, style: stylesheet(readTheme()), boxSelectionEnabled: false, ...ZOOM });
    bindEvents(instance, dispatch);
    cyRef.current = instance;
    window.cy = instance;
    setCy(instance);
    return () => {
      if (window.cy === instance) delete window.cy;
      cyRef.current = null;
      instance.destroy();
    };
  }, [cyRef, dispatch]);

  // Declared before the layout effect, so that a new instance has its elements before its first layout.
  useEffect(() => {
    cy?.json({ elements });
  }, [cy, elements]);
  useEffect(() => {
    if (cy) runLayout(cy, view.layout);
  }, [cy, view.layout]);
  // After the layout effect: when a restore changes the layout and the picture together, the
  // layout runs first and the picture lands on top of it. The layout is read, not a dependency:
  // a later change of layout alone must lay out anew, not put this picture back.
  const layout = useRef(view.layout);
  layout.current = view.layout;
  useEffect(() => {
    if (cy && picture) applyPicture(cy, picture, layout.current);
  }, [cy, picture]);
  useThemeFollower(cy);
  useResizeFollower(cy, box);

  const label = `Graph of ${graph.nodes.length} actors and ${graph.edges.length} relations. The table view lists the same relations as text.`;
  return <div ref={box} className={view.hover ? 'graph pointing' : 'graph'} role="img" aria-label={label} />;
}

/** Restyles the canvas when the colour scheme changes, from the CSS variables of the new scheme. */
function useThemeFollower(cy: Core | null) {
  useEffect(() => {
    if (!cy || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const restyle = () => cy.style(stylesheet(readTheme()));
    query.addEventListener('change', restyle);
    return () => query.removeEventListener('change', restyle);
  }, [cy]);
}

/** Tells cytoscape when its box changes size, and refits while the user has not moved the view. */
function useResizeFollower(cy: Core | null, box: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = box.current;
    if (!cy || !el || typeof ResizeObserver !== 'function') return;
    return followResize(cy, el);
  }, [cy, box]);
}
