// The compiled check (both forms) against valibot on a schema using every kind it compiles, over generated values.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { compileCheck } from '../../src/gitlab/compile-check.js';

const SCHEMA = v.looseObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  name: v.pipe(v.string(), v.description('metadata: not a check'), v.minLength(2)),
  at: v.pipe(v.string(), v.isoTimestamp()),
  tag: v.pipe(v.string(), v.regex(/^v\d+$/)),
  state: v.picklist(['a', 'b']),
  kind: v.literal('job'),
  flag: v.boolean(),
  nothing: v.null(),
  anything: v.any(),
  maybe: v.nullish(v.number()),
  nullable: v.nullable(v.string()),
  optional: v.optional(v.strictObject({ x: v.number() })),
  either: v.union([v.number(), v.string()]),
  list: v.array(v.object({ k: v.string() })),
  labels: v.record(v.pipe(v.string(), v.maxLength(3)), v.number()),
  uses: v.pipe(
    v.string(),
    v.check((value) => value !== 'forbidden'),
  ),
});

const VALID = {
  id: 5,
  name: 'job',
  at: '2026-11-30T04:00:00Z',
  tag: 'v12',
  state: 'a',
  kind: 'job',
  flag: true,
  nothing: null,
  anything: { any: 'thing' },
  maybe: null,
  nullable: 'x',
  optional: { x: 1 },
  either: 'two',
  list: [{ k: 'v' }],
  labels: { abc: 1 },
  uses: 'allowed',
};

// Each field: its valid value, a near miss, another JSON value, or left out.
const NEAR_MISSES: Record<string, unknown[]> = {
  id: [0, 1001, 1.5, Number.NaN, '5'],
  name: ['j', 3],
  at: ['30/11/2026', ''],
  tag: ['v', 'x1'],
  state: ['c', null],
  kind: ['Job'],
  flag: [1, 'true'],
  nothing: [undefined, 0],
  maybe: [undefined, 'x', Number.NaN],
  nullable: [undefined, 3],
  optional: [undefined, { x: 1, y: 2 }, { x: 'x' }, null],
  either: [true, null],
  list: [[], [{}], [{ k: 1 }], [{ k: 'v', other: 1 }], {}],
  labels: [{}, { abcd: 1 }, { a: 'x' }, [], null],
  uses: ['forbidden'],
};

const fieldValue = (key: string) =>
  fc.oneof(
    fc.constant((VALID as Record<string, unknown>)[key]),
    fc.constantFrom(...(NEAR_MISSES[key] ?? [null])),
    fc.jsonValue({ maxDepth: 1 }),
    fc.constant('__absent__'),
  );

const candidates = fc
  .record(Object.fromEntries(Object.keys(VALID).map((key) => [key, fieldValue(key)])))
  .map((fields) =>
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== '__absent__')),
  );

/**
 * What the check must say: true exactly when valibot accepts the value AND gives it back as it
 * came (a plain object drops unknown keys, a record drops `__proto__`: the check refuses those,
 * so that valibot makes the output).
 */
function takesAsItIs(value: unknown): boolean {
  const parsed = v.safeParse(SCHEMA, value);
  return parsed.success && isDeepStrictEqual(parsed.output, value);
}

describe.each([
  { mode: 'generated code', generate: true },
  { mode: 'closures', generate: false },
])('compileCheck ($mode) on every kind of schema it compiles', ({ generate }) => {
  const check = compileCheck(SCHEMA, { generate }) as (value: unknown) => boolean;

  it('compiles it', () => {
    expect(check).toBeTypeOf('function');
    expect(check(VALID)).toBe(true);
  });

  it('accepts exactly what valibot accepts, field by field', () => {
    for (const [key, misses] of Object.entries(NEAR_MISSES)) {
      for (const miss of misses) {
        const value = { ...VALID, [key]: miss };
        expect(check(value), `${key}: ${JSON.stringify(miss)}`).toBe(takesAsItIs(value));
      }
    }
  });

  it('accepts exactly what valibot accepts, over generated values', () => {
    fc.assert(
      fc.property(candidates, (value) => {
        expect(check(value)).toBe(takesAsItIs(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not an object, and records with keys valibot would not copy', () => {
    for (const value of [null, 'x', 3, [VALID]]) expect(check(value)).toBe(takesAsItIs(value));
    const polluted = JSON.parse(
      JSON.stringify({ ...VALID, labels: {} }).replace('"labels":{}', '"labels":{"__proto__":1}'),
    );
    expect(check(polluted)).toBe(false);
  });
});

describe('compileCheck when forced to generate', () => {
  it('throws when generation is asked for and refused, instead of falling back', () => {
    vi.stubGlobal(
      'Function',
      // A function, not an arrow: it is called with `new`.
      vi.fn(function refused() {
        throw new EvalError('refused');
      }),
    );
    try {
      expect(() => compileCheck(v.object({ a: v.string() }), { generate: true })).toThrow(
        EvalError,
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
