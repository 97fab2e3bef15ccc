// Tests for GitLab's pipeline statuses and which of them are finished.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  FINISHED_PIPELINE_STATUSES,
  isFinishedPipelineStatus,
  PIPELINE_STATUSES,
  PipelineStatusSchema,
} from '../../../src/gitlab/schemas/pipeline-status.js';

describe('PipelineStatusSchema', () => {
  it.each(PIPELINE_STATUSES)('accepts %s', (status) => {
    expect(v.parse(PipelineStatusSchema, status)).toBe(status);
  });

  it.each(['cancelled', 'passed', 'SUCCESS', ''])('rejects %j', (status) => {
    expect(v.safeParse(PipelineStatusSchema, status).success).toBe(false);
  });

  it('names the statuses it accepts when it rejects one', () => {
    const result = v.safeParse(PipelineStatusSchema, 'cancelled');
    expect(result.issues?.[0]?.message).toContain('canceled');
  });
});

describe('isFinishedPipelineStatus', () => {
  it.each(['success', 'failed', 'canceled', 'skipped'] as const)('%s is finished', (status) => {
    expect(isFinishedPipelineStatus(status)).toBe(true);
  });

  it.each(
    PIPELINE_STATUSES.filter(
      (status) => !(FINISHED_PIPELINE_STATUSES as readonly string[]).includes(status),
    ),
  )('%s is not finished', (status) => {
    expect(isFinishedPipelineStatus(status)).toBe(false);
  });

  it('counts canceling and manual as unfinished', () => {
    expect(isFinishedPipelineStatus('canceling')).toBe(false);
    expect(isFinishedPipelineStatus('manual')).toBe(false);
  });
});
