// The service client's view for one artifact download: the token goes to the checked URL only.
import { describe, expect, it } from 'vitest';
import { artifactDownloadClient } from '../../functions/upstream/artifact-download-client.js';
import { createClient } from '../../src/gitlab/client.js';

const TOKEN = 'glpat-relay-service-000001';

function service() {
  const sent: { url: string; init: RequestInit }[] = [];
  const client = createClient({
    url: 'https://gitlab.test',
    token: TOKEN,
    redirects: 'none',
    fetch: async (input, init = {}) => {
      sent.push({ url: String(input), init });
      return new Response('ok');
    },
  });
  return { client, sent };
}

describe('artifactDownloadClient', () => {
  it('sends the token to the first URL (again on a retry), and to no other, with no cookies', async () => {
    const { client, sent } = service();
    const download = artifactDownloadClient(client);
    const checked = 'https://gitlab.test/api/v4/projects/2/jobs/9/artifacts';
    const auth = { headers: download.authHeaders(), method: 'GET' };
    await download.fetch(checked, auth);
    await download.fetch(checked, auth);
    await download.fetch('https://gitlab.test/api/v4/projects/2/jobs/10/artifacts', auth);
    await download.fetch('https://storage.example/bucket/x?X-Amz-Signature=s', auth);
    const tokenOf = (init: RequestInit) => new Headers(init.headers).get('PRIVATE-TOKEN');
    expect(sent.map(({ init }) => tokenOf(init))).toEqual([TOKEN, TOKEN, null, null]);
    expect(sent.slice(2).map(({ init }) => init.credentials)).toEqual(['omit', 'omit']);
    // Everything else of the request goes on unchanged.
    expect(sent.map(({ init }) => init.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
  });

  it('follows redirects (the core decides which, and strips credentials off GitLab), and redacts as the service client', () => {
    const { client } = service();
    const download = artifactDownloadClient(client);
    expect(download.redirects).toBe('same-origin');
    download.addSecret('a-secret-value');
    expect(download.redact(`token ${TOKEN} and a-secret-value`)).not.toMatch(
      /glpat-relay|a-secret-value/,
    );
    expect(client.redact('a-secret-value')).not.toContain('a-secret-value');
  });
});
