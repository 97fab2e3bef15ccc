// The answer carrying one file of an archive, as GitLab Workhorse's artifacts-entry sender writes it.
import { findArchiveFile } from '../artifacts/find-archive-file.js';
import type { ArtifactSpec } from '../state/records.js';

/**
 * How the content type is chosen: `extension` (legacy_send_artifacts_entry: Go's
 * mime.TypeByExtension) or `sniffed` (send_artifacts_entry: Workhorse's SafeContentHeaders,
 * text as `text/plain; charset=utf-8`).
 */
export type EntryContentType = 'extension' | 'sniffed';

// Go's built-in mime table (mime/type.go), and the `.txt` every system table adds.
const BY_EXTENSION: Record<string, string> = {
  '.avif': 'image/avif',
  '.css': 'text/css; charset=utf-8',
  '.gif': 'image/gif',
  '.htm': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.mjs': 'text/javascript; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.xml': 'text/xml; charset=utf-8',
};

/**
 * 200 with the file at `path` (`Content-Length`, a content type, `Content-Disposition:
 * attachment; filename="<basename>"`), or Go's `404 page not found` when the archive has no such
 * file (workhorse/internal/artifacts/entry.go).
 */
export function artifactsEntryResponse(
  artifact: ArtifactSpec,
  path: string,
  contentType: EntryContentType,
): Response {
  const file = findArchiveFile(artifact, path);
  if (!file) {
    return new Response('404 page not found\n', {
      status: 404,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      },
    });
  }
  const basename = path.slice(path.lastIndexOf('/') + 1);
  const type =
    contentType === 'extension'
      ? (BY_EXTENSION[extension(basename)] ?? 'application/octet-stream')
      : sniff(file.head);
  return new Response(file.stream(), {
    status: 200,
    headers: {
      'content-length': String(file.size),
      'content-type': type,
      'content-disposition': `attachment; filename="${basename.replace(/"/g, '\\"')}"`,
    },
  });
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

// A stand-in for Go's http.DetectContentType: text (no binary control bytes) or octet-stream.
function sniff(head: Uint8Array): string {
  const binary = head.some(
    (byte) =>
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b,
  );
  return binary ? 'application/octet-stream' : 'text/plain; charset=utf-8';
}
