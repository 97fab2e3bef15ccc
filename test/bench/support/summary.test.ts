// Medians, quartiles and extremes of repeated measurements.
import { describe, expect, it } from 'vitest';
import { quantile, summarize } from '../../../bench/support/summary.js';

describe('summarize', () => {
  it('gives the middle value of an odd count as the median, with the extremes', () => {
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5, n: 3 });
  });

  it('interpolates the median and quartiles of an even count', () => {
    expect(summarize([4, 1, 3, 2])).toMatchObject({ median: 2.5, q1: 1.75, q3: 3.25 });
  });

  it('refuses no samples and non-finite ones', () => {
    expect(() => summarize([])).toThrow('no samples');
    expect(() => summarize([1, Number.NaN])).toThrow('non-finite');
  });
});

describe('quantile', () => {
  it('reads the 99th percentile between the two highest of a hundred values', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(quantile(values, 0.99)).toBeCloseTo(99.01);
  });
});
