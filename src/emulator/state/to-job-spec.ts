// Normalises a scenario job into the spec the engine runs: defaults filled, names resolved to ids.
import { archiveSize } from '../artifacts/archive-size.js';
import { toArchiveFiles } from '../artifacts/to-archive-files.js';
import { parseDuration } from '../scenario/duration.js';
import type { ScenarioJob } from '../scenario/job-schema.js';
import { compileTrace } from '../trace/compile-trace.js';
import type { JobSpec } from './records.js';

const DAY_MS = 86_400_000;

/** Job timing defaults: a short queue, a ten-second run, a two-second graceful cancel. */
export const JOB_DEFAULTS = { queueMs: 1000, durationMs: 10_000, cancelGraceMs: 2000 } as const;

/** How scenario names resolve to ids (they are checked to exist before this runs). */
export interface SpecResolver {
  userId(username: string): number;
  projectId(ref: string | number): number;
}

/** The engine's spec of a scenario job or bridge. */
export function toJobSpec(job: ScenarioJob, resolve: SpecResolver): JobSpec {
  const when = job.when ?? 'on_success';
  const artifacts = (job.artifacts ?? []).map((artifact) => {
    const files = artifact.files ? toArchiveFiles(artifact.files) : null;
    return {
      fileType: artifact.fileType,
      filename: artifact.filename,
      // With `files`, the archive is a real zip, and its size is that zip's.
      size: files ? archiveSize(files) : (artifact.size ?? 0),
      fileFormat: artifact.fileFormat ?? null,
      files,
    };
  });
  const result = job.result ?? 'success';
  return {
    name: job.name,
    stage: job.stage ?? 'test',
    when,
    startInMs: ms(job.startIn, 0),
    needs: job.needs ?? null,
    // GitLab makes manual jobs optional (allow_failure: true) unless told otherwise.
    allowFailure: job.allowFailure ?? when === 'manual',
    waitingForResourceMs: ms(job.waitingForResource, 0),
    preparingMs: ms(job.preparing, 0),
    queueMs: ms(job.queue, JOB_DEFAULTS.queueMs),
    durationMs: ms(job.duration, JOB_DEFAULTS.durationMs),
    cancelGraceMs: ms(job.cancelGrace, JOB_DEFAULTS.cancelGraceMs),
    results: Array.isArray(result) ? result : [result],
    failureReason: job.failureReason ?? 'script_failure',
    tags: [...(job.tags ?? [])].sort(),
    coverage: job.coverage ?? null,
    artifacts,
    artifactsExpireInMs: expireIn(job.artifactsExpireIn, artifacts.length > 0),
    artifactsUploadAtMs:
      job.artifactsUploadAt === undefined ? null : (parseDuration(job.artifactsUploadAt) ?? null),
    artifactsAccess: job.artifactsAccess ?? 'all',
    runner: {
      id: job.runner?.id ?? 1,
      description: job.runner?.description ?? 'jobrelay emulator runner',
      name: job.runner?.name ?? 'gitlab-runner',
    },
    trace: compileTrace(job.trace),
    environment: job.environment
      ? {
          name: job.environment.name,
          tier: job.environment.tier ?? guessTier(job.environment.name),
        }
      : null,
    variables: { ...(job.variables ?? {}) },
    debugTrace: job.debugTrace ?? false,
    userId:
      job.user === undefined ? undefined : job.user === null ? null : resolve.userId(job.user),
    trigger: job.trigger
      ? {
          projectId: resolve.projectId(job.trigger.project),
          ref: job.trigger.ref ?? null,
          strategy: job.trigger.strategy ?? null,
          jobs: (job.trigger.jobs ?? [{ name: 'downstream', stage: 'deploy' }]).map((downstream) =>
            toJobSpec(downstream, resolve),
          ),
        }
      : null,
  };
}

// GitLab guesses a tier the scenario does not give from the environment's name: Environment#guess_tier
// in app/models/environment.rb (gitlabhq/gitlabhq, read_file id 1174741715), first match wins.
const TIER_GUESSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(dev|review|trunk)/i, 'development'],
  [/(test|tst|int|ac(ce|)pt|qa|qc|control|quality)/i, 'testing'],
  [/(st(a|)g|mod(e|)l|pre|demo|non)/i, 'staging'],
  [/(pr(o|)d|live)/i, 'production'],
];

function guessTier(name: string): string {
  return TIER_GUESSES.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

function ms(value: string | number | undefined, fallback: number): number {
  return value === undefined ? fallback : (parseDuration(value) ?? fallback);
}

// GitLab's default artifact expiry is 30 days; a job without artifacts has no expiry at all.
function expireIn(value: string | number | null | undefined, hasArtifacts: boolean): number | null {
  if (value === null || (value === undefined && !hasArtifacts)) return null;
  return ms(value ?? undefined, 30 * DAY_MS);
}
