// Builds the GitLab client a step uses from its validated inputs.
import { type ClientOptions, createClient, type GitLabClient } from '../gitlab/client.js';
import { JOBRELAY_VERSION } from './jobrelay-version.js';
import type { StepInputs } from './parse-step-inputs.js';

/** Transport settings a face (or a test) may set: fetch, timeouts, retry policy. */
export type StepClientOverrides = Pick<ClientOptions, 'fetch' | 'timeoutMs' | 'retry'>;

/**
 * A client for the inputs' GitLab (or relay), token and token type, each request limited to
 * `request-timeout`, with variable values kept out of error messages.
 */
export function createStepClient(
  inputs: Pick<StepInputs, 'gitlabUrl' | 'token' | 'tokenType'> &
    Partial<Pick<StepInputs, 'variables' | 'requestTimeoutMs'>>,
  overrides: StepClientOverrides = {},
): GitLabClient {
  const client = createClient({
    url: inputs.gitlabUrl,
    token: inputs.token,
    tokenType: inputs.tokenType,
    userAgent: `jobrelay/${JOBRELAY_VERSION}`,
    ...(inputs.requestTimeoutMs === undefined ? {} : { timeoutMs: inputs.requestTimeoutMs }),
    ...overrides,
  });
  for (const variable of inputs.variables ?? []) client.addSecret(variable.value);
  return client;
}
