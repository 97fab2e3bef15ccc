// Tests for the job status picklist and its finished and blocked groups.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  BLOCKED_JOB_STATUSES,
  FINISHED_JOB_STATUSES,
  isBlockedStatus,
  isFinishedStatus,
  JOB_STATUSES,
  JobStatusSchema,
} from '../../../src/gitlab/schemas/job-status.js';

describe('JobStatusSchema', () => {
  it('lists exactly the 13 statuses of current GitLab', () => {
    expect([...JOB_STATUSES].sort()).toEqual(
      [
        'canceled',
        'canceling',
        'created',
        'failed',
        'manual',
        'pending',
        'preparing',
        'running',
        'scheduled',
        'skipped',
        'success',
        'waiting_for_callback',
        'waiting_for_resource',
      ].sort(),
    );
  });

  it.each(JOB_STATUSES)('accepts the status %s', (status) => {
    expect(v.parse(JobStatusSchema, status)).toBe(status);
  });

  it.each(['cancelled', 'Canceled', 'succeeded', 'retried', '', ' running'])(
    'rejects the unknown status %j',
    (status) => {
      expect(v.safeParse(JobStatusSchema, status).success).toBe(false);
    },
  );

  it('rejects a status that is not a string', () => {
    expect(v.safeParse(JobStatusSchema, 3).success).toBe(false);
  });
});

describe('isFinishedStatus', () => {
  it('is true for exactly success, failed, canceled and skipped', () => {
    expect(JOB_STATUSES.filter(isFinishedStatus).sort()).toEqual(
      ['canceled', 'failed', 'skipped', 'success'].sort(),
    );
  });

  it('treats canceling as not finished yet', () => {
    expect(isFinishedStatus('canceling')).toBe(false);
  });

  it('agrees with FINISHED_JOB_STATUSES', () => {
    expect(FINISHED_JOB_STATUSES.every(isFinishedStatus)).toBe(true);
    expect(FINISHED_JOB_STATUSES).toHaveLength(4);
  });
});

describe('isBlockedStatus', () => {
  it('is true for exactly manual and scheduled', () => {
    expect(JOB_STATUSES.filter(isBlockedStatus).sort()).toEqual(['manual', 'scheduled']);
  });

  it('treats created as not blocked, even though a manual job with unfinished needs sits in it', () => {
    expect(isBlockedStatus('created')).toBe(false);
  });

  it('agrees with BLOCKED_JOB_STATUSES', () => {
    expect(BLOCKED_JOB_STATUSES.every(isBlockedStatus)).toBe(true);
    expect(BLOCKED_JOB_STATUSES).toHaveLength(2);
  });
});
