// Node only: unzips an archive into a folder in constant memory, refusing any entry that could land outside it.
import { createWriteStream } from 'node:fs';
import { chmod, lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { zipEntryProblem } from './zip-entry-problem.js';

/** How an extraction ended: the files written, or the entry refused (`written` files before it). */
export type ExtractOutcome =
  | { kind: 'extracted'; folder: string; files: number }
  | { kind: 'refused'; entry: string; reason: string; written: number };

// An entry found unsafe only while writing (a link already in the folder): ends the extraction.
class RefusedEntry extends Error {
  constructor(
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`entry ${JSON.stringify(entry)} ${reason}`);
  }
}

/**
 * Extracts `archive` into `folder` (created if missing). The whole central directory is checked
 * first (zipEntryProblem): one bad entry refuses the archive before a byte is written. Then each
 * file is streamed to disk (memory flat whatever the size), never through a symbolic link that
 * already stands in the folder. Unix execute bits are kept.
 */
export async function extractZipArchive(archive: string, folder: string): Promise<ExtractOutcome> {
  const root = resolve(folder);
  const refused = await firstRefusal(archive, root);
  if (refused) return { kind: 'refused', ...refused, written: 0 };
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  let files = 0;
  try {
    await eachEntry(archive, async (zip, entry, name) => {
      const target = resolve(root, name);
      if (name.endsWith('/')) {
        await mkdir(target, { recursive: true });
        await insideRoot(target, realRoot, name);
        return;
      }
      await mkdir(dirname(target), { recursive: true });
      await insideRoot(dirname(target), realRoot, name);
      const existing = await lstat(target).catch(() => undefined);
      if (existing?.isSymbolicLink()) {
        throw new RefusedEntry(
          name,
          'would be written through a symbolic link already in the folder',
        );
      }
      const stream = await new Promise<NodeJS.ReadableStream>((done, fail) =>
        zip.openReadStream(entry, (error, read) => (error ? fail(error) : done(read))),
      );
      await pipeline(stream, createWriteStream(target));
      const mode = (entry.externalFileAttributes >>> 16) & 0o777;
      if (entry.versionMadeBy >>> 8 === 3 && mode & 0o111) await chmod(target, 0o755);
      files++;
    });
  } catch (error) {
    if (!(error instanceof RefusedEntry)) throw error;
    return { kind: 'refused', entry: error.entry, reason: error.reason, written: files };
  }
  return { kind: 'extracted', folder: root, files };
}

async function firstRefusal(
  archive: string,
  root: string,
): Promise<{ entry: string; reason: string } | undefined> {
  let found: { entry: string; reason: string } | undefined;
  await eachEntry(archive, async (_zip, entry, name) => {
    if (found) return;
    const reason = zipEntryProblem(
      { name, madeBy: entry.versionMadeBy, externalAttributes: entry.externalFileAttributes },
      root,
    );
    if (reason) found = { entry: name, reason };
  });
  return found;
}

// A directory already in the folder may be a link elsewhere: what is written must stay inside.
async function insideRoot(path: string, realRoot: string, name: string): Promise<void> {
  const real = await realpath(path);
  const rest = relative(realRoot, real);
  if (rest.startsWith(`..${sep}`) || rest === '..' || resolve(realRoot, rest) !== real) {
    throw new RefusedEntry(name, 'would land outside the folder (through a linked directory)');
  }
}

// Visits the entries one at a time (lazyEntries), names decoded but not altered (backslashes kept).
async function eachEntry(
  archive: string,
  visit: (zip: ZipFile, entry: Entry, name: string) => Promise<void>,
): Promise<void> {
  const zip = await yauzl.openPromise(archive, {
    lazyEntries: true,
    // Decoded below with strict names, so a backslash reaches zipEntryProblem as it is.
    decodeStrings: false,
    validateEntrySizes: true,
    autoClose: true,
  });
  await new Promise<void>((done, fail) => {
    zip.on('error', fail);
    zip.on('end', done);
    zip.on('entry', (entry: Entry) => {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw ?? (entry.fileName as unknown as Buffer),
        entry.extraFields,
        true,
      );
      visit(zip, entry, name).then(
        () => zip.readEntry(),
        (error: unknown) => {
          zip.close();
          fail(error);
        },
      );
    });
    zip.readEntry();
  });
}
