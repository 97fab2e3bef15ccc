// Play variables in every form GitLab reads (JSON, form, multipart, query): each checked by the policy, none dropped.
import { describe, expect, it } from 'vitest';
import { type Harness, relayHarness } from './relay-harness.js';

const V = 'job_variables_attributes';

interface Form {
  name: string;
  /** The request for a play with these variables (path without query). */
  send(path: string, variables: [string, string][]): [string, RequestInit];
}

const FORMS: Form[] = [
  {
    name: 'a JSON body',
    send: (path, variables) => [
      path,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ [V]: variables.map(([key, value]) => ({ key, value })) }),
      },
    ],
  },
  {
    name: 'a form body with [] fields',
    send: (path, variables) => [
      path,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(
          variables.flatMap(([key, value]) => [
            [`${V}[][key]`, key],
            [`${V}[][value]`, value],
          ]),
        ).toString(),
      },
    ],
  },
  {
    name: 'a form body with [N] fields',
    send: (path, variables) => [
      path,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(
          variables.flatMap(([key, value], i) => [
            [`${V}[${i}][key]`, key],
            [`${V}[${i}][value]`, value],
          ]),
        ).toString(),
      },
    ],
  },
  {
    name: 'a multipart body',
    send: (path, variables) => {
      const form = new FormData();
      for (const [key, value] of variables) {
        form.append(`${V}[][key]`, key);
        form.append(`${V}[][value]`, value);
      }
      return [path, { method: 'POST', body: form }];
    },
  },
  {
    name: 'the query string',
    send: (path, variables) => {
      const query = new URLSearchParams(
        variables.flatMap(([key, value], i) => [
          [`${V}[${i}][key]`, key],
          [`${V}[${i}][value]`, value],
        ]),
      );
      return [`${path}?${query}`, { method: 'POST' }];
    },
  },
];

function playPath(h: Harness, job = 'deploy-staging'): string {
  return `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob(job)}/play`;
}

function playedVariables(h: Harness, job = 'deploy-staging') {
  return h.emulator.state.jobs.get(h.deployJob(job))?.playVariables;
}

describe.each(FORMS)('play variables in $name', (form) => {
  it('plays the job with exactly the variables sent', async () => {
    const h = relayHarness();
    const response = await h.relay(...form.send(playPath(h), [['TARGET', 'staging']]));
    expect(response.status).toBe(200);
    expect(playedVariables(h)).toEqual([{ key: 'TARGET', value: 'staging' }]);
  });

  it('refuses a key the policy does not allow, with no POST upstream', async () => {
    const h = relayHarness();
    const response = await h.relay(
      ...form.send(playPath(h), [
        ['TARGET', 'staging'],
        ['EVIL', 'x'],
      ]),
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toContain('"EVIL"');
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });
});

interface Refusal {
  name: string;
  contentType: string;
  body: string;
  query?: string;
  status: number;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

const REFUSALS: Refusal[] = [
  {
    name: 'a truncated JSON body',
    contentType: JSON_TYPE,
    body: `{"${V}":[{"key":"TARGET","value":"sta`,
    status: 400,
  },
  { name: 'a JSON body that is not an object', contentType: JSON_TYPE, body: '[1]', status: 400 },
  {
    name: 'a JSON variable with a field other than key and value',
    contentType: JSON_TYPE,
    body: JSON.stringify({ [V]: [{ key: 'TARGET', value: 'a', variable_type: 'file' }] }),
    status: 400,
  },
  {
    name: 'a media type GitLab does not parse',
    contentType: 'text/plain',
    body: `${V}[][key]=TARGET&${V}[][value]=a`,
    status: 415,
  },
  {
    name: 'a form field naming the variables in a form the relay does not read',
    contentType: FORM_TYPE,
    body: `${V}[][key]=TARGET&${V}[][value]=a&${V}[][variable_type]=file`,
    status: 400,
  },
  {
    name: 'a form variable without a value',
    contentType: FORM_TYPE,
    body: `${V}[][key]=TARGET`,
    status: 400,
  },
  {
    name: 'a multipart body that does not parse',
    contentType: 'multipart/form-data; boundary=xyz',
    body: `--xyz\r\nContent-Disposition: form-data; name="${V}[][key]"\r\n\r\nTARGET`,
    status: 400,
  },
  {
    name: 'variables both in the query and in the body',
    contentType: JSON_TYPE,
    query: `${V}[][key]=TARGET&${V}[][value]=a`,
    body: JSON.stringify({ [V]: [{ key: 'TARGET', value: 'b' }] }),
    status: 400,
  },
  {
    name: 'the same key twice',
    contentType: JSON_TYPE,
    body: JSON.stringify({
      [V]: [
        { key: 'TARGET', value: 'a' },
        { key: 'TARGET', value: 'b' },
      ],
    }),
    status: 400,
  },
];

describe('play requests the relay refuses', () => {
  it.each(REFUSALS)(
    'answers $name with $status and plays nothing',
    async ({ contentType, body, query, status }) => {
      const h = relayHarness();
      const path = query ? `${playPath(h)}?${query}` : playPath(h);
      const response = await h.relay(path, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: expect.any(String) });
      expect(h.upstream({ method: 'POST' })).toHaveLength(0);
      expect(playedVariables(h)).toBeNull();
    },
  );
});

describe('play variables read as GitLab reads them', () => {
  it('reads [] fields as Rack does: a value before its key belongs to the same variable', async () => {
    const h = relayHarness();
    const response = await h.relay(playPath(h), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `${V}[][value]=staging&${V}[][key]=TARGET`,
    });
    expect(response.status).toBe(200);
    expect(playedVariables(h)).toEqual([{ key: 'TARGET', value: 'staging' }]);
  });

  it('plays with no variables when none are sent in any form', async () => {
    const h = relayHarness();
    const response = await h.relay(`${playPath(h)}?unrelated=1`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(playedVariables(h)).toEqual([]);
  });
});
