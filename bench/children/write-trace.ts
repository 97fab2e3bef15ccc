// Child process: jobrelay writes a job's log to a file (writeJobTraceToFile), then reports its peak RSS.
import { createClient } from '../../src/gitlab/client.js';
import { writeJobTraceToFile } from '../../src/gitlab/node/write-job-trace-to-file.js';

const [url = '', token = '', project = '', jobId = '', path = ''] = process.argv.slice(2);
const client = createClient({ url, token });
const written = await writeJobTraceToFile(client, { project, jobId: Number(jobId), path });
process.stdout.write(
  `${JSON.stringify({ bytes: written.bytes, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
