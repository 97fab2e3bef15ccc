// Detects C0 control characters and DEL, which must never reach a URL path or a header.

/** True when `text` holds a character below U+0020 or U+007F. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
