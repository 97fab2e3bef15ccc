// The fetch the CLI and the action send requests with: through the proxy the environment names, trusting ca-file too.
import { readFile } from 'node:fs/promises';
import type { FetchFunction } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { proxySettings } from './proxy-settings.js';

/** What decides how requests leave the machine. */
export interface NetworkOptions {
  /** The environment to read the proxy variables (and NODE_EXTRA_CA_CERTS) from. */
  env: Partial<Record<string, string>>;
  /** A PEM file of certificates to trust besides the system's (the `ca-file` input); empty: none. */
  caFile?: string | undefined;
}

/**
 * A fetch that honours `https_proxy`/`HTTPS_PROXY`, `http_proxy`/`HTTP_PROXY` and
 * `no_proxy`/`NO_PROXY` as curl does (lower case first; an https URL goes only through the
 * https proxy), and trusts the certificates of `caFile` on top of Node's own (and
 * NODE_EXTRA_CA_CERTS). `undefined` when neither applies: the global fetch does as well, and
 * undici (bundled) is not even loaded.
 */
export async function createNetworkFetch(
  options: NetworkOptions,
): Promise<FetchFunction | undefined> {
  const proxy = proxySettings(options.env);
  const caFile = options.caFile?.trim() ?? '';
  if (!proxy.httpProxy && !proxy.httpsProxy && !caFile) return undefined;
  const ca = caFile ? await trustedCertificates(caFile, options.env) : undefined;
  const undici = await import('undici');
  const tlsOptions = ca ? { ca } : {};
  const direct = new undici.Agent({ connect: tlsOptions });
  const viaEnvironment = new undici.EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy,
    httpsProxy: proxy.httpsProxy,
    noProxy: proxy.noProxy,
    // As curl: an http URL is forwarded to the proxy as is, an https one tunnelled with CONNECT.
    proxyTunnel: false,
    connect: tlsOptions,
    requestTls: tlsOptions,
    proxyTls: tlsOptions,
  });
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    // undici would send https through the http proxy when no https one is set; curl does not.
    const dispatcher = url.protocol === 'https:' && !proxy.httpsProxy ? direct : viaEnvironment;
    return undici.fetch(
      input as string,
      { ...init, dispatcher } as Parameters<typeof undici.fetch>[1],
    ) as unknown as Promise<Response>;
  };
}

// Node's own trust (its CA bundle, NODE_EXTRA_CA_CERTS, the system store where enabled), then the file's.
async function trustedCertificates(
  caFile: string,
  env: Partial<Record<string, string>>,
): Promise<string[]> {
  const own = await readPem(caFile, 'ca-file');
  // Loaded here, not at start-up: only a run with a CA file needs node:tls this early.
  const tls = await import('node:tls');
  const getCACertificates = (tls as { getCACertificates?: (type: string) => string[] })
    .getCACertificates;
  if (getCACertificates) return [...getCACertificates('default'), own];
  // Node < 22.15: a `ca` replaces the defaults, NODE_EXTRA_CA_CERTS included, so both are added back.
  const extraFile = env.NODE_EXTRA_CA_CERTS?.trim();
  const extra = extraFile ? await readPem(extraFile, 'NODE_EXTRA_CA_CERTS').catch(() => '') : '';
  return [...tls.rootCertificates, ...(extra ? [extra] : []), own];
}

async function readPem(path: string, input: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InvalidInputError(
      input,
      JSON.stringify(path),
      `cannot be read${typeof code === 'string' ? ` (${code})` : ''}`,
    );
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InvalidInputError(
      input,
      JSON.stringify(path),
      'holds no PEM certificate (-----BEGIN CERTIFICATE-----)',
    );
  }
  return text;
}
