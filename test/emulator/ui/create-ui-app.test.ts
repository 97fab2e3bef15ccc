// The dashboard over HTTP: pipelines, logs, actions through /api/v4 as a user, controls, events.
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';
import { runEmulatorCli } from '../../../src/emulator/node/emulator-main.js';
import { getPage, postForm, readEvents } from './ui-support.js';

const UI = '/-/emulator/ui';

function demo(): Emulator {
  return createEmulator({ clock: { mode: 'virtual' } });
}

function jobNamed(emulator: Emulator, project: string, name: string) {
  const jobs = [...emulator.state.jobs.values()].filter(
    (job) => job.spec.name === name && emulator.state.project(job.projectId).fullPath === project,
  );
  const job = jobs.at(-1);
  if (!job) throw new Error(`no job ${name} in ${project}`);
  return job;
}

/** The chip of a job in a page: its `<li>` element's text. */
function chipOf(html: string, jobId: number): string {
  const start = html.indexOf(`<li class="job-chip`, html.indexOf(`data-job-id="${jobId}"`) - 80);
  return html.slice(start, html.indexOf('</li>', start) + 5);
}

describe('the dashboard', () => {
  it('draws each pipeline with its stages as columns and its jobs as chips with their statuses', async () => {
    const emulator = demo();
    emulator.advance(10_000);
    const { status, text } = await getPage(emulator, UI);
    expect(status).toBe(200);
    const build = jobNamed(emulator, 'demo/app', 'build');
    const deploy = jobNamed(emulator, 'demo/app', 'deploy');
    const pipeline = text.slice(text.indexOf(`id="pipeline-${build.pipelineId}"`));
    const stages = [
      ...pipeline
        .slice(0, pipeline.indexOf('</article>'))
        .matchAll(/<h4 class="stage-name">([^<]+)</g),
    ];
    expect(stages.map((match) => match[1])).toEqual(['build', 'test', 'deploy']);
    expect(chipOf(text, build.id)).toContain('data-status="running"');
    expect(chipOf(text, build.id)).toContain('aria-label="running"');
    expect(chipOf(text, deploy.id)).toContain('data-status="created"');
    emulator.dispose();
  });

  it('gives a manual job a play button and a bridge a link to its downstream pipeline', async () => {
    const emulator = demo();
    emulator.advance(60_000);
    const deploy = jobNamed(emulator, 'demo/app', 'deploy');
    const bridge = jobNamed(emulator, 'demo/app', 'trigger-deploy');
    expect(deploy.status).toBe('manual');
    const { text } = await getPage(emulator, UI);
    expect(chipOf(text, deploy.id)).toContain(`action="${UI}/jobs/${deploy.id}/play"`);
    expect(chipOf(text, deploy.id)).toContain('aria-label="Run deploy"');
    expect(chipOf(text, bridge.id)).toContain(
      `href="${UI}/pipelines/${bridge.downstreamPipelineId}"`,
    );
    emulator.dispose();
  });

  it('plays a manual job through /api/v4 as the chosen user, whose token stays on the server', async () => {
    const emulator = demo();
    emulator.advance(60_000);
    const deploy = jobNamed(emulator, 'demo/app', 'deploy');
    const chosen = await postForm(emulator, `${UI}/act-as`, { user: 'developer' });
    const cookie = (chosen.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toBe('jobrelay-ui-user=developer');
    const played = await postForm(
      emulator,
      `${UI}/jobs/${deploy.id}/play`,
      { variables: 'DEPLOY_TARGET=staging' },
      { cookie },
    );
    expect(played.json()).toEqual({
      ok: true,
      message: `developer played deploy (#${deploy.id}): 200.`,
    });
    expect(deploy.status).toBe('pending');
    expect(deploy.playVariables).toEqual([{ key: 'DEPLOY_TARGET', value: 'staging' }]);
    const [call] = emulator.runtime.requestLog.list({ method: 'POST' });
    expect(call?.path).toBe(`/api/v4/projects/1/jobs/${deploy.id}/play`);
    expect(call?.authKind).toBe('private');
    const requests = await getPage(emulator, `${UI}/requests`);
    expect(requests.text).toContain('<span class="who-name">developer</span>');
    expect(requests.text).not.toContain(emulator.personalTokens().developer);
    emulator.dispose();
  });

  it('reports what GitLab refused, in its words', async () => {
    const emulator = demo();
    emulator.advance(60_000);
    const deploy = jobNamed(emulator, 'demo/app', 'deploy');
    const cookie = 'jobrelay-ui-user=outsider';
    const played = await postForm(emulator, `${UI}/jobs/${deploy.id}/play`, {}, { cookie });
    expect(played.status).toBe(400);
    expect(played.json().message).toBe(
      `outsider could not play deploy (#${deploy.id}): 404 Project Not Found.`,
    );
    expect(deploy.status).toBe('manual');
    emulator.dispose();
  });

  it('redirects a plain form post back to its page with a notice, and never off the dashboard', async () => {
    const emulator = demo();
    const back = await postForm(
      emulator,
      `${UI}/clock/advance`,
      { by: '1m', return: `${UI}/controls` },
      { json: false },
    );
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(
      `${UI}/controls?notice=The+clock+moved+forward+by+1m.`,
    );
    const away = await postForm(
      emulator,
      `${UI}/clock/advance`,
      { by: '1m', return: 'https://evil.example/' },
      { json: false },
    );
    expect(away.headers.get('location')).toMatch(new RegExp(`^${UI}\\?notice=`));
    emulator.dispose();
  });

  it('refuses a form posted from another site', async () => {
    const emulator = demo();
    const before = emulator.clock.now();
    const forged = await postForm(
      emulator,
      `${UI}/clock/advance`,
      { by: '1h' },
      { origin: 'https://evil.example' },
    );
    expect(forged.status).toBe(403);
    expect(emulator.clock.now()).toBe(before);
    emulator.dispose();
  });

  it('pauses, runs and advances the clock', async () => {
    const emulator = demo();
    const before = emulator.clock.now();
    expect((await postForm(emulator, `${UI}/clock/advance`, { by: '90s' })).json().ok).toBe(true);
    expect(emulator.clock.now()).toBe(before + 90_000);
    await postForm(emulator, `${UI}/clock`, { mode: 'real', speed: '20' });
    expect([emulator.clock.mode, emulator.clock.speed]).toEqual(['real', 20]);
    await postForm(emulator, `${UI}/clock`, { mode: 'virtual' });
    expect(emulator.clock.mode).toBe('virtual');
    const bad = await postForm(emulator, `${UI}/clock/advance`, { by: 'soon' });
    expect(bad.json()).toEqual({
      ok: false,
      message: 'Cannot advance by "soon": give e.g. 30s, 5m, 2h.',
    });
    emulator.dispose();
  });

  it('arms and removes faults and sets rate limits, as the controls page then shows', async () => {
    const emulator = demo();
    const route = 'POST /projects/:id/jobs/:job_id/play';
    const armed = await postForm(emulator, `${UI}/faults`, {
      route,
      effect: 'status',
      status: '502',
      times: '2',
      apply: 'true',
    });
    expect(armed.json()).toEqual({ ok: true, message: 'Fault #1 armed.' });
    await postForm(emulator, `${UI}/faults`, { effect: 'reset' });
    expect(emulator.runtime.faults.list()).toEqual([
      { id: 1, route, remaining: 2 },
      { id: 2, route: null, remaining: 1 },
    ]);
    const controls = await getPage(emulator, `${UI}/controls`);
    expect(controls.text).toContain('answer 502 (after GitLab applied it)');
    await postForm(emulator, `${UI}/faults/2/remove`, {});
    expect(emulator.runtime.faults.list().map((fault) => fault.id)).toEqual([1]);
    const invalid = await postForm(emulator, `${UI}/faults`, { effect: 'status', status: '99' });
    expect(invalid.json().ok).toBe(false);

    const limits = await postForm(emulator, `${UI}/rate-limits`, {
      rules: '- { route: "GET /projects/:id/jobs", limit: 5, window: 1m }',
    });
    expect(limits.json()).toEqual({ ok: true, message: '1 rate limit set.' });
    expect(emulator.runtime.rateLimiter.rules()).toEqual([
      { route: 'GET /projects/:id/jobs', limit: 5, windowMs: 60_000, kind: 'throttle' },
    ]);
    await postForm(emulator, `${UI}/rate-limits/clear`, {});
    expect(emulator.runtime.rateLimiter.rules()).toEqual([]);
    emulator.dispose();
  });

  it('lists what reached GitLab, newest first, with callers by name or job, filtered', async () => {
    const emulator = demo();
    const [job] = emulator.jobTokens();
    if (!job) throw new Error('no running job');
    await getPage(emulator, UI); // learns the running jobs' token fingerprints
    const api = (path: string, headers: Record<string, string>) =>
      emulator.fetch(`http://gitlab.test/api/v4${path}`, { headers });
    await api('/projects/1/jobs', { 'PRIVATE-TOKEN': emulator.personalTokens().maintainer ?? '' });
    await api('/job', { 'JOB-TOKEN': job.token });
    await api('/projects/1/jobs/999', {});
    const all = await getPage(emulator, `${UI}/requests`);
    const rows = [...all.text.matchAll(/<tr data-seq="(\d+)">/g)].map((match) => match[1]);
    expect(rows).toEqual(['3', '2', '1']);
    expect(all.text).toContain(`<span class="who-name">job #${job.jobId} ${job.jobName}</span>`);
    expect(all.text).toContain('<span class="who-anonymous">anonymous</span>');
    const filtered = await getPage(emulator, `${UI}/requests?status=2xx&who=maintainer`);
    expect([...filtered.text.matchAll(/<tr data-seq="(\d+)">/g)].map((m) => m[1])).toEqual(['1']);
    emulator.dispose();
  });

  it("renders a job's log with its colours and its sections, timed", async () => {
    const emulator = demo();
    const build = jobNamed(emulator, 'demo/app', 'lint');
    const { text } = await getPage(emulator, `${UI}/jobs/${build.id}`);
    expect(text).toContain('<span class="term-fg-red term-bold">  ✖ This let declares');
    expect(text).toMatch(/<details class="log-section" data-section="get_sources">/);
    expect(text).toMatch(
      /data-section="step_script" open>.*?<span class="log-duration">00:18<\/span>/s,
    );
    emulator.dispose();
  });

  it('streams a change event at once, then whenever the state moves', async () => {
    const emulator = createEmulator({ clock: { mode: 'virtual' } });
    const page = await getPage(emulator, UI);
    const digest = /data-digest="([^"]+)"/.exec(page.text)?.[1];
    const events = await readEvents(emulator, `${UI}/events`, 2, (index) => {
      if (index === 1) emulator.advance(20_000);
    });
    expect(events.map((event) => event.event)).toEqual(['change', 'change']);
    expect(events[0]?.data).toBe(digest);
    expect(events[1]?.data).not.toBe(digest);
    emulator.dispose();
  });

  it('serves pages that run scripts from the dashboard only', async () => {
    const emulator = demo();
    const { headers } = await getPage(emulator, UI);
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    emulator.dispose();
  });

  it('asks for the control token when the emulator has one, as the control API does', async () => {
    const emulator = createEmulator({ controlToken: 'secret-control' });
    expect((await getPage(emulator, UI)).status).toBe(401);
    const allowed = await getPage(emulator, UI, { 'x-emulator-control-token': 'secret-control' });
    expect(allowed.status).toBe(200);
    emulator.dispose();
  });

  it('is announced by `jobrelay emulator` beside the API', async () => {
    const lines: string[] = [];
    const controller = new AbortController();
    const exit = runEmulatorCli(['--port', '0'], {
      stdout: { write: () => controller.abort() },
      stderr: { write: (text: string) => lines.push(text) },
      signal: controller.signal,
    });
    expect(await exit).toBe(0);
    expect(lines.join('')).toMatch(/dashboard at http:\/\/127\.0\.0\.1:\d+\/-\/emulator\/ui\n/);
  });
});
