// The dashboard in headless Chromium: live pipelines, playing a job, logs, what reached GitLab.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayApp } from '../../functions/relay-app.js';
import { DEMO_POLICY } from '../../scripts/demo/demo-policy.js';
import { fixtureText } from '../emulator/support/world.js';
import {
  type DashboardFixture,
  jobNamed,
  launchBrowser,
  openDashboard,
  waitForChipStatus,
} from './dashboard-harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withDashboard(
  use: (dashboard: DashboardFixture) => Promise<void>,
  options: Parameters<typeof openDashboard>[1] = {},
): Promise<void> {
  const dashboard = await openDashboard(browser, options);
  try {
    await use(dashboard);
  } finally {
    await dashboard.close();
  }
}

/** `{ jobName: status }` of the chips of one pipeline on the page. */
function chipsOf(dashboard: DashboardFixture, pipelineId: number) {
  return dashboard.page.$$eval(`article[data-pipeline-id="${pipelineId}"] li.job-chip`, (chips) =>
    Object.fromEntries(
      chips.map((chip) => [
        (chip as HTMLElement).dataset.jobName,
        (chip as HTMLElement).dataset.status,
      ]),
    ),
  );
}

describe('the dashboard in Chromium', () => {
  it("draws the demo scenario's pipelines with their jobs' statuses, and redraws them live", async () => {
    await withDashboard(async (dashboard) => {
      const { emulator, page } = dashboard;
      emulator.advance(10_000);
      const finished = jobNamed(emulator, 'demo/app', 'lint').pipelineId;
      const build = jobNamed(emulator, 'demo/app', 'build');
      const deploy = jobNamed(emulator, 'demo/app', 'deploy');
      await page.goto(dashboard.url(), { waitUntil: 'load' });
      expect(await chipsOf(dashboard, finished)).toEqual({
        build: 'success',
        lint: 'failed',
        'unit-tests': 'success',
        'trigger-deploy': 'success',
      });
      expect(await chipsOf(dashboard, build.pipelineId)).toEqual({
        build: 'running',
        test: 'created',
        deploy: 'created',
      });
      const columns = await page.$$eval(
        `article[data-pipeline-id="${build.pipelineId}"] .stage-name`,
        (names) => names.map((name) => name.textContent),
      );
      expect(columns).toEqual(['build', 'test', 'deploy']);
      const failedColour = await page.$eval(
        `article[data-pipeline-id="${finished}"] li[data-job-name="lint"] .ci-icon`,
        (icon) => getComputedStyle(icon).color,
      );
      expect(failedColour).toBe('rgb(221, 43, 14)');

      // Another client moves the clock: the page follows without reloading.
      await page.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
      });
      await dashboard.advance(60_000);
      await waitForChipStatus(page, build.id, 'success');
      await waitForChipStatus(page, deploy.id, 'manual');
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
        true,
      );
    });
  });

  it('plays the manual job once when its play button is clicked, as the chosen user', async () => {
    await withDashboard(async (dashboard) => {
      const { emulator, page, server } = dashboard;
      emulator.advance(60_000);
      const deploy = jobNamed(emulator, 'demo/app', 'deploy');
      expect(deploy.status).toBe('manual');
      await page.goto(dashboard.url(), { waitUntil: 'load' });
      await page.select('#act-as-user', 'developer');
      await page.waitForFunction(() =>
        document.getElementById('notice')?.textContent?.includes('Acting as developer'),
      );
      // A double click still plays it once: the form is disabled while it posts.
      await page.click(`#play-${deploy.id}`, { count: 2 });
      await page.waitForFunction(() =>
        document.getElementById('notice')?.textContent?.includes('developer played deploy'),
      );
      await waitForChipStatus(page, deploy.id, 'pending');
      expect(await page.$(`#play-${deploy.id}`)).toBeNull();

      const posts = (await (
        await fetch(`${server.url}/-/emulator/requests?method=POST`)
      ).json()) as Array<{ path: string; status: number }>;
      expect(posts).toEqual([
        expect.objectContaining({ path: `/api/v4/projects/1/jobs/${deploy.id}/play`, status: 200 }),
      ]);
      const job = (await (
        await fetch(`${server.url}/api/v4/projects/1/jobs/${deploy.id}`, {
          headers: { 'PRIVATE-TOKEN': emulator.personalTokens().maintainer ?? '' },
        })
      ).json()) as { status: string; user: { username: string } };
      expect(job.status).toBe('pending');
      expect(job.user.username).toBe('developer');
    });
  });

  it("shows a job's log in colour, and collapses a section by mouse and by keyboard", async () => {
    await withDashboard(async (dashboard) => {
      const { emulator, page } = dashboard;
      const lint = jobNamed(emulator, 'demo/app', 'lint');
      await page.goto(dashboard.url(`/jobs/${lint.id}`), { waitUntil: 'load' });
      const [colour, text] = await page.$eval('.job-log .term-fg-red', (span) => [
        getComputedStyle(span).color,
        span.textContent,
      ]);
      expect(colour).toBe('rgb(255, 85, 85)');
      expect(text).toContain('This let declares a variable');

      const section = 'details[data-section="step_script"]';
      const line = `${section} .log-line:not(summary)`;
      expect(await page.$eval(`${section} .log-duration`, (span) => span.textContent)).toBe(
        '00:18',
      );
      expect(await page.$eval(line, (row) => row.checkVisibility())).toBe(true);
      await page.click(`${section} > summary`);
      expect(await page.$eval(section, (details) => (details as HTMLDetailsElement).open)).toBe(
        false,
      );
      expect(await page.$eval(line, (row) => row.checkVisibility())).toBe(false);
      await page.focus(`${section} > summary`);
      await page.keyboard.press('Enter');
      expect(await page.$eval(section, (details) => (details as HTMLDetailsElement).open)).toBe(
        true,
      );
    });
  });

  it("follows a running job's log as it grows, to the job's end", async () => {
    await withDashboard(async (dashboard) => {
      const { emulator, page } = dashboard;
      emulator.advance(5_000);
      const build = jobNamed(emulator, 'demo/app', 'build');
      expect(build.status).toBe('running');
      await page.goto(dashboard.url(`/jobs/${build.id}`), { waitUntil: 'load' });
      expect(await page.$eval('#follow-log', (box) => (box as HTMLInputElement).checked)).toBe(
        true,
      );
      const log = () => page.$eval('.job-log', (element) => element.textContent ?? '');
      expect(await log()).toContain('$ npm ci');
      expect(await log()).not.toContain('Build finished');
      await dashboard.advance(12_000);
      await page.waitForFunction(() =>
        document.querySelector('.job-log')?.textContent?.includes('Job succeeded'),
      );
      await page.waitForSelector('[data-live="job-header"][data-status="success"]');
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.body.scrollHeight - 2,
      );
      expect(atEnd).toBe(true);
    });
  });

  it('lists the calls the relay made for a job: by job and by the relay, filtered, no token', async () => {
    await withDashboard(async (dashboard) => {
      const { emulator, page } = dashboard;
      const caller = emulator.jobTokens().find((token) => token.jobName === 'release-train');
      const serviceToken = emulator.personalTokens().maintainer ?? '';
      if (!caller) throw new Error('release-train is not running');
      const relay = createRelayApp({ upstreamFetch: emulator.fetch, log: () => undefined });
      const relayed = await relay.request(
        'https://relay.test/api/v4/projects/demo%2Fapp/jobs?scope=created',
        { headers: { 'JOB-TOKEN': caller.token } },
        {
          GITLAB_URL: 'http://gitlab.test',
          GITLAB_TOKEN: serviceToken,
          POLICY: JSON.stringify(DEMO_POLICY),
        },
      );
      expect(relayed.status).toBe(200);

      await page.goto(dashboard.url('/requests'), { waitUntil: 'load' });
      const rows = () =>
        page.$$eval('table.requests tbody tr', (trs) =>
          trs.map((tr) => ({
            path: tr.querySelector('.path')?.textContent ?? '',
            who: tr.querySelector('.who-name')?.textContent ?? '',
          })),
        );
      const all = await rows();
      expect(all).toContainEqual({
        path: '/api/v4/job',
        who: `job #${caller.jobId} release-train`,
      });
      expect(all).toContainEqual(
        expect.objectContaining({
          path: expect.stringMatching(/\/jobs\?.*scope/),
          who: 'maintainer',
        }),
      );
      await page.type('input[name="who"]', 'release-train');
      await page.waitForFunction(
        () => document.querySelectorAll('table.requests tbody tr').length === 1,
      );
      expect(page.url()).toContain('who=release-train');
      const html = await page.content();
      expect(html).not.toContain(caller.token);
      expect(html).not.toContain(serviceToken);
    });
  });

  it('runs no script that a job name, a ref or a log line carries', async () => {
    await withDashboard(
      async (dashboard) => {
        const { emulator, page } = dashboard;
        emulator.advance(20_000);
        const job = [...emulator.state.jobs.values()].find((each) =>
          each.spec.name.includes('name'),
        );
        await page.goto(dashboard.url(), { waitUntil: 'load' });
        expect(
          await page.$eval(`li[data-job-id="${job?.id}"] .job-name`, (name) => name.textContent),
        ).toBe("<script>window.__xss='name'</script>");
        await page.goto(dashboard.url(`/jobs/${job?.id}`), { waitUntil: 'load' });
        expect(await page.$eval('.job-log', (log) => log.textContent)).toContain(
          "<script>window.__xss='log'</script>",
        );
        expect(
          await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
        ).toBeUndefined();
      },
      { scenario: fixtureText('ui-hostile.yaml') },
    );
  });
});
