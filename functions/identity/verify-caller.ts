// Proves who is calling: asks GitLab `GET /job` with the job token (cached), and checks an id_token if sent.
import { createClient, type FetchFunction } from '../../src/gitlab/client.js';
import { errorMessage } from '../../src/gitlab/errors/error-message.js';
import { isGitLabHttpError } from '../../src/gitlab/errors/is-error.js';
import { getJobTokenJob } from '../../src/gitlab/jobs/get-job-token-job.js';
import type { Job } from '../../src/gitlab/schemas/job.js';
import type { Caller } from './caller.js';
import type { CallerCache } from './caller-cache.js';
import type { ExtractedJobToken } from './extract-job-token.js';
import type { SingleFlight } from './single-flight.js';
import { tokenFingerprint } from './token-fingerprint.js';
import { type IdTokenVerifier, verifyIdToken } from './verify-id-token.js';

/** The caller, or a refusal with the status to answer. */
export type Verification =
  | { caller: Caller; fingerprint: string; cached: boolean }
  | { refusal: string; status: 401 | 502 | 504; fingerprint: string };

/** What verification needs. */
export interface VerifyCallerOptions {
  gitlabUrl: string;
  fetch: FetchFunction;
  cache: CallerCache;
  idTokenVerifier?: IdTokenVerifier | undefined;
  /** Refuse callers that send no id_token. */
  requireIdToken?: boolean;
  /** Verifications in flight: concurrent requests with the same token(s) share one. */
  inflight?: SingleFlight<Verification>;
  /**
   * For a caller proved before whose lifetime has passed: whether its job still runs (true),
   * has stopped (false), or cannot be told (undefined: the token is proved again with GET /job).
   */
  renew?: ((caller: Caller) => Promise<boolean | undefined>) | undefined;
}

/** Verifies `token` (and `idToken`, if given) and returns the caller or why it is refused. */
export async function verifyCaller(
  token: ExtractedJobToken,
  idToken: string | null,
  options: VerifyCallerOptions,
): Promise<Verification> {
  const fingerprint = await tokenFingerprint(idToken ? `${token.token}\n${idToken}` : token.token);
  const cached = options.cache.get(fingerprint);
  if (cached)
    return 'caller' in cached
      ? { ...cached, fingerprint, cached: true }
      : { ...cached, fingerprint };
  const verify = async (): Promise<Verification> => {
    const renewed = await renewKnown(fingerprint, options);
    return renewed ?? verifyUncached(token, idToken, fingerprint, options);
  };
  return options.inflight ? options.inflight.run(fingerprint, verify) : verify();
}

// A token proved before needs no new proof while its job runs (a job token is valid exactly while
// its job runs): the job's status, read for many callers at once, renews it. Never a caller whose
// identity leaned on an id_token, which expires on its own schedule.
async function renewKnown(
  fingerprint: string,
  options: VerifyCallerOptions,
): Promise<Verification | undefined> {
  const known = options.renew ? options.cache.knownCaller(fingerprint) : undefined;
  if (!known || !('caller' in known) || known.caller.idToken) return undefined;
  const running = await options.renew?.(known.caller);
  if (running === true) {
    options.cache.set(fingerprint, { caller: known.caller });
    return { caller: known.caller, fingerprint, cached: true };
  }
  if (running === false) {
    const refusal = 'the job of this token is not running';
    options.cache.set(fingerprint, { refusal, status: 401 });
    return { refusal, status: 401, fingerprint };
  }
  return undefined;
}

async function verifyUncached(
  token: ExtractedJobToken,
  idToken: string | null,
  fingerprint: string,
  options: VerifyCallerOptions,
): Promise<Verification> {
  if (!idToken && options.requireIdToken) {
    return {
      refusal: 'this relay requires an id_token (JOBRELAY-ID-TOKEN header)',
      status: 401,
      fingerprint,
    };
  }
  const job = await fetchTokenJob(token, options);
  if ('refusal' in job) {
    if (job.status === 401) options.cache.set(fingerprint, { refusal: job.refusal, status: 401 });
    return { ...job, fingerprint };
  }
  let caller = callerFromJob(job.job, options.gitlabUrl);
  if (idToken) {
    if (!options.idTokenVerifier) {
      return {
        refusal: 'this relay does not accept id_tokens (not configured)',
        status: 401,
        fingerprint,
      };
    }
    try {
      const claims = await verifyIdToken(idToken, options.idTokenVerifier);
      if (claims.jobId !== caller.jobId) {
        options.cache.set(fingerprint, { refusal: 'the id_token names another job', status: 401 });
        return {
          refusal: 'the id_token names another job than the job token',
          status: 401,
          fingerprint,
        };
      }
      caller = {
        ...caller,
        projectPath: claims.projectPath ?? caller.projectPath,
        protectedRef: claims.protectedRef,
        environment: claims.environment,
        pipelineSource: claims.pipelineSource ?? caller.pipelineSource,
        idToken: true,
      };
    } catch (error) {
      return {
        refusal: `the id_token was refused: ${errorMessage(error)}`,
        status: 401,
        fingerprint,
      };
    }
  }
  // Only a running job's identity is cached: its token dies with it, within the cache's lifetime.
  if (job.job.status === 'running') options.cache.set(fingerprint, { caller });
  return { caller, fingerprint, cached: false };
}

async function fetchTokenJob(
  token: ExtractedJobToken,
  options: VerifyCallerOptions,
): Promise<{ job: Job } | { refusal: string; status: 401 | 502 | 504 }> {
  const client = createClient({
    url: options.gitlabUrl,
    token: token.token,
    // Asked as the caller asked: GitLab treats a Bearer personal token on GET /job with a 404.
    tokenType: token.via === 'bearer' ? 'oauth' : 'job',
    fetch: options.fetch,
    redirects: 'none',
    timeoutMs: 10_000,
    retry: { limit: 1, backoffBaseMs: 200, backoffLimitMs: 500 },
  });
  try {
    const job = await getJobTokenJob(client);
    if (job.status !== 'running')
      return { refusal: 'the job of this token is not running', status: 401 };
    return { job };
  } catch (error) {
    if (isGitLabHttpError(error)) {
      // 404: GitLab's answer to a personal token on GET /job; 401/403: a dead or foreign token.
      if (error.status === 404) return { refusal: 'that is not a CI job token', status: 401 };
      if (error.status === 401 || error.status === 403) {
        return { refusal: 'the job token is not valid, or its job is not running', status: 401 };
      }
      if (error.status >= 300 && error.status < 400) {
        return {
          refusal: `GitLab answered the identity check with a redirect (${error.status}), which the relay does not follow`,
          status: 502,
        };
      }
      return { refusal: `GitLab failed the identity check (${error.status})`, status: 502 };
    }
    const timedOut =
      typeof error === 'object' &&
      error !== null &&
      (error as { code?: string }).code === 'TIMEOUT';
    return { refusal: 'GitLab did not answer the identity check', status: timedOut ? 504 : 502 };
  }
}

/** The caller as GitLab's job entity describes it; the project path comes from the job's web_url. */
export function callerFromJob(job: Job, gitlabUrl: string): Caller {
  return {
    jobId: job.id,
    jobName: job.name,
    projectId: job.pipeline?.project_id ?? 0,
    projectPath: projectPathFromWebUrl(job.web_url, gitlabUrl),
    pipelineId: job.pipeline?.id,
    ref: job.ref,
    pipelineSource: typeof job.pipeline?.source === 'string' ? job.pipeline.source : undefined,
    protectedRef: undefined,
    environment: undefined,
    idToken: false,
  };
}

/** `https://gitlab/<prefix>/group/app/-/jobs/5` → `group/app`, when it lies under the instance URL. */
export function projectPathFromWebUrl(webUrl: string, gitlabUrl: string): string | undefined {
  let base: URL;
  let url: URL;
  try {
    base = new URL(gitlabUrl.replace(/\/api\/v4\/?$/, '').replace(/\/?$/, '/'));
    url = new URL(webUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
  const match = /^(.+?)\/-\/jobs\/\d+$/.exec(url.pathname.slice(base.pathname.length));
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
