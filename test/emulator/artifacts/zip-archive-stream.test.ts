// The emulator's zips: real archives, exactly as big as announced, the same bytes on every read.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveSize } from '../../../src/emulator/artifacts/archive-size.js';
import { generatedBlock } from '../../../src/emulator/artifacts/generated-bytes.js';
import { zipArchiveStream } from '../../../src/emulator/artifacts/zip-archive-stream.js';
import type { ArchiveFileSpec } from '../../../src/emulator/state/records.js';

const FILES: ArchiveFileSpec[] = [
  { path: 'dist/app.js', text: 'console.log("hi");\n'.repeat(50) },
  { path: 'reports/junit.xml', text: '<testsuites/>' },
  { path: 'empty.txt', text: '' },
  { path: 'big.bin', bytes: 200_003 },
  { path: 'zero.bin', bytes: 0 },
  { path: 'ünïcode/ファイル.txt', text: 'ok' },
];

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('zipArchiveStream', () => {
  it('yields as many bytes as archiveSize announces', async () => {
    const bytes = await readAll(zipArchiveStream(FILES));
    expect(bytes.length).toBe(archiveSize(FILES));
  });

  it('yields a zip whose entries hold the files', async () => {
    const entries = unzipSync(await readAll(zipArchiveStream(FILES)));
    expect(Object.keys(entries)).toEqual(FILES.map((file) => file.path));
    expect(new TextDecoder().decode(entries['dist/app.js'])).toBe(
      FILES[0] && 'text' in FILES[0] ? FILES[0].text : '',
    );
    const big = entries['big.bin'] as Uint8Array;
    expect(big.length).toBe(200_003);
    const block = generatedBlock('big.bin');
    expect(Buffer.from(big.subarray(65_536, 65_536 + 100))).toEqual(
      Buffer.from(block.subarray(0, 100)),
    );
    expect(entries['zero.bin']?.length).toBe(0);
  });

  it('yields the same bytes on every read', async () => {
    const digest = async () =>
      createHash('sha256')
        .update(await readAll(zipArchiveStream(FILES)))
        .digest('hex');
    expect(await digest()).toBe(await digest());
  });

  it('streams a 50 MB archive without holding it: the heap grows far less than its size', async () => {
    const files: ArchiveFileSpec[] = [{ path: 'big.bin', bytes: 50_000_000 }];
    const reader = zipArchiveStream(files).getReader();
    const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    let total = 0;
    let peak = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total % (4 * 1024 * 1024) < value.length) {
        const usage = process.memoryUsage();
        peak = Math.max(peak, usage.heapUsed + usage.arrayBuffers - before);
      }
    }
    expect(total).toBe(archiveSize(files));
    expect(peak).toBeLessThan(25_000_000);
  });
});
