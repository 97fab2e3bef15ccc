// Removes secrets (tokens, variable values) from text before it reaches a message or a log.

/** What replaces a secret in every message, log line and serialised error. */
export const REDACTED = '[REDACTED]';

/** Returns `text` with every occurrence of each secret (of 4+ characters) replaced by `[REDACTED]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short strings would blank out ordinary words; GitLab tokens are never that short.
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}
