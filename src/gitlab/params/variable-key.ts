// GitLab's rule for CI/CD variable keys (Ci::HasVariable): letters, digits and `_`, 1 to 255 characters.

/** The characters a variable key may hold: letters, digits and underscores, at least one. */
export const VARIABLE_KEY_PATTERN = /^[A-Za-z0-9_]+$/;

/** The longest variable key GitLab accepts. */
export const MAX_VARIABLE_KEY_LENGTH = 255;

/** True when `key` is a variable key GitLab accepts: letters, digits and `_`, at most 255 characters. */
export function isVariableKey(key: string): boolean {
  return key.length <= MAX_VARIABLE_KEY_LENGTH && VARIABLE_KEY_PATTERN.test(key);
}
