// `jobrelay emulator`, run in process: one JSON line with URL and tokens, a live server, a clean stop.
import { describe, expect, it } from 'vitest';
import { runEmulatorCli } from '../../../src/emulator/node/emulator-main.js';
import { fixtureText, TOKENS } from '../support/world.js';

function capture() {
  const lines: string[] = [];
  return { write: (text: string) => lines.push(text), text: () => lines.join('') };
}

/** Runs the CLI until its first stdout line, hands it to `use`, then stops it like SIGINT would. */
async function runUntilReady(
  args: string[],
  use: (line: { url: string; tokens: Record<string, string> }) => Promise<void>,
) {
  const stderr = capture();
  const controller = new AbortController();
  let printed = '';
  let ready = () => {};
  const firstLine = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const exit = runEmulatorCli(args, {
    stdout: {
      write(text: string) {
        printed += text;
        ready();
      },
    },
    stderr,
    signal: controller.signal,
    readFile: async (path: string) => fixtureText(path),
  });
  await Promise.race([firstLine, exit]);
  try {
    await use(JSON.parse(printed));
  } finally {
    controller.abort();
  }
  return { code: await exit, stderr: stderr.text(), printed };
}

describe('runEmulatorCli', () => {
  it('prints one JSON line with the URL and the demo users’ tokens, maintainer first', async () => {
    const { printed, code } = await runUntilReady(['--port', '0'], async (line) => {
      expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(Object.keys(line.tokens)).toEqual(['maintainer', 'developer', 'outsider']);
      expect(line.tokens.maintainer).toMatch(/^glpat-/);
    });
    expect(printed.endsWith('\n')).toBe(true);
    expect(printed.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(printed))).toEqual(['url', 'tokens']);
    expect(code).toBe(0);
  });

  it('serves the demo in real time until stopped', async () => {
    await runUntilReady([], async ({ url, tokens }) => {
      const response = await fetch(`${url}/api/v4/projects/demo%2Fapp/jobs`, {
        headers: { 'PRIVATE-TOKEN': tokens.maintainer ?? '' },
      });
      const names = ((await response.json()) as Array<{ name: string }>).map((job) => job.name);
      expect(names.slice(0, 3)).toEqual(['deploy', 'test', 'build']);
    });
  });

  it('stops cleanly: the port is closed afterwards and it says so on stderr', async () => {
    let url = '';
    const { stderr } = await runUntilReady(['emulator', '--port', '0'], async (line) => {
      url = line.url;
    });
    await expect(fetch(`${url}/api/v4/job`)).rejects.toThrow('fetch failed');
    expect(stderr).toContain('jobrelay emulator: stopped.');
  });

  it('serves a scenario file on a virtual clock when asked', async () => {
    await runUntilReady(
      ['--scenario', 'jobs-world.yaml', '--virtual-clock'],
      async ({ url, tokens }) => {
        expect(tokens.owner).toBe(TOKENS.owner);
        const clock = await (await fetch(`${url}/-/emulator/clock`)).json();
        expect(clock).toMatchObject({ mode: 'virtual', now: '2024-06-03T09:00:00.000Z' });
      },
    );
  });

  it('keeps tokens out of stderr', async () => {
    let tokens: Record<string, string> = {};
    const { stderr } = await runUntilReady([], async (line) => {
      tokens = line.tokens;
    });
    const printed = Object.values(tokens);
    expect(printed.length).toBeGreaterThan(0);
    for (const token of printed) expect(stderr).not.toContain(token);
  });

  it('exits 1 naming the file, field and line of an invalid scenario', async () => {
    const stderr = capture();
    const code = await runEmulatorCli(['--scenario', 'invalid-needs.yaml'], {
      stdout: capture(),
      stderr,
      readFile: async (path) => fixtureText(path),
    });
    expect(code).toBe(1);
    expect(stderr.text()).toContain('invalid scenario invalid-needs.yaml:');
    expect(stderr.text()).toContain(
      'pipelines[0].jobs[1].needs[0] (line 11): names unknown job "biuld"',
    );
  });

  it('exits 2 with usage for an unknown option', async () => {
    const stderr = capture();
    const code = await runEmulatorCli(['--colour'], { stdout: capture(), stderr });
    expect(code).toBe(2);
    expect(stderr.text()).toContain('Usage: jobrelay emulator');
  });

  it('exits 2 for a port out of range', async () => {
    const code = await runEmulatorCli(['--port', '70000'], {
      stdout: capture(),
      stderr: capture(),
    });
    expect(code).toBe(2);
  });
});
