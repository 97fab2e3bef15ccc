// Node only: a web stream (a fetch body) into a file, with the bytes written and their SHA-256.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';

/**
 * Pipes `stream` into the file at `path` (`append` adds to it), hashing as it goes, in constant
 * memory; `signal` aborts the copy. The path of a client given its own fetch.
 */
export async function writeWebStreamToFile(
  stream: ReadableStream<Uint8Array>,
  path: string,
  options: { mode?: 'overwrite' | 'append'; signal?: AbortSignal | undefined } = {},
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      callback(null, chunk);
    },
  });
  await pipeline(
    Readable.fromWeb(stream as NodeWebReadableStream<Uint8Array>),
    meter,
    createWriteStream(path, { flags: options.mode === 'append' ? 'a' : 'w' }),
    ...(options.signal ? [{ signal: options.signal }] : []),
  );
  return { bytes, sha256: hash.digest('hex') };
}
