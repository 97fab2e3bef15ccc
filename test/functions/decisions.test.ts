// For each operation: a rule that allows it lets it through, and without one it is denied before GitLab acts.
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../functions/policy/operations.js';
import { relayHarness } from './relay-harness.js';

function policyAllowing(operations: Operation[]) {
  return JSON.stringify({
    version: 1,
    rules: [{ caller: { projects: ['demo/app'] }, allow: operations, targets: ['demo/deploy'] }],
  });
}

interface Case {
  operation: Operation;
  job: string;
  method: 'GET' | 'POST';
  suffix: string;
  status: number;
  /** A job must be in this state first: play it beforehand. */
  prepare?: 'play';
}

const CASES: Case[] = [
  { operation: 'read', job: 'build', method: 'GET', suffix: '', status: 200 },
  { operation: 'trace', job: 'build', method: 'GET', suffix: '/trace', status: 200 },
  { operation: 'play', job: 'deploy-staging', method: 'POST', suffix: '/play', status: 200 },
  { operation: 'retry', job: 'flaky', method: 'POST', suffix: '/retry', status: 201 },
  {
    operation: 'cancel',
    job: 'deploy-prod',
    method: 'POST',
    suffix: '/cancel',
    status: 201,
    prepare: 'play',
  },
  { operation: 'erase', job: 'build', method: 'POST', suffix: '/erase', status: 201 },
];

describe.each(CASES)('$operation', ({ operation, job, method, suffix, status, prepare }) => {
  it('is allowed by a rule that names it, reaches GitLab once, and is audited if an action', async () => {
    const operations: Operation[] = prepare ? [operation, prepare] : [operation];
    const h = relayHarness({ POLICY: policyAllowing(operations) });
    const path = `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob(job)}`;
    if (prepare) await h.relay(`${path}/${prepare}`, { method: 'POST' });
    const response = await h.relay(`${path}${suffix}`, { method });
    expect(response.status).toBe(status);
    const calls = h.upstream({ method }).filter((r) => r.path === `${path}${suffix}`);
    expect(calls).toHaveLength(1);
    // Actions are audited; allowed reads and traces, the followers' hot path, are not.
    const line = expect.objectContaining({ event: 'decision', allowed: true, operation });
    if (method === 'POST') expect(h.logs).toContainEqual(line);
    else expect(h.logs).not.toContainEqual(line);
  });

  it('is denied with 403 when no rule allows it, and GitLab never sees the call', async () => {
    const others = (['read', 'trace', 'play', 'retry', 'cancel', 'erase'] as Operation[]).filter(
      (o) => o !== operation,
    );
    const h = relayHarness({ POLICY: policyAllowing(others) });
    const path = `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob(job)}${suffix}`;
    const response = await h.relay(path, { method });
    expect(response.status).toBe(403);
    expect(h.upstream().filter((r) => r.path !== '/api/v4/job')).toHaveLength(0);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ event: 'decision', allowed: false, operation }),
    );
  });
});
