// Lists of strings as GitLab writes an array input out: JSON (to_json) or Ruby's inspect (to_s).
import { describe, expect, it } from 'vitest';
import { parseVariables } from '../../src/steps/parse-variables.js';
import { readStringList } from '../../src/steps/read-string-list.js';

describe('readStringList', () => {
  it.each([
    ['[]', []],
    ['[]\n', []],
    ['["A=1","B=2"]', ['A=1', 'B=2']],
    ['["A=1", "B=x\\ny"]', ['A=1', 'B=x\ny']],
    ['["Q=\\"q\\" \\\\ \\/"]', ['Q="q" \\ /']],
    ['["U=\\u00e9\\u003cb\\u003e \\ud83d\\ude00"]', ['U=é<b> 😀']],
    ['["R=\\#{x} \\e[31m \\a \\u{1F600} \\x41"]', ['R=#{x} \u001b[31m \u0007 😀 A']],
  ])('reads %j', (text, items) => {
    expect(readStringList(text)).toEqual(items);
  });

  it.each(['', 'A=1', '["A=1"', '["A=1",]', '["A=1"] x', '[1]', "['A=1']", '["\\u12"]'])(
    'refuses %j',
    (text) => {
      expect(readStringList(text)).toBeUndefined();
    },
  );
});

describe('parseVariables', () => {
  it('reads KEY=VALUE lines', () => {
    expect(parseVariables('A=1\n# note\n\nB=x=y')).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'x=y' },
    ]);
  });

  it('reads a list, a value holding line breaks', () => {
    expect(parseVariables('["A=1", "NOTES=one\\ntwo"]\n')).toEqual([
      { key: 'A', value: '1' },
      { key: 'NOTES', value: 'one\ntwo' },
    ]);
  });

  it('names the item of a list that is wrong', () => {
    expect(parseVariables('["A=1", "B"]')).toBe('item 2 must be KEY=VALUE');
    expect(parseVariables('["A=1", "B')).toMatch(/the list does not parse/);
  });
});
