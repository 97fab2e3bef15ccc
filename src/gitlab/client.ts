// The GitLab client: where the API is, how to authenticate, and the transport settings.
import { InvalidInputError } from './errors/invalid-input-error.js';
import { hasControlCharacter } from './has-control-character.js';
import { REDACTED, redactSecrets } from './redact.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

/** How the token authenticates: `PRIVATE-TOKEN`, `JOB-TOKEN`, or `Authorization: Bearer`. */
export type TokenType = 'private' | 'job' | 'oauth';

/** The fetch function the client calls (global `fetch` by default; inject one to stub it). */
export type FetchFunction = (
  input: Request | string | URL,
  init?: RequestInit,
) => Promise<Response>;

/** Options of `createClient`. */
export interface ClientOptions {
  /** The GitLab instance's address, with or without `/api/v4` (e.g. `https://gitlab.com`). */
  url: string;
  /** A personal/project/group access token, a CI job token, or an OAuth token. */
  token: string;
  /** Which kind `token` is; default `private`. */
  tokenType?: TokenType;
  /** The fetch to use; default the global one. */
  fetch?: FetchFunction;
  /** Limit on one attempt until its response headers (and JSON body) arrive; default 30 s. */
  timeoutMs?: number;
  /** Retry settings, or `false` for none. */
  retry?: Partial<RetryPolicy> | false;
  /** `User-Agent` to send (where the runtime allows it). */
  userAgent?: string;
  /** `same-origin` (default): a GET follows redirects within the instance's origin; `none`: a 3xx is an error. */
  redirects?: Redirects;
}

/** Which redirects a client follows. */
export type Redirects = 'same-origin' | 'none';

/** A configured connection to one GitLab instance; pass it to every endpoint function. */
export interface GitLabClient {
  /** `<instance>/api/v4/`, always ending with a slash. */
  readonly apiUrl: string;
  readonly tokenType: TokenType;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly fetch: FetchFunction;
  /** Which redirects are followed; `same-origin` when absent. */
  readonly redirects?: Redirects;
  /** The headers that authenticate a request (the token stays inside the client otherwise). */
  authHeaders(): Record<string, string>;
  /** Replaces the token, and any secret registered with `addSecret`, with `[REDACTED]`. */
  redact(text: string): string;
  /** Registers another secret (e.g. a variable value) to keep out of messages. */
  addSecret(secret: string): void;
}

const DEFAULT_TIMEOUT_MS = 30_000;
// The default transport: the runtime's own fetch, looked up at each call (so a stub set later applies).
const globalFetch: FetchFunction = (input, init) => fetch(input, init);

/** Whether `client` sends through the runtime's global fetch (no `fetch` was given): a Node-only path may then use Node's own HTTP stack instead. */
export function usesGlobalFetch(client: GitLabClient): boolean {
  return client.fetch === globalFetch;
}
const API_SUFFIX = /\/api\/v4\/?$/;
const TOKEN_TYPES: readonly TokenType[] = ['private', 'job', 'oauth'];

/** Creates a client for the GitLab instance at `url`, authenticating with `token`. */
export function createClient(options: ClientOptions): GitLabClient {
  const apiUrl = normaliseApiUrl(options.url);
  const tokenType = options.tokenType ?? 'private';
  if (!TOKEN_TYPES.includes(tokenType)) {
    throw new InvalidInputError(
      'tokenType',
      JSON.stringify(tokenType),
      `use one of ${TOKEN_TYPES.join(', ')}`,
    );
  }
  checkToken(options.token);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidInputError(
      'timeoutMs',
      String(timeoutMs),
      'must be a positive number of milliseconds',
    );
  }
  const retry: RetryPolicy =
    options.retry === false
      ? { ...DEFAULT_RETRY_POLICY, limit: 0 }
      : { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const fetchFunction: FetchFunction = options.fetch ?? globalFetch;
  return new Client(
    apiUrl,
    tokenType,
    options.token,
    timeoutMs,
    retry,
    fetchFunction,
    options.userAgent,
    options.redirects ?? 'same-origin',
  );
}

// A class so the token can live in a private field: invisible to JSON, spread and inspection.
class Client implements GitLabClient {
  readonly #token: string;
  readonly #secrets: string[];
  readonly #userAgent: string | undefined;

  constructor(
    readonly apiUrl: string,
    readonly tokenType: TokenType,
    token: string,
    readonly timeoutMs: number,
    readonly retry: RetryPolicy,
    readonly fetch: FetchFunction,
    userAgent: string | undefined,
    readonly redirects: Redirects,
  ) {
    this.#token = token;
    this.#secrets = [token];
    this.#userAgent = userAgent;
  }

  authHeaders(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.tokenType === 'private') headers['PRIVATE-TOKEN'] = this.#token;
    else if (this.tokenType === 'job') headers['JOB-TOKEN'] = this.#token;
    else headers.Authorization = `Bearer ${this.#token}`;
    if (this.#userAgent) headers['User-Agent'] = this.#userAgent;
    return headers;
  }

  redact(text: string): string {
    return redactSecrets(text, this.#secrets);
  }

  addSecret(secret: string): void {
    if (secret && !this.#secrets.includes(secret)) this.#secrets.push(secret);
  }

  toJSON(): Record<string, unknown> {
    return {
      apiUrl: this.apiUrl,
      tokenType: this.tokenType,
      token: REDACTED,
      timeoutMs: this.timeoutMs,
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): Record<string, unknown> {
    return this.toJSON();
  }
}

/** Turns `https://host[/prefix][/api/v4][/]` into `https://host[/prefix]/api/v4/`. */
export function normaliseApiUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(
      'url',
      JSON.stringify(url),
      'is not an absolute URL (e.g. https://gitlab.com)',
    );
  }
  const shown = JSON.stringify(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InvalidInputError('url', shown, 'must use http or https');
  }
  if (parsed.username || parsed.password) {
    throw new InvalidInputError(
      'url',
      shown,
      'must not carry credentials; pass the token as `token`',
    );
  }
  if (parsed.search || parsed.hash) {
    throw new InvalidInputError('url', shown, 'must not have a query or fragment');
  }
  const base = parsed.pathname.replace(API_SUFFIX, '').replace(/\/+$/, '');
  return `${parsed.origin}${base}/api/v4/`;
}

function checkToken(token: unknown): void {
  if (typeof token !== 'string' || token.trim() === '') {
    throw new InvalidInputError('token', '(empty)', 'a GitLab token is required');
  }
  // A newline in a header value would let the token smuggle in other headers.
  if (hasControlCharacter(token) || /\s/.test(token)) {
    throw new InvalidInputError(
      'token',
      REDACTED,
      'must not contain whitespace or control characters',
    );
  }
}
