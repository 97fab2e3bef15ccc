// Medians and spread of repeated measurements: what every figure in the benchmark table is made of.

/** Repeated measurements of one quantity, reduced to a median and its spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** First and third quartiles (linear interpolation). */
  q1: number;
  q3: number;
  /** How many measurements. */
  n: number;
}

/** Summarises a non-empty list of finite measurements; throws on an empty or non-finite one. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');
  for (const sample of samples) {
    if (!Number.isFinite(sample)) throw new Error(`summarize: non-finite sample ${sample}`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    n: sorted.length,
  };
}

/** The q-quantile of ascending `sorted`, interpolating between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (at - low);
}
