// Requests go through the proxy the environment names (plain forward for http, CONNECT for https), NO_PROXY bypasses it, and ca-file is trusted.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createNetworkFetch } from '../../src/steps/create-network-fetch.js';
import { proxySettings } from '../../src/steps/proxy-settings.js';
import { seedJob } from '../helpers/fixtures.js';

const fixture = (name: string) => new URL(`../fixtures/tls/${name}`, import.meta.url);
// A self-signed certificate for 127.0.0.1 and localhost, valid for 100 years (test only).
const CERT_FILE = fixture('test-server-cert.pem').pathname;
const tls = {
  cert: readFileSync(fixture('test-server-cert.pem')),
  key: readFileSync(fixture('test-server-key.pem')),
};
const TOKEN = 'glpat-proxy-test-token-0001';
const JOB = seedJob({ id: 7, name: 'deploy', status: 'success' });

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// A stand-in for GitLab: every request gets the job, and is counted.
async function gitlab(secure: boolean): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const handler = (request: { url?: string }, response: import('node:http').ServerResponse) => {
    seen.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(JOB));
  };
  const server = secure ? createHttpsServer(tls, handler) : createHttpServer(handler);
  const host = await listen(server as Server);
  return { url: `${secure ? 'https' : 'http'}://${host}`, seen };
}

// A tiny HTTP proxy: forwards absolute-URI requests, tunnels CONNECT; records what it was asked.
async function proxy(): Promise<{ url: string; log: string[] }> {
  const log: string[] = [];
  const server = createHttpServer((request, response) => {
    log.push(`${request.method} ${request.url}`);
    const target = new URL(request.url ?? '');
    const upstream = httpRequest(
      target,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  server.on('connect', (request, client, head) => {
    log.push(`CONNECT ${request.url}`);
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return { url: `http://${await listen(server)}`, log };
}

async function cli(argv: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { GITLAB_TOKEN: TOKEN, ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const get = (url: string, ...more: string[]) => [
  'get',
  '--gitlab-url',
  url,
  '--project',
  'g/a',
  '--job',
  '7',
  '--json',
  '--request-timeout',
  '5s',
  '--timeout',
  '20s',
  ...more,
];

describe('the CLI behind a proxy', () => {
  it('sends an http request through HTTP_PROXY, forwarded as is', async () => {
    const [target, relay] = await Promise.all([gitlab(false), proxy()]);
    const run = await cli(get(target.url), { HTTP_PROXY: relay.url });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe(7);
    expect(relay.log).toEqual([`GET ${target.url}/api/v4/projects/g%2Fa/jobs/7`]);
  });

  it('tunnels an https request through https_proxy with CONNECT, trusting --ca-file', async () => {
    const [target, relay] = await Promise.all([gitlab(true), proxy()]);
    const run = await cli(get(target.url, '--ca-file', CERT_FILE), { https_proxy: relay.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(relay.log).toEqual([`CONNECT ${target.url.replace('https://', '')}`]);
    expect(target.seen).toEqual(['/api/v4/projects/g%2Fa/jobs/7']);
  });

  it('goes around the proxy for a host in NO_PROXY', async () => {
    const [target, relay] = await Promise.all([gitlab(false), proxy()]);
    const run = await cli(get(target.url), {
      HTTP_PROXY: relay.url,
      NO_PROXY: 'localhost,127.0.0.1',
    });
    expect(run.code).toBe(0);
    expect(relay.log).toEqual([]);
    expect(target.seen).toHaveLength(1);
  });

  it('sends an https request directly when only an http proxy is set, as curl does', async () => {
    const [target, relay] = await Promise.all([gitlab(true), proxy()]);
    const run = await cli(get(target.url, '--ca-file', CERT_FILE), { http_proxy: relay.url });
    expect(run.code).toBe(0);
    expect(relay.log).toEqual([]);
  });
});

describe('the CLI and a private CA', () => {
  it('says to set ca-file or NODE_EXTRA_CA_CERTS when the certificate is not trusted', async () => {
    const target = await gitlab(true);
    const run = await cli(get(target.url), {});
    expect(run.code).toBe(4);
    const { error } = JSON.parse(run.stdout) as { error: { message: string } };
    expect(error.message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(error.message).toContain('--ca-file');
    expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    expect(run.stderr).toContain('is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)');
  }, 60_000);

  it('trusts the certificate given with --ca-file', async () => {
    const target = await gitlab(true);
    const run = await cli(get(target.url, '--ca-file', CERT_FILE), {});
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).name).toBe('deploy');
  });

  it.each([
    ['/nonexistent/ca.pem', 'Invalid --ca-file "/nonexistent/ca.pem": cannot be read (ENOENT)'],
    [fixture('test-server-key.pem').pathname, 'holds no PEM certificate'],
  ])('refuses --ca-file %s as bad usage', async (file, message) => {
    const run = await cli(get('https://127.0.0.1:9', '--ca-file', file), {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('proxySettings', () => {
  it('prefers the lower-case variables, as curl does', () => {
    expect(
      proxySettings({
        http_proxy: 'http://lower:1',
        HTTP_PROXY: 'http://upper:1',
        HTTPS_PROXY: 'http://upper:2',
        no_proxy: '.corp',
        NO_PROXY: 'x',
      }),
    ).toEqual({ httpProxy: 'http://lower:1', httpsProxy: 'http://upper:2', noProxy: '.corp' });
  });

  it('takes a proxy without a scheme as an http proxy', () => {
    expect(proxySettings({ HTTPS_PROXY: 'proxy.corp:3128' }).httpsProxy).toBe(
      'http://proxy.corp:3128',
    );
  });
});

describe('createNetworkFetch', () => {
  it('leaves the global fetch alone when there is no proxy and no CA file', async () => {
    expect(await createNetworkFetch({ env: { NO_PROXY: '*' } })).toBeUndefined();
  });
});
