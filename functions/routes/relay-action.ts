// Relays cancel, retry, erase and play through the core, which never sends a POST twice.
import { cancelJob } from '../../src/gitlab/jobs/cancel-job.js';
import { eraseJob } from '../../src/gitlab/jobs/erase-job.js';
import { getJob } from '../../src/gitlab/jobs/get-job.js';
import { playJob } from '../../src/gitlab/jobs/play-job.js';
import { retryJob } from '../../src/gitlab/jobs/retry-job.js';
import { readPlayVariables } from '../http/read-play-variables.js';
import type { RelayRoute } from '../http/relay-route.js';
import { policyRefusal } from './policy-refusal.js';
import { decide, decisionNeedsJobName, type RelayContext } from './relay-context.js';

type ActionRoute = Extract<RelayRoute, { kind: 'action' }>;

// GitLab's statuses: play answers 200, the others 201.
const STATUS = { cancel: 201, retry: 201, erase: 201, play: 200 } as const;

/** Performs a job action if the policy allows it (for play, with only the variable keys it lists). */
export async function relayAction(context: RelayContext, route: ActionRoute): Promise<Response> {
  const project = route.project.path ?? route.project.id;
  let variables: { key: string; value: string }[] | undefined;
  if (route.action === 'play') {
    const read = await readPlayVariables(context.request);
    if ('error' in read) return Response.json({ error: read.error }, { status: read.status });
    variables = read.variables;
  }
  const request = {
    operation: route.action,
    target: route.project,
    variableKeys: variables?.map((variable) => variable.key),
  };
  let jobName: string | undefined;
  if (decisionNeedsJobName(context, request)) {
    jobName = (await getJob(context.client, { project, jobId: route.jobId })).name;
  }
  const decision = decide(context, { ...request, jobName });
  if (!decision.allowed) return policyRefusal(decision);
  const params = { project, jobId: route.jobId };
  const result =
    route.action === 'play'
      ? await playJob(context.client, { ...params, variables })
      : route.action === 'retry'
        ? await retryJob(context.client, params)
        : route.action === 'cancel'
          ? await cancelJob(context.client, params)
          : await eraseJob(context.client, params);
  return Response.json(result, { status: STATUS[route.action] });
}
