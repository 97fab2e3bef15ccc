// Re-exports every GitLab entity schema, so callers import them from one place.
export * from './allowed-agents.js';
export * from './artifact.js';
export * from './artifacts-file.js';
export * from './bridge.js';
export * from './commit.js';
export * from './job.js';
export * from './job-or-bridge.js';
export * from './job-scope.js';
export * from './job-status.js';
export * from './pipeline.js';
export * from './runner.js';
export * from './timestamp.js';
export * from './user.js';
