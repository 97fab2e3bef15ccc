// What jobrelay's schema compilers read of valibot's schema and action objects, and what they share.
import type * as v from 'valibot';

/** Any valibot schema. */
export type AnySchema = v.GenericSchema;
/** Any valibot pipe item. */
export type AnyAction = v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>;

/** The parts of a valibot schema object the compilers read (its public shape). */
export interface SchemaShape {
  type: string;
  kind: string;
  pipe?: readonly [AnySchema, ...AnyAction[]];
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  default?: unknown;
  item?: AnySchema;
  options?: readonly unknown[];
  literal?: unknown;
  key?: AnySchema;
  value?: AnySchema;
}
/** The parts of a valibot pipe action the compilers read. */
export interface ActionShape {
  type: string;
  kind: string;
  requirement?: unknown;
  '~run'(
    dataset: { typed: true; value: unknown },
    config: v.Config<v.BaseIssue<unknown>>,
  ): { issues?: unknown };
}

export const hasOwn = (value: object, key: string) => Object.hasOwn(value, key);

// Keys valibot never copies into an output: a value holding one must take valibot's own path.
export function hasUncopiedKey(record: object): boolean {
  return (
    hasOwn(record, '__proto__') || hasOwn(record, 'prototype') || hasOwn(record, 'constructor')
  );
}

/** Thrown by a compiler for a schema it cannot check without valibot. */
export class NotCompilable extends Error {}

const CONFIG: v.Config<v.BaseIssue<unknown>> = { abortEarly: true, abortPipeEarly: true };

/** The check of one validation action, run as valibot runs it unless it is a known simple one. */
export function actionCheck(action: ActionShape): (value: unknown) => boolean {
  const { requirement } = action;
  switch (action.type) {
    case 'integer':
      return (value) => Number.isInteger(value);
    case 'iso_timestamp':
    case 'regex': {
      const pattern = requirement as RegExp;
      return (value) => pattern.test(value as string);
    }
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'max_value':
      return (value) => (value as number) <= (requirement as number);
    default:
      // Any other validation runs as valibot runs it: only its verdict is kept.
      return (value) => !action['~run']({ typed: true, value }, CONFIG).issues;
  }
}
