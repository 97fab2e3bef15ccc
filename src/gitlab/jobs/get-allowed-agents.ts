// GET /job/allowed_agents — https://docs.gitlab.com/ee/api/jobs.html#get-gitlab-agent-by-ci_job_token
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type AllowedAgents, AllowedAgentsSchema } from '../schemas/allowed-agents.js';
import { type CallOptions, CallOptionsSchema } from './job-params.js';
import { requestEntity } from './request-entity.js';

/** Gets a job token's job with the GitLab agents it may use (Premium; needs a job token). */
export async function getAllowedAgents(
  client: GitLabClient,
  options: CallOptions = {},
): Promise<AllowedAgents> {
  const p = parseParams(CallOptionsSchema, options, 'getAllowedAgents');
  return requestEntity(
    client,
    {
      operation: 'getAllowedAgents',
      route: 'GET /job/allowed_agents',
      method: 'GET',
      path: 'job/allowed_agents',
      ...p,
    },
    AllowedAgentsSchema,
  );
}
