#!/usr/bin/env node
// Runs `jobrelay emulator` when this file is executed directly (`node build/emulator/node/emulator-bin.js`).
import { runEmulatorCli } from './emulator-main.js';

process.exitCode = await runEmulatorCli(process.argv.slice(2));
