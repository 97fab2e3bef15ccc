// The relay's pipeline routes inside workerd, upstream the emulator: create (policy `pipeline`), read and cancel, allowed and denied.
import { describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../functions/identity/token-fingerprint.js';
import { MAX_BODY_BYTES } from '../../functions/relay-app.js';
import { GITLAB, RELAY_SCENARIO, relayHarness } from './relay-harness.js';

const SERVICE_TOKEN = 'glpat-relayservicetoken01';
// A value that must never show in a log line or an error.
const SECRET_VALUE = 'value-that-never-shows-9f3c';

/** demo/deploy can run new pipelines (one `deploy` job) on main, release/* and feature/x. */
const SCENARIO = {
  ...RELAY_SCENARIO,
  projects: RELAY_SCENARIO.projects.map((project) =>
    project.path === 'demo/deploy'
      ? {
          ...project,
          ci: [{ jobs: [{ name: 'deploy', duration: '1m' }] }],
          branches: ['main', 'release/1.0', 'feature/x'],
        }
      : project,
  ),
};

/** demo/app reads and cancels demo/deploy's pipelines, and creates them on main and release/*. */
const POLICY = {
  version: 1,
  rules: [
    {
      description: 'watch demo/deploy',
      caller: { projects: ['demo/app'] },
      allow: ['read', 'cancel'],
      targets: ['demo/deploy'],
    },
    {
      description: 'run demo/deploy',
      caller: { projects: ['demo/app'] },
      allow: ['pipeline'],
      targets: ['demo/deploy'],
      targetRefs: ['main', 'release/*'],
      variables: ['TARGET'],
      inputs: ['environment'],
    },
    {
      description: 'other/secret: one job only',
      caller: { projects: ['demo/app'] },
      allow: ['read', 'cancel', 'pipeline'],
      targets: ['other/secret'],
      jobs: ['secret'],
    },
  ],
};

function harness(policy: object = POLICY) {
  return relayHarness({ POLICY: JSON.stringify(policy) }, {}, SCENARIO);
}

type H = ReturnType<typeof harness>;

function createJson(h: H, body: unknown, project = 'demo%2Fdeploy') {
  return h.relay(`/api/v4/projects/${project}/pipeline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function serviceCalls(h: H, method?: string) {
  const fingerprint = (await tokenFingerprint(SERVICE_TOKEN)).slice(0, 12);
  return h
    .upstream(method ? { method } : undefined)
    .filter((r) => r.tokenFingerprint === fingerprint);
}

function deployPipelineId(h: H): number {
  const id = h.emulator.state.jobs.get(h.deployJob('build'))?.pipelineId;
  if (id === undefined) throw new Error('no deploy pipeline');
  return id;
}

function expectNoValueLogged(h: H) {
  const logged = JSON.stringify(h.logs);
  expect(logged).not.toContain(SECRET_VALUE);
  expect(logged).not.toContain(h.jobToken);
  expect(logged).not.toContain(SERVICE_TOKEN);
}

describe('creating a pipeline (policy: pipeline)', () => {
  it('creates it with the checked variables and inputs: 201, GitLab’s pipeline, one upstream POST', async () => {
    const h = harness();
    const response = await createJson(h, {
      ref: 'main',
      variables: [{ key: 'TARGET', value: SECRET_VALUE, variable_type: 'env_var' }],
      inputs: { environment: 'staging' },
    });
    expect(response.status).toBe(201);
    const pipeline = (await response.json()) as { id: number; ref: string; source: string };
    expect(pipeline).toMatchObject({ ref: 'main', source: 'api' });
    const posts = await serviceCalls(h, 'POST');
    expect(posts.map((p) => p.path)).toEqual(['/api/v4/projects/demo%2Fdeploy/pipeline']);
    // The variable reached GitLab as sent (read back with the service token, outside the relay).
    const variables = await h.emulator.fetch(
      `${GITLAB}/api/v4/projects/2/pipelines/${pipeline.id}/variables`,
      { headers: { 'PRIVATE-TOKEN': SERVICE_TOKEN } },
    );
    expect(await variables.json()).toEqual([
      expect.objectContaining({ key: 'TARGET', value: SECRET_VALUE, variable_type: 'env_var' }),
    ]);
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        event: 'decision',
        allowed: true,
        operation: 'pipeline',
        targetRef: 'main',
        variables: ['TARGET'],
        inputs: ['environment'],
      }),
    );
    expectNoValueLogged(h);
  });

  it('reads GitLab’s own form shape: ref in the query, variables as form fields', async () => {
    const h = harness();
    const body = new URLSearchParams([
      ['variables[][key]', 'TARGET'],
      ['variables[][value]', SECRET_VALUE],
    ]);
    const response = await h.relay('/api/v4/projects/demo%2Fdeploy/pipeline?ref=release%2F1.0', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ref: 'release/1.0' });
    expect(await serviceCalls(h, 'POST')).toHaveLength(1);
    expectNoValueLogged(h);
  });

  it.each([
    [
      'deny by default: no rule allows pipeline',
      { policy: policyWithoutPipeline() },
      { ref: 'main' },
      'demo%2Fdeploy',
      'allows pipeline',
    ],
    ['a target no rule names', {}, { ref: 'main' }, '3', 'on this project'],
    [
      'a ref outside targetRefs',
      {},
      { ref: 'feature/x' },
      'demo%2Fdeploy',
      'on the ref "feature/x"',
    ],
    [
      'a variable key not listed',
      {},
      { ref: 'main', variables: [{ key: 'EVIL', value: SECRET_VALUE }] },
      'demo%2Fdeploy',
      'variable "EVIL" not allowed',
    ],
    [
      'an input name not listed',
      {},
      { ref: 'main', inputs: { script: SECRET_VALUE } },
      'demo%2Fdeploy',
      'input "script" not allowed',
    ],
    [
      'a rule restricting job names (it covers no whole pipeline)',
      {},
      { ref: 'main' },
      'other%2Fsecret',
      'without a jobs restriction',
    ],
  ])('refuses %s with a 403, before any POST', async (_what, options, body, project, reason) => {
    const h = harness((options as { policy?: object }).policy ?? POLICY);
    const response = await createJson(h, body, project);
    expect(response.status).toBe(403);
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain(reason);
    expect(message).not.toContain(SECRET_VALUE);
    expect(await serviceCalls(h, 'POST')).toHaveLength(0);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ event: 'decision', allowed: false, operation: 'pipeline' }),
    );
    expectNoValueLogged(h);
  });

  it.each([
    ['no ref', { variables: [] }, 400, 'ref is missing'],
    ['a ref that is not text', { ref: 7 }, 400, 'ref is invalid'],
    [
      'a file variable, which the relay would send as env_var',
      { ref: 'main', variables: [{ key: 'TARGET', value: SECRET_VALUE, variable_type: 'file' }] },
      400,
      'variable_type',
    ],
    [
      'a key given twice',
      {
        ref: 'main',
        variables: [
          { key: 'TARGET', value: 'a' },
          { key: 'TARGET', value: SECRET_VALUE },
        ],
      },
      400,
      'more than once',
    ],
    ['a look-alike parameter', { ref: 'main', Variables: [] }, 400, '"Variables"'],
    ['inputs that are not an object', { ref: 'main', inputs: ['environment'] }, 400, 'inputs'],
  ])('answers %s with a Grape-style 400 and sends nothing', async (_what, body, status, error) => {
    const h = harness();
    const response = await createJson(h, body);
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(JSON.parse(text).error).toContain(error);
    expect(text).not.toContain(SECRET_VALUE);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it('refuses a ref sent both in the query and the body', async () => {
    const h = harness();
    const response = await h.relay('/api/v4/projects/demo%2Fdeploy/pipeline?ref=feature%2Fx', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'main' }),
    });
    expect(response.status).toBe(400);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it('refuses a body over the limit with 413', async () => {
    const h = harness();
    const response = await createJson(h, { ref: 'main', padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect(response.status).toBe(413);
    expect(await serviceCalls(h, 'POST')).toHaveLength(0);
  });

  it('refuses another media type with 415', async () => {
    const h = harness();
    const response = await h.relay('/api/v4/projects/demo%2Fdeploy/pipeline', {
      method: 'POST',
      headers: { 'content-type': 'text/yaml' },
      body: 'ref: main',
    });
    expect(response.status).toBe(415);
  });

  it('answers GET on the create route with 405', async () => {
    const h = harness();
    expect((await h.relay('/api/v4/projects/demo%2Fdeploy/pipeline')).status).toBe(405);
  });
});

describe('reading pipelines (policy: read, by a rule without jobs)', () => {
  it('gets a pipeline as GitLab sends it', async () => {
    const h = harness();
    const id = deployPipelineId(h);
    const direct = await h.emulator.fetch(`${GITLAB}/api/v4/projects/2/pipelines/${id}`, {
      headers: { 'PRIVATE-TOKEN': SERVICE_TOKEN },
    });
    const response = await h.relay(`/api/v4/projects/demo%2Fdeploy/pipelines/${id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await direct.json());
  });

  it('lists pipelines with GitLab’s filters and pagination, links at the public URL, unknown parameters dropped', async () => {
    const h = relayHarness(
      { POLICY: JSON.stringify(POLICY), RELAY_PUBLIC_URL: 'https://relay.example.com' },
      {},
      SCENARIO,
    );
    await createJson(h, { ref: 'main' });
    await createJson(h, { ref: 'main' });
    const response = await h.relay(
      '/api/v4/projects/demo%2Fdeploy/pipelines?ref=main&source=api&per_page=1&evil=1',
    );
    expect(response.status).toBe(200);
    const pipelines = (await response.json()) as { ref: string; source: string }[];
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]).toMatchObject({ ref: 'main', source: 'api' });
    expect(response.headers.get('x-next-page')).toBe('2');
    const link = response.headers.get('link') ?? '';
    expect(link).toContain('<https://relay.example.com/api/v4/projects/demo%2Fdeploy/pipelines?');
    expect(link).not.toContain(GITLAB);
    // The last read of the list is the relayed one (creating a pipeline looks at the list too).
    const read = h.upstream({ path: '/api/v4/projects/demo%2Fdeploy/pipelines' }).at(-1);
    expect(Object.keys((read as unknown as { query: object }).query).sort()).toEqual([
      'per_page',
      'ref',
      'source',
    ]);
  });

  it('gets the latest pipeline of a ref', async () => {
    const h = harness();
    const created = (await (await createJson(h, { ref: 'release/1.0' })).json()) as { id: number };
    const response = await h.relay('/api/v4/projects/2/pipelines/latest?ref=release%2F1.0');
    // The policy names demo/deploy by path: by id it is another target.
    expect(response.status).toBe(403);
    const byPath = await h.relay(
      '/api/v4/projects/demo%2Fdeploy/pipelines/latest?ref=release%2F1.0',
    );
    expect(byPath.status).toBe(200);
    expect(await byPath.json()).toMatchObject({ id: created.id, ref: 'release/1.0' });
  });

  it.each([
    ['a pipeline', (id: number) => `/api/v4/projects/other%2Fsecret/pipelines/${id}`, 'GET'],
    ['the pipeline list', () => '/api/v4/projects/other%2Fsecret/pipelines', 'GET'],
    ['the latest pipeline', () => '/api/v4/projects/other%2Fsecret/pipelines/latest', 'GET'],
    ['a cancel', (id: number) => `/api/v4/projects/other%2Fsecret/pipelines/${id}/cancel`, 'POST'],
  ])(
    'refuses %s under a rule restricting job names: 403, nothing asked with the service token',
    async (_what, path, method) => {
      const h = harness();
      const secret = [...h.emulator.state.pipelines.values()].find(
        (p) => h.emulator.state.project(p.projectId).fullPath === 'other/secret',
      );
      const response = await h.relay(path(secret?.id ?? 1), { method });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { message: string }).message).toContain(
        'without a jobs restriction',
      );
      expect(await serviceCalls(h)).toHaveLength(0);
    },
  );

  it('refuses pipeline reads of a project no rule names (deny by default)', async () => {
    const h = relayHarness({}, {}, SCENARIO);
    const response = await h.relay('/api/v4/projects/demo%2Fapp/pipelines');
    expect(response.status).toBe(403);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it.each(['0', 'abc', '1e3', '%31'])('answers pipeline_id %s with 400', async (id) => {
    const h = harness();
    expect((await h.relay(`/api/v4/projects/demo%2Fdeploy/pipelines/${id}`)).status).toBe(400);
    expect(await serviceCalls(h)).toHaveLength(0);
  });
});

describe('cancelling a pipeline (policy: cancel)', () => {
  it('cancels it (200, as GitLab answers) with one POST, and no read kept from before shows the old state', async () => {
    const h = harness();
    const created = (await (await createJson(h, { ref: 'main' })).json()) as { id: number };
    const path = `/api/v4/projects/demo%2Fdeploy/pipelines/${created.id}`;
    const before = (await (await h.relay(path)).json()) as { status: string };
    expect(before.status).not.toBe('canceled');
    const response = await h.relay(`${path}/cancel`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: created.id });
    const cancels = (await serviceCalls(h, 'POST')).filter((c) => c.path.endsWith('/cancel'));
    expect(cancels).toHaveLength(1);
    const after = (await (await h.relay(path)).json()) as { status: string };
    expect(['canceled', 'canceling']).toContain(after.status);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ allowed: true, operation: 'cancel', pipeline: true }),
    );
  });

  it('refuses a cancel a rule allowing only read does not cover', async () => {
    const h = harness({
      version: 1,
      rules: [{ caller: { projects: ['demo/app'] }, allow: ['read'], targets: ['demo/deploy'] }],
    });
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/pipelines/${deployPipelineId(h)}/cancel`,
      { method: 'POST' },
    );
    expect(response.status).toBe(403);
    expect(await serviceCalls(h, 'POST')).toHaveLength(0);
  });
});

// Every operation on demo/deploy but pipeline creation.
function policyWithoutPipeline(): object {
  return {
    version: 1,
    rules: [
      {
        caller: { projects: ['demo/app'] },
        allow: ['read', 'trace', 'play', 'retry', 'cancel', 'erase', 'artifacts'],
        targets: ['demo/deploy'],
        variables: ['TARGET'],
      },
    ],
  };
}

describe('the relay documents the new operations', () => {
  it('GET /-/openapi.json lists the pipeline and artifacts routes, the create body and the policy fields', async () => {
    const h = harness();
    const doc = (await (await h.relay('/-/openapi.json', { token: null })).json()) as {
      paths: Record<string, Record<string, { requestBody?: object; summary: string }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.paths['/api/v4/projects/{id}/pipeline']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v4/projects/{id}/pipelines',
        '/api/v4/projects/{id}/pipelines/latest',
        '/api/v4/projects/{id}/pipelines/{pipeline_id}',
        '/api/v4/projects/{id}/pipelines/{pipeline_id}/cancel',
        '/api/v4/projects/{id}/jobs/{job_id}/artifacts',
        '/api/v4/projects/{id}/jobs/{job_id}/artifacts/{artifact_path}',
        '/api/v4/projects/{id}/jobs/artifacts/{ref_name}/download',
        '/api/v4/projects/{id}/jobs/artifacts/{ref_name}/raw/{artifact_path}',
      ]),
    );
    const rule = JSON.stringify(doc.components.schemas.Policy);
    for (const field of ['targetRefs', 'inputs', 'pipeline', 'artifacts'])
      expect(rule).toContain(field);
  });

  it('GET /-/policy shows a rule’s targetRefs and inputs', async () => {
    const h = harness();
    const body = (await (await h.relay('/-/policy')).json()) as { grants: object[] };
    expect(body.grants).toContainEqual(
      expect.objectContaining({
        allow: ['pipeline'],
        targetRefs: ['main', 'release/*'],
        variables: ['TARGET'],
        inputs: ['environment'],
      }),
    );
  });
});
