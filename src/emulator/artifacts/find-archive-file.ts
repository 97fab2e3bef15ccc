// One file of an archive artifact, as the single-file routes serve it (GitLab unzips it; the emulator knows it).
import type { ArtifactSpec } from '../state/records.js';
import { archiveFiles } from './archive-files.js';
import { GENERATED_BLOCK_BYTES, generatedBlock } from './generated-bytes.js';

/** A file found in an archive: its size, and its content as a fresh stream. */
export interface ArchiveFile {
  path: string;
  size: number;
  /** The content, text or generated; a sniffable prefix of it for content-type detection. */
  head: Uint8Array;
  stream(): ReadableStream<Uint8Array>;
}

/** The file at `path` in the archive, or undefined when the archive holds none there. */
export function findArchiveFile(artifact: ArtifactSpec, path: string): ArchiveFile | undefined {
  const file = archiveFiles(artifact).find((candidate) => candidate.path === path);
  if (!file) return undefined;
  if ('text' in file) {
    const bytes = new TextEncoder().encode(file.text);
    return { path, size: bytes.length, head: bytes.subarray(0, 512), stream: () => once(bytes) };
  }
  const block = generatedBlock(file.path);
  const total = file.bytes;
  return {
    path,
    size: total,
    head: block.subarray(0, Math.min(512, total)),
    stream() {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= total) {
            controller.close();
            return;
          }
          const size = Math.min(GENERATED_BLOCK_BYTES, total - sent);
          sent += size;
          controller.enqueue(block.slice(0, size));
        },
      });
    },
  };
}

function once(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}
