// Bad parameters are rejected before any request, naming the field and the value (secrets redacted).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/gitlab/params/parse-params.js';
import {
  createClient,
  getJob,
  listPipelineJobs,
  listProjectJobs,
  playJob,
} from '../../../src/index.js';
import { json, stubFetch } from '../../helpers/stub-fetch.js';

function setup() {
  const stub = stubFetch(json({}));
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: 'glpat-paramstoken00001',
    fetch: stub.fetch,
  });
  return { client, calls: stub.calls };
}

describe('parameter validation', () => {
  it('rejects a non-positive job id, naming jobId', async () => {
    const { client, calls } = setup();
    await expect(getJob(client, { project: 1, jobId: 0 })).rejects.toThrow(
      /Invalid jobId 0: must be a positive integer id/,
    );
    expect(calls).toHaveLength(0);
  });

  it('rejects a job id string that is not digits', async () => {
    const { client } = setup();
    await expect(getJob(client, { project: 1, jobId: '8/../9' })).rejects.toThrow(
      /Invalid jobId "8\/..\/9"/,
    );
  });

  it('accepts a job id given as a decimal string', async () => {
    const stub = stubFetch(json({ message: 'x' }, 404));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: 'glpat-paramstoken00001',
      fetch: stub.fetch,
    });
    await getJob(client, { project: 1, jobId: '8' }).catch(() => undefined);
    expect(stub.calls[0]?.url.pathname).toBe('/api/v4/projects/1/jobs/8');
  });

  it('rejects a scope GitLab does not know, listing every status it takes', () => {
    const { client } = setup();
    expect(() => listProjectJobs(client, { project: 1, scope: 'cancelled' as never })).toThrow(
      /Invalid scope "cancelled": must be one of created, waiting_for_resource, preparing, waiting_for_callback, pending, running, success, failed, canceling, canceled, skipped, manual, scheduled/,
    );
  });

  it('rejects an empty scope array', () => {
    const { client } = setup();
    expect(() => listProjectJobs(client, { project: 1, scope: [] })).toThrow(/scope/);
  });

  it("rejects perPage above GitLab's maximum of 100", () => {
    const { client } = setup();
    expect(() => listPipelineJobs(client, { project: 1, pipelineId: 2, perPage: 101 })).toThrow(
      /Invalid perPage 101/,
    );
  });

  it('rejects unknown parameters, naming them', async () => {
    const { client } = setup();
    await expect(getJob(client, { project: 1, jobId: 8, job_id: 8 } as never)).rejects.toThrow(
      /job_id/,
    );
  });

  it("rejects a variable key outside GitLab's rule and shows the key", async () => {
    const { client } = setup();
    await expect(
      playJob(client, { project: 1, jobId: 8, variables: { 'BAD-KEY': 's3cret-value' } }),
    ).rejects.toThrow(
      /Invalid variables\[0\]\.key "BAD-KEY": a variable key may hold only letters, digits and underscores/,
    );
  });

  it('never shows a variable value in the error', async () => {
    const { client } = setup();
    let message = '';
    try {
      await playJob(client, {
        project: 1,
        jobId: 8,
        variables: [{ key: 'OK', value: 42 as never }],
      });
    } catch (error) {
      message = String(error);
      expect(error).toMatchObject({ field: 'variables[0].value', value: '[REDACTED]' });
    }
    expect(message).toContain('[REDACTED]');
    expect(message).not.toContain('42');
  });

  it('rejects a variable key given twice', async () => {
    const { client } = setup();
    const variables = [
      { key: 'A', value: '1' },
      { key: 'A', value: '2' },
    ];
    await expect(playJob(client, { project: 1, jobId: 8, variables })).rejects.toThrow(
      /given twice/,
    );
  });

  it('rejects a key longer than 255 characters', async () => {
    const { client } = setup();
    await expect(
      playJob(client, { project: 1, jobId: 8, variables: { ['K'.repeat(256)]: 'v' } }),
    ).rejects.toThrow(/255/);
  });
});

describe('how a rejected value is shown', () => {
  const schema = v.strictObject({ name: v.literal('ok') });

  it.each([
    ['a string, quoted', 'bad', '"bad"'],
    ['a string of 80 characters, whole', 'x'.repeat(80), `"${'x'.repeat(80)}"`],
    ['a longer string, cut after 80 characters', 'y'.repeat(81), `"${'y'.repeat(80)}…"`],
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an array, by kind', [1, 2], 'an array'],
    ['an object, by kind', { a: 1 }, 'an object'],
  ])('%s', (_name, name, shown) => {
    expect(() => parseParams(schema, { name }, 'someCall')).toThrow(
      expect.objectContaining({ field: 'name', value: shown }),
    );
  });

  it('names the parameters as a whole when they are not an object', () => {
    expect(() => parseParams(schema, 42, 'someCall')).toThrow(
      expect.objectContaining({ field: 'params', value: '42' }),
    );
  });
});

describe('which fields are secret', () => {
  // Messages of their own: valibot's default ones repeat the value received.
  const text = v.string('must be a string');
  const schema = v.strictObject({
    token: v.optional(text),
    tokenType: v.optional(v.picklist(['private', 'job'], 'must be private or job')),
    variables: v.optional(v.record(v.string(), text)),
    list: v.optional(v.array(v.strictObject({ key: text, value: text }))),
  });

  it.each([
    ['token', { token: 12345 }, 'token', '[REDACTED]'],
    ['a value in a list', { list: [{ key: 'A', value: 12345 }] }, 'list[0].value', '[REDACTED]'],
    [
      'a value in a variables record',
      { variables: { API_KEY: 12345 } },
      'variables.API_KEY',
      '[REDACTED]',
    ],
    ['tokenType is not', { tokenType: 'oauth' }, 'tokenType', '"oauth"'],
    ['a key is not', { list: [{ key: 12345, value: 'v' }] }, 'list[0].key', '12345'],
  ])('%s', (_name, params, field, value) => {
    let message = '';
    expect(() => {
      try {
        parseParams(schema, params, 'someCall');
      } catch (error) {
        message = String(error);
        throw error;
      }
    }).toThrow(expect.objectContaining({ field, value }));
    if (value === '[REDACTED]') expect(message).not.toContain('12345');
  });
});
