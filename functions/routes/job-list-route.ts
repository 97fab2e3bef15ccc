// GET the three job lists: one page through the core, GitLab's pagination headers kept, links rewritten to the relay.
import type { Context } from 'hono';
import { type JobList, jobListEndpoint } from '../../src/gitlab/jobs/job-list-endpoint.js';
import { requestPage } from '../../src/gitlab/request-page.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import { globMatch } from '../policy/glob-match.js';
import type { RelayAppEnv } from '../relay-app-env.js';

type ListRoute = Extract<
  RelayRoute,
  { kind: 'list-project-jobs' | 'list-pipeline-jobs' | 'list-pipeline-bridges' }
>;

// The query parameters GitLab reads on these lists; anything else is dropped.
const LIST_QUERY = [
  'scope',
  'scope[]',
  'include_retried',
  'page',
  'per_page',
  'pagination',
  'cursor',
  'order_by',
  'sort',
];
const PASSED_HEADERS = [
  'x-page',
  'x-per-page',
  'x-next-page',
  'x-prev-page',
  'x-total',
  'x-total-pages',
];

/**
 * Relays one page of the list, its items checked against the core's schemas. Where a `jobs`
 * restriction applies (`c.var.visibleJobNames`) only the jobs it names are shown, and the totals,
 * which would count the others, are dropped.
 */
export async function jobListRoute(c: Context<RelayAppEnv>, route: ListRoute): Promise<Response> {
  const { client, config, visibleJobNames } = c.var;
  const query = new URLSearchParams();
  for (const [key, value] of new URL(c.req.url).searchParams)
    if (LIST_QUERY.includes(key)) query.append(key, value);
  const page = await requestPage(client, { ...jobListEndpoint(jobList(route)), query });
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of PASSED_HEADERS) {
    const value = page.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  let items: { name: string }[] = page.items;
  if (visibleJobNames) {
    items = items.filter((item) => visibleJobNames.some((glob) => globMatch(glob, item.name)));
    headers.delete('x-total');
    headers.delete('x-total-pages');
  }
  // The configured public URL, never the request's Host; without one, path-absolute links.
  const link = rewriteLinks(
    page.headers.get('link'),
    client.apiUrl,
    `${config.publicUrl ?? ''}/api/v4/`,
  );
  if (link) headers.set('link', link);
  return new Response(JSON.stringify(items), { status: 200, headers });
}

function jobList(route: ListRoute): JobList {
  const ref = targetProjectRef(route.project);
  if (route.kind === 'list-project-jobs') return { list: 'listProjectJobs', project: ref };
  const list = route.kind === 'list-pipeline-jobs' ? 'listPipelineJobs' : 'listPipelineBridges';
  return { list, project: ref, pipelineId: route.pipelineId };
}

// GitLab's `link` URLs pointed at `relayApi` (the relay's API URL); links to anywhere else are dropped.
function rewriteLinks(
  link: string | null,
  upstreamApi: string,
  relayApi: string,
): string | undefined {
  if (!link) return undefined;
  const parts: string[] = [];
  for (const match of link.matchAll(/<([^>]*)>([^,]*)/g)) {
    const [, target = '', params = ''] = match;
    if (!target.startsWith(upstreamApi)) continue;
    parts.push(`<${relayApi}${target.slice(upstreamApi.length)}>${params}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}
