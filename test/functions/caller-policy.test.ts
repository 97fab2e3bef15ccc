// What GET /-/policy tells a calling job: who the relay takes it for, and only the grants of the rules that match it.
import { describe, expect, it } from 'vitest';
import { relayHarness } from './relay-harness.js';

describe('GET /-/policy', () => {
  it('shows the caller as verified and every matching rule in full, absent fields as null or []', async () => {
    const h = relayHarness();
    const response = await h.relay('/-/policy');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      caller: {
        job_id: h.jobId,
        project_id: 1,
        project_path: 'demo/app',
        ref: 'main',
        protected_ref: null,
        pipeline_source: 'push',
        environment: null,
        id_token: false,
      },
      grants: [
        {
          description: 'demo/app orchestrates demo/deploy',
          allow: ['read', 'trace', 'cancel', 'retry'],
          targets: ['demo/deploy', 2],
          jobs: null,
          variables: [],
          targetRefs: null,
          inputs: [],
        },
        {
          description: 'demo/app may start deployments',
          allow: ['play'],
          targets: ['demo/*'],
          jobs: ['deploy-*'],
          variables: ['TARGET'],
          targetRefs: null,
          inputs: [],
        },
      ],
    });
  });

  it('leaves out the rules for other callers, and says null where a rule has no description', async () => {
    const POLICY = JSON.stringify({
      version: 1,
      rules: [
        {
          description: 'for another project',
          caller: { projects: ['other/*'] },
          allow: ['erase'],
          targets: ['demo/deploy'],
        },
        {
          description: 'for another ref',
          caller: { projects: ['demo/app'], refs: ['release/*'] },
          allow: ['play'],
          targets: ['demo/deploy'],
        },
        { caller: { projects: [1] }, allow: ['trace'], targets: [2], jobs: ['build'] },
      ],
    });
    const h = relayHarness({ POLICY });
    const body = (await (await h.relay('/-/policy')).json()) as { grants: unknown[] };
    expect(body.grants).toEqual([
      {
        description: null,
        allow: ['trace'],
        targets: [2],
        jobs: ['build'],
        variables: [],
        targetRefs: null,
        inputs: [],
      },
    ]);
  });

  it('asks for a token like every other endpoint', async () => {
    const h = relayHarness();
    expect((await h.relay('/-/policy', { token: null })).status).toBe(401);
  });
});
