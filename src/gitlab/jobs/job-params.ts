// The parameters of the endpoints that act on one job.
import * as v from 'valibot';
import {
  CallOptionsEntries,
  IdParamSchema,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';

/** `{ project, jobId, signal?, deadline? }`. */
export const JobParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  ...CallOptionsEntries,
});

/** Parameters of the endpoints that act on one job. */
export type JobParams = v.InferInput<typeof JobParamsSchema>;

/** `{ signal?, deadline? }`, for the endpoints that take only the job token. */
export const CallOptionsSchema = v.strictObject({ ...CallOptionsEntries });

/** Options of `getJobTokenJob` and `getAllowedAgents`. */
export type CallOptions = v.InferInput<typeof CallOptionsSchema>;
