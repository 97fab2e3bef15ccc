// Reads a job's whole log as a stream, keeping only its last lines (for the summary).
import type { GitLabClient } from '../gitlab/client.js';
import { errorMessage } from '../gitlab/errors/error-message.js';
import { getJobTrace } from '../gitlab/jobs/get-job-trace.js';
import { readStream } from '../gitlab/trace/read-stream.js';
import { createLogTail } from './log-tail.js';
import type { StepReporter } from './step-reporter.js';

const TAIL_READ_LIMIT_MS = 30_000;

/**
 * The last `count` lines of the job's log, ANSI codes removed, in constant memory. A failure
 * (or taking over 30 s) is reported as a warning and gives no lines: a summary without a tail
 * beats a failed step.
 */
export async function readLogTail(
  client: GitLabClient,
  params: {
    project: string | number;
    jobId: number;
    count: number;
    signal?: AbortSignal | undefined;
  },
  reporter: StepReporter,
): Promise<string[]> {
  if (params.count === 0) return [];
  const tail = createLogTail(params.count);
  // The tail is a courtesy: a huge or slow log must not hold the step long past its end.
  const limit = AbortSignal.timeout(TAIL_READ_LIMIT_MS);
  const signal = params.signal ? AbortSignal.any([params.signal, limit]) : limit;
  try {
    const stream = await getJobTrace(client, {
      project: params.project,
      jobId: params.jobId,
      signal,
    });
    const decoder = new TextDecoder();
    for await (const chunk of readStream(stream, signal)) {
      tail.push(decoder.decode(chunk, { stream: true }));
    }
    tail.push(decoder.decode());
  } catch (error) {
    if (params.signal?.aborted) throw error;
    reporter.warning(`Could not read the job log for the summary: ${errorMessage(error)}`);
    return [];
  }
  return tail.lines();
}
