// The operations the relay's policy can allow, and which route performs each.

/** What a rule can allow: reading jobs and lists, reading logs, and the four job actions. */
export const OPERATIONS = ['read', 'trace', 'play', 'retry', 'cancel', 'erase'] as const;

/** One operation of the policy. */
export type Operation = (typeof OPERATIONS)[number];
