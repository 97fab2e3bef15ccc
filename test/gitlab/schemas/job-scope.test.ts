// Tests for the job list `scope` picklist.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JOB_SCOPES, JobScopeSchema } from '../../../src/gitlab/schemas/job-scope.js';

describe('JobScopeSchema', () => {
  it('lists exactly the 8 documented scope values', () => {
    expect([...JOB_SCOPES].sort()).toEqual(
      [
        'canceled',
        'created',
        'failed',
        'manual',
        'pending',
        'running',
        'skipped',
        'success',
      ].sort(),
    );
  });

  it.each(JOB_SCOPES)('accepts the scope %s', (scope) => {
    expect(v.parse(JobScopeSchema, scope)).toBe(scope);
  });

  it.each(['waiting_for_resource', 'preparing', 'canceling', 'scheduled', 'cancelled', 'all'])(
    'rejects %j, which GitLab answers with 400',
    (scope) => {
      expect(v.safeParse(JobScopeSchema, scope).success).toBe(false);
    },
  );
});
