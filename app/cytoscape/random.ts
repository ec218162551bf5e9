/**
 * A seeded stand-in for Math.random while a layout runs. fcose draws random numbers in its
 * spectral start and when it re-inserts pruned leaves, and takes no seed; seeding Math.random for
 * the span of one synchronous run makes the same graph always give the same picture.
 */

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `run` with Math.random seeded, then puts the real one back. Only for synchronous work:
 * nothing else can draw from the seeded generator in between, and nothing is left patched.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
