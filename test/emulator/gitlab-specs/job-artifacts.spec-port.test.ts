// Ports spec/requests/api/ci/job_artifacts_spec.rb › the four GET describes (gitlabhq/gitlabhq@027f19b3).
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';
import type { ScenarioInput } from '../../../src/emulator/scenario/scenario-schema.js';
import { callApi } from '../support/call-api.js';

const TOKENS = {
  user: 'glpat-art-developer-01',
  reporter: 'glpat-art-reporter-001',
  guest: 'glpat-art-guest-000001',
};
const ARTIFACT = 'other_artifacts_0.1.2/another-subdirectory/banana_sample.gif';
const ARCHIVE = { [ARTIFACT]: { bytes: 3000 }, 'ci_artifacts.txt': 'hello\n' };

// `let_it_be(:project) { create(:project, :repository, public_builds: false) }`, private; the
// jobs the spec creates, in pipelines on master, improve/awesome and a child pipeline; a running
// job of the user's in another project, for its job token.
const SCENARIO = {
  users: [
    { username: 'user', token: TOKENS.user },
    { username: 'reporter', token: TOKENS.reporter },
    { username: 'guest', token: TOKENS.guest },
  ],
  projects: [
    {
      path: 'art/project',
      visibility: 'private',
      publicBuilds: false,
      // The spec's projects predate the inbound allowlist being on by default.
      jobTokenScopeEnabled: false,
      members: { user: 'developer', reporter: 'reporter', guest: 'guest' },
    },
    { path: 'art/other', members: { user: 'developer' } },
  ],
  pipelines: [
    {
      project: 'art/project',
      ref: 'master',
      user: 'user',
      jobs: [
        {
          name: 'job',
          artifacts: [{ fileType: 'archive', filename: 'ci_build_artifacts.zip', files: ARCHIVE }],
          artifactsExpireIn: '1m',
        },
        {
          name: 'non_public',
          artifactsAccess: 'developer',
          artifacts: [{ fileType: 'archive', filename: 'ci_build_artifacts.zip', files: ARCHIVE }],
        },
        { name: 'without_artifacts' },
        {
          name: 'child',
          trigger: {
            project: 'art/project',
            jobs: [
              {
                name: 'rspec',
                artifacts: [{ fileType: 'archive', filename: 'rspec.zip', files: ARCHIVE }],
              },
            ],
          },
        },
      ],
    },
    {
      project: 'art/project',
      ref: 'improve/awesome',
      jobs: [
        {
          name: 'job',
          artifacts: [{ fileType: 'archive', filename: 'ci_build_artifacts.zip', files: ARCHIVE }],
        },
      ],
    },
    // Two pipelines on one branch: the older one's expired artifacts are not locked.
    {
      project: 'art/project',
      ref: 'feature',
      jobs: [
        {
          name: 'job',
          artifactsExpireIn: '1m',
          artifacts: [{ fileType: 'archive', filename: 'ci_build_artifacts.zip', files: ARCHIVE }],
        },
      ],
    },
    { project: 'art/project', ref: 'feature', jobs: [{ name: 'job' }] },
    { project: 'art/other', user: 'user', jobs: [{ name: 'other_job', duration: '1d' }] },
  ],
} as ScenarioInput;

function world(): Emulator {
  const emulator = createEmulator({ scenario: SCENARIO });
  emulator.advance(60 * 60 * 1000);
  return emulator;
}

function jobId(emulator: Emulator, ref: string, name: string): number {
  const job = [...emulator.state.jobs.values()].find(
    (candidate) =>
      candidate.spec.name === name && emulator.state.pipeline(candidate.pipelineId).ref === ref,
  );
  if (!job) throw new Error(`no job ${name} on ${ref}`);
  return job.id;
}

function setProject(emulator: Emulator, visibility: 'public' | 'private', publicBuilds: boolean) {
  const project = emulator.state.findProject('art/project');
  if (!project) throw new Error('no project');
  project.visibility = visibility;
  project.publicBuilds = publicBuilds;
  return project.id;
}

const projectId = (emulator: Emulator) => emulator.state.findProject('art/project')?.id ?? 0;

describe('GET /projects/:id/jobs/:job_id/artifacts/:artifact_path', () => {
  const getArtifactFile = (emulator: Emulator, path: string, token?: string, name = 'job') =>
    callApi(
      emulator,
      `/projects/${projectId(emulator)}/jobs/${jobId(emulator, 'master', name)}/artifacts/${path}`,
      { token },
    );

  describe('when job has artifacts', () => {
    describe('when user is anonymous', () => {
      it('when project is public › allows to access artifacts', async () => {
        const emulator = world();
        setProject(emulator, 'public', true);
        const response = await getArtifactFile(emulator, ARTIFACT);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/gif');
        expect(response.headers.get('content-disposition')).toBe(
          'attachment; filename="banana_sample.gif"',
        );
        expect(response.headers.get('content-length')).toBe('3000');
      });

      it('when project is public with artifacts that are non public › rejects access to artifacts', async () => {
        const emulator = world();
        setProject(emulator, 'public', true);
        expect((await getArtifactFile(emulator, ARTIFACT, undefined, 'non_public')).status).toBe(
          403,
        );
      });

      it('when project is public with builds access disabled › rejects access to artifacts', async () => {
        const emulator = world();
        setProject(emulator, 'public', false);
        expect((await getArtifactFile(emulator, ARTIFACT)).status).toBe(403);
      });

      it('when project is private › rejects access and hides existence of artifacts', async () => {
        const emulator = world();
        setProject(emulator, 'private', true);
        expect((await getArtifactFile(emulator, ARTIFACT)).status).toBe(404);
      });
    });

    describe('when user is authorized', () => {
      it('returns a specific artifact file for a valid path', async () => {
        const response = await getArtifactFile(world(), 'ci_artifacts.txt', TOKENS.user);
        expect(response.status).toBe(200);
        expect(response.text).toBe('hello\n');
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      });

      it('when artifacts are locked › allows access to expired artifact', async () => {
        // `job` expired after a minute, but its pipeline is master's newest successful one.
        const response = await getArtifactFile(world(), ARTIFACT, TOKENS.user);
        expect(response.status).toBe(200);
      });

      it("(jobrelay) a path the archive does not hold answers Workhorse's 404", async () => {
        const response = await getArtifactFile(world(), 'no/such/file', TOKENS.user);
        expect(response.status).toBe(404);
        expect(response.text).toBe('404 page not found\n');
      });

      it('(jobrelay) expired artifacts of an older pipeline are gone', async () => {
        const emulator = world();
        const id = jobId(emulator, 'feature', 'job');
        const response = await callApi(
          emulator,
          `/projects/${projectId(emulator)}/jobs/${id}/artifacts/ci_artifacts.txt`,
          { token: TOKENS.user },
        );
        expect(response.status).toBe(404);
      });
    });
  });

  it('when job does not have artifacts › does not return job artifact file', async () => {
    const emulator = world();
    const response = await getArtifactFile(
      emulator,
      'some/artifact',
      TOKENS.user,
      'without_artifacts',
    );
    expect(response.status).toBe(404);
  });
});

describe('GET /projects/:id/jobs/:job_id/artifacts', () => {
  const download = (emulator: Emulator, options: { token?: string; auth?: 'job' } = {}) =>
    callApi(
      emulator,
      `/projects/${projectId(emulator)}/jobs/${jobId(emulator, 'master', 'job')}/artifacts`,
      options,
    );

  // shared_examples 'downloads artifact'
  function expectDownload(response: Awaited<ReturnType<typeof download>>): void {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-transfer-encoding')).toBe('binary');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ci_build_artifacts.zip"; filename*=UTF-8''ci_build_artifacts.zip`,
    );
    // A zip: its local file header signature, and as many bytes as the job's artifact says.
    expect(response.text.startsWith('PK\u0003\u0004')).toBe(true);
    const job = [...world().state.jobs.values()].find((candidate) => candidate.spec.name === 'job');
    expect(response.headers.get('content-length')).toBe(String(job?.spec.artifacts[0]?.size));
  }

  it('authorized user › behaves like downloads artifact', async () => {
    expectDownload(await download(world(), { token: TOKENS.user }));
  });

  it('when job token is used › behaves like downloads artifact', async () => {
    const emulator = world();
    const token = emulator.jobTokens().find((entry) => entry.jobName === 'other_job')?.token;
    expect(token).toBeDefined();
    expectDownload(await download(emulator, { token, auth: 'job' }));
  });

  it('when job token is used › when job token scope is enabled › does not allow downloading artifacts', async () => {
    const emulator = world();
    const project = emulator.state.findProject('art/project');
    if (project) project.jobTokenScopeEnabled = true;
    const token = emulator.jobTokens().find((entry) => entry.jobName === 'other_job')?.token;
    // Newer GitLab answers 403 (handle_job_token_failure!); the spec's version read said 404.
    expect((await download(emulator, { token, auth: 'job' })).status).toBe(403);
  });

  it('unauthorized user › does not return specific job artifacts', async () => {
    expect((await download(world())).status).toBe(404);
  });

  it('when public project guest and artifacts are non public › rejects access and hides existence of artifacts', async () => {
    const emulator = world();
    const id = setProject(emulator, 'public', true);
    const response = await callApi(
      emulator,
      `/projects/${id}/jobs/${jobId(emulator, 'master', 'non_public')}/artifacts`,
      { token: TOKENS.guest },
    );
    expect(response.status).toBe(403);
  });

  it('does not return job artifacts if not uploaded', async () => {
    const emulator = createEmulator({ scenario: SCENARIO });
    emulator.advance(2000); // the job is running: nothing uploaded yet
    const response = await download(emulator, { token: TOKENS.user });
    expect(response.status).toBe(404);
  });
});

describe('GET /projects/:id/artifacts/:ref_name/download?job=name', () => {
  const getForRef = (emulator: Emulator, ref: string, job: string, token?: string) =>
    callApi(
      emulator,
      `/projects/${projectId(emulator)}/jobs/artifacts/${ref}/download?job=${encodeURIComponent(job)}`,
      { token },
    );

  it('when not logged in › does not find a resource in a private project', async () => {
    expect((await getForRef(world(), 'master', 'job')).status).toBe(404);
  });

  it('when logging as guest › gives 403', async () => {
    expect((await getForRef(world(), 'master', 'job', TOKENS.guest)).status).toBe(403);
  });

  it('non-existing job › has no such ref › behaves like not found', async () => {
    expect((await getForRef(world(), 'TAIL', 'job', TOKENS.reporter)).status).toBe(404);
  });

  it('non-existing job › has no such job › behaves like not found', async () => {
    expect((await getForRef(world(), 'master', 'NOBUILD', TOKENS.reporter)).status).toBe(404);
  });

  for (const [context, ref, name, filename] of [
    ['with regular branch', 'master', 'job', 'ci_build_artifacts.zip'],
    ['with branch name containing slash', 'improve/awesome', 'job', 'ci_build_artifacts.zip'],
    ['with job name in a child pipeline', 'master', 'rspec', 'rspec.zip'],
  ] as const) {
    it(`find proper job › ${context} › behaves like a valid file`, async () => {
      const response = await getForRef(world(), ref, name, TOKENS.reporter);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-transfer-encoding')).toBe('binary');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${filename}"; filename*=UTF-8''${filename}`,
      );
    });
  }

  it('(jobrelay) a ref with a slash may come encoded as %2F', async () => {
    expect((await getForRef(world(), 'improve%2Fawesome', 'job', TOKENS.reporter)).status).toBe(
      200,
    );
  });

  it('(jobrelay) without job: 400 job is missing', async () => {
    const emulator = world();
    const response = await callApi(
      emulator,
      `/projects/${projectId(emulator)}/jobs/artifacts/master/download`,
      { token: TOKENS.reporter },
    );
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'job is missing' });
  });
});

describe('GET id/jobs/artifacts/:ref_name/raw/*artifact_path?job=name', () => {
  const getArtifactFile = (
    emulator: Emulator,
    path: string,
    token?: string,
    ref = 'master',
    job = 'job',
  ) =>
    callApi(
      emulator,
      `/projects/${projectId(emulator)}/jobs/artifacts/${ref}/raw/${path}?job=${job}`,
      { token },
    );

  it('when user is anonymous › when project is public › allows to access artifacts', async () => {
    const emulator = world();
    setProject(emulator, 'public', true);
    const response = await getArtifactFile(emulator, ARTIFACT);
    expect(response.status).toBe(200);
    // Workhorse sniffs the content (Gitlab-Workhorse-Detect-Content-Type): generated bytes are binary.
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('when user is anonymous › when project is public with builds access disabled › rejects access to artifacts', async () => {
    const emulator = world();
    setProject(emulator, 'public', false);
    const response = await getArtifactFile(emulator, ARTIFACT);
    expect(response.status).toBe(403);
    expect(response.body).toHaveProperty('message');
  });

  it('when user is anonymous › when project is public with non public artifacts › rejects access and hides existence of artifacts', async () => {
    const emulator = world();
    setProject(emulator, 'public', true);
    const response = await getArtifactFile(emulator, ARTIFACT, undefined, 'master', 'non_public');
    expect(response.status).toBe(403);
  });

  it('when user is anonymous › when project is private › rejects access and hides existence of artifacts', async () => {
    const emulator = world();
    setProject(emulator, 'private', true);
    const response = await getArtifactFile(emulator, ARTIFACT);
    expect(response.status).toBe(404);
    expect(response.body).toHaveProperty('message');
  });

  it('when user is authorized › returns a specific artifact file for a valid path', async () => {
    const response = await getArtifactFile(world(), 'ci_artifacts.txt', TOKENS.user);
    expect(response.status).toBe(200);
    expect(response.text).toBe('hello\n');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('with branch name containing slash › returns a specific artifact file for a valid path', async () => {
    const response = await getArtifactFile(world(), ARTIFACT, TOKENS.user, 'improve/awesome');
    expect(response.status).toBe(200);
  });

  it('non-existing job › has no such ref › behaves like not found', async () => {
    expect((await getArtifactFile(world(), 'some/artifact', TOKENS.user, 'wrong-ref')).status).toBe(
      404,
    );
  });

  it('non-existing job › has no such job › behaves like not found', async () => {
    const response = await getArtifactFile(
      world(),
      'some/artifact',
      TOKENS.user,
      'master',
      'wrong-job-name',
    );
    expect(response.status).toBe(404);
  });

  it('when job does not have artifacts › does not return job artifact file', async () => {
    const response = await getArtifactFile(
      world(),
      'some/artifact',
      TOKENS.user,
      'master',
      'without_artifacts',
    );
    expect(response.status).toBe(404);
  });
});
