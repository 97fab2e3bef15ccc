// Following a growing log: each read asks only for the bytes not seen yet.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/gitlab/client.js';
import { followJobTrace } from '../../../src/gitlab/trace/follow-job-trace.js';
import { stubFetch } from '../../helpers/stub-fetch.js';

const TOKEN = 'glpat-followtracetesttoken01';

function follower(...steps: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...steps);
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    fetch: stub.fetch,
  });
  return { trace: followJobTrace(client, { project: 'group/app', jobId: 9 }), calls: stub.calls };
}

async function readAll(iterable: AsyncIterable<Uint8Array>): Promise<string> {
  let text = '';
  for await (const chunk of iterable) text += new TextDecoder().decode(chunk);
  return text;
}

const text = (body: string, status = 200) => new Response(body, { status });

describe('followJobTrace', () => {
  it('reads from the start without a Range header, then from the offset with one', async () => {
    const { trace, calls } = follower(text('line 1\n'), text('line 2\n', 206));
    expect(await readAll(trace.read())).toBe('line 1\n');
    expect(trace.offset).toBe(7);
    expect(await readAll(trace.read())).toBe('line 2\n');
    expect(trace.offset).toBe(14);
    expect(calls[0]?.headers.get('range')).toBeNull();
    expect(calls[1]?.headers.get('range')).toBe('bytes=7-');
    expect(calls[1]?.url.pathname).toBe('/api/v4/projects/group%2Fapp/jobs/9/trace');
  });

  it('skips the seen bytes when the server ignores Range and sends the whole log', async () => {
    const { trace } = follower(text('line 1\n'), text('line 1\nline 2\n'));
    await readAll(trace.read());
    expect(await readAll(trace.read())).toBe('line 2\n');
    expect(trace.offset).toBe(14);
  });

  it('reads nothing when the log has not grown (416)', async () => {
    const { trace } = follower(text('line 1\n'), text('', 416));
    await readAll(trace.read());
    expect(await readAll(trace.read())).toBe('');
    expect(trace.offset).toBe(7);
  });

  it('starts at a given offset', async () => {
    const stub = stubFetch(text('tail\n', 206));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
    });
    const trace = followJobTrace(client, { project: 1, jobId: 9, offset: 100 });
    expect(await readAll(trace.read())).toBe('tail\n');
    expect(stub.calls[0]?.headers.get('range')).toBe('bytes=100-');
    expect(trace.offset).toBe(105);
  });
});

describe('followJobTrace knows whether the server honoured Range', () => {
  it('reports ranged false when the server resent the whole log, and true for a 206', async () => {
    const stub = stubFetch(
      new Response('abc'),
      new Response('abcdef'),
      new Response('ghi', { status: 206 }),
    );
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: 'glpat-rangedtest00001',
      fetch: stub.fetch,
    });
    const follower = followJobTrace(client, { project: 1, jobId: 2 });
    expect(follower.ranged).toBeUndefined();
    const read = async () => {
      let text = '';
      for await (const chunk of follower.read()) text += new TextDecoder().decode(chunk);
      return text;
    };
    expect(await read()).toBe('abc');
    expect(follower.ranged).toBe(true);
    expect(await read()).toBe('def');
    expect(follower.ranged).toBe(false);
    expect(await read()).toBe('ghi');
    expect(follower.ranged).toBe(true);
    expect(follower.offset).toBe(9);
  });
});
