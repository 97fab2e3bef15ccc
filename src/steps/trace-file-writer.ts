// Node only: appends log bytes to a file across many reads, optionally ANSI-stripped, hashing as it goes.
import { createHash } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stripAnsiStream } from '../gitlab/trace/strip-ansi-stream.js';
import type { LogTail } from './log-tail.js';

/** A log file being written: feed it chunks, then close it for its size and hash. */
export interface TraceFileWriter {
  /** Writes one chunk (waits for the disk, so memory stays flat). */
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes, closes, and returns what was written. */
  close(): Promise<{ path: string; bytes: number; sha256: string }>;
  /** Closes the file after a failure, without waiting for the rest. */
  abort(reason: unknown): Promise<void>;
}

/** Opens (truncates) `path`, creating its directory, for a log written piece by piece. */
export async function openTraceFile(
  path: string,
  options: { stripAnsi: boolean; tail: LogTail },
): Promise<TraceFileWriter> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'w');
  const hash = createHash('sha256');
  const decoder = new TextDecoder();
  let bytes = 0;
  const transform: TransformStream<Uint8Array, Uint8Array> = options.stripAnsi
    ? stripAnsiStream()
    : new TransformStream();
  const input = transform.writable.getWriter();
  const drained = (async () => {
    const reader = transform.readable.getReader();
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        hash.update(read.value);
        bytes += read.value.byteLength;
        options.tail.push(decoder.decode(read.value, { stream: true }));
        await handle.write(read.value);
      }
      options.tail.push(decoder.decode());
    } finally {
      await handle.close();
    }
  })();
  // Surfaced by close(); without this an early disk error would be an unhandled rejection.
  drained.catch(() => undefined);
  return {
    async write(chunk) {
      await input.write(chunk);
    },
    async close() {
      await input.close();
      await drained;
      return { path, bytes, sha256: hash.digest('hex') };
    },
    async abort(reason) {
      await input.abort(reason).catch(() => undefined);
      await drained.catch(() => undefined);
    },
  };
}
