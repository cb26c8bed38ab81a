// Serves a fixture site from corpus/sites/<host>/ on 127.0.0.1 (random port),
// plus programmatic routes for the ways real sites fail. Tests never leave
// the loopback interface.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectFile } from '../../extractors/paths.js';
import type { SiteEntry } from '../../crawler/sites.js';

export interface SeenRequest {
  path: string;
  at: number;
  userAgent: string | undefined;
}

export interface FixtureServer {
  origin: string;
  host: string;
  port: number;
  requests: SeenRequest[];
  /** A registry entry for this server, patterned like the real site. */
  site: SiteEntry;
  /** Per-path response delay in ms (to observe politeness). */
  delays: Map<string, number>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };
export const HUGE_BYTES = 25 * 1024 * 1024;

export async function startFixtureServer(siteDir = 'lmhtx.angiang.gov.vn'): Promise<FixtureServer> {
  const root = projectFile('corpus', 'sites', siteDir);
  const requests: SeenRequest[] = [];
  const delays = new Map<string, number>();
  const counters = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const count = (k: string) => {
    const n = (counters.get(k) ?? 0) + 1;
    counters.set(k, n);
    return n;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: u.pathname + u.search, at: Date.now(), userAgent: req.headers['user-agent'] });
    const wait = delays.get(u.pathname);
    if (wait) await new Promise((r) => setTimeout(r, wait));
    switch (u.pathname) {
      case '/_test/500':
        res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
        return;
      case '/_test/404':
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Không tìm thấy trang</h1>');
        return;
      case '/_test/flaky': // 503 twice, with Retry-After: 1, then fine
        if (count('flaky') <= 2) res.writeHead(503, { 'retry-after': '1' }).end('busy');
        else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok after retries');
        return;
      case '/_test/429-long':
        res.writeHead(429, { 'retry-after': '3600' }).end('slow down');
        return;
      case '/_test/slow-headers': // never answers
        return;
      case '/_test/slow-body': {
        // Headers at once, then a byte every 50 ms for ever: only a total deadline stops it.
        res.writeHead(200, { 'content-type': 'text/html' });
        const t = setInterval(() => res.write('.'), 50);
        timers.add(t);
        res.on('close', () => clearInterval(t));
        return;
      }
      case '/_test/loop-a':
        res.writeHead(302, { location: '/_test/loop-b' }).end();
        return;
      case '/_test/loop-b':
        res.writeHead(302, { location: '/_test/loop-a' }).end();
        return;
      case '/_test/moved':
        res.writeHead(301, { location: '/tin-tuc/tap-huan-nghiep-vu-ke-toan-htx.html' }).end();
        return;
      case '/_test/huge':
      case '/_test/huge-chunked': {
        const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
        if (u.pathname === '/_test/huge') headers['content-length'] = String(HUGE_BYTES);
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(1024 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case '/_test/gzip': {
        const html = await readFile(join(root, 'tin-tuc', 'tap-huan-nghiep-vu-ke-toan-htx.html'));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(html));
        return;
      }
    }
    const rel = decodeURIComponent(u.pathname).replace(/\/$/, '/index.html').replace(/^\/+/, '');
    if (rel.split('/').includes('..')) return void res.writeHead(400).end();
    try {
      const body = await readFile(join(root, rel));
      const ext = rel.slice(rel.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const host = `127.0.0.1:${port}`;
  return {
    origin,
    host,
    port,
    requests,
    delays,
    site: {
      host,
      provinceCode: '89',
      provinceName: 'An Giang',
      name: 'fixture: Liên minh HTX tỉnh An Giang',
      listingUrls: [`${origin}/tin-tuc/`],
      articlePattern: '^/tin-tuc/[a-z0-9-]+\\.html$',
      listingPattern: '^/tin-tuc/(?:index\\.html)?(?:\\?page=\\d+)?$',
      delayMs: 0,
    },
    async close() {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A loopback port with nothing listening: the "dead host". */
export async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
