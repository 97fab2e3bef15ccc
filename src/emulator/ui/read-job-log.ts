// Reads as much of a job's log as the dashboard shows (a generated log may be hundreds of MB).
import type { EmulatorRuntime } from '../emulator-runtime.js';
import type { JobRecord } from '../state/records.js';
import { jobTrace } from '../trace/job-trace.js';

/** The log text shown, the log's full size in bytes, and whether the text stops short of it. */
export interface ShownJobLog {
  text: string;
  bytes: number;
  truncated: boolean;
}

/** Up to `limitBytes` of the job's log as it stands now. */
export async function readJobLog(
  runtime: EmulatorRuntime,
  job: JobRecord,
  limitBytes = 512 * 1024,
): Promise<ShownJobLog> {
  const trace = jobTrace(runtime.state, job, runtime.clock.now());
  if (typeof trace.body === 'string') {
    const truncated = trace.length > limitBytes;
    const bytes = new TextEncoder().encode(trace.body).subarray(0, limitBytes);
    return { text: new TextDecoder().decode(bytes), bytes: trace.length, truncated };
  }
  const reader = trace.body.getReader();
  const parts: Uint8Array[] = [];
  let read = 0;
  while (read < limitBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value.subarray(0, limitBytes - read));
    read += Math.min(value.length, limitBytes - read);
  }
  await reader.cancel();
  const joined = new Uint8Array(read);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return {
    text: new TextDecoder().decode(joined),
    bytes: trace.length,
    truncated: read < trace.length,
  };
}
