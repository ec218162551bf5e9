/** Summaries of measured samples: pure, so the report's figures can be tested without a browser. */

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between the nearest ranks; NaN for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (above - below) * (at - lo);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Successive differences: frame timestamps in, frame intervals out. */
export function intervals(stamps: readonly number[]): number[] {
  return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
}

/** a / b, or NaN when either is missing: a ratio of a figure that was not measured is not 0 or ∞. */
export const ratio = (a: number, b: number): number => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
