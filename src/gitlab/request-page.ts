// Fetches one page of a GitLab list: its items (checked against a schema, or as sent) and what its headers say of the rest.
import * as v from 'valibot';
import type { GitLabClient } from './client.js';
import { parseLinkHeader } from './parse-link-header.js';
import { sendRequest } from './request.js';
import { validateResponse } from './validate-response.js';

/** One page to fetch: the list's endpoint, the page's query, and the schema its items must match. */
export interface PageSpec {
  /** The core function the list belongs to, e.g. `listPipelineJobs` (named in errors). */
  operation: string;
  /** The documented route, e.g. `GET /projects/:id/pipelines/:pipeline_id/jobs`. */
  route: string;
  /** Path below `<instance>/api/v4/`, already encoded. */
  path: string;
  /** The page's query, sent as given (`page`, `per_page`, `cursor`, `scope[]`, …). */
  query?: URLSearchParams | undefined;
  /** Each item is checked against it (unknown fields kept); without it the items come as GitLab sent them. */
  itemSchema?: v.GenericSchema | undefined;
  signal?: AbortSignal | undefined;
  /** Epoch ms after which no attempt starts and no wait extends. */
  deadline?: number | undefined;
}

/** One page as GitLab answered it. */
export interface RequestedPage<T> {
  items: T[];
  status: number;
  /** GitLab's headers, e.g. `x-page`, `x-per-page`, `x-next-page`, `x-total`, `link`. */
  headers: Headers;
  /** The `Link` header by rel (`next`, `prev`, `first`, `last`), URLs as GitLab wrote them. */
  links: Record<string, string>;
  /** The query of the next page (from `link rel="next"`, else `x-next-page`); undefined on the last page. */
  next: URLSearchParams | undefined;
  /** `x-total`, when GitLab sends it (never on `/projects/:id/jobs`). */
  total: number | undefined;
  /** `x-total-pages`, when GitLab sends it. */
  totalPages: number | undefined;
}

const UNCHECKED_LIST = v.array(v.unknown());

/**
 * Sends one GET for a list page, retried as any GET, and returns its items with its headers and
 * links. The body must be a JSON array; with `itemSchema` each item is validated, and a mismatch
 * throws `ResponseValidationError` naming the item's index and field.
 */
export async function requestPage<S extends v.GenericSchema>(
  client: GitLabClient,
  spec: PageSpec & { itemSchema: S },
): Promise<RequestedPage<v.InferOutput<S>>>;
export async function requestPage(
  client: GitLabClient,
  spec: PageSpec,
): Promise<RequestedPage<unknown>>;
export async function requestPage(
  client: GitLabClient,
  spec: PageSpec,
): Promise<RequestedPage<unknown>> {
  const query = new URLSearchParams(spec.query);
  const response = await sendRequest(client, {
    operation: spec.operation,
    route: spec.route,
    method: 'GET',
    path: spec.path,
    query,
    expect: 'json',
    signal: spec.signal,
    deadline: spec.deadline,
  });
  const schema = spec.itemSchema ? listSchemaOf(spec.itemSchema) : UNCHECKED_LIST;
  const items: unknown[] = validateResponse(schema, response.data, spec.operation, spec.route);
  const { headers } = response;
  const links = parseLinkHeader(headers.get('link') ?? '');
  return {
    items,
    status: response.status,
    headers,
    links,
    next: nextQuery(query, links.next, headers),
    total: headerNumber(headers, 'x-total'),
    totalPages: headerNumber(headers, 'x-total-pages'),
  };
}

/**
 * The query of the next page. Only the query of GitLab's `link rel="next"` is taken, never its
 * host or path, so a misconfigured or hostile server cannot send the token elsewhere.
 */
function nextQuery(
  current: URLSearchParams,
  nextLink: string | undefined,
  headers: Headers,
): URLSearchParams | undefined {
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

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

// One list schema per item schema, so its compiled check is made once, not once a page.
const listSchemas = new WeakMap<v.GenericSchema, v.GenericSchema<unknown, unknown[]>>();
function listSchemaOf(itemSchema: v.GenericSchema): v.GenericSchema<unknown, unknown[]> {
  let schema = listSchemas.get(itemSchema);
  if (schema === undefined) {
    schema = v.array(itemSchema);
    listSchemas.set(itemSchema, schema);
  }
  return schema;
}
