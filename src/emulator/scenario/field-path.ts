// Field paths in scenarios, as keys and as text (`pipelines[0].jobs[1].name`).

/** A field path as a list of object keys and array indexes. */
export type FieldPath = ReadonlyArray<string | number>;

/** Renders a field path the way scenario errors show it: `pipelines[0].jobs[1].name`. */
export function formatFieldPath(path: FieldPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${key}` : key;
  }
  return text;
}
