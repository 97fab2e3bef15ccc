// Benchmark 4, waiting: API calls and detection delay of jobrelay's backoff vs fixed 3/5/15 s polling (virtual clock).
import { createEmulator, type Emulator } from '../src/emulator/create-emulator.js';
import { createClient } from '../src/gitlab/client.js';
import {
  DEFAULT_POLL_SCHEDULE,
  nextPollDelay,
  type PollSchedule,
} from '../src/gitlab/wait/next-poll-delay.js';
import { waitForJob } from '../src/gitlab/wait/wait-for-job.js';
import { pollFixedInterval } from './baselines/poll-fixed-interval.js';
import { BENCH_TOKEN, benchWorld, TARGET_PROJECT } from './scenarios/bench-world.js';
import { advancingClock } from './support/advancing-clock.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import { type BenchRow, benchRow } from './support/bench-row.js';
import { countingFetch } from './support/counting-fetch.js';
import { formatNumber } from './support/format-number.js';
import { seededRandom } from './support/seeded-random.js';
import { summarize } from './support/summary.js';

const BENCHMARK = '4 waiting';
const JOB_LENGTHS = [
  { label: '10 s', ms: 10_000 },
  { label: '2 min', ms: 120_000 },
  { label: '20 min', ms: 1_200_000 },
];
// Each job length is drawn within ±10% of its nominal value, so detection is not an artefact of one phase.
const JITTER = 0.1;
const SAMPLES_PER_REPETITION = 8;
// The schedule the notes measure when the delay target is missed: the default start, a 12 s cap.
const CANDIDATE_SCHEDULE: PollSchedule = { firstIntervalMs: 2_000, maxIntervalMs: 12_000 };

/** One poller on one job: calls made and how long after the job ended it noticed (s). */
interface WaitSample {
  calls: number;
  delayS: number;
}

/**
 * Simulates each poller against an emulator job on a virtual clock (no real waiting): jobrelay's
 * `waitForJob` (2 s doubling to 12 s) and hand-written loops polling every 3, 5 and 15 s. Every
 * poller starts when the job starts; calls include the first read.
 */
export async function benchWaiting(
  size: BenchSize,
  options: BenchOptions = {},
): Promise<BenchRow[]> {
  const samples = repetitionsFor(size, options) * (size === 'full' ? SAMPLES_PER_REPETITION : 1);
  const log = progressOf(options);
  const capS = DEFAULT_POLL_SCHEDULE.maxIntervalMs / 1000;
  const rows: BenchRow[] = [];
  for (const length of JOB_LENGTHS) {
    log(`waiting: ${samples} jobs of about ${length.label}`);
    const random = seededRandom(length.ms);
    const durations: number[] = [];
    const jobrelay: WaitSample[] = [];
    const candidate: WaitSample[] = [];
    const every3: WaitSample[] = [];
    const every5: WaitSample[] = [];
    const every15: WaitSample[] = [];
    for (let sample = 0; sample < samples; sample++) {
      const durationMs = Math.round(length.ms * (1 + JITTER * (2 * random() - 1)));
      durations.push(durationMs);
      jobrelay.push(await waitWithJobrelay(durationMs));
      candidate.push(await waitWithJobrelay(durationMs, CANDIDATE_SCHEDULE));
      every3.push(await waitWithFixedPolling(durationMs, 3_000));
      every5.push(await waitWithFixedPolling(durationMs, 5_000));
      every15.push(await waitWithFixedPolling(durationMs, 15_000));
    }
    const calls = (list: WaitSample[]) => list.map((entry) => entry.calls);
    const delays = (list: WaitSample[]) => list.map((entry) => entry.delayS);
    const median = (values: number[]) => summarize(values).median;
    const shown = (values: number[]) => formatNumber(median(values));
    const others = `3 s polling: ${shown(calls(every3))} calls, ${shown(delays(every3))} s median delay; 15 s polling: ${shown(calls(every15))} calls`;
    const fewerCalls = median(calls(jobrelay)) < median(calls(every5));
    rows.push(
      benchRow({
        benchmark: BENCHMARK,
        metric: `API calls, job of ${length.label}`,
        unit: 'calls',
        jobrelay: calls(jobrelay),
        baseline: { name: '5 s polling', samples: calls(every5) },
        target: '< 5 s polling',
        met: fewerCalls,
        notes: fewerCalls
          ? others
          : `${others}. jobrelay reads at ${readTimes(length.ms)} s into the job, more often than every 5 s until the backoff passes 5 s. ${await fewerCallsNote(durations, median(calls(every5)), median(delays(jobrelay)))}`,
      }),
    );
    const maxDelay = Math.max(...delays(jobrelay));
    const delayMet = median(delays(jobrelay)) <= median(delays(every15)) && maxDelay <= capS;
    const candidateNote = `2 s doubling to ${CANDIDATE_SCHEDULE.maxIntervalMs / 1000} s measured here: ${shown(calls(candidate))} calls, ${shown(delays(candidate))} s median and ${formatNumber(Math.max(...delays(candidate)))} s max delay`;
    rows.push(
      benchRow({
        benchmark: BENCHMARK,
        metric: `detection delay, job of ${length.label}`,
        unit: 's',
        jobrelay: delays(jobrelay),
        baseline: { name: '15 s polling', samples: delays(every15) },
        target: `median ≤ 15 s polling, max ≤ ${capS} s (cap)`,
        met: delayMet,
        notes: delayMet
          ? `max ${formatNumber(maxDelay)} s over ${samples} job${samples === 1 ? '' : 's'} of ${length.label} ±10%`
          : `max ${formatNumber(maxDelay)} s (${maxDelay <= capS ? 'within' : 'ABOVE'} the cap) over ${samples} jobs. Once the backoff reaches its ${capS} s cap a job's end falls on average half a cap (${capS / 2} s) before the next read, against 7.5 s for 15 s polling: the median target needs a cap of 15 s or less; ${candidateNote}`,
      }),
    );
  }
  return rows;
}

// The instants (s) at which the default schedule reads a job lasting `lengthMs`, up to the one seeing its end.
function readTimes(lengthMs: number): string {
  const times = [0];
  let delay: number | undefined;
  while ((times.at(-1) ?? 0) * 1000 < lengthMs) {
    delay = nextPollDelay(delay, DEFAULT_POLL_SCHEDULE);
    times.push((times.at(-1) ?? 0) + delay / 1000);
  }
  return times.join(', ');
}

// Measures the smallest first interval (3 to 15 s, doubling to the default cap) with fewer calls than `calls`.
async function fewerCallsNote(
  durations: number[],
  calls: number,
  delayNow: number,
): Promise<string> {
  for (let firstS = 3; firstS <= 15; firstS++) {
    const schedule = { ...DEFAULT_POLL_SCHEDULE, firstIntervalMs: firstS * 1000 };
    const runs: WaitSample[] = [];
    for (const durationMs of durations) runs.push(await waitWithJobrelay(durationMs, schedule));
    const median = (values: number[]) => summarize(values).median;
    if (median(runs.map((run) => run.calls)) < calls) {
      const delays = runs.map((run) => run.delayS);
      return `Fewer calls than 5 s polling on these jobs takes a first interval of ${firstS} s (measured: ${formatNumber(median(runs.map((run) => run.calls)))} calls, ${formatNumber(median(delays))} s median and ${formatNumber(Math.max(...delays))} s max delay, against ${formatNumber(delayNow)} s median now): a trade of detection delay on short jobs`;
    }
  }
  return 'No first interval up to 15 s makes fewer calls than 5 s polling on these jobs (measured)';
}

async function waitWithJobrelay(durationMs: number, schedule?: PollSchedule): Promise<WaitSample> {
  const emulator = createEmulator({ scenario: benchWorld([waitedJob(durationMs)]) });
  try {
    const clock = advancingClock(emulator);
    const { fetch, counts } = countingFetch(emulator.fetch);
    const client = createClient({ url: 'http://gitlab.bench', token: BENCH_TOKEN, fetch });
    const endsAt = clock.now() + durationMs;
    const result = await waitForJob(client, {
      project: TARGET_PROJECT,
      jobId: firstJobId(emulator),
      timeoutMs: 2 * durationMs + 60_000,
      clock,
      ...(schedule ? { schedule } : {}),
    });
    if (!result.done || result.job.status !== 'success') {
      throw new Error(`waitForJob ended with ${result.job.status} (done: ${result.done})`);
    }
    return { calls: counts.requests, delayS: (clock.now() - endsAt) / 1000 };
  } finally {
    emulator.dispose();
  }
}

async function waitWithFixedPolling(durationMs: number, intervalMs: number): Promise<WaitSample> {
  const emulator = createEmulator({ scenario: benchWorld([waitedJob(durationMs)]) });
  try {
    const clock = advancingClock(emulator);
    const endsAt = clock.now() + durationMs;
    const result = await pollFixedInterval({
      fetch: emulator.fetch,
      jobUrl: `http://gitlab.bench/api/v4/projects/2/jobs/${firstJobId(emulator)}`,
      token: BENCH_TOKEN,
      intervalMs,
      clock,
      maxCalls: Math.ceil((2 * durationMs) / intervalMs) + 10,
    });
    if (result.status !== 'success') throw new Error(`the job ended ${result.status}`);
    return { calls: result.calls, delayS: (result.detectedAt - endsAt) / 1000 };
  } finally {
    emulator.dispose();
  }
}

// Starts running at once (no queue) and succeeds after `durationMs`.
function waitedJob(durationMs: number) {
  return { name: 'waited', queue: 0, duration: durationMs };
}

function firstJobId(emulator: Emulator): number {
  const [id] = emulator.state.jobs.keys();
  if (id === undefined) throw new Error('the scenario has no job');
  return id;
}
