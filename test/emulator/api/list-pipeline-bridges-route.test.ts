// GET /projects/:id/pipelines/:pipeline_id/bridges: bridges with their downstream pipelines.
import { describe, expect, it } from 'vitest';
import { asList, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, jobTokenOf, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner };

describe('GET /projects/:id/pipelines/:pipeline_id/bridges', () => {
  it('lists bridges with their downstream pipeline and no runner, artifacts or tag list', async () => {
    const [bridge] = asList(
      await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/pipelines/50/bridges', owner),
    );
    expect(bridge).toMatchObject({
      name: 'trigger-lib',
      status: 'success',
      downstream_pipeline: {
        id: 51,
        project_id: 20,
        status: 'success',
        web_url: 'http://emulator.local/group/lib/-/pipelines/51',
      },
    });
    expect(bridge).not.toHaveProperty('runner');
    expect(bridge).not.toHaveProperty('artifacts');
    expect(bridge).not.toHaveProperty('tag_list');
  });

  it('sends the totals', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/pipelines/50/bridges',
      owner,
    );
    expect(result.headers.get('x-total')).toBe('1');
    expect(result.headers.get('link')).toContain('rel="last"');
  });

  it('is empty for a pipeline without bridges', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/pipelines/54/bridges',
      owner,
    );
    expect(result.body).toEqual([]);
  });

  it('serves a job token of the project, as current GitLab does (job_token_allowed)', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(2_000);
    const token = jobTokenOf(emulator, jobNamed(emulator, 'group/app', 'build').id);
    const result = await callApi(emulator, '/projects/10/pipelines/50/bridges', {
      token,
      auth: 'job',
    });
    expect(result.status).toBe(200);
    expect(asList(result).map((bridge) => bridge.name)).toEqual(['trigger-lib']);
  });

  it('serves an anonymous GET as a visitor: 404 for a private project', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/pipelines/50/bridges');
    expect(result).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });
});
