// Property test: every shape GitLab's API entities can produce parses with the core's schemas, unchanged.
//
// The generators follow the entity definitions of gitlabhq/gitlabhq, field by field and in expose
// order: lib/api/entities/ci/job_basic.rb (0286e4c6), ci/job.rb (495a5c79), ci/bridge.rb
// (6e4e1050), ci/runner.rb and ci/runner_manager.rb (41946e65), ci/pipeline_basic.rb, commit.rb,
// user.rb / user_basic.rb / user_safe.rb, ci/job_artifact.rb (4e50b9ed), ci/job_artifact_file.rb
// (5b683682), clusters/agents/authorizations/ci_access.rb and project_identity.rb (41946e65), and
// the allowed_agents answer of lib/api/ci/jobs.rb (017a6c12). A field is null where the model can
// give nil, and absent where the entity's `if:` can be false.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AllowedAgentsSchema,
  BridgeSchema,
  CommitSchema,
  DownstreamPipelineSchema,
  JobOrBridgeSchema,
  JobSchema,
  PipelineSchema,
  RunnerManagerSchema,
  RunnerSchema,
  UserSchema,
} from '../../../src/gitlab/schemas/index.js';
import { JOB_STATUSES } from '../../../src/gitlab/schemas/job-status.js';

type Json = Record<string, unknown>;

const RUNS = { numRuns: 300 } as const;

/** An object from [key, arbitrary] pairs in expose order; `absent` marks keys an `if:` may drop. */
function entity(
  fields: Array<[string, fc.Arbitrary<unknown>] | [string, fc.Arbitrary<unknown>, 'absent']>,
): fc.Arbitrary<Json> {
  const present = fields.map(([, arbitrary, mayBeAbsent]) =>
    mayBeAbsent
      ? fc.option(
          arbitrary.map((value) => ({ value })),
          { nil: undefined },
        )
      : arbitrary.map((value) => ({ value })),
  );
  return fc.tuple(...present).map((values) => {
    const object: Json = {};
    fields.forEach(([key], index) => {
      const slot = values[index] as { value: unknown } | undefined;
      if (slot !== undefined) object[key] = slot.value;
    });
    return object;
  });
}

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const id = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const count = fc.nat({ max: 10_000 });
const text = fc.string({ maxLength: 40 });
const url = fc.webUrl();
const sha = fc.stringMatching(/^[0-9a-f]{40}$/);

// Rails renders times in UTC with milliseconds; commit dates keep the author's offset.
const timestamp = fc.oneof(
  fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  fc
    .tuple(
      fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      fc.constantFrom('+02:00', '-07:00', '+05:30', '+00:00'),
    )
    .map(([date, offset]) => date.toISOString().replace(/\.\d{3}Z$/, `.000${offset}`)),
);

// API::Entities::User < UserBasic < UserSafe, shown without a current_user: created_at,
// followers and following hang on read_user_profile (false for a private profile); is_followed
// also needs a current_user, which other endpoints pass; the EE email only for managed users.
const user = entity([
  ['id', id],
  ['username', text],
  ['name', text],
  ['state', fc.constantFrom('active', 'blocked', 'deactivated', 'banned', 'ldap_blocked')],
  ['locked', fc.boolean()],
  ['avatar_url', nullable(url)],
  ['avatar_path', text, 'absent'],
  [
    'custom_attributes',
    fc.array(
      entity([
        ['key', text],
        ['value', text],
      ]),
    ),
    'absent',
  ],
  ['web_url', url],
  ['email', text, 'absent'],
  ['created_at', timestamp, 'absent'],
  ['bio', nullable(text)],
  ['location', nullable(text)],
  ['public_email', nullable(text)],
  ['skype', nullable(text)],
  ['linkedin', nullable(text)],
  ['twitter', nullable(text)],
  ['discord', nullable(text)],
  ['website_url', nullable(text)],
  ['organization', nullable(text)],
  ['job_title', nullable(text)],
  ['pronouns', nullable(text)],
  ['bot', fc.boolean()],
  ['work_information', nullable(text)],
  ['followers', count, 'absent'],
  ['following', count, 'absent'],
  ['is_followed', fc.boolean(), 'absent'],
  ['local_time', nullable(fc.constantFrom('9:05 AM', '11:59 PM'))],
]);

// API::Entities::UserBasic, for a runner's created_by.
const userBasic = entity([
  ['id', id],
  ['username', text],
  ['name', text],
  ['state', fc.constantFrom('active', 'blocked')],
  ['locked', fc.boolean()],
  ['avatar_url', nullable(url)],
  ['web_url', url],
]);

// Git trailer keys such as `Signed-off-by` (token characters, as git writes them).
const trailerKey = fc.stringMatching(/^[A-Z][a-z]{0,8}(-[A-Za-z][a-z]{0,8}){0,2}$/);

// API::Entities::Commit: trailers are a Hash of strings, extended_trailers of string arrays.
const commit = entity([
  ['id', sha],
  ['short_id', sha.map((value) => value.slice(0, 8))],
  ['created_at', timestamp],
  ['parent_ids', fc.array(sha, { maxLength: 3 })],
  ['title', text],
  ['message', text],
  ['author_name', text],
  ['author_email', text],
  ['authored_date', timestamp],
  ['committer_name', text],
  ['committer_email', text],
  ['committed_date', timestamp],
  ['trailers', fc.dictionary(trailerKey, text, { maxKeys: 3 })],
  [
    'extended_trailers',
    fc.dictionary(trailerKey, fc.array(text, { maxLength: 3 }), { maxKeys: 3 }),
  ],
  ['web_url', url],
]);

const PIPELINE_STATUSES = [...JOB_STATUSES];
const PIPELINE_SOURCES = [
  'push',
  'web',
  'trigger',
  'schedule',
  'api',
  'external',
  'pipeline',
  'chat',
  'webide',
  'merge_request_event',
  'external_pull_request_event',
  'parent_pipeline',
  'ondemand_dast_scan',
  'security_orchestration_policy',
  'container_registry_push',
  'unknown',
];

// Entities::Ci::PipelineBasic.
const pipeline = entity([
  ['id', id],
  ['iid', id],
  ['project_id', id],
  ['sha', sha],
  ['ref', text],
  ['status', fc.constantFrom(...PIPELINE_STATUSES)],
  ['source', fc.constantFrom(...PIPELINE_SOURCES)],
  ['created_at', timestamp],
  ['updated_at', timestamp],
  ['web_url', url],
]);

const executionStatus = fc.constantFrom('active', 'idle');

// Entities::Ci::Runner: ip_address is always nil; created_by only for callers who may read the
// creator; description and name are nullable columns.
const runner = entity([
  ['id', id],
  ['description', nullable(text)],
  ['ip_address', fc.constant(null)],
  ['active', fc.boolean()],
  ['paused', fc.boolean()],
  ['is_shared', fc.boolean()],
  ['runner_type', fc.constantFrom('instance_type', 'group_type', 'project_type')],
  ['name', nullable(text)],
  ['online', fc.boolean()],
  ['created_by', userBasic, 'absent'],
  ['created_at', timestamp],
  ['status', fc.constantFrom('online', 'offline', 'stale', 'never_contacted')],
  ['job_execution_status', executionStatus],
]);

// Entities::Ci::RunnerManager: what the runner reported, each nullable until it does.
const runnerManager = entity([
  ['id', id],
  ['system_id', text],
  ['version', nullable(text)],
  ['revision', nullable(text)],
  ['platform', nullable(text)],
  ['architecture', nullable(text)],
  ['created_at', timestamp],
  ['contacted_at', nullable(timestamp)],
  ['ip_address', nullable(text)],
  ['status', fc.constantFrom('online', 'offline', 'stale', 'never_contacted')],
  ['job_execution_status', executionStatus],
]);

// Entities::Ci::JobArtifact and JobArtifactFile.
const artifact = entity([
  ['file_type', fc.constantFrom('archive', 'metadata', 'trace', 'junit', 'dotenv', 'sast')],
  ['size', count],
  ['filename', text],
  ['file_format', nullable(fc.constantFrom('raw', 'zip', 'gzip'))],
]);
const artifactFile = entity([
  ['filename', text],
  ['size', count],
]);

// Entities::Ci::JobBasic, with failure_reason only for a failed job.
const jobBasic = fc
  .constantFrom(...JOB_STATUSES)
  .chain((status) =>
    entity([
      ['id', id],
      ['status', fc.constant(status)],
      ['stage', text],
      ['name', text],
      ['ref', text],
      ['tag', fc.boolean()],
      ['coverage', nullable(fc.double({ min: 0, max: 100, noNaN: true }))],
      ['allow_failure', fc.boolean()],
      ['created_at', timestamp],
      ['started_at', nullable(timestamp)],
      ['finished_at', nullable(timestamp)],
      ['erased_at', nullable(timestamp)],
      ['duration', nullable(fc.double({ min: 0, max: 1e7, noNaN: true }))],
      ['queued_duration', nullable(fc.double({ min: 0, max: 1e7, noNaN: true }))],
      ['user', nullable(user)],
      ['commit', nullable(commit)],
      ['pipeline', pipeline],
      ...(status === 'failed'
        ? [
            [
              'failure_reason',
              fc.constantFrom('unknown_failure', 'script_failure', 'api_failure'),
            ] as [string, fc.Arbitrary<unknown>],
          ]
        : []),
      ['web_url', url],
      ['project', entity([['ci_job_token_scope_enabled', fc.boolean()]])],
    ]),
  );

// Entities::Ci::Job for a build: artifacts_file only `if: job.artifacts?`.
const job = fc
  .tuple(
    jobBasic,
    entity([
      ['artifacts_file', artifactFile, 'absent'],
      ['artifacts', fc.array(artifact, { maxLength: 4 })],
      ['runner', nullable(runner)],
      ['runner_manager', nullable(runnerManager)],
      ['artifacts_expire_at', nullable(timestamp)],
      ['archived', fc.boolean()],
      ['tag_list', fc.array(text, { maxLength: 4 }).map((tags) => [...tags].sort())],
    ]),
  )
  .map(([basic, rest]) => ({ ...basic, ...rest }));

// Entities::Ci::Bridge.
const bridge = fc
  .tuple(jobBasic, entity([['downstream_pipeline', nullable(pipeline)]]))
  .map(([basic, rest]) => ({ ...basic, ...rest }));

// A bridge presented with Entities::Ci::Job (retry): no artifacts_file, no runner_manager key,
// Bridge#tags is [:bridge].
const bridgeAsJob = jobBasic.chain((basic) =>
  fc.boolean().map((archived) => ({
    ...basic,
    artifacts: [],
    runner: null,
    artifacts_expire_at: null,
    archived,
    tag_list: ['bridge'],
  })),
);

// Entities::ProjectIdentity.
const projectIdentity = entity([
  ['id', id],
  ['description', nullable(text)],
  ['name', text],
  ['name_with_namespace', text],
  ['path', text],
  ['path_with_namespace', text],
  ['created_at', timestamp],
]);

// An agent's ci_access config (a jsonb Hash): the known keys, plus whatever else it holds.
const configuration = fc
  .tuple(
    entity([
      ['default_namespace', text, 'absent'],
      ['access_as', fc.constantFrom({ agent: {} }, { ci_job: {} }, { user: {} }), 'absent'],
      ['environments', fc.array(text, { maxLength: 3 }), 'absent'],
      ['protected_branches_only', fc.boolean(), 'absent'],
    ]),
    fc.dictionary(fc.constantFrom('resource_management', 'extra'), fc.jsonValue(), { maxKeys: 2 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

const ROLES = ['guest', 'planner', 'reporter', 'developer', 'maintainer', 'owner'];

// The allowed_agents answer: `environment` dropped by `.compact` when the job has none.
const allowedAgents = entity([
  [
    'allowed_agents',
    fc.array(
      entity([
        ['id', id],
        ['config_project', projectIdentity],
        ['configuration', configuration],
      ]),
      { maxLength: 4 },
    ),
  ],
  ['job', entity([['id', id]])],
  ['pipeline', entity([['id', id]])],
  [
    'project',
    entity([
      ['id', id],
      ['groups', fc.array(entity([['id', id]]), { maxLength: 3 })],
    ]),
  ],
  [
    'user',
    entity([
      ['id', id],
      ['username', text],
      ['roles_in_project', fc.nat({ max: ROLES.length }).map((n) => ROLES.slice(0, n))],
    ]),
  ],
  [
    'environment',
    entity([
      ['tier', fc.constantFrom('production', 'staging', 'testing', 'development', 'other')],
      ['slug', fc.stringMatching(/^[a-z][a-z0-9-]{0,23}$/)],
    ]),
    'absent',
  ],
]);

/** Asserts the schema parses every generated value and keeps it as it was (unknown keys too). */
function acceptsUnchanged(schema: v.GenericSchema, arbitrary: fc.Arbitrary<unknown>): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      const result = v.safeParse(schema, value);
      if (!result.success)
        throw new Error(
          result.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`).join('; '),
        );
      expect(result.output).toEqual(value);
    }),
    RUNS,
  );
}

describe('the core schemas accept every shape GitLab entities produce', () => {
  it('parses every Job entity with JobSchema and JobOrBridgeSchema', () => {
    acceptsUnchanged(JobSchema, job);
    acceptsUnchanged(JobOrBridgeSchema, job);
  });

  it('parses every Bridge entity with BridgeSchema and JobOrBridgeSchema', () => {
    acceptsUnchanged(BridgeSchema, bridge);
    acceptsUnchanged(JobOrBridgeSchema, bridge);
  });

  it('parses a bridge presented as a Job (retry) with JobSchema and JobOrBridgeSchema', () => {
    acceptsUnchanged(JobSchema, bridgeAsJob);
    acceptsUnchanged(JobOrBridgeSchema, bridgeAsJob);
  });

  it('parses every User entity', () => {
    acceptsUnchanged(UserSchema, user);
  });

  it('parses every Runner and RunnerManager entity', () => {
    acceptsUnchanged(RunnerSchema, runner);
    acceptsUnchanged(RunnerManagerSchema, runnerManager);
  });

  it('parses every PipelineBasic entity, as a job pipeline and as a downstream pipeline', () => {
    acceptsUnchanged(PipelineSchema, pipeline);
    acceptsUnchanged(DownstreamPipelineSchema, pipeline);
  });

  it('parses every Commit entity', () => {
    acceptsUnchanged(CommitSchema, commit);
  });

  it('parses every allowed_agents answer', () => {
    acceptsUnchanged(AllowedAgentsSchema, allowedAgents);
  });

  it('keeps a field GitLab always sends required: a job without web_url is rejected', () => {
    fc.assert(
      fc.property(job, (value) => {
        const { web_url: _dropped, ...rest } = value as Json;
        expect(v.safeParse(JobSchema, rest).success).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
