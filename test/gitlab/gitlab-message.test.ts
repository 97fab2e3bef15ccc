// GitLab's message is read from every error body shape, and reading never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGitLabMessage } from '../../src/gitlab/gitlab-message.js';

describe('readGitLabMessage', () => {
  it.each([
    ['{"message":"404 Project Not Found"}', 'application/json', '404 Project Not Found'],
    ['{"message":{"base":["Job is not retryable"]}}', 'application/json', 'Job is not retryable'],
    [
      '{"message":{"name":["is too long"],"key":["is invalid"]}}',
      'application/json',
      'name is too long; key is invalid',
    ],
    [
      '{"error":"scope does not have a valid value"}',
      'application/json',
      'scope does not have a valid value',
    ],
    [
      '{"message":{"error":"This endpoint has been requested too many times. Try again later."}}',
      'application/json',
      'This endpoint has been requested too many times. Try again later.',
    ],
    ['Retry later\n', 'text/plain', 'Retry later'],
    [
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      'text/html',
      '502 Bad Gateway (HTML page, likely from a proxy in front of GitLab)',
    ],
    [
      '<html><body><h1>GitLab is not responding</h1></body></html>',
      null,
      'GitLab is not responding (HTML page, likely from a proxy in front of GitLab)',
    ],
    ['', 'application/json', 'Bad Gateway'],
    ['{"message":', 'application/json', '{"message":'],
  ])('reads %j', (body, contentType, expected) => {
    expect(readGitLabMessage(body, contentType, 'Bad Gateway')).toBe(expected);
  });

  it('cuts very long bodies', () => {
    expect(readGitLabMessage('x'.repeat(10_000), 'text/plain', '').length).toBeLessThanOrEqual(501);
  });

  it('never throws and always returns a non-empty string, whatever the body', () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify({ message: value })),
      fc.jsonValue().map((value) => JSON.stringify({ error: value })),
      fc.jsonValue().map((value) => JSON.stringify({ message: { error: value } })),
    );
    fc.assert(
      fc.property(
        bodies,
        fc.constantFrom(null, 'application/json', 'text/html', 'text/plain'),
        (body, type) => {
          const message = readGitLabMessage(body, type, 'fallback');
          expect(typeof message).toBe('string');
          expect(message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
