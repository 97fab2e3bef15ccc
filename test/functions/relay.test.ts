// The relay inside workerd, upstream the emulator: every endpoint, allowed and denied, GitLab's shapes.
import { describe, expect, it } from 'vitest';
import { GITLAB, relayHarness } from './relay-harness.js';

describe('relayed reads', () => {
  it("lists a pipeline's jobs with GitLab's pagination headers and links at the relay's public URL, not the request's Host", async () => {
    const h = relayHarness({ RELAY_PUBLIC_URL: 'https://relay.example.com' });
    const pipeline = h.emulator.state.jobs.get(h.deployJob('build'))?.pipelineId;
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/pipelines/${pipeline}/jobs?per_page=2`,
      { headers: { Host: 'evil.test', 'X-Forwarded-Host': 'evil.test' } },
    );
    expect(response.status).toBe(200);
    const jobs = (await response.json()) as { id: number; name: string }[];
    expect(jobs.map((j) => j.name)).toEqual(['teardown', 'deploy-prod']);
    expect(response.headers.get('x-total')).toBe('5');
    expect(response.headers.get('x-next-page')).toBe('2');
    const link = response.headers.get('link') ?? '';
    expect(link).toContain('<https://relay.example.com/api/v4/projects/');
    expect(link).not.toContain('relay.test');
    expect(link).not.toContain('evil.test');
    expect(link).not.toContain(GITLAB);
  });

  it('writes path-absolute links, never from the Host, when no public URL is configured', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/2/jobs?per_page=1', {
      headers: { Host: 'evil.test' },
    });
    const links = (response.headers.get('link') ?? '').split(', ');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^<\/api\/v4\/projects\/2\/jobs\?/);
  });

  it('lists project jobs by numeric id when the policy names the id', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/2/jobs?scope[]=manual');
    expect(response.status).toBe(200);
    const jobs = (await response.json()) as { status: string }[];
    expect(jobs.length).toBe(3);
    expect(jobs.every((j) => j.status === 'manual')).toBe(true);
  });

  it('lists bridges', async () => {
    const h = relayHarness();
    const pipeline = h.emulator.state.jobs.get(h.deployJob('build'))?.pipelineId;
    const response = await h.relay(`/api/v4/projects/demo%2Fdeploy/pipelines/${pipeline}/bridges`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it('gets a job of an allowed project', async () => {
    const h = relayHarness();
    const id = h.deployJob('build');
    const response = await h.relay(`/api/v4/projects/demo%2Fdeploy/jobs/${id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, name: 'build', status: 'success' });
  });

  it('denies a project no rule names, with a GitLab-shaped 403, and never asks GitLab with the service token', async () => {
    const h = relayHarness();
    const before = h.upstream().length;
    const response = await h.relay('/api/v4/projects/other%2Fsecret/jobs');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      message: expect.stringMatching(/^403 Forbidden - jobrelay policy: /),
    });
    const after = h.upstream().slice(before);
    expect(after.map((r) => r.path)).toEqual(['/api/v4/job']);
  });

  it('streams a trace', async () => {
    const h = relayHarness();
    const response = await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('building');
  });

  it('serves Range: bytes=N- with 206 and only the bytes from N', async () => {
    const h = relayHarness();
    const path = `/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`;
    const whole = await (await h.relay(path)).text();
    const bytes = new TextEncoder().encode(whole);
    const response = await h.relay(path, { headers: { range: 'bytes=5-' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(
      `bytes 5-${bytes.length - 1}/${bytes.length}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes.subarray(5));
  });

  it('answers 416 to a Range past the end of the log', async () => {
    const h = relayHarness();
    const path = `/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`;
    const length = new TextEncoder().encode(await (await h.relay(path)).text()).length;
    const response = await h.relay(path, { headers: { range: `bytes=${length}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${length}`);
  });

  it("answers GET /job with the caller's own job", async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/job');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: h.jobId,
      name: 'orchestrate',
      status: 'running',
    });
  });

  it("relays GET /job/allowed_agents with the caller's token", async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/job/allowed_agents');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ job: { id: h.jobId } });
  });

  it("passes GitLab's 404 through unchanged", async () => {
    const h = relayHarness();
    const direct = await h.emulator.fetch(`${GITLAB}/api/v4/projects/2/jobs/999999`, {
      headers: { 'PRIVATE-TOKEN': 'glpat-relayservicetoken01' },
    });
    const response = await h.relay('/api/v4/projects/2/jobs/999999');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(await direct.json());
  });
});

describe('relayed actions', () => {
  it('plays a deploy job with an allowed variable: 200 and the job pending', async () => {
    const h = relayHarness();
    const id = h.deployJob('deploy-staging');
    const response = await h.relay(`/api/v4/projects/demo%2Fdeploy/jobs/${id}/play`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ job_variables_attributes: [{ key: 'TARGET', value: 'staging' }] }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, status: 'pending' });
    expect(h.upstream({ method: 'POST' })).toHaveLength(1);
  });

  it('refuses a variable key the policy does not list, before anything is sent', async () => {
    const h = relayHarness();
    const id = h.deployJob('deploy-staging');
    const response = await h.relay(`/api/v4/projects/demo%2Fdeploy/jobs/${id}/play`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ job_variables_attributes: [{ key: 'EVIL', value: 'x' }] }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toContain(
      '"EVIL" not allowed',
    );
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it('refuses to play a job whose name no rule allows', async () => {
    const h = relayHarness();
    const path = `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('teardown')}/play`;
    const response = await h.relay(path, { method: 'POST' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toContain('"teardown"');
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it('matches a target named by id only against ids: a path glob does not cover it', async () => {
    const h = relayHarness();
    const path = `/api/v4/projects/2/jobs/${h.deployJob('deploy-staging')}/play`;
    const response = await h.relay(path, { method: 'POST' });
    expect(response.status).toBe(403);
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it('cancels a pending job: 201', async () => {
    const h = relayHarness();
    const id = h.deployJob('deploy-prod');
    await h.relay(`/api/v4/projects/demo%2Fdeploy/jobs/${id}/play`, { method: 'POST' });
    const response = await h.relay(`/api/v4/projects/2/jobs/${id}/cancel`, { method: 'POST' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id, status: 'canceled' });
  });

  it('retries a job: 201 with a new job id', async () => {
    const h = relayHarness();
    const id = h.deployJob('flaky');
    const response = await h.relay(`/api/v4/projects/2/jobs/${id}/retry`, { method: 'POST' });
    expect(response.status).toBe(201);
    const job = (await response.json()) as { id: number; status: string };
    expect(job.id).not.toBe(id);
    expect(job.status).toBe('pending');
  });

  it('denies erase, which no rule allows', async () => {
    const h = relayHarness();
    const response = await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}/erase`, {
      method: 'POST',
    });
    expect(response.status).toBe(403);
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it("passes GitLab's 400 for a job that cannot be played again through with its body", async () => {
    const h = relayHarness();
    const id = h.deployJob('deploy-prod');
    const path = `/api/v4/projects/demo%2Fdeploy/jobs/${id}/play`;
    expect((await h.relay(path, { method: 'POST' })).status).toBe(200);
    const again = await h.relay(path, { method: 'POST' });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ message: '400 Bad request - Unplayable Job' });
  });
});

describe('jobs the policy hides', () => {
  const POLICY = JSON.stringify({
    version: 1,
    rules: [
      {
        caller: { projects: ['demo/app'] },
        allow: ['read', 'trace', 'play'],
        targets: ['demo/deploy'],
        jobs: ['deploy-*'],
      },
    ],
  });

  it.each([
    ['a read', '', 'GET'],
    ['a log', '/trace', 'GET'],
    ['a play', '/play', 'POST'],
  ])(
    'answers %s of a job hidden by a jobs restriction as GitLab answers for a missing job, naming it only in the log',
    async (_what, suffix, method) => {
      const h = relayHarness({ POLICY });
      const base = '/api/v4/projects/demo%2Fdeploy/jobs';
      const missing = await h.relay(`${base}/999999${suffix}`, { method });
      const hidden = await h.relay(`${base}/${h.deployJob('build')}${suffix}`, { method });
      expect(hidden.status).toBe(404);
      expect(missing.status).toBe(404);
      const body = await hidden.text();
      expect(body).toBe(await missing.text());
      expect(JSON.parse(body)).toEqual({ message: '404 Not found' });
      expect(h.upstream({ method: 'POST' })).toHaveLength(0);
      expect(h.logs).toContainEqual(
        expect.objectContaining({
          event: 'decision',
          allowed: false,
          job: 'build',
          hidden: true,
          reason: expect.stringContaining('"build"'),
        }),
      );
    },
  );

  it('still says why with a 403 when the caller may read the job it may not play', async () => {
    const h = relayHarness();
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('teardown')}/play`,
      { method: 'POST' },
    );
    expect(response.status).toBe(403);
  });
});

describe('nothing of one request reaches another', () => {
  it("keeps a play's variable values out of later answers: GitLab's 404s come back intact", async () => {
    const h = relayHarness();
    const play = (job: string, value: string) =>
      h.relay(`/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob(job)}/play`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ job_variables_attributes: [{ key: 'TARGET', value }] }),
      });
    expect((await play('deploy-staging', 'Not found')).status).toBe(200);
    expect((await play('deploy-prod', 'Found')).status).toBe(200);
    const missingJob = await h.relay('/api/v4/projects/2/jobs/999999');
    expect(missingJob.status).toBe(404);
    expect(await missingJob.json()).toEqual({ message: '404 Not found' });
    const missingProject = await h.relay('/api/v4/projects/demo%2Fmissing/jobs/1/play', {
      method: 'POST',
    });
    expect(missingProject.status).toBe(404);
    expect(await missingProject.json()).toEqual({ message: '404 Project Not Found' });
  });
});

describe('decisions are audited', () => {
  it('writes one structured line per refusal and per action, none per allowed read, with no token in it', async () => {
    const h = relayHarness();
    await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}`);
    await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`);
    await h.relay('/api/v4/projects/2/jobs');
    await h.relay('/api/v4/projects/3/jobs');
    await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('flaky')}/retry`, { method: 'POST' });
    const decisions = h.logs.filter((line) => line.event === 'decision');
    expect(decisions).toMatchObject([
      {
        allowed: false,
        operation: 'read',
        target: 3,
        caller: { job: h.jobId, project: 'demo/app', ref: 'main' },
      },
      { allowed: true, operation: 'retry', target: 2 },
    ]);
    expect(JSON.stringify(h.logs)).not.toContain(h.jobToken);
    expect(JSON.stringify(h.logs)).not.toContain('glpat-relayservicetoken01');
  });
});

describe('relay endpoints of its own', () => {
  it('GET /-/health says ok', async () => {
    const h = relayHarness();
    const response = await h.relay('/-/health', { token: null });
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /-/policy tells the job what it may do', async () => {
    const h = relayHarness();
    const body = (await (await h.relay('/-/policy')).json()) as {
      caller: object;
      grants: { allow: string[] }[];
    };
    expect(body.caller).toMatchObject({
      job_id: h.jobId,
      project_path: 'demo/app',
      ref: 'main',
      id_token: false,
    });
    expect(body.grants.map((g) => g.allow)).toEqual([
      ['read', 'trace', 'cancel', 'retry'],
      ['play'],
    ]);
  });

  it("GET /-/openapi.json describes every relayed route with the core's schemas", async () => {
    const h = relayHarness();
    const doc = (await (await h.relay('/-/openapi.json', { token: null })).json()) as {
      paths: Record<string, object>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.paths)).toContain('/api/v4/projects/{id}/jobs/{job_id}/play');
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/v4'))).toHaveLength(20);
    expect(Object.keys(doc.components.schemas.Job?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'status', 'pipeline', 'artifacts']),
    );
  });

  it('refuses everything, saying why in the log, when the policy is invalid', async () => {
    const h = relayHarness({ POLICY: '{"version":1,"rules":[{"allow":["explode"]}]}' });
    const response = await h.relay('/api/v4/projects/2/jobs');
    expect(response.status).toBe(503);
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        event: 'config-invalid',
        problem: expect.stringContaining('rules[0]'),
      }),
    );
    expect(h.upstream()).toHaveLength(0);
  });
});
