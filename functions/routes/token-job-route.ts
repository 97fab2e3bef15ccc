// GET /job and GET /job/allowed_agents: about the caller's own token, so asked with that token, not the service token.
import type { Context } from 'hono';
import { createClient } from '../../src/gitlab/client.js';
import { getAllowedAgents } from '../../src/gitlab/jobs/get-allowed-agents.js';
import { getJobTokenJob } from '../../src/gitlab/jobs/get-job-token-job.js';
import type { RelayRoute } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Answers `GET /job` or `GET /job/allowed_agents` as GitLab does for the caller's job token. */
export async function tokenJobRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'job-token-job' | 'allowed-agents' }>,
): Promise<Response> {
  const callerToken = c.get('callerToken');
  const config = c.get('config');
  const upstream = c.get('upstream');
  const client = createClient({
    url: config.gitlabUrl,
    token: callerToken.token,
    tokenType: callerToken.via === 'bearer' ? 'oauth' : 'job',
    // The same GitLab and the same refusal of redirects, outside the service token's budget.
    fetch: upstream.callerFetch,
    redirects: 'none',
  });
  const body =
    route.kind === 'job-token-job' ? await getJobTokenJob(client) : await getAllowedAgents(client);
  return Response.json(body);
}
