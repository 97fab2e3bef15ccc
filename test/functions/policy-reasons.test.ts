// Why the policy refused (the reason a 403 and the decision log give), and the edges where a glob could over-match.
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../functions/identity/caller.js';
import { evaluatePolicy } from '../../functions/policy/evaluate-policy.js';
import type { Policy, PolicyRule } from '../../functions/policy/policy-schema.js';
import { relayHarness } from './relay-harness.js';

const CALLER: Caller = {
  jobId: 10,
  jobName: 'orchestrate',
  projectId: 1,
  projectPath: 'demo/app',
  pipelineId: 5,
  ref: 'main',
  pipelineSource: 'push',
  protectedRef: undefined,
  environment: undefined,
  idToken: false,
};

const rule = (extra: Partial<PolicyRule> = {}): PolicyRule => ({
  caller: { projects: [1] },
  allow: ['play'],
  targets: ['demo/deploy'],
  ...extra,
});
const policy = (...rules: PolicyRule[]): Policy => ({ version: 1, rules });
const PLAY = {
  operation: 'play',
  target: { path: 'demo/deploy' },
  jobName: 'deploy-prod',
} as const;

describe('the reason of a decision', () => {
  it('names the rule that allowed, by its description or else its index', () => {
    const other = rule({ caller: { projects: [7] } });
    expect(evaluatePolicy(policy(other, rule({ description: 'deploys' })), CALLER, PLAY)).toEqual({
      allowed: true,
      rule: 1,
      reason: 'deploys',
    });
    expect(evaluatePolicy(policy(other, rule()), CALLER, PLAY)).toEqual({
      allowed: true,
      rule: 1,
      reason: 'rule 1',
    });
  });

  it.each([
    [
      'no rule is for the caller',
      [rule({ caller: { projects: [7] } })],
      PLAY,
      'no rule matches the calling job',
    ],
    [
      'no rule allows the operation',
      [rule({ allow: ['read'] })],
      PLAY,
      'no rule for this caller allows play',
    ],
    [
      'no rule covers the project',
      [rule({ targets: ['other/*'] })],
      PLAY,
      'no rule for this caller allows play on this project',
    ],
    [
      'no rule covers the job name',
      [rule({ jobs: ['deploy-*'] })],
      { ...PLAY, jobName: 'teardown' },
      'no rule allows play on a job named "teardown"',
    ],
    [
      'the job name is unknown',
      [rule({ jobs: ['deploy-*'] })],
      { ...PLAY, jobName: undefined },
      'no rule allows play on a job named ""',
    ],
    [
      'variables no rule lists',
      [rule({ variables: ['TARGET'] })],
      { ...PLAY, variableKeys: ['TARGET', 'EVIL', 'X'] },
      'variable "EVIL", "X" not allowed by the policy',
    ],
  ])('says so when %s', (_what, rules, request, reason) => {
    expect(evaluatePolicy(policy(...rules), CALLER, request)).toEqual({ allowed: false, reason });
  });

  it('gives the reason of the rule that came closest, the last one tried', () => {
    const decision = evaluatePolicy(
      policy(
        rule({ allow: ['read'] }),
        rule({ targets: ['other/*'] }),
        rule({ caller: { projects: [7] } }),
      ),
      CALLER,
      PLAY,
    );
    expect(decision.reason).toBe('no rule for this caller allows play on this project');
  });

  it('allows a job any of the listed globs names', () => {
    const decision = evaluatePolicy(policy(rule({ jobs: ['build', 'deploy-*'] })), CALLER, PLAY);
    expect(decision).toMatchObject({ allowed: true, rule: 0 });
  });
});

describe('globs that match everything still need the fact they match', () => {
  it('does not let a path glob cover a target named by id, even `**`', () => {
    const request = { operation: 'play', target: { id: 2 }, jobName: 'deploy-prod' } as const;
    expect(evaluatePolicy(policy(rule({ targets: ['**'] })), CALLER, request).allowed).toBe(false);
    expect(evaluatePolicy(policy(rule({ targets: ['**', 2] })), CALLER, request).allowed).toBe(
      true,
    );
  });

  it('does not let a path glob match a caller whose path is unknown, even `**`', () => {
    const pathless = { ...CALLER, projectPath: undefined };
    const anyProject = rule({ caller: { projects: ['**'] } });
    expect(evaluatePolicy(policy(anyProject), pathless, PLAY).allowed).toBe(false);
    expect(evaluatePolicy(policy(anyProject), CALLER, PLAY).allowed).toBe(true);
  });

  it('does not let a job glob match a job whose name is unknown, even `*`', () => {
    const anyJob = rule({ jobs: ['*'] });
    expect(evaluatePolicy(policy(anyJob), CALLER, { ...PLAY, jobName: undefined }).allowed).toBe(
      false,
    );
    expect(evaluatePolicy(policy(anyJob), CALLER, PLAY).allowed).toBe(true);
  });
});

describe('what a refusal logs and reveals over HTTP', () => {
  const PLAY_ONLY = JSON.stringify({
    version: 1,
    rules: [
      {
        caller: { projects: ['demo/app'] },
        allow: ['play'],
        targets: ['demo/deploy'],
        jobs: ['deploy-*'],
        variables: ['TARGET'],
      },
    ],
  });

  it('answers 403, not a hiding 404, to a play refused only for its variables by a caller that may not read the job', async () => {
    const h = relayHarness({ POLICY: PLAY_ONLY });
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('deploy-staging')}/play`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ job_variables_attributes: [{ key: 'EVIL', value: 'x' }] }),
      },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      message: '403 Forbidden - jobrelay policy: variable "EVIL" not allowed by the policy',
    });
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it('marks only hidden refusals as hidden in the decision log', async () => {
    const h = relayHarness({ POLICY: PLAY_ONLY });
    await h.relay(`/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('build')}/play`, {
      method: 'POST',
    });
    await h.relay('/api/v4/projects/other%2Fsecret/jobs/1/retry', { method: 'POST' });
    const decisions = h.logs.filter((line) => line.event === 'decision');
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toMatchObject({ allowed: false, job: 'build', hidden: true });
    expect(decisions[1]).toMatchObject({ allowed: false, operation: 'retry' });
    // Written as JSON, an undefined field is left out of the line.
    expect(decisions[1]?.hidden).toBeUndefined();
  });

  it('asks GitLab nothing about the job before an action no `jobs` restriction applies to', async () => {
    const h = relayHarness();
    const id = h.deployJob('flaky');
    const response = await h.relay(`/api/v4/projects/2/jobs/${id}/retry`, { method: 'POST' });
    expect(response.status).toBe(201);
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v4/job',
      `POST /api/v4/projects/2/jobs/${id}/retry`,
    ]);
  });
});
