// Child process: jobrelay iterates a project's jobs lazily (listProjectJobs), timing the iteration.
// With --live-heap (and node --expose-gc) it reports the live heap after a tenth of the jobs and after all.
import { createClient } from '../../src/gitlab/client.js';
import { listProjectJobs } from '../../src/gitlab/jobs/list-project-jobs.js';

const [url = '', token = '', project = '', limit = '', mode = ''] = process.argv.slice(2);
const collect = mode === '--live-heap' ? (globalThis as { gc?: () => void }).gc : undefined;
if (mode === '--live-heap' && !collect) throw new Error('--live-heap needs node --expose-gc');
const client = createClient({ url, token });
const tenth = Math.round(Number(limit) / 10);
let heapAtTenth = 0;
let heapAtEnd = 0;
const started = performance.now();
const cpu = process.cpuUsage();
let count = 0;
for await (const job of listProjectJobs(client, {
  project,
  perPage: 100,
  maxItems: Number(limit),
})) {
  if (job.id > 0) count++;
  // Both readings with one page in hand: what grows between them is what the iteration keeps.
  if (collect && (count === tenth || count === Number(limit))) {
    collect();
    const heap = process.memoryUsage().heapUsed;
    if (count === tenth) heapAtTenth = heap;
    else heapAtEnd = heap;
  }
}
const used = process.cpuUsage(cpu);
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    count,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    liveHeapMb: heapAtEnd / 1024 / 1024,
    liveHeapTenthMb: heapAtTenth / 1024 / 1024,
    maxRssKb: process.resourceUsage().maxRSS,
  })}\n`,
);
