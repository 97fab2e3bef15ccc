// Builds a fresh emulator state from a validated scenario, relative to the clock's current time.
import { parseDuration } from '../scenario/duration.js';
import type { Scenario, ScenarioProject } from '../scenario/scenario-schema.js';
import { ACCESS_LEVELS } from './access-levels.js';
import { EmulatorState, type TokenGenerator } from './emulator-state.js';
import { loadPipelineSetups } from './load-pipeline-setups.js';
import type { PipelineSpec, ProjectRecord } from './records.js';
import { syncState } from './sync-state.js';
import { type SpecResolver, toJobSpec } from './to-job-spec.js';

const DAY_MS = 86_400_000;

/** A state holding the scenario's users and projects, with its pipelines played up to `now`. */
export function buildState(
  scenario: Scenario,
  now: number,
  generateToken: TokenGenerator,
): EmulatorState {
  const state = new EmulatorState({
    jobIdStart: scenario.server?.jobIdStart ?? 1,
    pipelineIdStart: scenario.server?.pipelineIdStart ?? 1,
    generateToken,
    settings: {
      jobTokenListAccess: scenario.server?.jobTokenListAccess ?? true,
      enforceOffsetLimit: scenario.server?.enforceOffsetLimit ?? false,
      instanceVariables: { ...(scenario.server?.instanceVariables ?? {}) },
      allowedAgentsFormat: scenario.server?.allowedAgentsFormat ?? 'current',
      artifactsDownload: scenario.server?.artifactsDownload ?? 'proxy',
    },
  });
  scenario.users.forEach((user, index) => {
    state.addUser({
      id: index + 1,
      username: user.username,
      name: user.name ?? titleCase(user.username),
      email: user.email ?? `${user.username}@example.com`,
      admin: user.admin ?? false,
      personalToken: user.token ?? generateToken('glpat-'),
      oauthToken: user.oauthToken ?? null,
      createdAt: now - 365 * DAY_MS,
    });
  });
  const userIds = new Map([...state.users.values()].map((user) => [user.username, user.id]));
  const projectIds = allocateProjectIds(scenario.projects);
  const groupIds = new Map<string, number>();
  scenario.projects.forEach((project, index) => {
    const record = toProjectRecord(project, projectIds[index] ?? index + 1, now, userIds, groupIds);
    state.projects.set(record.id, record);
  });
  const resolve: SpecResolver = {
    userId: (username) => userIds.get(username) ?? 0,
    projectId: (ref) => state.findProject(ref)?.id ?? 0,
  };
  scenario.projects.forEach((project, index) => {
    const record = state.project(projectIds[index] ?? index + 1);
    for (const ref of project.jobTokenAllowlist ?? [])
      record.jobTokenAllowlist.add(resolve.projectId(ref));
    record.agents = (project.agents ?? []).map((agent) => ({
      id: agent.id,
      configProjectId:
        agent.configProject === undefined ? record.id : resolve.projectId(agent.configProject),
      // GitLab keeps an agent's environments in its ci_access configuration, and shows them there.
      configuration: agent.environments
        ? { ...agent.configuration, environments: agent.environments }
        : (agent.configuration ?? {}),
    }));
  });
  loadPipelineSetups(state, scenario);
  const upcoming = (scenario.pipelines ?? []).map((pipeline) => {
    const spec: PipelineSpec = {
      projectId: resolve.projectId(pipeline.project),
      ref: pipeline.ref ?? 'main',
      tag: pipeline.tag ?? false,
      sha: pipeline.sha ?? null,
      source: pipeline.source ?? 'push',
      userId:
        pipeline.user === null ? null : resolve.userId(pipeline.user ?? firstUsername(scenario)),
      archived: pipeline.archived ?? false,
      stages: pipeline.stages ?? null,
      commit: {
        title: pipeline.commit?.title ?? null,
        message: pipeline.commit?.message ?? null,
        authorName: pipeline.commit?.authorName ?? null,
        authorEmail: pipeline.commit?.authorEmail ?? null,
      },
      jobs: pipeline.jobs.map((job) => toJobSpec(job, resolve)),
    };
    return { at: now + (parseDuration(pipeline.at ?? 0) ?? 0), spec };
  });
  // A stable sort keeps scenario order for pipelines created at the same moment.
  state.upcomingPipelines.push(...upcoming.sort((a, b) => a.at - b.at));
  syncState(state, now);
  return state;
}

function toProjectRecord(
  project: ScenarioProject,
  id: number,
  now: number,
  userIds: Map<string, number>,
  groupIds: Map<string, number>,
): ProjectRecord {
  const segments = project.path.split('/');
  const path = segments.at(-1) ?? project.path;
  const namespacePath = segments.slice(0, -1).join('/');
  const members = new Map<number, number>();
  for (const [username, role] of Object.entries(project.members ?? {})) {
    const userId = userIds.get(username);
    if (userId !== undefined) members.set(userId, ACCESS_LEVELS[role]);
  }
  return {
    id,
    fullPath: project.path,
    path,
    namespacePath,
    name: project.name ?? path,
    description: project.description ?? null,
    visibility: project.visibility ?? 'private',
    members,
    publicBuilds: project.publicBuilds ?? true,
    jobTokenScopeEnabled: project.jobTokenScopeEnabled ?? true,
    jobTokenAllowlist: new Set<number>(),
    ciJobTokenScopeEnabled: project.ciJobTokenScopeEnabled ?? false,
    pipelineVariablesMinimumLevel: pipelineVariablesLevel(project.pipelineVariablesMinimumRole),
    protectedRefs: [
      ...(project.protectedBranches ?? []).map((ref) => protectedRef(false, ref)),
      ...(project.protectedTags ?? []).map((ref) => protectedRef(true, ref)),
    ],
    agents: [],
    groupIds: userIds.has(namespacePath) ? [] : groupChain(segments.slice(0, -1), groupIds),
    createdAt: now - 30 * DAY_MS,
  };
}

// GitLab lists a project's group first, then its ancestors; ids are allocated per group path.
function groupChain(segments: string[], groupIds: Map<string, number>): number[] {
  const chain: number[] = [];
  for (let depth = 1; depth <= segments.length; depth++) {
    const path = segments.slice(0, depth).join('/');
    if (!groupIds.has(path)) groupIds.set(path, groupIds.size + 1);
    chain.unshift(groupIds.get(path) ?? 0);
  }
  return chain;
}

function allocateProjectIds(projects: ScenarioProject[]): number[] {
  const taken = new Set(
    projects.flatMap((project) => (project.id === undefined ? [] : [project.id])),
  );
  let next = 1;
  return projects.map((project) => {
    if (project.id !== undefined) return project.id;
    while (taken.has(next)) next++;
    taken.add(next);
    return next;
  });
}

function firstUsername(scenario: Scenario): string {
  return scenario.users[0]?.username ?? '';
}

function titleCase(username: string): string {
  return username
    .split(/[._-]/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join(' ');
}

// `allowed` as an access level: `no one` is above every role (admins aside).
function protectedRef(
  tag: boolean,
  ref: { name: string; allowed?: 'developer' | 'maintainer' | 'no one' | undefined },
): { tag: boolean; name: string; minimumLevel: number } {
  const allowed = ref.allowed ?? 'maintainer';
  const minimumLevel = allowed === 'no one' ? Number.POSITIVE_INFINITY : ACCESS_LEVELS[allowed];
  return { tag, name: ref.name, minimumLevel };
}

// The minimum role to use pipeline variables, as an access level (`no_one_allowed`: none is enough).
function pipelineVariablesLevel(
  role: 'developer' | 'maintainer' | 'owner' | 'no_one_allowed' | undefined,
): number {
  return role === 'no_one_allowed' ? Number.POSITIVE_INFINITY : ACCESS_LEVELS[role ?? 'developer'];
}
