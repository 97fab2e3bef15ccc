// Makes text from GitLab safe for a terminal: its control characters become spaces.

/** `text` with C0 and C1 control characters and DEL (escape sequences, line breaks) as spaces. */
export function printableText(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : char;
  }).join('');
}
