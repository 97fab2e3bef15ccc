// Child process: the Node floor for a download, node:http's response piped straight into a file.
import { createWriteStream } from 'node:fs';
import { get } from 'node:http';
import { pipeline } from 'node:stream/promises';

const [url = '', token = '', path = ''] = process.argv.slice(2);
const response = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
  get(url, { headers: { 'PRIVATE-TOKEN': token } }, resolve).on('error', reject);
});
if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
await pipeline(response, createWriteStream(path));
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
