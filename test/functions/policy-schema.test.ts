// A policy the relay refuses says where and why, in words an operator can act on.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../functions/config/relay-config.js';

const RULE = { caller: { projects: ['demo/app'] }, allow: ['read'], targets: ['demo/deploy'] };

function problemOf(document: unknown): string | undefined {
  const parsed = parsePolicy(JSON.stringify(document));
  return 'problem' in parsed ? parsed.problem : undefined;
}

describe('policy validation', () => {
  it('accepts a rule with every field it may have', () => {
    const rule = {
      description: 'all of it',
      caller: {
        projects: [1, 'demo/**', 'demo/app-1.x_y?'],
        refs: ['main'],
        protectedRef: true,
        pipelineSources: ['push'],
        environments: ['prod*'],
      },
      allow: ['read', 'trace', 'play', 'retry', 'cancel', 'erase'],
      targets: [2, 'demo/*'],
      jobs: ['deploy-*'],
      variables: ['TARGET', 'A_1'],
    };
    expect(parsePolicy(JSON.stringify({ version: 1, rules: [rule] }))).toEqual({
      policy: { version: 1, rules: [rule] },
    });
  });

  it.each([
    ['another version', { version: 2, rules: [] }, 'version: the policy version must be 1'],
    [
      'a caller project path with a space',
      { version: 1, rules: [{ ...RULE, caller: { projects: ['demo app'] } }] },
      'rules[0].caller.projects[0]: a path glob uses letters, digits, _ . - / * ?',
    ],
    [
      'a target path with a regular-expression character',
      { version: 1, rules: [{ ...RULE, targets: ['demo/(x|y)'] }] },
      'rules[0].targets[0]: a path glob uses letters, digits, _ . - / * ?',
    ],
    [
      'a caller project that is neither id nor path',
      { version: 1, rules: [{ ...RULE, caller: { projects: [true] } }] },
      'rules[0].caller.projects[0]: a project is a numeric id or a path glob such as "group/*"',
    ],
    [
      'a target that is neither id nor path',
      { version: 1, rules: [RULE, { ...RULE, targets: [null] }] },
      'rules[1].targets[0]: a project is a numeric id or a path glob such as "group/*"',
    ],
    [
      'an operation the relay does not know',
      { version: 1, rules: [{ ...RULE, allow: ['read', 'explode'] }] },
      'rules[0].allow[1]: an operation is one of read, trace, play, retry, cancel, erase, pipeline, artifacts',
    ],
    [
      'a variable key GitLab would refuse',
      { version: 1, rules: [{ ...RULE, variables: ['TARGET', 'A-B'] }] },
      'rules[0].variables[1]: a variable key holds letters, digits and _ (at most 255)',
    ],
    [
      'an empty targetRefs list',
      { version: 1, rules: [{ ...RULE, allow: ['pipeline'], targetRefs: [] }] },
      'rules[0].targetRefs: list at least one ref glob, or leave targetRefs out for any ref',
    ],
    [
      'an empty ref glob',
      { version: 1, rules: [{ ...RULE, allow: ['pipeline'], targetRefs: ['main', ''] }] },
      'rules[0].targetRefs[1]: a ref glob is not empty',
    ],
    [
      'an empty input name',
      { version: 1, rules: [{ ...RULE, allow: ['pipeline'], inputs: [''] }] },
      'rules[0].inputs[0]: an input name is not empty',
    ],
  ])('refuses %s, naming the field and the rule it breaks', (_what, document, problem) => {
    expect(problemOf(document)).toBe(`the policy is invalid at ${problem}`);
  });
});
