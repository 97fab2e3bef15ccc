// The schema for a bridge (trigger job), as the pipeline bridges endpoint returns it.
import * as v from 'valibot';
import { JobBasicSchema } from './job.js';
import { DownstreamPipelineSchema, PipelineSchema } from './pipeline.js';

/** A bridge: the fields every job has, plus the pipeline it triggered (no runner or artifacts). */
export const BridgeSchema = v.looseObject({
  ...JobBasicSchema.entries,
  // Unlike the job examples, every bridge example carries its pipeline.
  pipeline: PipelineSchema,
  // Null until the downstream pipeline exists.
  downstream_pipeline: v.nullable(DownstreamPipelineSchema),
});

/** A bridge (trigger job). */
export type Bridge = v.InferOutput<typeof BridgeSchema>;
