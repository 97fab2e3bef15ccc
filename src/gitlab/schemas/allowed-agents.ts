// The schema for `GET /job/allowed_agents`: the Kubernetes agents a job token may use, and context.
import * as v from 'valibot';
import { PipelineSchema } from './pipeline.js';
import { TimestampSchema } from './timestamp.js';
import { UserSchema } from './user.js';

/** A project as identified in this answer (GitLab's `ProjectIdentity`), e.g. an agent's config project. */
export const AllowedAgentConfigProjectSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  description: v.nullable(v.string()),
  name: v.string(),
  name_with_namespace: v.string(),
  path: v.string(),
  path_with_namespace: v.string(),
  created_at: TimestampSchema,
});

/** A project as identified in the allowed agents answer. */
export type AllowedAgentConfigProject = v.InferOutput<typeof AllowedAgentConfigProjectSchema>;

/** The `ci_access` configuration an agent grants to this project, as written in the agent's config. */
export const AllowedAgentConfigurationSchema = v.looseObject({
  default_namespace: v.optional(v.string()),
  access_as: v.optional(v.looseObject({})),
  // Set, the agent is listed only for jobs whose environment matches one of these patterns.
  environments: v.optional(v.array(v.string())),
  protected_branches_only: v.optional(v.boolean()),
});

/** The `ci_access` configuration an agent grants. */
export type AllowedAgentConfiguration = v.InferOutput<typeof AllowedAgentConfigurationSchema>;

/** One agent the job may use. */
export const AllowedAgentSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  config_project: AllowedAgentConfigProjectSchema,
  // Missing from the documents' example; real servers send it.
  configuration: v.optional(AllowedAgentConfigurationSchema),
});

/** One agent the job may use. */
export type AllowedAgent = v.InferOutput<typeof AllowedAgentSchema>;

// Current GitLab sends only the ids of job, pipeline and project (gitlab-behaviour.md); the
// documents' example, from older servers, has more. Both parse: only the ids are required.

/** The job that owns the token, as summarised in this answer. */
export const AllowedAgentsJobSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  name: v.optional(v.string()),
  stage: v.optional(v.string()),
  project_id: v.optional(v.pipe(v.number(), v.integer())),
  project_name: v.optional(v.string()),
});

/** The job that owns the token. */
export type AllowedAgentsJob = v.InferOutput<typeof AllowedAgentsJobSchema>;

/** The job's pipeline: its id, and on older servers its summary. */
export const AllowedAgentsPipelineSchema = v.looseObject({
  ...v.partial(PipelineSchema).entries,
  id: v.pipe(v.number(), v.integer()),
});

/** The job's pipeline. */
export type AllowedAgentsPipeline = v.InferOutput<typeof AllowedAgentsPipelineSchema>;

/** The job's project, with the ids of its group and that group's ancestors. */
export const AllowedAgentsProjectSchema = v.looseObject({
  ...v.partial(AllowedAgentConfigProjectSchema).entries,
  id: v.pipe(v.number(), v.integer()),
  // Missing from the documents' example; real servers send it (empty for a personal project).
  groups: v.optional(v.array(v.looseObject({ id: v.pipe(v.number(), v.integer()) }))),
});

/** The job's project. */
export type AllowedAgentsProject = v.InferOutput<typeof AllowedAgentsProjectSchema>;

/** The user the job runs as, with the roles that user holds in the project. */
export const AllowedAgentsUserSchema = v.looseObject({
  ...v.partial(UserSchema).entries,
  id: v.pipe(v.number(), v.integer()),
  username: v.string(),
  // Missing from the documents' example; real servers send it, e.g. `["guest", "reporter"]`.
  roles_in_project: v.optional(v.array(v.string())),
});

/** The user the job runs as. */
export type AllowedAgentsUser = v.InferOutput<typeof AllowedAgentsUserSchema>;

/** The environment the job deploys to. */
export const AllowedAgentsEnvironmentSchema = v.looseObject({
  tier: v.string(),
  slug: v.string(),
});

/** The environment the job deploys to. */
export type AllowedAgentsEnvironment = v.InferOutput<typeof AllowedAgentsEnvironmentSchema>;

/** The answer of `GET /job/allowed_agents`. */
export const AllowedAgentsSchema = v.looseObject({
  allowed_agents: v.array(AllowedAgentSchema),
  job: AllowedAgentsJobSchema,
  pipeline: AllowedAgentsPipelineSchema,
  project: AllowedAgentsProjectSchema,
  user: AllowedAgentsUserSchema,
  // Absent when the job has no environment.
  environment: v.optional(AllowedAgentsEnvironmentSchema),
});

/** The answer of `GET /job/allowed_agents`. */
export type AllowedAgents = v.InferOutput<typeof AllowedAgentsSchema>;
