// Tests for a pipeline's variables: parsed as sent, and never quoted back in an error.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  PipelineVariableSchema,
  PipelineVariablesSchema,
} from '../../../src/gitlab/schemas/pipeline-variable.js';

describe('PipelineVariablesSchema', () => {
  it('parses the documented list, one variable without a type', () => {
    const variables = [
      { key: 'RUN_NIGHTLY_BUILD', variable_type: 'env_var', value: 'true' },
      { key: 'foo', value: 'bar' },
    ];
    expect(v.parse(PipelineVariablesSchema, variables)).toEqual(variables);
  });

  it('accepts the null value of a hidden variable', () => {
    expect(v.safeParse(PipelineVariableSchema, { key: 'HIDDEN', value: null }).success).toBe(true);
  });

  it.each([
    [{ value: 'x' }],
    [{ key: 1, value: 'x' }],
    [{ key: 'K', value: 42 }],
    [{ key: 'K', value: 'x', raw: 'yes' }],
  ])('rejects %j', (variable) => {
    expect(v.safeParse(PipelineVariableSchema, variable).success).toBe(false);
  });

  it('does not quote a malformed value in its message', () => {
    const result = v.safeParse(PipelineVariablesSchema, [{ key: 'K', value: 9_876_543_210 }]);
    const messages = result.issues?.map((issue) => issue.message).join(' ') ?? '';
    expect(messages).toContain('a variable value must be a string or null');
    expect(messages).not.toContain('9876543210');
  });

  it('does not quote an item that is not an object', () => {
    const result = v.safeParse(PipelineVariablesSchema, ['s3cr3t-value']);
    expect(result.issues?.[0]?.message).toBe('each variable must be an object');
  });
});
