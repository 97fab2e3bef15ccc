// The base of jobrelay's one error hierarchy, with a brand that survives bundling.

/** Registry-wide symbol, so `isJobRelayError` works across copies of jobrelay in different bundles. */
export const ERROR_BRAND: unique symbol = Symbol.for('jobrelay.error') as never;

/** Every error jobrelay throws on purpose: its `code` says which kind it is. */
export abstract class JobRelayError extends Error {
  /** A stable, machine-readable kind, e.g. `GITLAB_HTTP_ERROR`. */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    Object.defineProperty(this, ERROR_BRAND, { value: true, enumerable: false });
  }

  /** A plain, token-free description for JSON logs and serialised errors. */
  toJSON(): Record<string, unknown> {
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) own[key] = value;
    return { name: this.name, code: this.code, message: this.message, ...own };
  }
}

/** True for any jobrelay error, even one thrown by another bundled copy of jobrelay. */
export function isJobRelayError(error: unknown): error is JobRelayError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[ERROR_BRAND] === true &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
