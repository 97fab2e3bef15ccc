// POST …/cancel, …/retry, …/erase, …/play: performed through the core, which never sends a POST twice.
import type { Context } from 'hono';
import { cancelJob } from '../../src/gitlab/jobs/cancel-job.js';
import { eraseJob } from '../../src/gitlab/jobs/erase-job.js';
import { playJob } from '../../src/gitlab/jobs/play-job.js';
import { retryJob } from '../../src/gitlab/jobs/retry-job.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';

// GitLab's statuses: play answers 200, the others 201.
const STATUS = { cancel: 201, retry: 201, erase: 201, play: 200 } as const;

/** Performs the action the policy allowed; a play sends only the variables the policy checked, as a JSON body the relay built. */
export async function actionRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'action' }>,
): Promise<Response> {
  const client = c.get('client');
  // An action spends the service token's budget like a read: held while the budget is.
  c.get('upstream').checkBudget();
  const params = { project: targetProjectRef(route.project), jobId: route.jobId };
  // Whatever the outcome, a read kept from before the action may now be out of date.
  const forget = () => c.get('upstream').forgetSharedReads();
  const result = await runAction().finally(forget);
  return Response.json(result, { status: STATUS[route.action] });

  function runAction() {
    return route.action === 'play'
      ? playJob(client, { ...params, variables: c.get('playVariables') })
      : route.action === 'retry'
        ? retryJob(client, params)
        : route.action === 'cancel'
          ? cancelJob(client, params)
          : eraseJob(client, params);
  }
}
