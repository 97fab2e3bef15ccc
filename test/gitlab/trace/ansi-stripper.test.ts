// Stripping ANSI codes and section markers from text that arrives in arbitrary pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnsiStripper, stripAnsi } from '../../../src/gitlab/trace/ansi-stripper.js';
import { arbitraryCuts, cutAt, fixtureText } from './trace-fixtures.js';

const E = '\u001b';

function stripPieces(pieces: string[]): string {
  const stripper = createAnsiStripper();
  return pieces.map((piece) => stripper.push(piece)).join('') + stripper.end();
}

describe('stripAnsi', () => {
  it('turns the sectioned log into plain text: headers kept, section-end lines gone', () => {
    expect(stripAnsi(fixtureText('sectioned-job.log'))).toBe(
      fixtureText('sectioned-job.stripped.txt'),
    );
  });

  it('removes colour codes', () => {
    expect(stripAnsi(`${E}[31;1mred${E}[0;m plain ${E}[1mbold${E}[0m`)).toBe('red plain bold');
  });

  it('removes OSC sequences ended by BEL or ST', () => {
    expect(stripAnsi(`a${E}]0;title\u0007b${E}]8;;https://x.test${E}\\link${E}]8;;${E}\\c`)).toBe(
      'ablinkc',
    );
  });

  it('removes two-character escapes and drops a lone ESC', () => {
    expect(stripAnsi(`a${E}Mb${E}`)).toBe('ab');
  });

  it('keeps a section end that shares its line with text, minus the marker', () => {
    expect(stripAnsi(`done${E}[0Ksection_end:1:x\r${E}[0K\nnext\n`)).toBe('done\nnext\n');
  });

  it('leaves text that only looks like a marker alone', () => {
    expect(stripAnsi('section_start:1:x\rheader\n')).toBe('section_start:1:x\rheader\n');
  });
});

describe('createAnsiStripper', () => {
  it('holds a colour code split across two pieces until it completes', () => {
    const stripper = createAnsiStripper();
    expect(stripper.push(`red${E}[3`)).toBe('red');
    expect(stripper.push('1mtext')).toBe('text');
  });

  it('holds a section marker split after its CSI until it completes', () => {
    const stripper = createAnsiStripper();
    expect(stripper.push(`${E}[0Ksect`)).toBe('');
    expect(stripper.push(`ion_start:1:build\r${E}[0KBuilding\n`)).toBe('Building\n');
  });

  it('waits for the newline after a section end before deciding the line is empty', () => {
    const stripper = createAnsiStripper();
    expect(stripper.push(`a\n${E}[0Ksection_end:1:x\r${E}[0K`)).toBe('a\n');
    expect(stripper.push('\nb\n')).toBe('b\n');
  });

  it('gives the same text for any chunking of the sectioned log', () => {
    const log = fixtureText('sectioned-job.log');
    const expected = stripAnsi(log);
    fc.assert(
      fc.property(arbitraryCuts, (cuts) => {
        expect(stripPieces(cutAt(log, cuts))).toBe(expected);
      }),
    );
  });

  it('gives the same text for any chunking of arbitrary logs made of codes and markers', () => {
    const piece = fc.constantFrom(
      'text ',
      'é',
      '\n',
      '\r',
      `${E}[32;1m`,
      `${E}[0;m`,
      `${E}[0K`,
      `${E}]0;t\u0007`,
      `${E}[0Ksection_start:17:a_b[collapsed=true]\r${E}[0K`,
      `${E}[0Ksection_end:17:a_b\r${E}[0K`,
      `${E}[0Ksection_`,
      E,
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), arbitraryCuts, (pieces, cuts) => {
        const log = pieces.join('');
        expect(stripPieces(cutAt(log, cuts))).toBe(stripAnsi(log));
      }),
    );
  });
});
