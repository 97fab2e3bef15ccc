// The state a trigger step leaves for its clean-up: which GitLab job it started (never the token).
import * as v from 'valibot';

/** The state key under which the started job is saved. */
export const STARTED_JOB_STATE = 'jobrelay-started-job';

const StartedJobSchema = v.strictObject({
  project: v.union([v.string(), v.number()]),
  jobId: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** A job the step played, to cancel if the run is cancelled. */
export type StartedJob = v.InferOutput<typeof StartedJobSchema>;

/** The state value for a started job. */
export function encodeStartedJob(job: StartedJob): string {
  return JSON.stringify(job);
}

/** The started job in a saved state value, or undefined when there is none (or it is unreadable). */
export function decodeStartedJob(value: string | undefined): StartedJob | undefined {
  if (!value) return undefined;
  try {
    const parsed = v.safeParse(StartedJobSchema, JSON.parse(value));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}
