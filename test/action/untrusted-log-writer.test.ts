// Remote log text goes into the Actions log with workflow commands stopped, so it cannot inject any.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUntrustedLogWriter, randomToken } from '../../src/action/untrusted-log-writer.js';
import { workflowCommands } from './support/workflow-commands.js';

function writer(newToken?: () => string) {
  let out = '';
  let n = 0;
  const log = createUntrustedLogWriter(
    (text) => {
      out += text;
    },
    newToken ?? (() => `token${++n}`),
  );
  return { log, output: () => out };
}

describe('createUntrustedLogWriter', () => {
  it('wraps remote text in stop-commands and resumes before our own command', () => {
    const { log, output } = writer();
    log.text('::set-output name=x::1\n');
    log.resume();
    expect(output()).toBe('::stop-commands::token1\n::set-output name=x::1\n::token1::\n');
  });

  it('ends an unfinished line before resuming, since commands need a line of their own', () => {
    const { log, output } = writer();
    log.text('partial');
    log.resume();
    expect(output()).toBe('::stop-commands::token1\npartial\n::token1::\n');
  });

  it('uses a fresh token each time it stops commands', () => {
    const { log, output } = writer();
    log.text('a\n');
    log.resume();
    log.text('b\n');
    log.resume();
    expect(output()).toContain('::stop-commands::token2\n');
  });

  it('writes nothing for empty text and does not resume when not stopped', () => {
    const { log, output } = writer();
    log.text('');
    log.resume();
    expect(output()).toBe('');
  });

  it("ignores a resume with an earlier block's token, the only one a log could have seen", () => {
    const { log, output } = writer();
    log.text('a\n');
    log.resume();
    log.text('::token1::\n::error::injected\n');
    log.resume();
    expect(workflowCommands(output())).toEqual([]);
  });

  it('lets no remote text become a workflow command, whatever it holds', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '::set-output name=pwned::true',
        '::error::injected',
        '::add-mask::x',
        '::stop-commands::token1',
        '::token1::',
        '::token2::',
        '  ::warning::indented',
        '\r::notice::cr',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 5 }), { maxLength: 5 }), (batches) => {
        const { log, output } = writer(randomToken);
        for (const batch of batches) {
          log.text(batch.join('\n'));
          log.resume();
        }
        expect(workflowCommands(output())).toEqual([]);
      }),
    );
  });
});

describe('randomToken', () => {
  it('is 32 hex digits, different each time', () => {
    const a = randomToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(randomToken()).not.toBe(a);
  });
});
