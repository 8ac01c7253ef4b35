/** HTTP requests without a client library in the way: paths as written, any method, TLS by hand. */
import { connect } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

function parse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = raw.slice(0, end < 0 ? raw.length : end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
    headers,
    body: end < 0 ? '' : raw.slice(end + 4),
  };
}

/**
 * Sends `head` (request line and headers, without the blank line) exactly as written and reads
 * the answer until the server closes the connection. With `tls`, over TLS.
 */
export function rawRequest(
  target: { port: number; host?: string; tls?: ConnectionOptions },
  head: string,
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const host = target.host ?? '127.0.0.1';
    const socket = target.tls ? tlsConnect({ host, port: target.port, ...target.tls }) : connect(target.port, host);
    const chunks: Buffer[] = [];
    socket.once(target.tls ? 'secureConnect' : 'connect', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', fail);
    socket.on('end', () => done(parse(Buffer.concat(chunks).toString('utf8'))));
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
  });
}

/** A GET with node:http or node:https (TLS options such as `ca` and `servername` passed on). */
export function get(
  url: string,
  tls: ConnectionOptions = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const u = new URL(url);
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(u, { ...tls, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        done({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', fail);
    req.end();
  });
}
