// The deterministic content of an archive file a scenario gives only as a byte count.

/** How many bytes one generated block holds; a file's content repeats its block. */
export const GENERATED_BLOCK_BYTES = 64 * 1024;

/**
 * The block a generated file of that path repeats: pseudo-random bytes (xorshift32) seeded from
 * the path, so two files differ and the same scenario always yields the same archive.
 */
export function generatedBlock(path: string): Uint8Array {
  // FNV-1a of the path seeds the generator; a zero seed would stay zero.
  let seed = 0x811c9dc5;
  for (let index = 0; index < path.length; index++) {
    seed ^= path.charCodeAt(index);
    seed = Math.imul(seed, 0x01000193) >>> 0;
  }
  let state = seed || 1;
  const block = new Uint8Array(GENERATED_BLOCK_BYTES);
  const words = new Uint32Array(block.buffer);
  for (let index = 0; index < words.length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    words[index] = state;
  }
  return block;
}
