// When the emulated runners (and their managers) were registered: with the instance, before any project.
import type { EmulatorState } from '../state/emulator-state.js';

/** Epoch ms of the runners' registration: the earliest project's creation, so it never changes. */
export function runnerCreatedAt(state: EmulatorState): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const project of state.projects.values()) earliest = Math.min(earliest, project.createdAt);
  return Number.isFinite(earliest) ? earliest : 0;
}
