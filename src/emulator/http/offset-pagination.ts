// GitLab's offset pagination: page/per_page in, x-* headers and a link header out.
import type { Context } from 'hono';
import type { RequestParams } from './read-request-params.js';
import { toQuery } from './to-query.js';

/** Kaminari's default page size, as GitLab configures it (config/initializers/kaminari_config.rb). */
export const DEFAULT_PER_PAGE = 20;
/** The largest `per_page` GitLab honours (`max_per_page = 100`); larger values are clamped. */
export const MAX_PER_PAGE = 100;
/** Past this many rows a counted list stops counting (MAX_COUNT_LIMIT in GitLab's Kaminari patch). */
export const MAX_COUNT_LIMIT = 10_000;

/** The page (from 1) and page size (1 to 100) Kaminari serves, and Grape's params for links. */
export interface PageRequest {
  page: number;
  perPage: number;
  /** Grape's params (coerced, defaults filled): what GitLab writes back into each link. */
  params: RequestParams;
}

/**
 * Reads the coerced `page` and `per_page` as Kaminari applies them: a page below 1 (or '') is
 * page 1; a negative or empty page size is the default 20, one above 100 is 100.
 */
export function readPageRequest(params: RequestParams): PageRequest {
  const page = typeof params.page === 'number' ? Math.max(1, params.page) : 1;
  const asked = params.per_page;
  const perPage =
    typeof asked === 'number' && asked > 0 ? Math.min(MAX_PER_PAGE, asked) : DEFAULT_PER_PAGE;
  return { page, perPage, params };
}

/**
 * One page of `items`, setting GitLab's headers on `c`. With `counts: false` (as on
 * `GET /projects/:id/jobs`, `without_count`), or past 10,000 rows, there is no x-total, no
 * x-total-pages and no rel="last". A page past the end has no previous page (Kaminari's
 * `out_of_range?`).
 */
export function paginateOffset<T>(
  c: Context,
  items: T[],
  request: PageRequest,
  counts: boolean,
): T[] {
  const { page, perPage } = request;
  const start = (page - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  const counted = counts && items.length <= MAX_COUNT_LIMIT;
  const totalPages = Math.ceil(items.length / perPage);
  const outOfRange = counted ? page > totalPages : slice.length === 0;
  const nextPage = !outOfRange && start + perPage < items.length ? page + 1 : null;
  const prevPage = !outOfRange && page > 1 ? page - 1 : null;
  const link = (target: number) => pageUrl(c.req.url, request.params, target);
  const links: string[] = [];
  if (prevPage !== null) links.push(`<${link(prevPage)}>; rel="prev"`);
  if (nextPage !== null) links.push(`<${link(nextPage)}>; rel="next"`);
  links.push(`<${link(1)}>; rel="first"`);
  if (counted) links.push(`<${link(Math.max(1, totalPages))}>; rel="last"`);
  c.header('x-per-page', String(perPage));
  c.header('x-page', String(page));
  c.header('x-next-page', nextPage === null ? '' : String(nextPage));
  c.header('x-prev-page', prevPage === null ? '' : String(prevPage));
  c.header('link', links.join(', '));
  if (counted) {
    c.header('x-total', String(items.length));
    c.header('x-total-pages', String(Math.max(1, totalPages)));
  }
  return slice;
}

/**
 * GitLab's `page_href`: the request's path with Grape's params (path parameters, defaults and
 * undeclared ones included), `page` replaced and `per_page` as it was asked, sorted by to_query.
 */
export function pageUrl(requestUrl: string, params: RequestParams, page: number): string {
  const url = new URL(requestUrl);
  url.search = toQuery({ ...params, page, per_page: params.per_page });
  return url.toString();
}
