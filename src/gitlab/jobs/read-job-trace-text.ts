// Reads a small job log as text, refusing to hold more than a stated number of bytes.
import type { GitLabClient } from '../client.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { type GetJobTraceParams, getJobTrace } from './get-job-trace.js';

/** Parameters of `readJobTraceText`. */
export type ReadJobTraceTextParams = GetJobTraceParams & {
  /** Most bytes to read; the log is cut there and `truncated` is set. Default 4 MiB (the Runner's default log limit). */
  maxBytes?: number;
};

/** A log read as text. */
export interface JobTraceText {
  text: string;
  /** Bytes read. */
  bytes: number;
  /** True when the log was longer than `maxBytes` and was cut. */
  truncated: boolean;
}

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Reads a job's log into a string, up to `maxBytes`; for big logs stream `getJobTrace` instead. */
export async function readJobTraceText(
  client: GitLabClient,
  params: ReadJobTraceTextParams,
): Promise<JobTraceText> {
  const { maxBytes = DEFAULT_MAX_BYTES, ...traceParams } = params;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new InvalidInputError('maxBytes', String(maxBytes), 'must be a positive integer');
  }
  const reader = (await getJobTrace(client, traceParams)).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), bytes, truncated: false };
    const room = maxBytes - bytes;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room));
      await reader.cancel();
      return { text, bytes: maxBytes, truncated: true };
    }
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}
