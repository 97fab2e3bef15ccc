// What play and retry answer with: a job, or a bridge (trigger job) when the target is one.
import * as v from 'valibot';
import { BridgeSchema } from './bridge.js';
import { JobSchema } from './job.js';

/** A job or a bridge, as play and retry return either. */
export const JobOrBridgeSchema = v.union([JobSchema, BridgeSchema]);

/** A job or a bridge. */
export type JobOrBridge = v.InferOutput<typeof JobOrBridgeSchema>;
