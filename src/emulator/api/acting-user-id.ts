// The user an API call acts as, whatever credential it came with.
import type { Identity } from '../auth/identity.js';

/** The acting user's id, or null (a job token whose pipeline has no user). */
export function actingUserId(identity: Identity): number | null {
  return identity.user?.id ?? null;
}
