// An archive artifact's zip as a stream: built lazily, small ones kept once built.
import type { ArtifactSpec } from '../state/records.js';
import { archiveFiles } from './archive-files.js';
import { zipArchiveStream } from './zip-archive-stream.js';

/** Archives up to this size are kept in memory once built; bigger ones are rebuilt as each download reads them. */
export const CACHED_ARCHIVE_LIMIT = 8 * 1024 * 1024;

// Keyed by the job's artifact spec: a retry shares its spec (same archive), a new scenario drops it.
const built = new WeakMap<ArtifactSpec, Uint8Array>();

/** The zip of an archive artifact, as many bytes as `artifact.size` (see `archiveFiles`). */
export async function archiveStream(artifact: ArtifactSpec): Promise<ReadableStream<Uint8Array>> {
  const cached = built.get(artifact);
  if (cached) return bytesStream(cached);
  const stream = zipArchiveStream(archiveFiles(artifact));
  if (artifact.size > CACHED_ARCHIVE_LIMIT) return stream;
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  built.set(artifact, bytes);
  return bytesStream(bytes);
}

function bytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}
