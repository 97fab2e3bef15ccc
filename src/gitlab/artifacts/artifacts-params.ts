// valibot schemas of the artifact downloads' selectors: a job by id, or a ref's latest job by name.
import * as v from 'valibot';
import {
  CallOptionsEntries,
  IdParamSchema,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';

const RefSchema = v.pipe(
  v.string('must be a branch or tag name'),
  v.nonEmpty('must be a branch or tag name'),
);
const JobNameSchema = v.pipe(v.string('must be a job name'), v.nonEmpty('must be a job name'));
/** A file's path inside the archive, such as `dist/app.js`. */
const ArtifactPathSchema = v.pipe(
  v.string('must be a path inside the archive, such as dist/app.js'),
  v.nonEmpty('must be a path inside the archive, such as dist/app.js'),
  v.check(
    (path) => !path.includes('\0') && path.split('/').every((s) => s !== '..' && s !== '.'),
    'must be a path inside the archive without . or .. segments or NUL bytes',
  ),
);

const JOB_ENTRIES = { project: ProjectRefParamSchema, jobId: IdParamSchema };
const REF_ENTRIES = { project: ProjectRefParamSchema, ref: RefSchema, job: JobNameSchema };

/** Parameters of `openJobArtifacts`: `{ project, jobId }` or `{ project, ref, job }`. */
export const OpenJobArtifactsParamsSchema = v.union(
  [
    v.strictObject({ ...JOB_ENTRIES, ...CallOptionsEntries }),
    v.strictObject({ ...REF_ENTRIES, ...CallOptionsEntries }),
  ],
  'give { project, jobId } or { project, ref, job }',
);

/** Parameters of `openJobArtifacts`. */
export type OpenJobArtifactsParams = v.InferInput<typeof OpenJobArtifactsParamsSchema>;

/** Parameters of `openArtifactFile`: `{ project, jobId, path }` or `{ project, ref, job, path }`. */
export const OpenArtifactFileParamsSchema = v.union(
  [
    v.strictObject({ ...JOB_ENTRIES, path: ArtifactPathSchema, ...CallOptionsEntries }),
    v.strictObject({ ...REF_ENTRIES, path: ArtifactPathSchema, ...CallOptionsEntries }),
  ],
  'give { project, jobId, path } or { project, ref, job, path }',
);

/** Parameters of `openArtifactFile`. */
export type OpenArtifactFileParams = v.InferInput<typeof OpenArtifactFileParamsSchema>;
