/**
 * The production recipe, deploy/nginx.conf, served for a test: a self-signed certificate made
 * on the spot with openssl in a temp folder, the recipe's listen lines moved to loopback and to
 * free ports (every IPv4 address -> 127.0.0.1, `[::]` -> `[::1]`), its folders to the test's.
 * Everything else (TLS settings, HTTP/2, the redirect from plain HTTP, the site's rules) is the
 * recipe as committed.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { nginxConf, preparePrefix, readRecipe, recipeServers, startNginx } from '../../scripts/nginx.ts';

export interface HttpsServer {
  httpPort: number;
  httpsPort: number;
  /** The machine has IPv6 loopback, and the recipe's IPv6 listen lines are served on [::1]. */
  ipv6: boolean;
  /** The certificate, PEM: trust it as a CA to verify the server. */
  ca: string;
  /** The name the certificate and the recipe's server_name carry. */
  servername: string;
  /** A file served at /.well-known/acme-challenge/ over plain HTTP. */
  acmeToken: string;
  stop(): Promise<void>;
}

const SERVER_NAME = 'sip-codes.example.com';

/** Whether `host` can listen on `port` (0: any). Resolves the port, or undefined. */
function tryListen(host: string, port = 0): Promise<number | undefined> {
  return new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(undefined));
    s.listen(port, host, () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => done(p));
    });
  });
}

/** A port free on 127.0.0.1 and, with IPv6, on [::1]. */
async function freePort(ipv6: boolean): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const port = await tryListen('127.0.0.1');
    if (port && (!ipv6 || (await tryListen('::1', port)))) return port;
  }
  throw new Error('no free port');
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), done(true)));
    s.once('error', () => done(false));
  });
}

export async function startHttpsServer(dist = 'dist'): Promise<HttpsServer> {
  const { work, root } = preparePrefix(dist, '/');
  const tls = join(work, 'tls');
  mkdirSync(tls);
  const certificate = join(tls, 'cert.pem');
  const key = join(tls, 'key.pem');
  // RSA, so that the refusal of RSA key exchange (no forward secrecy) can be tested.
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${SERVER_NAME}`,
        '-addext',
        `subjectAltName=DNS:${SERVER_NAME},DNS:localhost,IP:127.0.0.1,IP:::1`,
        '-keyout',
        key,
        '-out',
        certificate,
      ],
      { stdio: 'pipe' },
    );
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    throw new Error(
      err.code === 'ENOENT'
        ? 'The HTTPS tests make a certificate with openssl, which is not installed (Debian, Ubuntu: sudo apt-get install -y openssl).'
        : `openssl could not make a test certificate: ${err.stderr?.toString() ?? err.message}`,
      { cause: e },
    );
  }
  const acmeRoot = join(work, 'acme');
  const acmeToken = 'test-token';
  mkdirSync(join(acmeRoot, '.well-known/acme-challenge'), { recursive: true });
  writeFileSync(join(acmeRoot, '.well-known/acme-challenge', acmeToken), 'challenge answer');

  const ipv6 = (await tryListen('::1')) !== undefined;
  const httpPort = await freePort(ipv6);
  let httpsPort = await freePort(ipv6);
  while (httpsPort === httpPort) httpsPort = await freePort(ipv6);

  const conf = nginxConf(
    work,
    recipeServers(readRecipe(), { root, httpPort, httpsPort, certificate, key, acmeRoot, ipv6 }),
  );
  const child: ChildProcess = startNginx(work, conf, 'pipe');
  let log = '';
  child.stderr?.on('data', (d) => (log += d));
  child.stdout?.on('data', (d) => (log += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited (${child.exitCode}):\n${log}\n--- nginx.conf ---\n${conf}`);
    if ((await canConnect(httpsPort)) && (await canConnect(httpPort))) break;
    if (Date.now() > deadline) throw new Error(`nginx did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    httpPort,
    httpsPort,
    ipv6,
    ca: readFileSync(certificate, 'utf8'),
    servername: SERVER_NAME,
    acmeToken,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
