// GitLab's offset pagination: page/per_page in, x-* headers and a link header out.
import type { Context } from 'hono';
import { readOptionalInteger } from './list-params.js';
import type { RequestParams } from './read-request-params.js';

/** Kaminari's default and maximum page sizes, as configured on GitLab. */
export const DEFAULT_PER_PAGE = 20;
/** The largest `per_page` GitLab honours; larger values are clamped. */
export const MAX_PER_PAGE = 100;

/** The requested page (from 1) and page size (1 to 100). */
export interface PageRequest {
  page: number;
  perPage: number;
}

/** Reads `page` and `per_page` as GitLab does: defaults 1 and 20, page size clamped to 1..100. */
export function readPageRequest(params: RequestParams): PageRequest {
  const page = readOptionalInteger(params, 'page', 1);
  const perPage = readOptionalInteger(params, 'per_page', DEFAULT_PER_PAGE);
  return {
    page: Math.max(1, page),
    perPage: perPage <= 0 ? DEFAULT_PER_PAGE : Math.min(MAX_PER_PAGE, perPage),
  };
}

/**
 * One page of `items`, setting GitLab's headers on `c`. With `counts: false` (as on
 * `GET /projects/:id/jobs`) there is no x-total, no x-total-pages and no rel="last".
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
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const nextPage = start + perPage < items.length ? page + 1 : null;
  const prevPage = page > 1 ? page - 1 : null;
  const link = (target: number) => pageUrl(c.req.url, target, perPage);
  const links: string[] = [];
  if (prevPage !== null) links.push(`<${link(prevPage)}>; rel="prev"`);
  if (nextPage !== null) links.push(`<${link(nextPage)}>; rel="next"`);
  links.push(`<${link(1)}>; rel="first"`);
  if (counts) links.push(`<${link(totalPages)}>; rel="last"`);
  c.header('x-per-page', String(perPage));
  c.header('x-page', String(page));
  c.header('x-next-page', nextPage === null ? '' : String(nextPage));
  c.header('x-prev-page', prevPage === null ? '' : String(prevPage));
  c.header('link', links.join(', '));
  if (counts) {
    c.header('x-total', String(items.length));
    c.header('x-total-pages', String(totalPages));
  }
  return slice;
}

// Links keep every other parameter of the request, as GitLab's page_href does.
function pageUrl(requestUrl: string, page: number, perPage: number): string {
  const url = new URL(requestUrl);
  url.searchParams.set('page', String(page));
  url.searchParams.set('per_page', String(perPage));
  return url.toString();
}
