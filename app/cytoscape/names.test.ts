import { describe, expect, it } from 'vitest';
import { MIN_NAME_PX, NAME_SCALE, NAME_STEPS, nameFont, namedFrom } from './names.ts';
import { NODE_MAX, NODE_MIN } from './sizes.ts';

describe('name steps', () => {
  it('cover every actor size once, end to end, with fonts growing step by step', () => {
    expect(NAME_SCALE).toHaveLength(NAME_STEPS);
    expect(NAME_SCALE[0]!.from).toBe(0);
    expect(NAME_SCALE.at(-1)!.to).toBe(Infinity);
    NAME_SCALE.slice(1).forEach((s, i) => {
      expect(s.from).toBe(NAME_SCALE[i]!.to);
      expect(s.font).toBeGreaterThan(NAME_SCALE[i]!.font);
    });
    expect(nameFont(NODE_MIN)).toBe(NAME_SCALE[0]!.font);
    expect(nameFont(NODE_MAX)).toBe(NAME_SCALE.at(-1)!.font);
  });

  it('name, at a zoom, exactly the steps whose names come out at least the legible size with room to zoom in', () => {
    for (const zoom of [0.001, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 3]) {
      const from = namedFrom(zoom);
      for (const s of NAME_SCALE) expect(s.from >= from).toBe(s.font * zoom * 2 >= MIN_NAME_PX);
      expect(namedFrom(zoom, 1)).toBeGreaterThanOrEqual(from);
    }
    // Too far out for any name, and close enough for all of them.
    expect(namedFrom(0.001)).toBe(Infinity);
    expect(namedFrom(1)).toBe(0);
  });

  it('name more actors, never fewer, as the view comes closer', () => {
    const zooms = Array.from({ length: 60 }, (_, i) => 0.01 * 1.1 ** i);
    const froms = zooms.map((z) => namedFrom(z));
    expect(froms).toEqual([...froms].sort((a, b) => b - a));
  });
});
