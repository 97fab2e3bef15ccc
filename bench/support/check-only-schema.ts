// Rebuilds a valibot schema with `object` in place of `looseObject`: same checks, unknown keys not copied.
import * as v from 'valibot';

type AnySchema = v.GenericSchema;
type Entries = Record<string, AnySchema>;
interface SchemaShape {
  type: string;
  pipe?: readonly [AnySchema, ...v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>[]];
  entries?: Entries;
  wrapped?: AnySchema;
  default?: unknown;
  item?: AnySchema;
  options?: AnySchema[];
}

/**
 * The same validation as `schema`, but every loose object checks its known keys only, so the
 * output drops unknown keys; a caller keeping the parsed input (all keys) pays no copy. Used to
 * measure what a check-only validation would cost; not a product schema.
 */
export function checkOnlySchema(schema: AnySchema): AnySchema {
  const shape = schema as unknown as SchemaShape;
  if (shape.pipe) {
    const [base, ...actions] = shape.pipe;
    return v.pipe(checkOnlySchema(base), ...(actions as [])) as AnySchema;
  }
  const entries = () =>
    Object.fromEntries(
      Object.entries(shape.entries ?? {}).map(([key, value]) => [key, checkOnlySchema(value)]),
    );
  switch (shape.type) {
    case 'loose_object':
    case 'object':
      return v.object(entries());
    case 'strict_object':
      return v.strictObject(entries());
    case 'nullable':
      return v.nullable(checkOnlySchema(shape.wrapped as AnySchema), shape.default as never);
    case 'optional':
      return v.optional(checkOnlySchema(shape.wrapped as AnySchema), shape.default as never);
    case 'array':
      return v.array(checkOnlySchema(shape.item as AnySchema));
    case 'union':
      return v.union((shape.options ?? []).map(checkOnlySchema));
    default:
      return schema;
  }
}
