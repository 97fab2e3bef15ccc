// GET /job/allowed_agents — the job token's job, with the Kubernetes agents it may use.
// https://docs.gitlab.com/ee/api/jobs.html#get-gitlab-agent-by-ci_job_token
import { notFound } from '../http/api-error.js';
import { presentAllowedAgents } from '../present/present-allowed-agents.js';
import type { ApiRoute } from './api-route.js';

/** The allowed agents endpoint: a job token only, like GET /job. */
export const getAllowedAgentsRoute: ApiRoute = {
  method: 'GET',
  path: '/job/allowed_agents',
  jobTokens: 'always',
  params: [],
  handle(context) {
    const { identity } = context;
    if (identity.kind !== 'job') throw notFound('Job');
    return context.c.json(presentAllowedAgents(context.present, identity.job));
  },
};
