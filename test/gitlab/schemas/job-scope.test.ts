// Tests for the job list `scope` picklist: every status GitLab has (CommitStatus::AVAILABLE_STATUSES).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JOB_SCOPES, JobScopeSchema } from '../../../src/gitlab/schemas/job-scope.js';

describe('JobScopeSchema', () => {
  it('lists all 13 of GitLab’s job statuses', () => {
    expect([...JOB_SCOPES].sort()).toEqual(
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

  it.each(JOB_SCOPES)('accepts the scope %s', (scope) => {
    expect(v.parse(JobScopeSchema, scope)).toBe(scope);
  });

  it.each(['cancelled', 'all', 'finished', 'Running', ''])(
    'rejects %j, which GitLab answers with 400',
    (scope) => {
      expect(v.safeParse(JobScopeSchema, scope).success).toBe(false);
    },
  );
});
