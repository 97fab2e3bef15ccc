// The compiled check accepts exactly what valibot accepts, and answers that pass are kept as they came.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileCheck as compileCheckIn } from '../../src/gitlab/compile-check.js';
import { AllowedAgentsSchema } from '../../src/gitlab/schemas/allowed-agents.js';
import { BridgeSchema } from '../../src/gitlab/schemas/bridge.js';
import { JobSchema } from '../../src/gitlab/schemas/job.js';
import { JobOrBridgeSchema } from '../../src/gitlab/schemas/job-or-bridge.js';
import { validateResponse } from '../../src/gitlab/validate-response.js';
import { loadSeedFixture, SEED_EXAMPLES, type SeedKind } from '../fixtures/seeds/index.js';

const SCHEMAS = {
  job: JobSchema,
  'job[]': v.array(JobSchema),
  'bridge[]': v.array(BridgeSchema),
  'allowed-agents': AllowedAgentsSchema,
} satisfies Record<SeedKind, v.GenericSchema>;

// Every value a JSON answer can hold in a field, the wrong kinds included.
const jsonValue = fc.jsonValue({ maxDepth: 2 });

/** A path to every field of `value` (objects and arrays walked), for mutating one of them. */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...fieldPaths((value as Record<string | number, unknown>)[key], path)];
  });
}

function mutate(
  value: unknown,
  path: (string | number)[],
  change: { kind: 'set'; to: unknown } | { kind: 'delete' },
): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (change.kind === 'delete') delete parent[last];
  else parent[last] = change.to;
  return copy;
}

// Generated code where the runtime allows it (Node), closures where it does not (Workers): the
// same rules, so every test runs on both.
describe.each([
  { mode: 'generated code', generate: true },
  { mode: 'closures', generate: false },
])('compileCheck ($mode)', ({ generate }) => {
  const compileCheck = (schema: v.GenericSchema) => compileCheckIn(schema, { generate });

  it('compiles every entity schema of the core (so answers really take the fast path)', () => {
    for (const schema of [JobSchema, BridgeSchema, JobOrBridgeSchema, AllowedAgentsSchema]) {
      expect(compileCheck(schema)).toBeTypeOf('function');
    }
  });

  it.each(SEED_EXAMPLES)(
    'passes the $edition $endpoint example as valibot does',
    ({ file, kind }) => {
      const raw = loadSeedFixture(file);
      expect(compileCheck(SCHEMAS[kind])?.(raw)).toBe(true);
    },
  );

  it('agrees with valibot on every one-field change of the seed examples', () => {
    const examples = SEED_EXAMPLES.map(({ file, kind }) => ({
      raw: loadSeedFixture(file),
      schema: SCHEMAS[kind],
    }));
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.nat(),
        fc.oneof(
          fc.record({ kind: fc.constant('set' as const), to: jsonValue }),
          fc.constant({ kind: 'delete' as const }),
        ),
        ({ raw, schema }, pick, change) => {
          const paths = fieldPaths(raw);
          const path = paths[pick % paths.length] as (string | number)[];
          const changed = mutate(raw, path, change);
          const check = compileCheck(schema) as (value: unknown) => boolean;
          const parsed = v.safeParse(schema, changed);
          expect(check(changed)).toBe(parsed.success);
          if (parsed.success) expect(parsed.output).toEqual(changed);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with valibot on NaN, integers, timestamps and picklists', () => {
    const schema = v.looseObject({
      id: v.pipe(v.number(), v.integer(), v.minValue(1)),
      at: v.pipe(v.string(), v.isoTimestamp()),
      status: v.picklist(['success', 'failed']),
      tags: v.optional(v.array(v.string())),
      extra: v.nullish(v.union([v.boolean(), v.literal('yes')])),
      labels: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(3)))),
      ratio: v.nullable(v.number()),
      // Required, yet undefined passes its schema: only the key's presence decides.
      anything: v.unknown(),
    });
    const check = compileCheck(schema) as (value: unknown) => boolean;
    const good = {
      id: 1,
      at: '2026-11-30T02:45:34.000Z',
      status: 'success',
      more: [1],
      ratio: 0.5,
      anything: undefined,
    };
    const { anything: _, ...withoutAnything } = good;
    const cases = [
      good,
      { ...good, id: Number.NaN },
      { ...good, ratio: Number.NaN },
      { ...good, ratio: null },
      withoutAnything,
      { ...good, id: 1.5 },
      { ...good, id: 0 },
      { ...good, at: '30/11/2026' },
      { ...good, status: 'running' },
      { ...good, tags: undefined },
      { ...good, tags: ['a', 2] },
      { ...good, extra: 'yes' },
      { ...good, extra: 'no' },
      { ...good, labels: { a: 'abc' } },
      { ...good, labels: { a: 'abcd' } },
      [good],
      null,
      'job',
    ];
    for (const value of cases) expect(check(value)).toBe(v.safeParse(schema, value).success);
  });

  it('leaves keys valibot would not copy to valibot', () => {
    const schema = v.looseObject({ id: v.number() });
    const check = compileCheck(schema) as (value: unknown) => boolean;
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const value = JSON.parse(`{"id": 1, "${key}": {"polluted": true}}`);
      expect(check(value)).toBe(false);
      const output = v.parse(schema, value);
      expect(Object.hasOwn(output, key)).toBe(false);
    }
  });

  it('refuses unknown keys where a plain or strict object would drop or refuse them', () => {
    for (const schema of [v.object({ id: v.number() }), v.strictObject({ id: v.number() })]) {
      const check = compileCheck(schema) as (value: unknown) => boolean;
      expect(check({ id: 1 })).toBe(true);
      expect(check({ id: 1, other: 2 })).toBe(false);
    }
  });

  it('reads keys of any spelling as names, never as code', () => {
    const schema = v.looseObject({
      'a"b\\c': v.string(),
      '`${x}`': v.number(),
      '\n}': v.boolean(),
    });
    const check = compileCheck(schema) as (value: unknown) => boolean;
    const good = { 'a"b\\c': 's', '`${x}`': 1, '\n}': true };
    expect(check(good)).toBe(true);
    expect(check({ ...good, '`${x}`': 's' })).toBe(false);
    expect(check({ 'a"b\\c': 's', '\n}': true })).toBe(false);
  });

  it('does not compile schemas whose output differs from their input', () => {
    expect(compileCheck(v.pipe(v.string(), v.transform(Number)))).toBeUndefined();
    expect(compileCheck(v.looseObject({ a: v.optional(v.string(), 'x') }))).toBeUndefined();
    expect(compileCheck(v.lazy(() => v.string()))).toBeUndefined();
    expect(compileCheck(v.looseObject({ a: v.date() }))).toBeUndefined();
  });
});

/** The first example of a single job. */
function jobExample(): Record<string, unknown> {
  const example = SEED_EXAMPLES.find(({ kind }) => kind === 'job');
  return loadSeedFixture(example?.file as string) as Record<string, unknown>;
}

describe('validateResponse', () => {
  it('returns a valid answer as it came, unknown fields included', () => {
    const raw = jobExample();
    const answer = { ...raw, added_in_a_later_gitlab: { x: 1 } };
    expect(validateResponse(JobSchema, answer, 'getJob', 'GET /job')).toBe(answer);
  });

  it('names the field of an invalid answer, as valibot finds it', () => {
    const raw = jobExample();
    expect(() =>
      validateResponse(JobSchema, { ...raw, status: 'exploded' }, 'getJob', 'GET /job'),
    ).toThrow(/status/);
  });
});
