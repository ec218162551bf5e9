/**
 * A small seeded PRNG for the synthetic graphs: the same seed gives the same graph on every
 * machine and every run, which Math.random cannot promise.
 */

/** Draws from one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given cumulative weights (from `cumulative`). */
  weighted(cumulative: readonly number[]): number;
}

/** Running sums of `weights`, for `Random.weighted`. */
export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/**
 * A 32-bit generator: an additive Weyl sequence scrambled by multiply-xorshift rounds. Its period
 * (2^32) is far more than a synthetic graph draws, and it is fast enough for millions of draws.
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 2 ** 32;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    weighted: (sums) => {
      const x = next() * (sums[sums.length - 1] ?? 0);
      // Binary search for the first running sum above x.
      let lo = 0;
      let hi = sums.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sums[mid] ?? 0) > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}
