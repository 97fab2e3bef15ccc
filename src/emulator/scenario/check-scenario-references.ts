// Cross-reference checks a schema cannot express: users, projects and job names that must exist.
import type { FieldPath } from './field-path.js';
import type { ScenarioJob } from './job-schema.js';
import type { Scenario } from './scenario-schema.js';

/** A problem found in an otherwise well-formed scenario. */
export interface ReferenceProblem {
  path: FieldPath;
  message: string;
}

/** Lists every dangling or duplicate reference in a schema-valid scenario. */
export function checkScenarioReferences(scenario: Scenario): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (path: FieldPath, message: string) => problems.push({ path, message });
  const usernames = new Set<string>();
  const tokens = new Set<string>();
  scenario.users.forEach((user, index) => {
    if (usernames.has(user.username))
      report(['users', index, 'username'], 'is a duplicate username');
    usernames.add(user.username);
    for (const key of ['token', 'oauthToken'] as const) {
      const token = user[key];
      if (token === undefined) continue;
      if (tokens.has(token)) report(['users', index, key], 'is the same token as another user');
      tokens.add(token);
    }
  });

  const projectPaths = new Set<string>();
  const projectIds = new Set<number>();
  scenario.projects.forEach((project, index) => {
    const path = project.path.toLowerCase();
    if (projectPaths.has(path)) report(['projects', index, 'path'], 'is a duplicate project path');
    projectPaths.add(path);
    if (project.id !== undefined) {
      if (projectIds.has(project.id))
        report(['projects', index, 'id'], 'is a duplicate project id');
      projectIds.add(project.id);
    }
  });
  const projectExists = (ref: string | number) =>
    typeof ref === 'number' ? projectIds.has(ref) : projectPaths.has(ref.toLowerCase());

  scenario.projects.forEach((project, index) => {
    for (const username of Object.keys(project.members ?? {})) {
      if (!usernames.has(username)) {
        report(['projects', index, 'members', username], `names unknown user "${username}"`);
      }
    }
    (project.jobTokenAllowlist ?? []).forEach((ref, position) => {
      if (!projectExists(ref)) {
        report(
          ['projects', index, 'jobTokenAllowlist', position],
          `names unknown project "${ref}"`,
        );
      }
    });
    (project.agents ?? []).forEach((agent, position) => {
      if (agent.configProject !== undefined && !projectExists(agent.configProject)) {
        report(
          ['projects', index, 'agents', position, 'configProject'],
          `names unknown project "${agent.configProject}"`,
        );
      }
    });
  });

  const checkJobs = (jobs: ScenarioJob[], stages: string[] | undefined, base: FieldPath) => {
    const names = new Map<string, number>();
    jobs.forEach((job, index) => {
      if (names.has(job.name))
        report([...base, index, 'name'], `is a duplicate job name "${job.name}"`);
      names.set(job.name, index);
    });
    jobs.forEach((job, index) => {
      const at = [...base, index];
      if (stages && job.stage !== undefined && !stages.includes(job.stage)) {
        report([...at, 'stage'], `is not one of the pipeline's stages (${stages.join(', ')})`);
      }
      (job.needs ?? []).forEach((need, position) => {
        if (need === job.name) report([...at, 'needs', position], 'a job cannot need itself');
        else if (!names.has(need))
          report([...at, 'needs', position], `names unknown job "${need}"`);
      });
      if ((job.when === 'delayed') !== (job.startIn !== undefined)) {
        report(
          [...at, job.startIn === undefined ? 'when' : 'startIn'],
          'startIn goes with when: delayed',
        );
      }
      if (job.user !== undefined && job.user !== null && !usernames.has(job.user)) {
        report([...at, 'user'], `names unknown user "${job.user}"`);
      }
      if (job.trigger) {
        for (const key of ['trace', 'artifacts', 'result', 'runner', 'tags', 'coverage'] as const) {
          if (job[key] !== undefined)
            report([...at, key], 'a bridge (trigger job) has no such field');
        }
        if (!projectExists(job.trigger.project)) {
          report([...at, 'trigger', 'project'], `names unknown project "${job.trigger.project}"`);
        }
        if (job.trigger.jobs) checkJobs(job.trigger.jobs, undefined, [...at, 'trigger', 'jobs']);
      }
    });
    const cycle = findNeedsCycle(jobs);
    if (cycle !== undefined) report([...base, cycle, 'needs'], 'the needs form a cycle');
  };

  (scenario.pipelines ?? []).forEach((pipeline, index) => {
    if (!projectExists(pipeline.project)) {
      report(['pipelines', index, 'project'], `names unknown project "${pipeline.project}"`);
    }
    if (typeof pipeline.user === 'string' && !usernames.has(pipeline.user)) {
      report(['pipelines', index, 'user'], `names unknown user "${pipeline.user}"`);
    }
    checkJobs(pipeline.jobs, pipeline.stages, ['pipelines', index, 'jobs']);
  });
  scenario.projects.forEach((project, index) => {
    (project.ci ?? []).forEach((template, position) => {
      checkJobs(template.jobs, template.stages, ['projects', index, 'ci', position, 'jobs']);
    });
    (project.triggers ?? []).forEach((trigger, position) => {
      const at = ['projects', index, 'triggers', position];
      if (!usernames.has(trigger.owner))
        report([...at, 'owner'], `names unknown user "${trigger.owner}"`);
      if (trigger.token === undefined) return;
      if (tokens.has(trigger.token)) report([...at, 'token'], 'is the same token as another one');
      tokens.add(trigger.token);
    });
  });
  return problems;
}

// Depth-first search over `needs`; returns the index of a job on a cycle, if there is one.
function findNeedsCycle(jobs: ScenarioJob[]): number | undefined {
  const index = new Map(jobs.map((job, position) => [job.name, position]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): boolean => {
    const seen = state.get(name);
    if (seen === 'done') return false;
    if (seen === 'visiting') return true;
    state.set(name, 'visiting');
    const job = jobs[index.get(name) ?? -1];
    const onCycle = (job?.needs ?? []).some((need) => index.has(need) && visit(need));
    state.set(name, 'done');
    return onCycle;
  };
  for (const [position, job] of jobs.entries()) {
    state.clear();
    if (visit(job.name)) return position;
  }
  return undefined;
}
