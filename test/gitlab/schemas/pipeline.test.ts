// Tests for the pipeline summaries embedded in jobs and bridges.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DownstreamPipelineSchema, PipelineSchema } from '../../../src/gitlab/schemas/pipeline.js';

const PIPELINE = {
  id: 6,
  project_id: 1,
  ref: 'main',
  sha: '0ff3ae198f8601a285adcf5c0fff204ee6fba5fd',
  status: 'pending',
};

const DOWNSTREAM = {
  id: 5,
  sha: 'f62a4b2fb89754372a346f24659212eb8da13601',
  ref: 'main',
  status: 'pending',
  created_at: '2015-12-24T17:54:27.722Z',
  updated_at: '2015-12-24T17:58:27.896Z',
  web_url: 'https://example.com/diaspora/diaspora-client/pipelines/5',
};

describe('PipelineSchema', () => {
  it('parses the short summary that job examples embed', () => {
    expect(v.parse(PipelineSchema, PIPELINE)).toEqual(PIPELINE);
  });

  it('parses the optional iid, source, timestamps and URL', () => {
    const pipeline = {
      ...PIPELINE,
      iid: 3,
      source: 'push',
      created_at: '2015-12-24T15:50:16.123Z',
      updated_at: '2015-12-24T18:00:44.432Z',
      web_url: 'https://example.com/foo/bar/pipelines/6',
    };
    expect(v.parse(PipelineSchema, pipeline)).toEqual(pipeline);
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(PipelineSchema, { ...PIPELINE, name: 'nightly' })).toMatchObject({
      name: 'nightly',
    });
  });

  it.each(['id', 'project_id', 'ref', 'sha', 'status'])(
    'rejects a pipeline without %s',
    (field) => {
      const pipeline: Record<string, unknown> = { ...PIPELINE };
      delete pipeline[field];
      expect(v.safeParse(PipelineSchema, pipeline).success).toBe(false);
    },
  );

  it('rejects an id given as a string', () => {
    expect(v.safeParse(PipelineSchema, { ...PIPELINE, id: '6' }).success).toBe(false);
  });

  it('rejects an id that is not an integer', () => {
    expect(v.safeParse(PipelineSchema, { ...PIPELINE, id: 6.5 }).success).toBe(false);
  });
});

describe('DownstreamPipelineSchema', () => {
  it('parses the documented downstream pipeline', () => {
    expect(v.parse(DownstreamPipelineSchema, DOWNSTREAM)).toEqual(DOWNSTREAM);
  });

  it('requires the timestamps that every example carries', () => {
    const { updated_at: _, ...withoutUpdatedAt } = DOWNSTREAM;
    expect(v.safeParse(DownstreamPipelineSchema, withoutUpdatedAt).success).toBe(false);
  });

  it('keeps fields it does not know', () => {
    expect(
      v.parse(DownstreamPipelineSchema, { ...DOWNSTREAM, source: 'parent_pipeline', x: 1 }),
    ).toMatchObject({
      source: 'parent_pipeline',
      x: 1,
    });
  });
});
