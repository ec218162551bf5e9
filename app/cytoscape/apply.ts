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
    // second of walking edges that were about to be styled anyway.
    const nodes = cy.add(next.filter((d) => d.group === 'nodes'));
    nodes.forEach((n) => void n.numericStyle('width'));
    cy.add(next.filter((d) => d.group !== 'nodes'));
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
