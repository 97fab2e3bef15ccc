// An error as --json prints it on stdout: {"error": {"code", "message", "exitCode", …}}.
import {
  isGitLabHttpError,
  isInvalidInputError,
  isNetworkError,
} from '../gitlab/errors/is-error.js';
import { isJobRelayError } from '../gitlab/errors/jobrelay-error.js';
import { inputLabel } from '../steps/describe-step-error.js';

/**
 * The error object: jobrelay's `code` (`UNEXPECTED` for anything else), the message as stderr
 * shows it, the exit code, and what names the failure: the option, or the HTTP status and request.
 * Nothing else of the error is copied, so nothing but what the message already shows leaves it.
 */
export function errorAsJson(
  error: unknown,
  message: string,
  exitCode: number,
): { error: Record<string, string | number | boolean> } {
  const body: Record<string, string | number | boolean> = {
    code: isJobRelayError(error) ? error.code : 'UNEXPECTED',
    message,
    exitCode,
  };
  if (isInvalidInputError(error)) body.option = inputLabel(error.field, 'cli');
  if (isGitLabHttpError(error)) {
    body.status = error.status;
    body.method = error.method;
  }
  if (isNetworkError(error)) body.method = error.method;
  return { error: body };
}
