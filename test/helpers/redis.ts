// Redis for the queue tests. Outside CI a missing Redis skips those tests with
// a printed reason (a laptop without Redis can still run the rest); under
// CI=true it fails them, so a broken CI service never passes as "skipped".
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export type Probe = { ok: true } | { ok: false; reason: string };

/** One PING, no reconnects, bounded in time. */
export async function probeRedis(url: string = REDIS_URL, timeoutMs = 1_500): Promise<Probe> {
  let client: Redis;
  try {
    client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
  } catch (e) {
    return { ok: false, reason: `bad REDIS_URL ${url}: ${(e as Error).message}` };
  }
  // connect() rejects with a bare "Connection is closed."; the cause comes as an 'error' event.
  let cause: Error | null = null;
  client.on('error', (e: Error) => (cause ??= e));
  try {
    await client.connect();
    await client.ping();
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `no Redis answers at ${url} (${(cause ?? (e as Error)).message.replace(/\.$/, '')})` };
  } finally {
    client.disconnect();
  }
}

export type RedisDecision = { run: true; url: string } | { run: false; url: string; reason: string };

/** Pure decision, so it can be tested without a Redis: run, skip with a reason, or throw under CI. */
export function decideRedis(probe: Probe, ci: boolean, url: string = REDIS_URL): RedisDecision {
  if (probe.ok) return { run: true, url };
  if (ci) {
    throw new Error(`CI=true and the queue tests need Redis, but ${probe.reason}. Start redis-server in .ci/run or set REDIS_URL.`);
  }
  return { run: false, url, reason: `skipping Redis tests: ${probe.reason} (set REDIS_URL or start redis-server)` };
}

/** For a test file's top level: `const redis = await redisForTests(); describe.skipIf(!redis.run)(…)`. */
export async function redisForTests(): Promise<RedisDecision> {
  const decision = decideRedis(await probeRedis(), process.env.CI === 'true');
  if (!decision.run) console.warn(decision.reason);
  return decision;
}

/** A queue prefix no other test run shares. */
export function uniquePrefix(label = 'test'): string {
  return `htxpress-${label}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under `prefix:` (SCAN, not KEYS, to stay polite on a shared Redis). */
export async function deletePrefix(prefix: string, url: string = REDIS_URL): Promise<number> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) deleted += await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return deleted;
}
