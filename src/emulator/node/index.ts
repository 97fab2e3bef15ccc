// The emulator's Node-only surface: the HTTP server and the `jobrelay emulator` command.
export { type EmulatorCliIo, runEmulatorCli } from './emulator-main.js';
export {
  type EmulatorServer,
  type EmulatorServerOptions,
  startEmulatorServer,
} from './start-emulator-server.js';
