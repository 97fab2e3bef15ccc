// Test support: runs dist/index.js or dist/post.js the way the GitHub runner does, and reads what it left.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildRun, type RunningChild, startNode } from '../../steps/support/child-process.js';

/** What the runner gives the step and reads back after it. */
export interface ActionRun extends ChildRun {
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
}

const dirs: string[] = [];

/** Removes the runner directories made so far (for afterEach). */
export function removeRunnerDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The runner's environment for a step: INPUT_* variables and the file-command files. */
function runnerEnv(inputs: Record<string, string>, extra: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-runner-'));
  dirs.push(dir);
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    ...files,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ...extra,
  };
  // The runner upper-cases the name and keeps its hyphens: INPUT_GITLAB-URL.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, files, dir };
}

/** Starts `dist/<entry>.js` as the runner would, for a test that signals it. */
export function startAction(
  entry: 'index' | 'post',
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): { child: RunningChild; finished: Promise<ActionRun> } {
  const { env, files, dir } = runnerEnv(inputs, extra);
  // Like the runner, run in the workspace: a relative output lands there, not in the repository.
  const child = startNode(`dist/${entry}.js`, [], env, { cwd: dir });
  const finished = child.done.then((run) => ({
    ...run,
    outputs: readFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: readFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
  }));
  return { child, finished };
}

/** Runs `dist/<entry>.js` to its end. */
export function runAction(
  entry: 'index' | 'post',
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): Promise<ActionRun> {
  return startAction(entry, inputs, extra).finished;
}

/** Reads `name<<delimiter` … `delimiter` blocks, as the runner reads GITHUB_OUTPUT and GITHUB_STATE. */
export function readFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++)
      value.push(lines[index] ?? '');
    values[name] = value.join('\n');
  }
  return values;
}
