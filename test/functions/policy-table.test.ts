// The policy as a table: every operation × every condition a rule can set × allowed and denied, evaluated without HTTP.
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../functions/identity/caller.js';
import { evaluatePolicy, type PolicyRequest } from '../../functions/policy/evaluate-policy.js';
import { OPERATIONS, type Operation } from '../../functions/policy/operations.js';
import type { Policy, PolicyRule } from '../../functions/policy/policy-schema.js';
import { visibleJobNames } from '../../functions/policy/visible-job-names.js';

/** demo/app (1) on main, pushed, protected, deploying to production: every fact known (a verified id_token). */
const CALLER: Caller = {
  jobId: 10,
  jobName: 'orchestrate',
  projectId: 1,
  projectPath: 'demo/app',
  pipelineId: 5,
  ref: 'main',
  pipelineSource: 'push',
  protectedRef: true,
  environment: 'production',
  idToken: true,
};

/** A job of demo/deploy (2), by path. */
const REQUEST = { target: { path: 'demo/deploy' }, jobName: 'deploy-prod' } as const;

/** One way a caller or request meets (or misses) a condition. */
interface Variant {
  label: string;
  caller?: Partial<Caller>;
  request?: Partial<PolicyRequest>;
}

/** A condition of a rule, with callers and requests that meet it and that miss it. */
interface Condition {
  name: string;
  /** The rule with this condition (and nothing else that could refuse the base request). */
  rule: Omit<PolicyRule, 'allow'>;
  allowed: Variant[];
  denied: Variant[];
  /** The operations it applies to; default all. */
  operations?: readonly Operation[];
}

const ANY_TARGET = ['demo/deploy', 2];

// Every operation but `pipeline`, which is about a whole pipeline whatever the request names.
const SINGLE_JOB_OPERATIONS = OPERATIONS.filter((operation) => operation !== 'pipeline');

const CONDITIONS: Condition[] = [
  {
    name: 'caller projects by id',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET },
    allowed: [{ label: 'the caller project id listed' }],
    denied: [
      { label: 'another id, same path', caller: { projectId: 7 } },
      { label: 'no path known, another id', caller: { projectId: 7, projectPath: undefined } },
    ],
  },
  {
    name: 'caller projects by path glob',
    rule: { caller: { projects: ['demo/*'] }, targets: ANY_TARGET },
    allowed: [
      { label: 'a path the glob matches' },
      { label: 'the same path under another id', caller: { projectId: 99 } },
    ],
    denied: [
      { label: 'another group', caller: { projectPath: 'other/app' } },
      { label: 'a subgroup (* stays in its segment)', caller: { projectPath: 'demo/app/sub' } },
      { label: 'no path known', caller: { projectPath: undefined } },
    ],
  },
  {
    name: 'refs',
    rule: { caller: { projects: [1], refs: ['main', 'release/*'] }, targets: ANY_TARGET },
    allowed: [
      { label: 'a ref listed' },
      { label: 'a ref the glob matches', caller: { ref: 'release/1.2' } },
    ],
    denied: [
      { label: 'a ref not listed', caller: { ref: 'feature/x' } },
      { label: 'a ref deeper than the glob', caller: { ref: 'release/1/2' } },
    ],
  },
  {
    name: 'protectedRef: true',
    rule: { caller: { projects: [1], protectedRef: true }, targets: ANY_TARGET },
    allowed: [{ label: 'a protected ref' }],
    denied: [
      { label: 'an unprotected ref', caller: { protectedRef: false } },
      { label: 'unknown (no id_token)', caller: { protectedRef: undefined } },
    ],
  },
  {
    name: 'protectedRef: false',
    rule: { caller: { projects: [1], protectedRef: false }, targets: ANY_TARGET },
    allowed: [{ label: 'an unprotected ref', caller: { protectedRef: false } }],
    denied: [
      { label: 'a protected ref', caller: { protectedRef: true } },
      { label: 'unknown (no id_token)', caller: { protectedRef: undefined } },
    ],
  },
  {
    name: 'pipelineSources',
    rule: { caller: { projects: [1], pipelineSources: ['push', 'web'] }, targets: ANY_TARGET },
    allowed: [
      { label: 'a source listed' },
      { label: 'another source listed', caller: { pipelineSource: 'web' } },
    ],
    denied: [
      { label: 'a source not listed', caller: { pipelineSource: 'schedule' } },
      { label: 'unknown', caller: { pipelineSource: undefined } },
    ],
  },
  {
    name: 'environments',
    rule: { caller: { projects: [1], environments: ['prod*', 'staging'] }, targets: ANY_TARGET },
    allowed: [
      { label: 'an environment the glob matches' },
      { label: 'an environment listed', caller: { environment: 'staging' } },
    ],
    denied: [
      { label: 'an environment not listed', caller: { environment: 'review/x' } },
      { label: 'unknown (no id_token)', caller: { environment: undefined } },
    ],
  },
  {
    name: 'targets by id',
    rule: { caller: { projects: [1] }, targets: [2] },
    allowed: [{ label: 'the id listed', request: { target: { id: 2 } } }],
    denied: [
      { label: 'another id', request: { target: { id: 3 } } },
      { label: 'the same project by path', request: { target: { path: 'demo/deploy' } } },
    ],
  },
  {
    name: 'targets by path glob',
    rule: { caller: { projects: [1] }, targets: ['demo/*'] },
    allowed: [{ label: 'a path the glob matches' }],
    denied: [
      { label: 'another group', request: { target: { path: 'other/secret' } } },
      { label: 'the same project by id', request: { target: { id: 2 } } },
    ],
  },
  {
    name: 'jobs (target by path)',
    rule: { caller: { projects: [1] }, targets: ['demo/deploy'], jobs: ['deploy-*'] },
    allowed: [{ label: 'a job name the glob matches' }],
    denied: [
      { label: 'another job name', request: { jobName: 'teardown' } },
      { label: 'no job name known', request: { jobName: undefined } },
    ],
    operations: SINGLE_JOB_OPERATIONS,
  },
  {
    name: 'jobs (target by id)',
    rule: { caller: { projects: [1] }, targets: [2], jobs: ['deploy-*'] },
    allowed: [{ label: 'a job name the glob matches', request: { target: { id: 2 } } }],
    denied: [
      { label: 'another job name', request: { target: { id: 2 }, jobName: 'teardown' } },
      { label: 'no job name known', request: { target: { id: 2 }, jobName: undefined } },
    ],
    operations: SINGLE_JOB_OPERATIONS,
  },
  {
    name: 'jobs on a list (filtered, not refused)',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET, jobs: ['deploy-*'] },
    allowed: [{ label: 'a list', request: { jobName: undefined, listing: true } }],
    denied: [],
    operations: ['read'],
  },
  {
    name: 'variables',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET, variables: ['TARGET'] },
    allowed: [
      { label: 'a key listed', request: { variableKeys: ['TARGET'] } },
      { label: 'no variables', request: { variableKeys: [] } },
    ],
    denied: [
      { label: 'a key not listed', request: { variableKeys: ['EVIL'] } },
      { label: 'a listed key and another', request: { variableKeys: ['TARGET', 'EVIL'] } },
      { label: 'a key differing in case', request: { variableKeys: ['target'] } },
    ],
    operations: ['play', 'pipeline'],
  },
  {
    name: 'no variables listed',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET },
    allowed: [{ label: 'no variables' }],
    denied: [{ label: 'any key', request: { variableKeys: ['TARGET'] } }],
    operations: ['play', 'pipeline'],
  },
  {
    name: 'jobs on a whole pipeline (never covered)',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET, jobs: ['**'] },
    allowed: [],
    denied: [
      { label: 'a pipeline read or cancel', request: { jobName: undefined, wholePipeline: true } },
    ],
  },
  {
    name: 'a whole pipeline under a rule without jobs',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET },
    allowed: [
      { label: 'a pipeline read or cancel', request: { jobName: undefined, wholePipeline: true } },
    ],
    denied: [],
  },
  {
    name: 'targetRefs',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET, targetRefs: ['main', 'release/*'] },
    allowed: [
      { label: 'a ref listed', request: { ref: 'main' } },
      { label: 'a ref the glob matches', request: { ref: 'release/1.2' } },
    ],
    denied: [
      { label: 'a ref not listed', request: { ref: 'feature/x' } },
      { label: 'a ref deeper than the glob', request: { ref: 'release/1/2' } },
      { label: 'the caller ref is not the target ref', request: { ref: 'MAIN' } },
      { label: 'no ref known', request: { ref: undefined } },
    ],
    operations: ['pipeline'],
  },
  {
    name: 'targetRefs restrict only pipeline',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET, targetRefs: ['main'] },
    allowed: [{ label: 'another ref', request: { ref: 'feature/x' } }],
    denied: [],
    operations: SINGLE_JOB_OPERATIONS,
  },
  {
    name: 'inputs',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET, inputs: ['environment'] },
    allowed: [
      { label: 'an input listed', request: { inputKeys: ['environment'] } },
      { label: 'no inputs', request: { inputKeys: [] } },
    ],
    denied: [
      { label: 'an input not listed', request: { inputKeys: ['script'] } },
      { label: 'a listed input and another', request: { inputKeys: ['environment', 'script'] } },
    ],
    operations: ['pipeline'],
  },
  {
    name: 'no inputs listed',
    rule: { caller: { projects: [1] }, targets: ANY_TARGET },
    allowed: [{ label: 'no inputs' }],
    denied: [{ label: 'any input', request: { inputKeys: ['environment'] } }],
    operations: ['pipeline'],
  },
];

interface Case {
  operation: Operation;
  condition: string;
  label: string;
  allowed: boolean;
  policy: Policy;
  caller: Caller;
  request: PolicyRequest;
}

function cases(): Case[] {
  const all: Case[] = [];
  for (const operation of OPERATIONS) {
    for (const condition of CONDITIONS) {
      if (condition.operations && !condition.operations.includes(operation)) continue;
      const policy: Policy = { version: 1, rules: [{ ...condition.rule, allow: [operation] }] };
      const variants = [
        ...condition.allowed.map((variant) => ({ variant, allowed: true })),
        ...condition.denied.map((variant) => ({ variant, allowed: false })),
      ];
      for (const { variant, allowed } of variants) {
        all.push({
          operation,
          condition: condition.name,
          label: variant.label,
          allowed,
          policy,
          caller: { ...CALLER, ...variant.caller },
          request: { operation, ...REQUEST, ...variant.request },
        });
      }
    }
    // The operation itself: a rule allowing every other operation does not allow it.
    const others = OPERATIONS.filter((o) => o !== operation);
    const rule = { caller: { projects: [1] }, targets: ANY_TARGET };
    all.push(
      {
        operation,
        condition: 'allow',
        label: 'the operation listed',
        allowed: true,
        policy: { version: 1, rules: [{ ...rule, allow: [operation] }] },
        caller: CALLER,
        request: { operation, ...REQUEST },
      },
      {
        operation,
        condition: 'allow',
        label: 'every other operation listed',
        allowed: false,
        policy: { version: 1, rules: [{ ...rule, allow: others }] },
        caller: CALLER,
        request: { operation, ...REQUEST },
      },
    );
  }
  return all;
}

const CASES = cases();

describe('the policy table', () => {
  it('covers every operation and every condition, allowed and denied', () => {
    const covered = new Set(CASES.map((c) => `${c.operation} ${c.condition} ${c.allowed}`));
    for (const operation of OPERATIONS) {
      for (const condition of CONDITIONS) {
        if (condition.operations && !condition.operations.includes(operation)) continue;
        if (condition.allowed.length > 0)
          expect(covered).toContain(`${operation} ${condition.name} true`);
        if (condition.denied.length > 0)
          expect(covered).toContain(`${operation} ${condition.name} false`);
      }
    }
    expect(CASES.length).toBeGreaterThan(150);
  });

  it.each(CASES)(
    '$operation · $condition · $label → allowed: $allowed',
    ({ policy, caller, request, allowed }) => {
      const decision = evaluatePolicy(policy, caller, request);
      expect(decision.allowed).toBe(allowed);
      if (allowed) expect(decision.rule).toBe(0);
      else expect(decision.rule).toBeUndefined();
    },
  );
});

describe('the names a list shows', () => {
  const rule = (extra: Partial<PolicyRule>): PolicyRule => ({
    caller: { projects: [1] },
    allow: ['read'],
    targets: ['demo/deploy'],
    ...extra,
  });
  const target = { path: 'demo/deploy' };

  it('shows every job when an allowing rule restricts no name', () => {
    const policy = { version: 1 as const, rules: [rule({ jobs: ['deploy-*'] }), rule({})] };
    expect(visibleJobNames(policy, CALLER, target)).toBeUndefined();
  });

  it('shows the union of the names the allowing rules list', () => {
    const policy = {
      version: 1 as const,
      rules: [rule({ jobs: ['deploy-*'] }), rule({ jobs: ['build'] })],
    };
    expect(visibleJobNames(policy, CALLER, target)).toEqual(['deploy-*', 'build']);
  });

  it.each([
    ['a rule for another caller', rule({ caller: { projects: [1], refs: ['release/*'] } })],
    ['a rule without read', rule({ allow: ['trace'] })],
    ['a rule for another target', rule({ targets: ['other/*'] })],
  ])('ignores %s', (_what, other) => {
    const policy = { version: 1 as const, rules: [rule({ jobs: ['deploy-*'] }), other] };
    expect(visibleJobNames(policy, CALLER, target)).toEqual(['deploy-*']);
  });
});
