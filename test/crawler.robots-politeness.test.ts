import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, type FetchedPage } from '../crawler/fetch.js';
import { Politeness } from '../crawler/politeness.js';
import { RobotsCache } from '../crawler/robots.js';
import { deadPort, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let srv: FixtureServer;
beforeAll(async () => {
  srv = await startFixtureServer();
});
afterAll(async () => {
  await srv.close();
});

function page(url: string, status: number, body: string): FetchedPage {
  return {
    url,
    finalUrl: url,
    status,
    statusText: '',
    headers: {},
    headerList: [],
    body: new TextEncoder().encode(body),
    fetchedAt: new Date().toISOString(),
    redirects: [],
    requestHeaders: {},
  };
}

describe('RobotsCache', () => {
  it("applies the fixture site's robots.txt over HTTP", async () => {
    const robots = new RobotsCache();
    expect((await robots.check(`${srv.origin}/tin-tuc/so-ket-6-thang-dau-nam-2023.html`)).allowed).toBe(true);
    const no = await robots.check(`${srv.origin}/tin-tuc/noi-bo-ke-hoach-cong-tac.html`);
    expect(no.allowed).toBe(false);
    expect(no.reason).toContain(`${srv.origin}/robots.txt`);
  });

  it('fetches robots.txt once per origin, even for concurrent first requests', async () => {
    let calls = 0;
    const robots = new RobotsCache({
      fetch: async (url) => {
        calls++;
        await new Promise((r) => setTimeout(r, 20));
        return page(url, 200, 'User-agent: htxpress\nDisallow: /private\nCrawl-delay: 3\n\nUser-agent: *\nDisallow: /\n');
      },
    });
    const verdicts = await Promise.all(
      ['/a', '/b', '/private/x', '/c'].map((p) => robots.check(`https://lmhtx.thaibinh.gov.vn${p}`)),
    );
    expect(calls).toBe(1);
    // Our own group wins over "*": only /private is closed to us.
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false, true]);
    expect(verdicts[0]?.crawlDelayMs).toBe(3000);
    await robots.check('https://lmhtx.angiang.gov.vn/a');
    expect(calls).toBe(2);
  });

  it('treats a missing robots.txt as allow-all and a 5xx one as disallow', async () => {
    const missing = new RobotsCache({
      fetch: async (url) => {
        throw new FetchError(url, 'http_status', 'HTTP 404', { status: 404 });
      },
    });
    expect((await missing.check('https://a.example/x')).allowed).toBe(true);
    const broken = new RobotsCache({
      fetch: async (url) => {
        throw new FetchError(url, 'http_status', 'HTTP 503', { status: 503 });
      },
    });
    const v = await broken.check('https://a.example/x');
    expect(v.allowed).toBe(false);
    expect(v.reason).toMatch(/503/);
  });

  it('asks an unreachable robots.txt again once the failure has aged, and calls the refusal transient', async () => {
    let calls = 0;
    let clock = 0;
    const robots = new RobotsCache({
      now: () => clock,
      failureTtlMs: 1_000,
      fetch: async (url) => {
        calls++;
        if (calls === 1) throw new FetchError(url, 'connect', 'connection refused');
        return page(url, 200, 'User-agent: *\nDisallow: /quan-tri/\n');
      },
    });
    const first = await robots.check('https://lmhtx.camau.gov.vn/tin-tuc');
    expect(first).toMatchObject({ allowed: false, transient: true });
    clock = 500;
    expect((await robots.check('https://lmhtx.camau.gov.vn/tin-tuc')).allowed).toBe(false);
    expect(calls).toBe(1);
    clock = 1_500;
    expect((await robots.check('https://lmhtx.camau.gov.vn/tin-tuc')).allowed).toBe(true);
    const rule = await robots.check('https://lmhtx.camau.gov.vn/quan-tri/');
    expect(rule).toMatchObject({ allowed: false, transient: false });
    expect(calls).toBe(2);
  });

  it('disallows a dead host, saying why', async () => {
    const robots = new RobotsCache({ fetchOptions: { retries: 0 } });
    const url = `http://127.0.0.1:${await deadPort()}/tin-tuc/`;
    const v = await robots.check(url);
    expect(v.allowed).toBe(false);
    expect(v.reason).toMatch(/robots\.txt unavailable/);
    expect(v.reason).toMatch(/connection refused/);
  });
});

describe('Politeness', () => {
  it('runs one request at a time per host, spaced by the delay', async () => {
    const p = new Politeness({ minDelayMs: 80, maxConcurrency: 10 });
    const spans: Array<[number, number]> = [];
    let inFlight = 0;
    let maxInFlight = 0;
    await Promise.all(
      [1, 2, 3].map((i) =>
        p.run(`https://lmhtx.angiang.gov.vn/${i}`, async () => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          const start = Date.now();
          await new Promise((r) => setTimeout(r, 20));
          spans.push([start, Date.now()]);
          inFlight--;
        }),
      ),
    );
    expect(maxInFlight).toBe(1);
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]![0] - spans[i - 1]![1]).toBeGreaterThanOrEqual(75);
    }
  });

  it('lets a per-call delay (crawl-delay) raise the minimum', async () => {
    const p = new Politeness({ minDelayMs: 0 });
    const starts: number[] = [];
    for (const i of [1, 2]) await p.run(`https://h.example/${i}`, async () => void starts.push(Date.now()), 150);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(140);
  });

  it('runs different hosts in parallel but within the global cap', async () => {
    const p = new Politeness({ minDelayMs: 0, maxConcurrency: 2 });
    let inFlight = 0;
    let maxInFlight = 0;
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((h) =>
        p.run(`https://${h}.example/`, async () => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await new Promise((r) => setTimeout(r, 50));
          inFlight--;
        }),
      ),
    );
    // 2, not 1: different hosts overlap; not 4: the global cap holds.
    expect(maxInFlight).toBe(2);
  });

  it('keeps going after a request fails', async () => {
    const p = new Politeness({ minDelayMs: 0 });
    await expect(p.run('https://x.example/1', async () => Promise.reject(new Error('dead')))).rejects.toThrow('dead');
    await expect(p.run('https://x.example/2', async () => 'ok')).resolves.toBe('ok');
  });
});
