// Grape's Integer and Boolean coercion, as dry-types' Params types and Ruby's Integer() do it.
import { describe, expect, it } from 'vitest';
import {
  coerceBoolean,
  coerceInteger,
  isRubyTruthy,
} from '../../../src/emulator/http/ruby-coercion.js';

describe('coerceInteger (Integer(value, 10))', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['\t7\n', 7],
    ['+7', 7],
    ['-5', -5],
    ['012', 12],
    ['1_000', 1000],
    [42, 42],
    [12.9, 12],
  ])('reads %j as %d', (input, expected) => {
    expect(coerceInteger(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['1e3', '0x1A', '0b1', '12abc', '1.5', '1__0', '_1', '1_', 'abc', '+', '- 1'])(
    'refuses %j',
    (input) => {
      expect(coerceInteger(input).ok).toBe(false);
    },
  );

  it('refuses a list, a hash and a non-finite number', () => {
    for (const input of [['1'], { a: '1' }, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(coerceInteger(input).ok).toBe(false);
    }
  });

  it('leaves an empty string as it is, as Grape does', () => {
    expect(coerceInteger('')).toEqual({ ok: true, value: '' });
  });
});

describe('coerceBoolean (dry-types Params::Bool)', () => {
  it.each(['1', 'on', 'On', 'ON', 't', 'true', 'True', 'TRUE', 'T', 'y', 'yes', 'Yes', 'YES', 'Y'])(
    'reads %j as true',
    (input) => {
      expect(coerceBoolean(input)).toEqual({ ok: true, value: true });
    },
  );

  it.each([
    '0',
    'off',
    'Off',
    'OFF',
    'f',
    'false',
    'False',
    'FALSE',
    'F',
    'n',
    'no',
    'No',
    'NO',
    'N',
  ])('reads %j as false', (input) => {
    expect(coerceBoolean(input)).toEqual({ ok: true, value: false });
  });

  it.each(['tRuE', 'yep', '2', ' true', 'nil'])('refuses %j (the lookup is exact)', (input) => {
    expect(coerceBoolean(input).ok).toBe(false);
  });

  it('takes JSON booleans and 0/1 numbers, and leaves an empty string as it is', () => {
    expect(coerceBoolean(true)).toEqual({ ok: true, value: true });
    expect(coerceBoolean(0)).toEqual({ ok: true, value: false });
    expect(coerceBoolean('')).toEqual({ ok: true, value: '' });
  });
});

describe('isRubyTruthy', () => {
  it('is false only for nil and false', () => {
    expect([undefined, null, false].map(isRubyTruthy)).toEqual([false, false, false]);
    expect(['', 0, 'false', []].map(isRubyTruthy)).toEqual([true, true, true, true]);
  });
});
