// The demo's child processes, each in its own process group, so stopping one stops all it started.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';

/** How long a group gets to stop after SIGTERM before SIGKILL (workerd and esbuild ignore SIGTERM). */
const GRACE_MS = 3_000;

/** Children started and not yet stopped, by process group id (= the child's pid). */
const groups = new Map<number, ChildProcess>();

// Last resort on any exit: a group still alive is killed outright, never left without a parent.
process.once('exit', () => {
  for (const pgid of groups.keys()) signalGroup(pgid, 'SIGKILL');
});

/**
 * Spawns `command` as the leader of a new process group (detached), remembered until it is
 * stopped, so that what it starts (wrangler → workerd, esbuild) can be stopped with it.
 */
export function spawnInGroup(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  const pgid = child.pid;
  if (pgid !== undefined) {
    groups.set(pgid, child);
    // The leader leaving does not end the group: only stopGroup forgets it.
  }
  return child;
}

/** Stops the child's whole process group: SIGTERM, then SIGKILL after a grace; resolves when it is gone. */
export async function stopGroup(child: ChildProcess, graceMs = GRACE_MS): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined) return;
  if (signalGroup(pgid, 'SIGTERM')) {
    if (!(await groupGoneWithin(pgid, graceMs))) {
      signalGroup(pgid, 'SIGKILL');
      await groupGoneWithin(pgid, graceMs);
    }
  }
  groups.delete(pgid);
}

/** Stops every group still running (for the signal handlers). */
export async function stopAllGroups(graceMs = GRACE_MS): Promise<void> {
  await Promise.all([...groups.values()].map((child) => stopGroup(child, graceMs)));
}

// False when the group has no process left (ESRCH).
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

async function groupGoneWithin(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!signalGroup(pgid, 0)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !signalGroup(pgid, 0);
}
