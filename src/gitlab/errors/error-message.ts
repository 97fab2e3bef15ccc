// The message of anything thrown: an Error's own message, or the thrown value as text.

/** `error.message` for an Error, `String(error)` for anything else that was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
