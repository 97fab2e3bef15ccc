// The policy table through the relay over HTTP: each route family × each rule condition × allowed and denied.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IdTokenVerifier } from '../../functions/identity/verify-id-token.js';
import type { Operation } from '../../functions/policy/operations.js';
import type { PolicyRule } from '../../functions/policy/policy-schema.js';
import { GITLAB, type Harness, RELAY_SCENARIO, relayHarness } from './relay-harness.js';

const AUDIENCE = 'https://relay.test';
const SERVICE_TOKEN = 'glpat-relayservicetoken01';
let verifier: IdTokenVerifier;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  privateKey = pair.privateKey;
  verifier = { keys: createLocalJWKSet({ keys: [jwk] }), issuer: GITLAB, audience: AUDIENCE };
});

/** The caller's id_token: demo/app, a protected ref, production, a push pipeline. */
function idToken(jobId: number): Promise<string> {
  return new SignJWT({
    job_id: String(jobId),
    project_path: 'demo/app',
    ref_protected: 'true',
    environment: 'production',
    pipeline_source: 'push',
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(GITLAB)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

/** The relay scenario, its deploy pipeline with two bridges, so the bridge list has names to filter. */
const SCENARIO = structuredClone(RELAY_SCENARIO);
SCENARIO.pipelines[0]?.jobs.push(
  ...([
    {
      name: 'deploy-downstream',
      stage: 'deploy',
      needs: ['build'],
      trigger: { project: 'other/secret' },
    },
    { name: 'notify', stage: 'deploy', needs: ['build'], trigger: { project: 'other/secret' } },
  ] as never[]),
);

/** A route family: how to call it on a project named by `project` (`demo%2Fdeploy` or `2`). */
interface Family {
  family: string;
  operation: Operation;
  method: 'GET' | 'POST';
  /** The path relayed (and, upstream, asked) for the project segment given. */
  path: (h: Harness, project: string) => string;
  status: number;
  /** For single-job routes: the job's name (what a `jobs` rule must match). */
  job?: string;
  list?: boolean;
  /** Put the job in the state the action needs, straight on the emulator. */
  prepare?: (h: Harness) => Promise<void>;
}

const jobPath =
  (name: string, suffix = '') =>
  (h: Harness, project: string) =>
    `/api/v4/projects/${project}/jobs/${h.deployJob(name)}${suffix}`;
const pipelinePath = (list: string) => (h: Harness, project: string) =>
  `/api/v4/projects/${project}/pipelines/${h.emulator.state.jobs.get(h.deployJob('build'))?.pipelineId}/${list}`;

const FAMILIES: Family[] = [
  {
    family: 'single job',
    operation: 'read',
    method: 'GET',
    path: jobPath('build'),
    status: 200,
    job: 'build',
  },
  {
    family: 'trace',
    operation: 'trace',
    method: 'GET',
    path: jobPath('build', '/trace'),
    status: 200,
    job: 'build',
  },
  {
    family: 'play',
    operation: 'play',
    method: 'POST',
    path: jobPath('deploy-staging', '/play'),
    status: 200,
    job: 'deploy-staging',
  },
  {
    family: 'retry',
    operation: 'retry',
    method: 'POST',
    path: jobPath('flaky', '/retry'),
    status: 201,
    job: 'flaky',
  },
  {
    family: 'cancel',
    operation: 'cancel',
    method: 'POST',
    path: jobPath('deploy-prod', '/cancel'),
    status: 201,
    job: 'deploy-prod',
    prepare: async (h) => {
      const played = await h.emulator.fetch(
        `${GITLAB}/api/v4/projects/2/jobs/${h.deployJob('deploy-prod')}/play`,
        { method: 'POST', headers: { 'PRIVATE-TOKEN': SERVICE_TOKEN } },
      );
      expect(played.status).toBe(200);
    },
  },
  {
    family: 'erase',
    operation: 'erase',
    method: 'POST',
    path: jobPath('build', '/erase'),
    status: 201,
    job: 'build',
  },
  {
    family: 'project jobs list',
    operation: 'read',
    method: 'GET',
    path: (_h, p) => `/api/v4/projects/${p}/jobs`,
    status: 200,
    list: true,
  },
  {
    family: 'pipeline jobs list',
    operation: 'read',
    method: 'GET',
    path: pipelinePath('jobs'),
    status: 200,
    list: true,
  },
  {
    family: 'pipeline bridges list',
    operation: 'read',
    method: 'GET',
    path: pipelinePath('bridges'),
    status: 200,
    list: true,
  },
];

/** A condition of the rule, met (`allowed`) or missed; the caller is fixed, the rule varies. */
interface Condition {
  condition: string;
  allowed: boolean;
  /** The rule, without `allow`. */
  rule: (family: Family) => Omit<PolicyRule, 'allow'>;
  /** How the URL names the target project. */
  by: 'path' | 'id';
  /** Only these families (default all). */
  only?: (family: Family) => boolean;
  /** A play's body. */
  variables?: string[];
}

const BOTH = ['demo/deploy', 2];
const caller = (extra: object) => () => ({
  caller: { projects: ['demo/app'], ...extra },
  targets: BOTH,
});
const singleJob = (f: Family) => !f.list;

const CONDITIONS: Condition[] = [
  {
    condition: 'caller projects by id',
    allowed: true,
    by: 'path',
    rule: () => ({ caller: { projects: [1] }, targets: BOTH }),
  },
  {
    condition: 'caller projects by id',
    allowed: false,
    by: 'path',
    rule: () => ({ caller: { projects: [7] }, targets: BOTH }),
  },
  {
    condition: 'caller projects by path glob',
    allowed: true,
    by: 'path',
    rule: () => ({ caller: { projects: ['demo/*'] }, targets: BOTH }),
  },
  {
    condition: 'caller projects by path glob',
    allowed: false,
    by: 'path',
    rule: () => ({ caller: { projects: ['other/*'] }, targets: BOTH }),
  },
  { condition: 'refs', allowed: true, by: 'path', rule: caller({ refs: ['main'] }) },
  { condition: 'refs', allowed: false, by: 'path', rule: caller({ refs: ['release/*'] }) },
  { condition: 'protectedRef', allowed: true, by: 'path', rule: caller({ protectedRef: true }) },
  { condition: 'protectedRef', allowed: false, by: 'path', rule: caller({ protectedRef: false }) },
  {
    condition: 'pipelineSources',
    allowed: true,
    by: 'path',
    rule: caller({ pipelineSources: ['push'] }),
  },
  {
    condition: 'pipelineSources',
    allowed: false,
    by: 'path',
    rule: caller({ pipelineSources: ['schedule'] }),
  },
  {
    condition: 'environments',
    allowed: true,
    by: 'path',
    rule: caller({ environments: ['prod*'] }),
  },
  {
    condition: 'environments',
    allowed: false,
    by: 'path',
    rule: caller({ environments: ['staging'] }),
  },
  {
    condition: 'targets by id',
    allowed: true,
    by: 'id',
    rule: () => ({ caller: { projects: ['demo/app'] }, targets: [2] }),
  },
  {
    condition: 'targets by id',
    allowed: false,
    by: 'id',
    rule: () => ({ caller: { projects: ['demo/app'] }, targets: [3] }),
  },
  {
    condition: 'targets by id (a path glob covers no id)',
    allowed: false,
    by: 'id',
    rule: () => ({ caller: { projects: ['demo/app'] }, targets: ['demo/*'] }),
  },
  {
    condition: 'targets by path',
    allowed: true,
    by: 'path',
    rule: () => ({ caller: { projects: ['demo/app'] }, targets: ['demo/*'] }),
  },
  {
    condition: 'targets by path',
    allowed: false,
    by: 'path',
    rule: () => ({ caller: { projects: ['demo/app'] }, targets: ['other/*'] }),
  },
  {
    condition: 'targets by path (an id covers no path)',
    allowed: false,
    by: 'path',
    rule: () => ({ caller: { projects: ['demo/app'] }, targets: [2] }),
  },
  ...(['path', 'id'] as const).flatMap((by): Condition[] => {
    const targets = by === 'path' ? ['demo/deploy'] : [2];
    const jobs = (names: string[]) => () => ({
      caller: { projects: ['demo/app'] },
      targets,
      jobs: names,
    });
    return [
      {
        condition: `jobs (target by ${by})`,
        allowed: true,
        by,
        only: singleJob,
        rule: (f) => jobs([f.job ?? ''])(),
      },
      {
        condition: `jobs (target by ${by})`,
        allowed: false,
        by,
        only: singleJob,
        rule: jobs(['nothing-*']),
      },
      {
        condition: `jobs on a list (target by ${by})`,
        allowed: true,
        by,
        only: (f) => f.list === true,
        rule: jobs(['deploy-*']),
      },
      {
        condition: `jobs on a list (target by ${by})`,
        allowed: false,
        by,
        only: (f) => f.list === true,
        rule: jobs(['nothing-*']),
      },
    ];
  }),
  {
    condition: 'variables',
    allowed: true,
    by: 'path',
    only: (f) => f.operation === 'play',
    variables: ['TARGET'],
    rule: () => ({ ...caller({})(), variables: ['TARGET'] }),
  },
  {
    condition: 'variables',
    allowed: false,
    by: 'path',
    only: (f) => f.operation === 'play',
    variables: ['EVIL'],
    rule: () => ({ ...caller({})(), variables: ['TARGET'] }),
  },
];

const CASES = FAMILIES.flatMap((family) =>
  CONDITIONS.filter((c) => !c.only || c.only(family)).map((condition) => ({
    ...condition,
    ...family,
    name: `${family.family} · ${condition.condition} · ${condition.allowed ? 'allowed' : 'denied'}`,
  })),
);

describe('the policy over HTTP', () => {
  it('covers every route family, each with conditions allowed and denied', () => {
    for (const family of FAMILIES) {
      const own = CASES.filter((c) => c.family === family.family);
      expect(own.filter((c) => c.allowed).length).toBeGreaterThan(5);
      expect(own.filter((c) => !c.allowed).length).toBeGreaterThan(5);
    }
  });

  // One it() per case, named in full (it.each would cut the names short).
  for (const c of CASES) {
    it(c.name, async () => {
      const policy = { version: 1, rules: [{ ...c.rule(c), allow: [c.operation] }] };
      const h = relayHarness(
        { POLICY: JSON.stringify(policy) },
        { idTokenVerifier: verifier },
        SCENARIO,
      );
      await c.prepare?.(h);
      const path = c.path(h, c.by === 'path' ? 'demo%2Fdeploy' : '2');
      const before = h.upstream().length;
      const headers: Record<string, string> = { 'JOBRELAY-ID-TOKEN': await idToken(h.jobId) };
      let body: string | undefined;
      if (c.variables) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify({
          job_variables_attributes: c.variables.map((key) => ({ key, value: 'x' })),
        });
      }
      const response = await h.relay(path, { method: c.method, headers, body });
      const reached = h
        .upstream()
        .slice(before)
        .filter((r) => r.method === c.method && r.path === path);

      if (c.list && c.condition.startsWith('jobs on a list')) {
        // A jobs restriction filters a list: never refused, only the names it allows show, no totals.
        expect(response.status).toBe(200);
        const names = ((await response.json()) as { name: string }[]).map((j) => j.name);
        if (c.allowed) {
          expect(names.length).toBeGreaterThan(0);
          for (const name of names) expect(name).toMatch(/^deploy-/);
        } else {
          expect(names).toEqual([]);
        }
        expect(response.headers.get('x-total')).toBeNull();
        expect(reached).toHaveLength(1);
        return;
      }
      if (c.allowed) {
        expect(response.status).toBe(c.status);
        expect(reached).toHaveLength(1);
        if (c.list) {
          const names = ((await response.json()) as { name: string }[]).map((j) => j.name);
          expect(names).toContain(c.family === 'pipeline bridges list' ? 'notify' : 'teardown');
        }
      } else {
        // A job a jobs rule hides is answered as missing; any other refusal is a 403 saying why.
        const hidden = c.condition.startsWith('jobs (');
        expect(response.status).toBe(hidden ? 404 : 403);
        // Only reading the job for its name may reach GitLab: never the log, the list or the action.
        const asked = h
          .upstream()
          .slice(before)
          .filter((r) => r.path === path);
        expect(asked).toHaveLength(hidden && c.family === 'single job' ? 1 : 0);
      }
      // The audit: every refusal and every action; an allowed read or trace is not logged.
      const audited = !c.allowed || !['read', 'trace'].includes(c.operation);
      const line = expect.objectContaining({
        event: 'decision',
        allowed: c.allowed,
        operation: c.operation,
      });
      if (audited) expect(h.logs).toContainEqual(line);
      else expect(h.logs).not.toContainEqual(line);
    });
  }
});
