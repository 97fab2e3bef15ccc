// Moves the state through time: creates due pipelines and fires due job transitions in order.

import { createPipeline } from './create-pipeline.js';
import type { EmulatorState } from './emulator-state.js';
import { enterPhase, startJob, stopJob } from './job-transitions.js';
import type { JobRecord } from './records.js';
import { settlePipeline } from './settle-pipeline.js';
import { triggerDownstream } from './trigger-downstream.js';

/** Brings the state up to `now`: every transition due by then happens, in time order. */
export function syncState(state: EmulatorState, now: number): void {
  for (;;) {
    const upcoming = state.upcomingPipelines[0];
    const job = earliestDue(state);
    const jobAt = job?.next?.at ?? Number.POSITIVE_INFINITY;
    const pipelineAt = upcoming?.at ?? Number.POSITIVE_INFINITY;
    if (Math.min(jobAt, pipelineAt) > now) return;
    if (upcoming && pipelineAt <= jobAt) {
      state.upcomingPipelines.shift();
      createPipeline(state, upcoming.spec, upcoming.at, null);
    } else if (job) {
      fireTransition(state, job, jobAt);
    }
  }
}

function earliestDue(state: EmulatorState): JobRecord | undefined {
  let best: JobRecord | undefined;
  for (const job of state.active) {
    const next = job.next;
    if (!next) continue;
    const bestAt = best?.next?.at ?? Number.POSITIVE_INFINITY;
    if (next.at < bestAt || (next.at === bestAt && best && job.id < best.id)) best = job;
  }
  return best;
}

function fireTransition(state: EmulatorState, job: JobRecord, at: number): void {
  const to = job.next?.to;
  state.unschedule(job);
  switch (to) {
    case 'start':
      startJob(state, job, at);
      break;
    case 'preparing':
    case 'pending':
    case 'running':
      enterPhase(state, job, to, at);
      break;
    case 'trigger':
      triggerDownstream(state, job, at);
      break;
    case 'finish': {
      const results = job.spec.results;
      const result = results[Math.min(job.attempt, results.length - 1)] ?? 'success';
      stopJob(state, job, result, at, job.spec.failureReason);
      break;
    }
    case 'canceled':
      stopJob(state, job, 'canceled', at);
      break;
    default:
      return;
  }
  settlePipeline(state, state.pipeline(job.pipelineId), at);
}
