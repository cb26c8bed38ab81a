import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockAgent } from 'undici';
import { FetchError, fetchPage, retryAfterMs } from '../crawler/fetch.js';
import { userAgent } from '../crawler/user-agent.js';
import { projectFile } from '../extractors/paths.js';
import { deadPort, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let srv: FixtureServer;
beforeAll(async () => {
  srv = await startFixtureServer();
});
afterAll(async () => {
  await srv.close();
});

const fast = { backoffMs: 1, retries: 1 };

async function fetchError(p: Promise<unknown>): Promise<FetchError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FetchError);
  return e as FetchError;
}

describe('fetchPage', () => {
  it('returns the exact bytes, status, headers and a fetch time, and identifies itself', async () => {
    const path = '/tin-tuc/so-ket-6-thang-dau-nam-2023.html';
    const before = Date.now();
    const page = await fetchPage(srv.origin + path);
    const onDisk = await readFile(projectFile('corpus/sites/lmhtx.angiang.gov.vn/tin-tuc/so-ket-6-thang-dau-nam-2023.html'));
    expect(Buffer.from(page.body).equals(onDisk)).toBe(true);
    expect(page.status).toBe(200);
    expect(page.finalUrl).toBe(srv.origin + path);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Date.parse(page.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    const seen = srv.requests.find((r) => r.path === path);
    expect(seen?.userAgent).toBe(userAgent());
    expect(userAgent()).toMatch(/^htxpress\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\//);
  });

  it('follows a redirect and reports the chain', async () => {
    const page = await fetchPage(`${srv.origin}/_test/moved`);
    expect(page.url).toBe(`${srv.origin}/_test/moved`);
    expect(page.finalUrl).toBe(`${srv.origin}/tin-tuc/tap-huan-nghiep-vu-ke-toan-htx.html`);
    expect(page.redirects).toEqual([`${srv.origin}/_test/moved`]);
  });

  it('stops a redirect loop with an error naming the URL', async () => {
    const e = await fetchError(fetchPage(`${srv.origin}/_test/loop-a`, fast));
    expect(e.kind).toBe('redirect');
    expect(e.message).toContain(`${srv.origin}/_test/loop-a`);
    expect(e.message).toMatch(/loop/);
  });

  it('retries a 500 and then fails naming the URL and the status', async () => {
    const before = srv.requests.filter((r) => r.path === '/_test/500').length;
    const e = await fetchError(fetchPage(`${srv.origin}/_test/500`, { retries: 2, backoffMs: 1 }));
    expect(e.kind).toBe('http_status');
    expect(e.status).toBe(500);
    expect(e.attempts).toBe(3);
    expect(e.message).toContain(`${srv.origin}/_test/500`);
    expect(e.message).toContain('HTTP 500');
    expect(srv.requests.filter((r) => r.path === '/_test/500').length - before).toBe(3);
    expect(e.page?.status).toBe(500);
  });

  it('does not retry a 404', async () => {
    const before = srv.requests.filter((r) => r.path === '/_test/404').length;
    const e = await fetchError(fetchPage(`${srv.origin}/_test/404`, { retries: 3, backoffMs: 1 }));
    expect(e.status).toBe(404);
    expect(srv.requests.filter((r) => r.path === '/_test/404').length - before).toBe(1);
  });

  it('honours Retry-After on 503 before retrying', async () => {
    const waits: number[] = [];
    const page = await fetchPage(`${srv.origin}/_test/flaky`, {
      retries: 3,
      backoffMs: 10,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(new TextDecoder().decode(page.body)).toBe('ok after retries');
    expect(waits).toEqual([1000, 1000]);
  });

  it('gives up at once when Retry-After is longer than the limit', async () => {
    const waits: number[] = [];
    const e = await fetchError(
      fetchPage(`${srv.origin}/_test/429-long`, { retries: 3, maxRetryAfterMs: 60_000, sleep: async (ms) => void waits.push(ms) }),
    );
    expect(e.status).toBe(429);
    expect(e.message).toMatch(/retry after 3600 s/);
    expect(waits).toEqual([]);
  });

  it('times out a server that never sends headers', async () => {
    const t0 = Date.now();
    const e = await fetchError(fetchPage(`${srv.origin}/_test/slow-headers`, { headersTimeoutMs: 300, retries: 0 }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('/_test/slow-headers');
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('times out a body that trickles for ever (total deadline)', async () => {
    const e = await fetchError(fetchPage(`${srv.origin}/_test/slow-body`, { totalTimeoutMs: 400, retries: 0 }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('/_test/slow-body');
  });

  it('refuses a 25 MB body, declared or streamed, naming the URL', async () => {
    for (const path of ['/_test/huge', '/_test/huge-chunked']) {
      const e = await fetchError(fetchPage(srv.origin + path, { retries: 2, backoffMs: 1 }));
      expect(e.kind).toBe('too_large');
      expect(e.message).toContain(srv.origin + path);
      expect(e.message).toContain(String(20 * 1024 * 1024));
    }
  });

  it('reports a dead host as such', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/tin-tuc/`;
    const e = await fetchError(fetchPage(url, fast));
    expect(e.kind).toBe('connect');
    expect(e.message).toContain(url);
    expect(e.message).toMatch(/connection refused/);
    expect(e.attempts).toBe(2);
  });

  it('rejects what is not an http URL', async () => {
    expect((await fetchError(fetchPage('ftp://lmhtx.angiang.gov.vn/x'))).kind).toBe('invalid_url');
    expect((await fetchError(fetchPage('not a url'))).kind).toBe('invalid_url');
  });

  it('uses an injected undici dispatcher', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get('https://lmhtx.kiengiang.gov.vn')
      .intercept({ path: '/tin-tuc-su-kien/bai-1.html', method: 'GET' })
      .reply(200, 'Xin chào Kiên Giang', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const page = await fetchPage('https://lmhtx.kiengiang.gov.vn/tin-tuc-su-kien/bai-1.html', { dispatcher: agent });
    expect(new TextDecoder().decode(page.body)).toBe('Xin chào Kiên Giang');
    await agent.close();
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});
