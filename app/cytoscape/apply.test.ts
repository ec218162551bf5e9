import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../model/fixture.ts';
import { DEFAULT_VIEW, type ViewState } from '../state/view.ts';
import { applyElements } from './apply.ts';
import { stylesheet } from './stylesheet.ts';
import { LIGHT } from './theme.ts';
import { toElements } from './toElements.ts';

const ACC = 'pakistan|accusation|india';
const headless = () => cytoscape({ headless: true, styleEnabled: true, style: stylesheet(LIGHT) });
const elementsFor = (view: Partial<ViewState>) => toElements(sampleGraph(), { ...DEFAULT_VIEW, ...view });

/** Ids of the elements whose classes were set while `run` ran. */
function restyled(cy: cytoscape.Core, run: () => void): string[] {
  const touched: string[] = [];
  const note = (e: cytoscape.EventObject) => touched.push(e.target.id());
  cy.on('class', note);
  run();
  cy.off('class', note);
  return touched.sort();
}

/** Every element's full style, as cytoscape reports it, by id. */
const styles = (cy: cytoscape.Core) => Object.fromEntries(cy.elements().map((e) => [e.id(), e.style() as Record<string, string>]));

describe('applyElements', () => {
  it("styles a new canvas without cytoscape's change triggers, exactly as it would with them", () => {
    for (const large of [false, true]) {
      const sheet = stylesheet(LIGHT, large);
      const quiet = cytoscape({ headless: true, styleEnabled: true, style: sheet });
      const bounds: string[] = [];
      quiet.on('bounds', (e) => void bounds.push(e.target.id()));
      applyElements(quiet, null, elementsFor({}));
      // One 'bounds' event per element, for its adding, and none from styling it: a later cytoscape
      // without the internal would fire one per property again, and the speed-up be gone...
      const count = quiet.elements().length;
      expect(bounds).toHaveLength(count);
      expect(Object.hasOwn(quiet.style(), 'checkTriggers')).toBe(false);
      // ...and the style is the one cytoscape gives with them.
      const plain = cytoscape({ headless: true, styleEnabled: true, style: sheet, elements: elementsFor({}) });
      let fired = 0;
      plain.on('bounds', () => void fired++);
      expect(styles(quiet)).toEqual(styles(plain));
      expect(fired).toBeGreaterThan(2 * count);
      for (const cy of [quiet, plain]) cy.layout({ name: 'grid' }).run();
      expect(quiet.elements().boundingBox()).toEqual(plain.elements().boundingBox());
    }
  });

  it('puts every element on an empty canvas', () => {
    const cy = headless();
    applyElements(cy, null, elementsFor({}));
    expect(cy.elements().map((e) => e.id())).toEqual(elementsFor({}).map((e) => e.data.id));
  });

  it('touches only the elements whose classes changed, and mirrors the selection', () => {
    const cy = headless();
    const before = elementsFor({});
    applyElements(cy, null, before);
    const selected = elementsFor({ selection: { kind: 'edge', key: ACC } });
    // The selected edge lights its ends and fades the rest: every element but none twice.
    const touched = restyled(cy, () => applyElements(cy, before, selected));
    expect(touched).toEqual([...new Set(touched)]);
    expect(cy.$(':selected').map((e) => e.id())).toEqual([ACC]);
    expect(cy.getElementById('afghan-taliban').hasClass('faded')).toBe(true);
    // The same view again changes nothing at all.
    expect(restyled(cy, () => applyElements(cy, selected, elementsFor({ selection: { kind: 'edge', key: ACC } })))).toEqual([]);
  });

  it('updates data that a filter changes, such as an edge width', () => {
    const cy = headless();
    const before = elementsFor({});
    applyElements(cy, null, before);
    const filtered = elementsFor({ filters: { ...DEFAULT_VIEW.filters, hiddenArticles: ['a2'] } });
    applyElements(cy, before, filtered);
    const want = filtered.find((e) => e.data.id === ACC)!.data;
    expect(cy.getElementById(ACC).data('sentences')).toBe(want.sentences);
    expect(cy.getElementById(ACC).data('width')).toBe(want.width);
  });

  it('undoes a selection cytoscape made by itself on a tap', () => {
    const cy = headless();
    const els = elementsFor({});
    applyElements(cy, null, els);
    cy.getElementById('india').select();
    applyElements(cy, els, elementsFor({ hover: { kind: 'node', key: 'pakistan' } }));
    expect(cy.$(':selected').length).toBe(0);
  });

  it('replaces everything when given other elements than the canvas shows', () => {
    const cy = headless();
    applyElements(cy, null, elementsFor({}));
    const other: ElementDefinition[] = [{ group: 'nodes', data: { id: 'solo' } }];
    applyElements(cy, elementsFor({}), other);
    expect(cy.elements().map((e) => e.id())).toEqual(['solo']);
  });
});
