// A target project with many finished jobs (a third of them failed), for listing and validation.
import type { ScenarioInput } from '../../src/emulator/scenario/scenario-schema.js';
import { benchWorld } from './bench-world.js';

/** The bench world whose target pipelines (20 jobs each) hold `count` finished jobs with tags and artifacts. */
export function manyJobsWorld(count: number): ScenarioInput {
  return benchWorld(
    Array.from({ length: count }, (_, index) => ({
      name: `job-${index + 1}`,
      stage: index % 2 === 0 ? 'build' : 'test',
      needs: [],
      queue: 0,
      duration: 1_000 + (index % 50) * 100,
      result: index % 3 === 0 ? ('failed' as const) : ('success' as const),
      tags: ['docker', 'linux'],
      artifacts: [{ fileType: 'archive', filename: 'artifacts.zip', size: 1_024 + index }],
    })),
    // A pipeline as big as real ones; the emulator settles each pipeline by scanning its jobs.
    { pipelineAt: -3_600_000, pipelineSize: 20 },
  );
}
