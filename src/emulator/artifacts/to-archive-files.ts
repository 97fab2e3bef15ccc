// Turns a scenario archive's `files` record into the ordered file list the zip is built from.
import type { ArchiveFileSpec } from '../state/records.js';

/** The scenario's `files` (path → text or `{ bytes }`), in the order written. */
export function toArchiveFiles(
  files: Readonly<Record<string, string | { bytes: number }>>,
): ArchiveFileSpec[] {
  return Object.entries(files).map(([path, content]) =>
    typeof content === 'string' ? { path, text: content } : { path, bytes: content.bytes },
  );
}
