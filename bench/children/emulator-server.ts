// Child process: serves an emulator on a free loopback port for a benchmark, until stdin closes.
import { readFileSync } from 'node:fs';
import { startEmulatorServer } from '../../src/emulator/node/start-emulator-server.js';

const [scenarioPath, logLimit = '100'] = process.argv.slice(2);
if (!scenarioPath) throw new Error('usage: emulator-server <scenario.json> [request log limit]');
const server = await startEmulatorServer({
  scenario: JSON.parse(readFileSync(scenarioPath, 'utf8')),
  clock: { mode: 'virtual' },
  // Most benchmarks read only sequence numbers: a short log keeps the server's memory flat.
  requestLogLimit: Number(logLimit),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
const stop = () => {
  server.close().then(() => process.exit(0));
};
// The parent holds stdin open: when it ends (or dies), so does this server.
process.stdin.on('end', stop);
process.stdin.resume();
process.once('SIGTERM', stop);
