// Scenarios from YAML or JSON: valid ones load; bad ones are refused naming each field and line.
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../../src/emulator/scenario/demo-scenario.js';
import { parseScenarioText } from '../../../src/emulator/scenario/parse-scenario-text.js';
import {
  ScenarioError,
  type ScenarioIssue,
} from '../../../src/emulator/scenario/scenario-error.js';
import { validateScenario } from '../../../src/emulator/scenario/validate-scenario.js';
import { fixtureText } from '../support/world.js';

function issuesOf(run: () => unknown): ScenarioIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('parseScenarioText', () => {
  it('reads a YAML scenario', () => {
    const scenario = parseScenarioText(fixtureText('jobs-world.yaml'));
    expect(scenario.projects.map((project) => project.path)).toEqual([
      'group/app',
      'group/lib',
      'group/closed',
      'other/open',
    ]);
  });

  it('reads a JSON scenario, escapes and all', () => {
    const scenario = parseScenarioText(fixtureText('minimal.json'));
    expect(scenario.pipelines?.[0]?.jobs[0]?.trace).toEqual(['\u001b[32;1mok\u001b[0;m']);
  });

  it('names the field and the line of a dangling reference', () => {
    expect(
      issuesOf(() => parseScenarioText(fixtureText('invalid-needs.yaml'), 'invalid-needs.yaml')),
    ).toEqual([
      {
        path: 'pipelines[0].jobs[1].needs[0]',
        message: 'names unknown job "biuld"',
        line: 11,
        column: 17,
      },
    ]);
  });

  it('lists every schema problem with its line', () => {
    const issues = issuesOf(() => parseScenarioText(fixtureText('invalid-fields.yaml')));
    expect(issues.map(({ path, line }) => ({ path, line }))).toEqual([
      { path: 'projects[0].members.owner', line: 5 },
      { path: 'pipelines[0].jobs[0].duration', line: 10 },
      { path: 'pipelines[0].jobs[0].colour', line: 11 },
    ]);
    expect(issues[2]?.message).toBe('is not a known field');
  });

  it('puts the first problem in the error message', () => {
    expect(() =>
      parseScenarioText(fixtureText('invalid-needs.yaml'), 'invalid-needs.yaml'),
    ).toThrow(
      'Invalid scenario invalid-needs.yaml: pipelines[0].jobs[1].needs[0] (line 11): names unknown job "biuld"',
    );
  });

  it('names the line of a YAML syntax error', () => {
    const [issue] = issuesOf(() => parseScenarioText(fixtureText('invalid-syntax.yaml')));
    expect(issue?.line).toBeGreaterThanOrEqual(5);
  });
});

describe('validateScenario', () => {
  it('accepts the demo scenario', () => {
    expect(validateScenario(demoScenario).users.map((user) => user.username)).toEqual([
      'maintainer',
      'developer',
      'outsider',
    ]);
  });

  it('refuses needs that form a cycle', () => {
    const issues = issuesOf(() =>
      validateScenario({
        users: [{ username: 'owner' }],
        projects: [{ path: 'team/svc' }],
        pipelines: [
          {
            project: 'team/svc',
            jobs: [
              { name: 'a', needs: ['b'] },
              { name: 'b', needs: ['a'] },
            ],
          },
        ],
      }),
    );
    expect(issues).toEqual([
      { path: 'pipelines[0].jobs[0].needs', message: 'the needs form a cycle' },
    ]);
  });

  it('refuses a member who is not a user and a trigger to an unknown project', () => {
    const issues = issuesOf(() =>
      validateScenario({
        users: [{ username: 'owner' }],
        projects: [{ path: 'team/svc', members: { ghost: 'developer' } }],
        pipelines: [
          {
            project: 'team/svc',
            jobs: [{ name: 'hand-off', trigger: { project: 'team/nowhere' } }],
          },
        ],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'projects[0].members.ghost',
      'pipelines[0].jobs[0].trigger.project',
    ]);
  });

  it('refuses a delayed job without startIn', () => {
    const issues = issuesOf(() =>
      validateScenario({
        users: [{ username: 'owner' }],
        projects: [{ path: 'team/svc' }],
        pipelines: [{ project: 'team/svc', jobs: [{ name: 'later', when: 'delayed' }] }],
      }),
    );
    expect(issues).toEqual([
      { path: 'pipelines[0].jobs[0].when', message: 'startIn goes with when: delayed' },
    ]);
  });

  it('refuses a scenario without users', () => {
    const issues = issuesOf(() => validateScenario({ projects: [{ path: 'team/svc' }] }));
    expect(issues).toEqual([{ path: 'users', message: 'is required' }]);
  });
});
