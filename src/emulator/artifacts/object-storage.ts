// The emulator's stand-in for object storage: signed, expiring links to artifacts archives on another origin.
import type { ArtifactSpec } from '../state/records.js';

/** How long a signed link works, as GitLab's presigned URLs (fog's default) do: minutes. */
export const SIGNED_LINK_TTL_MS = 10 * 60 * 1000;

/** The path prefix object storage answers under (outside `/api/v4` and the control API). */
export const OBJECT_STORAGE_PATH = '/-/object-storage';

/** One signed link: which archive, until when. */
interface SignedLink {
  artifact: ArtifactSpec;
  expiresAt: number;
}

/** Signed links to archives, by key (random, unguessable). */
export class ObjectStorage {
  readonly #links = new Map<string, SignedLink>();

  /** Signs a link to `artifact`, valid for {@link SIGNED_LINK_TTL_MS} from `now`; returns its key. */
  sign(artifact: ArtifactSpec, now: number): string {
    this.#forgetExpired(now);
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const key = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    this.#links.set(key, { artifact, expiresAt: now + SIGNED_LINK_TTL_MS });
    return key;
  }

  /** The archive a key signs, while its link is valid. */
  open(key: string, now: number): ArtifactSpec | undefined {
    const link = this.#links.get(key);
    if (!link || link.expiresAt <= now) return undefined;
    return link.artifact;
  }

  #forgetExpired(now: number): void {
    for (const [key, link] of this.#links) if (link.expiresAt <= now) this.#links.delete(key);
  }
}

/**
 * The origin object storage answers on, as seen from a request that reached GitLab at
 * `requestUrl`: another origin, so a client that sends its GitLab token there is caught —
 * `127.0.0.1` ↔ `localhost` over loopback, `objects.<host>` in memory (any host reaches the app).
 */
export function objectStorageOrigin(requestUrl: URL): string {
  const url = new URL(requestUrl.origin);
  if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
  else if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  else if (!/^[\d.]+$|^\[/.test(url.hostname)) url.hostname = `objects.${url.hostname}`;
  return url.origin;
}
