// Lazy iteration over GitLab's paginated lists: offset (`x-next-page`) or keyset (`link rel="next"`).
import * as v from 'valibot';
import type { GitLabClient } from './client.js';
import { GitLabHttpError } from './errors/gitlab-http-error.js';
import { type ApiResponse, sendRequest } from './request.js';
import { validateResponse } from './validate-response.js';

/** One page of a list, with what GitLab said about the rest. */
export interface Page<T> {
  items: T[];
  /** 1-based position of this page in the iteration. */
  index: number;
  /** `x-total`, when GitLab sends it (never on `/projects/:id/jobs`). */
  total: number | undefined;
  /** `x-total-pages`, when GitLab sends it. */
  totalPages: number | undefined;
  /** Whether GitLab said there is another page. */
  hasNext: boolean;
}

/** A lazy list: iterate it for items (`for await`), or call `pages()` for whole pages. */
export interface PagedList<T> extends AsyncIterable<T> {
  /** Iterates page by page (one request each). */
  pages(): AsyncIterable<Page<T>>;
  /** Reads every item (within the bounds given) into an array. */
  toArray(): Promise<T[]>;
}

/** What `paginate` needs to fetch one list. */
export interface ListSpec<S extends v.GenericSchema> {
  operation: string;
  route: string;
  path: string;
  query: URLSearchParams;
  itemSchema: S;
  perPage: number;
  maxItems?: number | undefined;
  maxPages?: number | undefined;
  /** Ask for keyset pagination, falling back to offset when the server refuses it on page 1. */
  keyset?: boolean;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

/** Builds a lazy list over the pages `spec` describes; no request is sent until it is iterated. */
export function paginate<S extends v.GenericSchema>(
  client: GitLabClient,
  spec: ListSpec<S>,
): PagedList<v.InferOutput<S>> {
  type Item = v.InferOutput<S>;
  const pages = () => iteratePages<S>(client, spec);
  const items = async function* (): AsyncGenerator<Item> {
    for await (const page of pages()) yield* page.items;
  };
  return {
    pages,
    [Symbol.asyncIterator]: () => items(),
    async toArray() {
      const all: Item[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}

async function* iteratePages<S extends v.GenericSchema>(
  client: GitLabClient,
  spec: ListSpec<S>,
): AsyncGenerator<Page<v.InferOutput<S>>> {
  const listSchema = v.array(spec.itemSchema);
  let query = new URLSearchParams(spec.query);
  query.set('per_page', String(spec.perPage));
  let keyset = spec.keyset === true;
  if (keyset) query.set('pagination', 'keyset');
  const seen = new Set<string>();
  let yielded = 0;
  for (let index = 1; ; index++) {
    seen.add(query.toString());
    let response: ApiResponse;
    try {
      response = await sendRequest(client, { ...spec, method: 'GET', query, expect: 'json' });
    } catch (error) {
      // Servers before keyset support for jobs answer 405 (or 400): fall back to offset once.
      if (keyset && index === 1 && isKeysetRefusal(error)) {
        keyset = false;
        query = new URLSearchParams(spec.query);
        query.set('per_page', String(spec.perPage));
        index--;
        continue;
      }
      throw error;
    }
    let items = validateResponse(listSchema, response.data, spec.operation, spec.route);
    if (spec.maxItems !== undefined && yielded + items.length > spec.maxItems) {
      items = items.slice(0, spec.maxItems - yielded);
    }
    yielded += items.length;
    const next = nextQuery(query, response.headers);
    const done =
      next === undefined ||
      items.length === 0 ||
      seen.has(next.toString()) ||
      (spec.maxItems !== undefined && yielded >= spec.maxItems) ||
      (spec.maxPages !== undefined && index >= spec.maxPages);
    yield {
      items,
      index,
      total: headerNumber(response.headers, 'x-total'),
      totalPages: headerNumber(response.headers, 'x-total-pages'),
      hasNext: next !== undefined,
    };
    if (done || next === undefined) return;
    query = next;
  }
}

/**
 * The query of the next page. Only the query of GitLab's `link rel="next"` is taken, never its
 * host or path, so a misconfigured or hostile server cannot send the token elsewhere.
 */
export function nextQuery(current: URLSearchParams, headers: Headers): URLSearchParams | undefined {
  const nextLink = parseLinkHeader(headers.get('link') ?? '').next;
  if (nextLink) {
    try {
      // Only the query is used, so a relative link (a relay with no public URL) parses against any base.
      return new URL(nextLink, 'http://relative.invalid/').searchParams;
    } catch {
      // An unparsable link: fall back to x-next-page below.
    }
  }
  const nextPage = headers.get('x-next-page')?.trim();
  if (nextPage && /^\d+$/.test(nextPage)) {
    const next = new URLSearchParams(current);
    next.set('page', nextPage);
    return next;
  }
  return undefined;
}

/** Parses an RFC 8288 `Link` header into `{ rel: url }`. */
export function parseLinkHeader(header: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? '')?.[1];
    if (rel && match[1] !== undefined) {
      for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
    }
  }
  return links;
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

function isKeysetRefusal(error: unknown): boolean {
  return (
    error instanceof GitLabHttpError &&
    (error.status === 405 || (error.status === 400 && /keyset/i.test(error.gitlabMessage)))
  );
}
