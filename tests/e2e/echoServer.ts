/**
 * A local server that answers for every hostname the browser is pointed at (--host-resolver-rules maps them all to
 * it). One port speaks both HTTP and HTTPS: the first byte of a connection tells a TLS handshake (0x16) from plain
 * HTTP. It records every request (host, path, query, headers) so tests can prove what the browser really sent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';

export interface RecordedRequest {
  method: string;
  scheme: 'http' | 'https';
  host: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The request body as text ('' for a GET). */
  body: string;
  at: number;
}

export type Responder = (req: RecordedRequest) => { status?: number; type?: string; body: string } | null;

export interface EchoServer {
  port: number;
  requests: RecordedRequest[];
  /** Requests to `host` (and, if given, whose path starts with `pathPrefix`). */
  requestsTo(host: string, pathPrefix?: string): RecordedRequest[];
  /** Waits until a matching request arrives (or fails after `timeoutMs`). */
  waitForRequest(host: string, pathPrefix?: string, timeoutMs?: number): Promise<RecordedRequest>;
  /** Serves custom content for matching requests; the last added responder that answers wins. */
  respond(responder: Responder): void;
  reset(): void;
  close(): Promise<void>;
}

const TMP = path.join(import.meta.dirname, '.tmp');

/** A throwaway self-signed certificate, made once per checkout with the system's openssl. */
function certificate(): { key: Buffer; cert: Buffer } {
  mkdirSync(TMP, { recursive: true });
  const keyFile = path.join(TMP, 'key.pem');
  const certFile = path.join(TMP, 'cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '30',
        '-subj',
        '/CN=hifazat-e2e',
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

/** The whole request body: a recorded request is complete when a test sees it (school reports are POSTed JSON). */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function startEchoServer(): Promise<EchoServer> {
  const requests: RecordedRequest[] = [];
  let responders: Responder[] = [];
  const waiters = new Set<() => void>();

  function handler(scheme: 'http' | 'https') {
    return async (req: http.IncomingMessage, res: http.ServerResponse) => {
      const body = await readBody(req);
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const url = new URL(req.url ?? '/', `${scheme}://${host || 'unknown'}`);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
      }
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        scheme,
        host,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
        at: Date.now(),
      };
      requests.push(record);
      for (const wake of waiters) wake();
      for (let i = responders.length - 1; i >= 0; i--) {
        const answer = responders[i]!(record);
        if (answer) {
          res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/html; charset=utf-8' });
          res.end(answer.body);
          return;
        }
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>echo ${escapeHtml(host)}</title><h1 id="echo-host">${escapeHtml(host)}</h1>` +
          `<pre id="echo">${escapeHtml(JSON.stringify({ host, path: url.pathname, query: record.query }))}</pre>`,
      );
    };
  }

  const plain = http.createServer(handler('http'));
  const secure = https.createServer(certificate(), handler('https'));
  const front = net.createServer((socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) {
        socket.destroy();
        return;
      }
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;

  const matches = (r: RecordedRequest, host: string, prefix?: string) =>
    r.host === host && (!prefix || r.path.startsWith(prefix));

  return {
    port,
    requests,
    requestsTo: (host, prefix) => requests.filter((r) => matches(r, host, prefix)),
    waitForRequest(host, prefix, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = requests.find((r) => matches(r, host, prefix));
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no request to ${host}${prefix ?? ''} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    respond(responder) {
      responders.push(responder);
    },
    reset() {
      requests.length = 0;
      responders = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        front.close(() => resolve());
        plain.closeAllConnections();
        secure.closeAllConnections();
      }),
  };
}
