// Lazy iteration over GitLab's paginated lists, one `requestPage` at a time: offset (`x-next-page`) or keyset (`link rel="next"`).
import type * as v from 'valibot';
import type { GitLabClient } from './client.js';
import { GitLabHttpError } from './errors/gitlab-http-error.js';
import { type RequestedPage, requestPage } from './request-page.js';

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
  const firstQuery = (keyset: boolean) => {
    const query = new URLSearchParams(spec.query);
    query.set('per_page', String(spec.perPage));
    if (keyset) query.set('pagination', 'keyset');
    return query;
  };
  let keyset = spec.keyset === true;
  let query = firstQuery(keyset);
  const seen = new Set<string>();
  let yielded = 0;
  for (let index = 1; ; index++) {
    seen.add(query.toString());
    let page: RequestedPage<v.InferOutput<S>>;
    try {
      page = await requestPage(client, {
        operation: spec.operation,
        route: spec.route,
        path: spec.path,
        query,
        itemSchema: spec.itemSchema,
        signal: spec.signal,
        deadline: spec.deadline,
      });
    } catch (error) {
      // Servers before keyset support for jobs answer 405 (or 400): fall back to offset once.
      if (keyset && index === 1 && isKeysetRefusal(error)) {
        keyset = false;
        query = firstQuery(false);
        index--;
        continue;
      }
      throw error;
    }
    let items = page.items;
    if (spec.maxItems !== undefined && yielded + items.length > spec.maxItems) {
      items = items.slice(0, spec.maxItems - yielded);
    }
    yielded += items.length;
    const { next } = page;
    const done =
      next === undefined ||
      items.length === 0 ||
      seen.has(next.toString()) ||
      (spec.maxItems !== undefined && yielded >= spec.maxItems) ||
      (spec.maxPages !== undefined && index >= spec.maxPages);
    yield {
      items,
      index,
      total: page.total,
      totalPages: page.totalPages,
      hasNext: next !== undefined,
    };
    if (done || next === undefined) return;
    query = next;
  }
}

function isKeysetRefusal(error: unknown): boolean {
  return (
    error instanceof GitLabHttpError &&
    (error.status === 405 || (error.status === 400 && /keyset/i.test(error.gitlabMessage)))
  );
}
