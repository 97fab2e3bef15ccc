// Test support for the browser tests: Debian's Chromium under puppeteer-core, and a served emulator.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../src/emulator/create-emulator.js';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';

/** The dashboard's path. */
export const UI = '/-/emulator/ui';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary: `CHROMIUM_PATH` when set, else Debian's. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path)
    throw new Error(
      "No Chromium found: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  return path;
}

/** Starts headless Chromium (no sandbox: CI runs as root). */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--font-render-hinting=none',
    ],
  });
}

/** An emulator served on loopback, a page in the browser, and handy calls on both. */
export interface DashboardFixture {
  emulator: Emulator;
  server: EmulatorServer;
  page: Page;
  /** The absolute URL of a dashboard path. */
  url(path?: string): string;
  /** Moves the emulator's clock through its control API, as another client would. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Serves a fresh emulator (virtual clock unless the options say) and opens a page for it. */
export async function openDashboard(
  browser: Browser,
  options: EmulatorOptions = {},
): Promise<DashboardFixture> {
  const emulator = createEmulator({ clock: { mode: 'virtual' }, ...options });
  const server = await startEmulatorServer({ emulator });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.setDefaultTimeout(10_000);
  return {
    emulator,
    server,
    page,
    url: (path = '') => `${server.url}${UI}${path}`,
    async advance(ms) {
      const response = await fetch(`${server.url}/-/emulator/clock/advance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ms }),
      });
      if (!response.ok) throw new Error(`advance failed: ${response.status}`);
    },
    async close() {
      await page.close();
      await server.close();
      emulator.dispose();
    },
  };
}

/** The job (or bridge) of that name in that project, newest first. */
export function jobNamed(emulator: Emulator, project: string, name: string) {
  const job = [...emulator.state.jobs.values()]
    .filter(
      (each) =>
        each.spec.name === name && emulator.state.project(each.projectId).fullPath === project,
    )
    .at(-1);
  if (!job) throw new Error(`no job ${name} in ${project}`);
  return job;
}

/** Waits until the job's chip on the page shows that status. */
export async function waitForChipStatus(page: Page, jobId: number, status: string): Promise<void> {
  await page.waitForSelector(`li.job-chip[data-job-id="${jobId}"][data-status="${status}"]`);
}
