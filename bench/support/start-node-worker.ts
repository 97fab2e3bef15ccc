// Serves a benchmark Worker under Node (@hono/node-server) instead of workerd, for the smoke run.
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createRelayApp } from '../../functions/relay-app.js';
import { type PassThroughEnv, passThrough } from '../workers/pass-through-worker.js';
import type { BenchWorker, WorkerServer } from './start-wrangler-dev.js';

/** Starts `worker` in this process on a free loopback port, with `vars` as its environment. */
export async function startNodeWorker(
  vars: Record<string, string>,
  worker: BenchWorker = 'relay',
): Promise<WorkerServer> {
  const relay = createRelayApp({ log: () => undefined });
  const handle = (request: Request) =>
    worker === 'relay'
      ? relay.fetch(request, vars)
      : passThrough(request, vars as unknown as PassThroughEnv);
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: handle, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
