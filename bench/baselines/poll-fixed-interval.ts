// Baseline for waiting: the polling loop users write by hand (read the job every N seconds until it ends).
import type { FetchFunction } from '../../src/gitlab/client.js';
import type { Clock } from '../../src/gitlab/clock.js';

/** How a hand-written polling loop ended. */
export interface FixedPollResult {
  /** GET requests made. */
  calls: number;
  /** Clock time when the finished status was seen. */
  detectedAt: number;
  status: string;
}

const FINISHED = new Set(['success', 'failed', 'canceled', 'skipped']);

/** Reads `jobUrl` every `intervalMs` (a plain fetch and JSON.parse) until the job has finished. */
export async function pollFixedInterval(params: {
  fetch: FetchFunction;
  jobUrl: string;
  token: string;
  intervalMs: number;
  clock: Clock;
  /** Give up (throw) after this many calls. */
  maxCalls: number;
}): Promise<FixedPollResult> {
  for (let calls = 1; calls <= params.maxCalls; calls++) {
    const response = await params.fetch(params.jobUrl, {
      headers: { 'PRIVATE-TOKEN': params.token },
    });
    if (!response.ok) throw new Error(`polling ${params.jobUrl}: ${response.status}`);
    const { status } = (await response.json()) as { status: string };
    if (FINISHED.has(status)) return { calls, detectedAt: params.clock.now(), status };
    await params.clock.sleep(params.intervalMs);
  }
  throw new Error(`the job did not finish within ${params.maxCalls} polls`);
}
