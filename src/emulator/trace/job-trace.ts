// A job's log as it stands at a moment: grown as far as the clock says, gone once erased.
import type { EmulatorState } from '../state/emulator-state.js';
import type { JobRecord } from '../state/records.js';
import { generatedTraceStream } from './generated-trace-stream.js';
import { jobVariables } from './job-variables.js';
import { renderTraceScript } from './render-trace-script.js';

/** A log body and its length in bytes; the body is a stream for generated logs. */
export interface TraceBody {
  body: string | ReadableStream<Uint8Array>;
  length: number;
}

/** The job's log at `now` (empty before it runs and after it is erased). */
export function jobTrace(state: EmulatorState, job: JobRecord, now: number): TraceBody {
  const until = visibleUntil(job, now);
  if (until === null) return { body: '', length: 0 };
  const trace = job.spec.trace;
  if (trace.kind === 'script') {
    const text = renderTraceScript(
      trace.chunks,
      job.startedAt ?? now,
      until,
      jobVariables(state, job),
    );
    return { body: text, length: new TextEncoder().encode(text).length };
  }
  const length = generatedLength(job, until);
  return { body: generatedTraceStream(length, trace.lineLength), length };
}

/** The size of the job's whole log once it has finished (what GitLab archives as `job.log`). */
export function finalTraceSize(state: EmulatorState, job: JobRecord): number {
  const trace = job.spec.trace;
  if (trace.kind === 'generated') return generatedLength(job, Number.POSITIVE_INFINITY);
  const text = renderTraceScript(
    trace.chunks,
    job.startedAt ?? 0,
    visibleUntil(job, Number.POSITIVE_INFINITY) ?? -1,
    jobVariables(state, job),
  );
  return new TextEncoder().encode(text).length;
}

// Milliseconds after the start up to which the log exists; null when there is no log at all.
function visibleUntil(job: JobRecord, now: number): number | null {
  if (job.erasedAt !== null || job.startedAt === null || job.kind === 'bridge') return null;
  // A job that ran to its end has printed its whole script, even lines scripted past its duration.
  if (job.status === 'success' || job.status === 'failed') return Number.POSITIVE_INFINITY;
  return Math.min(now, job.traceEndAt ?? now) - job.startedAt;
}

function generatedLength(job: JobRecord, until: number): number {
  const trace = job.spec.trace;
  if (trace.kind !== 'generated') return 0;
  if (until === Number.POSITIVE_INFINITY) return trace.bytes;
  const perSecond = trace.bytesPerSecond ?? (trace.bytes * 1000) / Math.max(1, job.spec.durationMs);
  return Math.max(0, Math.min(trace.bytes, Math.floor((perSecond * until) / 1000)));
}
