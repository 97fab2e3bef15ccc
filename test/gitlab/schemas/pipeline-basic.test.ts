// Tests for a pipeline as GitLab lists it.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PipelineBasicSchema } from '../../../src/gitlab/schemas/pipeline-basic.js';
import { listedPipeline } from '../pipelines/pipeline-examples.js';

describe('PipelineBasicSchema', () => {
  it('parses the documented list item unchanged', () => {
    const pipeline = listedPipeline(47);
    expect(v.parse(PipelineBasicSchema, pipeline)).toEqual(pipeline);
  });

  it('parses an older server without iid, source or name', () => {
    const { iid: _iid, source: _source, name: _name, ...old } = listedPipeline(47);
    expect(v.safeParse(PipelineBasicSchema, old).success).toBe(true);
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(PipelineBasicSchema, listedPipeline(47, { brand_new: 1 }))).toHaveProperty(
      'brand_new',
      1,
    );
  });

  it.each(['id', 'project_id', 'sha', 'ref', 'status', 'created_at', 'updated_at', 'web_url'])(
    'rejects an item without %s',
    (field) => {
      const pipeline: Record<string, unknown> = listedPipeline(47);
      delete pipeline[field];
      expect(v.safeParse(PipelineBasicSchema, pipeline).success).toBe(false);
    },
  );

  it.each([
    ['id', '47'],
    ['id', 47.5],
    ['status', 'cancelled'],
    ['source', 3],
    ['created_at', 'yesterday'],
    ['name', 5],
  ])('rejects %s = %j', (field, value) => {
    expect(v.safeParse(PipelineBasicSchema, listedPipeline(47, { [field]: value })).success).toBe(
      false,
    );
  });

  it('accepts a null name (an unnamed pipeline)', () => {
    expect(v.safeParse(PipelineBasicSchema, listedPipeline(47, { name: null })).success).toBe(true);
  });
});
