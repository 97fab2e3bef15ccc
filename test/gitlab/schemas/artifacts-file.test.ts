// Tests for the schema of a job's artifacts archive pointer.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArtifactsFileSchema } from '../../../src/gitlab/schemas/artifacts-file.js';

describe('ArtifactsFileSchema', () => {
  it('parses the documented archive', () => {
    expect(v.parse(ArtifactsFileSchema, { filename: 'artifacts.zip', size: 1000 })).toEqual({
      filename: 'artifacts.zip',
      size: 1000,
    });
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(ArtifactsFileSchema, { filename: 'a.zip', size: 1, x: true })).toHaveProperty(
      'x',
      true,
    );
  });

  it('rejects an archive without a size', () => {
    expect(v.safeParse(ArtifactsFileSchema, { filename: 'artifacts.zip' }).success).toBe(false);
  });

  it('rejects a size that is not an integer', () => {
    expect(v.safeParse(ArtifactsFileSchema, { filename: 'a.zip', size: 1.5 }).success).toBe(false);
  });
});
