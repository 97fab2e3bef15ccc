// POST /projects/:id/pipeline and …/pipelines/:pipeline_id/cancel: performed through the core, which never sends a POST twice.
import type { Context } from 'hono';
import { cancelPipeline } from '../../src/gitlab/pipelines/cancel-pipeline.js';
import { createPipeline } from '../../src/gitlab/pipelines/create-pipeline.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/**
 * Creates the pipeline the policy allowed with only the ref, variables and inputs it checked
 * (201, GitLab's pipeline; never a duplicate: `createPipeline` looks the pipeline up after a lost
 * answer instead of resending), or cancels one (200, as GitLab answers, lib/api/ci/pipelines.rb).
 */
export async function pipelineActionRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'create-pipeline' | 'cancel-pipeline' }>,
): Promise<Response> {
  const client = c.get('client');
  const upstream = c.get('upstream');
  // An action spends the service token's budget like a read: held while the budget is.
  upstream.checkBudget();
  const project = targetProjectRef(route.project);
  // Whatever the outcome, a read kept from before the action may now be out of date.
  const forget = () => upstream.forgetSharedReads();
  if (route.kind === 'cancel-pipeline') {
    const pipeline = await cancelPipeline(client, {
      project,
      pipelineId: route.pipelineId,
    }).finally(forget);
    return Response.json(pipeline, { status: 200 });
  }
  const wanted = c.get('pipelineRequest');
  // readPipelineBody set it, or answered 400 before the policy was asked.
  if (!wanted) throw new Error('the pipeline request was not read');
  const pipeline = await createPipeline(client, {
    project,
    ref: wanted.ref,
    variables: wanted.variables,
    inputs: wanted.inputs,
  }).finally(forget);
  return Response.json(pipeline, { status: 201 });
}
