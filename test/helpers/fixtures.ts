// Seed-document jobs shaped for tests: a job, a list, a bridge list, by copying the documented examples.
import { loadSeedExample } from '../fixtures/seeds/index.js';

/** The documented `GET /projects/:id/jobs/:job_id` answer, with overrides. */
export function seedJob(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(loadSeedExample('markdown', 'get-job') as Record<string, unknown>), ...overrides };
}

/** `count` documented jobs with ids descending from `firstId`. */
export function seedJobs(count: number, firstId = count): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => seedJob({ id: firstId - i }));
}
