// The summary's log tail: the last lines only, ANSI codes removed, memory bounded.
import { describe, expect, it } from 'vitest';
import { createLogTail } from '../../src/steps/log-tail.js';

describe('createLogTail', () => {
  it('keeps the last lines, across pieces that split lines', () => {
    const tail = createLogTail(2);
    tail.push('one\ntw');
    tail.push('o\nthree\nfo');
    tail.push('ur\n');
    expect(tail.lines()).toEqual(['three', 'four']);
  });

  it('includes an unfinished last line', () => {
    const tail = createLogTail(2);
    tail.push('one\ntwo\nthr');
    expect(tail.lines()).toEqual(['two', 'thr']);
  });

  it('removes colour codes, even split across pieces', () => {
    const tail = createLogTail(1);
    tail.push('\u001b[3');
    tail.push('2mgreen\u001b[0m\n');
    expect(tail.lines()).toEqual(['green']);
  });

  it('shows only the last state of a line redrawn with carriage returns', () => {
    const tail = createLogTail(1);
    tail.push('10%\r50%\r100%\n');
    expect(tail.lines()).toEqual(['100%']);
  });

  it('cuts very long lines', () => {
    const tail = createLogTail(1);
    tail.push(`${'x'.repeat(10_000)}\n`);
    expect(tail.lines()[0]).toHaveLength(501);
  });

  it('keeps nothing when asked for no lines', () => {
    const tail = createLogTail(0);
    tail.push('a\nb\n');
    expect(tail.lines()).toEqual([]);
  });
});
