// A short fingerprint of everything the dashboard shows, so the live stream says when to redraw.
import type { EmulatorRuntime } from '../emulator-runtime.js';
import { jobTrace } from '../trace/job-trace.js';

const states = new WeakMap<object, number>();
let nextGeneration = 1;

/**
 * Changes whenever a pipeline, a job, the request log, the faults, the limits or the clock's
 * settings change (and, for `watchJobId`, whenever that job's log grows). Plays the state forward.
 */
export function uiChangeDigest(runtime: EmulatorRuntime, watchJobId?: number): string {
  runtime.sync();
  const { state, clock } = runtime;
  let generation = states.get(state);
  if (generation === undefined) {
    generation = nextGeneration++;
    states.set(state, generation);
  }
  let hash = 0;
  const mix = (value: number) => {
    hash = (Math.imul(hash, 31) + value) | 0;
  };
  for (const job of state.jobs.values()) {
    mix(job.id);
    mix(job.updatedAt);
    mix(job.status.length + job.status.charCodeAt(0) * 64);
    mix(job.erasedAt ?? -1);
    mix(job.retried ? 1 : 0);
  }
  const now = clock.now();
  // Real time moves by itself (the page ticks its clock); only a jump or a new speed counts.
  const clockPart =
    clock.mode === 'virtual'
      ? `v${now}`
      : `r${clock.speed}:${Math.round((now - Date.now() * clock.speed) / 1000)}`;
  const lastRequest = runtime.requestLog.list().at(-1);
  const requestPart = `${lastRequest?.seq ?? 0}:${lastRequest?.status ?? '-'}`;
  const faults = runtime.faults.list();
  const faultPart = faults.map((fault) => `${fault.id}/${fault.remaining}`).join(',');
  const limitPart = JSON.stringify(runtime.rateLimiter.rules());
  let tracePart = '';
  const watched = watchJobId === undefined ? undefined : state.jobs.get(watchJobId);
  if (watched) {
    const trace = jobTrace(state, watched, now);
    if (typeof trace.body !== 'string') void trace.body.cancel();
    tracePart = String(trace.length);
  }
  return [
    generation,
    state.jobs.size,
    state.pipelines.size,
    hash >>> 0,
    clockPart,
    requestPart,
    faultPart,
    limitPart,
    tracePart,
  ].join('|');
}
