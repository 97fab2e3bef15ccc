// Target jobs whose logs are generated on the fly (never held in memory by the emulator).
import type { ScenarioInput } from '../../src/emulator/scenario/scenario-schema.js';
import { benchWorld } from './bench-world.js';

/** Options of {@link traceWorld}. */
export interface TraceWorldOptions {
  /** Each job's name and the final size of its log in bytes. */
  jobs: Array<{ name: string; bytes: number }>;
  /** How long the jobs run; a log grows evenly over the run. */
  durationMs: number;
  /** `finished`: the jobs ended an hour before the start; `running`: they start at the start. */
  state: 'finished' | 'running';
  /** Running caller jobs, for the relay. */
  callers?: number;
}

/** The bench world whose target pipeline runs `jobs`, each printing 128-byte lines. */
export function traceWorld(options: TraceWorldOptions): ScenarioInput {
  return benchWorld(
    options.jobs.map((job) => ({
      name: job.name,
      queue: 0,
      duration: options.durationMs,
      trace: { generate: { bytes: job.bytes, lineLength: 128 } },
    })),
    {
      callers: options.callers ?? 0,
      pipelineAt: options.state === 'finished' ? -options.durationMs - 3_600_000 : 0,
    },
  );
}
