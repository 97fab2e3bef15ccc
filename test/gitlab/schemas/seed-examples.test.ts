// Checks every example answer of both GitLab doc editions against the schema for its endpoint.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AllowedAgentsSchema } from '../../../src/gitlab/schemas/allowed-agents.js';
import { BridgeSchema } from '../../../src/gitlab/schemas/bridge.js';
import { JobSchema } from '../../../src/gitlab/schemas/job.js';
import {
  loadPlayJobRequest,
  loadSeedFixture,
  SEED_EXAMPLES,
  type SeedKind,
} from '../../fixtures/seeds/index.js';

const SCHEMAS = {
  job: JobSchema,
  'job[]': v.array(JobSchema),
  'bridge[]': v.array(BridgeSchema),
  'allowed-agents': AllowedAgentsSchema,
} satisfies Record<SeedKind, v.GenericSchema>;

describe('seed examples', () => {
  it('cover ten endpoints in each of the two editions', () => {
    expect(SEED_EXAMPLES).toHaveLength(20);
    expect(new Set(SEED_EXAMPLES.map((example) => example.file)).size).toBe(20);
  });

  it.each(SEED_EXAMPLES)('$edition $endpoint parses as $kind', ({ file, kind }) => {
    const raw = loadSeedFixture(file);
    const result = v.safeParse(SCHEMAS[kind], raw);
    expect(result.issues).toBeUndefined();
    // Loose schemas give back every field they were given.
    expect(result.output).toEqual(raw);
  });

  it('lists are not empty, so parsing them proves something', () => {
    for (const { file, kind } of SEED_EXAMPLES) {
      if (kind.endsWith('[]'))
        expect((loadSeedFixture(file) as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('keeps the play request body with its two variables', () => {
    expect(loadPlayJobRequest()).toEqual({
      job_variables_attributes: [
        { key: 'TEST_VAR_1', value: 'test1' },
        { key: 'TEST_VAR_2', value: 'test2' },
      ],
    });
  });
});
