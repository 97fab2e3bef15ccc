// The operations the relay's policy can allow, and which route performs each.

/**
 * What a rule can allow: reading jobs, lists and pipelines, reading logs, the four job actions,
 * creating a pipeline (`pipeline`) and downloading job artifacts (`artifacts`). `cancel` covers a
 * job's cancel and a pipeline's.
 */
export const OPERATIONS = [
  'read',
  'trace',
  'play',
  'retry',
  'cancel',
  'erase',
  'pipeline',
  'artifacts',
] as const;

/** One operation of the policy. */
export type Operation = (typeof OPERATIONS)[number];
