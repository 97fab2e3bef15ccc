// POST /projects/:id/(ref/:ref/)trigger/pipeline — runs a pipeline with a trigger token or a CI job token.
// https://docs.gitlab.com/ee/ci/triggers/
import type { Context } from 'hono';
import { apiError, forbidden, invalidParams, notFound } from '../http/api-error.js';
import { isHash } from '../http/parse-nested-params.js';
import type { RequestParams } from '../http/read-request-params.js';
import { presentPipelineDetail } from '../present/present-pipeline-detail.js';
import { canSeeProject, jobTokenAdmits } from '../state/access.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { JobRecord, PipelineVariable, ProjectRecord } from '../state/records.js';
import { type NewPipelineOutcome, runNewPipeline } from '../state/run-new-pipeline.js';
import type { ApiContext, ApiRoute } from './api-route.js';

/**
 * The two trigger endpoints (lib/api/ci/triggers.rb, app/services/ci/pipeline_trigger_service.rb).
 * No `authenticate!`: the `token` parameter (query, form or JSON) is the credential.
 * - a trigger token of this project: source `trigger`, run as the trigger's owner;
 * - a running job's CI job token: source `pipeline`, run as the job's user, the job (and so its
 *   pipeline) upstream of the new one, if the job's user can see the project and the project's
 *   job token allowlist admits the job's project.
 * Anything else (unknown token, another project's trigger, a project the job may not reach, no
 * such project) is 404 `{"message":"404 Not Found"}`, not to leak the project. The pipeline gets
 * `variables[KEY]=value` and GitLab's `TRIGGER_PAYLOAD` file variable (the request's params but
 * `token`, as JSON); both count as pipeline variables, so the runner needs
 * `set_pipeline_variables`. A pipeline hook's request (`X-Gitlab-Event: Pipeline Hook`) is 403.
 */
export const TRIGGER_PIPELINE_ROUTES: readonly ApiRoute[] = [
  '/projects/:id/trigger/pipeline',
  '/projects/:id/ref/:ref{.+}/trigger/pipeline',
].map((path) => ({
  method: 'POST',
  path,
  jobTokens: 'never',
  authenticate: 'none',
  params: [],
  handle: triggerPipeline,
}));

function triggerPipeline(context: ApiContext): Response {
  const { c, params, state, now } = context;
  // Path parameters win over body ones (Grape merges the route's params last).
  const ref = c.req.param('ref') ?? params.ref;
  checkParams(ref, params);
  if (c.req.header('x-gitlab-event') === 'Pipeline Hook') throw forbidden();
  const given = params.variables === undefined || params.variables === null ? {} : params.variables;
  const entries = Object.entries(given as Record<string, unknown>);
  if (!entries.every(([, value]) => typeof value === 'string'))
    throw apiError(400, { message: 'variables needs to be a map of key-valued strings' });
  const project = state.findProject(c.req.param('id') ?? '');
  if (!project) throw notFound();
  const variables: PipelineVariable[] = [
    ...entries.map(([key, value]) => ({
      key,
      value: String(value),
      variableType: 'env_var' as const,
    })),
    {
      key: 'TRIGGER_PAYLOAD',
      value: JSON.stringify(
        payloadOf(c, params, Object.fromEntries(entries) as Record<string, string>),
      ),
      variableType: 'file',
    },
  ];
  const outcome = runFromToken(state, project, String(params.token), String(ref), variables, now);
  if (!outcome) throw notFound();
  if (outcome.kind === 'refused') throw apiError(400, { message: outcome.errors });
  return c.json(presentPipelineDetail(context.present, outcome.pipeline, undefined, false), 201);
}

// requires :ref (allow_blank: false), requires :token, optional :variables, type: Hash.
function checkParams(ref: unknown, params: RequestParams): void {
  const problems: string[] = [];
  if (ref === undefined || ref === null) problems.push('ref is missing');
  else if (typeof ref !== 'string') problems.push('ref is invalid');
  else if (ref.trim() === '') problems.push('ref is empty');
  if (params.token === undefined || params.token === null) problems.push('token is missing');
  else if (typeof params.token !== 'string') problems.push('token is invalid');
  const variables = params.variables;
  if (variables !== undefined && variables !== null && !isHash(variables))
    problems.push('variables is invalid');
  if (problems.length > 0) throw invalidParams(problems.join(', '));
}

// `params.except(:token).to_json`: Grape's params, the route's merged in, variables as a hash.
function payloadOf(
  c: Context,
  params: RequestParams,
  variables: Record<string, string>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...params, ...c.req.param(), variables };
  delete merged.token;
  return merged;
}

function runFromToken(
  state: EmulatorState,
  project: ProjectRecord,
  token: string,
  ref: string,
  variables: PipelineVariable[],
  at: number,
): NewPipelineOutcome | undefined {
  const trigger = state.triggerByToken(token);
  if (trigger) {
    if (trigger.projectId !== project.id) return undefined;
    const user = state.user(trigger.ownerId);
    return runNewPipeline(
      state,
      { project, user, ref, source: 'trigger', variables, upstreamJob: null },
      at,
    );
  }
  const job = runningJob(state, token);
  if (!job) return undefined;
  const user = state.user(job.userId);
  if (!canSeeProject(project, user) || !jobTokenAdmits(project, state.project(job.projectId)))
    return undefined;
  return runNewPipeline(
    state,
    { project, user, ref, source: 'pipeline', variables, upstreamJob: job },
    at,
  );
}

// Ci::AuthJobFinder: a job token is good while its job executes (running or canceling).
function runningJob(state: EmulatorState, token: string): JobRecord | undefined {
  const job = state.jobByToken(token);
  return job?.status === 'running' || job?.status === 'canceling' ? job : undefined;
}
