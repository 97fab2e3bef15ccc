// Streams a running job's log into the step's log as it grows, and keeps its tail for the summary.
import type { GitLabClient } from '../gitlab/client.js';
import { errorMessage } from '../gitlab/errors/error-message.js';
import type { ProjectRef } from '../gitlab/params/project-id.js';
import { followJobTrace } from '../gitlab/trace/follow-job-trace.js';
import { isInterruptedRead } from '../gitlab/trace/is-interrupted-read.js';
import { createTraceSectionParser } from '../gitlab/trace/trace-section-parser.js';
import type { LogTail } from './log-tail.js';
import { createRemoteLogGrouper } from './remote-log-grouper.js';
import type { StepReporter } from './step-reporter.js';

/** Parameters of `followRemoteLog`. */
export interface FollowRemoteLogParams {
  client: GitLabClient;
  project: ProjectRef;
  jobId: number;
  reporter: StepReporter;
  tail: LogTail;
  signal?: AbortSignal | undefined;
}

/** A log being followed: read what is new after each poll, then finish once. */
export interface RemoteLogFollower {
  /** Shows the bytes added since the last read; true when there were any and they came cheaply (Range). */
  readNew(): Promise<boolean>;
  /** Reads the rest, flushes the unfinished last line, closes any open group. */
  finish(): Promise<void>;
}

/**
 * Follows a job's log with `Range` from the bytes already shown, turning its sections into
 * groups. A failed read is reported and tried again on the next poll; a refusal (the token may
 * not read logs) stops following without failing the step.
 */
export function followRemoteLog(params: FollowRemoteLogParams): RemoteLogFollower {
  const trace = followJobTrace(params.client, { project: params.project, jobId: params.jobId });
  const decoder = new TextDecoder();
  const parser = createTraceSectionParser();
  const grouper = createRemoteLogGrouper(params.reporter);
  let stopped = false;
  const show = (text: string) => {
    params.tail.push(text);
    grouper.push(parser.push(text));
  };
  const readNew = async (): Promise<boolean> => {
    if (stopped) return false;
    const before = trace.offset;
    try {
      for await (const chunk of trace.read({ signal: params.signal })) {
        show(decoder.decode(chunk, { stream: true }));
      }
    } catch (error) {
      if (params.signal?.aborted) throw error;
      const message = errorMessage(error);
      if (isInterruptedRead(error)) {
        params.reporter.warning(
          `Reading the job log failed, trying again at the next poll: ${message}`,
        );
      } else {
        stopped = true;
        params.reporter.warning(`Not following the job log any more: ${message}`);
      }
    }
    // Growth brings the next poll forward only when it was cheap to read: against GitLab,
    // which resends the whole log each time, polling keeps backing off to bound the download.
    return trace.offset > before && trace.ranged !== false;
  };
  return {
    readNew,
    async finish() {
      await readNew();
      const rest = decoder.decode();
      if (rest) show(rest);
      grouper.push(parser.end());
      grouper.close();
    },
  };
}
