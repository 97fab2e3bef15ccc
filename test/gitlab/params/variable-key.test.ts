// GitLab's variable-key rule, shared by the core, the relay's policy and the emulator.
import { describe, expect, it } from 'vitest';
import { isVariableKey, VARIABLE_KEY_PATTERN } from '../../../src/index.js';

describe('isVariableKey', () => {
  it.each(['TARGET', 'a', '_', 'DEPLOY_ENV_2', 'x'.repeat(255)])('accepts %s', (key) => {
    expect(isVariableKey(key)).toBe(true);
  });

  it.each(['', 'WITH-DASH', 'WITH SPACE', 'DOT.TED', 'ÜMLAUT', 'NEW\nLINE', 'x'.repeat(256)])(
    'refuses %j',
    (key) => {
      expect(isVariableKey(key)).toBe(false);
    },
  );

  it('keeps no state between tests (the pattern has no g or y flag)', () => {
    expect(VARIABLE_KEY_PATTERN.flags).toBe('');
    expect([1, 2, 3].map(() => isVariableKey('KEY'))).toEqual([true, true, true]);
  });
});
