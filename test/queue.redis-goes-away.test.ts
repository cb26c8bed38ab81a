// A private redis-server (random loopback port) killed in the middle of a
// BullMQ crawl: the error names its URL, the worker closes instead of
// hanging, and every result already saved is still there for the collector.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteRegistry } from '../crawler/sites.js';
import { CrawlQueues, RedisUnavailableError, enqueueCrawl, startWorkers, waitForRun } from '../queue/bullmq.js';
import { createHandlerDeps } from '../queue/handlers.js';
import { collectDataset, loadResults } from '../queue/results.js';
import { deadPort, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { probeRedis } from './helpers/redis.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedisServer) console.warn('skipping the Redis-goes-away test: no redis-server binary on PATH');
if (!hasRedisServer && process.env.CI === 'true') throw new Error('CI=true: the Redis-goes-away test needs redis-server on PATH');

const SLOW = '/tin-tuc/tap-huan-nghiep-vu-ke-toan-htx.html';

let srv: FixtureServer;
let out: string;
let redis: ChildProcess | null = null;
let url: string;

beforeAll(async () => {
  srv = await startFixtureServer();
  out = await mkdtemp(join(tmpdir(), 'htxpress-goaway-'));
});
afterAll(async () => {
  redis?.kill('SIGKILL');
  await srv.close();
  await rm(out, { recursive: true, force: true });
});

async function until(cond: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasRedisServer)('Redis going away mid-crawl', () => {
  it('names REDIS_URL, closes the workers, and keeps every saved result', async () => {
    const port = await deadPort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await until(async () => (await probeRedis(url, 300)).ok, 10_000, `redis-server on ${url}`);

    // Long enough that the run is still going when Redis dies, even on a loaded machine (3 s was not, once).
    srv.delays.set(SLOW, 15_000);
    const sites = new SiteRegistry([srv.site]);
    const log: string[] = [];
    const queues = new CrawlQueues({ redisUrl: url, prefix: 'goaway', attempts: 1, log: (l) => log.push(l) });
    const workers = await startWorkers({
      redisUrl: url,
      prefix: 'goaway',
      attempts: 1,
      concurrency: 3,
      deps: createHandlerDeps({ outDir: out, sites, minDelayMs: 0 }),
      log: (l) => log.push(l),
    });
    const { runId } = await enqueueCrawl(queues, [srv.host], { sites });
    const saved = async () => (await readdir(join(out, 'results')).catch(() => [])).filter((n) => n.endsWith('.json')).length;
    await until(async () => (await saved()) >= 2, 20_000, 'two results saved');

    redis.kill('SIGKILL');
    await until(async () => redis!.exitCode !== null || redis!.signalCode !== null, 5_000, 'redis-server to die');

    const err = await waitForRun(queues, runId, { pollMs: 50, timeoutMs: 30_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisUnavailableError);
    expect((err as Error).message).toContain(`Redis at ${url}`);

    const t0 = Date.now();
    await workers.close(5_000);
    await queues.close();
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(log.join('\n')).toContain(`Redis at ${url}`);

    const results = await loadResults(out);
    expect(results.length).toBeGreaterThanOrEqual(2);
    const { dataset } = await collectDataset(out);
    expect(dataset.documents).toBe(results.length);
  }, 60_000);
});
