#!/usr/bin/env node
// The `jobrelay` command (dist/cli.js): runs the CLI with the process's arguments, streams and signals.
import { runCliProcess } from './run-cli-process.js';

process.exitCode = await runCliProcess();
