// The small part of autocannon 8's programmatic API the benchmarks use (it ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface AutocannonOptions {
    url: string;
    headers?: Record<string, string>;
    connections?: number;
    amount?: number;
    duration?: number;
    timeout?: number;
    /** Milliseconds between samples; the run ends at the first sample after the last answer. */
    sampleInt?: number;
  }

  interface AutocannonResult {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: { average: number; total: number };
  }

  /** Runs a load test; the returned emitter fires `response` (client, status, bytes, ms) per answer. */
  function autocannon(
    options: AutocannonOptions,
    done: (error: Error | null, result: AutocannonResult) => void,
  ): EventEmitter;

  export default autocannon;
}
