// Reads GitLab's own error message out of every body shape GitLab and its proxies send.

const MAX_MESSAGE_LENGTH = 500;

/**
 * Returns the human message in a GitLab error body: `{"message": "..."}`,
 * `{"message": {"field": ["..."]}}`, `{"error": "..."}`, `{"message": {"error": "..."}}`,
 * plain text, or an HTML page from a load balancer. Never throws.
 */
export function readGitLabMessage(
  body: string,
  contentType: string | null,
  fallback: string,
): string {
  const text = body.trim();
  if (text === '') return fallback;
  if (looksLikeJson(text, contentType)) {
    try {
      const message = messageFromJson(JSON.parse(text));
      if (message) return clip(message);
    } catch {
      // Not JSON after all (a proxy mislabelled it): fall through to the text readers.
    }
  }
  if (/^\s*<(!doctype|html|head|body)/i.test(text) || contentType?.includes('html')) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1]?.trim();
    const heading = title || h1;
    return clip(
      heading ? `${heading} (HTML page, likely from a proxy in front of GitLab)` : fallback,
    );
  }
  return clip(text.replace(/\s+/g, ' '));
}

function looksLikeJson(text: string, contentType: string | null): boolean {
  return Boolean(contentType?.includes('json')) || text.startsWith('{') || text.startsWith('[');
}

function messageFromJson(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const parts = value.map(messageFromJson).filter((part): part is string => Boolean(part));
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['message', 'error', 'error_description']) {
    if (key in record) {
      const inner = record[key];
      if (typeof inner === 'string') return inner;
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
        return messageFromFields(inner as Record<string, unknown>);
      }
      const fromInner = messageFromJson(inner);
      if (fromInner) return fromInner;
    }
  }
  return undefined;
}

// `{"message": {"base": ["..."], "name": ["is invalid"]}}` → `base ...; name is invalid`.
function messageFromFields(fields: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  for (const [field, detail] of Object.entries(fields)) {
    const text = messageFromJson(detail);
    if (!text) continue;
    parts.push(field === 'error' || field === 'base' ? text : `${field} ${text}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}
