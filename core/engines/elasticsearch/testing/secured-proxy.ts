/**
 * Test-only: a TLS front for a real Elasticsearch node that demands credentials, the way a
 * secured cluster does. The shipped distribution has no security module, so this stands
 * where x-pack security would: a real HTTPS server (a certificate signed by a CA made with
 * openssl for the test) that answers 401 like Elasticsearch without the expected API key or
 * basic-auth credentials, and forwards everything else to the node unchanged.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running secured front. */
export interface SecuredProxy {
  /** https://127.0.0.1:<port> */
  url: string;
  /** PEM file of the CA that signed the proxy's certificate. */
  caFile: string;
  /** The Authorization header of every request that reached the proxy, in order. */
  seen: string[];
  close(): Promise<void>;
}

/** Credentials the proxy accepts. */
export interface ProxyCredentials {
  apiKey: string;
  username: string;
  password: string;
}

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A CA and a server certificate for 127.0.0.1 signed by it (RSA 2048, valid one day). */
function makeCertificates(dir: string): { key: Buffer; cert: Buffer; caFile: string } {
  openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=nixsearch test CA');
  openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(dir, 'x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'san.ext');
  return { key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.pem')), caFile: join(dir, 'ca.pem') };
}

const UNAUTHORISED = JSON.stringify({
  error: { type: 'security_exception', reason: 'unable to authenticate user', root_cause: [] },
  status: 401,
});

/** Start a secured front for the node at `nodeUrl` (http). */
export async function startSecuredProxy(nodeUrl: string, credentials: ProxyCredentials): Promise<SecuredProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'nixsearch-tls-'));
  const { key, cert, caFile } = makeCertificates(dir);
  const accepted = new Set([
    `ApiKey ${credentials.apiKey}`,
    `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
  ]);
  const target = new URL(nodeUrl);
  const seen: string[] = [];
  const server: Server = createServer({ key, cert }, (req, res) => {
    const auth = req.headers.authorization ?? '';
    seen.push(auth);
    if (!accepted.has(auth)) {
      req.resume();
      res.writeHead(401, { 'Content-Type': 'application/json', 'X-Elastic-Product': 'Elasticsearch', 'WWW-Authenticate': 'ApiKey, Basic realm="security"' });
      res.end(UNAUTHORISED);
      return;
    }
    const headers = { ...req.headers, host: target.host };
    delete headers.authorization;
    const upstream = httpRequest({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(error.message);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    caFile,
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
