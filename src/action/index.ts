// The action's entry point (dist/index.js): runs the main step.
import { run } from './main.js';

await run();
