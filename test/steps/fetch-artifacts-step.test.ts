// fetch-artifacts against the emulated world: by job, by ref and name, one file, extraction, zip-slip refusal.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createStepClient } from '../../src/steps/create-step-client.js';
import { extractZipArchive } from '../../src/steps/extract-zip-archive.js';
import { parseStepInputs } from '../../src/steps/parse-step-inputs.js';
import { runStep } from '../../src/steps/run-step.js';
import { EXIT_CODES, exitCodeForResult } from '../../src/steps/step-result.js';
import { CI_BOT_TOKEN } from './support/ci-step-world.js';
import { newestJob, pipelineWorld } from './support/pipeline-world.js';
import { recordingReporter } from './support/recording-reporter.js';
import { emulatorClock, runAgainstWorld } from './support/step-harness.js';

const folder = () => mkdtempSync(join(tmpdir(), 'jobrelay-artifacts-'));

// The world once the scenario's pipeline (job `package`, with its archive) has finished.
function finishedWorld() {
  const world = pipelineWorld();
  world.advance(60_000);
  return world;
}

describe('fetch-artifacts', () => {
  it('saves a job’s archive by job id, with its size and SHA-256', async () => {
    const world = finishedWorld();
    const output = join(folder(), 'a.zip');
    const job = newestJob(world, 'package');
    const { result, reporter } = await runAgainstWorld(
      'fetch-artifacts',
      { job: String(job.id), output },
      world,
    );
    expect(result.outcome).toBe('success');
    const bytes = readFileSync(output);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([
      'README.txt',
      'dist/app.js',
      'dist/lib/util.js',
    ]);
    expect(reporter.outputs).toMatchObject({
      path: output,
      bytes: String(bytes.byteLength),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      'job-id': String(job.id),
      status: 'success',
    });
  });

  it('finds the job by ref and name (the latest successful pipeline)', async () => {
    const world = finishedWorld();
    const output = join(folder(), 'by-ref.zip');
    const { result, reporter } = await runAgainstWorld(
      'fetch-artifacts',
      { ref: 'main', name: 'package', output },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(Object.keys(unzipSync(readFileSync(output)))).toContain('dist/app.js');
    expect(reporter.outputs['job-id']).toBe('');
  });

  it('finds the job by pipeline and name', async () => {
    const world = finishedWorld();
    const output = join(folder(), 'by-pipeline.zip');
    const job = newestJob(world, 'package');
    const { reporter } = await runAgainstWorld(
      'fetch-artifacts',
      { pipeline: String(job.pipelineId), name: 'package', output },
      world,
    );
    expect(reporter.outputs['job-id']).toBe(String(job.id));
  });

  it('saves one file of the archive with artifact-path', async () => {
    const world = finishedWorld();
    const output = join(folder(), 'app.js');
    const { result } = await runAgainstWorld(
      'fetch-artifacts',
      { job: String(newestJob(world, 'package').id), 'artifact-path': 'dist/app.js', output },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(readFileSync(output, 'utf8')).toBe('console.log("app");');
  });

  it('extracts the archive into a folder, with the folder and file count as outputs', async () => {
    const world = finishedWorld();
    const into = join(folder(), 'out');
    const { reporter } = await runAgainstWorld(
      'fetch-artifacts',
      {
        job: String(newestJob(world, 'package').id),
        output: join(folder(), 'a.zip'),
        extract: into,
      },
      world,
    );
    expect(readFileSync(join(into, 'dist/lib/util.js'), 'utf8')).toBe('export const util = 1;');
    expect(reporter.outputs).toMatchObject({ 'extracted-path': into, 'extracted-files': '3' });
  });

  it('refuses an archive with an entry climbing out of the folder, naming it, extracting nothing', async () => {
    const world = finishedWorld();
    const malicious = zipSync({ 'ok.txt': strToU8('fine'), '../evil.txt': strToU8('pwned') });
    const into = join(folder(), 'out');
    // GitLab serves this archive for the job: the step's fetch answers it in the emulator's stead.
    const inputs = parseStepInputs({
      command: 'fetch-artifacts',
      'gitlab-url': 'http://gitlab.test',
      token: CI_BOT_TOKEN,
      project: 'acme/app',
      job: String(newestJob(world, 'package').id),
      output: join(folder(), 'evil.zip'),
      extract: into,
    });
    const fetch: typeof world.fetch = async (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/artifacts')
        ? new Response(malicious, { headers: { 'content-type': 'application/zip' } })
        : world.fetch(input, init);
    const reporter = recordingReporter();
    const clock = emulatorClock(world);
    const result = await runStep(
      { client: createStepClient(inputs, { fetch }), reporter, clock, startedAt: clock.now() },
      inputs,
    );
    expect(result.outcome).toBe('failed');
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.jobFailed);
    expect(result.message).toMatch(
      /entry "\.\.\/evil\.txt" climbs out of the folder with \.\.; nothing was extracted/,
    );
    expect(existsSync(join(into, 'ok.txt'))).toBe(false);
    expect(reporter.outputs['extracted-files']).toBe('');
  });
});

describe('extractZipArchive', () => {
  const archive = (files: Parameters<typeof zipSync>[0]) => {
    const path = join(folder(), 'x.zip');
    writeFileSync(path, zipSync(files));
    return path;
  };

  it.each([
    ['/etc/passwd', 'is an absolute path'],
    ['a/../../b', 'climbs out of the folder with ..'],
    ['C:/Windows/x', 'starts with a drive letter'],
    ['..\\evil', 'holds a backslash (a Windows path separator)'],
  ])('refuses %s: it %s', async (name, reason) => {
    const into = join(folder(), 'out');
    const outcome = await extractZipArchive(
      archive({ 'fine.txt': strToU8('ok'), [name]: strToU8('x') }),
      into,
    );
    expect(outcome).toEqual({ kind: 'refused', entry: name, reason, written: 0 });
    expect(existsSync(into)).toBe(false);
  });

  it('refuses a symbolic link', async () => {
    const link: Parameters<typeof zipSync>[0][string] = [
      strToU8('/etc'),
      { os: 3, attrs: (0o120777 << 16) >>> 0 },
    ];
    const outcome = await extractZipArchive(archive({ etc: link }), join(folder(), 'out'));
    expect(outcome).toMatchObject({ kind: 'refused', entry: 'etc', reason: 'is a symbolic link' });
  });

  it('extracts nested files and keeps an execute bit', async () => {
    const into = join(folder(), 'out');
    const outcome = await extractZipArchive(
      archive({
        'bin/run': [strToU8('#!/bin/sh\n'), { os: 3, attrs: (0o100755 << 16) >>> 0 }],
        'a/b/c.txt': strToU8('deep'),
      }),
      into,
    );
    expect(outcome).toEqual({ kind: 'extracted', folder: into, files: 2 });
    expect(readFileSync(join(into, 'a/b/c.txt'), 'utf8')).toBe('deep');
    expect(statSync(join(into, 'bin/run')).mode & 0o111).not.toBe(0);
    expect(statSync(join(into, 'a/b/c.txt')).mode & 0o111).toBe(0);
  });
});
