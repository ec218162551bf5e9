import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAME_SCALE, namedFrom } from './names.ts';
import { nameAsViewed, nameInView } from './naming.ts';
import { stylesheet } from './stylesheet.ts';
import { LIGHT } from './theme.ts';

const BIG = NAME_SCALE.at(-1)!.from + 1;
const SMALL = NAME_SCALE[0]!.from + 28;
/** A zoom at which the biggest actors' names are legible and the smallest actors' are not. */
const MIDDLE = [0.05, 0.1, 0.15, 0.2, 0.3].find((z) => namedFrom(z) > SMALL && namedFrom(z) <= BIG)!;

/**
 * A headless canvas (its view is 1 by 1 pixel, from the origin) of a large graph's style, with
 * actors of `size` at the model points given, ids a0, a1…
 */
function canvas(actors: { size: number; x: number; y: number }[], zoom: number): Core {
  const cy = cytoscape({
    headless: true, styleEnabled: true, style: stylesheet(LIGHT, true), layout: { name: 'preset' },
    elements: actors.map(({ size, x, y }, i) => ({ data: { id: `a${i}`, label: `Actor ${i}`, size }, position: { x, y } })),
  });
  cy.zoom(zoom);
  cy.pan({ x: 0, y: 0 });
  return cy;
}
const names = (cy: Core) => cy.nodes().map((n) => n.data('name') as string | undefined);

describe('nameInView', () => {
  it('names no actor where the view is too far out for any name to be read', () => {
    const cy = canvas([{ size: BIG, x: 0, y: 0 }], 0.0001);
    expect(nameInView(cy)).toBe(0);
    expect(names(cy)).toEqual([undefined]);
    expect(cy.$id('a0').style('label')).toBe('');
  });

  it('names the actors in view whose names are legible at the zoom, each with its label', () => {
    const inside = 0.5 / MIDDLE;
    const far = 10 / MIDDLE;
    const cy = canvas([
      { size: BIG, x: inside, y: inside },
      { size: SMALL, x: inside, y: inside },
      { size: BIG, x: far, y: inside },
    ], MIDDLE);
    expect(nameInView(cy)).toBe(0);
    expect(names(cy)).toEqual(['Actor 0', undefined, undefined]);
    expect(cy.$id('a0').style('label')).toBe('Actor 0');
    // Closer, the small actor's name is legible too; panned, the far one is in view.
    cy.zoom(1);
    cy.pan({ x: -far + 0.5, y: -inside + 0.5 });
    nameInView(cy);
    expect(names(cy)).toEqual(['Actor 0', undefined, 'Actor 2']);
    cy.pan({ x: -inside + 0.5, y: -inside + 0.5 });
    nameInView(cy);
    expect(names(cy)).toEqual(['Actor 0', 'Actor 1', 'Actor 2']);
  });

  it('names a few at a time when asked to, and says how many it left', () => {
    const cy = canvas(Array.from({ length: 5 }, () => ({ size: BIG, x: 0.5, y: 0.5 })), 1);
    expect(nameInView(cy, 2)).toBe(3);
    expect(names(cy).filter(Boolean)).toHaveLength(2);
    expect(nameInView(cy, 2)).toBe(1);
    expect(nameInView(cy, 2)).toBe(0);
    expect(names(cy)).toEqual(['Actor 0', 'Actor 1', 'Actor 2', 'Actor 3', 'Actor 4']);
  });
});

describe('nameAsViewed', () => {
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => setTimeout(() => f(0), 0) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => void vi.unstubAllGlobals());
  const frame = () => new Promise((done) => setTimeout(done, 5));

  it('names the view as it is, then as it moves, until stopped', async () => {
    const cy = canvas([{ size: BIG, x: 0.5, y: 0.5 }, { size: BIG, x: 100, y: 0.5 }, { size: BIG, x: 200, y: 0.5 }], 1);
    const stop = nameAsViewed(cy);
    await frame();
    expect(names(cy)).toEqual(['Actor 0', undefined, undefined]);
    cy.pan({ x: -99.5, y: 0 });
    await frame();
    expect(names(cy)).toEqual(['Actor 0', 'Actor 1', undefined]);
    stop();
    cy.pan({ x: -199.5, y: 0 });
    await frame();
    expect(names(cy)).toEqual(['Actor 0', 'Actor 1', undefined]);
  });
});
