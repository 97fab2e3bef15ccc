// Tests for a single pipeline and its detailed status.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DetailedStatusSchema } from '../../../src/gitlab/schemas/detailed-status.js';
import { PipelineDetailSchema } from '../../../src/gitlab/schemas/pipeline-detail.js';
import { createdPipeline, singlePipeline } from '../pipelines/pipeline-examples.js';

describe('PipelineDetailSchema', () => {
  it('parses the documented single pipeline unchanged', () => {
    const pipeline = singlePipeline(287);
    expect(v.parse(PipelineDetailSchema, pipeline)).toEqual(pipeline);
  });

  it('parses the documented create answer, which has no detailed_status or name', () => {
    const pipeline = createdPipeline(61);
    expect(v.parse(PipelineDetailSchema, pipeline)).toEqual(pipeline);
  });

  it('parses a pipeline without a user', () => {
    expect(v.safeParse(PipelineDetailSchema, singlePipeline(1, { user: null })).success).toBe(true);
  });

  it('parses coverage as GitLab formats it, a string with two decimals', () => {
    const parsed = v.parse(PipelineDetailSchema, singlePipeline(1, { coverage: '98.29' }));
    expect(parsed.coverage).toBe('98.29');
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(PipelineDetailSchema, singlePipeline(1, { archived: false }))).toHaveProperty(
      'archived',
      false,
    );
  });

  it.each([
    'before_sha',
    'tag',
    'yaml_errors',
    'user',
    'started_at',
    'finished_at',
    'committed_at',
    'duration',
    'queued_duration',
    'coverage',
  ])('rejects a pipeline without %s', (field) => {
    const pipeline: Record<string, unknown> = singlePipeline(1);
    delete pipeline[field];
    expect(v.safeParse(PipelineDetailSchema, pipeline).success).toBe(false);
  });

  it.each([
    ['tag', 'false'],
    ['duration', '34'],
    ['coverage', 98.29],
    ['user', { id: 1 }],
    ['status', 'passed'],
    ['started_at', 'soon'],
    ['detailed_status', { icon: 'status_success' }],
  ])('rejects %s = %j', (field, value) => {
    expect(v.safeParse(PipelineDetailSchema, singlePipeline(1, { [field]: value })).success).toBe(
      false,
    );
  });
});

describe('DetailedStatusSchema', () => {
  const STATUS = singlePipeline(1).detailed_status;

  it('parses an action when the status offers one', () => {
    const status = {
      ...STATUS,
      action: {
        icon: 'cancel',
        title: 'Cancel',
        path: '/a/b/-/pipelines/1/cancel',
        method: 'post',
      },
    };
    expect(v.parse(DetailedStatusSchema, status)).toEqual(status);
  });

  it('rejects has_details given as a string', () => {
    expect(v.safeParse(DetailedStatusSchema, { ...STATUS, has_details: 'false' }).success).toBe(
      false,
    );
  });
});
