// The schema for a pipeline's variables (`GET /projects/:id/pipelines/:pipeline_id/variables`).
import * as v from 'valibot';

// Messages written out so a malformed value is never quoted back in an error: values are secrets.

/** One variable a pipeline was created with: lib/api/entities/ci/variable.rb (gitlabhq/gitlabhq). */
export const PipelineVariableSchema = v.looseObject(
  {
    key: v.string('a variable key must be a string'),
    // Null for a hidden variable, whose value GitLab never shows.
    value: v.nullable(v.string('a variable value must be a string or null')),
    // `env_var` or `file`; the documents' example leaves it out of one variable.
    variable_type: v.optional(v.string('a variable type must be a string')),
    raw: v.optional(v.boolean('raw must be true or false')),
  },
  'each variable must be an object',
);

/** One variable a pipeline was created with. */
export type PipelineVariable = v.InferOutput<typeof PipelineVariableSchema>;

/** The variables of one pipeline, as GitLab sends them (one unpaginated list). */
export const PipelineVariablesSchema = v.array(
  PipelineVariableSchema,
  'must be a list of variables',
);
