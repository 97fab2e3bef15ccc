// Duration inputs: 30m, 90s, 1h30m, 500ms and plain seconds; anything else is refused.
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/steps/parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['30m', 1_800_000],
    ['90s', 90_000],
    ['1h30m', 5_400_000],
    ['1h30m15s', 5_415_000],
    ['500ms', 500],
    ['1.5s', 1_500],
    ['45', 45_000],
    ['0', 0],
    [' 2M ', 120_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'forever', '30 m', '-5s', '1d', '5s later', 'm', '1h-30m'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [500, '500ms'],
    [42_400, '42s'],
    [185_000, '3m05s'],
    [3_720_000, '1h02m'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
