// Following a log read after read: each read lets go of the step's signal when it ends.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/gitlab/client.js';
import { followRemoteLog } from '../../src/steps/follow-remote-log.js';
import { createLogTail } from '../../src/steps/log-tail.js';
import { stubFetch } from '../helpers/stub-fetch.js';
import { recordingReporter } from './support/recording-reporter.js';

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings.length = 0;
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
});

describe('followRemoteLog', () => {
  it('follows a log for 50 polls on one signal without a process warning', async () => {
    // A relay that honours Range: each read answers 206 with one new line.
    let line = 0;
    const { fetch } = stubFetch(
      () =>
        new Response(`line ${++line}\n`, {
          status: 206,
          headers: { 'content-type': 'text/plain' },
        }),
    );
    const client = createClient({ url: 'http://gitlab.test', token: 'glpat-follow-test', fetch });
    const controller = new AbortController();
    const reporter = recordingReporter();
    const follower = followRemoteLog({
      client,
      project: 'acme/app',
      jobId: 7,
      reporter,
      tail: createLogTail(5),
      signal: controller.signal,
    });
    for (let poll = 0; poll < 50; poll++) expect(await follower.readNew()).toBe(true);
    await follower.finish();
    // A warning is emitted on the next tick: give it the chance.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((warning) => `${warning.name}: ${warning.message}`)).toEqual([]);
    expect(reporter.shownLog()).toContain('line 50\n');
  });
});
