// The request log table's filter, read from the page's query string.
import type { RequestLogEntry } from '../request-log/request-log.js';
import type { RequestCaller } from './request-who.js';

/** What the request table shows: a method, a path fragment, a status class, a caller fragment. */
export interface RequestFilter {
  method: string;
  path: string;
  /** `2xx`…`5xx`, `none` (no answer: the connection failed), or '' for any. */
  status: string;
  who: string;
}

/** The filter in a query (unknown values read as "any"). */
export function readRequestFilter(query: (name: string) => string | undefined): RequestFilter {
  const status = query('status') ?? '';
  return {
    method: (query('method') ?? '').toUpperCase(),
    path: query('path') ?? '',
    status: /^[1-5]xx$|^none$/.test(status) ? status : '',
    who: query('who') ?? '',
  };
}

/** True when the entry, sent by `caller`, passes the filter. */
export function matchesRequestFilter(
  filter: RequestFilter,
  entry: RequestLogEntry,
  caller: RequestCaller,
): boolean {
  if (filter.method && entry.method !== filter.method) return false;
  if (filter.path && !entry.path.toLowerCase().includes(filter.path.toLowerCase())) return false;
  if (filter.status === 'none' && entry.status !== null) return false;
  if (
    filter.status &&
    filter.status !== 'none' &&
    String(entry.status ?? '')[0] !== filter.status[0]
  )
    return false;
  if (filter.who) {
    const text = `${caller.name ?? ''} ${caller.kind} ${caller.fingerprint ?? ''}`.toLowerCase();
    if (!text.includes(filter.who.toLowerCase())) return false;
  }
  return true;
}
