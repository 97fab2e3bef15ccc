// GET /job and GET /job/allowed_agents: about the caller's own token, so asked with that token.
import { createClient } from '../../src/gitlab/client.js';
import { getAllowedAgents } from '../../src/gitlab/jobs/get-allowed-agents.js';
import { getJobTokenJob } from '../../src/gitlab/jobs/get-job-token-job.js';
import type { RelayContext } from './relay-context.js';

/** Answers `GET /job` or `GET /job/allowed_agents` as GitLab does for the caller's job token. */
export async function relayTokenJob(
  context: RelayContext,
  kind: 'job-token-job' | 'allowed-agents',
): Promise<Response> {
  const client = createClient({
    url: context.gitlabUrl,
    token: context.callerToken.token,
    tokenType: context.callerToken.via === 'bearer' ? 'oauth' : 'job',
    fetch: context.upstreamFetch,
    redirects: 'none',
  });
  const body =
    kind === 'job-token-job' ? await getJobTokenJob(client) : await getAllowedAgents(client);
  return Response.json(body);
}
