// Node only: a log written to a file through Node's own HTTP stack, piece by piece, with one hash for the whole.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { GitLabClient } from '../gitlab/client.js';
import { downloadJobTrace } from '../gitlab/node/download-job-trace.js';
import type { ProjectRef } from '../gitlab/params/project-id.js';
import { readLogFileTail } from './log-file-tail.js';

/** A log file filled by successive reads of what is new. */
export interface NodeTraceFile {
  /** Appends what the log gained since the last read; true when it grew and the range was honoured. */
  readNew(options: { signal: AbortSignal }): Promise<boolean>;
  /** The file's path, size and SHA-256, and its last `tailLines` lines. */
  close(): Promise<{ path: string; bytes: number; sha256: string; tail: string[] }>;
}

/**
 * Creates (truncates) `path` for the log of `jobId`, written as the core's `writeJobTraceToFile`
 * writes it: node:http into the file, no web streams, a body that breaks off resumed from the
 * bytes written. Only for a client on the global fetch (no proxy, no CA file), unstripped logs.
 */
export async function openNodeTraceFile(
  client: GitLabClient,
  target: {
    project: ProjectRef;
    jobId: number;
    path: string;
    tailLines: number;
    /** Told when a body broke off and the download resumes from `written` bytes of the log. */
    onResume?: (written: number, reason: unknown) => void;
  },
): Promise<NodeTraceFile> {
  await mkdir(dirname(target.path), { recursive: true });
  await writeFile(target.path, '');
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    async readNew({ signal }) {
      const read = await downloadJobTrace(client, {
        project: target.project,
        jobId: target.jobId,
        offset: bytes,
        path: target.path,
        mode: 'append',
        signal,
        transport: {},
        hash,
        onResume: target.onResume,
      });
      bytes += read.bytes;
      return read.bytes > 0 && read.ranged !== false;
    },
    async close() {
      const tail = await readLogFileTail(target.path, target.tailLines);
      return { path: target.path, bytes, sha256: hash.digest('hex'), tail };
    },
  };
}
