// Reading a streamed body stops as soon as its signal aborts, even while the body is stalled.
import { describe, expect, it } from 'vitest';
import { readStream } from '../../../src/gitlab/trace/read-stream.js';

function stalledAfter(first: string) {
  let canceled: unknown = 'not canceled';
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      // …and then nothing more, ever: a server that stopped sending.
    },
    cancel(reason) {
      canceled = reason;
    },
  });
  return { stream, canceled: () => canceled };
}

describe('readStream', () => {
  it('yields the chunks until the stream ends', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1]));
        controller.enqueue(new Uint8Array([2, 3]));
        controller.close();
      },
    });
    const chunks: number[][] = [];
    for await (const chunk of readStream(stream)) chunks.push([...chunk]);
    expect(chunks).toEqual([[1], [2, 3]]);
  });

  it('throws the abort reason and cancels the body when the signal aborts mid-body', async () => {
    const { stream, canceled } = stalledAfter('first');
    const controller = new AbortController();
    const reason = new Error('stop');
    const seen: string[] = [];
    const reading = (async () => {
      for await (const chunk of readStream(stream, controller.signal)) {
        seen.push(new TextDecoder().decode(chunk));
        setTimeout(() => controller.abort(reason), 1);
      }
    })();
    await expect(reading).rejects.toBe(reason);
    expect(seen).toEqual(['first']);
    expect(canceled()).toBe(reason);
  });
});
