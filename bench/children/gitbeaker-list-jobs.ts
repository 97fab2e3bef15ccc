// Child process: @gitbeaker/rest lists a project's jobs (Jobs.all, every page), timing the call.
// With --live-heap (and node --expose-gc) it reports the live heap once the list is in hand.
import { Gitlab } from '@gitbeaker/rest';

const [host = '', token = '', project = '', limit = '', mode = ''] = process.argv.slice(2);
const collect = mode === '--live-heap' ? (globalThis as { gc?: () => void }).gc : undefined;
if (mode === '--live-heap' && !collect) throw new Error('--live-heap needs node --expose-gc');
const api = new Gitlab({ host, token });
const started = performance.now();
const cpu = process.cpuUsage();
const jobs = await api.Jobs.all(project, {
  perPage: 100,
  maxPages: Math.ceil(Number(limit) / 100),
});
let count = 0;
for (const job of jobs) if (job.id > 0) count++;
const used = process.cpuUsage(cpu);
const ms = performance.now() - started;
// Jobs.all hands over every page at once: that array is its peak of live data.
collect?.();
const liveHeap = collect ? process.memoryUsage().heapUsed : 0;
process.stdout.write(
  `${JSON.stringify({
    count: jobs.length === count ? count : -1,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    liveHeapMb: liveHeap / 1024 / 1024,
    liveHeapTenthMb: 0,
    maxRssKb: process.resourceUsage().maxRSS,
  })}\n`,
);
