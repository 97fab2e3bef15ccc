// A very large, deterministic job log produced on demand as a stream, never held in memory.

const FILLER =
  'jobrelay emulator generated log line: the quick brown fox jumps over the lazy dog. ';
const TARGET_CHUNK_BYTES = 64 * 1024;
const NUMBER_WIDTH = 10;

/**
 * The first `length` bytes of a generated log whose lines are `lineLength` bytes each:
 * a 10-digit line number, a space, filler text, a newline.
 */
export function generatedTraceStream(
  length: number,
  lineLength: number,
): ReadableStream<Uint8Array> {
  const linesPerChunk = Math.max(1, Math.floor(TARGET_CHUNK_BYTES / lineLength));
  const template = chunkTemplate(linesPerChunk, lineLength);
  let position = 0;
  let line = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (position >= length) {
          controller.close();
          return;
        }
        const size = Math.min(template.length, length - position);
        const chunk = template.slice(0, size);
        const lines = Math.ceil(size / lineLength);
        for (let index = 0; index < lines; index++) {
          writeNumber(chunk, index * lineLength, line + index + 1);
        }
        line += lines;
        position += size;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The whole text of a short generated log (for artifact sizes and tests). */
export function generatedLineText(lineNumber: number, lineLength: number): string {
  const number = String(lineNumber).padStart(NUMBER_WIDTH, '0');
  return `${number} ${fillerOf(lineLength - NUMBER_WIDTH - 2)}\n`.slice(0, lineLength);
}

function chunkTemplate(lines: number, lineLength: number): Uint8Array {
  const line = new TextEncoder().encode(generatedLineText(0, lineLength));
  const template = new Uint8Array(lines * lineLength);
  for (let index = 0; index < lines; index++) template.set(line, index * lineLength);
  return template;
}

// Writes the line number's digits in place; a chunk cut short simply drops the digits past its end.
function writeNumber(chunk: Uint8Array, offset: number, value: number): void {
  let rest = value;
  for (let digit = NUMBER_WIDTH - 1; digit >= 0; digit--) {
    const at = offset + digit;
    if (at < chunk.length) chunk[at] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}

function fillerOf(length: number): string {
  if (length <= 0) return '';
  return FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length);
}
