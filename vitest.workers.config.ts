// Vitest configuration for the relay: its tests run inside workerd with the wrangler.toml bindings.
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
    }),
  ],
  test: {
    name: 'workers',
    include: ['test/functions/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
