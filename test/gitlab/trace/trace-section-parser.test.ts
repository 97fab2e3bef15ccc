// Turning GitLab section markers into events, whatever the chunking of the log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTraceSectionParser,
  type TraceEvent,
} from '../../../src/gitlab/trace/trace-section-parser.js';
import { arbitraryCuts, cutAt, fixtureText } from './trace-fixtures.js';

const E = '\u001b';

function parse(pieces: string[]): TraceEvent[] {
  const parser = createTraceSectionParser();
  const events = pieces.flatMap((piece) => parser.push(piece));
  events.push(...parser.end());
  // Chunking may split text events differently; only their concatenation matters.
  const merged: TraceEvent[] = [];
  for (const event of events) {
    const last = merged[merged.length - 1];
    if (event.type === 'text' && last?.type === 'text') last.text += event.text;
    else merged.push({ ...event });
  }
  return merged;
}

describe('createTraceSectionParser', () => {
  it('turns the sectioned log into the expected events', () => {
    const expected = JSON.parse(fixtureText('sectioned-job.events.json'));
    expect(parse([fixtureText('sectioned-job.log')])).toEqual(expected);
  });

  it('sees a marker split across two pieces', () => {
    const parser = createTraceSectionParser();
    expect(parser.push(`${E}[0Ksection_st`)).toEqual([]);
    expect(parser.push(`art:5:build\r${E}[0KBuild\nok\n`)).toEqual([
      { type: 'section-start', name: 'build', header: 'Build', collapsed: false, time: 5 },
      { type: 'text', text: 'ok\n' },
    ]);
  });

  it('releases text a whole line at a time', () => {
    const parser = createTraceSectionParser();
    expect(parser.push('partial')).toEqual([]);
    expect(parser.push(' line\nnext')).toEqual([{ type: 'text', text: 'partial line\n' }]);
    expect(parser.end()).toEqual([{ type: 'text', text: 'next' }]);
  });

  it('finds a section end that follows text on the same line', () => {
    expect(parse([`done${E}[0Ksection_end:9:build\r${E}[0K\n`])).toEqual([
      { type: 'text', text: 'done' },
      { type: 'section-end', name: 'build', time: 9 },
      { type: 'text', text: '\n' },
    ]);
  });

  it('reads collapsed=true among other options', () => {
    const [event] = parse([`${E}[0Ksection_start:1:a[foo=1,collapsed=true]\r${E}[0KA\n`]);
    expect(event).toMatchObject({ type: 'section-start', collapsed: true, header: 'A' });
  });

  it('uses the section name when the header is empty', () => {
    const [event] = parse([`${E}[0Ksection_start:1:setup\r${E}[0K\n`]);
    expect(event).toMatchObject({ type: 'section-start', header: 'setup' });
  });

  it('lets a line longer than the limit through before its end', () => {
    const parser = createTraceSectionParser({ maxPendingLength: 10 });
    expect(parser.push('0123456789ABC')).toEqual([{ type: 'text', text: '0123456789ABC' }]);
  });

  it('gives the same events for any chunking of the sectioned log', () => {
    const log = fixtureText('sectioned-job.log');
    const expected = parse([log]);
    fc.assert(
      fc.property(arbitraryCuts, (cuts) => {
        expect(parse(cutAt(log, cuts))).toEqual(expected);
      }),
    );
  });

  it('gives the same events for any chunking of arbitrary logs', () => {
    const piece = fc.constantFrom(
      'text',
      '\n',
      `${E}[31m`,
      `${E}[0Ksection_start:3:s1[collapsed=true]\r${E}[0K`,
      `${E}[0Ksection_start:4:s2\r${E}[0K${E}[36;1mHeader${E}[0;m`,
      `${E}[0Ksection_end:5:s1\r${E}[0K`,
      `${E}[0Ksection_end:6:s2\r${E}[0K`,
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), arbitraryCuts, (pieces, cuts) => {
        const log = pieces.join('');
        expect(parse(cutAt(log, cuts))).toEqual(parse([log]));
      }),
    );
  });
});
