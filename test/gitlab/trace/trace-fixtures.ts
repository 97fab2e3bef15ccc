// Loads the sectioned job log fixture and cuts texts into pieces for chunking tests.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const FIXTURES = new URL('../../fixtures/steps/', import.meta.url);

/** The bytes of a fixture under test/fixtures/steps/. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

/** The text of a fixture under test/fixtures/steps/. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** `text` cut at the given positions (sorted, deduplicated, within bounds). */
export function cutAt<T extends { slice(start: number, end?: number): T; length: number }>(
  text: T,
  cuts: number[],
): T[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Arbitrary cut positions for fast-check. */
export const arbitraryCuts = fc.array(fc.nat(), { maxLength: 40 });
