// Test support: a scenario whose one pipeline has as many finished jobs as a pagination test needs.
import type { ScenarioInput } from '../../../src/emulator/scenario/scenario-schema.js';

/** Token of the only user of {@link manyJobsScenario}. */
export const MANY_JOBS_TOKEN = 'glpat-many-jobs-owner-1';

/** One project (id 1, `team/many`) with `count` finished jobs (ids 1..count) plus one bridge. */
export function manyJobsScenario(count: number): ScenarioInput {
  const jobs = Array.from({ length: count }, (_, index) => ({
    name: `job-${index + 1}`,
    needs: [],
    duration: '1s',
    result: index % 3 === 0 ? ('failed' as const) : ('success' as const),
  }));
  return {
    startAt: '2024-06-03T09:00:00.000Z',
    users: [{ username: 'owner', token: MANY_JOBS_TOKEN }],
    projects: [
      { id: 1, path: 'team/many', members: { owner: 'maintainer' } },
      { id: 2, path: 'team/other', members: { owner: 'maintainer' } },
    ],
    pipelines: [
      {
        project: 'team/many',
        at: '-1h',
        jobs: [...jobs, { name: 'bridge', needs: [], trigger: { project: 'team/other' } }],
      },
    ],
  };
}
