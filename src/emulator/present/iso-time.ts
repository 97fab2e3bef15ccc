// Timestamps the way GitLab's API writes them: ISO 8601 in UTC with milliseconds.

/** `2015-12-24T15:51:21.802Z` for an epoch-ms time; null stays null. */
export function isoTime(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Seconds between two epoch-ms times, as GitLab's float durations; null when not started. */
export function seconds(from: number | null, to: number): number | null {
  return from === null ? null : Math.max(0, to - from) / 1000;
}
