// After a POST whose outcome is unknown, reads the job back to learn what happened instead of resending.

import type * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { OutcomeUnknownError } from '../errors/outcome-unknown-error.js';
import type { ProjectRef } from '../params/project-id.js';
import { type RequestSpec, sendRequest } from '../request.js';
import { sleep } from '../sleep.js';
import { validateResponse } from '../validate-response.js';

/** The job a POST acted on, and how the caller bounds the call. */
export interface JobActionTarget {
  project: ProjectRef;
  jobId: number;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

/** Reads the job back after an uncertain POST; returns the result if the action took effect. */
export type ReadBack<T> = (target: JobActionTarget) => Promise<T | undefined>;

/**
 * Sends a job action (cancel, retry, erase, play) once. If its outcome is unknown (the connection
 * dropped after sending, a timeout, a 5xx from a gateway), it does not resend: it reads the job
 * back with `readBack`, returning what that found, or throws OutcomeUnknownError.
 */
export async function postJobAction<S extends v.GenericSchema>(
  client: GitLabClient,
  spec: Omit<RequestSpec, 'expect' | 'method'>,
  schema: S,
  target: JobActionTarget,
  readBack: ReadBack<v.InferOutput<S>>,
): Promise<v.InferOutput<S>> {
  let response: Awaited<ReturnType<typeof sendRequest>>;
  try {
    response = await sendRequest(client, {
      ...spec,
      method: 'POST',
      expect: 'json',
      jobId: target.jobId,
    });
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) throw error;
    // Only the job's address goes on: the action's other params (a play's variables) are not a read's.
    const { project, jobId, signal, deadline } = target;
    const settled = await readBackQuietly(client, { project, jobId, signal, deadline }, readBack);
    if (settled !== undefined) return settled;
    throw error;
  }
  return validateResponse(schema, response.data, spec.operation, spec.route);
}

async function readBackQuietly<T>(
  client: GitLabClient,
  target: JobActionTarget,
  readBack: ReadBack<T>,
): Promise<T | undefined> {
  // Give GitLab a moment to finish what it may have started before looking.
  await sleep(client.retry.readBackDelayMs, target.signal);
  try {
    return await readBack(target);
  } catch (error) {
    if (target.signal?.aborted) throw error;
    return undefined; // the read failed too: the outcome stays unknown
  }
}
