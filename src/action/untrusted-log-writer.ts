// Writes a remote log into the GitHub Actions log so that nothing in it can run as a workflow command.

/** Writes untrusted text with workflow commands stopped, and resumes them for our own commands. */
export interface UntrustedLogWriter {
  /** Writes remote text; workflow commands are off from the first byte of it. */
  text(text: string): void;
  /** Turns workflow commands back on (at a line start) before the action issues one of its own. */
  resume(): void;
}

/**
 * Creates a writer over `write` (e.g. `process.stdout.write`). Remote text goes between
 * `::stop-commands::<token>` and `::<token>::`, with a fresh random token each time, so a log
 * cannot turn commands back on: it cannot know the token until after it was used.
 */
export function createUntrustedLogWriter(
  write: (text: string) => void,
  newToken: () => string = randomToken,
): UntrustedLogWriter {
  let stoppedWith: string | undefined;
  let atLineStart = true;
  const out = (text: string) => {
    if (!text) return;
    write(text);
    atLineStart = text.endsWith('\n');
  };
  return {
    text(text) {
      if (!text) return;
      if (stoppedWith === undefined) {
        stoppedWith = newToken();
        if (!atLineStart) out('\n');
        out(`::stop-commands::${stoppedWith}\n`);
      }
      out(text);
    },
    resume() {
      if (stoppedWith === undefined) return;
      // A command is only recognised at the start of a line.
      if (!atLineStart) out('\n');
      out(`::${stoppedWith}::\n`);
      stoppedWith = undefined;
    },
  };
}

/** 128 random bits as hex: the stop-commands token. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
