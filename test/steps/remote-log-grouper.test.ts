// Sections become flat groups: the inner one closes the outer, which continues after it.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/gitlab/trace/trace-section-parser.js';
import { createRemoteLogGrouper } from '../../src/steps/remote-log-grouper.js';
import { fixtureText } from '../gitlab/trace/trace-fixtures.js';
import { recordingReporter } from './support/recording-reporter.js';

function shown(events: TraceEvent[]): string {
  const reporter = recordingReporter();
  const grouper = createRemoteLogGrouper(reporter);
  grouper.push(events);
  grouper.close();
  return reporter.shownLog();
}

const start = (name: string): TraceEvent => ({
  type: 'section-start',
  name,
  header: name.toUpperCase(),
  collapsed: false,
  time: 1,
});
const end = (name: string): TraceEvent => ({ type: 'section-end', name, time: 2 });
const text = (value: string): TraceEvent => ({ type: 'text', text: value });

describe('createRemoteLogGrouper', () => {
  it('groups the sectioned log, flattening the nested section', () => {
    const events = JSON.parse(fixtureText('sectioned-job.events.json')) as TraceEvent[];
    expect(shown(events)).toBe(fixtureText('sectioned-job.grouped.txt'));
  });

  it('opens no group for a section without text', () => {
    expect(shown([start('a'), end('a'), text('x\n')])).toBe('x\n');
  });

  it('opens no group for an outer section whose text all sits in the inner one', () => {
    expect(shown([start('a'), start('b'), text('x\n'), end('b'), end('a')])).toBe(
      '[group: B]\nx\n[end]\n',
    );
  });

  it('closes inner sections left open when their outer section ends', () => {
    expect(shown([start('a'), start('b'), end('a'), text('after\n')])).toBe('after\n');
  });

  it('ignores the end of a section that never started', () => {
    expect(shown([start('a'), text('1\n'), end('zzz'), text('2\n'), end('a')])).toBe(
      '[group: A]\n1\n2\n[end]\n',
    );
  });

  it('closes the group left open when the log ends inside a section', () => {
    expect(shown([start('a'), text('cut short')])).toBe('[group: A]\ncut short[end]\n');
  });
});
