// The policy's globs, edge by edge: `*` within a segment, `**` across segments, `?` one character, anchored, the rest literal.
import { describe, expect, it } from 'vitest';
import { globMatch } from '../../functions/policy/glob-match.js';

describe('globMatch', () => {
  it.each([
    // [pattern, value, matches]
    ['demo/*', 'demo/app', true],
    ['demo/*', 'demo/', true],
    ['demo/*', 'demo/app/sub', false],
    ['*', 'main', true],
    ['*', 'release/1', false],
    ['deploy-*', 'deploy-prod', true],
    ['*-prod', 'deploy-prod', true],
    ['*-prod', 'deploy/x-prod', false],
    ['de*oy', 'deploy', true],
    ['de*oy', 'de/ploy', false],
  ])('`*` stays within a segment: %s against %s → %s', (pattern, value, matches) => {
    expect(globMatch(pattern, value)).toBe(matches);
  });

  it.each([
    ['demo/**', 'demo/app', true],
    ['demo/**', 'demo/app/sub/deeper', true],
    ['demo/**', 'other/app', false],
    ['**', 'a/b/c', true],
    ['**/deploy', 'a/b/deploy', true],
    ['**/deploy', 'a/b/deploy-x', false],
    ['a/**/z', 'a/b/c/z', true],
    ['a/**/z', 'b/c/z', false],
    ['release/**', 'release', false],
  ])('`**` crosses segments: %s against %s → %s', (pattern, value, matches) => {
    expect(globMatch(pattern, value)).toBe(matches);
  });

  it('reads `**` as one wildcard, not two: the character after it is still literal', () => {
    // Were `**` read as `*` twice, `a**b` would not cross `/`; were its second `*` read again, the `b` would be lost.
    expect(globMatch('a**b', 'a/x/b')).toBe(true);
    expect(globMatch('a**b', 'a/x/c')).toBe(false);
    expect(globMatch('a**', 'a/b/c')).toBe(true);
    expect(globMatch('***', 'a/b')).toBe(true);
  });

  it.each([
    ['v?', 'v1', true],
    ['v?', 'v', false],
    ['v?', 'v12', false],
    ['a?b', 'a/b', false],
    ['release-?.?', 'release-1.2', true],
  ])('`?` is exactly one character but `/`: %s against %s → %s', (pattern, value, matches) => {
    expect(globMatch(pattern, value)).toBe(matches);
  });

  it.each([
    ['main', 'main', true],
    ['main', 'xmain', false],
    ['main', 'mainx', false],
    ['main', 'maintenance', false],
    ['demo/app', 'other/demo/app', false],
    ['', '', true],
    ['', 'x', false],
  ])('is anchored at both ends: %s against %s → %s', (pattern, value, matches) => {
    expect(globMatch(pattern, value)).toBe(matches);
  });

  it.each([
    ['v1.0', 'v1.0', true],
    ['v1.0', 'v1x0', false],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['(x|y)', '(x|y)', true],
    ['(x|y)', 'x', false],
    ['[ab]', '[ab]', true],
    ['[ab]', 'a', false],
    ['x{2}', 'x{2}', true],
    ['x{2}', 'xx', false],
    ['^main$', '^main$', true],
    ['^main$', 'main', false],
    ['a\\d', 'a\\d', true],
    ['a\\d', 'a1', false],
    ['a/b', 'a/b', true],
  ])(
    'takes regular-expression characters literally: %s against %s → %s',
    (pattern, value, matches) => {
      expect(globMatch(pattern, value)).toBe(matches);
    },
  );

  it('answers the same for a pattern seen before (its compiled form is reused)', () => {
    expect(globMatch('cache-*', 'cache-a')).toBe(true);
    expect(globMatch('cache-*', 'cache-b')).toBe(true);
    expect(globMatch('cache-*', 'other')).toBe(false);
    expect(globMatch('cache-*', 'cache-a/b')).toBe(false);
  });
});
