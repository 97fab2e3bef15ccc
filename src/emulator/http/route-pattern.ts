// Route patterns such as `POST /projects/:id/jobs/:job_id/play`, for faults and rate limits.

/** A parsed route pattern: a method (or any) and path segments (`:name` and `*` are wildcards). */
export interface RoutePattern {
  method: string | null;
  segments: string[];
  text: string;
}

const PATTERN = /^(?:([A-Za-z]+|\*)\s+)?(\/\S*)$/;
const API_PREFIX = '/api/v4';

/** Parses `METHOD /path` (method optional or `*`; the `/api/v4` prefix optional); undefined if malformed. */
export function parseRoutePattern(text: string): RoutePattern | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const method = match[1] && match[1] !== '*' ? match[1].toUpperCase() : null;
  return { method, segments: splitPath(stripApiPrefix(match[2] ?? '/')), text: text.trim() };
}

/** Whether a request (method, and path below or including `/api/v4`) matches the pattern. */
export function matchesRoute(pattern: RoutePattern, method: string, path: string): boolean {
  if (pattern.method !== null && pattern.method !== method.toUpperCase()) return false;
  const segments = splitPath(stripApiPrefix(path));
  for (const [index, expected] of pattern.segments.entries()) {
    if (expected === '*' && index === pattern.segments.length - 1) return true;
    const actual = segments[index];
    if (actual === undefined) return false;
    if (expected === '*' || expected.startsWith(':')) continue;
    if (expected !== actual) return false;
  }
  return segments.length === pattern.segments.length;
}

function stripApiPrefix(path: string): string {
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)
    ? path.slice(API_PREFIX.length) || '/'
    : path;
}

// Segments are compared decoded, so `demo%2Fapp` in a request matches `demo%2Fapp` or `demo/app`-less patterns alike.
function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}
