// SingleFlight: one task per key at a time, shared by callers arriving within maxWaitMs, then replaced.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SingleFlight } from '../../functions/identity/single-flight.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A SingleFlight on a clock the test moves, and a task factory counting its runs. */
function flightAt(maxWaitMs: number) {
  let now = 0;
  const flight = new SingleFlight<string>({ maxWaitMs, now: () => now });
  const runs: ReturnType<typeof deferred<string>>[] = [];
  const task = () => {
    const run = deferred<string>();
    runs.push(run);
    return run.promise;
  };
  return { flight, runs, task, advance: (ms: number) => (now += ms) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SingleFlight', () => {
  it('shares the running task with callers of the same key, not of another', async () => {
    const { flight, runs, task } = flightAt(1_000);
    const first = flight.run('a', task);
    const second = flight.run('a', task);
    const other = flight.run('b', task);
    expect(runs).toHaveLength(2);
    runs[0]?.resolve('a-result');
    runs[1]?.resolve('b-result');
    await expect(Promise.all([first, second, other])).resolves.toEqual([
      'a-result',
      'a-result',
      'b-result',
    ]);
  });

  it('starts a new shared task once the running one is maxWaitMs old, to the millisecond', async () => {
    const { flight, runs, task, advance } = flightAt(1_000);
    void flight.run('a', task); // never settles: its request was cancelled
    advance(999);
    void flight.run('a', task);
    expect(runs).toHaveLength(1);
    advance(1);
    const replacement = flight.run('a', task);
    const sharer = flight.run('a', task);
    expect(runs).toHaveLength(2);
    runs[1]?.resolve('fresh');
    await expect(Promise.all([replacement, sharer])).resolves.toEqual(['fresh', 'fresh']);
  });

  it('keeps sharing the replacement when the task it replaced settles late', async () => {
    const { flight, runs, task, advance } = flightAt(1_000);
    void flight.run('a', task);
    advance(1_000);
    const replacement = flight.run('a', task);
    runs[0]?.resolve('stale');
    await Promise.resolve();
    await Promise.resolve();
    const sharer = flight.run('a', task);
    expect(runs).toHaveLength(2);
    runs[1]?.resolve('fresh');
    await expect(Promise.all([replacement, sharer])).resolves.toEqual(['fresh', 'fresh']);
  });

  it('runs the task anew once the shared one has settled', async () => {
    const { flight, runs, task } = flightAt(1_000);
    const first = flight.run('a', task);
    runs[0]?.resolve('one');
    await first;
    const second = flight.run('a', task);
    expect(runs).toHaveLength(2);
    runs[1]?.resolve('two');
    await expect(second).resolves.toBe('two');
  });

  it('leaves no timer behind once a follower has its shared result', async () => {
    vi.useFakeTimers();
    const { flight, runs, task } = flightAt(1_000);
    const first = flight.run('a', task);
    const follower = flight.run('a', task);
    runs[0]?.resolve('shared');
    await expect(Promise.all([first, follower])).resolves.toEqual(['shared', 'shared']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs its own task when the shared one has not settled within what is left of maxWaitMs', async () => {
    vi.useFakeTimers();
    const { flight, runs, task, advance } = flightAt(1_000);
    void flight.run('a', task);
    advance(400);
    const follower = flight.run('a', task);
    await vi.advanceTimersByTimeAsync(599);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(2);
    runs[1]?.resolve('own');
    await expect(follower).resolves.toBe('own');
  });
});
