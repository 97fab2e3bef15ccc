// Generates the source of a schema's check, each field read by its literal name (where code generation is allowed).
import {
  type ActionShape,
  type AnySchema,
  actionCheck,
  hasUncopiedKey,
  NotCompilable,
  type SchemaShape,
} from './schema-shape.js';

type Check = (value: unknown) => boolean;

/**
 * Compiles `schema` into one generated function with the rules `compileClosures` checks: the
 * same accepted values. Only names from the schema (object keys, as JSON string literals) enter
 * the source; every other value (patterns, picklists, actions) is passed in by reference.
 * `compileClosures` decides, for a field's schema, whether an absent field would pass it.
 */
export function generateCheck(
  schema: SchemaShape,
  compileClosures: (schema: SchemaShape) => Check,
): Check {
  const refs: unknown[] = [];
  const functions: string[] = [];
  const named = new Map<SchemaShape, string>();
  const ref = (value: unknown) => `r[${refs.push(value) - 1}]`;

  // A boolean expression checking `value` (a variable name) against `shape`.
  function expression(shape: SchemaShape, value: string): string {
    if (shape.pipe) {
      const [base, ...actions] = shape.pipe;
      const parts = [expression(base as unknown as SchemaShape, value)];
      for (const action of actions as unknown as ActionShape[]) {
        if (action.kind === 'metadata') continue;
        if (action.kind !== 'validation') throw new NotCompilable(action.type);
        parts.push(actionExpression(action, value));
      }
      return `(${parts.join(' && ')})`;
    }
    switch (shape.type) {
      case 'string':
        return `typeof ${value} === "string"`;
      case 'number':
        return `(typeof ${value} === "number" && ${value} === ${value})`;
      case 'boolean':
        return `typeof ${value} === "boolean"`;
      case 'null':
        return `${value} === null`;
      case 'unknown':
      case 'any':
        return 'true';
      case 'literal':
        return `${value} === ${ref(shape.literal)}`;
      case 'picklist':
        return `${ref(new Set(shape.options))}.has(${value})`;
      case 'nullable':
      case 'optional':
      case 'nullish': {
        if (shape.default !== undefined) throw new NotCompilable(`${shape.type} with a default`);
        const wrapped = expression(shape.wrapped as unknown as SchemaShape, value);
        const empty =
          shape.type === 'nullable'
            ? `${value} === null`
            : shape.type === 'optional'
              ? `${value} === undefined`
              : `${value} == null`;
        return `(${empty} || ${wrapped})`;
      }
      case 'union': {
        const options = (shape.options as AnySchema[]).map((option) =>
          expression(option as unknown as SchemaShape, value),
        );
        return `(${options.join(' || ')})`;
      }
      case 'array':
      case 'loose_object':
      case 'object':
      case 'strict_object':
      case 'record':
        return `${functionFor(shape)}(${value})`;
      default:
        throw new NotCompilable(shape.type);
    }
  }

  function actionExpression(action: ActionShape, value: string): string {
    switch (action.type) {
      case 'integer':
        return `Number.isInteger(${value})`;
      case 'iso_timestamp':
      case 'regex':
        return `${ref(action.requirement)}.test(${value})`;
      default:
        return `${ref(actionCheck(action))}(${value})`;
    }
  }

  // A named function for a container schema, generated once per schema object.
  function functionFor(shape: SchemaShape): string {
    const existing = named.get(shape);
    if (existing) return existing;
    const name = `f${named.size}`;
    named.set(shape, name);
    functions.push(`function ${name}(v) {\n${body(shape)}\n}`);
    return name;
  }

  function body(shape: SchemaShape): string {
    switch (shape.type) {
      case 'array':
        return [
          'if (!Array.isArray(v)) return false;',
          'for (let i = 0; i < v.length; i++) {',
          '  const x = v[i];',
          `  if (!(${expression(shape.item as unknown as SchemaShape, 'x')})) return false;`,
          '}',
          'return true;',
        ].join('\n');
      case 'record':
        return [
          `if (v === null || typeof v !== "object" || Array.isArray(v) || ${ref(hasUncopiedKey)}(v)) return false;`,
          'for (const k in v) {',
          '  if (!Object.hasOwn(v, k)) return false;',
          '  const x = v[k];',
          `  if (!(${expression(shape.key as unknown as SchemaShape, 'k')}) || !(${expression(shape.value as unknown as SchemaShape, 'x')})) return false;`,
          '}',
          'return true;',
        ].join('\n');
      default:
        return objectBody(shape);
    }
  }

  function objectBody(shape: SchemaShape): string {
    const lines = [
      // An array passes valibot's object checks but comes out as a new object: valibot makes it.
      'if (v === null || typeof v !== "object" || Array.isArray(v)) return false;',
      'let x;',
    ];
    const entries = Object.entries(shape.entries ?? {});
    for (const [key, entry] of entries) {
      const entryShape = entry as unknown as SchemaShape;
      const literal = JSON.stringify(key);
      const optional = entryShape.type === 'optional' || entryShape.type === 'nullish';
      lines.push(`x = v[${literal}];`);
      const check = expression(entryShape, 'x');
      // A required field must be there: when its schema would pass undefined, ask `in` too.
      const presence =
        !optional && compileClosures(entryShape)(undefined) ? ` || !(${literal} in v)` : '';
      lines.push(`if (!(${check})${presence}) return false;`);
    }
    if (shape.type !== 'loose_object') {
      const known = ref(new Set(entries.map(([key]) => key)));
      lines.push(`for (const k in v) if (!${known}.has(k)) return false;`);
    }
    lines.push(`return !${ref(hasUncopiedKey)}(v);`);
    return lines.join('\n');
  }

  const root = expression(schema, 'value');
  const source = `${functions.join('\n')}\nreturn function check(value) { return ${root}; };`;
  return new Function('r', source)(refs) as Check;
}
