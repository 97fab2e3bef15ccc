// The error for bad parameters, rejected before any request is sent.
import { JobRelayError } from './jobrelay-error.js';

/** A parameter or input failed validation; `field` names it, `value` is shown redacted when secret. */
export class InvalidInputError extends JobRelayError {
  readonly code = 'INVALID_INPUT';
  /** The parameter or input that was rejected, e.g. `project` or `variables[0].key`. */
  readonly field: string;
  /** The rejected value as safe to show (`[REDACTED]` for tokens and variable values; empty when none was given). */
  readonly value: string;
  /** Why it was rejected. */
  readonly reason: string;

  constructor(field: string, value: string, reason: string) {
    super(`Invalid ${field}${value ? ` ${value}` : ''}: ${reason}`);
    this.field = field;
    this.value = value;
    this.reason = reason;
  }
}
