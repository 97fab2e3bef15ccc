// The CLI reporter masks whatever the step calls secret, however short.
import { describe, expect, it } from 'vitest';
import { createCliReporter } from '../../src/cli/cli-reporter.js';

describe('createCliReporter', () => {
  it('masks a secret whatever its length (a short token), and nothing it was not given', () => {
    let out = '';
    const reporter = createCliReporter({ write: (text: string) => (out += text) }, {});
    reporter.setSecret('abc');
    reporter.setSecret('abcdef-long-token');
    reporter.remoteLog('token abc, long abcdef-long-token, flag true\n');
    expect(out).toBe('token [REDACTED], long [REDACTED], flag true\n');
  });
});
