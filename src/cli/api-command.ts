// The CLI's one-endpoint commands (list, get, cancel, …): what each needs and how it prints.

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
import type { ConnectionInputs } from '../steps/parse-connection-inputs.js';
import type { TextSink } from './cli-reporter.js';

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

/** An API command: the inputs it requires, and its run (which returns a JSON-able result, or undefined after streaming). */
export interface ApiCommand {
  requires: ReadonlyArray<'project' | 'job' | 'pipeline'>;
  run(context: ApiCommandContext): Promise<unknown>;
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
      return context.inputs.pipeline === undefined
        ? listProjectJobs(context.client, common).toArray()
        : listPipelineJobs(context.client, {
            ...common,
            pipelineId: context.inputs.pipeline,
            includeRetried: context.includeRetried || undefined,
          }).toArray();
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
      }).toArray(),
  },
  get: { requires: ['project', 'job'], run: (context) => getJob(context.client, job(context)) },
  cancel: {
    requires: ['project', 'job'],
    run: (context) => cancelJob(context.client, job(context)),
  },
  retry: { requires: ['project', 'job'], run: (context) => retryJob(context.client, job(context)) },
  erase: { requires: ['project', 'job'], run: (context) => eraseJob(context.client, job(context)) },
  whoami: {
    requires: [],
    run: (context) =>
      getJobTokenJob(context.client, { signal: context.signal, deadline: context.deadline }),
  },
  agents: {
    requires: [],
    run: (context) =>
      getAllowedAgents(context.client, { signal: context.signal, deadline: context.deadline }),
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
