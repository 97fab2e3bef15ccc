// Baseline for log following: what popular CLIs do, refetch the whole log every 3 s and print the new tail.
import type { FetchFunction } from '../../src/gitlab/client.js';
import type { Clock } from '../../src/gitlab/clock.js';

/** How the refetching loop ended. */
export interface RefetchResult {
  /** Characters of log shown (the whole log once the job ended). */
  shown: number;
  polls: number;
}

const FINISHED = new Set(['success', 'failed', 'canceled', 'skipped']);

/** Every `intervalMs`: read the job, then the whole log, print what is new; stop once the job ended. */
export async function refetchWholeLog(params: {
  fetch: FetchFunction;
  /** `<gitlab>/api/v4/projects/:id/jobs/:job_id`. */
  jobUrl: string;
  token: string;
  intervalMs: number;
  clock: Clock;
  /** Give up (throw) after this many polls. */
  maxPolls: number;
}): Promise<RefetchResult> {
  const headers = { 'PRIVATE-TOKEN': params.token };
  let shown = 0;
  for (let polls = 1; polls <= params.maxPolls; polls++) {
    const jobResponse = await params.fetch(params.jobUrl, { headers });
    if (!jobResponse.ok) throw new Error(`reading the job: ${jobResponse.status}`);
    const { status } = (await jobResponse.json()) as { status: string };
    // Read after the status: once the job has ended, this log is complete.
    const traceResponse = await params.fetch(`${params.jobUrl}/trace`, { headers });
    if (!traceResponse.ok) throw new Error(`reading the log: ${traceResponse.status}`);
    const log = await traceResponse.text();
    shown += log.slice(shown).length;
    if (FINISHED.has(status)) return { shown, polls };
    await params.clock.sleep(params.intervalMs);
  }
  throw new Error(`the job did not finish within ${params.maxPolls} polls`);
}
