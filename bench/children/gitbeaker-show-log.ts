// Child process: @gitbeaker/rest reads a job's log (Jobs.showLog) and writes the string to a file.
import { writeFile } from 'node:fs/promises';
import { Gitlab } from '@gitbeaker/rest';

const [host = '', token = '', project = '', jobId = '', path = ''] = process.argv.slice(2);
const api = new Gitlab({ host, token });
const log = await api.Jobs.showLog(project, Number(jobId));
await writeFile(path, log);
process.stdout.write(
  `${JSON.stringify({ bytes: Buffer.byteLength(log), maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
