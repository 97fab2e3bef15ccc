// Sends a fixed number of GET requests with autocannon and keeps every response time (sub-millisecond).
import autocannon from 'autocannon';

/** What a load test measured. */
export interface LoadResult {
  /** Response times in ms, one per request. */
  latenciesMs: number[];
  /** Requests answered per second, from the start to the last answer. */
  requestsPerSecond: number;
}

/** Sends `amount` GETs to `url` over `connections` keep-alive connections; fails on any non-2xx. */
export function loadTest(params: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  amount: number;
}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const started = performance.now();
    let lastAnswer = started;
    const instance = autocannon(
      {
        url: params.url,
        headers: params.headers,
        connections: params.connections,
        amount: params.amount,
        timeout: 30,
        // autocannon notices the end at its next sample: sample often, so tests end promptly.
        sampleInt: 20,
      },
      (error, result) => {
        const elapsedS = (lastAnswer - started) / 1000;
        if (error) return reject(error);
        const failed = result.errors + result.timeouts + result.non2xx;
        if (failed > 0 || latenciesMs.length !== params.amount) {
          return reject(
            new Error(
              `load test of ${params.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${latenciesMs.length}/${params.amount} answers`,
            ),
          );
        }
        resolve({ latenciesMs, requestsPerSecond: params.amount / elapsedS });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latenciesMs.push(ms);
      lastAnswer = performance.now();
    });
  });
}
