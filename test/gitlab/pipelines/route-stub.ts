// A stub fetch for the pipeline tests that answers by method and path, and records every call.
import type { RecordedCall, StubFetch } from '../../helpers/stub-fetch.js';
import { stubFetch } from '../../helpers/stub-fetch.js';

/** Answers one call; `n` counts the calls that reached this route so far (1-based). */
export type RouteAnswer = (call: RecordedCall, n: number) => Response | Promise<Response>;

/** `'POST /api/v4/projects/1/pipeline'` → its answer. */
export type Routes = Record<string, RouteAnswer>;

/** A stub fetch that routes each call by `METHOD path`; an unrouted call fails the test loudly. */
export function routeStub(routes: Routes): StubFetch & { count(route: string): number } {
  const counts = new Map<string, number>();
  const stub = stubFetch((call) => {
    const key = `${call.method} ${call.url.pathname}`;
    const answer = routes[key];
    if (!answer) throw new Error(`routeStub: no route for ${key}`);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return answer(call, n);
  });
  return { ...stub, count: (route) => counts.get(route) ?? 0 };
}
