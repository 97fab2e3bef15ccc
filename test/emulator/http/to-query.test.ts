// ActiveSupport's Hash#to_query, which GitLab's pagination links are built with.
import { describe, expect, it } from 'vitest';
import { cgiEscape, toQuery } from '../../../src/emulator/http/to-query.js';

describe('toQuery', () => {
  it('sorts the pairs and nests arrays as key[]', () => {
    expect(toQuery({ per_page: 20, scope: ['failed', 'success'], id: 'group/app', page: 2 })).toBe(
      'id=group%2Fapp&page=2&per_page=20&scope%5B%5D=failed&scope%5B%5D=success',
    );
  });

  it('writes booleans and nil as Ruby does, and leaves empty lists out', () => {
    expect(toQuery({ include_retried: false, cursor: null, scope: [] })).toBe(
      'cursor=&include_retried=false',
    );
  });

  it('nests hashes as key[sub]', () => {
    expect(toQuery({ a: { c: '2', b: '1' } })).toBe('a%5Bb%5D=1&a%5Bc%5D=2');
  });
});

describe('cgiEscape', () => {
  it('keeps letters, digits and _ . - ~, turns spaces into + and encodes the rest', () => {
    expect(cgiEscape("a b~c.d-e_f!'()*/")).toBe('a+b~c.d-e_f%21%27%28%29%2A%2F');
  });
});
