// The `*artifact_path` of the single-file routes, checked as Gitlab::Ci::Build::Artifacts::Path#valid? does.
import { apiError } from '../http/api-error.js';
import type { ApiContext } from './api-route.js';

/** The path; `400 {"message":"400 Bad request"}` when it holds a NUL byte (or broken UTF-8, decoded to U+FFFD). */
export function checkArtifactPath(context: ApiContext): string {
  const path = context.c.req.param('artifact_path') ?? '';
  if (path.includes('\0') || path.includes('\uFFFD'))
    throw apiError(400, { message: '400 Bad request' });
  return path;
}
