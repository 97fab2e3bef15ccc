// A clock that runs either virtually (moved only by advance()) or in real time, switchable live.
import type { Clock } from '../../gitlab/clock.js';

/** How the emulator clock moves: only when advanced, or with the wall clock times a speed factor. */
export type ClockMode = 'virtual' | 'real';

/** Options for {@link EmulatorClock}. */
export interface EmulatorClockOptions {
  mode?: ClockMode;
  /** Start time in epoch ms; defaults to the wall clock. */
  startAt?: number;
  /** Real-time speed factor (2 = twice as fast as the wall clock); ignored in virtual mode. */
  speed?: number;
}

interface Sleeper {
  wakeAt: number;
  resolve: () => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** The emulator's one clock: virtual for tests, real time for demos, switchable without a time jump. */
export class EmulatorClock implements Clock {
  #mode: ClockMode;
  #speed: number;
  // In real mode, now = #base + (Date.now() - #realAnchor) * #speed; in virtual mode, now = #base.
  #base: number;
  #realAnchor: number;
  readonly #sleepers = new Set<Sleeper>();

  constructor(options: EmulatorClockOptions = {}) {
    this.#mode = options.mode ?? 'virtual';
    this.#speed = validSpeed(options.speed ?? 1);
    this.#base = options.startAt ?? Date.now();
    this.#realAnchor = Date.now();
  }

  /** Whether the clock is virtual or real. */
  get mode(): ClockMode {
    return this.#mode;
  }

  /** The real-time speed factor. */
  get speed(): number {
    return this.#speed;
  }

  /** The current time in epoch milliseconds. */
  now(): number {
    if (this.#mode === 'virtual') return this.#base;
    return Math.floor(this.#base + (Date.now() - this.#realAnchor) * this.#speed);
  }

  /** Moves the clock forward by `ms` (in either mode) and wakes the sleepers that are due. */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`Cannot advance the clock by ${ms} ms`);
    this.#rebase();
    this.#base += ms;
    this.#wakeDue();
    return this.now();
  }

  /** Freezes time where it stands; from now on only advance() moves it. */
  useVirtualTime(): void {
    this.#rebase();
    this.#mode = 'virtual';
    this.#reschedule();
  }

  /** Lets time run with the wall clock (times `speed`), continuing from where it stands. */
  useRealTime(speed = this.#speed): void {
    this.#rebase();
    this.#mode = 'real';
    this.#speed = validSpeed(speed);
    this.#reschedule();
  }

  /** Resolves once the clock has reached `now() + ms`; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const sleeper: Sleeper = { wakeAt: this.now() + Math.max(0, ms), resolve, timer: undefined };
      const onAbort = () => {
        this.#drop(sleeper);
        reject(signal?.reason);
      };
      sleeper.resolve = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#sleepers.add(sleeper);
      if (!this.#wake(sleeper)) this.#arm(sleeper);
    });
  }

  /** Cancels every pending sleep timer (sleepers stay pending); for shutting down. */
  dispose(): void {
    for (const sleeper of this.#sleepers) clearTimeout(sleeper.timer);
    this.#sleepers.clear();
  }

  #rebase(): void {
    this.#base = this.now();
    this.#realAnchor = Date.now();
  }

  #wake(sleeper: Sleeper): boolean {
    if (this.now() < sleeper.wakeAt) return false;
    this.#drop(sleeper);
    sleeper.resolve();
    return true;
  }

  #wakeDue(): void {
    for (const sleeper of [...this.#sleepers]) if (!this.#wake(sleeper)) this.#arm(sleeper);
  }

  #drop(sleeper: Sleeper): void {
    clearTimeout(sleeper.timer);
    this.#sleepers.delete(sleeper);
  }

  // Only real time needs a timer: a virtual sleeper wakes in advance().
  #arm(sleeper: Sleeper): void {
    clearTimeout(sleeper.timer);
    sleeper.timer = undefined;
    if (this.#mode !== 'real') return;
    const wallMs = Math.max(0, (sleeper.wakeAt - this.now()) / this.#speed);
    sleeper.timer = setTimeout(() => {
      if (!this.#wake(sleeper)) this.#arm(sleeper);
    }, Math.ceil(wallMs));
  }

  #reschedule(): void {
    for (const sleeper of this.#sleepers) this.#arm(sleeper);
  }
}

function validSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`Invalid clock speed ${speed}`);
  return speed;
}
