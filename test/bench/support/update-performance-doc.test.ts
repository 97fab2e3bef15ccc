// The generated section of docs/performance.md is replaced between its markers, and nothing else.
import { describe, expect, it } from 'vitest';
import {
  DOC_MARKERS,
  replaceGeneratedSection,
} from '../../../bench/support/update-performance-doc.js';

const document = `# Performance\n\nHand-written.\n\n${DOC_MARKERS.start}\nold table\n${DOC_MARKERS.end}\n\nMore prose.\n`;

describe('replaceGeneratedSection', () => {
  it('replaces what lies between the markers and keeps the text around them', () => {
    const updated = replaceGeneratedSection(document, '| new | table |');
    expect(updated).toBe(
      `# Performance\n\nHand-written.\n\n${DOC_MARKERS.start}\n| new | table |\n${DOC_MARKERS.end}\n\nMore prose.\n`,
    );
  });

  it('gives the same document when run twice with the same section', () => {
    const once = replaceGeneratedSection(document, 'table');
    expect(replaceGeneratedSection(once, 'table')).toBe(once);
  });

  it('refuses a document without both markers, in order', () => {
    expect(() => replaceGeneratedSection('# no markers', 'x')).toThrow('nothing written');
    const reversed = `${DOC_MARKERS.end}\n${DOC_MARKERS.start}\n`;
    expect(() => replaceGeneratedSection(reversed, 'x')).toThrow('nothing written');
  });
});
