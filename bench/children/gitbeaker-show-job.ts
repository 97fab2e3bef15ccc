// Child process: the start-up baseline, a script that reads one job with @gitbeaker/rest (Jobs.show).
import { Gitlab } from '@gitbeaker/rest';

const [host = '', token = '', project = '', jobId = ''] = process.argv.slice(2);
const api = new Gitlab({ host, token });
const job = await api.Jobs.show(project, Number(jobId));
process.stdout.write(`${JSON.stringify({ status: job.status })}\n`);
