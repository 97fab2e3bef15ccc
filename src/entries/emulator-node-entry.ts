// The `jobrelay/emulator/node` entry: the emulator's HTTP server and CLI, once its optional peer dependencies are found.
import { EMULATOR_PEERS, loadOptionalPeers } from './load-optional-peers.js';

const emulatorNode = await loadOptionalPeers(
  'jobrelay/emulator/node',
  EMULATOR_PEERS,
  () => import('../emulator/node/index.js'),
);

/** The emulator server's runtime exports (their types are src/emulator/node/index.ts's, which package.json names). */
export const { runEmulatorCli, startEmulatorServer } = emulatorNode;
