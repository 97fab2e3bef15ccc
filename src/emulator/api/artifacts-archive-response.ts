// The answer carrying an archive artifact, as GitLab's present_disk_file! sends it (lib/api/helpers.rb).
import { archiveStream } from '../artifacts/archive-stream.js';
import { OBJECT_STORAGE_PATH, objectStorageOrigin } from '../artifacts/object-storage.js';
import type { ArtifactSpec } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/**
 * The archive as GitLab's present_carrierwave_file! answers: the bytes, or with direct download
 * (`server.artifactsDownload: redirect`) a 302 to a signed link on object storage's origin.
 */
export async function presentArchive(
  context: ApiContext,
  artifact: ArtifactSpec,
): Promise<Response> {
  if (context.state.settings.artifactsDownload !== 'redirect') {
    return artifactsArchiveResponse(artifact);
  }
  const key = context.state.objectStorage.sign(artifact, context.now);
  const origin = objectStorageOrigin(new URL(context.c.req.url));
  const location = `${origin}${OBJECT_STORAGE_PATH}/${key}/${encodeURIComponent(artifact.filename)}`;
  return new Response(null, { status: 302, headers: { location } });
}

/**
 * 200 with the zip: `application/octet-stream`, `Content-Transfer-Encoding: binary`, and
 * `Content-Disposition: attachment` with the filename as ActionDispatch's ContentDisposition
 * writes it (an ASCII `filename` and an RFC 5987 `filename*`).
 */
export async function artifactsArchiveResponse(artifact: ArtifactSpec): Promise<Response> {
  return new Response(await archiveStream(artifact), {
    status: 200,
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(artifact.size),
      'content-disposition': attachmentDisposition(artifact.filename),
      'content-transfer-encoding': 'binary',
    },
  });
}

// ActionDispatch::Http::ContentDisposition.format(disposition: 'attachment', filename:).
function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '\\$&');
  const encoded = Array.from(new TextEncoder().encode(filename), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9!#$&+.^_`|~-]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
