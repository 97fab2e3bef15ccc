// ActiveSupport's Hash#to_query: how GitLab writes Grape's params back into a pagination link.

/** `CGI.escape`: everything but letters, digits, `_ . - ~` percent-encoded, spaces as `+`. */
export function cgiEscape(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
}

/**
 * The query string of `params` as Rails builds it: nested keys (`scope[]=a`, `a[b]=c`), empty
 * arrays and hashes left out, nil as `key=`, and the top-level pairs sorted as strings.
 */
export function toQuery(params: Record<string, unknown>, namespace?: string): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const name = namespace === undefined ? key : `${namespace}[${key}]`;
    const pair = valueToQuery(value, name);
    if (pair !== undefined) pairs.push(pair);
  }
  if (!(namespace ?? '').includes('[]')) pairs.sort();
  return pairs.join('&');
}

function valueToQuery(value: unknown, name: string): string | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((item) => valueToQuery(item, `${name}[]`) ?? '').join('&');
  }
  if (typeof value === 'object' && value !== null) {
    const hash = value as Record<string, unknown>;
    return Object.keys(hash).length === 0 ? undefined : toQuery(hash, name);
  }
  return `${cgiEscape(name)}=${cgiEscape(value === null ? '' : String(value))}`;
}
