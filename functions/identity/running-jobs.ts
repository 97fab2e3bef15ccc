// Which jobs of a project are running, read once with the service token for every caller of that project.
import type { GitLabClient } from '../../src/gitlab/client.js';
import { encodeProjectId } from '../../src/gitlab/params/project-id.js';
import { requestPage } from '../../src/gitlab/request-page.js';

/** How long one project's list of running jobs answers for all its callers. */
export const RUNNING_JOBS_SNAPSHOT_MS = 5_000;

// The most running jobs one page shows; a project with more is not answered from the list.
const PAGE_SIZE = 100;

interface Snapshot {
  ids: ReadonlySet<number>;
  /** Whether the page holds every running job (no next page). */
  complete: boolean;
}

/** Options of {@link RunningJobs}. */
export interface RunningJobsOptions {
  snapshotMs: number;
  now?: () => number;
}

/**
 * Answers "is job J of project P still running?" for renewing a caller the relay proved before:
 * one `GET /projects/P/jobs?scope[]=running` with the service token, shared in flight and reused
 * for a few seconds, stands in for one `GET /job` per caller. `undefined` when the list cannot say
 * (the service token may not read P, the read failed, or P runs more jobs than one page shows):
 * then the caller's own token is asked, as for a new caller.
 */
export class RunningJobs {
  readonly #snapshots = new Map<number, { at: number; snapshot: Promise<Snapshot | undefined> }>();
  readonly #options: RunningJobsOptions;

  constructor(options: Partial<RunningJobsOptions> = {}) {
    this.#options = { snapshotMs: RUNNING_JOBS_SNAPSHOT_MS, ...options };
  }

  /** True while `jobId` runs, false once it does not, undefined when the list cannot tell. */
  async isRunning(
    client: GitLabClient,
    projectId: number,
    jobId: number,
  ): Promise<boolean | undefined> {
    if (!(projectId > 0) || this.#options.snapshotMs <= 0) return undefined;
    const now = (this.#options.now ?? Date.now)();
    let entry = this.#snapshots.get(projectId);
    if (!entry || now - entry.at >= this.#options.snapshotMs) {
      this.#forgetOld(now);
      entry = { at: now, snapshot: readRunningJobs(client, projectId) };
      this.#snapshots.set(projectId, entry);
    }
    const snapshot = await entry.snapshot;
    if (!snapshot) return undefined;
    if (snapshot.ids.has(jobId)) return true;
    return snapshot.complete ? false : undefined;
  }

  #forgetOld(now: number): void {
    for (const [projectId, entry] of this.#snapshots) {
      if (now - entry.at >= this.#options.snapshotMs) this.#snapshots.delete(projectId);
    }
  }
}

async function readRunningJobs(
  client: GitLabClient,
  projectId: number,
): Promise<Snapshot | undefined> {
  try {
    const page = await requestPage(client, {
      operation: 'listProjectJobs',
      route: 'GET /projects/:id/jobs',
      path: `projects/${encodeProjectId(projectId)}/jobs`,
      query: new URLSearchParams([
        ['scope[]', 'running'],
        ['per_page', String(PAGE_SIZE)],
      ]),
    });
    const ids = new Set<number>();
    for (const item of page.items) {
      const id = (item as { id?: unknown; status?: unknown } | null)?.id;
      const status = (item as { status?: unknown } | null)?.status;
      if (typeof id === 'number' && status === 'running') ids.add(id);
    }
    return { ids, complete: page.next === undefined && page.items.length < PAGE_SIZE };
  } catch {
    // Not readable with the service token, or GitLab failed: the caller's own token decides.
    return undefined;
  }
}
