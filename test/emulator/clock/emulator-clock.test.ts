// The emulator clock: virtual time moves only when advanced; real time follows the wall clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmulatorClock } from '../../../src/emulator/clock/emulator-clock.js';

const START = Date.parse('2024-06-03T09:00:00Z');

afterEach(() => {
  vi.useRealTimers();
});

describe('EmulatorClock', () => {
  it('stands still in virtual time until advanced', () => {
    vi.useFakeTimers({ now: START });
    const clock = new EmulatorClock({ startAt: START });
    vi.advanceTimersByTime(10_000);
    expect(clock.now()).toBe(START);
    expect(clock.advance(1_500)).toBe(START + 1_500);
  });

  it('wakes a sleeper when advanced past its time, not before', async () => {
    const clock = new EmulatorClock({ startAt: START });
    const woken = vi.fn();
    const sleeping = clock.sleep(1_000).then(woken);
    clock.advance(999);
    await Promise.resolve();
    expect(woken).not.toHaveBeenCalled();
    clock.advance(1);
    await sleeping;
    expect(woken).toHaveBeenCalledOnce();
  });

  it('runs with the wall clock times its speed in real time', () => {
    vi.useFakeTimers({ now: START });
    const clock = new EmulatorClock({ mode: 'real', startAt: START, speed: 10 });
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(START + 10_000);
  });

  it('switches between modes without jumping', () => {
    vi.useFakeTimers({ now: START });
    const clock = new EmulatorClock({ mode: 'real', startAt: START });
    vi.advanceTimersByTime(2_000);
    clock.useVirtualTime();
    vi.advanceTimersByTime(5_000);
    expect(clock.now()).toBe(START + 2_000);
    clock.useRealTime(2);
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(START + 4_000);
  });

  it('wakes a real-time sleeper on a timer scaled by the speed', async () => {
    vi.useFakeTimers({ now: START });
    const clock = new EmulatorClock({ mode: 'real', startAt: START, speed: 4 });
    const woken = vi.fn();
    const sleeping = clock.sleep(4_000).then(woken);
    await vi.advanceTimersByTimeAsync(999);
    expect(woken).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(woken).toHaveBeenCalledOnce();
  });

  it('refuses to go backwards', () => {
    expect(() => new EmulatorClock({ startAt: START }).advance(-1)).toThrow(RangeError);
  });

  it('rejects a sleep whose signal aborts', async () => {
    const clock = new EmulatorClock({ startAt: START });
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });
});
