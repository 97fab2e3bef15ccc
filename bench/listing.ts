// Benchmark 5, listing: iterating 10,000 jobs page by page, jobrelay's lazy iterator vs gitbeaker's Jobs.all.
import { BENCH_TOKEN, TARGET_PROJECT } from './scenarios/bench-world.js';
import { manyJobsWorld } from './scenarios/many-jobs-world.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import { type BenchRow, benchRow } from './support/bench-row.js';
import { childScript } from './support/build-children.js';
import { formatNumber } from './support/format-number.js';
import { lastJsonLine, runChild } from './support/run-child.js';
import { startEmulatorProcess } from './support/start-emulator-process.js';
import { summarize } from './support/summary.js';

const BENCHMARK = '5 listing';
type Client = 'jobrelay' | 'gitbeaker';
// Timed runs list every job. Live-heap runs (GC forced, so not timed): jobrelay reads its heap
// after a tenth and after all of the jobs in one run; gitbeaker, which returns only at the end,
// lists all and a tenth in two runs.
const RUNS: ReadonlyArray<{ client: Client; share: 1 | 0.1; liveHeap: boolean }> = [
  { client: 'jobrelay', share: 1, liveHeap: false },
  { client: 'gitbeaker', share: 1, liveHeap: false },
  { client: 'jobrelay', share: 1, liveHeap: true },
  { client: 'gitbeaker', share: 1, liveHeap: true },
  { client: 'gitbeaker', share: 0.1, liveHeap: true },
];

/** What a listing child reports (times in ms, sizes in MB). */
interface Listing {
  ms: number;
  cpuMs: number;
  liveHeapMb: number;
  /** jobrelay only: the live heap after a tenth of the jobs. */
  liveHeapTenthMb: number;
  peakMb: number;
}

/**
 * Lists a project's 10,000 jobs (1,000 in smoke), 100 a page, from an emulator process, each client
 * in its own process: jobrelay's `listProjectJobs` (lazy, keyset; each job dropped once seen) and
 * gitbeaker's `Jobs.all` (offset pagination, every page gathered into one array). Time and CPU
 * are taken inside the child; constant memory is judged on the live heap (after a forced GC)
 * after 1,000 and after 10,000 jobs of the same iteration.
 */
export async function benchListing(
  size: BenchSize,
  options: BenchOptions = {},
): Promise<BenchRow[]> {
  const repetitions = repetitionsFor(size, options);
  // Whole pages of 100 either way: gitbeaker's maxPages cannot stop within a page.
  const count = size === 'full' ? 10_000 : 1_000;
  const log = progressOf(options);
  const emulator = await startEmulatorProcess(manyJobsWorld(count));
  const results = new Map<string, Listing[]>();
  const key = (client: Client, share: number, liveHeap: boolean) =>
    `${client}/${share}/${liveHeap}`;
  try {
    for (let repetition = 0; repetition < repetitions; repetition++) {
      for (let index = 0; index < RUNS.length; index++) {
        const run = RUNS[(index + repetition) % RUNS.length] as (typeof RUNS)[number];
        const limit = Math.round(count * run.share);
        log(
          `listing: ${run.client}, ${limit} jobs${run.liveHeap ? ', live heap' : ''} (${repetition + 1}/${repetitions})`,
        );
        const runKey = key(run.client, run.share, run.liveHeap);
        const listing = await list(run.client, emulator.url, limit, run.liveHeap);
        results.set(runKey, [...(results.get(runKey) ?? []), listing]);
      }
    }
  } finally {
    await emulator.close();
  }
  const values = (client: Client, share: number, liveHeap: boolean, field: keyof Listing) =>
    (results.get(key(client, share, liveHeap)) ?? []).map((entry) => entry[field]);
  const median = (list: number[]) => summarize(list).median;
  const label = `${formatNumber(count)} jobs`;
  const tenth = formatNumber(count / 10);
  const time = (client: Client) => values(client, 1, false, 'ms');
  const cpu = (client: Client) => values(client, 1, false, 'cpuMs');
  const heap = (client: Client, share: number) => values(client, share, true, 'liveHeapMb');
  const jobrelayTenth = values('jobrelay', 1, true, 'liveHeapTenthMb');
  const timeRatio = median(time('jobrelay')) / median(time('gitbeaker'));
  const heapGrowth = median(heap('jobrelay', 1)) / median(jobrelayTenth);
  const gitbeakerGrowth = median(heap('gitbeaker', 1)) / median(heap('gitbeaker', 0.1));
  const cpuNote = `client CPU: jobrelay ${formatNumber(median(cpu('jobrelay')))} ms, gitbeaker ${formatNumber(median(cpu('gitbeaker')))} ms (row below); the rest of the time is the emulator's`;
  return [
    benchRow({
      benchmark: BENCHMARK,
      metric: `time to iterate ${label}`,
      unit: 'ms',
      jobrelay: time('jobrelay'),
      baseline: { name: 'gitbeaker Jobs.all', samples: time('gitbeaker') },
      target: '≤ 1.0× gitbeaker',
      met: timeRatio <= 1,
      notes:
        timeRatio <= 1
          ? cpuNote
          : `${cpuNote}. jobrelay checks every job against JobSchema where gitbeaker checks nothing (benchmark 7); matching gitbeaker's time takes the lighter validation benchmark 7 measures`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `client CPU to iterate ${label}`,
      unit: 'ms',
      jobrelay: cpu('jobrelay'),
      baseline: { name: 'gitbeaker Jobs.all', samples: cpu('gitbeaker') },
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `peak RSS, ${label}`,
      unit: 'MB',
      jobrelay: values('jobrelay', 1, false, 'peakMb'),
      baseline: { name: 'gitbeaker Jobs.all', samples: values('gitbeaker', 1, false, 'peakMb') },
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `live heap after ${label}`,
      unit: 'MB',
      jobrelay: heap('jobrelay', 1),
      baseline: { name: `jobrelay after ${tenth}, same run`, samples: jobrelayTenth },
      target: 'constant (≤ 1.1× for 10× the jobs)',
      met: heapGrowth <= 1.1,
      notes: `${
        heapGrowth <= 1.1
          ? 'one page alive at a time'
          : `the live heap grows ${formatNumber(heapGrowth)}× while 9× more jobs go by: something keeps pages alive (the iterator's set of page queries grows by one string a page; look for more)`
      }; gitbeaker's grows ${formatNumber(gitbeakerGrowth)}× (${formatNumber(median(heap('gitbeaker', 0.1)))} → ${formatNumber(median(heap('gitbeaker', 1)))} MB): it gathers every page`,
    }),
  ];
}

async function list(
  client: Client,
  url: string,
  limit: number,
  liveHeap: boolean,
): Promise<Listing> {
  const script = await childScript(client === 'jobrelay' ? 'list-jobs' : 'gitbeaker-list-jobs');
  const args = [script, url, BENCH_TOKEN, TARGET_PROJECT, String(limit)];
  const run = await runChild(
    process.execPath,
    liveHeap ? ['--expose-gc', ...args, '--live-heap'] : args,
  );
  if (run.code !== 0)
    throw new Error(`${client} failed (${run.code}): ${run.stderr.slice(0, 500)}`);
  const report = lastJsonLine<Omit<Listing, 'peakMb'> & { count: number; maxRssKb: number }>(
    run.stdout,
  );
  if (liveHeap && !(report.liveHeapMb > 0)) throw new Error(`${client} reported no live heap`);
  if (report.count !== limit)
    throw new Error(`${client} listed ${report.count} jobs, not ${limit}`);
  const peakKb = Math.max(run.sampledPeakKb ?? 0, report.maxRssKb);
  return {
    ms: report.ms,
    cpuMs: report.cpuMs,
    liveHeapMb: report.liveHeapMb,
    liveHeapTenthMb: report.liveHeapTenthMb,
    peakMb: peakKb / 1024,
  };
}
