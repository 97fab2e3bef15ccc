// verifyCaller against a scripted GitLab: outcomes and statuses (401, 502, 504), what is cached, and id_token checks.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CallerCache } from '../../functions/identity/caller-cache.js';
import type { ExtractedJobToken } from '../../functions/identity/extract-job-token.js';
import { tokenFingerprint } from '../../functions/identity/token-fingerprint.js';
import {
  callerFromJob,
  projectPathFromWebUrl,
  type Verification,
  type VerifyCallerOptions,
  verifyCaller,
} from '../../functions/identity/verify-caller.js';
import type { IdTokenVerifier } from '../../functions/identity/verify-id-token.js';
import type { FetchFunction } from '../../src/gitlab/client.js';
import type { Job } from '../../src/gitlab/schemas/job.js';
import SEED_JOB from '../fixtures/seeds/markdown/get-job-token-job.json' with { type: 'json' };

const GITLAB = 'http://gitlab.test';
const AUDIENCE = 'https://relay.test';
// Made-up tokens: a failing assertion prints nothing live.
const JOB_TOKEN: ExtractedJobToken = { token: 'glcbt-64_fakejobtoken0123456789', via: 'job-token' };

/** GitLab's documented `GET /job` answer, as the running job 105 of demo/app. */
function tokenJob(overrides: Partial<Job> = {}): Job {
  return {
    ...(SEED_JOB as unknown as Job),
    id: 105,
    name: 'orchestrate',
    status: 'running',
    ref: 'main',
    web_url: `${GITLAB}/demo/app/-/jobs/105`,
    pipeline: { ...SEED_JOB.pipeline, id: 12, project_id: 1, source: 'push' },
    ...overrides,
  } as Job;
}

/** A GitLab answering `GET /job` with `answer` (a job, or a Response to send), recording each ask. */
function scriptedGitLab(answer: Job | (() => Response | Promise<Response>) = tokenJob()) {
  const asked: { url: string; headers: Headers; redirect: RequestRedirect | undefined }[] = [];
  const fetch: FetchFunction = async (input, init) => {
    asked.push({
      url: String(input instanceof Request ? input.url : input),
      headers: new Headers(init?.headers),
      redirect: init?.redirect,
    });
    return typeof answer === 'function' ? answer() : Response.json(answer);
  };
  return { fetch, asked };
}

function options(
  fetch: FetchFunction,
  more: Partial<VerifyCallerOptions> = {},
): VerifyCallerOptions {
  return { gitlabUrl: GITLAB, fetch, cache: new CallerCache(), ...more };
}

const refusalOf = (v: Verification) =>
  'refusal' in v ? { refusal: v.refusal, status: v.status } : v;

afterEach(() => {
  vi.useRealTimers();
});

describe('verifyCaller with a job token', () => {
  it("gives the token's job as the caller, fingerprinted by the token's SHA-256", async () => {
    const gitlab = scriptedGitLab();
    const verified = await verifyCaller(JOB_TOKEN, null, options(gitlab.fetch));
    expect(verified).toEqual({
      caller: {
        jobId: 105,
        jobName: 'orchestrate',
        projectId: 1,
        projectPath: 'demo/app',
        pipelineId: 12,
        ref: 'main',
        pipelineSource: 'push',
        protectedRef: undefined,
        environment: undefined,
        idToken: false,
      },
      fingerprint: await tokenFingerprint(JOB_TOKEN.token),
      cached: false,
    });
    expect(gitlab.asked.map((a) => a.url)).toEqual([`${GITLAB}/api/v4/job`]);
  });

  it('asks GitLab as the caller asked: JOB-TOKEN, or Authorization Bearer, following no redirect', async () => {
    const gitlab = scriptedGitLab();
    await verifyCaller(JOB_TOKEN, null, options(gitlab.fetch));
    await verifyCaller({ ...JOB_TOKEN, via: 'bearer' }, null, options(gitlab.fetch));
    expect(gitlab.asked.map((a) => a.headers.has('job-token'))).toEqual([true, false]);
    expect(gitlab.asked[1]?.headers.get('authorization')?.startsWith('Bearer ')).toBe(true);
    expect(gitlab.asked.map((a) => a.redirect)).toEqual(['manual', 'manual']);
  });

  it('answers the second verification from the cache, saying so', async () => {
    const gitlab = scriptedGitLab();
    const opts = options(gitlab.fetch);
    const first = await verifyCaller(JOB_TOKEN, null, opts);
    const second = await verifyCaller(JOB_TOKEN, null, opts);
    expect(first).toMatchObject({ cached: false });
    expect(second).toEqual({ ...first, cached: true });
    expect(gitlab.asked).toHaveLength(1);
  });

  it('refuses with 401 the token of a job that is not running, and remembers the refusal', async () => {
    const gitlab = scriptedGitLab(tokenJob({ status: 'success' }));
    const opts = options(gitlab.fetch);
    const expected = { refusal: 'the job of this token is not running', status: 401 };
    expect(refusalOf(await verifyCaller(JOB_TOKEN, null, opts))).toEqual(expected);
    expect(refusalOf(await verifyCaller(JOB_TOKEN, null, opts))).toEqual(expected);
    expect(gitlab.asked).toHaveLength(1);
  });

  it.each([
    [401, 'the job token is not valid, or its job is not running'],
    [403, 'the job token is not valid, or its job is not running'],
    [404, 'that is not a CI job token'],
  ])(
    'refuses with 401 when GitLab answers %i, and remembers the refusal',
    async (status, refusal) => {
      const gitlab = scriptedGitLab(() => Response.json({ message: 'no' }, { status }));
      const opts = options(gitlab.fetch);
      expect(refusalOf(await verifyCaller(JOB_TOKEN, null, opts))).toEqual({
        refusal,
        status: 401,
      });
      expect(refusalOf(await verifyCaller(JOB_TOKEN, null, opts))).toEqual({
        refusal,
        status: 401,
      });
      expect(gitlab.asked).toHaveLength(1);
    },
  );

  it.each([300, 302, 307, 399])(
    'answers 502 to a %i from GitLab, saying the redirect is not followed',
    async (status) => {
      const gitlab = scriptedGitLab(
        () => new Response(null, { status, headers: { location: `${GITLAB}/elsewhere` } }),
      );
      expect(refusalOf(await verifyCaller(JOB_TOKEN, null, options(gitlab.fetch)))).toEqual({
        refusal: `GitLab answered the identity check with a redirect (${status}), which the relay does not follow`,
        status: 502,
      });
      expect(gitlab.asked.map((a) => a.url)).toEqual([`${GITLAB}/api/v4/job`]);
    },
  );

  it.each([400, 422])('answers 502 to a %i from GitLab, asking once', async (status) => {
    const gitlab = scriptedGitLab(() => Response.json({ message: 'no' }, { status }));
    expect(refusalOf(await verifyCaller(JOB_TOKEN, null, options(gitlab.fetch)))).toEqual({
      refusal: `GitLab failed the identity check (${status})`,
      status: 502,
    });
    expect(gitlab.asked).toHaveLength(1);
  });

  it('answers 502 when GitLab keeps failing, after one retry, and remembers nothing', async () => {
    const gitlab = scriptedGitLab(() => Response.json({ message: 'down' }, { status: 503 }));
    const opts = options(gitlab.fetch);
    const expected = { refusal: 'GitLab failed the identity check (503)', status: 502 };
    expect(refusalOf(await verifyCaller(JOB_TOKEN, null, opts))).toEqual(expected);
    expect(gitlab.asked).toHaveLength(2);
    expect(refusalOf(await verifyCaller(JOB_TOKEN, null, opts))).toEqual(expected);
    expect(gitlab.asked).toHaveLength(4);
  });

  it('answers 502 when GitLab cannot be reached', async () => {
    const gitlab = scriptedGitLab(() => {
      throw new TypeError('connection refused');
    });
    expect(refusalOf(await verifyCaller(JOB_TOKEN, null, options(gitlab.fetch)))).toEqual({
      refusal: 'GitLab did not answer the identity check',
      status: 502,
    });
  });

  it('answers 504 when GitLab does not answer within 10 s, twice', async () => {
    vi.useFakeTimers();
    let asked = 0;
    let firstAsk!: () => void;
    const asking = new Promise<void>((resolve) => {
      firstAsk = resolve;
    });
    const hanging: FetchFunction = (_input, init) => {
      asked++;
      firstAsk();
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    };
    const verification = verifyCaller(JOB_TOKEN, null, options(hanging));
    await asking;
    await vi.advanceTimersByTimeAsync(9_999);
    expect(asked).toBe(1);
    // One retry after at most 200 ms, which also gets 10 s.
    await vi.advanceTimersByTimeAsync(1 + 200);
    expect(asked).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refusalOf(await verification)).toEqual({
      refusal: 'GitLab did not answer the identity check',
      status: 504,
    });
  });

  it('refuses with 401, asking GitLab nothing, a caller without id_token when one is required', async () => {
    const gitlab = scriptedGitLab();
    const verified = await verifyCaller(
      JOB_TOKEN,
      null,
      options(gitlab.fetch, { requireIdToken: true }),
    );
    expect(refusalOf(verified)).toEqual({
      refusal: 'this relay requires an id_token (JOBRELAY-ID-TOKEN header)',
      status: 401,
    });
    expect(gitlab.asked).toHaveLength(0);
  });
});

describe('verifyCaller with an id_token', () => {
  let privateKey: CryptoKey;
  let verifier: IdTokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
    verifier = { keys: createLocalJWKSet({ keys: [jwk] }), issuer: GITLAB, audience: AUDIENCE };
  });

  function idToken(claims: Record<string, unknown>, exp = '5m') {
    return new SignJWT({ job_id: '105', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(GITLAB)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(privateKey);
  }

  it("adds the id_token's claims to the caller, fingerprinted by both tokens", async () => {
    const gitlab = scriptedGitLab();
    const token = await idToken({
      project_path: 'demo/app-from-claim',
      ref_protected: 'true',
      environment: 'production',
      pipeline_source: 'web',
    });
    const verified = await verifyCaller(
      JOB_TOKEN,
      token,
      options(gitlab.fetch, { idTokenVerifier: verifier }),
    );
    expect(verified).toEqual({
      caller: expect.objectContaining({
        jobId: 105,
        projectPath: 'demo/app-from-claim',
        protectedRef: true,
        environment: 'production',
        pipelineSource: 'web',
        idToken: true,
      }),
      fingerprint: await tokenFingerprint(`${JOB_TOKEN.token}\n${token}`),
      cached: false,
    });
  });

  it("keeps GitLab's project path and pipeline source when the id_token lacks them", async () => {
    const gitlab = scriptedGitLab();
    const token = await idToken({});
    const verified = await verifyCaller(
      JOB_TOKEN,
      token,
      options(gitlab.fetch, { idTokenVerifier: verifier }),
    );
    expect(verified).toMatchObject({
      caller: {
        projectPath: 'demo/app',
        pipelineSource: 'push',
        protectedRef: undefined,
        idToken: true,
      },
    });
  });

  it('does not answer a job token with an id_token from the verdict cached for the job token alone', async () => {
    const gitlab = scriptedGitLab();
    const opts = options(gitlab.fetch, { idTokenVerifier: verifier });
    await verifyCaller(JOB_TOKEN, null, opts);
    const withIdToken = await verifyCaller(
      JOB_TOKEN,
      await idToken({ environment: 'production' }),
      opts,
    );
    expect(withIdToken).toMatchObject({ cached: false, caller: { environment: 'production' } });
    expect(gitlab.asked).toHaveLength(2);
  });

  it('refuses with 401 an id_token naming another job, and remembers the refusal', async () => {
    const gitlab = scriptedGitLab();
    const opts = options(gitlab.fetch, { idTokenVerifier: verifier });
    const token = await idToken({ job_id: '106' });
    expect(refusalOf(await verifyCaller(JOB_TOKEN, token, opts))).toEqual({
      refusal: 'the id_token names another job than the job token',
      status: 401,
    });
    expect(refusalOf(await verifyCaller(JOB_TOKEN, token, opts))).toEqual({
      refusal: 'the id_token names another job',
      status: 401,
    });
    expect(gitlab.asked).toHaveLength(1);
  });

  it('refuses with 401 an expired id_token, saying why', async () => {
    const gitlab = scriptedGitLab();
    const token = await idToken({}, '-1m');
    const verified = await verifyCaller(
      JOB_TOKEN,
      token,
      options(gitlab.fetch, { idTokenVerifier: verifier }),
    );
    expect(refusalOf(verified)).toEqual({
      refusal: expect.stringMatching(/^the id_token was refused: .*exp/),
      status: 401,
    });
  });

  it('refuses with 401 an id_token sent to a relay configured without a verifier', async () => {
    const gitlab = scriptedGitLab();
    const verified = await verifyCaller(JOB_TOKEN, await idToken({}), options(gitlab.fetch));
    expect(refusalOf(verified)).toEqual({
      refusal: 'this relay does not accept id_tokens (not configured)',
      status: 401,
    });
  });
});

describe('callerFromJob', () => {
  it('leaves the project, pipeline and source unknown for a job without its pipeline', () => {
    const { pipeline: _, ...job } = tokenJob();
    expect(callerFromJob(job as Job, GITLAB)).toMatchObject({
      jobId: 105,
      projectId: 0,
      pipelineId: undefined,
      pipelineSource: undefined,
    });
  });

  it('leaves the source unknown when the pipeline does not say it', () => {
    const job = tokenJob({
      pipeline: { ...SEED_JOB.pipeline, id: 12, project_id: 1 } as Job['pipeline'],
    });
    expect(callerFromJob(job, GITLAB)).toMatchObject({
      projectId: 1,
      pipelineId: 12,
      pipelineSource: undefined,
    });
  });
});

describe('projectPathFromWebUrl', () => {
  it.each([
    ['the instance URL', 'https://gitlab.example', 'group/app'],
    ['the instance URL with a slash', 'https://gitlab.example/', 'group/app'],
    ['the API URL', 'https://gitlab.example/api/v4', 'group/app'],
    ['the API URL with a slash', 'https://gitlab.example/api/v4/', 'group/app'],
  ])('takes the path of a job under %s', (_what, gitlabUrl, path) => {
    expect(projectPathFromWebUrl('https://gitlab.example/group/app/-/jobs/5', gitlabUrl)).toBe(
      path,
    );
  });

  it('takes the path under an instance served below a prefix, given with or without /api/v4', () => {
    const webUrl = 'https://example.com/gitlab/group/sub/app/-/jobs/5';
    expect(projectPathFromWebUrl(webUrl, 'https://example.com/gitlab')).toBe('group/sub/app');
    expect(projectPathFromWebUrl(webUrl, 'https://example.com/gitlab/api/v4')).toBe(
      'group/sub/app',
    );
  });

  it('strips /api/v4 only at the end of the URL', () => {
    const webUrl = 'https://example.com/api/v4-mirror/group/app/-/jobs/5';
    expect(projectPathFromWebUrl(webUrl, 'https://example.com/api/v4-mirror')).toBe('group/app');
  });

  it('decodes an encoded path', () => {
    expect(
      projectPathFromWebUrl(
        'https://gitlab.example/group/my%20app/-/jobs/5',
        'https://gitlab.example',
      ),
    ).toBe('group/my app');
  });

  it.each([
    ['on another origin', 'https://elsewhere.example/group/app/-/jobs/5'],
    ['outside the instance prefix', 'https://example.com/other/group/app/-/jobs/5'],
    ['not a job page', 'https://example.com/gitlab/group/app/-/pipelines/5'],
    ['a job page with more after it', 'https://example.com/gitlab/group/app/-/jobs/5/raw'],
    ['no project before /-/jobs', 'https://example.com/gitlab/-/jobs/5'],
    ['not a URL', 'not a url'],
  ])('knows no path for a web_url %s', (_what, webUrl) => {
    expect(projectPathFromWebUrl(webUrl, 'https://example.com/gitlab')).toBeUndefined();
  });

  it('knows no path for a job page on another origin than the instance', () => {
    const webUrl = 'https://elsewhere.example/group/app/-/jobs/5';
    expect(projectPathFromWebUrl(webUrl, 'https://gitlab.example')).toBeUndefined();
    expect(
      projectPathFromWebUrl(webUrl.replace('https', 'http'), 'https://elsewhere.example'),
    ).toBeUndefined();
  });

  it('knows no path when the instance URL is not a URL', () => {
    expect(
      projectPathFromWebUrl('https://example.com/group/app/-/jobs/5', 'not a url'),
    ).toBeUndefined();
  });
});

describe('renewing a caller proved before', () => {
  const caller = (idToken: boolean) => ({ ...callerFromJob(tokenJob(), GITLAB), idToken });

  async function renewal(idToken: boolean, running: boolean | undefined) {
    let now = 0;
    const cache = new CallerCache({ now: () => now });
    const fingerprint = await tokenFingerprint(JOB_TOKEN.token);
    cache.set(fingerprint, { caller: caller(idToken) });
    now += 30_001;
    const gitlab = scriptedGitLab();
    const renew = vi.fn(async () => running);
    const verified = await verifyCaller(JOB_TOKEN, null, {
      gitlabUrl: GITLAB,
      fetch: gitlab.fetch,
      cache,
      renew,
    });
    return { verified, asked: gitlab.asked.length, renew };
  }

  it('takes a running job as proof, without asking GET /job', async () => {
    const { verified, asked } = await renewal(false, true);
    expect('caller' in verified && verified.caller.jobId).toBe(105);
    expect(asked).toBe(0);
  });

  it('refuses a job that stopped, without asking GET /job', async () => {
    const { verified, asked } = await renewal(false, false);
    expect(verified).toMatchObject({ status: 401 });
    expect(asked).toBe(0);
  });

  it('asks GET /job when the running jobs cannot tell', async () => {
    const { verified, asked } = await renewal(false, undefined);
    expect('caller' in verified).toBe(true);
    expect(asked).toBe(1);
  });

  it('never renews an identity that leaned on an id_token (it expires on its own)', async () => {
    const { asked, renew } = await renewal(true, true);
    expect(renew).not.toHaveBeenCalled();
    expect(asked).toBe(1);
  });
});
