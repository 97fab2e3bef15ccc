// Benchmark 3, log following: bytes and requests to follow a log growing to 20 MB, jobrelay vs refetch-every-3-s.
import { CallerCache } from '../functions/identity/caller-cache.js';
import { SharedReads } from '../functions/upstream/shared-reads.js';
import { createEmulator, type Emulator } from '../src/emulator/create-emulator.js';
import { createClient, type FetchFunction, type GitLabClient } from '../src/gitlab/client.js';
import type { Clock } from '../src/gitlab/clock.js';
import { getJob } from '../src/gitlab/jobs/get-job.js';
import { waitForJob } from '../src/gitlab/wait/wait-for-job.js';
import { followRemoteLog } from '../src/steps/follow-remote-log.js';
import { createLogTail } from '../src/steps/log-tail.js';
import { refetchWholeLog } from './baselines/refetch-whole-log.js';
import { BENCH_TOKEN, TARGET_PROJECT } from './scenarios/bench-world.js';
import { traceWorld } from './scenarios/trace-world.js';
import { advancingClock } from './support/advancing-clock.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import { type BenchRow, benchRow } from './support/bench-row.js';
import { countingFetch } from './support/counting-fetch.js';
import { countingReporter } from './support/counting-reporter.js';
import { findJobId } from './support/find-job-id.js';
import { formatNumber } from './support/format-number.js';
import { inProcessRelay } from './support/in-process-relay.js';
import { summarize } from './support/summary.js';

const BENCHMARK = '3 log following';
const MB = 1024 * 1024;
const GITLAB = 'http://gitlab.bench';

/** What one follower cost: bytes received (MB), requests, and what the relay fetched upstream. */
interface Followed {
  wireMb: number;
  requests: number;
  upstreamMb?: number;
}

/**
 * Follows a job whose generated log grows evenly to 20 MiB over a 5-minute run (256 KiB over 20 s
 * in smoke), on the emulator's virtual clock, in process. jobrelay is the CI step's own loop
 * (`waitForJob` + `followRemoteLog`, 2 s doubling to 12 s, reset when the log grew) through the
 * relay (Range: only new bytes) and straight to the emulator (GitLab: the whole log, the seen part
 * skipped); the baseline reads the job and the whole log every 3 s. Bytes are response bodies.
 */
export async function benchLogFollowing(
  size: BenchSize,
  options: BenchOptions = {},
): Promise<BenchRow[]> {
  const repetitions = repetitionsFor(size, options);
  const bytes = size === 'full' ? 20 * MB : 256 * 1024;
  const durationMs = size === 'full' ? 300_000 : 20_000;
  const log = progressOf(options);
  const viaRelay: Followed[] = [];
  const direct: Followed[] = [];
  const baseline: Followed[] = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    log(
      `log following: ${formatNumber(bytes / MB)} MB over ${durationMs / 1000} s (${repetition + 1}/${repetitions})`,
    );
    viaRelay.push(await follow('relay', bytes, durationMs));
    direct.push(await follow('direct', bytes, durationMs));
    baseline.push(await follow('baseline', bytes, durationMs));
  }
  const finalMb = bytes / MB;
  const wire = (list: Followed[]) => list.map((entry) => entry.wireMb);
  const requests = (list: Followed[]) => list.map((entry) => entry.requests);
  const median = (list: number[]) => summarize(list).median;
  const relayRatio = median(wire(viaRelay)) / finalMb;
  const fewerBytes = median(wire(baseline)) / median(wire(viaRelay));
  const upstream = median(viaRelay.map((entry) => entry.upstreamMb ?? 0));
  const label = `log growing to ${formatNumber(finalMb)} MB`;
  return [
    benchRow({
      benchmark: BENCHMARK,
      metric: `bytes through the relay ÷ final log, ${label}`,
      unit: '×',
      jobrelay: wire(viaRelay).map((mb) => mb / finalMb),
      target: '≤ 1.2× the final log',
      met: relayRatio <= 1.2,
      notes:
        relayRatio <= 1.2
          ? `each byte of the log crosses once; the rest is the job reads. The relay itself still fetched ${formatNumber(upstream)} MB from GitLab (no Range there)`
          : `${formatNumber(relayRatio)}× the log: the follower reads bytes twice; check that the offset advances and the relay answers 206`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `bytes received, ${label}`,
      unit: 'MB',
      jobrelay: wire(viaRelay),
      baseline: { name: 'whole log every 3 s', samples: wire(baseline) },
      target: '≥ 5× fewer than the baseline',
      met: fewerBytes >= 5,
      notes: `jobrelay through the relay against the baseline straight to GitLab: ${formatNumber(fewerBytes)}× fewer bytes`,
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `requests, ${label}`,
      unit: 'requests',
      jobrelay: requests(viaRelay),
      baseline: { name: 'whole log every 3 s', samples: requests(baseline) },
      notes:
        'jobrelay reads the job and the log at each poll, every 2 s while the log grows (backoff reset by activity)',
    }),
    benchRow({
      benchmark: BENCHMARK,
      metric: `bytes received without the relay, ${label}`,
      unit: 'MB',
      jobrelay: wire(direct),
      baseline: { name: 'whole log every 3 s', samples: wire(baseline) },
      notes: `jobrelay straight to GitLab, which ignores Range: the whole log at every poll, the seen part skipped. ${
        median(wire(direct)) > median(wire(baseline))
          ? 'More than the baseline, because a growing log resets the backoff to 2 s while the baseline waits 3 s: the follower could keep its backoff growing when a 200 answers a Range request'
          : 'No more than the baseline'
      }`,
    }),
  ];
}

async function follow(
  mode: 'relay' | 'direct' | 'baseline',
  bytes: number,
  durationMs: number,
): Promise<Followed> {
  const emulator = createEmulator({
    scenario: traceWorld({
      jobs: [{ name: 'growing', bytes }],
      durationMs,
      state: 'running',
      callers: 1,
    }),
  });
  try {
    const clock = advancingClock(emulator);
    const jobId = await findJobId(GITLAB, 'growing', emulator.fetch);
    if (mode === 'baseline') {
      const { fetch, counts } = countingFetch(emulator.fetch);
      const result = await refetchWholeLog({
        fetch,
        jobUrl: `${GITLAB}/api/v4/projects/2/jobs/${jobId}`,
        token: BENCH_TOKEN,
        intervalMs: 3_000,
        clock,
        maxPolls: Math.ceil(durationMs / 3_000) + 20,
      });
      if (result.shown !== bytes)
        throw new Error(`the baseline showed ${result.shown} of ${bytes}`);
      return { wireMb: counts.bodyBytes / MB, requests: counts.requests };
    }
    const upstream = countingFetch(emulator.fetch);
    const { fetch, counts } = countingFetch(
      mode === 'relay' ? relayOnVirtualTime(emulator, upstream.fetch).fetch : emulator.fetch,
    );
    const client =
      mode === 'relay'
        ? createClient({
            url: 'http://relay.bench',
            token: callerToken(emulator),
            tokenType: 'job',
            fetch,
          })
        : createClient({ url: GITLAB, token: BENCH_TOKEN, fetch });
    await followLikeTheStep(client, emulator, jobId, bytes, durationMs);
    return {
      wireMb: counts.bodyBytes / MB,
      requests: counts.requests,
      ...(mode === 'relay' ? { upstreamMb: upstream.counts.bodyBytes / MB } : {}),
    };
  } finally {
    emulator.dispose();
  }
}

/** What wait-for-job with follow-log does: read the job, then poll it, reading new log after each poll; throws unless it showed exactly `bytes`. */
export async function followLikeTheStep(
  client: GitLabClient,
  emulator: Emulator,
  jobId: number,
  bytes: number,
  durationMs: number,
  clock: Clock = advancingClock(emulator),
): Promise<void> {
  const reporter = countingReporter();
  const follower = followRemoteLog({
    client,
    project: TARGET_PROJECT,
    jobId,
    reporter,
    tail: createLogTail(0),
  });
  const initialJob = await getJob(client, { project: TARGET_PROJECT, jobId });
  const waited = await waitForJob(client, {
    project: TARGET_PROJECT,
    jobId,
    initialJob,
    timeoutMs: 2 * durationMs + 60_000,
    clock,
    onPoll: (current) => (current.started_at !== null ? follower.readNew() : false),
  });
  await follower.finish();
  if (!waited.done) throw new Error('the followed job did not finish');
  if (reporter.warnings.length > 0) throw new Error(`the follower warned: ${reporter.warnings[0]}`);
  if (reporter.shown !== bytes)
    throw new Error(`the follower showed ${reporter.shown} of ${bytes}`);
}

// The relay's identity cache and shared reads on the emulator's virtual clock, as the followers are.
function relayOnVirtualTime(emulator: Emulator, upstream: FetchFunction) {
  const now = () => emulator.clock.now();
  return inProcessRelay(emulator, upstream, {
    cache: new CallerCache({ now }),
    sharedReads: new SharedReads({ now }),
  });
}

function callerToken(emulator: Emulator): string {
  const caller = emulator.jobTokens().find((token) => token.jobName === 'caller-1');
  if (!caller) throw new Error('no running caller job');
  return caller.token;
}
