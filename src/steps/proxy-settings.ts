// Reads the proxy variables as curl does: lower case first, then upper case.

/** The proxies to use (empty: none) and the hosts that bypass them. */
export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

/**
 * `http_proxy`/`HTTP_PROXY`, `https_proxy`/`HTTPS_PROXY`, `no_proxy`/`NO_PROXY` from `env`; a
 * proxy given without a scheme (`proxy.corp:3128`) is an http one, as curl takes it.
 */
export function proxySettings(env: Partial<Record<string, string>>): ProxySettings {
  const read = (name: string) =>
    (env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim()) ?? '';
  const proxy = (name: string) => {
    const value = read(name);
    return value && !value.includes('://') ? `http://${value}` : value;
  };
  return {
    httpProxy: proxy('http_proxy'),
    httpsProxy: proxy('https_proxy'),
    noProxy: read('no_proxy'),
  };
}
