// Deterministic fake commit SHAs, so the same scenario always shows the same commits.

/** A 40-hex-digit SHA derived from a seed string (FNV-1a, repeated; not cryptographic). */
export function shaFor(seed: string): string {
  let hex = '';
  let hash = 0x811c9dc5;
  for (let round = 0; hex.length < 40; round++) {
    for (const char of `${seed}:${round}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hex += hash.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 40);
}
