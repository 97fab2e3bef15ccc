// Grape's coercion of Integer and Boolean parameters, as dry-types' Params types do it.

/** dry-types `Coercions::Params::TRUE_VALUES` (case-sensitive). */
const TRUE_VALUES: ReadonlySet<string> = new Set([
  '1',
  'on',
  'On',
  'ON',
  't',
  'true',
  'True',
  'TRUE',
  'T',
  'y',
  'yes',
  'Yes',
  'YES',
  'Y',
]);
/** dry-types `Coercions::Params::FALSE_VALUES` (case-sensitive). */
const FALSE_VALUES: ReadonlySet<string> = new Set([
  '0',
  'off',
  'Off',
  'OFF',
  'f',
  'false',
  'False',
  'FALSE',
  'F',
  'n',
  'no',
  'No',
  'NO',
  'N',
]);

/** What a coercion gives: the value, or that it does not coerce (Grape's `<name> is invalid`). */
export type Coerced<T> = { ok: true; value: T } | { ok: false };

const INVALID = { ok: false } as const;

/**
 * A Boolean parameter: `BOOLEAN_MAP.fetch(input.to_s)`. An empty string is left as it is
 * (Grape's PrimitiveCoercer returns '' for ''), and Ruby then reads '' as true.
 */
export function coerceBoolean(input: unknown): Coerced<boolean | ''> {
  if (input === '') return { ok: true, value: '' };
  if (typeof input === 'boolean') return { ok: true, value: input };
  if (typeof input !== 'string' && typeof input !== 'number') return INVALID;
  const text = String(input);
  if (TRUE_VALUES.has(text)) return { ok: true, value: true };
  if (FALSE_VALUES.has(text)) return { ok: true, value: false };
  return INVALID;
}

// Ruby's Integer(string, 10): optional surrounding whitespace, a sign, digits with single
// underscores between them; no exponent, no hex, no fraction.
const RUBY_DECIMAL = /^[\t\n\v\f\r ]*([+-]?)(\d+(?:_\d+)*)[\t\n\v\f\r ]*$/;

/**
 * An Integer parameter: dry-types' `to_int` (`Integer(input, 10)` for strings, `Integer(input)`
 * otherwise, which truncates a float). An empty string is left as it is, as Grape leaves it.
 */
export function coerceInteger(input: unknown): Coerced<number | ''> {
  if (input === '') return { ok: true, value: '' };
  if (typeof input === 'number')
    return Number.isFinite(input) ? { ok: true, value: Math.trunc(input) } : INVALID;
  if (typeof input !== 'string') return INVALID;
  const match = RUBY_DECIMAL.exec(input);
  if (!match) return INVALID;
  const value = Number(`${match[1]}${(match[2] ?? '').replaceAll('_', '')}`);
  return Number.isSafeInteger(value) ? { ok: true, value } : INVALID;
}

/** Ruby truthiness: everything but nil and false (so '' and 0 are true). */
export function isRubyTruthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}
