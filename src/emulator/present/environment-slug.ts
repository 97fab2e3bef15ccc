// An environment's slug, generated as GitLab's Gitlab::Slug::Environment does for CI_ENVIRONMENT_SLUG.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The slug GitLab gives an environment name: lowercase letters, digits and single dashes, starting
 * with a letter, at most 24 characters, and — when slugifying changed the name — cut to 17
 * characters plus a 6-character suffix from the name's SHA-256, so `review/123` becomes
 * `review-123-` + suffix. Follows lib/gitlab/slug/environment.rb (gitlabhq/gitlabhq@41fc4d1e).
 */
export function environmentSlug(name: string): string {
  let slug = name.toLowerCase().replace(/[^a-z0-9]/g, '-');
  if (!/^[a-z]/.test(slug)) slug = `env-${slug}`;
  slug = slug.replace(/-+/g, '-');
  if (slug.length > 24 || slug !== name) {
    slug = slug.slice(0, 17);
    if (!slug.endsWith('-')) slug += '-';
    return slug + suffix(name);
  }
  return slug.endsWith('-') ? slug.slice(0, -1) : slug;
}

// Ruby: Digest::SHA2.hexdigest(name).to_i(16).to_s(36).last(6).
function suffix(name: string): string {
  return BigInt(`0x${bytesToHex(sha256(utf8ToBytes(name)))}`)
    .toString(36)
    .slice(-6);
}
