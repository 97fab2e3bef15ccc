// The CI/CD variables a job's script sees: GitLab's predefined ones plus the values it was played with.
import type { EmulatorState } from '../state/emulator-state.js';
import { pipelineVariables } from '../state/pipeline-variables.js';
import type { JobRecord } from '../state/records.js';

/** What GitLab Runner prints in place of a masked value (the job token is always masked). */
export const MASKED = '[MASKED]';

/**
 * The variables of `job` as a runner would export them, lowest precedence first, as GitLab
 * orders them (https://docs.gitlab.com/ci/variables/#cicd-variable-precedence): a subset of the
 * predefined variables, the job's own `variables:`, instance variables, the pipeline's variables
 * (from `POST /pipeline`, a trigger, or a bridge's `variables:` for a downstream pipeline), and
 * last the variables the job was played with (manual job variables). A `file` variable holds the
 * path of a file with the value, as GitLab Runner writes it (`<build dir>.tmp/<KEY>`).
 */
export function jobVariables(state: EmulatorState, job: JobRecord): ReadonlyMap<string, string> {
  const pipeline = state.pipeline(job.pipelineId);
  const project = state.project(job.projectId);
  const user = state.user(job.userId);
  const variables = new Map<string, string>([
    ['CI', 'true'],
    ['GITLAB_CI', 'true'],
    ['CI_JOB_ID', String(job.id)],
    ['CI_JOB_NAME', job.spec.name],
    ['CI_JOB_STAGE', job.spec.stage],
    ['CI_JOB_TOKEN', MASKED],
    ['CI_PIPELINE_ID', String(pipeline.id)],
    ['CI_PIPELINE_IID', String(pipeline.iid)],
    ['CI_PIPELINE_SOURCE', pipeline.source],
    ['CI_PROJECT_ID', String(project.id)],
    ['CI_PROJECT_PATH', project.fullPath],
    ['CI_PROJECT_NAME', project.path],
    ['CI_PROJECT_NAMESPACE', project.namespacePath],
    ['CI_COMMIT_REF_NAME', pipeline.ref],
    [pipeline.tag ? 'CI_COMMIT_TAG' : 'CI_COMMIT_BRANCH', pipeline.ref],
    ['CI_COMMIT_SHA', pipeline.sha],
    ['CI_COMMIT_SHORT_SHA', pipeline.sha.slice(0, 8)],
  ]);
  if (job.spec.when === 'manual') variables.set('CI_JOB_MANUAL', 'true');
  if (job.spec.environment) {
    variables.set('CI_ENVIRONMENT_NAME', job.spec.environment.name);
    variables.set('CI_ENVIRONMENT_TIER', job.spec.environment.tier);
  }
  if (user) {
    variables.set('GITLAB_USER_ID', String(user.id));
    variables.set('GITLAB_USER_LOGIN', user.username);
    variables.set('GITLAB_USER_NAME', user.name);
  }
  for (const [key, value] of Object.entries(job.spec.variables)) variables.set(key, value);
  for (const [key, value] of Object.entries(state.settings.instanceVariables))
    variables.set(key, value);
  for (const { key, value, variableType } of pipelineVariables(state, pipeline))
    variables.set(key, variableType === 'file' ? `/builds/${project.fullPath}.tmp/${key}` : value);
  for (const { key, value } of job.playVariables ?? []) variables.set(key, value);
  return variables;
}

/** Gitlab::Utils.to_boolean's true values (case-insensitive). */
const TRUE_TEXT = new Set(['true', 't', 'yes', 'y', '1', 'on']);

/**
 * Ci::Build#debug_mode?: `debug_trace_enabled?`, or CI_DEBUG_SERVICES or CI_DEBUG_TRACE true
 * among the job's variables. Then only those who may update jobs may read its log.
 */
export function isDebugMode(state: EmulatorState, job: JobRecord): boolean {
  if (job.spec.debugTrace) return true;
  const variables = jobVariables(state, job);
  return ['CI_DEBUG_SERVICES', 'CI_DEBUG_TRACE'].some((key) =>
    TRUE_TEXT.has((variables.get(key) ?? '').toLowerCase()),
  );
}

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\$))/g;

/**
 * Expands `$NAME`, `${NAME}` and `${NAME:-default}` in a line of script output as a shell does
 * (an unset variable becomes empty, or the default when it is unset or empty); `$$` stands for a
 * literal `$`, and a `$` before anything else stays as it is.
 */
export function expandVariables(text: string, variables: ReadonlyMap<string, string>): string {
  if (!text.includes('$')) return text;
  return text.replace(
    REFERENCE,
    (_match, braced?: string, fallback?: string, bare?: string, dollar?: string) => {
      if (dollar) return '$';
      const value = variables.get((braced ?? bare) as string) ?? '';
      return value === '' && fallback !== undefined ? fallback : value;
    },
  );
}
