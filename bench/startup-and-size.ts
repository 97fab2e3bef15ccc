// Benchmark 6, start-up and size: `node dist/index.js` to its first request, the action and Worker bundle sizes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_TOKEN, benchWorld, TARGET_PROJECT } from './scenarios/bench-world.js';
import { actionBundleBytes, buildActionBundle } from './support/action-bundle.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import { type BenchRow, benchRow } from './support/bench-row.js';
import { benchTempDir } from './support/bench-temp-dir.js';
import { childScript } from './support/build-children.js';
import { bundleContributors } from './support/bundle-contributors.js';
import { startFirstRequestServer } from './support/first-request-server.js';
import { formatNumber } from './support/format-number.js';
import { runChild } from './support/run-child.js';
import { summarize } from './support/summary.js';
import { workerBundleSize } from './support/worker-bundle.js';

const BENCHMARK = '6 start-up and size';
const KB = 1000;
const STARTERS = ['action', 'gitbeaker', 'node'] as const;
type Starter = (typeof STARTERS)[number];

/**
 * Starts the freshly built action (`node <build>/index.js`, inputs as INPUT_* variables, as the
 * runner does) against an emulator served in this process, and times spawn → first request; the
 * baselines are a bundled gitbeaker script (Jobs.show) and `node -e fetch(...)` (Node's floor).
 * Sizes: the action's index.js with the chunks it imports, a gitbeaker script bundled the same
 * way, and the Worker as `wrangler deploy --dry-run` writes it, gzipped.
 */
export async function benchStartupAndSize(
  size: BenchSize,
  options: BenchOptions = {},
): Promise<BenchRow[]> {
  const repetitions = repetitionsFor(size, options);
  const log = progressOf(options);
  log('start-up and size: building the action and the Worker');
  const action = await buildActionBundle();
  const actionSize = actionBundleBytes(action.entry);
  const gitbeakerScript = await childScript('gitbeaker-show-job');
  const gitbeakerSize = actionBundleBytes(gitbeakerScript);
  const worker = await workerBundleSize();
  const server = await startFirstRequestServer(
    benchWorld([{ name: 'done', queue: 0, duration: 1_000 }], { pipelineAt: -3_600_000 }),
  );
  const times: Record<Starter, number[]> = { action: [], gitbeaker: [], node: [] };
  try {
    const jobId = [...server.emulator.state.jobs.keys()][0] as number;
    const runner = runnerFiles();
    const commands: Record<Starter, { args: string[]; env: NodeJS.ProcessEnv }> = {
      action: {
        args: [action.entry],
        env: {
          ...process.env,
          ...runner,
          INPUT_COMMAND: 'wait-for-job',
          'INPUT_GITLAB-URL': server.url,
          INPUT_TOKEN: BENCH_TOKEN,
          'INPUT_TOKEN-TYPE': 'private',
          INPUT_PROJECT: TARGET_PROJECT,
          INPUT_JOB: String(jobId),
        },
      },
      gitbeaker: {
        args: [gitbeakerScript, server.url, BENCH_TOKEN, TARGET_PROJECT, String(jobId)],
        env: process.env,
      },
      node: {
        args: [
          '-e',
          `fetch(${JSON.stringify(`${server.url}/api/v4/version`)}).then((r) => r.text())`,
        ],
        env: process.env,
      },
    };
    for (let repetition = 0; repetition < repetitions; repetition++) {
      for (let index = 0; index < STARTERS.length; index++) {
        const starter = STARTERS[(index + repetition) % STARTERS.length] as Starter;
        log(`start-up: ${starter} (${repetition + 1}/${repetitions})`);
        const arrived = server.expectRequest();
        const spawnedAt = performance.now();
        const run = await runChild(process.execPath, commands[starter].args, {
          env: commands[starter].env,
          timeoutMs: 60_000,
        });
        if (run.code !== 0) {
          throw new Error(
            `${starter} exited ${run.code}: ${(run.stderr || run.stdout).slice(0, 800)}`,
          );
        }
        times[starter].push((await arrived) - spawnedAt);
      }
    }
  } finally {
    await server.close();
  }
  const median = (values: number[]) => summarize(values).median;
  const startMet = median(times.action) <= 150;
  const actionMet = actionSize.bytes <= 400 * KB;
  const workerMet = worker.gzipBytes <= 100 * KB;
  let sizeNote = `index.js and ${actionSize.files.length - 1} chunk(s)`;
  if (!actionMet) {
    const parts = await bundleContributors('src/action/index.ts');
    const top = parts
      .slice(0, 4)
      .map((part) => `${part.owner} ${formatNumber(part.bytes / KB)} kB`)
      .join(', ');
    sizeNote += `. Largest parts: ${top}. undici comes with @actions/core (its HTTP client, for OIDC tokens the step never asks for); writing the few workflow commands the step uses (inputs, outputs, summary, masking, state: files and stdout lines) without @actions/core would take the bundle well under 400 kB`;
  }
  return [
    benchRow({
      benchmark: BENCHMARK,
      metric: 'spawn → first request, node dist/index.js',
      unit: 'ms',
      jobrelay: times.action,
      baseline: { name: 'gitbeaker script (bundled)', samples: times.gitbeaker },
      target: '≤ 150 ms',
      met: startMet,
      notes: startMet
        ? 'the action bundle built fresh from the sources, started as the runner starts it'
        : `Node itself needs ${formatNumber(median(times.node))} ms to its first request here (next row); the rest is loading and compiling the bundle: a smaller bundle (see the size row) is the lever`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: 'spawn → first request, node dist/index.js',
      unit: 'ms',
      jobrelay: times.action,
      baseline: { name: 'node -e fetch()', samples: times.node },
      target: '≤ 1.1× node -e fetch() (issue 12)',
      met: median(times.action) <= 1.1 * median(times.node),
      notes:
        median(times.action) <= 1.1 * median(times.node)
          ? 'loading and starting the step costs little beyond Node and its fetch'
          : `+${formatNumber(median(times.action) - median(times.node))} ms over Node alone. Measured while looking for it (same machine, by hand): the ESM loader reading the bundle's ${actionSize.files.length} files costs about 9 ms; one CommonJS file (the action's code inlined, undici left out) starts in about 87 ms against 76 ms for node -e fetch() (1.15×), minified no faster, and loading fewer Node built-ins (node:tls, node:http only when needed, done) no measurable change. Meeting it would take Node's compile cache (module.enableCompileCache, Node 22.1+, which the runner's Node 24 has) on top of a single-file CommonJS build`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: 'action bundle (index.js + chunks)',
      unit: 'kB',
      jobrelay: [actionSize.bytes / KB],
      baseline: { name: 'gitbeaker script, same bundler', samples: [gitbeakerSize.bytes / KB] },
      target: '≤ 400 kB',
      met: actionMet,
      notes: sizeNote,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: 'Worker bundle, gzipped',
      unit: 'kB',
      jobrelay: [worker.gzipBytes / KB],
      target: '≤ 100 kB',
      met: workerMet,
      notes: `wrangler deploy --dry-run --outdir (offline), ${formatNumber(worker.bytes / KB)} kB before gzip${workerMet ? '' : '; valibot schemas and hono are the bulk: check what functions/ imports from src/'}`,
    }),
  ];
}

// The files the GitHub runner hands a step (outputs, summary, state), empty.
/** The files and variables a GitHub runner gives a step (outputs, summary, state), empty, in the scratch directory. */
export function runnerFiles(): Record<string, string> {
  const dir = benchTempDir();
  const files = {
    GITHUB_OUTPUT: join(dir, 'runner-output'),
    GITHUB_STEP_SUMMARY: join(dir, 'runner-summary.md'),
    GITHUB_STATE: join(dir, 'runner-state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return { ...files, GITHUB_ACTIONS: 'true', RUNNER_TEMP: dir };
}
