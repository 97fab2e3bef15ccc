// A byte stream transform that strips ANSI codes and section markers, leaving every other byte as is.
import { createAnsiStripper } from './ansi-stripper.js';

// Converting a big chunk in one call would overflow the argument list of String.fromCharCode.
const SLICE = 8192;

/**
 * Strips ANSI codes and GitLab section markers from a byte stream in constant memory. It works
 * byte by byte (one character per byte), so UTF-8 text, even split across chunks, passes intact.
 */
export function stripAnsiStream(): TransformStream<Uint8Array, Uint8Array> {
  const stripper = createAnsiStripper();
  const emit = (controller: TransformStreamDefaultController<Uint8Array>, text: string) => {
    if (text.length > 0) controller.enqueue(binaryToBytes(text));
  };
  return new TransformStream({
    transform(chunk, controller) {
      emit(controller, stripper.push(bytesToBinary(chunk)));
    },
    flush(controller) {
      emit(controller, stripper.end());
    },
  });
}

function bytesToBinary(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    text += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return text;
}

function binaryToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}
