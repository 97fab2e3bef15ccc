// Reads a process's peak resident set (VmHWM) from /proc, the way to measure a child that cannot report it.
import { readFileSync } from 'node:fs';

/** The process's peak resident set in kB, or undefined once it is gone (or without /proc). */
export function readVmHwmKb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}
