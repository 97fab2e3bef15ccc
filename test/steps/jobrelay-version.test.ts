// The version the CLI reports and the components pin is package.json's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JOBRELAY_VERSION } from '../../src/steps/jobrelay-version.js';

describe('JOBRELAY_VERSION', () => {
  it('equals the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(JOBRELAY_VERSION).toBe(pkg.version);
  });
});
