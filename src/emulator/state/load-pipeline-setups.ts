// Loads what the scenario says new pipelines contain (CI templates, refs) and its trigger tokens.
import type { Scenario } from '../scenario/scenario-schema.js';
import type { EmulatorState } from './emulator-state.js';
import { type SpecResolver, toJobSpec } from './to-job-spec.js';

/**
 * Fills `state.pipelineSetups` and the trigger tokens from the scenario's projects. A project's
 * branches are its `branches` (default `main`; the first is the default branch) plus the branch
 * refs of the scenario's pipelines there; its tags, its `tags` plus the tag refs of its pipelines.
 */
export function loadPipelineSetups(state: EmulatorState, scenario: Scenario): void {
  const userIds = new Map([...state.users.values()].map((user) => [user.username, user.id]));
  const resolve: SpecResolver = {
    userId: (username) => userIds.get(username) ?? 0,
    projectId: (ref) => state.findProject(ref)?.id ?? 0,
  };
  let nextTriggerId = 1;
  for (const project of scenario.projects) {
    const record = state.findProject(project.path);
    if (!record) continue;
    const pipelines = (scenario.pipelines ?? []).filter(
      (pipeline) => state.findProject(pipeline.project)?.id === record.id,
    );
    const refsOf = (tag: boolean) =>
      pipelines
        .filter((pipeline) => (pipeline.tag ?? false) === tag)
        .map((pipeline) => pipeline.ref ?? 'main');
    state.pipelineSetups.set(record.id, {
      templates: (project.ci ?? []).map((template) => ({
        refs: template.refs ?? null,
        stages: template.stages ?? null,
        name: template.name ?? null,
        jobs: template.jobs.map((job) => toJobSpec(job, resolve)),
      })),
      branches: [...new Set([...(project.branches ?? ['main']), ...refsOf(false)])],
      tags: [...new Set([...(project.tags ?? []), ...refsOf(true)])],
    });
    for (const trigger of project.triggers ?? []) {
      state.addTrigger({
        id: nextTriggerId++,
        projectId: record.id,
        token: trigger.token ?? state.generateToken('glptt-'),
        ownerId: resolve.userId(trigger.owner),
        description: trigger.description ?? null,
      });
    }
  }
}
