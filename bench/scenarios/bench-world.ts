// The shared cast of the benchmark scenarios: one user with a token, a caller project and a target project.
import type { ScenarioInput } from '../../src/emulator/scenario/scenario-schema.js';

/** The personal token of the benchmark's only user (a maintainer everywhere; loopback only). */
export const BENCH_TOKEN = 'glpat-jobrelay-bench-owner';

/** Where the scenarios start, in virtual time. */
export const BENCH_START = '2026-01-05T10:00:00.000Z';

/** The project holding the jobs the benchmarks read (id 2). */
export const TARGET_PROJECT = 'bench/target';

/** The project whose running jobs call the relay with their job tokens (id 1). */
export const CALLER_PROJECT = 'bench/caller';

type ScenarioPipelines = NonNullable<ScenarioInput['pipelines']>;
type ScenarioJobs = ScenarioPipelines[number]['jobs'];

/** Options of {@link benchWorld}. */
export interface BenchWorldOptions {
  /** Running caller jobs (in the caller project) whose job tokens can call the relay; default 0. */
  callers?: number;
  /** When the target pipelines were created, in ms from the start (negative: in the past); default 0. */
  pipelineAt?: number;
  /** Jobs per target pipeline (the jobs are split over as many pipelines as needed); default all in one. */
  pipelineSize?: number;
}

/** A scenario with the benchmark cast and target pipelines holding `jobs`. */
export function benchWorld(jobs: ScenarioJobs, options: BenchWorldOptions = {}): ScenarioInput {
  const { callers = 0, pipelineAt = 0, pipelineSize = jobs.length } = options;
  const pipelines: ScenarioPipelines = [];
  for (let start = 0; start < jobs.length; start += pipelineSize) {
    pipelines.push({
      project: TARGET_PROJECT,
      at: pipelineAt,
      user: 'owner',
      jobs: jobs.slice(start, start + pipelineSize),
    });
  }
  if (callers > 0) {
    pipelines.push({
      project: CALLER_PROJECT,
      at: -60_000,
      user: 'owner',
      source: 'push',
      // Running for ten virtual hours: their job tokens stay valid through any benchmark.
      jobs: Array.from({ length: callers }, (_, index) => ({
        name: `caller-${index + 1}`,
        queue: 0,
        duration: '10h',
      })),
    });
  }
  return {
    startAt: BENCH_START,
    server: { jobIdStart: 1000 },
    users: [{ username: 'owner', token: BENCH_TOKEN }],
    projects: [
      { id: 1, path: CALLER_PROJECT, members: { owner: 'maintainer' } },
      { id: 2, path: TARGET_PROJECT, members: { owner: 'maintainer' } },
    ],
    pipelines,
  };
}
