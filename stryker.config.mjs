// Stryker mutation testing of what must never regress: the relay's policy, identity and routes,
// and the core's request, pagination and parameter checks. `npm run test:mutation` (slow; not
// part of `npm test`). The report and the surviving mutants are explained in docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'functions/policy/**/*.ts',
    'functions/identity/**/*.ts',
    'functions/routes/**/*.ts',
    // The policy checks that used to live in routes are middleware now.
    'functions/middleware/**/*.ts',
    // The artifact paths the relay canonicalises, and its credential-free redirect hops.
    'functions/http/artifacts-route-match.ts',
    'functions/upstream/artifact-download-client.ts',
    'src/gitlab/request.ts',
    'src/gitlab/failed-request-errors.ts',
    'src/gitlab/request-page.ts',
    'src/gitlab/pagination.ts',
    'src/gitlab/jobs/job-list-endpoint.ts',
    'src/gitlab/params/**/*.ts',
    // What every answer is checked by: the compiled check must accept exactly what valibot does.
    'src/gitlab/compile-check.ts',
    'src/gitlab/generate-check.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores here: more runners than that only contend.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
