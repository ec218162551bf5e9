/** The graph canvas: one cytoscape instance for the life of the component, updated from the view. */
import type { Core, ElementDefinition } from 'cytoscape';
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { useView } from '../state/provider.tsx';
import type { Picture } from '../state/restoring.ts';
import type { LayoutName } from '../state/view.ts';
import { applyElements } from './apply.ts';
import { canvasElements, countsOf, createCanvas, fillCanvas } from './canvas.ts';
import { drawnFor, type EarlyGraph, moveInto, takeOver } from './early.ts';
import { bindEvents } from './events.ts';
import { markFirstRender } from './firstRender.ts';
import { followResize } from './fitting.ts';
import { runLayout } from './layouts.ts';
import { nameAsViewed } from './naming.ts';
import { applyPicture } from './picture.ts';
import { type Scale, scaleOf } from './scale.ts';
import { stylesheet } from './stylesheet.ts';
import { readTheme } from './theme.ts';
import { toElements } from './toElements.ts';

/** A canvas for `graph` in `box`: the one drawn before the explorer when it fits, or a new one, filled. */
function canvasFor(box: HTMLElement, graph: GraphFile, scale: Scale, early: EarlyGraph | null, fresh: { elements: ElementDefinition[]; layout: LayoutName; picture: Picture | null }) {
  if (early) {
    const stop = moveInto(early, box);
    early.cy.autounselectify(false);
    // Drawn already: whoever waits for the first frame is told at once.
    return { cy: early.cy, layer: early.canvas.layer, stop, shown: early.elements, picture: early.picture, whenDrawn: (then: () => void) => then() };
  }
  const canvas = canvasElements(box.ownerDocument);
  box.append(canvas.layer);
  const { cy, webgl } = createCanvas(canvas.container, countsOf(graph), scale);
  fillCanvas(cy, fresh.elements, fresh.layout, fresh.picture);
  return { cy, layer: canvas.layer, stop: () => {}, shown: fresh.elements, picture: fresh.picture, whenDrawn: (then: () => void) => markFirstRender(cy, webgl, then) };
}

/** What GraphView draws, and whom it tells when it first has. */
interface GraphViewProps {
  graph: GraphFile;
  cyRef: RefObject<Core | null>;
  picture?: Picture | null;
  /** Called once a new canvas has drawn its first frame (at once for a canvas taken over, drawn already). */
  onDrawn?: () => void;
  /** A canvas drawn before the explorer (boot/drawEarly.ts), taken over when it was drawn for this graph and view. */
  early?: { current: EarlyGraph | null };
}

/**
 * Draws `graph` as the view says; the instance is also put in `cyRef` and on `window.cy`. A new
 * `picture` (a restored snapshot) is put on the canvas after the layout, so the layout never
 * runs over it.
 */
export function GraphView({ graph, cyRef, picture = null, onDrawn, early }: GraphViewProps) {
  const { view, dispatch } = useView();
  const box = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const scale = useMemo(() => scaleOf(graph.nodes.length), [graph]);
  // The early canvas's elements when it was drawn for this very view: at 20,000 relations making
  // them again took 0.2 s.
  const elements = useMemo(() => drawnFor(early, graph, view)?.elements ?? toElements(graph, view, scale), [graph, view, scale, early]);

  // What the canvas shows (elements, layout, picture), so that an effect whose input has not
  // changed since the canvas was filled does nothing, and a new view changes only what differs.
  const shown = useRef<{ cy: Core; elements: ElementDefinition[] } | null>(null);
  const laidOut = useRef<{ cy: Core; layout: LayoutName } | null>(null);
  const pictured = useRef<{ cy: Core; picture: Picture } | null>(null);
  // The latest inputs, for the instance's first filling; the effects below follow later changes.
  const latest = useRef({ view, elements, picture, onDrawn });
  latest.current = { view, elements, picture, onDrawn };

  // A layout effect: the canvas is made and filled in the task that puts the page in place, so the
  // browser's next frame draws the page and the graph together; a passive effect would wait for a
  // frame of the page with an empty graph box first.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const { view: opening, elements: first, picture: opened } = latest.current;
    const layout = opening.layout;
    const made = canvasFor(el, graph, scale, early ? takeOver(early, graph, opening) : null, { elements: first, layout, picture: opened });
    const instance = made.cy;
    bindEvents(instance, dispatch, scale.large);
    const stopNaming = scale.large ? nameAsViewed(instance) : null;
    shown.current = { cy: instance, elements: made.shown };
    laidOut.current = { cy: instance, layout };
    pictured.current = made.picture ? { cy: instance, picture: made.picture } : null;
    made.whenDrawn(() => latest.current.onDrawn?.());
    cyRef.current = instance;
    window.cy = instance;
    setCy(instance);
    return () => {
      if (window.cy === instance) delete window.cy;
      cyRef.current = null;
      stopNaming?.();
      made.stop();
      instance.destroy();
      made.layer.remove();
    };
  }, [cyRef, dispatch, graph, scale, early]);

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
    applyPicture(cy, picture, latest.current.view.layout);
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
