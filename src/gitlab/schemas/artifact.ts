// The schema for one entry of a job's `artifacts` list.
import * as v from 'valibot';

/** One artifact file of a job (archive, metadata, trace, a report...). */
export const ArtifactSchema = v.looseObject({
  file_type: v.string(),
  size: v.pipe(v.number(), v.integer()),
  filename: v.string(),
  file_format: v.nullable(v.string()),
});

/** One artifact file of a job. */
export type Artifact = v.InferOutput<typeof ArtifactSchema>;
