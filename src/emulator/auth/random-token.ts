// Random tokens in GitLab's formats: `glpat-…` for people, `glcbt-…` for running jobs.
import type { TokenGenerator } from '../state/emulator-state.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A prefix followed by random characters from GitLab's token alphabet (20 for glpat-, else 32). */
export const randomToken: TokenGenerator = (prefix) => {
  const bytes = crypto.getRandomValues(new Uint8Array(prefix === 'glpat-' ? 20 : 32));
  let token = prefix;
  for (const byte of bytes) token += ALPHABET[byte % ALPHABET.length];
  return token;
};
