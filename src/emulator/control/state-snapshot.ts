// A JSON view of the whole emulator state for the control API (no tokens in it).
import type { EmulatorClock } from '../clock/emulator-clock.js';
import { rolesUpTo } from '../state/access-levels.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { pipelineStatus } from '../state/pipeline-status.js';
import { pipelineVariables } from '../state/pipeline-variables.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Users, projects, pipelines and jobs as they stand, for tests and curious humans. */
export function stateSnapshot(state: EmulatorState, clock: EmulatorClock): Record<string, unknown> {
  const username = (id: number | null) => state.user(id)?.username ?? null;
  return {
    now: iso(clock.now()),
    clock: { mode: clock.mode, speed: clock.speed },
    users: [...state.users.values()].map((user) => ({
      id: user.id,
      username: user.username,
      name: user.name,
      admin: user.admin,
    })),
    projects: [...state.projects.values()].map((project) => ({
      id: project.id,
      path: project.fullPath,
      visibility: project.visibility,
      members: Object.fromEntries(
        [...project.members].map(([id, level]) => [username(id), rolesUpTo(level).at(-1) ?? null]),
      ),
      jobTokenScopeEnabled: project.jobTokenScopeEnabled,
      jobTokenAllowlist: [...project.jobTokenAllowlist].map(
        (id) => state.projects.get(id)?.fullPath ?? id,
      ),
      branches: state.pipelineSetups.get(project.id)?.branches ?? [],
      tags: state.pipelineSetups.get(project.id)?.tags ?? [],
      // Trigger tokens are credentials: only who owns each one.
      triggers: [...state.triggers.values()]
        .filter((trigger) => trigger.projectId === project.id)
        .map((trigger) => ({
          id: trigger.id,
          owner: username(trigger.ownerId),
          description: trigger.description,
        })),
    })),
    pipelines: [...state.pipelines.values()].map((pipeline) => ({
      id: pipeline.id,
      iid: pipeline.iid,
      projectId: pipeline.projectId,
      project: state.project(pipeline.projectId).fullPath,
      ref: pipeline.ref,
      sha: pipeline.sha,
      source: pipeline.source,
      status: pipelineStatus(state, pipeline),
      user: username(pipeline.userId),
      createdAt: iso(pipeline.createdAt),
      name: pipeline.name ?? null,
      upstreamBridgeId: pipeline.upstreamBridgeId,
      upstreamPipelineId: state.jobs.get(pipeline.upstreamBridgeId ?? -1)?.pipelineId ?? null,
      downstreamPipelineIds: [...state.pipelines.values()]
        .filter((other) => state.jobs.get(other.upstreamBridgeId ?? -1)?.pipelineId === pipeline.id)
        .map((other) => other.id),
      variables: pipelineVariables(state, pipeline),
      jobIds: pipeline.jobIds,
    })),
    jobs: [...state.jobs.values()].map((job) => ({
      id: job.id,
      kind: job.kind,
      name: job.spec.name,
      stage: job.spec.stage,
      status: job.status,
      projectId: job.projectId,
      project: state.project(job.projectId).fullPath,
      pipelineId: job.pipelineId,
      attempt: job.attempt,
      retried: job.retried,
      retryOfId: job.retryOfId,
      user: username(job.userId),
      createdAt: iso(job.createdAt),
      queuedAt: iso(job.queuedAt),
      startedAt: iso(job.startedAt),
      finishedAt: iso(job.finishedAt),
      erasedAt: iso(job.erasedAt),
      failureReason: job.failureReason,
      playedBy: username(job.playedByUserId),
      playVariables: job.playVariables,
      downstreamPipelineId: job.downstreamPipelineId,
      hasJobToken: job.token !== null,
    })),
  };
}
