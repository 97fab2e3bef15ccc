// The size profile every benchmark takes, and the options shared by all of them.

/** `full`: the sizes issue 6 names; `smoke`: tiny sizes and one repetition, to keep the suite alive. */
export type BenchSize = 'full' | 'smoke';

/** Options every benchmark accepts. */
export interface BenchOptions {
  /** Repetitions of each measurement; default 5 (full) or 1 (smoke). */
  repetitions?: number;
  /** Progress lines (stderr by default in the runner; silent in the smoke test). */
  log?: (line: string) => void;
}

/** The repetitions to run for `size` unless the options say. */
export function repetitionsFor(size: BenchSize, options: BenchOptions): number {
  const repetitions = options.repetitions ?? (size === 'full' ? 5 : 1);
  if (!Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error(`repetitions must be a positive integer, not ${repetitions}`);
  }
  return repetitions;
}

/** The progress logger of `options` (silent by default). */
export function progressOf(options: BenchOptions): (line: string) => void {
  return options.log ?? (() => undefined);
}
