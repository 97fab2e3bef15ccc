// GET /job/allowed_agents: the environment's slug and guessed tier, and agents limited to environments.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';
import { environmentSlug } from '../../../src/emulator/present/environment-slug.js';
import type { ScenarioInput } from '../../../src/emulator/scenario/scenario-schema.js';
import { asObject, callApi } from '../support/call-api.js';
import { jobNamed, jobTokenOf } from '../support/world.js';

type Json = Record<string, unknown>;

// Gitlab::Slug::Environment#suffix, computed here with node's own SHA-256.
function rubySuffix(name: string): string {
  const hex = createHash('sha256').update(name, 'utf8').digest('hex');
  return BigInt(`0x${hex}`).toString(36).slice(-6);
}

describe('environmentSlug (Gitlab::Slug::Environment)', () => {
  it.each([
    ['production', 'production'],
    ['staging', 'staging'],
    ['prod-', 'prod'],
  ])('keeps %s as %s: slugifying did not change it', (name, slug) => {
    expect(environmentSlug(name)).toBe(slug);
  });

  it.each([
    ['review/123', 'review-123-'],
    ['Staging', 'staging-'],
    ['123', 'env-123-'],
    ['review//x', 'review-x-'],
    ['a-very-long-environment-name', 'a-very-long-envir-'],
    ['Ünïcode env', 'env-n-code-env-'],
  ])('cuts %s to %s and adds the 6-character SHA-256 suffix', (name, prefix) => {
    expect(environmentSlug(name)).toBe(`${prefix}${rubySuffix(name)}`);
  });

  it('never gives more than 24 characters, and only lowercase letters, digits and dashes', () => {
    for (const name of ['x'.repeat(200), 'Review App/Feature #42!', '9'.repeat(30), '-a-']) {
      const slug = environmentSlug(name);
      expect(slug.length).toBeLessThanOrEqual(24);
      expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });
});

const AGENT_CONFIG = { default_namespace: 'apps' };

/** One project whose running jobs deploy to the given environments; agents as given. */
function deployWorld(
  environments: Array<{
    name: string;
    tier?: 'production' | 'staging' | 'testing' | 'development' | 'other';
  }>,
  agents: Array<{ id: number; environments?: string[] }> = [],
): Emulator {
  const scenario: ScenarioInput = {
    startAt: '2024-06-03T09:00:00.000Z',
    users: [{ username: 'dev', token: 'glpat-env-dev-0001' }],
    projects: [
      {
        id: 1,
        path: 'group/app',
        members: { dev: 'developer' },
        agents: agents.map((agent) => ({ ...agent, configuration: AGENT_CONFIG })),
      },
    ],
    pipelines: [
      {
        project: 'group/app',
        user: 'dev',
        jobs: [
          { name: 'no-env', needs: [], queue: '0s', duration: '1h' },
          ...environments.map((environment, index) => ({
            name: `deploy-${index}`,
            needs: [],
            queue: '0s',
            duration: '1h',
            environment,
          })),
        ],
      },
    ],
  };
  const emulator = createEmulator({ scenario });
  emulator.advance(1_000);
  return emulator;
}

async function allowedAgents(emulator: Emulator, jobName: string): Promise<Json> {
  const token = jobTokenOf(emulator, jobNamed(emulator, 'group/app', jobName).id);
  return asObject(await callApi(emulator, '/job/allowed_agents', { token, auth: 'job' }));
}

describe('allowed_agents environment', () => {
  // Environment#guess_tier: the first of development, testing, staging, production whose
  // pattern the name contains (case-insensitive), else other.
  it.each([
    ['review/123', 'development'],
    ['DEV', 'development'],
    ['qa', 'testing'],
    ['Integration', 'testing'],
    ['staging', 'staging'],
    ['preprod', 'staging'],
    ['demo', 'staging'],
    ['production', 'production'],
    ['prd', 'production'],
    ['live', 'production'],
    ['canary', 'other'],
  ])('guesses the tier of %s as %s when the scenario gives none', async (name, tier) => {
    const emulator = deployWorld([{ name }]);
    const json = await allowedAgents(emulator, 'deploy-0');
    expect(json.environment).toEqual({ tier, slug: environmentSlug(name) });
  });

  it('keeps a tier the scenario gives, whatever the name says', async () => {
    const emulator = deployWorld([{ name: 'review/7', tier: 'production' }]);
    expect((await allowedAgents(emulator, 'deploy-0')).environment).toMatchObject({
      tier: 'production',
    });
  });
});

describe('allowed_agents limited to environments (CiAccess FilterService)', () => {
  const agents = [
    { id: 1 },
    { id: 2, environments: ['production'] },
    { id: 3, environments: ['review/*'] },
    { id: 4, environments: ['staging', 'prod*'] },
  ];

  async function agentIds(environment: string | null): Promise<number[]> {
    const emulator = deployWorld(environment === null ? [] : [{ name: environment }], agents);
    const json = await allowedAgents(emulator, environment === null ? 'no-env' : 'deploy-0');
    return (json.allowed_agents as Json[]).map((agent) => agent.id as number);
  }

  it('lists only agents without environments for a job without one', async () => {
    expect(await agentIds(null)).toEqual([1]);
  });

  it('lists agents whose pattern matches exactly or through a wildcard', async () => {
    expect(await agentIds('production')).toEqual([1, 2, 4]);
    expect(await agentIds('review/42')).toEqual([1, 3]);
    expect(await agentIds('staging')).toEqual([1, 4]);
  });

  it('matches wildcards unanchored, as GitLab builds the regular expression', async () => {
    expect(await agentIds('old-review/1')).toEqual([1, 3]);
    expect(await agentIds('preprod-eu')).toEqual([1, 4]);
  });

  it('shows the environments inside the agent configuration, as GitLab keeps them there', async () => {
    const emulator = deployWorld([{ name: 'production' }], agents);
    const json = await allowedAgents(emulator, 'deploy-0');
    expect((json.allowed_agents as Json[])[1]).toMatchObject({
      id: 2,
      configuration: { default_namespace: 'apps', environments: ['production'] },
    });
  });
});

describe('queued_duration', () => {
  it('keeps counting for a job canceled before it started, as calculate_duration(queued_at, nil) does', async () => {
    const scenario: ScenarioInput = {
      startAt: '2024-06-03T09:00:00.000Z',
      users: [{ username: 'dev', token: 'glpat-env-dev-0001' }],
      projects: [{ id: 1, path: 'group/app', members: { dev: 'maintainer' } }],
      pipelines: [
        {
          project: 'group/app',
          user: 'dev',
          jobs: [{ name: 'slow', queue: '1h', duration: '1m' }],
        },
      ],
    };
    const emulator = createEmulator({ scenario });
    emulator.advance(10_000);
    const id = jobNamed(emulator, 'group/app', 'slow').id;
    const token = 'glpat-env-dev-0001';
    const canceled = asObject(
      await callApi(emulator, `/projects/1/jobs/${id}/cancel`, { token, method: 'POST' }),
    );
    expect(canceled.status).toBe('canceled');
    expect(canceled.started_at).toBeNull();
    emulator.advance(60_000);
    const later = asObject(await callApi(emulator, `/projects/1/jobs/${id}`, { token }));
    expect(later.queued_duration as number).toBeGreaterThan(canceled.queued_duration as number);
    expect(later.duration).toBeNull();
  });
});
