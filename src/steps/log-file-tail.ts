// Node only: the last lines of a log file already on disk, read from its end (for the step summary).
import { open } from 'node:fs/promises';
import { createLogTail } from './log-tail.js';

// Enough for the longest tail asked (lines are clipped to 500 characters in the summary).
const TAIL_WINDOW_BYTES = 256 * 1024;

/** The last `count` lines of the file at `path`, ANSI codes removed; reads at most its last 256 KiB. */
export async function readLogFileTail(path: string, count: number): Promise<string[]> {
  if (count === 0) return [];
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_WINDOW_BYTES);
    const buffer = Buffer.alloc(size - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, start);
    let text = new TextDecoder().decode(buffer.subarray(0, bytesRead));
    // Started mid-file: the first line is only the end of one; leave it out.
    if (start > 0) text = text.slice(text.indexOf('\n') + 1);
    const tail = createLogTail(count);
    tail.push(text);
    return tail.lines();
  } finally {
    await handle.close();
  }
}
