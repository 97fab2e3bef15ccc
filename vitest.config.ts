// Vitest configuration: Node-side suites, and the relay's suites inside workerd.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          // test/browser drives a real Chromium: `npm run test:browser` (vitest.browser.config.ts).
          exclude: ['test/functions/**', 'test/browser/**'],
          testTimeout: 30_000,
          pool: 'forks',
        },
      },
      './vitest.workers.config.ts',
    ],
  },
});
