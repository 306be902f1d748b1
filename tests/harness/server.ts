import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Replica pages live in tests/replicas/<host name>/, served to whatever host name the browser maps here. */
export const REPLICAS_DIR = resolve(fileURLToPath(new URL('../replicas', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface ReplicaServer {
  port: number;
  origin(host: string): string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Test endpoints for failures that happen below the page:
 * /__status/<code>  answers with that status; /__hang  never answers (a time-out);
 * /__slow?ms=N       answers after N ms.
 */
function special(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const status = /^\/__status\/(\d{3})$/.exec(url.pathname);
  if (status) {
    send(
      res,
      Number(status[1]),
      'text/html; charset=utf-8',
      `<!doctype html><title>${status[1]}</title><h1>HTTP ${status[1]}</h1>`,
    );
    return true;
  }
  if (url.pathname === '/__hang') {
    req.on('close', () => res.destroy());
    return true;
  }
  if (url.pathname === '/__slow') {
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 0), 30_000);
    setTimeout(() => send(res, 200, 'text/plain; charset=utf-8', 'ok'), ms);
    return true;
  }
  return false;
}

/** Pages made by the caller (the demo's start page), by host name and path: `{ 'host/path': html }`. */
export type MadePages = Record<string, string>;

export async function startReplicaServer(root = REPLICAS_DIR, made: MadePages = {}): Promise<ReplicaServer> {
  const server: Server = createServer((req, res) => {
    // Chromium sends a path (its host-resolver rules point the site names here); Firefox, which uses
    // this server as its HTTP proxy, sends the absolute URL. Either way the Host header names the site.
    // A proxy's CONNECT (HTTPS) has no handler, so Node closes it: nothing is tunnelled anywhere.
    const url = new URL(req.url ?? '/', 'http://replica');
    if (special(req, res, url)) return;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const key = `${host}${url.pathname}`;
    const page = Object.hasOwn(made, key) ? made[key] : undefined;
    if (page !== undefined) return send(res, 200, 'text/html; charset=utf-8', page);
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, host, path);
    if (!file.startsWith(join(root, host))) return send(res, 403, 'text/plain', 'forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file))
      return send(
        res,
        404,
        'text/html; charset=utf-8',
        '<!doctype html><title>404</title><h1>Not found</h1>',
      );
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: (host) => `http://${host}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
