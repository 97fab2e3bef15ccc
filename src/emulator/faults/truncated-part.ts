// The part of a response a `truncate` fault lets through, read without holding a huge body.

const MAX_READ_BYTES = 2 * 1024 * 1024;

/** The bytes to send (about half the body) and the longer Content-Length to declare. */
export interface TruncatedPart {
  sent: Uint8Array;
  declaredLength: number;
}

/** Reads at most 2 MiB of the body; declares its full length but keeps only half (at least 1 byte short). */
export async function truncatedPart(response: Response): Promise<TruncatedPart> {
  const header = response.headers.get('content-length');
  const chunks: Uint8Array[] = [];
  let read = 0;
  let complete = true;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    read += value.length;
    if (read >= MAX_READ_BYTES) {
      complete = false;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(read);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  const fullLength = header === null ? (complete ? read : read + 1) : Number(header);
  const declaredLength = Math.max(fullLength, 1);
  return { sent: bytes.slice(0, Math.min(read, Math.floor(fullLength / 2))), declaredLength };
}
