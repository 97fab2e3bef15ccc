// GitLab's error answers, as throwable Hono HTTPExceptions carrying the exact status and body.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A JSON answer with GitLab's content type. */
export function jsonResponse(body: unknown, status: number, headers?: HeadersInit): Response {
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set('content-type', 'application/json');
  return response;
}

/** An exception that answers `status` with a JSON `body`. */
export function apiError(status: number, body: unknown): HTTPException {
  return new HTTPException(status as ContentfulStatusCode, { res: jsonResponse(body, status) });
}

/** `401 {"message":"401 Unauthorized"}`: no credentials, or a dead or unknown token. */
export function unauthorized(): HTTPException {
  return apiError(401, { message: '401 Unauthorized' });
}

/** `403 {"message":"403 Forbidden"}`, or `"403 Forbidden - <reason>"`. */
export function forbidden(reason?: string): HTTPException {
  return apiError(403, { message: reason ? `403 Forbidden - ${reason}` : '403 Forbidden' });
}

/** `404 {"message":"404 <Resource> Not Found"}` from GitLab's not_found! helper. */
export function notFound(resource?: string): HTTPException {
  return apiError(404, { message: resource ? `404 ${resource} Not Found` : '404 Not Found' });
}

/** `404 {"message":"404 Not found"}`: GitLab's answer when a `.find(id)` finds no record. */
export function recordNotFound(): HTTPException {
  return apiError(404, { message: '404 Not found' });
}

/** `400 {"message":"400 Bad request - <reason>"}` from GitLab's bad_request! helper. */
export function badRequest(reason: string): HTTPException {
  return apiError(400, { message: `400 Bad request - ${reason}` });
}

/** `400 {"error":"<field> is invalid"}` and the like: Grape's parameter validation errors. */
export function invalidParams(message: string): HTTPException {
  return apiError(400, { error: message });
}
