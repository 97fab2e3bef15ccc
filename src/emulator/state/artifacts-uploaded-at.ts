// When a job's artifacts reached GitLab: during the run (a scenario's `artifactsUploadAt`) or at its end.
import type { JobRecord } from './records.js';

/**
 * The moment the job's artifacts were uploaded (and its `artifacts_expire_at` set), or null while
 * it has none (not uploaded yet, never uploaded, or erased). A runner uploads them after the script, while the job is still
 * running; without `artifactsUploadAt` the emulator has them arrive as the job finishes.
 */
export function artifactsUploadedAt(job: JobRecord, now: number): number | null {
  if (job.erasedAt !== null) return null;
  const uploadAfter = job.spec.artifactsUploadAtMs;
  if (uploadAfter !== null && job.startedAt !== null) {
    const at = job.startedAt + uploadAfter;
    if (at <= now && (job.finishedAt === null || at <= job.finishedAt)) return at;
  }
  return job.artifactsUploaded ? job.finishedAt : null;
}
