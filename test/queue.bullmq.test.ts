// BullMQ end to end on a real Redis (REDIS_URL, default 127.0.0.1:6379):
// enqueue → fetch/extract workers → results/ → collector. And what happens
// when Redis is not there.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArchive } from '../crawler/archive.js';
import { SiteRegistry } from '../crawler/sites.js';
import { fetchPage } from '../crawler/fetch.js';
import { extractDocument } from '../extractors/document.js';
import { CrawlQueues, RedisUnavailableError, assertRedisReachable, enqueueCrawl, startWorkers, waitForRun } from '../queue/bullmq.js';
import { createHandlerDeps } from '../queue/handlers.js';
import { collectDataset, loadResults, saveResult } from '../queue/results.js';
import { workerCommand } from '../cli/commands/worker.js';
import { deadPort, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { deletePrefix, redisForTests, uniquePrefix } from './helpers/redis.js';

const redis = await redisForTests();
const ARTICLES = ['so-ket-6-thang-dau-nam-2023.html', 'dai-hoi-lien-minh-htx-nhiem-ky-2020-2025.html', 'tap-huan-nghiep-vu-ke-toan-htx.html'];

let srv: FixtureServer;
let out: string;
beforeAll(async () => {
  srv = await startFixtureServer();
  out = await mkdtemp(join(tmpdir(), 'htxpress-bull-'));
});
afterAll(async () => {
  await srv.close();
  await rm(out, { recursive: true, force: true });
});

describe.skipIf(!redis.run)('BullMQ crawl on Redis', () => {
  const prefix = uniquePrefix('bull');
  afterAll(async () => {
    await deletePrefix(prefix, redis.url);
  });

  it('enqueue → workers → results/ → collector, with per-URL failures', async () => {
    const sites = new SiteRegistry([srv.site]);
    const deadUrl = `http://127.0.0.1:${await deadPort()}/tin-tuc/`;
    const queues = new CrawlQueues({ redisUrl: redis.url, prefix, attempts: 2, backoffMs: 20 });
    const workers = await startWorkers({
      redisUrl: redis.url,
      prefix,
      attempts: 2,
      backoffMs: 20,
      concurrency: 2,
      deps: createHandlerDeps({ outDir: out, sites, minDelayMs: 0, fetchOptions: { retries: 0 } }),
      log: () => {},
    });
    try {
      const { runId, enqueued } = await enqueueCrawl(queues, [srv.host, deadUrl], { sites, maxPages: 50 });
      expect(enqueued).toBe(2);
      const failures = await waitForRun(queues, runId, { pollMs: 100, timeoutMs: 60_000 });
      expect(failures.map((f) => f.url).sort()).toEqual([deadUrl, `${srv.origin}/tin-tuc/noi-bo-ke-hoach-cong-tac.html`].sort());
      expect(failures.find((f) => f.url === deadUrl)?.error).toMatch(/refused/);
      expect(failures.find((f) => f.url !== deadUrl)?.error).toMatch(/robots\.txt/);
      // The dead host is retried by BullMQ (attempts: 2); the robots refusal is not.
      const deadJobs = await queues.fetch.getFailed(0, -1);
      expect(deadJobs.find((j) => j.data.url === deadUrl)?.attemptsMade).toBe(2);
      expect(deadJobs.find((j) => j.data.url !== deadUrl)?.attemptsMade).toBe(1);
    } finally {
      await workers.close();
      await queues.close();
    }

    const results = await loadResults(out);
    expect(results.map((r) => r.document.url).sort()).toEqual(ARTICLES.map((a) => `${srv.origin}/tin-tuc/${a}`).sort());
    expect(srv.requests.filter((r) => r.path === '/tin-tuc/so-ket-6-thang-dau-nam-2023.html')).toHaveLength(1);
    expect(await listArchive(out)).toHaveLength(5);

    const { dataset, archived } = await collectDataset(out);
    expect(dataset.documents).toBe(3);
    expect(archived).toBe(5);
    const docs = (await readFile(join(out, 'documents.jsonl'), 'utf8')).trim().split('\n');
    expect(docs).toHaveLength(3);
    expect(existsSync(join(out, 'archive', 'index.jsonl'))).toBe(true);
  });

  it('does not fetch a URL twice in one run, even when two listings name it', async () => {
    const queues = new CrawlQueues({ redisUrl: redis.url, prefix });
    try {
      const runId = await queues.startRun(10);
      const a = `${srv.origin}/tin-tuc/x.html`;
      expect(await queues.addFetches(runId, [{ url: a, kind: 'article' }, { url: `${a}?utm_source=fb#c`, kind: 'article' }])).toBe(1);
      expect(await queues.addFetches(runId, [{ url: a, kind: 'article' }])).toBe(0);
      await queues.fetch.drain();
    } finally {
      await queues.close();
    }
  });
});

describe('when Redis is not there', () => {
  it('fails with an error naming REDIS_URL, and results already written survive', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htxpress-noredis-'));
    try {
      const page = await fetchPage(`${srv.origin}/tin-tuc/${ARTICLES[0]}`);
      const done = extractDocument({ bytes: page.body, contentType: page.headers['content-type'], url: page.finalUrl, fetchedAt: page.fetchedAt, httpStatus: 200 });
      await saveResult(dir, done);

      const url = `redis://127.0.0.1:${await deadPort()}`;
      const err = await assertRedisReachable(url, 1_000).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RedisUnavailableError);
      expect((err as Error).message).toContain(`Redis at ${url} is not reachable`);
      await expect(
        startWorkers({ redisUrl: url, deps: createHandlerDeps({ outDir: dir }), log: () => {} }),
      ).rejects.toThrow(url);
      expect(await workerCommand(['--redis', url, '--out', dir])).toBe(1);

      const kept = await loadResults(dir);
      expect(kept.map((r) => r.document.id)).toEqual([done.document.id]);
      const { dataset } = await collectDataset(dir);
      expect(dataset.documents).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('hides the password of a Redis URL in the error', async () => {
    const url = `redis://user:s3cret@127.0.0.1:${await deadPort()}`;
    const err = (await assertRedisReachable(url, 500).catch((e: unknown) => e)) as Error;
    expect(err.message).not.toContain('s3cret');
    expect(err.message).toContain('***');
  });
});
