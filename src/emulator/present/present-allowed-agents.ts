// The answer of GET /job/allowed_agents: the job token's job, pipeline, project, user and agents.
import { accessLevel } from '../state/access.js';
import { rolesUpTo } from '../state/access-levels.js';
import type { AgentRecord, JobRecord, ProjectRecord } from '../state/records.js';
import { environmentSlug } from './environment-slug.js';
import { isoTime } from './iso-time.js';
import type { PresentContext } from './present-context.js';
import { presentPipeline } from './present-pipeline.js';
import { presentUser } from './present-user.js';

/**
 * Current GitLab (lib/api/ci/jobs.rb) sends ids only for the job and pipeline, the project's
 * group ids and the user's roles, and `environment` only when the job has one: the default
 * `current` format. Older servers sent fuller job, pipeline, project and user objects (the seed
 * document's example); the `full` format (scenario `server.allowedAgentsFormat`) adds those.
 */
export function presentAllowedAgents(
  context: PresentContext,
  job: JobRecord,
): Record<string, unknown> {
  const { state, baseUrl } = context;
  const project = state.project(job.projectId);
  const pipeline = state.pipeline(job.pipelineId);
  // The token's user is the job's own user (who played or retried it), not the pipeline's:
  // lib/api/ci/jobs.rb (gitlabhq/gitlabhq@017a6c12) answers with `current_user`, which is `job.user`.
  const user = state.user(job.userId);
  const full = state.settings.allowedAgentsFormat === 'full';
  const environment = job.spec.environment;
  const answer: Record<string, unknown> = {
    allowed_agents: project.agents
      .filter((agent) => allowedFor(agent, environment?.name ?? null))
      .map((agent) => ({
        id: agent.id,
        config_project: presentProjectIdentity(state.project(agent.configProjectId)),
        configuration: agent.configuration,
      })),
    job: full
      ? {
          id: job.id,
          name: job.spec.name,
          stage: job.spec.stage,
          project_id: project.id,
          project_name: project.name,
        }
      : { id: job.id },
    pipeline: full ? presentPipeline(context, pipeline) : { id: pipeline.id },
    project: {
      ...(full ? presentProjectIdentity(project) : { id: project.id }),
      groups: project.groupIds.map((id) => ({ id })),
    },
    user: {
      ...(full && user
        ? presentUser(user, baseUrl)
        : { id: user?.id ?? null, username: user?.username ?? null }),
      roles_in_project: rolesUpTo(accessLevel(project, user)),
    },
  };
  // The persisted environment's tier (guessed from its name when not given) and generated slug.
  if (environment)
    answer.environment = { tier: environment.tier, slug: environmentSlug(environment.name) };
  return answer;
}

function presentProjectIdentity(project: ProjectRecord): Record<string, unknown> {
  return {
    id: project.id,
    description: project.description,
    name: project.name,
    name_with_namespace: `${project.namespacePath.split('/').join(' / ')} / ${project.name}`,
    path: project.path,
    path_with_namespace: project.fullPath,
    created_at: isoTime(project.createdAt),
  };
}

/**
 * Clusters::Agents::Authorizations::CiAccess::FilterService#filter_by_environment
 * (app/services/clusters/agents/authorizations/ci_access/filter_service.rb, gitlabhq/gitlabhq@0e89b9f2):
 * an agent whose configuration lists no `environments` is kept; one that lists some is kept only
 * when one pattern matches the job's environment, and never for a job without an environment.
 */
function allowedFor(agent: AgentRecord, environment: string | null): boolean {
  const patterns = agent.configuration.environments;
  if (!Array.isArray(patterns) || patterns.length === 0) return true;
  return patterns.some((pattern) => matchesEnvironment(pattern, environment));
}

// Gitlab::Ci::EnvironmentMatcher (lib/gitlab/ci/environment_matcher.rb, gitlabhq/gitlabhq@5bc6fcec):
// an exact match, or `*` turned into `.*` in an unanchored regular expression.
function matchesEnvironment(pattern: unknown, environment: string | null): boolean {
  if (environment === null || typeof pattern !== 'string' || pattern.trim() === '') return false;
  if (pattern === environment) return true;
  if (!pattern.includes('*')) return false;
  try {
    return new RegExp(pattern.replaceAll('*', '.*')).test(environment);
  } catch {
    return false;
  }
}
