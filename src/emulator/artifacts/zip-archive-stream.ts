// Streams a real zip of an archive's files, built as it is read: memory stays flat whatever its size.
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ArchiveFileSpec } from '../state/records.js';
import { TEXT_DEFLATE_LEVEL } from './archive-size.js';
import { GENERATED_BLOCK_BYTES, generatedBlock } from './generated-bytes.js';

/** The modification time written for every entry, so that the same files give the same bytes. */
export const ARCHIVE_MTIME = Date.UTC(2024, 5, 3, 12, 0, 0);

/**
 * A zip of `files`, produced on demand: text files deflated, generated files stored and pushed
 * 64 KiB at a time as the reader pulls, so a 50 MB archive never sits in memory. The bytes are
 * the same on every read, and as many as `archiveSize(files)` says.
 */
export function zipArchiveStream(files: readonly ArchiveFileSpec[]): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let ended = false;
  let failure: Error | undefined;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else {
      ready.push(chunk);
      if (final) ended = true;
    }
  });
  let next = 0;
  let generating: { entry: ZipPassThrough; block: Uint8Array; left: number } | undefined;

  // Adds the next file, or pushes the next block of the file being generated, or ends the zip.
  const step = () => {
    if (generating) {
      const size = Math.min(GENERATED_BLOCK_BYTES, generating.left);
      generating.left -= size;
      const done = generating.left === 0;
      generating.entry.push(generating.block.subarray(0, size), done);
      if (done) generating = undefined;
      return;
    }
    const file = files[next++];
    if (file === undefined) {
      zip.end();
      return;
    }
    if ('text' in file) {
      const entry = new ZipDeflate(file.path, { level: TEXT_DEFLATE_LEVEL });
      entry.mtime = ARCHIVE_MTIME;
      zip.add(entry);
      entry.push(strToU8(file.text), true);
      return;
    }
    const entry = new ZipPassThrough(file.path);
    entry.mtime = ARCHIVE_MTIME;
    zip.add(entry);
    if (file.bytes === 0) entry.push(new Uint8Array(0), true);
    else generating = { entry, block: generatedBlock(file.path), left: file.bytes };
  };

  return new ReadableStream<Uint8Array>({
    pull(controller) {
      while (ready.length === 0 && !ended && !failure) step();
      if (failure) {
        controller.error(failure);
        return;
      }
      for (const chunk of ready.splice(0)) controller.enqueue(chunk);
      if (ended) controller.close();
    },
  });
}
