// The valibot schema of an emulator scenario: users, projects, pipelines, jobs, bridges, limits.
import * as v from 'valibot';
import { DurationSchema, PositiveDurationSchema } from './duration.js';
import {
  JobSchema,
  NameSchema,
  ProjectPathSchema,
  ProjectRefSchema,
  VariableKeySchema,
} from './job-schema.js';
import { PROJECT_CI_ENTRIES } from './project-ci-schema.js';

const ROLE_NAMES = ['guest', 'planner', 'reporter', 'developer', 'maintainer', 'owner'] as const;

/** A project role, as GitLab names its access levels. */
export type RoleName = (typeof ROLE_NAMES)[number];

const PipelineSchema = v.strictObject({
  project: ProjectRefSchema,
  ref: v.optional(NameSchema),
  tag: v.optional(v.boolean()),
  sha: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'must be 40 lowercase hex digits'))),
  source: v.optional(NameSchema),
  user: v.optional(v.nullable(NameSchema)),
  at: v.optional(DurationSchema),
  archived: v.optional(v.boolean()),
  stages: v.optional(v.array(NameSchema)),
  commit: v.optional(
    v.strictObject({
      title: v.optional(v.string()),
      message: v.optional(v.string()),
      authorName: v.optional(v.string()),
      authorEmail: v.optional(v.string()),
    }),
  ),
  jobs: v.pipe(v.array(JobSchema), v.minLength(1, 'must list at least one job')),
});

/** A scenario pipeline as written. */
export type ScenarioPipeline = v.InferOutput<typeof PipelineSchema>;

const ProtectedRefSchema = v.strictObject({
  /** A ref name, or a wildcard such as `release/*`. */
  name: NameSchema,
  /** The lowest role allowed to push or merge (branches) or create (tags); `maintainer` by default. */
  allowed: v.optional(v.picklist(['developer', 'maintainer', 'no one'])),
});

const UserSchema = v.strictObject({
  username: v.pipe(
    v.string(),
    v.regex(/^[\w.-]+$/, 'must be a username of letters, digits, _ . -'),
  ),
  name: v.optional(v.string()),
  email: v.optional(v.string()),
  token: v.optional(v.pipe(v.string(), v.minLength(8, 'must be at least 8 characters'))),
  oauthToken: v.optional(v.pipe(v.string(), v.minLength(8, 'must be at least 8 characters'))),
  admin: v.optional(v.boolean()),
});

const ProjectSchema = v.strictObject({
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  path: ProjectPathSchema,
  name: v.optional(v.string()),
  description: v.optional(v.nullable(v.string())),
  visibility: v.optional(v.picklist(['private', 'internal', 'public'])),
  members: v.optional(v.record(v.string(), v.picklist(ROLE_NAMES))),
  jobTokenScopeEnabled: v.optional(v.boolean()),
  /** GitLab's "Public pipelines" (public_builds), on by default: who may read jobs and logs. */
  publicBuilds: v.optional(v.boolean()),
  jobTokenAllowlist: v.optional(v.array(ProjectRefSchema)),
  ciJobTokenScopeEnabled: v.optional(v.boolean()),
  /** Protected branches and tags: who may push or merge (so run, retry, cancel, erase jobs) there. */
  protectedBranches: v.optional(v.array(ProtectedRefSchema)),
  /**
   * "Minimum role to use pipeline variables" (ci_pipeline_variables_minimum_override_role):
   * who may play a job with variables. `developer` by default here; GitLab gives new namespaces
   * `no_one_allowed`.
   */
  pipelineVariablesMinimumRole: v.optional(
    v.picklist(['developer', 'maintainer', 'owner', 'no_one_allowed']),
  ),
  protectedTags: v.optional(v.array(ProtectedRefSchema)),
  agents: v.optional(
    v.array(
      v.strictObject({
        id: v.pipe(v.number(), v.integer(), v.minValue(1)),
        configProject: v.optional(ProjectPathSchema),
        configuration: v.optional(v.record(v.string(), v.unknown())),
        // The agent's ci_access `environments` (patterns, `*` a wildcard): GitLab keeps them in
        // the configuration and lists the agent only for jobs whose environment matches one.
        environments: v.optional(v.array(NameSchema)),
      }),
    ),
  ),
  /** `ci`, `branches`, `tags`, `triggers`: what pipelines created through the API contain. */
  ...PROJECT_CI_ENTRIES,
});

/** A scenario project as written. */
export type ScenarioProject = v.InferOutput<typeof ProjectSchema>;

const RateLimitSchema = v.strictObject({
  route: v.optional(v.string()),
  limit: v.pipe(v.number(), v.integer(), v.minValue(0)),
  window: v.optional(PositiveDurationSchema),
  kind: v.optional(v.picklist(['throttle', 'application'])),
});

/** A rate limit rule as written in a scenario or sent to the control API. */
export type RateLimitInput = v.InferOutput<typeof RateLimitSchema>;

/** The rate limit rules schema, shared with the control API. */
export const RateLimitsSchema = v.array(RateLimitSchema);

/** The whole scenario: who exists, which projects, which pipelines run when. */
export const ScenarioSchema = v.strictObject({
  startAt: v.optional(
    v.pipe(
      v.string(),
      v.check((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date'),
    ),
  ),
  server: v.optional(
    v.strictObject({
      jobIdStart: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      pipelineIdStart: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      jobTokenListAccess: v.optional(v.boolean()),
      enforceOffsetLimit: v.optional(v.boolean()),
      /** Instance-level CI/CD variables every job sees (e.g. CI_DEBUG_TRACE). */
      instanceVariables: v.optional(v.record(VariableKeySchema, v.string())),
      allowedAgentsFormat: v.optional(v.picklist(['current', 'full'])),
      /** `redirect`: archives answer 302 to signed links on another origin (object storage). */
      artifactsDownload: v.optional(v.picklist(['proxy', 'redirect'])),
      rateLimits: v.optional(RateLimitsSchema),
    }),
  ),
  users: v.pipe(v.array(UserSchema), v.minLength(1, 'must list at least one user')),
  projects: v.pipe(v.array(ProjectSchema), v.minLength(1, 'must list at least one project')),
  pipelines: v.optional(v.array(PipelineSchema)),
});

/** A validated scenario. */
export type Scenario = v.InferOutput<typeof ScenarioSchema>;

/** A scenario as a caller may write it (before validation). */
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;
