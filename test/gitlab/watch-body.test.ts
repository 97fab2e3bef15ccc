// A watched body says once when it is over, and fails when the server stops sending.
import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../../src/gitlab/errors/timeout-error.js';
import { watchBody } from '../../src/gitlab/watch-body.js';

const idleError = () => new TimeoutError('GET', '/trace', 50);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  let text = '';
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    text += new TextDecoder().decode(read.value);
  }
  return text;
}

describe('watchBody', () => {
  it('passes the chunks on and settles once at the end', async () => {
    let settled = 0;
    const body = new Response('one two').body as ReadableStream<Uint8Array>;
    const watched = watchBody(body, { idleMs: 1_000, idleError, onSettled: () => settled++ });
    expect(await readAll(watched)).toBe('one two');
    expect(settled).toBe(1);
  });

  it('settles when the reader cancels it', async () => {
    let settled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const watched = watchBody(body, { idleMs: 1_000, idleError, onSettled: () => settled++ });
    await watched.cancel(new Error('enough'));
    expect(settled).toBe(1);
  });

  it('fails with the idle error when no chunk comes in time', async () => {
    let settled = 0;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('first')),
    });
    const watched = watchBody(body, { idleMs: 50, idleError, onSettled: () => settled++ });
    await expect(readAll(watched)).rejects.toBeInstanceOf(TimeoutError);
    expect(settled).toBe(1);
  });
});
