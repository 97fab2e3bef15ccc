// The byte-level ANSI strip transform: constant memory, UTF-8 intact across chunk boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripAnsiStream } from '../../../src/gitlab/trace/strip-ansi-stream.js';
import { arbitraryCuts, cutAt, fixtureBytes } from './trace-fixtures.js';

async function pipe(pieces: Uint8Array[]): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const chunks: Uint8Array[] = [];
  const reader = source.pipeThrough(stripAnsiStream()).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

describe('stripAnsiStream', () => {
  it('writes the plain text of the sectioned log', async () => {
    const out = await pipe([fixtureBytes('sectioned-job.log')]);
    expect(Buffer.from(out)).toEqual(Buffer.from(fixtureBytes('sectioned-job.stripped.txt')));
  });

  it('keeps multi-byte characters whole even when a chunk splits them', async () => {
    const bytes = new TextEncoder().encode('✓ après\n');
    const out = await pipe([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)]);
    expect(new TextDecoder().decode(out)).toBe('✓ après\n');
  });

  it('passes bytes that are not UTF-8 through unchanged', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x0a]);
    expect([...(await pipe([bytes]))]).toEqual([0xff, 0xfe, 0x41, 0x0a]);
  });

  it('gives the same bytes for any chunking', async () => {
    const log = fixtureBytes('sectioned-job.log');
    const expected = await pipe([log]);
    await fc.assert(
      fc.asyncProperty(arbitraryCuts, async (cuts) => {
        expect(Buffer.from(await pipe(cutAt(log, cuts)))).toEqual(Buffer.from(expected));
      }),
      { numRuns: 50 },
    );
  });
});
