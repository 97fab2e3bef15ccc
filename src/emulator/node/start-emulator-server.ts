// Serves an emulator over real HTTP with @hono/node-server, on a chosen or a free port.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createEmulator, type Emulator, type EmulatorOptions } from '../create-emulator.js';
import { actOutFault, type NodeBindings } from './act-out-fault.js';

/** Options for {@link startEmulatorServer}: an emulator's options, or an emulator, and where to listen. */
export interface EmulatorServerOptions extends EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; 127.0.0.1 by default (loopback only). */
  host?: string;
  /** Serve this emulator instead of creating one from the other options. */
  emulator?: Emulator;
}

/** A listening emulator server. */
export interface EmulatorServer {
  /** `http://<host>:<port>`, GitLab's base URL (the API is under `/api/v4`). */
  url: string;
  emulator: Emulator;
  /** Stops listening and drops open connections (keep-alive ones included). */
  close(): Promise<void>;
}

/** Starts an emulator server and resolves once it listens. */
export async function startEmulatorServer(
  options: EmulatorServerOptions = {},
): Promise<EmulatorServer> {
  const emulator = options.emulator ?? createEmulator(options);
  const host = options.host ?? '127.0.0.1';
  const server = createAdaptorServer({
    // Plain HTTP/1.1 server: the bindings are always Node's IncomingMessage and ServerResponse.
    fetch: async (request: Request, bindings: HttpBindings | Http2Bindings) =>
      actOutFault(await emulator.app.fetch(request, bindings), bindings as NodeBindings),
    // Leave the process's global Request and Response alone: other code shares them.
    overrideGlobalObjects: false,
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    emulator,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        if (!options.emulator) emulator.dispose();
      });
      return closing;
    },
  };
}
