// Benchmark 9, artifact download: a job's 256 MB artifacts archive to a file, jobrelay vs curl -o vs plain node:http.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_TOKEN, benchWorld, TARGET_PROJECT } from './scenarios/bench-world.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import { type BenchRow, benchRow } from './support/bench-row.js';
import { benchTempDir } from './support/bench-temp-dir.js';
import { childScript } from './support/build-children.js';
import { findJobId } from './support/find-job-id.js';
import { formatNumber } from './support/format-number.js';
import { type ChildRun, lastJsonLine, runChild } from './support/run-child.js';
import { startEmulatorProcess } from './support/start-emulator-process.js';
import { summarize } from './support/summary.js';

const BENCHMARK = '9 artifact download';
const MB = 1024 * 1024;
const TOOLS = ['jobrelay', 'curl', 'node:http tuned'] as const;
type Tool = (typeof TOOLS)[number];

/** One download: wall time (s), peak RSS (MB), and the archive's size. */
interface Download {
  wallS: number;
  peakMb: number;
  bytes: number;
}

/**
 * Downloads a finished job's artifacts archive (a real zip holding one generated file of 256 MiB;
 * 2 MiB in smoke) from an emulator process into a file, each tool in its own process: wall time
 * from spawn to exit and peak RSS (VmHWM). jobrelay is `writeJobArtifactsToFile` (node:http,
 * SHA-256 as it goes, a temporary file renamed when complete).
 */
export async function benchArtifactDownload(
  size: BenchSize,
  options: BenchOptions = {},
): Promise<BenchRow[]> {
  const repetitions = repetitionsFor(size, options);
  const bytes = size === 'full' ? 256 * MB : 2 * MB;
  const log = progressOf(options);
  const emulator = await startEmulatorProcess(
    benchWorld(
      [
        {
          name: 'package',
          queue: 0,
          duration: 60_000,
          artifacts: [
            {
              fileType: 'archive',
              filename: 'artifacts.zip',
              files: { 'dist/app.bin': { bytes } },
            },
          ],
        },
      ],
      { pipelineAt: -3_600_000 },
    ),
  );
  const results = Object.fromEntries(TOOLS.map((tool) => [tool, [] as Download[]])) as Record<
    Tool,
    Download[]
  >;
  try {
    const jobId = await findJobId(emulator.url, 'package');
    for (let repetition = 0; repetition < repetitions; repetition++) {
      for (let index = 0; index < TOOLS.length; index++) {
        const tool = TOOLS[(index + repetition) % TOOLS.length] as Tool;
        log(`artifact download: ${tool} (${repetition + 1}/${repetitions})`);
        results[tool].push(await download(tool, emulator.url, jobId));
      }
    }
  } finally {
    await emulator.close();
  }
  const sizes = new Set(TOOLS.flatMap((tool) => results[tool].map((entry) => entry.bytes)));
  if (sizes.size !== 1)
    throw new Error(`the tools wrote different sizes: ${[...sizes].join(', ')}`);
  const wall = (tool: Tool) => results[tool].map((entry) => entry.wallS);
  const peak = (tool: Tool) => results[tool].map((entry) => entry.peakMb);
  const median = (values: number[]) => summarize(values).median;
  const label = `${formatNumber(bytes / MB)} MB archive`;
  const peakMax = Math.max(...peak('jobrelay'));
  const nodeRatio = median(wall('jobrelay')) / median(wall('node:http tuned'));
  const curlRatio = median(wall('jobrelay')) / median(wall('curl'));
  return [
    benchRow({
      benchmark: BENCHMARK,
      metric: `peak RSS, ${label}`,
      unit: 'MB',
      jobrelay: peak('jobrelay'),
      baseline: { name: 'curl -o', samples: peak('curl') },
      target: '≤ 90 MB, any size (as logs)',
      met: peakMax <= 90,
      notes: `VmHWM of the child; highest of ${repetitions}: ${formatNumber(peakMax)} MB. Plain node:http piped to a file: ${formatNumber(median(peak('node:http tuned')))} MB (Node itself)`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `wall time, ${label}`,
      unit: 's',
      jobrelay: wall('jobrelay'),
      baseline: { name: 'node:http tuned → file', samples: wall('node:http tuned') },
      target: '≤ 1.1× the fastest plain Node (as logs)',
      met: nodeRatio <= 1.1,
      notes: `spawn to exit, Node start-up included; ${formatNumber(curlRatio)}× curl${
        nodeRatio <= 1.1
          ? ''
          : '. The rest is hashing every byte (SHA-256) on the thread that moves them, which plain node:http does not do'
      }`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `wall time, ${label}`,
      unit: 's',
      jobrelay: wall('jobrelay'),
      baseline: { name: 'curl -o', samples: wall('curl') },
    }),
  ];
}

async function download(tool: Tool, url: string, jobId: number): Promise<Download> {
  const path = join(benchTempDir(), `artifacts-${tool.replace(/[: ]/g, '-')}.zip`);
  const archiveUrl = `${url}/api/v4/projects/${encodeURIComponent(TARGET_PROJECT)}/jobs/${jobId}/artifacts`;
  let run: ChildRun;
  if (tool === 'curl') {
    run = await runChild('curl', [
      '--silent',
      '--show-error',
      '--fail',
      '--location',
      '--header',
      `PRIVATE-TOKEN: ${BENCH_TOKEN}`,
      '--output',
      path,
      archiveUrl,
    ]);
  } else if (tool === 'node:http tuned') {
    run = await runChild(process.execPath, [
      await childScript('node-http-tuned-download'),
      archiveUrl,
      BENCH_TOKEN,
      path,
    ]);
  } else {
    run = await runChild(process.execPath, [
      await childScript('write-artifacts'),
      url,
      BENCH_TOKEN,
      TARGET_PROJECT,
      String(jobId),
      path,
    ]);
  }
  try {
    if (run.code !== 0)
      throw new Error(`${tool} failed (${run.code}): ${run.stderr.slice(0, 500)}`);
    const written = statSync(path).size;
    const reported = tool === 'curl' ? undefined : lastJsonLine<{ maxRssKb: number }>(run.stdout);
    const peakKb = Math.max(run.sampledPeakKb ?? 0, reported?.maxRssKb ?? 0);
    if (peakKb === 0) throw new Error(`no peak RSS measured for ${tool}`);
    return { wallS: run.wallMs / 1000, peakMb: peakKb / 1024, bytes: written };
  } finally {
    rmSync(path, { force: true });
  }
}
