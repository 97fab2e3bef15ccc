// Vitest for Stryker's mutation run: the core's, the relay's and the emulator-backed relay tests,
// all in Node (Stryker instruments the sources in Node; the relay's code is plain Hono and fetch,
// and `cloudflare:workers` is stubbed). `npm test` still runs the relay's suites inside workerd.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'cloudflare:workers': fileURLToPath(
        new URL('./test/mutation/cloudflare-workers-stub.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['test/functions/**/*.test.ts', 'test/relay/**/*.test.ts', 'test/gitlab/**/*.test.ts'],
    // The 200 MB streaming test spawns a child process from built sources: not about mutants.
    exclude: ['test/gitlab/node/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
