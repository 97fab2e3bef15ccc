// Durations in scenarios: milliseconds as a number, or a string such as "90s", "-2h", "1.5m".
import * as v from 'valibot';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_PATTERN = /^(-?\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;

/** A scenario duration: a number of milliseconds, or a number with a unit (ms, s, m, h, d). */
export type Duration = number | string;

/** Milliseconds in a scenario duration, or undefined when it is not one. */
export function parseDuration(value: Duration): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : undefined;
  const match = DURATION_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, amount, unit] = match;
  return Math.round(Number(amount) * (UNIT_MS[unit ?? 'ms'] ?? 1));
}

const DURATION_MESSAGE = 'must be a duration: milliseconds, or e.g. "30s", "2m", "-1h"';
/** A duration, possibly negative (a time offset such as `-2h`). */
export const DurationSchema = v.pipe(
  v.union([v.number(), v.string()], DURATION_MESSAGE),
  v.check((value: Duration) => parseDuration(value) !== undefined, DURATION_MESSAGE),
);
/** A duration of zero or more. */
export const PositiveDurationSchema = v.pipe(
  v.union([v.number(), v.string()], DURATION_MESSAGE),
  v.check(
    (value: Duration) => (parseDuration(value) ?? -1) >= 0,
    'must be a duration that is not negative: milliseconds, or e.g. "30s", "2m"',
  ),
);
