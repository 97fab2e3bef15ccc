// Number formatting for the benchmark table: few digits, enough to compare.

/** Formats a figure with about three significant digits (integers from 100 up). */
export function formatNumber(value: number): string {
  const size = Math.abs(value);
  if (size >= 100 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  if (size >= 10) return value.toFixed(1);
  if (size >= 1) return value.toFixed(2);
  if (size === 0) return '0';
  return value.toPrecision(2);
}
