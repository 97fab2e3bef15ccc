// After a pipeline action (cancel, retry) whose outcome is unknown, reads the pipeline back instead of resending.
import type { GitLabClient } from '../client.js';
import { errorMessage } from '../errors/error-message.js';
import { OutcomeUnknownError } from '../errors/outcome-unknown-error.js';
import type { ProjectRef } from '../params/project-id.js';
import { sendRequest } from '../request.js';
import { type PipelineDetail, PipelineDetailSchema } from '../schemas/pipeline-detail.js';
import { sleep } from '../sleep.js';
import { validateResponse } from '../validate-response.js';
import { getPipeline } from './get-pipeline.js';
import { PipelineOutcomeUnknownError } from './pipeline-outcome-unknown-error.js';

/** The action, the pipeline it acts on, and how to tell from a read that it took effect. */
export interface PipelineAction {
  operation: 'cancelPipeline' | 'retryPipeline';
  route: string;
  path: string;
  project: ProjectRef;
  pipelineId: number;
  /** True when the pipeline as read back shows the action took effect. */
  landed: (pipeline: PipelineDetail) => boolean;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

/**
 * Sends a pipeline action once. If its outcome is unknown (a timeout, a dropped connection, a
 * 5xx from a gateway) it does not resend: after `retry.readBackDelayMs` it reads the pipeline
 * and returns it when `landed` says the action took effect, else throws
 * PipelineOutcomeUnknownError.
 */
export async function postPipelineAction(
  client: GitLabClient,
  action: PipelineAction,
): Promise<PipelineDetail> {
  const { project, pipelineId, signal, deadline } = action;
  let response: Awaited<ReturnType<typeof sendRequest>>;
  try {
    response = await sendRequest(client, {
      operation: action.operation,
      route: action.route,
      method: 'POST',
      path: action.path,
      expect: 'json',
      signal,
      deadline,
    });
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) throw error;
    const fail = (finding: string) =>
      new PipelineOutcomeUnknownError({
        operation: action.operation,
        method: error.method,
        path: error.path,
        cause: error.cause,
        subject: `pipeline ${pipelineId} of project ${project}`,
        finding,
        advice: `Look at pipeline ${pipelineId} before trying again.`,
        pipelineId,
      });
    let pipeline: PipelineDetail;
    try {
      await sleep(client.retry.readBackDelayMs, signal);
      pipeline = await getPipeline(client, { project, pipelineId, signal, deadline });
    } catch (readError) {
      if (signal?.aborted) throw readError;
      throw fail(`reading it back failed (${errorMessage(readError)})`);
    }
    if (action.landed(pipeline)) return pipeline;
    throw fail(`it reads back as ${pipeline.status}, which does not show the action took effect`);
  }
  return validateResponse(PipelineDetailSchema, response.data, action.operation, action.route);
}
