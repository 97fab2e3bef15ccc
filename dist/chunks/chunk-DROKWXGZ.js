import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);

// src/steps/parse-duration.ts
var UNIT_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
function parseDuration(text) {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1e3);
  if (value === "") return void 0;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (const match of value.matchAll(PART)) {
    total += Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 0);
    consumed += match[0].length;
  }
  return consumed === value.length ? Math.round(total) : void 0;
}
function formatDuration(ms) {
  if (ms > 0 && ms < 1e3) return `${Math.round(ms)}ms`;
  const seconds = Math.max(0, Math.round(ms / 1e3));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

export {
  parseDuration,
  formatDuration
};
