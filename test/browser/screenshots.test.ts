// Screenshots of the dashboard for the README (light, and dark for two): `JOBRELAY_SCREENSHOTS=docs npm run test:browser`.
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayApp } from '../../functions/relay-app.js';
import { DEMO_POLICY } from '../../scripts/demo/demo-policy.js';
import { jobNamed, launchBrowser, openDashboard } from './dashboard-harness.js';

const outDir = process.env.JOBRELAY_SCREENSHOTS;

describe.runIf(outDir)('screenshots of the dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function shoot(page: Page, name: string, height: number, dark = false): Promise<void> {
    for (const scheme of dark ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width: 1280, height });
      await page.screenshot({
        path: join(outDir ?? '.', `dashboard-${name}${scheme === 'dark' ? '-dark' : ''}.png`),
      });
    }
  }

  it('takes the pipelines, a followed log, the request log and the controls', async () => {
    const dashboard = await openDashboard(browser);
    try {
      const { emulator, page } = dashboard;
      // demo/deploy's release train asks the relay about demo/app, as `npm start` does.
      const caller = emulator.jobTokens().find((token) => token.jobName === 'release-train');
      const relay = createRelayApp({ upstreamFetch: emulator.fetch, log: () => undefined });
      await relay.request(
        'https://relay.test/api/v4/projects/demo%2Fapp/jobs?scope=created',
        { headers: { 'JOB-TOKEN': caller?.token ?? '' } },
        {
          GITLAB_URL: 'http://gitlab.test',
          GITLAB_TOKEN: emulator.personalTokens().maintainer,
          POLICY: JSON.stringify(DEMO_POLICY),
        },
      );
      emulator.advance(26_000);
      const test = jobNamed(emulator, 'demo/app', 'test');
      expect(test.status).toBe('running');
      await page.goto(dashboard.url(`/jobs/${test.id}`), { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, 'job-log', 640, true);

      // `test` has passed: `deploy` waits for a play.
      emulator.advance(14_000);
      expect(jobNamed(emulator, 'demo/app', 'deploy').status).toBe('manual');
      await page.goto(dashboard.url(), { waitUntil: 'load' });
      await shoot(page, 'pipelines', 760, true);

      await page.goto(dashboard.url('/requests'), { waitUntil: 'load' });
      await shoot(page, 'requests', 480);

      emulator.runtime.faults.add({
        route: 'POST /projects/:id/jobs/:job_id/play',
        status: 502,
        apply: true,
      });
      await page.goto(dashboard.url('/controls'), { waitUntil: 'load' });
      await shoot(page, 'controls', 640);
    } finally {
      await dashboard.close();
    }
  });
});
