// Reads a Jobs API request path exactly once into a route with a canonical project, or says why not.
import { type ProjectRef, projectRefProblem } from '../../src/gitlab/params/project-id.js';
import type { TargetProject } from '../policy/evaluate-policy.js';
import { type ArtifactsSelector, matchArtifactsTail } from './artifacts-route-match.js';

/** The job actions the relay performs with POST. */
export type JobAction = 'cancel' | 'retry' | 'erase' | 'play';

/** A recognised Jobs API route. */
export type RelayRoute =
  | { kind: 'policy' }
  | { kind: 'job-token-job' }
  | { kind: 'allowed-agents' }
  | { kind: 'list-project-jobs'; project: TargetProject }
  | { kind: 'list-pipeline-jobs'; project: TargetProject; pipelineId: number }
  | { kind: 'list-pipeline-bridges'; project: TargetProject; pipelineId: number }
  | { kind: 'get-job'; project: TargetProject; jobId: number }
  | { kind: 'trace'; project: TargetProject; jobId: number }
  | { kind: 'action'; action: JobAction; project: TargetProject; jobId: number }
  | { kind: 'create-pipeline'; project: TargetProject }
  | { kind: 'list-pipelines'; project: TargetProject }
  | { kind: 'latest-pipeline'; project: TargetProject }
  | { kind: 'get-pipeline'; project: TargetProject; pipelineId: number }
  | { kind: 'cancel-pipeline'; project: TargetProject; pipelineId: number }
  | {
      kind: 'artifacts';
      project: TargetProject;
      selector: ArtifactsSelector;
      /** One file of the archive, its segments decoded once; absent: the whole archive. */
      path?: string | undefined;
    };

/** A route, or the status and message to refuse the request with. */
export type RouteMatch = { route: RelayRoute } | { status: 400 | 404 | 405; message: string };

const ACTIONS: readonly string[] = ['cancel', 'retry', 'erase', 'play'];

/**
 * Matches the raw (still percent-encoded) path. The project segment is decoded exactly once and
 * must then be a plain id or `group/project` path (no `%`, `.`/`..`, `\`, empty segments), so
 * `%2F`, `%252F`, `%2e%2e` and mixed encodings cannot widen access or reach another upstream path.
 * An artifacts download's `ref_name` and `*artifact_path` follow the same discipline, and its
 * `job` comes from `query` (see `matchArtifactsTail`).
 */
export function matchRelayRoute(
  method: string,
  rawPath: string,
  query: URLSearchParams = new URLSearchParams(),
): RouteMatch {
  const get = method === 'GET' || method === 'HEAD';
  // The relay's own: what the calling job may do.
  if (rawPath === '/-/policy') return get ? ok({ kind: 'policy' }) : notAllowed();
  const parts = rawPath.split('/');
  if (parts[0] !== '' || parts[1] !== 'api' || parts[2] !== 'v4') return notFound();
  const rest = parts.slice(3);
  if (rest.length === 1 && rest[0] === 'job')
    return get ? ok({ kind: 'job-token-job' }) : notAllowed();
  if (rest.length === 2 && rest[0] === 'job' && rest[1] === 'allowed_agents') {
    return get ? ok({ kind: 'allowed-agents' }) : notAllowed();
  }
  if (rest[0] !== 'projects' || rest[1] === undefined) return notFound();
  const project = canonicalProject(rest[1]);
  if ('status' in project) return project;
  const tail = rest.slice(2);
  if (tail.length === 1 && tail[0] === 'pipeline') {
    return method === 'POST' ? ok({ kind: 'create-pipeline', project }) : notAllowed();
  }
  if (tail[0] === 'pipelines') return matchPipelineTail(method, project, tail);
  const artifacts = matchArtifactsTail(tail, query, positiveId);
  if (artifacts && 'status' in artifacts) return artifacts;
  if (artifacts) return get ? ok({ kind: 'artifacts', project, ...artifacts }) : notAllowed();
  if (tail.length === 1 && tail[0] === 'jobs') {
    return get ? ok({ kind: 'list-project-jobs', project }) : notAllowed();
  }
  if (tail[0] !== 'jobs' || tail.length < 2 || tail.length > 3) return notFound();
  const jobId = positiveId(tail[1]);
  if (jobId === undefined) return { status: 400, message: 'job_id is invalid' };
  if (tail.length === 2) return get ? ok({ kind: 'get-job', project, jobId }) : notAllowed();
  const action = tail[2] as string;
  if (action === 'trace') return get ? ok({ kind: 'trace', project, jobId }) : notAllowed();
  if (ACTIONS.includes(action)) {
    return method === 'POST'
      ? ok({ kind: 'action', action: action as JobAction, project, jobId })
      : notAllowed();
  }
  return notFound();
}

// `pipelines`, `pipelines/latest`, `pipelines/:pipeline_id[/jobs|/bridges|/cancel]` (lib/api/ci/pipelines.rb).
function matchPipelineTail(method: string, project: TargetProject, tail: string[]): RouteMatch {
  const get = method === 'GET' || method === 'HEAD';
  if (tail.length === 1) return get ? ok({ kind: 'list-pipelines', project }) : notAllowed();
  // Grape declares `latest` before `:pipeline_id`, whose Integer type would refuse it anyway.
  if (tail.length === 2 && tail[1] === 'latest') {
    return get ? ok({ kind: 'latest-pipeline', project }) : notAllowed();
  }
  if (tail.length > 3) return notFound();
  const pipelineId = positiveId(tail[1]);
  if (pipelineId === undefined) return { status: 400, message: 'pipeline_id is invalid' };
  if (tail.length === 2) {
    return get ? ok({ kind: 'get-pipeline', project, pipelineId }) : notAllowed();
  }
  if (tail[2] === 'jobs' || tail[2] === 'bridges') {
    if (!get) return notAllowed();
    const kind = tail[2] === 'jobs' ? 'list-pipeline-jobs' : 'list-pipeline-bridges';
    return ok({ kind, project, pipelineId });
  }
  if (tail[2] === 'cancel') {
    return method === 'POST' ? ok({ kind: 'cancel-pipeline', project, pipelineId }) : notAllowed();
  }
  return notFound();
}

/** Decodes the project segment once and checks it; an id stays an id, a path stays a path. */
export function canonicalProject(
  segment: string,
): TargetProject | { status: 400 | 404; message: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return { status: 400, message: 'the project is not validly encoded' };
  }
  const problem = projectRefProblem(decoded);
  if (problem) return { status: 400, message: `project ${problem}` };
  return /^\d+$/.test(decoded) ? { id: Number(decoded) } : { path: decoded };
}

/** The target as the core's endpoints take it: its path, or its id. */
export function targetProjectRef(target: TargetProject): ProjectRef {
  return target.path ?? target.id;
}

/** A positive job or pipeline id of at most 15 digits, else undefined. */
export function positiveId(segment: string | undefined): number | undefined {
  if (!segment || !/^\d{1,15}$/.test(segment)) return undefined;
  const id = Number(segment);
  return id > 0 ? id : undefined;
}

function ok(route: RelayRoute): RouteMatch {
  return { route };
}

function notFound(): RouteMatch {
  return { status: 404, message: 'not a Jobs API route this relay serves' };
}

function notAllowed(): RouteMatch {
  return { status: 405, message: 'method not allowed on this route' };
}
