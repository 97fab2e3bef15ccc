// fetch-trace-artifact against the emulated world: file, size, hash, stripping, following.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jobId, virtualWorld } from './support/ci-step-world.js';
import { runAgainstWorld } from './support/step-harness.js';

const dirs: string[] = [];
function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-fetch-'));
  dirs.push(dir);
  return join(dir, name);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// In memory through the client's fetch, and over loopback with the global fetch, where the step
// writes through Node's own HTTP stack (the CLI's and the action's path without a proxy).
describe.each([
  { transport: 'in memory (fetch)', loopback: false },
  { transport: 'over loopback (node:http)', loopback: true },
])('fetch-trace-artifact $transport', ({ loopback }) => {
  it('writes the whole log with its size and SHA-256 as outputs', async () => {
    const world = virtualWorld();
    world.advance(60_000);
    const output = tempFile('nested/dir/build.log');
    const { result, reporter } = await runAgainstWorld(
      'fetch-trace-artifact',
      { job: String(jobId(world, 'build')), output },
      world,
      { loopback },
    );
    const bytes = readFileSync(output);
    expect(result.outcome).toBe('success');
    expect(reporter.outputs).toMatchObject({
      path: output,
      bytes: String(bytes.length),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      status: 'success',
    });
    expect(bytes.toString()).toContain('\u001b[0Ksection_start:');
  });

  it('strips ANSI codes and section markers when asked', async () => {
    const world = virtualWorld();
    world.advance(60_000);
    const output = tempFile('build.txt');
    await runAgainstWorld(
      'fetch-trace-artifact',
      { job: String(jobId(world, 'build')), output, 'strip-ansi': 'true' },
      world,
      { loopback },
    );
    const text = readFileSync(output, 'utf8');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Running unit tests\n::set-output name=pwned::true\n');
  });

  it('follows a running job until it ends, appending only what is new', async () => {
    const world = virtualWorld();
    const output = tempFile('follow.log');
    const { result } = await runAgainstWorld(
      'fetch-trace-artifact',
      {
        job: String(jobId(world, 'build')),
        output,
        'follow-log': 'true',
        interval: '1s',
        'max-interval': '2s',
      },
      world,
      { loopback },
    );
    expect(result.job.status).toBe('success');
    const traceReads = world.runtime.requestLog.list({ path: '/trace' });
    expect(traceReads.length).toBeGreaterThan(2);
    const whole = await (
      await world.fetch(`http://gitlab.test/api/v4/projects/1/jobs/${result.job.id}/trace`, {
        headers: { 'PRIVATE-TOKEN': 'glpat-ci-step-e2e-token-000001' },
      })
    ).text();
    expect(readFileSync(output, 'utf8')).toBe(whole);
  });

  it('saves the log of a failed job but fails the step, with an error annotation', async () => {
    const world = virtualWorld();
    world.advance(60_000);
    const output = tempFile('flaky.log');
    const { result, reporter } = await runAgainstWorld(
      'fetch-trace-artifact',
      { job: String(jobId(world, 'flaky')), output, 'summary-lines': '1' },
      world,
      { loopback },
    );
    expect(result.outcome).toBe('failed');
    expect(reporter.outputs).toMatchObject({ status: 'failed', path: output });
    expect(readFileSync(output, 'utf8')).toContain('Error: the flake struck');
    expect(reporter.log).toContainEqual(
      expect.objectContaining({ kind: 'annotation', level: 'error' }),
    );
    expect(reporter.summaries[0]?.logTail).toEqual(['ERROR: Job failed: exit code 1']);
  });

  it('counts a failed job as success when failed is a success status', async () => {
    const world = virtualWorld();
    world.advance(60_000);
    const { result } = await runAgainstWorld(
      'fetch-trace-artifact',
      {
        job: String(jobId(world, 'flaky')),
        output: tempFile('flaky.log'),
        'success-statuses': 'success,failed',
      },
      world,
      { loopback },
    );
    expect(result.outcome).toBe('success');
  });

  it('does not judge a running job fetched without following it', async () => {
    const world = virtualWorld();
    world.advance(30_000);
    const { result, reporter } = await runAgainstWorld(
      'fetch-trace-artifact',
      { job: String(jobId(world, 'long')), output: tempFile('long.log') },
      world,
      { loopback },
    );
    expect(result.outcome).toBe('success');
    expect(reporter.outputs.status).toBe('running');
  });

  it('times out while following a job that does not end, keeping what it saved', async () => {
    const world = virtualWorld();
    const output = tempFile('long.log');
    const { result, reporter } = await runAgainstWorld(
      'fetch-trace-artifact',
      { job: String(jobId(world, 'long')), output, 'follow-log': 'true', timeout: '2m' },
      world,
      { loopback },
    );
    expect(result.outcome).toBe('timed-out');
    expect(readFileSync(output, 'utf8')).toBe('still going\n');
    expect(reporter.outputs.bytes).toBe('12');
  });
});
