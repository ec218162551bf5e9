/** The graph canvas: one cytoscape instance for the life of the component, updated from the view. */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { useView } from '../state/provider.tsx';
import type { Picture } from '../state/restoring.ts';
import type { LayoutName } from '../state/view.ts';
import { applyElements } from './apply.ts';
import { bindEvents } from './events.ts';
import { markFirstRender } from './firstRender.ts';
import { followResize } from './fitting.ts';
import { runLayout } from './layouts.ts';
import { preemptCytoscapeStyle } from './noInlineStyle.ts';
import { applyPicture } from './picture.ts';
import { rendererOptions } from './renderer.ts';
import { type Scale, scaleOf } from './scale.ts';
import { stylesheet } from './stylesheet.ts';
import { readTheme } from './theme.ts';
import { toElements } from './toElements.ts';

/** Past this zoom labels are needlessly big; the lower bound comes from the graph's size (scale.ts). */
const MAX_ZOOM = 3;

/** A cytoscape instance for `graph` in `box`: its renderer, zoom bounds and style follow the graph's size. */
function createCy(box: HTMLElement | null, graph: GraphFile, scale: Scale): { cy: Core; webgl: boolean } {
  preemptCytoscapeStyle();
  const renderer = rendererOptions(graph.nodes.length, graph.edges.length);
  const cy = cytoscape({
    container: box, style: stylesheet(readTheme(), scale.large), boxSelectionEnabled: false,
    minZoom: scale.minZoom, maxZoom: MAX_ZOOM, ...renderer,
  });
  return { cy, webgl: renderer.webgl === true };
}

/** What GraphView draws, and whom it tells when it first has. */
interface GraphViewProps {
  graph: GraphFile;
  cyRef: RefObject<Core | null>;
  picture?: Picture | null;
  /** Called once a new canvas has drawn its first frame. */
  onDrawn?: () => void;
}

/**
 * Draws `graph` as the view says; the instance is also put in `cyRef` and on `window.cy`. A new
 * `picture` (a restored snapshot) is put on the canvas after the layout, so the layout never
 * runs over it.
 */
export function GraphView({ graph, cyRef, picture = null, onDrawn }: GraphViewProps) {
  const { view, dispatch } = useView();
  const box = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const scale = useMemo(() => scaleOf(graph.nodes.length), [graph]);
  const elements = useMemo(() => toElements(graph, view, scale), [graph, view, scale]);

  // What the canvas shows (elements, layout, picture), so that an effect whose input has not
  // changed since the canvas was filled does nothing, and a new view changes only what differs.
  const shown = useRef<{ cy: Core; elements: ElementDefinition[] } | null>(null);
  const laidOut = useRef<{ cy: Core; layout: LayoutName } | null>(null);
  const pictured = useRef<{ cy: Core; picture: Picture } | null>(null);
  // The latest inputs, for the instance's first filling; the effects below follow later changes.
  const latest = useRef({ elements, layout: view.layout, picture, onDrawn });
  latest.current = { elements, layout: view.layout, picture, onDrawn };

  // A layout effect: the canvas is made and filled in the task that puts the page in place, so the
  // browser's next frame draws the page and the graph together; a passive effect would wait for a
  // frame of the page with an empty graph box first.
  useLayoutEffect(() => {
    const created = createCy(box.current, graph, scale);
    const instance = created.cy;
    bindEvents(instance, dispatch, scale.large);
    // Filled in the same task as it is made: the first frame cytoscape draws is the laid-out graph,
    // and no React pass (with its panels) comes between. After the layout: when a restore changes
    // the layout and the picture together, the picture lands on top of the layout.
    const { elements: first, layout, picture: opened } = latest.current;
    applyElements(instance, null, first);
    shown.current = { cy: instance, elements: first };
    runLayout(instance, layout);
    laidOut.current = { cy: instance, layout };
    if (opened) applyPicture(instance, opened, layout);
    pictured.current = opened ? { cy: instance, picture: opened } : null;
    markFirstRender(instance, created.webgl, () => latest.current.onDrawn?.());
    cyRef.current = instance;
    window.cy = instance;
    setCy(instance);
    return () => {
      if (window.cy === instance) delete window.cy;
      cyRef.current = null;
      instance.destroy();
    };
  }, [cyRef, dispatch, graph, scale]);

  useEffect(() => {
    if (!cy || (shown.current?.cy === cy && shown.current.elements === elements)) return;
    applyElements(cy, shown.current?.cy === cy ? shown.current.elements : null, elements);
    shown.current = { cy, elements };
  }, [cy, elements]);
  useEffect(() => {
    if (!cy || (laidOut.current?.cy === cy && laidOut.current.layout === view.layout)) return;
    runLayout(cy, view.layout);
    laidOut.current = { cy, layout: view.layout };
  }, [cy, view.layout]);
  // After the layout effect, as above. The layout is read, not a dependency: a later change of
  // layout alone must lay out anew, not put this picture back.
  useEffect(() => {
    if (!cy || !picture || (pictured.current?.cy === cy && pictured.current.picture === picture)) return;
    applyPicture(cy, picture, latest.current.layout);
    pictured.current = { cy, picture };
  }, [cy, picture]);
  useThemeFollower(cy, scale.large);
  useResizeFollower(cy, box);

  const label = `Graph of ${graph.nodes.length} actors and ${graph.edges.length} relations. The table view lists the same relations as text.`;
  return <div ref={box} className={view.hover ? 'graph pointing' : 'graph'} role="img" aria-label={label} />;
}

/** Restyles the canvas when the colour scheme changes, from the CSS variables of the new scheme. */
function useThemeFollower(cy: Core | null, large: boolean) {
  useEffect(() => {
    if (!cy || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const restyle = () => cy.style(stylesheet(readTheme(), large));
    query.addEventListener('change', restyle);
    return () => query.removeEventListener('change', restyle);
  }, [cy, large]);
}

/** Tells cytoscape when its box changes size, and refits while the user has not moved the view. */
function useResizeFollower(cy: Core | null, box: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = box.current;
    if (!cy || !el || typeof ResizeObserver !== 'function') return;
    return followResize(cy, el);
  }, [cy, box]);
}
