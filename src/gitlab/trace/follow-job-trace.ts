// Follows a growing job log: each read fetches only what was not seen yet (Range from the offset).
import type { GitLabClient } from '../client.js';
import { openJobTrace } from '../jobs/get-job-trace.js';
import type { ProjectRef } from '../params/project-id.js';
import { readStream } from './read-stream.js';

/** Parameters of `followJobTrace`. */
export interface FollowJobTraceParams {
  project: ProjectRef;
  jobId: number;
  /** Bytes already seen (they are not read again); default 0. */
  offset?: number;
}

/** A cursor on a job's log. */
export interface JobTraceFollower {
  /** Bytes of the log read so far (and the `Range` start of the next read). */
  readonly offset: number;
  /**
   * Whether the last read got only the new bytes (a server honouring `Range`, like the relay);
   * false when it resent the whole log (GitLab), undefined before the first read.
   */
  readonly ranged: boolean | undefined;
  /**
   * Yields the bytes added to the log since the last read. A server that honours `Range` (the
   * jobrelay relay) sends only those; GitLab sends the whole log and the seen part is skipped.
   */
  read(options?: { signal?: AbortSignal; deadline?: number }): AsyncGenerator<Uint8Array>;
}

/** Creates a cursor that reads a job's log piece by piece as it grows, never twice the same byte. */
export function followJobTrace(
  client: GitLabClient,
  params: FollowJobTraceParams,
): JobTraceFollower {
  let offset = params.offset ?? 0;
  let ranged: boolean | undefined;
  return {
    get offset() {
      return offset;
    },
    get ranged() {
      return ranged;
    },
    async *read(options = {}) {
      const opened = await openJobTrace(client, {
        project: params.project,
        jobId: params.jobId,
        offset,
        signal: options.signal,
        deadline: options.deadline,
      });
      ranged = opened.ranged;
      for await (const chunk of readStream(opened.stream, options.signal)) {
        // Counted as it is handed over, so a read cut short resumes where it stopped.
        offset += chunk.byteLength;
        yield chunk;
      }
    },
  };
}
