// Compiles a valibot schema into a fast yes/no check of the same rules, for answers that pass as they are.
import { generateCheck } from './generate-check.js';
import {
  type ActionShape,
  type AnyAction,
  type AnySchema,
  actionCheck,
  hasOwn,
  hasUncopiedKey,
  NotCompilable,
  type SchemaShape,
} from './schema-shape.js';

/** True when the value passes every check of the schema it was compiled from. */
export type CompiledCheck = (value: unknown) => boolean;

// Set once the runtime refused to compile generated code (Workers refuse it while serving a
// request, though not while starting): from then on, closures only.
let generationRefused = false;

/**
 * A check that accepts exactly what `schema` accepts, for schemas whose output IS their input
 * (loose and strict objects, arrays, unions, nullable and optional without defaults, picklists,
 * literals, records, strings, numbers, booleans, validation actions). It copies nothing and builds
 * no issues, so a valid answer costs a walk over its fields. `undefined` when the schema
 * transforms, fills defaults, drops keys or uses a type not listed: then valibot alone is right.
 * A value the check refuses should go through valibot for its issues.
 */
export function compileCheck(
  schema: AnySchema,
  options: { generate?: boolean } = {},
): CompiledCheck | undefined {
  try {
    const shape = schema as unknown as SchemaShape;
    // Generated code reads each field by its literal name, which the engine makes fast; closures
    // read fields by a key in a variable. Both check the same rules (tested side by side).
    if (options.generate ?? !generationRefused) {
      try {
        return generateCheck(shape, compile);
      } catch (error) {
        if (error instanceof NotCompilable || options.generate === true) throw error;
        // EvalError: code generation from strings is not allowed here.
        generationRefused = true;
      }
    }
    return compile(shape);
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}

function compile(schema: SchemaShape): CompiledCheck {
  if (schema.pipe) return compilePipe(schema.pipe);
  switch (schema.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal': {
      const literal = schema.literal;
      return (value) => value === literal;
    }
    case 'picklist': {
      const options = new Set(schema.options);
      return (value) => options.has(value);
    }
    case 'nullable':
    case 'optional':
    case 'nullish':
      return compileWrapper(schema);
    case 'array': {
      const item = compile(schema.item as unknown as SchemaShape);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // An index loop, not every(): a hole is an undefined item to valibot, not one to skip.
        for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (schema.options as AnySchema[]).map((option) =>
        compile(option as unknown as SchemaShape),
      );
      return (value) => options.some((option) => option(value));
    }
    case 'loose_object':
    case 'object':
    case 'strict_object':
      return compileObject(schema);
    case 'record':
      return compileRecord(schema);
    default:
      throw new NotCompilable(schema.type);
  }
}

function compileWrapper(schema: SchemaShape): CompiledCheck {
  // A default changes the output (a filled-in value): only valibot produces it.
  if (schema.default !== undefined) throw new NotCompilable(`${schema.type} with a default`);
  const wrapped = compile(schema.wrapped as unknown as SchemaShape);
  if (schema.type === 'nullable') return (value) => value === null || wrapped(value);
  if (schema.type === 'optional') return (value) => value === undefined || wrapped(value);
  return (value) => value === null || value === undefined || wrapped(value);
}

function compileObject(schema: SchemaShape): CompiledCheck {
  const entries = Object.entries(schema.entries ?? {}).map(([key, entry]) => {
    const shape = entry as unknown as SchemaShape;
    const optional = shape.type === 'optional' || shape.type === 'nullish';
    return { key, optional, check: compile(shape) };
  });
  const known = new Set(entries.map((entry) => entry.key));
  // A plain `object` drops unknown keys and a strict one refuses them: either way, none may be there.
  const closed = schema.type !== 'loose_object';
  return (value) => {
    // An array passes valibot's object checks but comes out as a new object: valibot makes it.
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const entry of entries) {
      if (entry.key in record) {
        if (!entry.check(record[entry.key])) return false;
      } else if (!entry.optional) {
        return false;
      }
    }
    if (closed) {
      for (const key in record) if (!known.has(key)) return false;
    }
    return !hasUncopiedKey(record);
  };
}

function compileRecord(schema: SchemaShape): CompiledCheck {
  const key = compile(schema.key as unknown as SchemaShape);
  const item = compile(schema.value as unknown as SchemaShape);
  return (value) => {
    // An array passes valibot's object checks but comes out as a new object: valibot makes it.
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    if (hasUncopiedKey(record)) return false;
    for (const name in record) {
      if (!hasOwn(record, name) || !key(name) || !item(record[name])) return false;
    }
    return true;
  };
}

function compilePipe(pipe: readonly [AnySchema, ...AnyAction[]]): CompiledCheck {
  const [base, ...actions] = pipe;
  const checks = [compile(base as unknown as SchemaShape)];
  for (const action of actions as unknown as ActionShape[]) {
    if (action.kind === 'metadata') continue;
    if (action.kind !== 'validation') throw new NotCompilable(action.type);
    checks.push(actionCheck(action));
  }
  return allOf(checks);
}

// One check made of several, all to pass; unrolled for the usual one or two (hot path).
function allOf(checks: CompiledCheck[]): CompiledCheck {
  const [first, second, ...rest] = checks as [CompiledCheck, ...CompiledCheck[]];
  if (second === undefined) return first;
  if (rest.length === 0) return (value) => first(value) && second(value);
  return (value) => checks.every((check) => check(value));
}
