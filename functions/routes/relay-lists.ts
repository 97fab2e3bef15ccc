// Relays the three job lists with GitLab's pagination headers, links rewritten to the relay.
import * as v from 'valibot';
import { encodeProjectId } from '../../src/gitlab/params/project-id.js';
import { sendRequest } from '../../src/gitlab/request.js';
import { BridgeSchema } from '../../src/gitlab/schemas/bridge.js';
import { JobSchema } from '../../src/gitlab/schemas/job.js';
import { validateResponse } from '../../src/gitlab/validate-response.js';
import type { RelayRoute } from '../http/relay-route.js';
import { callerMatches, projectMatches } from '../policy/evaluate-policy.js';
import { globMatch } from '../policy/glob-match.js';
import { policyRefusal } from './policy-refusal.js';
import { decide, type RelayContext } from './relay-context.js';

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

/** Relays a list if the policy allows `read` on the project; filters by job name where a rule demands. */
export async function relayList(context: RelayContext, route: ListRoute): Promise<Response> {
  const decision = decide(context, { operation: 'read', target: route.project, listing: true });
  if (!decision.allowed) return policyRefusal(decision);
  const nameGlobs = allowedNameGlobs(context, route);
  const project = encodeProjectId(route.project.path ?? route.project.id);
  const path =
    route.kind === 'list-project-jobs'
      ? `projects/${project}/jobs`
      : `projects/${project}/pipelines/${route.pipelineId}/${route.kind === 'list-pipeline-jobs' ? 'jobs' : 'bridges'}`;
  const incoming = new URL(context.request.url);
  const query = new URLSearchParams();
  for (const [key, value] of incoming.searchParams)
    if (LIST_QUERY.includes(key)) query.append(key, value);
  const operation =
    route.kind === 'list-pipeline-bridges'
      ? 'listPipelineBridges'
      : route.kind === 'list-project-jobs'
        ? 'listProjectJobs'
        : 'listPipelineJobs';
  const response = await sendRequest(context.client, {
    operation,
    route: `GET /${path}`,
    method: 'GET',
    path,
    query,
    expect: 'json',
  });
  const schema = v.array(route.kind === 'list-pipeline-bridges' ? BridgeSchema : JobSchema);
  let items: { name: string }[] = validateResponse(
    schema,
    response.data,
    operation,
    `GET /${path}`,
  );
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of PASSED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (nameGlobs) {
    items = items.filter((item) => nameGlobs.some((glob) => globMatch(glob, item.name)));
    // Totals would count jobs the caller may not see.
    headers.delete('x-total');
    headers.delete('x-total-pages');
  }
  // The configured public URL, never the request's Host; without one, path-absolute links.
  const link = rewriteLinks(
    response.headers.get('link'),
    context.client.apiUrl,
    `${context.publicUrl ?? ''}/api/v4/`,
  );
  if (link) headers.set('link', link);
  return new Response(JSON.stringify(items), { status: 200, headers });
}

// Undefined when some allowing rule has no job-name restriction; else the union of the allowed globs.
function allowedNameGlobs(context: RelayContext, route: ListRoute): string[] | undefined {
  const globs: string[] = [];
  for (const rule of context.policy.rules) {
    if (!rule.allow.includes('read') || !callerMatches(rule, context.caller)) continue;
    if (!projectMatches(rule.targets, route.project)) continue;
    if (!rule.jobs) return undefined;
    globs.push(...rule.jobs);
  }
  return globs;
}

/** Rewrites GitLab's `link` URLs to `relayApi` (the relay's API URL); drops links that point anywhere else. */
export function rewriteLinks(
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
