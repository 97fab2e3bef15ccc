// Tests for the `GET /job/allowed_agents` answer schema and its nested shapes.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AllowedAgentSchema,
  AllowedAgentsSchema,
  AllowedAgentsUserSchema,
} from '../../../src/gitlab/schemas/allowed-agents.js';
import { loadSeedExample } from '../../fixtures/seeds/index.js';

type Raw = Record<string, unknown>;
type RawAnswer = {
  allowed_agents: Raw[];
  job: Raw;
  pipeline: Raw;
  project: Raw;
  user: Raw;
} & Raw;

function seedAnswer(): RawAnswer {
  return loadSeedExample('markdown', 'get-allowed-agents') as RawAnswer;
}

/** The documented answer, completed with the fields real servers send. */
function fullAnswer(): RawAnswer {
  const answer = seedAnswer();
  (answer.allowed_agents[0] as Raw).configuration = {
    default_namespace: 'apps',
    access_as: { ci_job: {} },
  };
  answer.project.groups = [{ id: 1 }, { id: 4 }];
  answer.user.roles_in_project = ['guest', 'planner', 'reporter', 'developer'];
  return answer;
}

describe('AllowedAgentsSchema', () => {
  it('parses the documented answer, which lacks configuration, groups and roles', () => {
    const answer = v.parse(AllowedAgentsSchema, seedAnswer());
    expect(answer.allowed_agents[0]?.configuration).toBeUndefined();
    expect(answer.project.groups).toBeUndefined();
    expect(answer.user.roles_in_project).toBeUndefined();
    expect(answer.environment).toBeUndefined();
  });

  it('parses the full nested shapes real servers send', () => {
    const answer = v.parse(AllowedAgentsSchema, fullAnswer());
    expect(answer.allowed_agents[0]).toMatchObject({
      id: 1,
      config_project: { path_with_namespace: 'namespace1/project1', description: null },
      configuration: { default_namespace: 'apps', access_as: { ci_job: {} } },
    });
    expect(answer.project.groups).toEqual([{ id: 1 }, { id: 4 }]);
    expect(answer.user.roles_in_project).toEqual(['guest', 'planner', 'reporter', 'developer']);
    expect(answer.job).toMatchObject({ id: 1, project_name: 'project1' });
    expect(answer.pipeline.web_url).toBe('http://localhost/namespace1/project1/-/pipelines/1');
  });

  it('parses an answer with an environment', () => {
    const answer = v.parse(AllowedAgentsSchema, {
      ...fullAnswer(),
      environment: { tier: 'production', slug: 'production' },
    });
    expect(answer.environment).toEqual({ tier: 'production', slug: 'production' });
  });

  it('rejects an environment without a slug', () => {
    const answer = { ...fullAnswer(), environment: { tier: 'production' } };
    expect(v.safeParse(AllowedAgentsSchema, answer).success).toBe(false);
  });

  it('accepts an empty list of agents', () => {
    expect(
      v.parse(AllowedAgentsSchema, { ...seedAnswer(), allowed_agents: [] }).allowed_agents,
    ).toEqual([]);
  });

  it.each(['allowed_agents', 'job', 'pipeline', 'project', 'user'])(
    'rejects an answer without %s',
    (field) => {
      const answer: Raw = seedAnswer();
      delete answer[field];
      expect(v.safeParse(AllowedAgentsSchema, answer).success).toBe(false);
    },
  );

  it('rejects a group id given as a string', () => {
    const answer = fullAnswer();
    answer.project.groups = [{ id: '1' }];
    expect(v.safeParse(AllowedAgentsSchema, answer).success).toBe(false);
  });

  it('rejects roles_in_project given as one string', () => {
    const answer = fullAnswer();
    answer.user.roles_in_project = 'developer';
    expect(v.safeParse(AllowedAgentsSchema, answer).success).toBe(false);
  });

  it('accepts the current GitLab shape, which gives only the ids of job, pipeline and project', () => {
    const answer = {
      allowed_agents: [],
      job: { id: 1 },
      pipeline: { id: 2 },
      project: { id: 3, groups: [{ id: 4 }] },
      user: { id: 5, username: 'ci', roles_in_project: ['developer'] },
    };
    expect(v.parse(AllowedAgentsSchema, answer)).toEqual(answer);
  });

  it('rejects a pipeline without its id', () => {
    const answer = seedAnswer();
    delete answer.pipeline.id;
    expect(v.safeParse(AllowedAgentsSchema, answer).success).toBe(false);
  });

  it('keeps unknown fields at every level', () => {
    const answer = fullAnswer();
    answer.extra = 1;
    (answer.allowed_agents[0] as Raw).name = 'agent-1';
    answer.project.topics = ['k8s'];
    const parsed = v.parse(AllowedAgentsSchema, answer);
    expect(parsed).toHaveProperty('extra', 1);
    expect(parsed.allowed_agents[0]).toHaveProperty('name', 'agent-1');
    expect(parsed.project).toHaveProperty('topics', ['k8s']);
  });
});

describe('AllowedAgentSchema', () => {
  it('rejects an agent without config_project', () => {
    expect(v.safeParse(AllowedAgentSchema, { id: 1 }).success).toBe(false);
  });

  it('rejects a configuration that is not an object', () => {
    const agent = { ...(seedAnswer().allowed_agents[0] as Raw), configuration: 'default' };
    expect(v.safeParse(AllowedAgentSchema, agent).success).toBe(false);
  });
});

describe('AllowedAgentsUserSchema', () => {
  it('parses the documented user and its roles', () => {
    const user = { ...seedAnswer().user, roles_in_project: ['owner'] };
    expect(v.parse(AllowedAgentsUserSchema, user)).toMatchObject({
      id: 2,
      roles_in_project: ['owner'],
    });
  });
});
