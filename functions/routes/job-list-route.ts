// GET the three job lists: one page relayed as GitLab sent it (filtered only under a `jobs` restriction), pagination headers kept, links rewritten to the relay.
import type { Context } from 'hono';
import { ResponseValidationError } from '../../src/gitlab/errors/response-validation-error.js';
import { type JobList, jobListEndpoint } from '../../src/gitlab/jobs/job-list-endpoint.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import { globMatch } from '../policy/glob-match.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { readRelayedPage } from '../upstream/read-relayed-page.js';
import { relayedResponse } from '../upstream/relayed-response.js';
import type { UpstreamAnswer } from '../upstream/upstream-answer.js';

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

/**
 * Relays one page of the list as GitLab sent it (checking its items is the client's part). Where
 * a `jobs` restriction applies (`c.get('visibleJobNames')`) the page is parsed and only the jobs it
 * names are shown, and the totals, which would count the others, are dropped.
 */
export async function jobListRoute(c: Context<RelayAppEnv>, route: ListRoute): Promise<Response> {
  const visibleJobNames = c.get('visibleJobNames');
  const { operation, route: documented, path } = jobListEndpoint(jobList(route));
  const { answer, headers } = await readRelayedPage(c, {
    operation,
    route: documented,
    path,
    query: LIST_QUERY,
  });
  if (!visibleJobNames) return relayedResponse(answer, 'application/json', headers);
  const items = await pageItems(answer, operation, documented);
  const visible = items.filter((item) => {
    const name = (item as { name?: unknown } | null)?.name;
    return typeof name === 'string' && visibleJobNames.some((glob) => globMatch(glob, name));
  });
  headers.delete('x-total');
  headers.delete('x-total-pages');
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(visible), { status: 200, headers });
}

// The page's items, for filtering: the body must be a JSON array (502 otherwise).
async function pageItems(
  answer: UpstreamAnswer,
  operation: string,
  route: string,
): Promise<unknown[]> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(await answer.bytes()));
  } catch {
    data = undefined;
  }
  if (Array.isArray(data)) return data;
  throw new ResponseValidationError(operation, route, [
    { field: '', message: 'expected a JSON array of jobs' },
  ]);
}

function jobList(route: ListRoute): JobList {
  const ref = targetProjectRef(route.project);
  if (route.kind === 'list-project-jobs') return { list: 'listProjectJobs', project: ref };
  const list = route.kind === 'list-pipeline-jobs' ? 'listPipelineJobs' : 'listPipelineBridges';
  return { list, project: ref, pipelineId: route.pipelineId };
}
