// The CLI's one-endpoint commands (list, get, cancel, …): what each needs, and its result for --json and for people.

import type { GitLabClient } from '../gitlab/client.js';
import { cancelJob } from '../gitlab/jobs/cancel-job.js';
import { eraseJob } from '../gitlab/jobs/erase-job.js';
import { getAllowedAgents } from '../gitlab/jobs/get-allowed-agents.js';
import { getJob } from '../gitlab/jobs/get-job.js';
import { getJobTokenJob } from '../gitlab/jobs/get-job-token-job.js';
import { getJobTrace } from '../gitlab/jobs/get-job-trace.js';
import { listPipelineBridges } from '../gitlab/jobs/list-pipeline-bridges.js';
import { listPipelineJobs } from '../gitlab/jobs/list-pipeline-jobs.js';
import { listProjectJobs } from '../gitlab/jobs/list-project-jobs.js';
import { retryJob } from '../gitlab/jobs/retry-job.js';
import type { JobScope } from '../gitlab/schemas/job-scope.js';
import { readStream } from '../gitlab/trace/read-stream.js';
import { stripAnsiStream } from '../gitlab/trace/strip-ansi-stream.js';
import { jobActionLine } from '../steps/job-action-line.js';
import type { ConnectionInputs } from '../steps/parse-connection-inputs.js';
import type { TextSink } from './cli-reporter.js';
import { formatApiResult } from './format-api-result.js';

/** What an API command runs with. */
export interface ApiCommandContext {
  client: GitLabClient;
  inputs: ConnectionInputs;
  scope: JobScope[] | undefined;
  includeRetried: boolean;
  limit: number;
  stripAnsi: boolean;
  signal: AbortSignal;
  /** Epoch ms by which the command, retries included, must be done. */
  deadline: number;
  /** Where the result goes. */
  stdout: TextSink & { writeBytes?(bytes: Uint8Array): unknown };
}

/** What a command found or did: `data` for --json, `text` for people. */
export interface ApiCommandResult {
  data: unknown;
  text: string;
}

/** An API command: the inputs it requires, and its run (undefined after streaming a log). */
export interface ApiCommand {
  requires: ReadonlyArray<'project' | 'job' | 'pipeline'>;
  run(context: ApiCommandContext): Promise<ApiCommandResult | undefined>;
}

const shown = (data: unknown): ApiCommandResult => ({ data, text: formatApiResult(data) });

// The status before an action, to say what it changed; a job the token may act on but not read is
// still acted on (a relay policy may allow cancel without read), the line then says only the new status.
async function statusBefore(context: ApiCommandContext): Promise<string | undefined> {
  try {
    return (await getJob(context.client, job(context))).status;
  } catch (error) {
    if (context.signal.aborted) throw error;
    return undefined;
  }
}

// Cancel, retry, erase: the job as GitLab answered (--json), and one line saying what happened.
function jobAction(
  verb: string,
  act: (context: ApiCommandContext) => Promise<{ id: number; name: string; status: string }>,
  describe?: (after: { id: number; status: string }) => string,
): ApiCommand {
  return {
    requires: ['project', 'job'],
    run: async (context) => {
      const before = describe ? undefined : await statusBefore(context);
      const after = await act(context);
      const project = context.inputs.project as string | number;
      const target = { ...after, id: context.inputs.job as number };
      const line = describe
        ? jobActionLine(verb, project, target, { what: describe(after) })
        : jobActionLine(verb, project, target, { before, after: after.status });
      return { data: after, text: `${line}\n` };
    },
  };
}

const job = (context: ApiCommandContext) => ({
  project: context.inputs.project as string | number,
  jobId: context.inputs.job as number,
  signal: context.signal,
  deadline: context.deadline,
});

/** The API commands by name. */
export const API_COMMAND_TABLE: Readonly<Record<string, ApiCommand>> = {
  list: {
    requires: ['project'],
    run: (context) => {
      const common = {
        project: context.inputs.project as string | number,
        scope: context.scope,
        maxItems: context.limit,
        signal: context.signal,
        deadline: context.deadline,
      };
      const jobs =
        context.inputs.pipeline === undefined
          ? listProjectJobs(context.client, common).toArray()
          : listPipelineJobs(context.client, {
              ...common,
              pipelineId: context.inputs.pipeline,
              includeRetried: context.includeRetried || undefined,
            }).toArray();
      return jobs.then(shown);
    },
  },
  bridges: {
    requires: ['project', 'pipeline'],
    run: (context) =>
      listPipelineBridges(context.client, {
        project: context.inputs.project as string | number,
        pipelineId: context.inputs.pipeline as number,
        scope: context.scope,
        maxItems: context.limit,
        signal: context.signal,
        deadline: context.deadline,
      })
        .toArray()
        .then(shown),
  },
  get: {
    requires: ['project', 'job'],
    run: (context) => getJob(context.client, job(context)).then(shown),
  },
  cancel: jobAction('Cancelled', (context) => cancelJob(context.client, job(context))),
  retry: jobAction(
    'Retried',
    (context) => retryJob(context.client, job(context)),
    (after) => `new job ${after.id} is ${after.status}`,
  ),
  erase: jobAction(
    'Erased',
    (context) => eraseJob(context.client, job(context)),
    () => 'its log and artifacts are gone',
  ),
  whoami: {
    requires: [],
    run: (context) =>
      getJobTokenJob(context.client, { signal: context.signal, deadline: context.deadline }).then(
        shown,
      ),
  },
  agents: {
    requires: [],
    run: (context) =>
      getAllowedAgents(context.client, { signal: context.signal, deadline: context.deadline }).then(
        shown,
      ),
  },
  trace: {
    requires: ['project', 'job'],
    run: async (context) => {
      let stream = await getJobTrace(context.client, job(context));
      if (context.stripAnsi) stream = stream.pipeThrough(stripAnsiStream());
      const decoder = new TextDecoder();
      for await (const chunk of readStream(stream, context.signal)) {
        if (context.stdout.writeBytes) context.stdout.writeBytes(chunk);
        else context.stdout.write(decoder.decode(chunk, { stream: true }));
      }
      return undefined;
    },
  },
};
