// fetch-trace-artifact: streams a job's log to a file, optionally following it until the job ends.
import { resolve } from 'node:path';
import { usesGlobalFetch } from '../gitlab/client.js';
import { errorMessage } from '../gitlab/errors/error-message.js';
import { isFinishedStatus } from '../gitlab/schemas/job-status.js';
import { followJobTrace } from '../gitlab/trace/follow-job-trace.js';
import { isInterruptedRead } from '../gitlab/trace/is-interrupted-read.js';
import { waitForJob } from '../gitlab/wait/wait-for-job.js';
import { classifyJobOutcome } from './classify-job-outcome.js';
import { createLogTail } from './log-tail.js';
import { openNodeTraceFile } from './node-trace-file.js';
import { formatDuration } from './parse-duration.js';
import type { StepInputs } from './parse-step-inputs.js';
import { reportStatusChange } from './report-status-change.js';
import { reason, reportStepEnd } from './report-step-end.js';
import { resolveTargetJob } from './resolve-target-job.js';
import { remainingMs, type StepContext, stepDeadline, wallDeadline } from './step-context.js';
import type { JobStepResult } from './step-result.js';
import { openTraceFile } from './trace-file-writer.js';

const COMMAND = 'fetch-trace-artifact';
const MAX_READ_ATTEMPTS = 3;

/**
 * Runs fetch-trace-artifact: writes the log to `output` in constant memory (ANSI-stripped if
 * asked). With `follow-log`, keeps appending what is new (`Range` from the bytes written) until
 * the job ends. The log is saved and the outputs set in every case; the step fails when the job
 * has ended in a status outside `success-statuses` (a running job is not judged), on a timeout,
 * or on an API or disk error.
 */
export async function runFetchTraceArtifact(
  context: StepContext,
  inputs: StepInputs,
): Promise<JobStepResult> {
  const { client, reporter, clock, signal } = context;
  let job = await resolveTargetJob(client, inputs, {
    signal,
    deadline: wallDeadline(context, inputs.timeoutMs),
  });
  const path = resolve(inputs.output);
  // The deadline bounds the whole download; it is wall-clock because the body streams in real time.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), remainingMs(context, inputs.timeoutMs));
  const readSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  // An unstripped log on a direct connection goes through Node's own HTTP stack into the file
  // (no web streams: the fastest and leanest path); otherwise through the client's fetch.
  const log =
    !inputs.stripAnsi && usesGlobalFetch(client)
      ? await nodeLogFile(client, inputs, job.id, path, readSignal, reporter)
      : await fetchLogFile(client, inputs, job.id, path, readSignal, reporter);
  const readNew = log.readNew;
  let done = true;
  try {
    reporter.info(`Writing the log of job ${job.id} ${JSON.stringify(job.name)} to ${path}`);
    if (inputs.followLog) {
      const waited = await waitForJob(client, {
        project: inputs.project,
        jobId: job.id,
        initialJob: job,
        deadline: stepDeadline(context, inputs.timeoutMs),
        clock,
        signal,
        schedule: { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs },
        keepWaitingWhenBlocked: inputs.keepWaitingOnManual,
        onPoll: async (current, previous) => {
          reportStatusChange(context, current, previous);
          return current.started_at !== null ? readNew() : false;
        },
      });
      job = waited.job;
      done = waited.done;
    }
    // Once more after the end (or at once without follow): what came after the last poll.
    await readNew();
  } catch (error) {
    if (!timeout.signal.aborted || signal?.aborted) {
      await log.abort(error);
      throw error;
    }
    done = false;
  } finally {
    clearTimeout(timer);
  }
  const written = await log.close();
  reporter.info(`Wrote ${written.bytes} bytes to ${written.path} (sha256 ${written.sha256})`);
  const label = `Job ${job.id} ${JSON.stringify(job.name)}`;
  const saved = `saved ${written.bytes} bytes`;
  // Only an end is judged: a running job's log is fetched without a verdict on the job.
  const ended = isFinishedStatus(job.status) || (inputs.followLog && done);
  const outcome = !done
    ? 'timed-out'
    : ended
      ? classifyJobOutcome(job.status, inputs.successStatuses)
      : 'success';
  const message =
    outcome === 'timed-out'
      ? `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label} is still ${job.status}; ${saved} so far`
      : outcome === 'failed'
        ? `${label} ended ${job.status}${reason(job)}, not one of: ${inputs.successStatuses.join(', ')}; ${saved}`
        : `${label} is ${job.status}; ${saved}`;
  return reportStepEnd(context, {
    command: COMMAND,
    job,
    outcome,
    message,
    logTail: written.tail,
    details: [
      ['Log file', written.path],
      ['Bytes', String(written.bytes)],
      ['SHA-256', written.sha256],
    ],
    extraOutputs: {
      path: written.path,
      bytes: String(written.bytes),
      sha256: written.sha256,
    },
  });
}

/** Where the step writes the log: read what is new, then close for the file's size, hash and tail. */
interface StepLogFile {
  readNew(): Promise<boolean>;
  close(): Promise<{ path: string; bytes: number; sha256: string; tail: string[] }>;
  abort(reason: unknown): Promise<void>;
}

async function nodeLogFile(
  client: StepContext['client'],
  inputs: StepInputs,
  jobId: number,
  path: string,
  readSignal: AbortSignal,
  reporter: StepContext['reporter'],
): Promise<StepLogFile> {
  const file = await openNodeTraceFile(client, {
    project: inputs.project,
    jobId,
    path,
    tailLines: inputs.summaryLines,
    onResume: warnResumed(reporter),
  });
  return {
    // As over fetch, the step's timer (readSignal) bounds each read, not a deadline: the read
    // after a timed-out wait still saves what the log holds.
    readNew: () => file.readNew({ signal: readSignal }),
    close: () => file.close(),
    // Every write has settled when a read fails: the file holds what arrived; nothing to undo.
    abort: async () => undefined,
  };
}

async function fetchLogFile(
  client: StepContext['client'],
  inputs: StepInputs,
  jobId: number,
  path: string,
  readSignal: AbortSignal,
  reporter: StepContext['reporter'],
): Promise<StepLogFile> {
  const tail = createLogTail(inputs.summaryLines);
  const file = await openTraceFile(path, { stripAnsi: inputs.stripAnsi, tail });
  const trace = followJobTrace(client, { project: inputs.project, jobId });
  const resumed = warnResumed(reporter);
  return {
    async readNew() {
      const before = trace.offset;
      for (let attempt = 1; ; attempt++) {
        try {
          for await (const chunk of trace.read({ signal: readSignal })) await file.write(chunk);
          // Only cheap growth (Range honoured) brings the next poll forward; see follow-remote-log.
          return trace.offset > before && trace.ranged !== false;
        } catch (error) {
          if (readSignal.aborted || attempt >= MAX_READ_ATTEMPTS || !isInterruptedRead(error)) {
            throw error;
          }
          resumed(trace.offset, error);
        }
      }
    },
    close: async () => ({ ...(await file.close()), tail: tail.lines() }),
    abort: (reason) => file.abort(reason),
  };
}

// What arrived is written; the next read asks only for the rest (Range from the offset): said once, the same way on both paths.
function warnResumed(
  reporter: StepContext['reporter'],
): (written: number, reason: unknown) => void {
  return (written, reason) =>
    reporter.warning(
      `Reading the log broke off after ${written} bytes (${errorMessage(reason)}); resuming`,
    );
}
