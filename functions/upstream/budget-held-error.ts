// The error for a request the relay holds back because the service token's rate limit is nearly spent.

/** Thrown instead of asking GitLab while the service token's budget is held; answered 429 with Retry-After. */
export class BudgetHeldError extends Error {
  override readonly name = 'BudgetHeldError';
  /** Seconds until the budget is expected back. */
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(`the relay's GitLab rate limit is nearly spent; retry in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
