// The armed faults, each consumed by the requests it matches until its count runs out.
import * as v from 'valibot';
import { matchesRoute, parseRoutePattern, type RoutePattern } from '../http/route-pattern.js';
import { type FaultSpec, FaultSpecSchema } from './fault-spec.js';

/** An armed fault. */
export interface Fault {
  id: number;
  route: RoutePattern | null;
  remaining: number;
  spec: v.InferOutput<typeof FaultSpecSchema>;
}

/** Armed faults, matched in the order they were added. */
export class FaultStore {
  #faults: Fault[] = [];
  #nextId = 1;

  /** Arms a fault; throws a ValiError for a malformed spec. */
  add(input: FaultSpec): Fault {
    const spec = v.parse(FaultSpecSchema, input);
    const fault: Fault = {
      id: this.#nextId++,
      route: spec.route === undefined ? null : (parseRoutePattern(spec.route) ?? null),
      remaining: spec.times ?? 1,
      spec,
    };
    this.#faults.push(fault);
    return fault;
  }

  /** The first armed fault matching the request, counted as used; undefined when none matches. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.#faults.find(
      (candidate) => !candidate.route || matchesRoute(candidate.route, method, path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults = this.#faults.filter((other) => other !== fault);
    return fault;
  }

  /** The faults still armed. */
  list(): Array<{ id: number; route: string | null; remaining: number }> {
    return this.#faults.map((fault) => ({
      id: fault.id,
      route: fault.route?.text ?? null,
      remaining: fault.remaining,
    }));
  }

  /** The faults still armed, with what each does (for the dashboard). */
  armed(): readonly Fault[] {
    return this.#faults;
  }

  /** Disarms one fault; false when no fault has that id. */
  remove(id: number): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  /** Disarms every fault. */
  clear(): void {
    this.#faults = [];
  }
}
