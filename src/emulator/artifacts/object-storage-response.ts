// What object storage answers a signed link with: the archive (whole or from a byte), or an S3-style refusal.
import type { ArtifactSpec } from '../state/records.js';
import { archiveStream } from './archive-stream.js';

// A GitLab credential has no business at object storage: the emulator refuses it loudly, so a
// client that carries its token across the redirect fails its tests (S3 refuses a second
// auth mechanism next to a presigned URL the same way).
const CREDENTIAL_HEADERS = ['authorization', 'private-token', 'job-token', 'cookie'];

/** The answer to `GET` of a signed link: `artifact` undefined when the key is unknown or expired. */
export async function objectStorageResponse(
  request: Request,
  artifact: ArtifactSpec | undefined,
): Promise<Response> {
  if (CREDENTIAL_HEADERS.some((name) => request.headers.has(name))) {
    return s3Error(
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; a GitLab credential was sent to object storage',
    );
  }
  if (!artifact) return s3Error(403, 'AccessDenied', 'Request has expired');
  const from = rangeStart(request.headers.get('range'));
  if (from !== undefined && from >= artifact.size) {
    return new Response(null, {
      status: 416,
      headers: { 'content-range': `bytes */${artifact.size}` },
    });
  }
  const start = from ?? 0;
  const body = (await archiveStream(artifact)).pipeThrough(skipBytes(start));
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'content-length': String(artifact.size - start),
    'accept-ranges': 'bytes',
  };
  if (from === undefined) return new Response(body, { status: 200, headers });
  headers['content-range'] = `bytes ${start}-${artifact.size - 1}/${artifact.size}`;
  return new Response(body, { status: 206, headers });
}

// `bytes=N-` (the only form a resuming download sends); any other form is answered whole.
function rangeStart(range: string | null): number | undefined {
  const start = /^bytes=(\d+)-$/.exec(range?.trim() ?? '')?.[1];
  return start === undefined ? undefined : Number(start);
}

function skipBytes(count: number): TransformStream<Uint8Array, Uint8Array> {
  let left = count;
  return new TransformStream({
    transform(chunk, controller) {
      if (left >= chunk.byteLength) {
        left -= chunk.byteLength;
        return;
      }
      controller.enqueue(left > 0 ? chunk.subarray(left) : chunk);
      left = 0;
    },
  });
}

function s3Error(status: number, code: string, message: string): Response {
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    { status, headers: { 'content-type': 'application/xml' } },
  );
}
