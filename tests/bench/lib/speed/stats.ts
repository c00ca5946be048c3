// Summaries of timing samples for the speed benchmark: percentiles (linear interpolation between
// order statistics), medians of repeated measurements, and rounding for printing.

export interface Summary {
  n: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: round(quantile(samples, 0.5)),
    p90: round(quantile(samples, 0.9)),
    p95: round(quantile(samples, 0.95)),
    p99: round(quantile(samples, 0.99)),
    max: round(samples.length ? Math.max(...samples) : NaN),
    mean: round(samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN),
  };
}

/** Three decimals: the page's clock has 5 µs resolution when cross-origin isolated. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
