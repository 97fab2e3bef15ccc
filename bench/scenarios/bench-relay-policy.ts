// The relay policy of the benchmarks: caller jobs of project 1 may read and follow project 2's jobs.
import { CALLER_PROJECT, TARGET_PROJECT } from './bench-world.js';

/**
 * Lets the caller project read and trace the target project by path; by id (2), only the jobs
 * named `job-1*`, so a list asked by id is the filtered list of benchmark 1.
 */
export const BENCH_RELAY_POLICY = {
  version: 1,
  rules: [
    {
      description: 'benchmark callers read the target project',
      caller: { projects: [CALLER_PROJECT, 1] },
      allow: ['read', 'trace'],
      targets: [TARGET_PROJECT],
    },
    {
      description: 'by id, only the job-1* jobs show (a jobs restriction filters the list)',
      caller: { projects: [CALLER_PROJECT, 1] },
      allow: ['read'],
      targets: [2],
      jobs: ['job-1*'],
    },
  ],
};
