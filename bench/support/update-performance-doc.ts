// Writes the generated section of docs/performance.md between its markers, leaving the rest as written.
import { readFileSync, writeFileSync } from 'node:fs';

/** The markers around the generated section. */
export const DOC_MARKERS = {
  start: '<!-- benchmark-results:start -->',
  end: '<!-- benchmark-results:end -->',
} as const;

/** `document` with the text between the markers replaced by `section`; throws without both markers. */
export function replaceGeneratedSection(document: string, section: string): string {
  const start = document.indexOf(DOC_MARKERS.start);
  const end = document.indexOf(DOC_MARKERS.end);
  if (start < 0 || end < start) {
    throw new Error(
      `the document needs ${DOC_MARKERS.start} and, after it, ${DOC_MARKERS.end}: nothing written`,
    );
  }
  return `${document.slice(0, start + DOC_MARKERS.start.length)}\n${section.trim()}\n${document.slice(end)}`;
}

/** Rewrites the generated section of the Markdown file at `path`. */
export function updatePerformanceDoc(path: string, section: string): void {
  writeFileSync(path, replaceGeneratedSection(readFileSync(path, 'utf8'), section));
}
