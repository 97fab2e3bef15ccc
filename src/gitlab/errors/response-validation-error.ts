// The error for a GitLab answer whose body does not match the expected schema.
import { JobRelayError } from './jobrelay-error.js';

/** One mismatch between a response and its schema. */
export interface ResponseIssue {
  /** Dotted path of the field, e.g. `[3].pipeline.id` (empty for the body itself). */
  field: string;
  message: string;
}

/** GitLab answered with a success status, but the body broke the endpoint's schema. */
export class ResponseValidationError extends JobRelayError {
  readonly code = 'RESPONSE_VALIDATION_ERROR';
  /** The core function whose response failed, e.g. `getJob`. */
  readonly endpoint: string;
  /** The route, e.g. `GET /projects/:id/jobs/:job_id`. */
  readonly route: string;
  readonly issues: ResponseIssue[];

  constructor(endpoint: string, route: string, issues: ResponseIssue[]) {
    const first = issues[0];
    const where = first
      ? `${first.field ? `field "${first.field}"` : 'body'}: ${first.message}`
      : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`Unexpected response from GitLab for ${endpoint} (${route}): ${where}${more}`);
    this.endpoint = endpoint;
    this.route = route;
    this.issues = issues;
  }
}
