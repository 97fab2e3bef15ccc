// Tests for the runner and runner manager schemas.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RunnerManagerSchema, RunnerSchema } from '../../../src/gitlab/schemas/runner.js';

const RUNNER = {
  id: 8,
  description: 'test-1-20150125',
  ip_address: null,
  active: true,
  paused: false,
  is_shared: true,
  runner_type: 'instance_type',
  name: 'test',
  online: true,
  status: 'online',
};

const RUNNER_MANAGER = {
  id: 8,
  system_id: 'runner-1',
  version: '16.11.0',
  revision: '91a27b2a',
  platform: 'linux',
  architecture: 'amd64',
  created_at: '2023-10-24T01:27:06.549Z',
  contacted_at: '2023-10-24T01:27:06.549Z',
  ip_address: '127.0.0.1',
  status: 'online',
};

describe('RunnerSchema', () => {
  it('parses a runner as GitLab describes it', () => {
    expect(v.parse(RunnerSchema, RUNNER)).toEqual(RUNNER);
  });

  it('parses a runner that has only an id', () => {
    expect(v.parse(RunnerSchema, { id: 8 })).toEqual({ id: 8 });
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(RunnerSchema, { ...RUNNER, job_execution_status: 'idle' })).toMatchObject({
      job_execution_status: 'idle',
    });
  });

  it('rejects a runner without an id', () => {
    const { id: _, ...withoutId } = RUNNER;
    expect(v.safeParse(RunnerSchema, withoutId).success).toBe(false);
  });

  it('rejects is_shared given as a string', () => {
    expect(v.safeParse(RunnerSchema, { ...RUNNER, is_shared: 'true' }).success).toBe(false);
  });
});

describe('RunnerManagerSchema', () => {
  it('parses a runner manager as GitLab describes it', () => {
    expect(v.parse(RunnerManagerSchema, RUNNER_MANAGER)).toEqual(RUNNER_MANAGER);
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(RunnerManagerSchema, { ...RUNNER_MANAGER, x: 1 })).toMatchObject({ x: 1 });
  });

  it('rejects a runner manager whose id is a string', () => {
    expect(v.safeParse(RunnerManagerSchema, { ...RUNNER_MANAGER, id: '8' }).success).toBe(false);
  });
});
