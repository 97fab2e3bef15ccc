// Checks that the schemas index re-exports every schema module's exports.
import { describe, expect, it } from 'vitest';
import * as allowedAgents from '../../../src/gitlab/schemas/allowed-agents.js';
import * as artifact from '../../../src/gitlab/schemas/artifact.js';
import * as artifactsFile from '../../../src/gitlab/schemas/artifacts-file.js';
import * as bridge from '../../../src/gitlab/schemas/bridge.js';
import * as commit from '../../../src/gitlab/schemas/commit.js';
import * as detailedStatus from '../../../src/gitlab/schemas/detailed-status.js';
import * as index from '../../../src/gitlab/schemas/index.js';
import * as job from '../../../src/gitlab/schemas/job.js';
import * as jobOrBridge from '../../../src/gitlab/schemas/job-or-bridge.js';
import * as jobScope from '../../../src/gitlab/schemas/job-scope.js';
import * as jobStatus from '../../../src/gitlab/schemas/job-status.js';
import * as pipeline from '../../../src/gitlab/schemas/pipeline.js';
import * as pipelineBasic from '../../../src/gitlab/schemas/pipeline-basic.js';
import * as pipelineDetail from '../../../src/gitlab/schemas/pipeline-detail.js';
import * as pipelineStatus from '../../../src/gitlab/schemas/pipeline-status.js';
import * as pipelineVariable from '../../../src/gitlab/schemas/pipeline-variable.js';
import * as runner from '../../../src/gitlab/schemas/runner.js';
import * as timestamp from '../../../src/gitlab/schemas/timestamp.js';
import * as user from '../../../src/gitlab/schemas/user.js';

const MODULES = {
  allowedAgents,
  artifact,
  artifactsFile,
  bridge,
  commit,
  detailedStatus,
  job,
  jobOrBridge,
  jobScope,
  jobStatus,
  pipeline,
  pipelineBasic,
  pipelineDetail,
  pipelineStatus,
  pipelineVariable,
  runner,
  timestamp,
  user,
};

describe('schemas index', () => {
  it.each(Object.entries(MODULES))('re-exports everything %s exports', (_name, module) => {
    for (const [key, value] of Object.entries(module)) {
      expect(index).toHaveProperty(key, value);
    }
  });

  it('exports nothing of its own', () => {
    const all = new Set(Object.values(MODULES).flatMap((module) => Object.keys(module)));
    expect(Object.keys(index).filter((key) => !all.has(key))).toEqual([]);
  });
});
