/**
 * Puts the elements toElements() made on the canvas. cy.json({ elements }) would do, but it sets
 * every element's data and classes again, and restyles all of them: on 10,000 relations a hover
 * would cost seconds. Here only what changed since the last call is touched, in one batch.
 */
import type { Core, ElementDefinition } from 'cytoscape';

const classesOf = (def: ElementDefinition): string => (Array.isArray(def.classes) ? def.classes.join(' ') : (def.classes ?? ''));

/** The data fields of `next` that differ from `prev`'s, or null when none does. */
function changedData(prev: ElementDefinition['data'], next: ElementDefinition['data']): Record<string, unknown> | null {
  let changed: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(next)) {
    if ((prev as Record<string, unknown>)[key] !== value) (changed ??= {})[key] = value;
  }
  return changed;
}

/** Cytoscape's style object, seen from inside: the one internal this file reaches for. */
interface StyleInternals {
  checkTriggers?: unknown;
}

/**
 * Runs `styleNew`, which must only add elements and style them, with cytoscape's change triggers
 * off. Every property cytoscape applies to an element goes through `checkTriggers`, which clears
 * caches the element and its neighbours built with the old value and fires a 'bounds' event:
 * for elements just added there is no old value, nothing built from it and no one told of it yet,
 * and on 1,000 relations the triggers were a tenth of the first render. Shadowing the prototype's
 * method on the style object for the span, and deleting the shadow after, leaves cytoscape as it
 * was; should a later cytoscape drop the method, the shadow is never called and costs nothing
 * (apply.test.ts, through applyElements, says so before it is shipped).
 */
function withoutTriggers(cy: Core, styleNew: () => void): void {
  const style = cy.style() as unknown as StyleInternals;
  style.checkTriggers = () => undefined;
  try {
    styleNew();
  } finally {
    delete style.checkTriggers;
  }
}

/** True when `prev` and `next` are the same elements in the same order: only their state can differ. */
function sameElements(prev: ElementDefinition[], next: ElementDefinition[]): boolean {
  return prev.length === next.length && prev.every((p, i) => p.data.id === next[i]!.data.id);
}

/**
 * Makes the canvas show `next`, given that it shows `prev` (null: whatever it holds, which is
 * then replaced). Selection is read back from cytoscape itself, which also selects on a tap.
 */
export function applyElements(cy: Core, prev: ElementDefinition[] | null, next: ElementDefinition[]): void {
  if (!prev && cy.elements().empty()) {
    // A new canvas: a plain add, without json()'s look-up of each element among none. Nodes
    // first, styled while they have no edges: cytoscape marks a node's connected edges for
    // restyling with every property it applies to the node, which on 20,000 relations was a
    // second of walking edges that were about to be styled anyway. Then the edges, styled at
    // once rather than when first drawn, so that it happens without triggers too.
    withoutTriggers(cy, () => {
      cy.add(next.filter((d) => d.group === 'nodes')).forEach((n) => void n.numericStyle('width'));
      cy.add(next.filter((d) => d.group !== 'nodes')).forEach((e) => void e.numericStyle('width'));
    });
    return;
  }
  if (!prev || !sameElements(prev, next) || cy.elements().length !== next.length) {
    cy.json({ elements: next });
    return;
  }
  cy.batch(() => {
    next.forEach((def, i) => {
      const before = prev[i]!;
      const ele = cy.getElementById(def.data.id!);
      const classes = classesOf(def);
      if (classes !== classesOf(before)) ele.classes(classes);
      const data = changedData(before.data, def.data);
      if (data) ele.data(data);
    });
    const wanted = new Set(next.filter((d) => d.selected).map((d) => d.data.id!));
    cy.$(':selected').forEach((ele) => {
      if (!wanted.has(ele.id())) ele.unselect();
    });
    for (const id of wanted) cy.getElementById(id).select();
  });
}
