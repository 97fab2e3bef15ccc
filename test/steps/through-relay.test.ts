// The step works through the jobrelay relay with a CI job token (gitlab-url pointing at the relay).
import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { createStepClient } from '../../src/steps/create-step-client.js';
import { parseStepInputs, type RawStepInputs } from '../../src/steps/parse-step-inputs.js';
import { runStep } from '../../src/steps/run-step.js';
import type { JobStepResult } from '../../src/steps/step-result.js';
import { relayHarness } from '../functions/relay-harness.js';
import { recordingReporter } from './support/recording-reporter.js';
import { emulatorClock } from './support/step-harness.js';

async function throughRelay(inputs: RawStepInputs) {
  const harness = relayHarness();
  // The step's requests go to the relay app; the relay's go to the emulator.
  const fetch: FetchFunction = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    return harness.relay(`${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'POST' ? await request.text() : undefined,
      token: null,
    });
  };
  const parsed = parseStepInputs({
    'gitlab-url': 'https://relay.test',
    token: harness.jobToken,
    'token-type': 'job',
    project: 'demo/deploy',
    interval: '1s',
    'max-interval': '5s',
    ...inputs,
  });
  const reporter = recordingReporter();
  const clock = emulatorClock(harness.emulator);
  const client = createStepClient(parsed, { fetch, retry: { readBackDelayMs: 0 } });
  // Only job commands run here: their result always carries the job.
  const result = (await runStep(
    { client, reporter, clock, startedAt: clock.now() },
    parsed,
  )) as JobStepResult;
  return { result, reporter, harness };
}

describe('the CI step through the relay', () => {
  it('plays a manual job with a job token and waits for it', async () => {
    const { result, harness } = await throughRelay({
      command: 'trigger-manual-job',
      pipeline: '10',
      name: 'deploy-staging',
      variables: 'TARGET=staging',
      wait: 'true',
      timeout: '10m',
    });
    expect(result.outcome).toBe('success');
    expect(result.job.status).toBe('success');
    const plays = harness
      .upstream({ method: 'POST' })
      .filter((entry) => entry.path.endsWith('/play'));
    expect(plays).toHaveLength(1);
    // Upstream, the relay acted with its service token, never the job token.
    expect(JSON.stringify(harness.logs)).not.toContain(harness.jobToken);
  });

  it('finds a job by name and reads its log through the relay with a job token', async () => {
    const { result, reporter } = await throughRelay({
      command: 'wait-for-job',
      pipeline: '10',
      name: 'build',
      'follow-log': 'true',
    });
    expect(result.outcome).toBe('success');
    expect(reporter.shownLog()).toBe('building\nbuilt\n');
  });
});
