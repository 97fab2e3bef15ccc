// The `jobrelay/emulator` entry: the emulator, once its optional peer dependencies (hono, yaml, …) are found.
import { EMULATOR_PEERS, loadOptionalPeers } from './load-optional-peers.js';

const emulator = await loadOptionalPeers(
  'jobrelay/emulator',
  EMULATOR_PEERS,
  () => import('../emulator/index.js'),
);

/** The emulator's runtime exports (their types are src/emulator/index.ts's, which package.json names). */
export const {
  createEmulator,
  createInProcessFetch,
  demoScenario,
  EmulatorClock,
  FAULT_KINDS,
  parseScenarioText,
  ScenarioError,
  validateScenario,
} = emulator;
