// Checks that the schemas index and the package root re-export the pipeline schema modules.
import { describe, expect, it } from 'vitest';
import * as detailedStatus from '../../../src/gitlab/schemas/detailed-status.js';
import * as index from '../../../src/gitlab/schemas/index.js';
import * as pipelineBasic from '../../../src/gitlab/schemas/pipeline-basic.js';
import * as pipelineDetail from '../../../src/gitlab/schemas/pipeline-detail.js';
import * as pipelineStatus from '../../../src/gitlab/schemas/pipeline-status.js';
import * as pipelineVariable from '../../../src/gitlab/schemas/pipeline-variable.js';
import * as root from '../../../src/index.js';

const MODULES = { detailedStatus, pipelineBasic, pipelineDetail, pipelineStatus, pipelineVariable };

describe('pipeline schemas in the indexes', () => {
  it.each(Object.entries(MODULES))('re-exports everything %s exports', (_name, module) => {
    expect(Object.keys(module).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(module)) {
      expect(index).toHaveProperty(key, value);
      expect(root).toHaveProperty(key, value);
    }
  });
});
