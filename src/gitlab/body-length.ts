// The length of a body as its Content-Length gives it, when that says anything about the bytes read.

/**
 * The body's length from `Content-Length`, or undefined when it is missing, malformed, or the
 * body is encoded (after decoding a compressed body, Content-Length says nothing of the bytes read).
 */
export function bodyLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return undefined;
  const value = headers.get('content-length')?.trim();
  if (!value || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}
