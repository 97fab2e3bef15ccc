// Re-exports jobrelay's error hierarchy and its cross-bundle type guards.
export * from './gitlab-http-error.js';
export * from './invalid-input-error.js';
export * from './is-error.js';
export * from './jobrelay-error.js';
export * from './network-error.js';
export * from './outcome-unknown-error.js';
export * from './response-validation-error.js';
export * from './timeout-error.js';
