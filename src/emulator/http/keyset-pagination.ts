// GitLab's cursor-based keyset pagination for project jobs: id descending, next cursor in `link`.
import type { Context } from 'hono';
import { invalidParams } from './api-error.js';
import type { PageRequest } from './offset-pagination.js';
import { toQuery } from './to-query.js';

/**
 * The page of `items` (sorted by id, descending) after the request's cursor. Only a `link`
 * rel="next" is sent, and only when there is a next page (Keyset::CursorPager): no x-* headers.
 * The link carries Grape's params with the new cursor, sorted as to_query sorts them.
 */
export function paginateKeyset<T extends { id: number }>(
  c: Context,
  items: T[],
  request: PageRequest,
  cursor: string | undefined,
): T[] {
  const afterId = cursor === undefined ? undefined : decodeCursor(cursor);
  const start = afterId === undefined ? 0 : items.findIndex((item) => item.id < afterId);
  const slice = start < 0 ? [] : items.slice(start, start + request.perPage);
  const last = slice.at(-1);
  const hasMore = start >= 0 && start + request.perPage < items.length;
  if (last && hasMore) {
    const url = new URL(c.req.url);
    url.search = toQuery({ ...request.params, cursor: encodeCursor(last.id) });
    c.header('link', `<${url.toString()}>; rel="next"`);
  }
  return slice;
}

// GitLab's cursors are base64 JSON of the last row's order key and the direction ("n" = next).
function encodeCursor(id: number): string {
  return btoa(JSON.stringify({ id: String(id), _kd: 'n' }))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function decodeCursor(cursor: string): number {
  try {
    const json = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    const id = Number((JSON.parse(json) as { id?: unknown }).id);
    if (Number.isInteger(id)) return id;
  } catch {
    // fall through to the error below
  }
  throw invalidParams('cursor is invalid');
}
