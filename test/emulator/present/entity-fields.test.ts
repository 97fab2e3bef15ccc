// The emulator's job, bridge, runner, user, commit and pipeline JSON: GitLab's entity fields, in expose order.
import { describe, expect, it } from 'vitest';
import { presentBridgeAsJob } from '../../../src/emulator/present/present-bridge-as-job.js';
import { asList, asObject, callApi, ORIGIN } from '../support/call-api.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

type Json = Record<string, unknown>;

// The expose lists of gitlabhq/gitlabhq's entities, in order.
// lib/api/entities/ci/job_basic.rb (0286e4c6); failure_reason only for failed jobs.
const JOB_BASIC = [
  'id',
  'status',
  'stage',
  'name',
  'ref',
  'tag',
  'coverage',
  'allow_failure',
  'created_at',
  'started_at',
  'finished_at',
  'erased_at',
  'duration',
  'queued_duration',
  'user',
  'commit',
  'pipeline',
  'failure_reason',
  'web_url',
  'project',
];
// lib/api/entities/ci/job.rb (495a5c79); artifacts_file only while the archive is there.
const JOB = [
  ...JOB_BASIC,
  'artifacts_file',
  'artifacts',
  'runner',
  'runner_manager',
  'artifacts_expire_at',
  'archived',
  'tag_list',
];
// lib/api/entities/ci/runner.rb (41946e65), without created_by (no current_user).
const RUNNER = [
  'id',
  'description',
  'ip_address',
  'active',
  'paused',
  'is_shared',
  'runner_type',
  'name',
  'online',
  'created_at',
  'status',
  'job_execution_status',
];
// lib/api/entities/ci/runner_manager.rb (41946e65).
const RUNNER_MANAGER = [
  'id',
  'system_id',
  'version',
  'revision',
  'platform',
  'architecture',
  'created_at',
  'contacted_at',
  'ip_address',
  'status',
  'job_execution_status',
];
// UserSafe, UserBasic, then User, as an anonymous viewer sees a public profile.
const USER = [
  'id',
  'username',
  'name',
  'state',
  'locked',
  'avatar_url',
  'web_url',
  'created_at',
  'bio',
  'location',
  'public_email',
  'skype',
  'linkedin',
  'twitter',
  'discord',
  'website_url',
  'organization',
  'job_title',
  'pronouns',
  'bot',
  'work_information',
  'followers',
  'following',
  'local_time',
];
// lib/api/entities/commit.rb.
const COMMIT = [
  'id',
  'short_id',
  'created_at',
  'parent_ids',
  'title',
  'message',
  'author_name',
  'author_email',
  'authored_date',
  'committer_name',
  'committer_email',
  'committed_date',
  'trailers',
  'extended_trailers',
  'web_url',
];
// lib/api/entities/ci/pipeline_basic.rb.
const PIPELINE = [
  'id',
  'iid',
  'project_id',
  'sha',
  'ref',
  'status',
  'source',
  'created_at',
  'updated_at',
  'web_url',
];

/** The keys GitLab sends, in order: the entity's list without the keys an `if:` drops. */
function keysOf(list: string[], ...dropped: string[]): string[] {
  return list.filter((key) => !dropped.includes(key));
}

/** jobs-world.yaml with the hour-old pipeline finished and the current one running. */
function world() {
  const emulator = emulatorFor('jobs-world.yaml');
  emulator.advance(5_000);
  return emulator;
}

async function jobJson(name: string): Promise<Json> {
  const emulator = world();
  const id = jobNamed(emulator, 'group/app', name).id;
  return asObject(await callApi(emulator, `/projects/10/jobs/${id}`, { token: TOKENS.owner }));
}

describe('job JSON', () => {
  it('has the Job entity fields in expose order for a finished build with an archive', async () => {
    const json = await jobJson('compile');
    expect(json.status).toBe('success');
    expect(Object.keys(json)).toEqual(keysOf(JOB, 'failure_reason'));
  });

  it('adds failure_reason only for a failed build, in its place', async () => {
    const json = await jobJson('flaky');
    expect(json.status).toBe('failed');
    expect(Object.keys(json)).toEqual(keysOf(JOB, 'artifacts_file'));
  });

  it('nests the runner, runner manager, user, commit and pipeline entities in order', async () => {
    const json = await jobJson('compile');
    expect(Object.keys(json.runner as Json)).toEqual(RUNNER);
    expect(Object.keys(json.runner_manager as Json)).toEqual(RUNNER_MANAGER);
    expect(Object.keys(json.user as Json)).toEqual(USER);
    expect(Object.keys(json.commit as Json)).toEqual(COMMIT);
    expect(Object.keys(json.pipeline as Json)).toEqual(PIPELINE);
  });

  it('gives the runner a null ip_address, its registration time and an idle status when no job runs on it', async () => {
    const runner = (await jobJson('compile')).runner as Json;
    expect(runner).toMatchObject({ ip_address: null, paused: false, is_shared: true });
    expect(runner.created_at).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/));
    expect(runner).not.toHaveProperty('created_by');
  });

  it('marks the runner and its manager active while one of its builds runs', async () => {
    const emulator = world();
    const running = asList(
      await callApi(emulator, '/projects/10/jobs?scope=running', { token: TOKENS.owner }),
    );
    expect(running.length).toBeGreaterThan(0);
    for (const job of running) {
      expect((job.runner as Json).job_execution_status).toBe('active');
      expect((job.runner_manager as Json).job_execution_status).toBe('active');
    }
  });

  it('shows the user as GitLab does to a viewer it does not pass: followers and following, no is_followed', async () => {
    const user = (await jobJson('compile')).user as Json;
    expect(user).toMatchObject({ followers: 0, following: 0, locked: false, bot: false });
    expect(user).not.toHaveProperty('is_followed');
    expect(user).not.toHaveProperty('avatar_path');
  });
});

describe('bridge JSON', () => {
  it('has JobBasic then downstream_pipeline, and nothing of a build', async () => {
    const emulator = world();
    const bridge = jobNamed(emulator, 'group/app', 'trigger-lib');
    const pipelineId = emulator.state.jobs.get(bridge.id)?.pipelineId;
    const bridges = asList(
      await callApi(emulator, `/projects/10/pipelines/${pipelineId}/bridges`, {
        token: TOKENS.owner,
      }),
    );
    const json = bridges.find((entry) => entry.id === bridge.id) as Json;
    const dropped = json.status === 'failed' ? [] : ['failure_reason'];
    expect(Object.keys(json)).toEqual([...keysOf(JOB_BASIC, ...dropped), 'downstream_pipeline']);
    expect(Object.keys(json.downstream_pipeline as Json)).toEqual(PIPELINE);
  });

  it('as a Job (retry) has no runner_manager key, runner null, no artifacts and tag_list ["bridge"]', () => {
    const emulator = world();
    const record = emulator.state.jobs.get(jobNamed(emulator, 'group/app', 'trigger-lib').id);
    if (!record) throw new Error('no bridge');
    const json = presentBridgeAsJob(
      { state: emulator.state, now: emulator.clock.now(), baseUrl: ORIGIN },
      record,
    );
    const dropped = json.status === 'failed' ? [] : ['failure_reason'];
    expect(Object.keys(json)).toEqual(keysOf(JOB, 'artifacts_file', 'runner_manager', ...dropped));
    expect(json).toMatchObject({
      artifacts: [],
      runner: null,
      artifacts_expire_at: null,
      archived: false,
      tag_list: ['bridge'],
    });
    expect(json).not.toHaveProperty('downstream_pipeline');
  });
});
