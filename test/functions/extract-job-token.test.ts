// Which headers the CI job token is taken from, and what is refused before GitLab is asked anything.
import { describe, expect, it } from 'vitest';
import { extractJobToken } from '../../functions/identity/extract-job-token.js';

// A made-up token of a job token's shape: never a live one, so a failing assertion leaks nothing.
const TOKEN = 'glcbt-64_fakejobtoken0123456789';

function extract(headers: Record<string, string> = {}, query = '') {
  return extractJobToken(
    new Request(`https://relay.test/api/v4/projects/2/jobs${query}`, { headers }),
  );
}

describe('extractJobToken', () => {
  it('takes the token from JOB-TOKEN', () => {
    expect(extract({ 'JOB-TOKEN': TOKEN })).toEqual({ token: TOKEN, via: 'job-token' });
  });

  it('takes the token from Authorization: Bearer, in any case of the scheme', () => {
    expect(extract({ Authorization: `Bearer ${TOKEN}` })).toEqual({ token: TOKEN, via: 'bearer' });
    expect(extract({ Authorization: `bearer ${TOKEN}` })).toEqual({ token: TOKEN, via: 'bearer' });
  });

  it('refuses a request with no token at all, naming the JOB-TOKEN header', () => {
    expect(extract()).toEqual({ refusal: 'no CI job token: send it in the JOB-TOKEN header' });
  });

  it('refuses an empty or blank JOB-TOKEN as no token, not as a malformed one', () => {
    const refusal = { refusal: 'no CI job token: send it in the JOB-TOKEN header' };
    expect(extract({ 'JOB-TOKEN': '' })).toEqual(refusal);
    expect(extract({ 'JOB-TOKEN': '   ' })).toEqual(refusal);
  });

  it.each(['job_token', 'private_token', 'access_token', 'JOB_TOKEN', 'Access_Token'])(
    'refuses a %s query parameter even when JOB-TOKEN is sent too',
    (name) => {
      expect(extract({ 'JOB-TOKEN': TOKEN }, `?per_page=5&${name}=x`)).toEqual({
        refusal: 'a token in the URL is refused (URLs are logged): send it in the JOB-TOKEN header',
      });
    },
  );

  it('accepts query parameters that are not token parameters', () => {
    expect(extract({ 'JOB-TOKEN': TOKEN }, '?per_page=5&scope=running&token=1')).toEqual({
      token: TOKEN,
      via: 'job-token',
    });
  });

  it('refuses PRIVATE-TOKEN even next to a valid JOB-TOKEN', () => {
    expect(extract({ 'JOB-TOKEN': TOKEN, 'PRIVATE-TOKEN': 'glpat-somepersonaltoken' })).toEqual({
      refusal: 'PRIVATE-TOKEN is not accepted: the relay takes a CI job token (JOB-TOKEN)',
    });
  });

  it('refuses a token sent both in JOB-TOKEN and Authorization', () => {
    expect(extract({ 'JOB-TOKEN': TOKEN, Authorization: `Bearer ${TOKEN}` })).toEqual({
      refusal: 'send the job token once, in JOB-TOKEN or Authorization, not both',
    });
  });

  it.each([
    ['another scheme', `Basic ${TOKEN}`],
    ['a scheme before Bearer', `Token Bearer ${TOKEN}`],
    ['a second word after the token', `Bearer ${TOKEN} extra`],
    ['no token after Bearer', 'Bearer'],
  ])('refuses an Authorization header with %s', (_what, value) => {
    expect(extract({ Authorization: value })).toEqual({
      refusal: 'Authorization must be "Bearer <CI job token>"',
    });
  });

  it.each([
    ['JOB-TOKEN', (token: string) => token],
    ['Authorization', (token: string) => `Bearer ${token}`],
  ])('refuses personal, project and OAuth tokens in %s by their prefix', (header, value) => {
    for (const token of ['glpat-abcdefgh1234', 'glptt-abcdefgh1234', 'gloas-abcdefgh1234']) {
      expect(extract({ [header]: value(token) })).toEqual({
        refusal:
          'that is not a CI job token (personal, project, OAuth and other tokens are refused)',
      });
    }
  });

  it('refuses by prefix only: a job token with such letters further on is taken', () => {
    const token = 'glcbt-64_abcglpat-xyz0123';
    expect(extract({ 'JOB-TOKEN': token })).toEqual({ token, via: 'job-token' });
  });

  it('refuses a token shorter than 8 characters as malformed', () => {
    expect(extract({ 'JOB-TOKEN': 'abc1234' })).toEqual({
      refusal: 'the job token is malformed: it must be 8 to 2048 printable ASCII characters',
    });
    expect(extract({ 'JOB-TOKEN': 'abcd1234' })).toEqual({ token: 'abcd1234', via: 'job-token' });
  });
});
