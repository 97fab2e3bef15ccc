// Formats an emulator clock time for the dashboard, in UTC (the scenario's time zone).

/** `2024-06-03 09:00:05` (UTC), or only `09:00:05` when `date` is false. */
export function formatTime(ms: number, date = true): string {
  const iso = new Date(ms).toISOString();
  return date ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(11, 19);
}
