// Vitest configuration for the dashboard's tests in headless Chromium (`npm run test:browser`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    // One browser at a time: the machine's cores are shared.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
