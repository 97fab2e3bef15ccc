// Reads the file name out of a Content-Disposition header (RFC 6266: `filename*` over `filename`).

/** The header's file name, reduced to its last path segment; undefined when it names none. */
export function contentDispositionFilename(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)'[^']*'([^;\s]+)/.exec(header)?.[1];
  let name: string | undefined;
  if (extended !== undefined) {
    try {
      name = decodeURIComponent(extended);
    } catch {
      name = undefined;
    }
  }
  if (name === undefined) {
    const match = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
    name = match?.[1]?.replace(/\\(.)/g, '$1') ?? match?.[2];
  }
  // A server's name must not steer where a caller writes: keep only the last segment.
  const base = name?.split(/[/\\]/).pop();
  return base && base !== '.' && base !== '..' ? base : undefined;
}
