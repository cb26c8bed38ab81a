// The local runner end to end against the loopback fixture site, with the real
// extractor: listing → discovery → fetch → archive → extract → results/.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArchive, readArchived } from '../crawler/archive.js';
import { SiteRegistry } from '../crawler/sites.js';
import { projectFile } from '../extractors/paths.js';
import { ExtractError, createHandlerDeps, extractHandler, fetchHandler } from '../queue/handlers.js';
import { runLocalCrawl, type LocalCrawlResult } from '../queue/local.js';
import { loadResults } from '../queue/results.js';
import { deadPort, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

const ARTICLES = ['so-ket-6-thang-dau-nam-2023.html', 'dai-hoi-lien-minh-htx-nhiem-ky-2020-2025.html', 'tap-huan-nghiep-vu-ke-toan-htx.html'];
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let srv: FixtureServer;
let out: string;
let deadUrl: string;
let run: LocalCrawlResult;
const events: string[] = [];

beforeAll(async () => {
  srv = await startFixtureServer();
  out = await mkdtemp(join(tmpdir(), 'htxpress-local-'));
  deadUrl = `http://127.0.0.1:${await deadPort()}/tin-tuc/`;
  run = await runLocalCrawl({
    seeds: [srv.host, deadUrl],
    outDir: out,
    sites: new SiteRegistry([srv.site]),
    minDelayMs: 0,
    concurrency: 3,
    fetchOptions: { retries: 0 },
    onEvent: (e) => events.push(e.type),
  });
});
afterAll(async () => {
  await srv.close();
  await rm(out, { recursive: true, force: true });
});

describe('runLocalCrawl', () => {
  it('fetches the listing, its next page and each article once', () => {
    const urls = run.fetched.map((f) => f.url).sort();
    expect(urls).toEqual(
      [`${srv.origin}/tin-tuc/`, `${srv.origin}/tin-tuc/?page=2`, ...ARTICLES.map((a) => `${srv.origin}/tin-tuc/${a}`)].sort(),
    );
    expect(run.fetched.filter((f) => f.kind === 'listing')).toHaveLength(2);
    // Each article once, though the listing links one of them twice (with utm_*/fbclid) and page 2 repeats them all.
    expect(srv.requests.filter((r) => r.path.startsWith('/tin-tuc/tap-huan')).length).toBe(1);
  });

  it('reports the dead host and the robots-disallowed page as per-URL errors, and goes on', () => {
    const byUrl = new Map(run.errors.map((e) => [e.url, e]));
    expect(run.errors).toHaveLength(2);
    const dead = byUrl.get(deadUrl);
    expect(dead?.stage).toBe('fetch');
    expect(dead?.error).toContain(deadUrl);
    expect(dead?.error).toMatch(/refused/);
    const robots = byUrl.get(`${srv.origin}/tin-tuc/noi-bo-ke-hoach-cong-tac.html`);
    expect(robots?.error).toMatch(/robots\.txt/);
    expect(srv.requests.some((r) => r.path.includes('noi-bo'))).toBe(false);
    expect(events).toContain('failed');
  });

  it('archives every response with the bytes the server sent', async () => {
    const entries = await listArchive(out);
    expect(entries.map((e) => e.url).sort()).toEqual(run.fetched.map((f) => f.url).sort());
    for (const a of ARTICLES) {
      const onDisk = await readFile(projectFile('corpus/sites/lmhtx.angiang.gov.vn/tin-tuc', a));
      const entry = entries.find((e) => e.url.endsWith(a))!;
      expect(entry.contentSha256).toBe(sha256(onDisk));
    }
  });

  it('extracts each article into a document with crawl provenance, saved under results/', async () => {
    expect(run.results.map((r) => r.document.url).sort()).toEqual(ARTICLES.map((a) => `${srv.origin}/tin-tuc/${a}`).sort());
    const entries = await listArchive(out);
    for (const r of run.results) {
      const entry = entries.find((e) => e.url === r.document.url)!;
      expect(r.document.id).toBe(sha256(new TextEncoder().encode(r.document.url!)).slice(0, 16));
      expect(r.document.fetchedAt).toBe(entry.fetchedAt);
      expect(r.document.httpStatus).toBe(200);
      expect(r.document.contentSha256).toBe(entry.contentSha256);
      expect(existsSync(join(out, 'results', `${r.document.id}.json`))).toBe(true);
    }
    const saved = await loadResults(out);
    expect(saved.map((r) => r.document.id)).toEqual(run.results.map((r) => r.document.id));
    const soKet = run.results.find((r) => r.document.url!.includes('so-ket'))!;
    expect(soKet.document.title).toContain('Sơ kết hoạt động kinh tế tập thể');
    expect(soKet.document.text).toContain('279 HTX');
  });

  it('re-extracts from the archive alone, without the network', async () => {
    const deps = createHandlerDeps({ outDir: out, minDelayMs: 0, fetchOptions: { retries: 0, dispatcher: undefined } });
    const before = srv.requests.length;
    for (const f of run.fetched.filter((x) => x.kind === 'article')) {
      const again = await extractHandler({ archiveRef: f.archiveRef }, deps);
      expect(JSON.stringify(again)).toBe(JSON.stringify(run.results.find((r) => r.document.url === f.url)));
    }
    expect(srv.requests.length).toBe(before);
  });

  it('stops at max-pages and says which URLs it left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htxpress-max-'));
    try {
      const small = await runLocalCrawl({
        seeds: [srv.host],
        outDir: dir,
        sites: new SiteRegistry([srv.site]),
        minDelayMs: 0,
        maxPages: 2,
      });
      expect(small.fetched).toHaveLength(2);
      expect(small.skipped.length).toBeGreaterThan(0);
      expect(await listArchive(dir)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('handlers', () => {
  it('archives a gzip response as sent and extracts it decoded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htxpress-gzip-'));
    try {
      const deps = createHandlerDeps({ outDir: dir, minDelayMs: 0, sites: new SiteRegistry([srv.site]) });
      const fetched = await fetchHandler({ url: `${srv.origin}/_test/gzip`, kind: 'article' }, deps);
      expect(fetched.kind).toBe('article');
      const raw = await readArchived(dir, fetched.archiveRef);
      expect([raw.body[0], raw.body[1]]).toEqual([0x1f, 0x8b]);
      const result = await extractHandler({ archiveRef: fetched.archiveRef }, deps);
      expect(result.document.text).toContain('nghiệp vụ kế toán');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('archives an error response before reporting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htxpress-404-'));
    try {
      const deps = createHandlerDeps({ outDir: dir, minDelayMs: 0 });
      await expect(fetchHandler({ url: `${srv.origin}/_test/404` }, deps)).rejects.toThrow(/HTTP 404.*archived as [0-9a-f]{16}/);
      const [entry] = await listArchive(dir);
      expect(entry?.status).toBe(404);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the URL and the archived response when extraction fails, and keeps the archive', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htxpress-bad-'));
    try {
      const deps = createHandlerDeps({
        outDir: dir,
        minDelayMs: 0,
        extract: () => {
          throw new Error('malformed page');
        },
      });
      const url = `${srv.origin}/tin-tuc/${ARTICLES[1]}`;
      const fetched = await fetchHandler({ url }, deps);
      const err = (await extractHandler({ archiveRef: fetched.archiveRef }, deps).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(ExtractError);
      expect(err.message).toContain(url);
      expect(err.message).toContain(fetched.archiveRef.id);
      expect(err.message).toContain('malformed page');
      expect((await readArchived(dir, fetched.archiveRef)).status).toBe(200);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a job whose archive reference is not one', async () => {
    const deps = createHandlerDeps({ outDir: out, minDelayMs: 0 });
    await expect(extractHandler({ archiveRef: { id: 'x', warcFile: '/etc/passwd', offset: 0, length: 1 } }, deps)).rejects.toThrow();
  });

  it('archives but does not extract a non-text response', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htxpress-bin-'));
    try {
      const deps = createHandlerDeps({ outDir: dir, minDelayMs: 0, fetchOptions: { maxBodyBytes: 100 * 1024 * 1024 } });
      const fetched = await fetchHandler({ url: `${srv.origin}/_test/huge` }, deps);
      expect(fetched.kind).toBe('other');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
