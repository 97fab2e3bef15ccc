// Creates a pipeline with ONE POST and, when its answer is lost, looks for it instead of sending again: never a duplicate pipeline.
import type { GitLabClient } from '../client.js';
import { errorMessage } from '../errors/error-message.js';
import { OutcomeUnknownError } from '../errors/outcome-unknown-error.js';
import type { ProjectRef } from '../params/project-id.js';
import { sendRequest } from '../request.js';
import { type PipelineDetail, PipelineDetailSchema } from '../schemas/pipeline-detail.js';
import { sleep } from '../sleep.js';
import { validateResponse } from '../validate-response.js';
import { findNewPipelines } from './find-new-pipelines.js';
import { getPipeline } from './get-pipeline.js';
import { type NewestPipelineNote, noteNewestPipelineId } from './newest-pipeline-id.js';
import { PipelineOutcomeUnknownError } from './pipeline-outcome-unknown-error.js';

/** The POST that creates a pipeline, and what a pipeline it made would look like. */
export interface NewPipelinePost {
  operation: 'createPipeline' | 'triggerPipeline';
  route: string;
  /** Below `<instance>/api/v4/`, already encoded. */
  path: string;
  body: unknown;
  /** Values to redact from this call's errors (variable values, a trigger token). */
  secrets: readonly string[];
  /** The client that sends the POST (a trigger's carries no credential header); reads use the caller's. */
  sender: GitLabClient;
  project: ProjectRef;
  ref: string;
  /** The `source` a pipeline made by this POST has: `api` (create), `trigger` (trigger token), `pipeline` (job token). */
  sources: readonly string[];
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

/** How many times reading back looks for the pipeline, `retry.readBackDelayMs` apart, before giving up. */
export const READ_BACK_LOOKS = 3;

/**
 * Sends a pipeline-creating POST exactly once, never twice:
 * 1. Before sending, notes the newest pipeline id on `ref` the client can see (one page of one,
 *    `order_by=id`). A client that may not list pipelines (a CI job token) skips this note.
 * 2. Sends the POST once. `sendRequest` retries it only when the connection provably never
 *    opened; any other doubt (a timeout, a dropped connection, a 5xx) is an uncertain outcome.
 * 3. After an uncertain outcome, looks up to `READ_BACK_LOOKS` times for pipelines on `ref` with
 *    an id above the note and one of `sources`: exactly one → returned (read as PipelineDetail);
 *    more than one → PipelineOutcomeUnknownError naming every candidate (never a guess);
 *    none, or no note to compare with → PipelineOutcomeUnknownError saying it was NOT resent.
 */
export async function postNewPipelineOnce(
  client: GitLabClient,
  post: NewPipelinePost,
): Promise<PipelineDetail> {
  const { project, ref, signal, deadline } = post;
  const note = await noteNewestPipelineId(client, { project, ref, signal, deadline });
  let response: Awaited<ReturnType<typeof sendRequest>>;
  try {
    response = await sendRequest(post.sender, {
      operation: post.operation,
      route: post.route,
      method: 'POST',
      path: post.path,
      body: post.body,
      secrets: post.secrets,
      expect: 'json',
      signal,
      deadline,
    });
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) throw error;
    return settleNewPipeline(client, post, note, error);
  }
  return validateResponse(PipelineDetailSchema, response.data, post.operation, post.route);
}

async function settleNewPipeline(
  client: GitLabClient,
  post: NewPipelinePost,
  note: NewestPipelineNote,
  uncertain: OutcomeUnknownError,
): Promise<PipelineDetail> {
  const sources = post.sources.join(' or ');
  const fail = (finding: string, candidateIds?: number[]) =>
    new PipelineOutcomeUnknownError({
      operation: post.operation,
      method: uncertain.method,
      path: uncertain.path,
      cause: uncertain.cause,
      subject: `a pipeline on ref ${JSON.stringify(post.ref)} of project ${post.project}`,
      finding,
      candidateIds,
      advice: candidateIds?.length
        ? `Look at pipelines ${candidateIds.join(', ')} before trying again.`
        : "Look at the project's pipelines before trying again.",
    });
  if ('unlisted' in note) {
    throw fail(`it could not be looked for: ${note.unlisted}`);
  }
  const { project, ref, signal, deadline } = post;
  const delayMs = client.retry.readBackDelayMs;
  let readProblem: string | undefined;
  let looked = 0;
  for (let look = 1; look <= READ_BACK_LOOKS; look++) {
    // Give GitLab a moment to finish what it may have started; never wait past the deadline.
    if (deadline !== undefined && Date.now() + delayMs >= deadline) break;
    await sleep(delayMs, signal);
    looked++;
    let candidates: number[];
    try {
      candidates = await findNewPipelines(client, {
        project,
        ref,
        sources: post.sources,
        afterId: note.id,
        signal,
        deadline,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      readProblem = errorMessage(error);
      continue;
    }
    const [only, ...others] = candidates;
    if (only !== undefined && others.length > 0) {
      throw fail(
        `${candidates.length} new pipelines with source ${sources} appeared on that ref (ids ${candidates.join(', ')}), and which one is this call's cannot be told`,
        candidates,
      );
    }
    if (only !== undefined) {
      try {
        return await getPipeline(client, { project, pipelineId: only, signal, deadline });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw fail(`pipeline ${only} appeared, but reading it failed (${errorMessage(error)})`, [
          only,
        ]);
      }
    }
    readProblem = undefined;
  }
  const after = note.id === 0 ? 'where there was none before' : `after pipeline ${note.id}`;
  if (looked === 0) throw fail('the deadline left no time to look for it');
  throw fail(
    readProblem
      ? `looking for it failed (${readProblem})`
      : `no new pipeline with source ${sources} appeared on that ref ${after}`,
  );
}
