// Child process: a tuned plain Node download, node:http's response piped into a file written 1 MiB at a time.
import { createWriteStream } from 'node:fs';
import { get } from 'node:http';
import { pipeline } from 'node:stream/promises';

const [url = '', token = '', path = ''] = process.argv.slice(2);
const response = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
  get(url, { headers: { 'PRIVATE-TOKEN': token } }, resolve).on('error', reject);
});
if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
await pipeline(response, createWriteStream(path, { highWaterMark: 1024 * 1024 }));
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
