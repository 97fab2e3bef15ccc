// The relay's artifact downloads inside workerd, upstream the emulator: policy `artifacts`, `jobs` globs, paths read once, streamed, the token never sent along a redirect.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../functions/identity/token-fingerprint.js';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { GITLAB, RELAY_SCENARIO, relayHarness } from './relay-harness.js';

const SERVICE_TOKEN = 'glpat-relayservicetoken01';
const APP_JS = 'console.log("app");\n';

const ARCHIVE = {
  fileType: 'archive',
  filename: 'artifacts.zip',
  files: { 'dist/app.js': APP_JS, 'notes/read me.txt': 'notes' },
};

/** demo/deploy's build has artifacts; a green pipeline on release/1.0 has `build` and `secret-build`. */
function scenario(server: object = {}) {
  return {
    ...RELAY_SCENARIO,
    server: { ...RELAY_SCENARIO.server, ...server },
    projects: RELAY_SCENARIO.projects.map((project) =>
      project.path === 'demo/deploy' ? { ...project, branches: ['main', 'release/1.0'] } : project,
    ),
    pipelines: [
      ...RELAY_SCENARIO.pipelines.map((pipeline) =>
        pipeline.project === 'demo/deploy'
          ? {
              ...pipeline,
              jobs: pipeline.jobs.map((job) =>
                job.name === 'build' ? { ...job, artifacts: [ARCHIVE] } : job,
              ),
            }
          : pipeline,
      ),
      {
        project: 'demo/deploy',
        ref: 'release/1.0',
        at: '-30m',
        user: 'service',
        jobs: [
          { name: 'build', duration: '1m', artifacts: [ARCHIVE] },
          {
            name: 'secret-build',
            duration: '1m',
            artifacts: [{ ...ARCHIVE, files: { 'key.txt': 'not for callers' } }],
          },
        ],
      },
    ],
  };
}

/** demo/app may download the artifacts of jobs named `build` of demo/deploy, and nothing else. */
const POLICY = {
  version: 1,
  rules: [
    {
      description: 'build outputs',
      caller: { projects: ['demo/app'] },
      allow: ['artifacts'],
      targets: ['demo/deploy'],
      jobs: ['build'],
    },
  ],
};

interface Seen {
  url: string;
  credentials: boolean;
}

const CREDENTIAL_HEADERS = ['private-token', 'job-token', 'authorization', 'cookie'];

/** A harness whose upstream calls are recorded (URL, whether any credential went with it); `answer` may replace one. */
function harness(
  options: {
    policy?: object;
    server?: object;
    answer?: (url: URL, h: ReturnType<typeof relayHarness>) => Response | undefined;
  } = {},
) {
  const seen: Seen[] = [];
  const upstreamFetch: FetchFunction = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    seen.push({ url: url.href, credentials: CREDENTIAL_HEADERS.some((n) => headers.has(n)) });
    return options.answer?.(url, h) ?? h.emulator.fetch(input as never, init);
  };
  const h = relayHarness(
    { POLICY: JSON.stringify(options.policy ?? POLICY) },
    { upstreamFetch },
    scenario(options.server),
  );
  return Object.assign(h, { seen });
}

type H = ReturnType<typeof harness>;

function jobId(h: H, name: string, ref = 'main'): number {
  const job = [...h.emulator.state.jobs.values()].find(
    (j) =>
      j.spec.name === name &&
      h.emulator.state.pipeline(j.pipelineId).ref === ref &&
      h.emulator.state.project(j.projectId).fullPath === 'demo/deploy',
  );
  if (!job) throw new Error(`no job ${name} on ${ref}`);
  return job.id;
}

async function serviceCalls(h: H) {
  const fingerprint = (await tokenFingerprint(SERVICE_TOKEN)).slice(0, 12);
  return h.upstream().filter((r) => r.tokenFingerprint === fingerprint);
}

async function artifactCalls(h: H) {
  return (await serviceCalls(h)).filter((c) => c.path.includes('/artifacts'));
}

async function direct(h: H, path: string): Promise<Response> {
  return h.emulator.fetch(`${GITLAB}/api/v4/${path}`, {
    headers: { 'PRIVATE-TOKEN': SERVICE_TOKEN },
  });
}

const BASE = '/api/v4/projects/demo%2Fdeploy/jobs';

describe('downloads the policy allows', () => {
  it('streams a job’s archive by id with GitLab’s Content-Type, Content-Disposition and Content-Length, sandboxed', async () => {
    const h = harness();
    const id = jobId(h, 'build');
    const expected = await direct(h, `projects/2/jobs/${id}/artifacts`);
    const response = await h.relay(`${BASE}/${id}/artifacts`);
    expect(response.status).toBe(200);
    for (const name of ['content-type', 'content-disposition', 'content-length'])
      expect(response.headers.get(name)).toBe(expected.headers.get(name));
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array(await expected.arrayBuffer()),
    );
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        event: 'decision',
        allowed: true,
        operation: 'artifacts',
        job: 'build',
      }),
    );
    expect(JSON.stringify(h.logs)).not.toContain(h.jobToken);
  });

  it('serves one file of the archive by id, its path kept as segments', async () => {
    const h = harness();
    const response = await h.relay(`${BASE}/${jobId(h, 'build')}/artifacts/dist/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(APP_JS);
    const spaced = await h.relay(`${BASE}/${jobId(h, 'build')}/artifacts/notes/read%20me.txt`);
    expect(await spaced.text()).toBe('notes');
  });

  it('downloads a ref’s latest build by name, the ref one encoded segment', async () => {
    const h = harness();
    const expected = await direct(h, 'projects/2/jobs/artifacts/release%2F1.0/download?job=build');
    expect(expected.status).toBe(200);
    const response = await h.relay(`${BASE}/artifacts/release%2F1.0/download?job=build`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array(await expected.arrayBuffer()),
    );
    const file = await h.relay(`${BASE}/artifacts/release%2F1.0/raw/dist/app.js?job=build`);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(APP_JS);
    const relayed = (await artifactCalls(h)).filter((c) => c.path.includes('demo%2Fdeploy'));
    expect(relayed.map((c) => c.path)).toEqual([
      '/api/v4/projects/demo%2Fdeploy/jobs/artifacts/release%2F1.0/download',
      '/api/v4/projects/demo%2Fdeploy/jobs/artifacts/release%2F1.0/raw/dist/app.js',
    ]);
  });

  it("passes GitLab's 404 on for a job without artifacts", async () => {
    const h = harness({
      policy: { ...POLICY, rules: [{ ...POLICY.rules[0], jobs: undefined }] },
    });
    const response = await h.relay(`${BASE}/${jobId(h, 'deploy-staging')}/artifacts`);
    expect(response.status).toBe(404);
  });
});

describe('downloads the policy refuses', () => {
  it('hides a job by id whose name no rule allows (404 as for a missing job), downloading nothing', async () => {
    const h = harness();
    const response = await h.relay(`${BASE}/${jobId(h, 'secret-build', 'release/1.0')}/artifacts`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: '404 Not found' });
    expect(await artifactCalls(h)).toHaveLength(0);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ allowed: false, operation: 'artifacts', job: 'secret-build' }),
    );
  });

  it('hides a job by ref and name: the `job` query is the name, nothing is asked of GitLab', async () => {
    const h = harness();
    const response = await h.relay(`${BASE}/artifacts/release%2F1.0/download?job=secret-build`);
    expect(response.status).toBe(404);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it.each([
    [
      'deny by default: no rule allows artifacts',
      { policy: { version: 1, rules: [{ ...POLICY.rules[0], allow: ['read', 'trace'] }] } },
      BASE,
    ],
    ['a target no rule names', {}, '/api/v4/projects/other%2Fsecret/jobs'],
    ['the allowed target named by id', {}, '/api/v4/projects/2/jobs'],
  ])('refuses %s with a 403 and no download', async (_what, options, base) => {
    const h = harness(options);
    for (const path of [
      `${base}/${jobId(h, 'build')}/artifacts`,
      `${base}/artifacts/release%2F1.0/download?job=build`,
      `${base}/artifacts/release%2F1.0/raw/dist/app.js?job=build`,
    ]) {
      const response = await h.relay(path);
      expect(response.status).toBe(403);
    }
    expect(await artifactCalls(h)).toHaveLength(0);
  });

  it.each([
    ['no job', `${BASE}/artifacts/main/download`, 'job is missing'],
    ['an empty job', `${BASE}/artifacts/main/download?job=`, 'job is missing'],
    [
      'job twice (Rack keeps the last)',
      `${BASE}/artifacts/main/download?job=build&job=secret-build`,
      'more than once',
    ],
    ['job as an array', `${BASE}/artifacts/main/download?job[]=build`, 'job is missing'],
  ])('answers %s with 400 and asks GitLab nothing', async (_what, path, message) => {
    const h = harness();
    const response = await h.relay(path);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(message);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it('answers POST on a download with 405', async () => {
    const h = harness();
    expect(
      (await h.relay(`${BASE}/${jobId(h, 'build')}/artifacts`, { method: 'POST' })).status,
    ).toBe(405);
  });
});

describe('paths read once (canonicalisation attacks)', () => {
  it.each([
    ['%2e%2e in ref_name', `${BASE}/artifacts/%2e%2e/download?job=build`],
    ['.. inside an encoded ref', `${BASE}/artifacts/release%2F..%2F..%2Fother/download?job=build`],
    ['a double-encoded ref', `${BASE}/artifacts/release%252F1.0/download?job=build`],
    ['a double-encoded .. ref', `${BASE}/artifacts/%252e%252e/download?job=build`],
    ['a ref in raw segments', `${BASE}/artifacts/release/1.0/download?job=build`],
    ['an empty ref segment', `${BASE}/artifacts/%2Frelease/download?job=build`],
    ['a backslash in a ref', `${BASE}/artifacts/release%5C1.0/download?job=build`],
    ['a NUL in a ref', `${BASE}/artifacts/main%00/download?job=build`],
    ['%2F inside a file segment', `${BASE}/JOB/artifacts/dist%2Fapp.js`],
    ['%2e%2e%2F inside a file segment', `${BASE}/JOB/artifacts/%2e%2e%2F%2e%2e%2F5/artifacts`],
    ['a double-encoded .. file segment', `${BASE}/JOB/artifacts/%252e%252e/x`],
    ['a double-encoded / in a file', `${BASE}/JOB/artifacts/dist%252Fapp.js`],
    ['a NUL in a file', `${BASE}/JOB/artifacts/dist/app.js%00.png`],
    ['a backslash in a file', `${BASE}/JOB/artifacts/dist%5C..%5Capp.js`],
    ['an empty file segment', `${BASE}/JOB/artifacts/dist//app.js`],
    ['a malformed escape', `${BASE}/JOB/artifacts/dist/%E0%A4%A`],
    ['a raw file without a ref route', `${BASE}/artifacts/release%2F1.0/raw?job=build`],
  ])('refuses %s with 400 before GitLab is asked', async (_what, template) => {
    const h = harness();
    const response = await h.relay(template.replace('JOB', String(jobId(h, 'build'))));
    expect(response.status).toBe(400);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it('sends every download it allows to the job it checked, in the one canonical encoding (property-based)', async () => {
    const h = harness();
    const build = jobId(h, 'build');
    const secret = jobId(h, 'secret-build', 'release/1.0');
    const pieces = [
      'dist',
      'app.js',
      '..',
      '.',
      '%2e%2e',
      '%2E',
      '%2F',
      '%2f',
      '%252F',
      '%252e',
      '%5C',
      '\\',
      '%00',
      '%',
      '%25',
      '/',
      String(secret),
      'artifacts',
      'jobs',
      '?',
      '#',
      ' ',
    ];
    const tail = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 })
      .map((p) => p.join(''));
    const canonical = new RegExp(
      `^/api/v4/projects/demo%2Fdeploy/jobs/${build}/artifacts(/[A-Za-z0-9._~!$&'()*+,;=:@-]+|/(?:%[0-9A-F]{2}|[A-Za-z0-9._~-])+)*$`,
    );
    await fc.assert(
      fc.asyncProperty(tail, async (raw) => {
        const before = (await artifactCalls(h)).length;
        const response = await h.relay(`${BASE}/${build}/artifacts/${raw}`);
        await response.body?.cancel();
        const calls = (await artifactCalls(h)).slice(before);
        expect(calls.length).toBeLessThanOrEqual(1);
        for (const call of calls) {
          expect(call.path).toMatch(canonical);
          const file = call.path.slice(call.path.indexOf('/artifacts') + '/artifacts'.length);
          for (const segment of file.split('/')) {
            expect(['.', '..', '%2e%2e', '%2E%2E']).not.toContain(segment.toLowerCase());
            expect(segment).not.toMatch(/%25|%2F|%5C/i);
          }
        }
        expect(calls.some((c) => c.path.includes(`/jobs/${secret}/`))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('object storage redirects', () => {
  it('follows GitLab’s 302 to object storage (emulator redirect mode) with no credential: the service token goes to GitLab only', async () => {
    const h = harness({ server: { artifactsDownload: 'redirect' } });
    const id = jobId(h, 'build');
    const response = await h.relay(`${BASE}/${id}/artifacts`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBeGreaterThan(0);
    const storage = h.seen.filter((s) => new URL(s.url).origin !== GITLAB);
    expect(storage).toHaveLength(1);
    expect(storage[0]?.credentials).toBe(false);
    // A zip (local file header "PK\x03\x04"), from object storage's origin.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('sends no credential along any redirect, to another origin or back to GitLab for another job', async () => {
    const elsewhere = 'https://storage.example/bucket/signed?X-Amz-Signature=abc';
    let hop = 0;
    const h = harness({
      answer: (url, h) => {
        const id = jobId(h as H, 'build');
        if (url.pathname === `/api/v4/projects/demo%2Fdeploy/jobs/${id}/artifacts`) {
          return new Response(null, { status: 302, headers: { location: elsewhere } });
        }
        if (url.href === elsewhere) {
          hop++;
          // A hostile hop back to GitLab, for a job the policy hides.
          const secret = jobId(h as H, 'secret-build', 'release/1.0');
          return new Response(null, {
            status: 302,
            headers: { location: `${GITLAB}/api/v4/projects/2/jobs/${secret}/artifacts` },
          });
        }
        return undefined;
      },
    });
    const response = await h.relay(`${BASE}/${jobId(h, 'build')}/artifacts`);
    expect(hop).toBe(1);
    // GitLab refuses the credential-less request for the hidden job; never with the service token.
    expect(response.status).not.toBe(200);
    const [first, ...hops] = h.seen.filter(
      (s) => s.url.includes('artifacts') || s.url === elsewhere,
    );
    expect(first?.credentials).toBe(true);
    expect(hops.length).toBeGreaterThanOrEqual(2);
    for (const seen of hops) expect(seen.credentials).toBe(false);
  });
});

describe('same-origin redirects', () => {
  it('sends no token along a redirect back to GitLab for another job (the policy checked only this one)', async () => {
    const h = harness({
      answer: (url, h) => {
        const id = jobId(h as H, 'build');
        if (url.pathname !== `/api/v4/projects/demo%2Fdeploy/jobs/${id}/artifacts`)
          return undefined;
        const secret = jobId(h as H, 'secret-build', 'release/1.0');
        return new Response(null, {
          status: 302,
          headers: { location: `${GITLAB}/api/v4/projects/2/jobs/${secret}/artifacts` },
        });
      },
    });
    const response = await h.relay(`${BASE}/${jobId(h, 'build')}/artifacts`);
    expect(response.status).not.toBe(200);
    const secret = jobId(h, 'secret-build', 'release/1.0');
    const hop = h.seen.filter((s) => s.url.includes(`/jobs/${secret}/artifacts`));
    expect(hop).toHaveLength(1);
    expect(hop[0]?.credentials).toBe(false);
  });
});

describe('streaming', () => {
  it('passes the first bytes on before GitLab has sent the rest (never buffered)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = harness({
      answer: (url) => {
        if (!url.pathname.endsWith('/artifacts')) return undefined;
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode('first'));
            await held;
            controller.enqueue(new TextEncoder().encode('-rest'));
            controller.close();
          },
        });
        return new Response(body, {
          status: 200,
          headers: { 'content-type': 'application/zip', 'content-length': '10' },
        });
      },
    });
    const response = await h.relay(`${BASE}/${jobId(h, 'build')}/artifacts`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('10');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first');
    release();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(rest).toBe('-rest');
  });
});
