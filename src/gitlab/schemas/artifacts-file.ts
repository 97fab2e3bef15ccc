// The schema for a job's `artifacts_file`, the legacy pointer to its artifacts archive.
import * as v from 'valibot';

/** A job's artifacts archive, present only when the job has one. */
export const ArtifactsFileSchema = v.looseObject({
  filename: v.string(),
  size: v.pipe(v.number(), v.integer()),
});

/** A job's artifacts archive. */
export type ArtifactsFile = v.InferOutput<typeof ArtifactsFileSchema>;
