// Reads an RFC 8288 `Link` header, as GitLab sends it on its lists, into a map from rel to URL.

/** Parses an RFC 8288 `Link` header into `{ rel: url }` (a link with several rels is listed under each). */
export function parseLinkHeader(header: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? '')?.[1];
    if (rel && match[1] !== undefined) {
      for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
    }
  }
  return links;
}
