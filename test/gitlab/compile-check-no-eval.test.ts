// Where code generation is refused (Workers while serving a request), the compiled check falls back to closures.
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileCheck } from '../../src/gitlab/compile-check.js';

afterEach(() => vi.unstubAllGlobals());

describe('compileCheck where code generation is refused', () => {
  it('checks with closures instead, and stops trying to generate', () => {
    const refused = vi.fn(() => {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    vi.stubGlobal('Function', refused);
    const check = compileCheck(v.looseObject({ id: v.number() }));
    expect(check?.({ id: 1 })).toBe(true);
    expect(check?.({ id: '1' })).toBe(false);
    expect(refused).toHaveBeenCalledTimes(1);
    // A second schema does not try again.
    expect(compileCheck(v.looseObject({ name: v.string() }))?.({ name: 'x' })).toBe(true);
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
