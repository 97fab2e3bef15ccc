// An emulator served over HTTP in this process that notes when each request arrives (for start-up times).
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js';
import type { ScenarioInput } from '../../src/emulator/scenario/scenario-schema.js';

/** A listening emulator that reports the first request after each `expectRequest()`. */
export interface FirstRequestServer {
  url: string;
  emulator: Emulator;
  /** Resolves with `performance.now()` when the next request arrives. */
  expectRequest(): Promise<number>;
  close(): Promise<void>;
}

/** Serves `scenario` on a free loopback port, timing request arrivals before any work is done. */
export async function startFirstRequestServer(
  scenario: ScenarioInput,
): Promise<FirstRequestServer> {
  const emulator = createEmulator({ scenario });
  let waiting: ((at: number) => void) | undefined;
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve(
      {
        fetch: (request) => {
          const at = performance.now();
          waiting?.(at);
          waiting = undefined;
          return emulator.app.fetch(request);
        },
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    emulator,
    expectRequest: () =>
      new Promise((resolve) => {
        waiting = resolve;
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
        emulator.dispose();
      }),
  };
}
