/**
 * Pointer events on the canvas become view actions. Only taps and hovers are listened to, never
 * cytoscape's own select events: the view decides what is selected and GraphView mirrors it back,
 * so listening to `select` would loop.
 */
import type { Core, EventObject } from 'cytoscape';
import type { Dispatch } from 'react';
import type { Action, Selection } from '../state/view.ts';

const target = (e: EventObject): Selection => ({ kind: e.target.isNode() ? 'node' : 'edge', key: e.target.id() });

/**
 * Tap an element to select it, tap the background to clear; hovering lights a neighbourhood.
 * On a large graph hovering only changes the cursor: lighting restyles elements, and any restyle
 * redraws the whole canvas (about 300 ms for 10,000 relations in headless Chromium), which on
 * every element the pointer crosses would freeze the page. A click still lights the selection.
 */
export function bindEvents(cy: Core, dispatch: Dispatch<Action>, large = false): void {
  cy.on('tap', 'node, edge', (e) => dispatch({ type: 'select', selection: target(e) }));
  cy.on('tap', (e) => {
    if (e.target === cy) dispatch({ type: 'select', selection: null });
  });
  if (large) {
    // The container's class, set directly: the view (and so React) never hears of the hover.
    cy.on('mouseover', 'node, edge', () => cy.container()?.classList.add('pointing'));
    cy.on('mouseout', 'node, edge', () => cy.container()?.classList.remove('pointing'));
    return;
  }
  cy.on('mouseover', 'node, edge', (e) => dispatch({ type: 'hover', target: target(e) }));
  cy.on('mouseout', 'node, edge', () => dispatch({ type: 'hover', target: null }));
}
