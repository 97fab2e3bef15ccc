// Rack's nested parameter syntax (`a[]=1`, `a[][key]=K`, `a[0][key]=K`), as Grape receives it.

/** A nested parameter value: a string, a list, or a hash of them. */
export type ParamValue = string | ParamValue[] | { [key: string]: ParamValue };

const MAX_DEPTH = 8;

/** Builds Rack-style nested params from `[name, value]` pairs, in order. */
export function parseNestedParams(entries: Iterable<[string, string]>): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const [name, value] of entries) assign(params, name, value, 0);
  return params;
}

function assign(
  target: Record<string, ParamValue>,
  name: string,
  value: string,
  depth: number,
): void {
  const match = /^[[\]]*([^[\]]+)\]*/.exec(name);
  const key = match?.[1];
  if (!match || key === undefined || depth > MAX_DEPTH) return;
  const after = name.slice(match[0].length);
  if (after === '') {
    target[key] = value;
  } else if (after === '[]') {
    const list = Array.isArray(target[key]) ? target[key] : [];
    list.push(value);
    target[key] = list;
  } else if (after.startsWith('[]')) {
    // `a[][key]=…` appends a new hash unless the last one still lacks that key, as Rack does.
    const childName = after.slice(2);
    const childKey = /^\[?([^[\]]+)/.exec(childName)?.[1] ?? '';
    const list = Array.isArray(target[key]) ? target[key] : [];
    const last = list.at(-1);
    if (isHash(last) && !(childKey in last)) assign(last, childName, value, depth + 1);
    else {
      const fresh: Record<string, ParamValue> = {};
      assign(fresh, childName, value, depth + 1);
      list.push(fresh);
    }
    target[key] = list;
  } else {
    const child = isHash(target[key]) ? target[key] : {};
    assign(child, after, value, depth + 1);
    target[key] = child;
  }
}

/** True for a hash (not a list, not a string). */
export function isHash(value: unknown): value is Record<string, ParamValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
