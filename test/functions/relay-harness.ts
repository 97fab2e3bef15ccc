// A relay wired to an in-memory emulator (both inside workerd), with a policy and a log to inspect.

import type { RateLimiter, RelayEnv } from '../../functions/config/relay-env.js';
import { CallerCache } from '../../functions/identity/caller-cache.js';
import type { LogLine } from '../../functions/log/relay-log.js';
import { createRelayApp, type RelayAppOptions } from '../../functions/relay-app.js';
import { SharedReads } from '../../functions/upstream/shared-reads.js';
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js';

/** The GitLab origin the relay is configured with (the emulator answers any origin in process). */
export const GITLAB = 'http://gitlab.test';

/** demo/app (1) calls; demo/deploy (2) is the allowed target; other/secret (3) is not. */
export const RELAY_SCENARIO = {
  startAt: '2026-01-05T10:00:00.000Z',
  server: { jobIdStart: 100, pipelineIdStart: 10 },
  users: [
    { username: 'service', token: 'glpat-relayservicetoken01' },
    { username: 'dev', token: 'glpat-relaydevelopertoken' },
  ],
  projects: [
    { id: 1, path: 'demo/app', members: { service: 'maintainer', dev: 'developer' } },
    { id: 2, path: 'demo/deploy', members: { service: 'maintainer', dev: 'developer' } },
    { id: 3, path: 'other/secret', members: { service: 'maintainer' } },
  ],
  pipelines: [
    {
      project: 'demo/deploy',
      at: '-2h',
      user: 'service',
      jobs: [
        { name: 'build', stage: 'build', duration: '1m', trace: ['building', 'built'] },
        {
          name: 'flaky',
          stage: 'build',
          duration: '1m',
          result: 'failed',
          failureReason: 'script_failure',
        },
        {
          name: 'deploy-staging',
          stage: 'deploy',
          when: 'manual',
          duration: '2m',
          needs: ['build'],
        },
        { name: 'deploy-prod', stage: 'deploy', when: 'manual', duration: '2m', needs: ['build'] },
        { name: 'teardown', stage: 'deploy', when: 'manual', duration: '1m', needs: ['build'] },
      ],
    },
    {
      project: 'other/secret',
      at: '-1h',
      user: 'service',
      jobs: [{ name: 'secret', duration: '1m', trace: ['secret output'] }],
    },
    {
      project: 'demo/app',
      at: '-1m',
      user: 'dev',
      source: 'push',
      jobs: [{ name: 'orchestrate', duration: '1h', trace: ['orchestrating'] }],
    },
  ],
};

/** Lets demo/app jobs on main read and follow demo/deploy, play deploy-* with TARGET, cancel and retry. */
export const RELAY_POLICY = {
  version: 1,
  rules: [
    {
      description: 'demo/app orchestrates demo/deploy',
      caller: { projects: ['demo/app'], refs: ['main'] },
      allow: ['read', 'trace', 'cancel', 'retry'],
      targets: ['demo/deploy', 2],
    },
    {
      description: 'demo/app may start deployments',
      caller: { projects: [1] },
      allow: ['play'],
      targets: ['demo/*'],
      jobs: ['deploy-*'],
      variables: ['TARGET'],
    },
  ],
};

/** A relay harness. */
export interface Harness {
  emulator: Emulator;
  env: RelayEnv;
  logs: LogLine[];
  cache: CallerCache;
  /** The running caller job's token. */
  jobToken: string;
  jobId: number;
  /** Sends a request to the relay with the caller's job token unless headers say otherwise. */
  relay(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  /** Upstream requests the emulator received, optionally filtered. */
  upstream(filter?: {
    method?: string;
    path?: string;
  }): { method: string; path: string; tokenFingerprint: string | null }[];
  /** The deploy pipeline's job id by name. */
  deployJob(name: string): number;
}

/** Builds a harness; `options` override the relay's defaults, `env` the bindings. */
export function relayHarness(
  env: Partial<RelayEnv> = {},
  options: RelayAppOptions = {},
  scenario: object = RELAY_SCENARIO,
): Harness {
  const emulator = createEmulator({ scenario: scenario as never });
  const logs: LogLine[] = [];
  const cache = options.cache ?? new CallerCache();
  const app = createRelayApp({
    upstreamFetch: emulator.fetch,
    cache,
    // Reads are shared for a while of the emulated GitLab's time, the clock its jobs move by.
    sharedReads: new SharedReads({ now: () => emulator.clock.now() }),
    log: (line) => logs.push(line),
    ...options,
  });
  const fullEnv: RelayEnv = {
    GITLAB_URL: GITLAB,
    GITLAB_TOKEN: 'glpat-relayservicetoken01',
    POLICY: JSON.stringify(RELAY_POLICY),
    ...env,
  };
  const caller = emulator.jobTokens().find((t) => t.jobName === 'orchestrate');
  if (!caller) throw new Error('the orchestrate job is not running');
  return {
    emulator,
    env: fullEnv,
    logs,
    cache,
    jobToken: caller.token,
    jobId: caller.jobId,
    relay(path, init = {}) {
      const { token, ...rest } = init;
      const headers = new Headers(rest.headers);
      const sent = token === undefined ? caller.token : token;
      if (sent !== null && !headers.has('job-token') && !headers.has('authorization'))
        headers.set('JOB-TOKEN', sent);
      return Promise.resolve(
        app.request(`https://relay.test${path}`, { ...rest, headers }, fullEnv),
      );
    },
    upstream(filter) {
      return emulator.runtime.requestLog.list(filter);
    },
    deployJob(name) {
      const job = [...emulator.state.jobs.values()].find(
        (j) =>
          j.spec.name === name && emulator.state.project(j.projectId).fullPath === 'demo/deploy',
      );
      if (!job) throw new Error(`no job ${name}`);
      return job.id;
    },
  };
}

/** A limiter that allows `limit` calls per key and records the keys. */
export function countingLimiter(limit: number): RateLimiter & { keys: string[] } {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    async limit({ key }) {
      keys.push(key);
      const next = (counts.get(key) ?? 0) + 1;
      counts.set(key, next);
      return { success: next <= limit };
    },
  };
}
