// Reads the tail of an artifacts download path (`jobs/…/artifacts…`) once into what it selects, or says why not.

/** A job's artifacts as a request names them: the job by id, or a ref's latest successful job by name. */
export type ArtifactsSelector = { jobId: number } | { ref: string; job: string };

/** The selected archive, or one file of it (`path`, its segments joined by `/`). */
export interface ArtifactsMatch {
  selector: ArtifactsSelector;
  path?: string | undefined;
}

/** The refusal of a malformed artifacts path. */
export interface ArtifactsRefusal {
  status: 400 | 404;
  message: string;
}

/**
 * Matches the tail after `projects/:id/` of GitLab's four artifact downloads
 * (lib/api/ci/job_artifacts.rb): `jobs/artifacts/:ref_name/download?job=`,
 * `jobs/artifacts/:ref_name/raw/*artifact_path?job=`, `jobs/:job_id/artifacts` and
 * `jobs/:job_id/artifacts/*artifact_path`. Undefined when the tail is none of them. Every segment
 * is decoded exactly once: the ref must be ONE segment (`release%2F1.0`), and no decoded ref or
 * file segment may hold `%` (double encoding), `\`, a control character, or be `.`/`..`/empty; a
 * file segment may not hold `/` (`%2F`). The `job` query must be given exactly once (Rack would
 * take the last of several, which is not the one a check of the first would have seen).
 */
export function matchArtifactsTail(
  tail: readonly string[],
  query: URLSearchParams,
  positiveId: (segment: string | undefined) => number | undefined,
): ArtifactsMatch | ArtifactsRefusal | undefined {
  if (tail[0] !== 'jobs') return undefined;
  if (tail[1] === 'artifacts' && tail.length >= 3) {
    const kind = tail[3];
    const oneSegment =
      (kind === 'download' && tail.length === 4) || (kind === 'raw' && tail.length >= 5);
    if (!oneSegment) {
      return {
        status: 400,
        message: 'ref_name must be one path segment: encode the / of a ref as %2F',
      };
    }
    const ref = decodedSegment(tail[2] as string, 'ref_name', true);
    if (typeof ref !== 'string') return ref;
    const job = jobQuery(query);
    if (typeof job !== 'string') return job;
    if (kind === 'download') return { selector: { ref, job } };
    const path = filePath(tail.slice(4));
    return typeof path === 'string' ? { selector: { ref, job }, path } : path;
  }
  if (tail[2] !== 'artifacts') return undefined;
  const jobId = positiveId(tail[1]);
  if (jobId === undefined) return { status: 400, message: 'job_id is invalid' };
  if (tail.length === 3) return { selector: { jobId } };
  const path = filePath(tail.slice(3));
  return typeof path === 'string' ? { selector: { jobId }, path } : path;
}

// `*artifact_path`: each segment decoded once and checked; never a segment that climbs.
function filePath(segments: readonly string[]): string | ArtifactsRefusal {
  const decoded: string[] = [];
  for (const segment of segments) {
    const one = decodedSegment(segment, 'artifact_path', false);
    if (typeof one !== 'string') return one;
    decoded.push(one);
  }
  return decoded.join('/');
}

// One segment decoded once; a ref may hold `/` (as `%2F`), but no empty, `.` or `..` part.
function decodedSegment(
  raw: string,
  field: 'ref_name' | 'artifact_path',
  slashes: boolean,
): string | ArtifactsRefusal {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return { status: 400, message: `${field} is not validly encoded` };
  }
  const problem =
    value === ''
      ? 'has an empty segment'
      : value.includes('%')
        ? 'holds % once decoded (encode it once only)'
        : value.includes('\\')
          ? 'holds a backslash'
          : // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
            /[\u0000-\u001f\u007f]/.test(value)
            ? 'holds a control character'
            : !slashes && value.includes('/')
              ? 'holds an encoded / (send each segment as it is)'
              : value.split('/').some((part) => part === '' || part === '.' || part === '..')
                ? 'has an empty, . or .. segment'
                : undefined;
  return problem ? { status: 400, message: `${field} ${problem}` } : value;
}

// The `job` query: the job's name, exactly once.
function jobQuery(query: URLSearchParams): string | ArtifactsRefusal {
  const names = query.getAll('job');
  if (names.length === 0 || names[0] === '') return { status: 400, message: 'job is missing' };
  if (names.length > 1) return { status: 400, message: 'job is given more than once' };
  return names[0] as string;
}
