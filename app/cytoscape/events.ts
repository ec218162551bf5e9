/**
 * Pointer events on the canvas become view actions. Only taps and hovers are listened to, never
 * cytoscape's own select events: the view decides what is selected and GraphView mirrors it back,
 * so listening to `select` would loop.
 */
import type { Core, EventObject } from 'cytoscape';
import type { Dispatch } from 'react';
import type { Action, Selection } from '../state/view.ts';

const target = (e: EventObject): Selection => ({ kind: e.target.isNode() ? 'node' : 'edge', key: e.target.id() });

/** Tap an element to select it, tap the background to clear; hovering lights a neighbourhood. */
export function bindEvents(cy: Core, dispatch: Dispatch<Action>): void {
  cy.on('tap', 'node, edge', (e) => dispatch({ type: 'select', selection: target(e) }));
  cy.on('tap', (e) => {
    if (e.target === cy) dispatch({ type: 'select', selection: null });
  });
  cy.on('mouseover', 'node, edge', (e) => dispatch({ type: 'hover', target: target(e) }));
  cy.on('mouseout', 'node, edge', () => dispatch({ type: 'hover', target: null }));
}
