// Closing the queues after Redis has gone: the commands still queued are rejected by ioredis
// ("Reached the max retries per request limit"); that is the connection being gone, not an error of
// closing, so close() resolves and the caller's own error (naming the URL) is the one reported.
import { spawn, spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { CrawlQueues, lostConnection } from '../queue/bullmq.js';
import { deadPort } from './helpers/fixture-server.js';
import { probeRedis } from './helpers/redis.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedisServer) console.warn('skipping the closing-with-Redis-gone test of a killed server: no redis-server binary on PATH');
if (!hasRedisServer && process.env.CI === 'true') throw new Error('CI=true: the closing-with-Redis-gone test needs redis-server on PATH');

describe('closing with Redis gone', () => {
  it('tells a command lost with its connection from an error of the command itself', async () => {
    const port = await deadPort();
    const client = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1, retryStrategy: () => 20, lazyConnect: false });
    client.on('error', () => {});
    const lost = await client.get('k').catch((e: unknown) => e);
    client.disconnect();
    expect((lost as Error).name).toBe('MaxRetriesPerRequestError');
    expect(lostConnection(lost)).toBe(true);
    expect(lostConnection(new Error('ERR wrong number of arguments for \'get\' command'))).toBe(false);
    expect(lostConnection(null)).toBe(false);
  });

  it.skipIf(!hasRedisServer)('closes queues whose Redis died under them, with commands still pending, without throwing', async () => {
    const port = await deadPort();
    const url = `redis://127.0.0.1:${port}`;
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 100 && !(await probeRedis(url, 200)).ok; i++) await new Promise((r) => setTimeout(r, 50));
      const queues = new CrawlQueues({ redisUrl: url, prefix: 'closegone', attempts: 1, log: () => {} });
      expect(await queues.unfinished()).toBe(0);
      server.kill('SIGKILL');
      await new Promise((r) => server.once('exit', r));
      const pending = [queues.unfinished().catch((e: unknown) => e), queues.addFetches('run', [{ url: 'https://example.org/a', kind: 'article' }]).catch((e: unknown) => e)];
      await expect(queues.close()).resolves.toBeUndefined();
      for (const p of pending) expect(String(await p)).toMatch(/127\.0\.0\.1|max retries|Connection is closed/u);
    } finally {
      server.kill('SIGKILL');
    }
  }, 30_000);
});
