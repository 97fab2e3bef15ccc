// The package root exports the core's functions by their documented names.
import { describe, expect, it } from 'vitest';
import * as jobrelay from '../src/index.js';

const ENDPOINT_FUNCTIONS = [
  'listProjectJobs',
  'listPipelineJobs',
  'listPipelineBridges',
  'getJobTokenJob',
  'getAllowedAgents',
  'getJob',
  'getJobTrace',
  'cancelJob',
  'retryJob',
  'eraseJob',
  'playJob',
  'findJobRetry',
  'createClient',
];

describe('package root', () => {
  it.each(ENDPOINT_FUNCTIONS)('exports the function %s', (name) => {
    expect(typeof (jobrelay as Record<string, unknown>)[name]).toBe('function');
  });

  it.each([
    'JobSchema',
    'BridgeSchema',
    'AllowedAgentsSchema',
    'JobStatusSchema',
    'JobScopeSchema',
    'CommitSchema',
    'PipelineSchema',
    'UserSchema',
    'RunnerSchema',
    'ArtifactSchema',
    'ArtifactsFileSchema',
  ])('exports the schema %s', (name) => {
    expect(jobrelay).toHaveProperty(name);
  });
});
