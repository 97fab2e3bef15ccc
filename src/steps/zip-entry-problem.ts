// Says why a zip entry must not be extracted: a name that could land outside the folder, or a link.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** An entry as read from the archive's central directory. */
export interface ZipEntryFacts {
  /** The name as decoded, backslashes kept. */
  name: string;
  /** The high byte of "version made by": 3 is Unix (whose mode is in the external attributes). */
  madeBy: number;
  externalAttributes: number;
}

const UNIX = 3;
const FILE_TYPE_MASK = 0o170000;
const SYMLINK = 0o120000;

/**
 * The reason `entry` may not be extracted into `folder` (an absolute path), or undefined when it
 * may: an empty name, a NUL, a backslash (a Windows separator: `..\\x` climbs on Windows), a
 * drive letter, an absolute path, a `..` segment, a symbolic link (a later entry could write
 * through it), or any name that would still resolve outside the folder.
 */
export function zipEntryProblem(entry: ZipEntryFacts, folder: string): string | undefined {
  const { name } = entry;
  if (name === '' || name.includes('\0')) return 'has an empty name or a NUL character';
  if (name.includes('\\')) return 'holds a backslash (a Windows path separator)';
  if (/^[a-zA-Z]:/.test(name)) return 'starts with a drive letter';
  if (name.startsWith('/')) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'climbs out of the folder with ..';
  if (
    entry.madeBy >>> 8 === UNIX &&
    ((entry.externalAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK
  ) {
    return 'is a symbolic link';
  }
  const target = relative(folder, resolve(folder, name));
  if (target === '' && !name.endsWith('/')) return 'names the folder itself';
  if (target.startsWith(`..${sep}`) || target === '..' || isAbsolute(target)) {
    return 'would land outside the folder';
  }
  return undefined;
}
