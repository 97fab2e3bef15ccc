// Child process: jobrelay writes a job's artifacts archive to a file (writeJobArtifactsToFile), then reports its peak RSS.
import { createClient } from '../../src/gitlab/client.js';
import { writeJobArtifactsToFile } from '../../src/gitlab/node/write-job-artifacts-to-file.js';

const [url = '', token = '', project = '', jobId = '', path = ''] = process.argv.slice(2);
const client = createClient({ url, token });
const written = await writeJobArtifactsToFile(client, { project, jobId: Number(jobId), path });
process.stdout.write(
  `${JSON.stringify({ bytes: written.bytes, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
