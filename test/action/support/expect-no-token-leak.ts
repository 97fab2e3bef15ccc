// Test support: asserts a token never reached the log, the outputs or the summary.
import { expect } from 'vitest';
import type { ActionRun } from './run-action.js';

/**
 * The token may only appear in `::add-mask::<token>` lines, which the runner consumes to mask
 * it and never shows; anywhere else is a leak.
 */
export function expectNoTokenLeak(run: ActionRun, token: string): void {
  const leaking = run.stdout
    .split('\n')
    .filter((line) => line.includes(token) && line !== `::add-mask::${token}`);
  expect(leaking).toEqual([]);
  expect(run.stderr).not.toContain(token);
  expect(JSON.stringify(run.outputs)).not.toContain(token);
  expect(run.summary).not.toContain(token);
}
