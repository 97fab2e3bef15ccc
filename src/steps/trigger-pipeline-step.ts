// trigger-pipeline: creates a pipeline on a ref (with the step's token, or a trigger token), optionally waits for it.
import { createPipeline } from '../gitlab/pipelines/create-pipeline.js';
import { triggerPipeline } from '../gitlab/pipelines/trigger-pipeline.js';
import { MASK_MIN_LENGTH, type StepInputs } from './parse-step-inputs.js';
import { reportPipelineEnd } from './report-pipeline-end.js';
import { type StepContext, wallDeadline } from './step-context.js';
import type { PipelineStepResult } from './step-result.js';
import { runWaitForPipeline } from './wait-for-pipeline-step.js';

const COMMAND = 'trigger-pipeline';
// As for a play: even at the end of the timeout, the one POST gets time to land and be read back.
const CREATE_MIN_MS = 30_000;

/**
 * Runs trigger-pipeline: `POST /projects/:id/pipeline` with the step's token, or with
 * trigger-token the trigger API (`POST /projects/:id/trigger/pipeline`, the token in the body),
 * with the variables and inputs. The core sends the POST once and never creates a duplicate
 * (a lost answer is settled by looking for the new pipeline). Only names are logged; values of
 * 8 characters or more (all of masked-variables) and the trigger token are masked. With
 * `wait`, goes on as wait-for-pipeline.
 */
export async function runTriggerPipeline(
  context: StepContext,
  inputs: StepInputs,
): Promise<PipelineStepResult> {
  const { client, reporter, signal } = context;
  if (inputs.triggerToken) reporter.setSecret(inputs.triggerToken);
  for (const variable of inputs.variables) if (variable.masked) reporter.setSecret(variable.value);
  for (const value of Object.values(inputs.pipelineInputs)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text.length >= MASK_MIN_LENGTH) reporter.setSecret(text);
  }
  const ref = inputs.ref as string;
  const variables = inputs.variables.map(({ key, value }) => ({ key, value }));
  const names = [
    ...variables.map((variable) => variable.key),
    ...Object.keys(inputs.pipelineInputs).map((name) => `input ${name}`),
  ];
  const how = inputs.triggerToken ? 'the trigger token' : 'the token';
  reporter.info(
    `Creating a pipeline on ${JSON.stringify(ref)} in project ${inputs.project} with ${how}${names.length ? `, with ${names.join(', ')}` : ''}`,
  );
  const common = {
    project: inputs.project,
    ref,
    ...(variables.length > 0 ? { variables } : {}),
    ...(Object.keys(inputs.pipelineInputs).length > 0 ? { inputs: inputs.pipelineInputs } : {}),
    signal,
    deadline: Math.max(wallDeadline(context, inputs.timeoutMs), Date.now() + CREATE_MIN_MS),
  };
  const pipeline = inputs.triggerToken
    ? await triggerPipeline(client, { ...common, token: inputs.triggerToken })
    : await createPipeline(client, common);
  reporter.info(`Created pipeline ${pipeline.id} (${pipeline.web_url}): ${pipeline.status}`);
  if (inputs.wait) return runWaitForPipeline(context, inputs, pipeline, COMMAND);
  return reportPipelineEnd(context, {
    command: COMMAND,
    pipeline,
    outcome: 'success',
    message: `Pipeline ${pipeline.id} was created on ${JSON.stringify(ref)} and is ${pipeline.status}`,
    summary: undefined,
  });
}
