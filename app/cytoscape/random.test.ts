import { describe, expect, it } from 'vitest';
import { mulberry32, withSeededRandom } from './random.ts';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });
});

describe('withSeededRandom', () => {
  it('seeds Math.random inside and restores it after, even when the work throws', () => {
    const real = Math.random;
    const first = withSeededRandom(1, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(1, () => [Math.random(), Math.random()])).toEqual(first);
    expect(Math.random).toBe(real);
    expect(() => withSeededRandom(1, () => { throw new Error('boom'); })).toThrow('boom');
    expect(Math.random).toBe(real);
  });
});
