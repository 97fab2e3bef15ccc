// The answer of GET /job/allowed_agents: the job token's job, pipeline, project, user and agents.
import { accessLevel } from '../state/access.js';
import { rolesUpTo } from '../state/access-levels.js';
import type { JobRecord, ProjectRecord } from '../state/records.js';
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
  const user = state.user(pipeline.userId);
  const full = state.settings.allowedAgentsFormat === 'full';
  const answer: Record<string, unknown> = {
    allowed_agents: project.agents.map((agent) => ({
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
  const environment = job.spec.environment;
  if (environment) answer.environment = { tier: environment.tier, slug: slugify(environment.name) };
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

// GitLab's environment slug: lowercase, non-alphanumerics as dashes, at most 24 characters.
function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
}
