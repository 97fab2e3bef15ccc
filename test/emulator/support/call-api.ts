// Test support: one call to the emulated GitLab API through the emulator's in-process fetch.
import type { Emulator } from '../../../src/emulator/create-emulator.js';

/** How a test call authenticates and what it sends. */
export interface CallOptions {
  method?: string;
  token?: string;
  /** Header to send the token in; PRIVATE-TOKEN by default. */
  auth?: 'private' | 'job' | 'bearer';
  /** A JSON body (objects) or a form-encoded body (URLSearchParams). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A parsed answer: status, headers, and the body as JSON when it is JSON, else as text. */
export interface CallResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** The emulator's origin as tests reach it in process. */
export const ORIGIN = 'http://emulator.local';

const AUTH_HEADERS = {
  private: 'PRIVATE-TOKEN',
  job: 'JOB-TOKEN',
  bearer: 'Authorization',
} as const;

/** Calls `/api/v4<path>` on the emulator and reads the whole answer. */
export async function callApi(
  emulator: Emulator,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) {
    const name = AUTH_HEADERS[options.auth ?? 'private'];
    headers[name] = options.auth === 'bearer' ? `Bearer ${options.token}` : options.token;
  }
  let body: BodyInit | undefined;
  if (options.body instanceof URLSearchParams) body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await emulator.fetch(`${ORIGIN}/api/v4${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: isJson ? JSON.parse(text) : text,
    text,
  };
}

/** A JSON object answer, for reading fields in assertions. */
export function asObject(result: CallResult): Record<string, unknown> {
  return result.body as Record<string, unknown>;
}

/** A JSON list answer, for reading fields in assertions. */
export function asList(result: CallResult): Array<Record<string, unknown>> {
  return result.body as Array<Record<string, unknown>>;
}
