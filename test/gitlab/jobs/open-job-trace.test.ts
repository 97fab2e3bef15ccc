// openJobTrace: the log stream with what the answer says of it (status, headers, length), streamed, never buffered.
import { describe, expect, it } from 'vitest';
import { createClient, openJobTrace } from '../../../src/index.js';
import { json, type Step, stubFetch } from '../../helpers/stub-fetch.js';

const TOKEN = 'glpat-openjobtracetoken01';

function client(...steps: Step[]) {
  const stub = stubFetch(...steps);
  const c = createClient({ url: 'https://gitlab.example.com', token: TOKEN, fetch: stub.fetch });
  return { client: c, calls: stub.calls };
}

const LOG = '0123456789abcdef';

describe('openJobTrace', () => {
  it("gives the stream, GitLab's status and headers, and the length from Content-Length", async () => {
    const { client: c, calls } = client(
      new Response(LOG, {
        headers: { 'content-type': 'text/plain', 'content-length': String(LOG.length) },
      }),
    );
    const trace = await openJobTrace(c, { project: 'group/app', jobId: 8 });
    expect(trace).toMatchObject({ status: 200, ranged: true, length: 16 });
    expect(trace.headers.get('content-type')).toBe('text/plain');
    expect(await new Response(trace.stream).text()).toBe(LOG);
    expect(calls[0]?.url.pathname).toBe('/api/v4/projects/group%2Fapp/jobs/8/trace');
  });

  it('has no length when the server sends no Content-Length', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(LOG));
        controller.close();
      },
    });
    const { client: c } = client(new Response(body));
    const trace = await openJobTrace(c, { project: 1, jobId: 8 });
    expect(trace.length).toBeUndefined();
    expect(await new Response(trace.stream).text()).toBe(LOG);
  });

  it('has no length when the body came encoded: Content-Length counts the compressed bytes', async () => {
    const { client: c } = client(
      new Response(LOG, { headers: { 'content-length': '7', 'content-encoding': 'gzip' } }),
    );
    const trace = await openJobTrace(c, { project: 1, jobId: 8 });
    expect(trace.length).toBeUndefined();
    expect(await new Response(trace.stream).text()).toBe(LOG);
  });

  it('counts only the bytes left after the offset when the server ignores Range', async () => {
    const { client: c } = client(
      new Response(LOG, { headers: { 'content-length': String(LOG.length) } }),
    );
    const trace = await openJobTrace(c, { project: 1, jobId: 8, offset: 10 });
    expect(trace).toMatchObject({ status: 200, ranged: false, length: 6 });
    expect(await new Response(trace.stream).text()).toBe('abcdef');
  });

  it('keeps a 206 as it is, with its own length', async () => {
    const { client: c, calls } = client(
      new Response('abcdef', {
        status: 206,
        headers: { 'content-length': '6', 'content-range': 'bytes 10-15/16' },
      }),
    );
    const trace = await openJobTrace(c, { project: 1, jobId: 8, offset: 10 });
    expect(trace).toMatchObject({ status: 206, ranged: true, length: 6 });
    expect(trace.headers.get('content-range')).toBe('bytes 10-15/16');
    expect(calls[0]?.headers.get('range')).toBe('bytes=10-');
    expect(await new Response(trace.stream).text()).toBe('abcdef');
  });

  it('answers 416 (nothing past the offset yet) with an empty stream of length 0', async () => {
    const { client: c } = client(new Response('', { status: 416 }));
    const trace = await openJobTrace(c, { project: 1, jobId: 8, offset: 16 });
    expect(trace).toMatchObject({ status: 416, ranged: true, length: 0 });
    expect(await new Response(trace.stream).text()).toBe('');
  });

  it("throws GitLab's 404 as a GitLabHttpError", async () => {
    const { client: c } = client(json({ message: '404 Not Found' }, 404));
    await expect(openJobTrace(c, { project: 1, jobId: 8 })).rejects.toMatchObject({
      code: 'GITLAB_HTTP_ERROR',
      status: 404,
    });
  });

  it('hands the first bytes over before the server has sent the rest', async () => {
    let finish: () => void = () => undefined;
    const rest = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode('first\n'));
        await rest;
        controller.enqueue(encoder.encode('rest\n'));
        controller.close();
      },
    });
    const { client: c } = client(new Response(body));
    const reader = (await openJobTrace(c, { project: 1, jobId: 8 })).stream.getReader();
    const first = await Promise.race([
      reader.read(),
      new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 2_000)),
    ]);
    finish();
    expect(first).not.toBe('late');
    expect(new TextDecoder().decode((first as ReadableStreamReadResult<Uint8Array>).value)).toBe(
      'first\n',
    );
    let text = '';
    for (let reads = 0; reads < 100; reads++) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toBe('rest\n');
  });
});
