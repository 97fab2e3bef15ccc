// Looks a target job up by name through the API (scenario ids depend on creation order).
import { BENCH_TOKEN } from '../scenarios/bench-world.js';

/** The id of the newest job named `name` in project 2 of the emulator at `url`. */
export async function findJobId(
  url: string,
  name: string,
  fetchFunction: typeof fetch = fetch,
): Promise<number> {
  const response = await fetchFunction(`${url}/api/v4/projects/2/jobs?per_page=100`, {
    headers: { 'PRIVATE-TOKEN': BENCH_TOKEN },
  });
  if (!response.ok) throw new Error(`listing jobs: ${response.status}`);
  const jobs = (await response.json()) as Array<{ id: number; name: string }>;
  const job = jobs.find((entry) => entry.name === name);
  if (!job) throw new Error(`no job named ${name}`);
  return job.id;
}
