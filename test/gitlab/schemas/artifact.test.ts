// Tests for the schema of one entry in a job's artifacts list.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArtifactSchema } from '../../../src/gitlab/schemas/artifact.js';

const ARTIFACT = {
  file_type: 'archive',
  size: 1000,
  filename: 'artifacts.zip',
  file_format: 'zip',
};

describe('ArtifactSchema', () => {
  it('parses a documented artifact', () => {
    expect(v.parse(ArtifactSchema, ARTIFACT)).toEqual(ARTIFACT);
  });

  it('accepts a null file_format', () => {
    expect(v.parse(ArtifactSchema, { ...ARTIFACT, file_format: null }).file_format).toBeNull();
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(ArtifactSchema, { ...ARTIFACT, expire_at: null })).toHaveProperty(
      'expire_at',
      null,
    );
  });

  it.each(['file_type', 'size', 'filename', 'file_format'])(
    'rejects an artifact without %s',
    (field) => {
      const artifact: Record<string, unknown> = { ...ARTIFACT };
      delete artifact[field];
      expect(v.safeParse(ArtifactSchema, artifact).success).toBe(false);
    },
  );

  it('rejects a size given as a string', () => {
    expect(v.safeParse(ArtifactSchema, { ...ARTIFACT, size: '1000' }).success).toBe(false);
  });
});
