// CLI errors: never a token or a variable value, the option named as typed, and the token-type to try after a 401.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { jobId, virtualWorld } from '../steps/support/ci-step-world.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// No request may be needed to refuse bad usage: a request here is a test failure of its own.
const noNetwork: FetchFunction = async () => {
  throw new Error('no request expected: the command line should have been refused first');
};

async function cli(
  argv: string[],
  env: Record<string, string> = {},
  fetch: FetchFunction = noNetwork,
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { GITLAB_URL: 'http://gitlab.test', ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    fetch,
  });
  return { code, stdout, stderr };
}

// Secrets as users have them: tokens of every kind, long values, and short ones (not masked, so
// never echoed either). `^` appears in no message of jobrelay's, so a short value is found only if echoed.
const token = fc
  .tuple(
    fc.constantFrom('glpat-', 'glcbt-', 'gloas-', ''),
    fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/),
  )
  .map(([prefix, rest]) => `${prefix}${rest}`);
const longValue = fc.stringMatching(/^[A-Za-z0-9_+/=.-]{8,40}$/);
const shortValue = fc.stringMatching(/^\^[A-Za-z0-9]{1,6}$/);

const STEP_COMMANDS = ['wait-for-job', 'trigger-manual-job', 'fetch-trace-artifact', 'play'];
// A bad value for each input, and the CLI's own options: each must be refused before any request.
const BAD_VALUES: Array<[string, string]> = [
  ['--gitlab-url', 'ftp://gitlab.example.com'],
  ['--gitlab-url', 'not a url'],
  ['--token-type', 'personal'],
  ['--project', 'g/../a'],
  ['--project', 'g/a%2Fb'],
  ['--job', 'abc'],
  ['--job', '99999999999999999999'],
  ['--pipeline', '1e3'],
  ['--var', 'NO_EQUALS_SIGN'],
  ['--var', 'BAD KEY=1'],
  ['--mask-var', 'BAD KEY=1'],
  ['--wait', 'maybe'],
  ['--timeout', '0'],
  ['--timeout', 'soon'],
  ['--request-timeout', '0'],
  ['--interval', '0'],
  ['--max-interval', 'x'],
  ['--follow-log', 'yes'],
  ['--success-statuses', 'green'],
  ['--keep-waiting-on-manual', '2'],
  ['--strip-ansi', 'x'],
  ['--summary-lines', '-1'],
  ['--cancel-on-abort', 'sure'],
];

/** A command line that is bad usage, as units of arguments (kept together when shuffled). */
const badCommandLine = fc.oneof(
  // An unknown option, bare or with a value.
  fc
    .tuple(fc.constantFrom(...STEP_COMMANDS, 'get', 'list'), fc.stringMatching(/^[a-z]{3,12}$/))
    .filter(([, name]) => !['json', 'help', 'limit', 'scope', 'wait', 'version'].includes(name))
    .map(([command, name]) => ({ command, units: [[`--bogus-${name}`]], last: [] as string[] })),
  // A bad value for an input.
  fc
    .tuple(fc.constantFrom(...STEP_COMMANDS), fc.constantFrom(...BAD_VALUES))
    .map(([command, [option, value]]) => ({
      command,
      units: [[option, value]],
      last: [] as string[],
    })),
  // A bad value for a CLI-only option.
  fc.constantFrom(
    { command: 'list', units: [['--scope', 'green']], last: [] as string[] },
    { command: 'list', units: [['--limit', '0']], last: [] as string[] },
    { command: 'get', units: [['--json=yes']], last: [] as string[] },
  ),
  // An option left without its value (at the end, or followed by another option).
  fc
    .constantFrom('--project', '--job', '--timeout', '--var', '--mask-var', '--gitlab-url')
    .map((option) => ({ command: 'wait-for-job', units: [], last: [option] })),
  fc.constant({ command: 'play', units: [['--var', '-x']], last: [] as string[] }),
  // An unknown command, or a stray argument.
  fc
    .stringMatching(/^[a-z]{4,12}$/)
    .map((command) => ({ command: `no-${command}`, units: [], last: [] as string[] })),
  fc.constant({ command: 'get', units: [['stray']], last: [] as string[] }),
  // A required input missing.
  fc.constant({ command: 'get', units: [['--job', '1']], last: [] as string[], noProject: true }),
  // An option the command does not take, or a value that does not parse.
  fc.constantFrom(
    { command: 'get', units: [['--job', '1'], ['--wait']], last: [] as string[] },
    { command: 'list', units: [['--summary-lines', 'abc']], last: [] as string[] },
    { command: 'trace', units: [['--job', '1'], ['--strip-ansi=maybe']], last: [] as string[] },
    {
      command: 'wait-for-job',
      units: [
        ['--job', '1'],
        ['--scope', 'manual'],
      ],
      last: [] as string[],
    },
    { command: 'whoami', units: [['--ca-file', '/nonexistent/ca.pem']], last: [] as string[] },
  ),
);

describe('runCli on a bad command line', () => {
  it('never prints a token or a variable value, on any error path, with or without --json', async () => {
    await fc.assert(
      fc.asyncProperty(
        badCommandLine,
        token,
        longValue,
        shortValue,
        fc.boolean(),
        fc.constantFrom('argv', 'argv=', 'env'),
        fc.boolean(),
        fc.infiniteStream(fc.nat()),
        fc.constantFrom('argv', 'env lines', 'env list'),
        async (
          bad,
          secretToken,
          secretValue,
          shortSecret,
          json,
          tokenFrom,
          maskShort,
          order,
          variablesFrom,
        ) => {
          const units: string[][] = bad.units.map((unit) => [...unit]);
          const env: Record<string, string> =
            tokenFrom === 'env' ? { GITLAB_TOKEN: secretToken } : {};
          if (variablesFrom === 'argv') {
            units.push(['--var', `PASSWORD=${secretValue}`]);
            units.push([maskShort ? '--mask-var' : '--var', `PIN=${shortSecret}`]);
          } else {
            // As the components pass them: lines, or the list GitLab makes of an array input.
            const entries = [`PASSWORD=${secretValue}`, `PIN=${shortSecret}`];
            env.JOBRELAY_VARIABLES =
              variablesFrom === 'env list' ? `${JSON.stringify(entries)}\n` : entries.join('\n');
          }
          if (!('noProject' in bad)) units.push(['--project', 'g/app']);
          if (tokenFrom === 'argv') units.push(['--token', secretToken]);
          if (tokenFrom === 'argv=') units.push([`--token=${secretToken}`]);
          if (json) units.push(['--json']);
          const shuffled = units
            .map((unit) => ({ unit, key: order.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .flatMap(({ unit }) => unit);
          const argv = [bad.command, ...shuffled, ...bad.last];
          const run = await cli(argv, env);
          expect(run.code).toBe(2);
          // With --json the error is on stdout too, as JSON, and says no more than stderr.
          if (json) {
            const { error } = JSON.parse(run.stdout) as { error: Record<string, unknown> };
            expect(error.code).toBe('INVALID_INPUT');
            expect(error.exitCode).toBe(2);
            expect(run.stderr).toBe(`error: ${error.message}\n`);
          } else expect(run.stdout).toBe('');
          for (const secret of [secretToken, secretValue, shortSecret]) {
            expect(run.stdout).not.toContain(secret);
            expect(run.stderr).not.toContain(secret);
          }
          expect(run.stderr).toMatch(/^error: Invalid /);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the unknown option, and never echoes the command line', async () => {
    const run = await cli([
      'list',
      '--project',
      'g/a',
      '--token=glpat-SECRET-0123456789',
      '--bogus',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: Invalid --bogus: is not a jobrelay option (see jobrelay --help)\n',
    );
  });

  it('names an option left without a value, not the value that followed', async () => {
    const run = await cli([
      'play',
      '--project',
      'g/a',
      '--job',
      '1',
      '--var',
      'PASSWORD=hunter2',
      '--var',
      '-x',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid --var: needs a value');
    expect(run.stderr).not.toContain('hunter2');
  });
});

describe('runCli errors name the option as typed', () => {
  const job = ['--project', 'g/a', '--token', 'glpat-named-0123456789'];

  it.each([
    [['get', ...job, '--project', '', '--job', '1'], 'Invalid --project: is required'],
    [
      ['wait-for-job', '--token', 'glpat-named-0123456789', '--job', '1'],
      'Invalid --project: is required',
    ],
    [
      ['get', ...job, '--job', '1', '--gitlab-url', 'ftp://gitlab.example.com'],
      'Invalid --gitlab-url "ftp://gitlab.example.com": must use http or https',
    ],
    [
      ['get', ...job, '--job', '99999999999999999999'],
      'Invalid --job "99999999999999999999": must be a job id',
    ],
    [
      ['wait-for-job', ...job, '--job', '99999999999999999999'],
      'Invalid --job "99999999999999999999": must be a job id',
    ],
    [['get', ...job, '--job', 'abc'], 'Invalid --job "abc": must be a job id'],
    [
      ['get', ...job, '--project', 'g/../a', '--job', '1'],
      'Invalid --project "g/../a": path segments',
    ],
    [
      ['wait-for-job', ...job, '--job', '1', '--timeout', '0'],
      'Invalid --timeout "0": must be longer than zero',
    ],
    [['list', ...job, '--scope', 'green'], 'Invalid --scope "green"'],
  ])('%j → %s', async (argv, expected) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${expected}`);
    expect(run.stderr).not.toMatch(
      /""|jobId|Invalid url|Invalid inputs|Expected|received|100000000000000000000/,
    );
  });
});

describe('runCli after a 401', () => {
  it('sends a glcbt- token as a job token under token-type auto', async () => {
    const world = virtualWorld();
    world.advance(30_000);
    const [live] = world.jobTokens();
    const run = await cli(['whoami', '--token', live?.token ?? '', '--json'], {}, world.fetch);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe(live?.jobId);
  });

  it('says which token-type to try, without the token', async () => {
    const world = virtualWorld();
    world.advance(30_000);
    const [live] = world.jobTokens();
    const secret = live?.token ?? '';
    const run = await cli(
      [
        'get',
        '--project',
        'acme/app',
        '--job',
        String(jobId(world, 'build')),
        '--token',
        secret,
        '--token-type',
        'private',
      ],
      {},
      world.fetch,
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('401');
    expect(run.stderr).toContain('it is a CI job token: use --token-type job');
    expect(run.stderr).not.toContain(secret);
  });

  it('suggests private to a personal token sent as a job token', async () => {
    const world = virtualWorld();
    const run = await cli(
      ['whoami', '--token', 'glpat-not-a-job-token-0001', '--token-type', 'job'],
      {},
      world.fetch,
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('use --token-type private');
    expect(run.stderr).not.toContain('glpat-not-a-job-token-0001');
  });
});
