// The relay streams a log through as GitLab sends it: the first bytes reach the caller before GitLab has sent the rest.
import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { type Harness, relayHarness } from './relay-harness.js';

const FIRST = 'first line\n';
const REST = 'the rest\n';
const WAIT_MS = 2_000;

/** A relay whose GitLab sends a log's first line, then holds the rest until `release()`. */
function slowLogRelay() {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let harness: Harness | undefined;
  const encoder = new TextEncoder();
  const upstreamFetch: FetchFunction = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.pathname.endsWith('/trace'))
      return harness?.emulator.fetch(input as never, init) as Promise<Response>;
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(FIRST));
        await held;
        controller.enqueue(encoder.encode(REST));
        controller.close();
      },
    });
    const length = String(encoder.encode(FIRST + REST).byteLength);
    return Promise.resolve(
      new Response(body, { headers: { 'content-type': 'text/plain', 'content-length': length } }),
    );
  };
  harness = relayHarness({}, { upstreamFetch });
  return { h: harness, release };
}

/** The next chunk, or 'late' when none came within WAIT_MS (a buffering relay never sends one early). */
async function nextChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<string | 'late'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), WAIT_MS);
  });
  try {
    const read = await Promise.race([reader.read(), late]);
    if (read === 'late') return read;
    return read.done ? '' : new TextDecoder().decode(read.value);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads what is left, at most 100 chunks: a stream that never ends fails instead of hanging. */
async function rest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (let reads = 0; reads < 100; reads++) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
  throw new Error('the log never ended');
}

describe('log pass-through', () => {
  it.each([
    ['the whole log', undefined, 200, FIRST],
    ['a Range from byte 6', 'bytes=6-', 206, FIRST.slice(6)],
  ])(
    'streams %s: its first bytes arrive before GitLab sends the rest',
    async (_what, range, status, first) => {
      const { h, release } = slowLogRelay();
      try {
        const response = await Promise.race([
          h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`, {
            headers: range ? { range } : {},
          }),
          new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), WAIT_MS)),
        ]);
        expect(response).not.toBe('late');
        const answer = response as Response;
        expect(answer.status).toBe(status);
        const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
        expect(await nextChunk(reader)).toBe(first);
        release();
        expect(await rest(reader)).toBe(REST);
      } finally {
        release();
      }
    },
  );
});
