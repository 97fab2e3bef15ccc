// Tests for the bridge (trigger job) schema.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BridgeSchema } from '../../../src/gitlab/schemas/bridge.js';
import { loadSeedExample } from '../../fixtures/seeds/index.js';

type Raw = Record<string, unknown>;

function seedBridge(): Raw {
  return (loadSeedExample('markdown', 'list-pipeline-bridges') as Raw[])[0] as Raw;
}

describe('BridgeSchema', () => {
  it('parses the documented bridge with its downstream pipeline', () => {
    expect(v.parse(BridgeSchema, seedBridge())).toMatchObject({
      id: 7,
      status: 'pending',
      downstream_pipeline: { id: 5, sha: 'f62a4b2fb89754372a346f24659212eb8da13601' },
    });
  });

  it('accepts a null downstream_pipeline', () => {
    expect(
      v.parse(BridgeSchema, { ...seedBridge(), downstream_pipeline: null }).downstream_pipeline,
    ).toBeNull();
  });

  it('rejects a bridge without downstream_pipeline', () => {
    const bridge = seedBridge();
    delete bridge.downstream_pipeline;
    expect(v.safeParse(BridgeSchema, bridge).success).toBe(false);
  });

  it('rejects a bridge without pipeline, which every bridge example carries', () => {
    const bridge = seedBridge();
    delete bridge.pipeline;
    expect(v.safeParse(BridgeSchema, bridge).success).toBe(false);
  });

  it('needs no runner, artifacts or tag_list', () => {
    const bridge = v.parse(BridgeSchema, seedBridge());
    expect(bridge).not.toHaveProperty('runner');
    expect(bridge).not.toHaveProperty('artifacts');
    expect(bridge).not.toHaveProperty('tag_list');
  });

  it('accepts a null user', () => {
    expect(v.parse(BridgeSchema, { ...seedBridge(), user: null }).user).toBeNull();
  });

  it('rejects a misspelt status', () => {
    expect(v.safeParse(BridgeSchema, { ...seedBridge(), status: 'cancelled' }).success).toBe(false);
  });

  it('keeps unknown fields, including in the downstream pipeline', () => {
    const raw = seedBridge() as { downstream_pipeline: Raw } & Raw;
    raw.downstream_pipeline.project_id = 9;
    raw.downstream_pipeline.source = 'parent_pipeline';
    const bridge = v.parse(BridgeSchema, { ...raw, trigger_strategy: 'depend' });
    expect(bridge).toHaveProperty('trigger_strategy', 'depend');
    expect(bridge.downstream_pipeline).toMatchObject({ project_id: 9, source: 'parent_pipeline' });
  });
});
