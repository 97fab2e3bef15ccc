// The exact size of the zip the emulator streams for a list of files, known without building it.
import { strToU8, ZipDeflate } from 'fflate';
import type { ArchiveFileSpec } from '../state/records.js';

/**
 * Bytes every entry of fflate's streamed zip takes besides its name (twice) and its data: the
 * local header (30), the data descriptor (16) and the central directory record (46).
 */
export const ZIP_ENTRY_OVERHEAD = 30 + 16 + 46;
/** The end-of-central-directory record, with no comment. */
export const ZIP_END_BYTES = 22;
/** The deflate level of text files (generated ones are stored). */
export const TEXT_DEFLATE_LEVEL = 6;

/**
 * The size of the zip of `files` (see `zipArchiveStream`): text files are deflated (their
 * compressed length is measured by deflating them, once, here), generated ones stored as is.
 */
export function archiveSize(files: readonly ArchiveFileSpec[]): number {
  let size = ZIP_END_BYTES;
  for (const file of files) {
    const name = strToU8(file.path).length;
    const data = 'text' in file ? deflatedLength(file.text) : file.bytes;
    size += ZIP_ENTRY_OVERHEAD + 2 * name + data;
  }
  return size;
}

// Deflated exactly as the archive deflates it: one ZipDeflate fed the whole text.
function deflatedLength(text: string): number {
  const entry = new ZipDeflate('', { level: TEXT_DEFLATE_LEVEL });
  let length = 0;
  entry.ondata = (error, chunk) => {
    if (error) throw error;
    length += chunk.length;
  };
  entry.push(strToU8(text), true);
  return length;
}
