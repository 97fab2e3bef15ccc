// The package root exports the waiting and log-following pieces, for the relay and other callers.
import { describe, expect, it } from 'vitest';
import * as jobrelay from '../../../src/index.js';

describe('package root', () => {
  it.each([
    'waitForJob',
    'pollJob',
    'isWaitOver',
    'nextPollDelay',
    'followJobTrace',
    'createTraceSectionParser',
    'stripAnsi',
    'stripAnsiStream',
    'createAnsiStripper',
  ])('exports %s', (name) => {
    expect(typeof (jobrelay as Record<string, unknown>)[name]).toBe('function');
  });
});
