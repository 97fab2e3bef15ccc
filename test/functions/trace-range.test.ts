// A job log through the relay: `Range: bytes=N-` answered with 206 or 416, every other Range with the whole log, lengths exact.
import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { type Harness, relayHarness } from './relay-harness.js';

const LOG = 'line one\nline two\n';
const BYTES = new TextEncoder().encode(LOG);

/** A relay whose GitLab sends the log as `headers` say (everything else: the emulator). */
function logRelay(headers: Record<string, string>): { h: Harness; path: string } {
  let harness: Harness | undefined;
  const upstreamFetch: FetchFunction = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/trace')) {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(BYTES);
          controller.close();
        },
      });
      return Promise.resolve(new Response(body, { headers }));
    }
    return harness?.emulator.fetch(input as never, init) as Promise<Response>;
  };
  harness = relayHarness({}, { upstreamFetch });
  return { h: harness, path: `/api/v4/projects/2/jobs/${harness.deployJob('build')}/trace` };
}

const KNOWN = { 'content-type': 'text/plain', 'content-length': String(BYTES.length) };

describe('a job log', () => {
  it('is served whole with 200, its length and GitLab’s content type, without a Range', async () => {
    const { h, path } = logRelay(KNOWN);
    const response = await h.relay(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('content-length')).toBe(String(BYTES.length));
    expect(response.headers.has('content-range')).toBe(false);
    expect(await response.text()).toBe(LOG);
  });

  it('is plain UTF-8 text when GitLab names no type', async () => {
    const { h, path } = logRelay({ 'content-length': String(BYTES.length) });
    const response = await h.relay(path);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it.each([0, 5, BYTES.length - 1])(
    'answers Range: bytes=%i- with 206, the bytes from there, and their exact range and length',
    async (offset) => {
      const { h, path } = logRelay(KNOWN);
      const response = await h.relay(path, { headers: { range: `bytes=${offset}-` } });
      expect(response.status).toBe(206);
      expect(response.headers.get('content-range')).toBe(
        `bytes ${offset}-${BYTES.length - 1}/${BYTES.length}`,
      );
      expect(response.headers.get('content-length')).toBe(String(BYTES.length - offset));
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES.subarray(offset));
    },
  );

  it.each([BYTES.length, BYTES.length + 100])(
    'answers Range: bytes=%i- (at or past the end) with 416, the length, and no body',
    async (offset) => {
      const { h, path } = logRelay(KNOWN);
      const response = await h.relay(path, { headers: { range: `bytes=${offset}-` } });
      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe(`bytes */${BYTES.length}`);
      expect(await response.text()).toBe('');
    },
  );

  it.each([
    ['a closed range', 'bytes=5-9'],
    ['a suffix range', 'bytes=-5'],
    ['several ranges', 'bytes=0-1, 5-'],
    ['another unit', 'items=5-'],
    ['a range after another unit', 'items=0-1, bytes=5-'],
    ['an offset of 16 digits', 'bytes=1234567890123456-'],
    ['a negative offset', 'bytes=-0-'],
  ])(
    'serves the whole log with 200 for %s (%s), which the relay does not serve',
    async (_what, range) => {
      const { h, path } = logRelay(KNOWN);
      const response = await h.relay(path, { headers: { range } });
      expect(response.status).toBe(200);
      expect(response.headers.has('content-range')).toBe(false);
      expect(response.headers.get('content-length')).toBe(String(BYTES.length));
      expect(await response.text()).toBe(LOG);
    },
  );

  it('serves the whole log with 200 and no length when GitLab sent none, even for a Range', async () => {
    const { h, path } = logRelay({ 'content-type': 'text/plain' });
    for (const range of [undefined, 'bytes=5-']) {
      const response = await h.relay(path, range ? { headers: { range } } : {});
      expect(response.status).toBe(200);
      expect(response.headers.has('content-range')).toBe(false);
      expect(response.headers.has('content-length')).toBe(false);
      expect(await response.text()).toBe(LOG);
    }
  });
});
