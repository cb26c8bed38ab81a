// Many machines sharing one crawl through Redis. This file only schedules:
// the work itself is queue/handlers.ts, exactly as the local runner calls it.
// Each extract worker saves its results to <out>/results/ as it goes, so a
// worker or Redis dying loses nothing finished; the collector builds the
// dataset from that folder (queue/results.ts).
import { createHash, randomBytes } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions, type RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { ArchiveRef } from '../schemas/archive.js';
import { ArchiveError } from '../crawler/archive.js';
import { canonicalizeUrl } from '../crawler/discover.js';
import { FetchError } from '../crawler/fetch.js';
import { RobotsDisallowedError } from '../crawler/robots.js';
import { expandSeed } from '../crawler/seeds.js';
import { defaultSites, type SiteRegistry } from '../crawler/sites.js';
import { discoverHandler, extractHandler, ExtractError, fetchHandler, type HandlerDeps } from './handlers.js';
import type { CrawlFailure } from './local.js';
import { saveResult } from './results.js';

export const FETCH_QUEUE = 'htxpress-fetch';
export const EXTRACT_QUEUE = 'htxpress-extract';
export const DEFAULT_PREFIX = 'htxpress';

export interface BullOptions {
  redisUrl: string;
  /** Redis key prefix of the queues; separate prefixes never see each other's jobs. */
  prefix?: string;
}

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  constructor(
    readonly redisUrl: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Redis at ${redactUrl(redisUrl)} is not reachable: ${detail}`, options);
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/**
 * ioredis options from a redis:// or rediss:// URL. Workers need
 * `maxRetriesPerRequest: null` (BullMQ's blocking commands must wait out a
 * reconnect rather than fail); producers fail fast instead.
 */
export function redisOptions(redisUrl: string, role: 'worker' | 'producer'): RedisOptions {
  let u: URL;
  try {
    u = new URL(redisUrl);
  } catch {
    throw new RedisUnavailableError(redisUrl, 'not a redis:// URL');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new RedisUnavailableError(redisUrl, `unsupported scheme ${u.protocol}`);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: role === 'worker' ? null : 3,
  };
}

/** One PING with no reconnect attempts: a clear error now instead of endless retries later. */
export async function assertRedisReachable(redisUrl: string, timeoutMs = 3_000): Promise<void> {
  const client = new Redis({
    ...redisOptions(redisUrl, 'producer'),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // ioredis rejects connect() with a bare "Connection is closed."; the reason came in an 'error' event.
  let underlying: Error | null = null;
  client.on('error', (e: Error) => (underlying ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    const why = underlying ?? (e as Error);
    throw new RedisUnavailableError(redisUrl, why.message, { cause: why });
  } finally {
    client.disconnect();
  }
}

const FetchData = z.object({ runId: z.string(), url: z.string(), kind: z.enum(['listing', 'article']).nullable().optional() });
const ExtractData = z.object({ runId: z.string(), url: z.string(), archiveRef: ArchiveRef });
type FetchData = z.infer<typeof FetchData>;
type ExtractData = z.infer<typeof ExtractData>;

export interface RetryOptions {
  /** Tries per job, the first included. */
  attempts?: number;
  /** First retry delay; doubles each time. */
  backoffMs?: number;
}

function jobOptions(r: RetryOptions): JobsOptions {
  return {
    attempts: r.attempts ?? 3,
    backoff: { type: 'exponential', delay: r.backoffMs ?? 15_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

/** ioredis reconnects on its own and reports every failed attempt: pass on one line per interval. */
function throttle(log: (line: string) => void, intervalMs: number): (line: string) => void {
  let last = 0;
  return (line) => {
    if (Date.now() - last < intervalMs) return;
    last = Date.now();
    log(line);
  };
}

function hash16(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** Producer side: queues, plus the run's seen-set and page budget in Redis. */
export class CrawlQueues {
  readonly prefix: string;
  readonly redisUrl: string;
  readonly fetch: Queue;
  readonly extract: Queue;
  private readonly redis: Redis;
  private readonly jobOpts: JobsOptions;

  constructor(o: BullOptions & RetryOptions & { log?: (line: string) => void }) {
    this.prefix = o.prefix ?? DEFAULT_PREFIX;
    this.redisUrl = o.redisUrl;
    const connection = redisOptions(o.redisUrl, 'producer');
    this.jobOpts = jobOptions(o);
    this.fetch = new Queue(FETCH_QUEUE, { connection, prefix: this.prefix, defaultJobOptions: this.jobOpts });
    this.extract = new Queue(EXTRACT_QUEUE, { connection, prefix: this.prefix, defaultJobOptions: this.jobOpts });
    this.redis = new Redis(connection);
    const say = throttle(o.log ?? ((line: string) => console.error(line)), 5_000);
    const report = (e: Error) => say(`htxpress: Redis at ${redactUrl(o.redisUrl)}: ${e.message} (retrying)`);
    this.fetch.on('error', report);
    this.extract.on('error', report);
    this.redis.on('error', () => {}); // commands on it reject with the same error
  }

  private key(runId: string, what: string): string {
    return `${this.prefix}:htxpress-run:${runId}:${what}`;
  }

  async startRun(maxPages: number): Promise<string> {
    const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    await this.redis.set(this.key(runId, 'max-pages'), String(maxPages), 'EX', 7 * 24 * 3600);
    return runId;
  }

  /** Queues URLs not yet seen in this run, within its page budget; returns how many were queued. */
  async addFetches(runId: string, jobs: Array<{ url: string; kind: 'listing' | 'article' | null }>): Promise<number> {
    const max = Number((await this.redis.get(this.key(runId, 'max-pages'))) ?? Infinity);
    let added = 0;
    for (const job of jobs) {
      const url = canonicalizeUrl(job.url);
      if (!url) continue;
      // SADD answers 1 only for the first worker to find the URL, wherever it runs.
      if ((await this.redis.sadd(this.key(runId, 'seen'), url)) === 0) continue;
      await this.redis.expire(this.key(runId, 'seen'), 7 * 24 * 3600);
      const n = await this.redis.incr(this.key(runId, 'budget'));
      await this.redis.expire(this.key(runId, 'budget'), 7 * 24 * 3600);
      if (n > max) continue;
      const data: FetchData = { runId, url, kind: job.kind };
      await this.fetch.add('fetch', data, { jobId: `${runId}-${hash16(url)}` });
      added++;
    }
    return added;
  }

  async addExtract(data: ExtractData): Promise<void> {
    await this.extract.add('extract', data, { jobId: `${data.runId}-x-${data.archiveRef.id}` });
  }

  /** Jobs not yet finished (waiting, active, delayed for retry) across both queues. */
  async unfinished(): Promise<number> {
    const states = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;
    let a: Record<string, number>;
    let b: Record<string, number>;
    try {
      [a, b] = await Promise.all([this.fetch.getJobCounts(...states), this.extract.getJobCounts(...states)]);
    } catch (e) {
      throw new RedisUnavailableError(this.redisUrl, `lost while waiting for the crawl (${(e as Error).message}); finished results stay in results/, the queued jobs in Redis`, { cause: e });
    }
    return [a, b].reduce((sum, counts) => sum + Object.values(counts).reduce((x, y) => x + y, 0), 0);
  }

  /** Jobs of this run that failed for good, as per-URL failures. */
  async failures(runId: string): Promise<CrawlFailure[]> {
    const out: CrawlFailure[] = [];
    for (const [queue, stage] of [
      [this.fetch, 'fetch'],
      [this.extract, 'extract'],
    ] as const) {
      for (const job of await queue.getFailed(0, -1)) {
        const data = job.data as { runId?: string; url?: string };
        if (data.runId !== runId) continue;
        out.push({ url: data.url ?? '?', stage, error: job.failedReason ?? 'failed' });
      }
    }
    return out.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  }

  async close(): Promise<void> {
    // With Redis gone, closing rejects the commands still queued ("Reached the max retries per request limit"):
    // there is nothing left to close then, so that is no error; anything else still is.
    const closed = await Promise.allSettled([this.fetch.close(), this.extract.close()]);
    this.redis.disconnect();
    rethrowUnlessLost(closed);
  }
}

/** A command rejected because the connection to Redis is gone (after its retries), not because of what it asked. */
export function lostConnection(e: unknown): boolean {
  const err = e as { name?: string; message?: string } | null;
  return !!err && (err.name === 'MaxRetriesPerRequestError' || /Connection is closed|ECONNREFUSED|ECONNRESET|EPIPE|max retries per request/iu.test(err.message ?? ''));
}

function rethrowUnlessLost(settled: PromiseSettledResult<unknown>[]): void {
  for (const r of settled) if (r.status === 'rejected' && !lostConnection(r.reason)) throw r.reason;
}

/** Queues the seeds of a new run; returns its id. */
export async function enqueueCrawl(
  queues: CrawlQueues,
  seeds: string[],
  opts: { maxPages?: number; sites?: SiteRegistry } = {},
): Promise<{ runId: string; enqueued: number; errors: CrawlFailure[] }> {
  const runId = await queues.startRun(opts.maxPages ?? 200);
  const errors: CrawlFailure[] = [];
  const jobs = [];
  for (const seed of seeds) {
    try {
      jobs.push(...expandSeed(seed, opts.sites ?? defaultSites));
    } catch (e) {
      errors.push({ url: seed, stage: 'seed', error: (e as Error).message });
    }
  }
  const enqueued = await queues.addFetches(runId, jobs);
  return { runId, enqueued, errors };
}

export interface CrawlWorkers {
  /** Finishes the jobs in hand, then stops; gives up after `closeTimeoutMs` if Redis went away meanwhile. */
  close(closeTimeoutMs?: number): Promise<void>;
}

export interface WorkerOptions extends BullOptions, RetryOptions {
  deps: HandlerDeps;
  /** Jobs per queue processed at once by this process. */
  concurrency?: number;
  log?: (line: string) => void;
}

/** Errors that another attempt cannot fix: fail the job now instead of retrying. */
function permanent(e: unknown): boolean {
  if (e instanceof RobotsDisallowedError) return !e.transient;
  if (e instanceof ExtractError || e instanceof ArchiveError || e instanceof z.ZodError) return true;
  if (e instanceof FetchError) {
    if (e.kind === 'invalid_url' || e.kind === 'too_large' || e.kind === 'redirect' || e.kind === 'dns') return true;
    if (e.kind === 'http_status') return e.status !== null && e.status < 500 && e.status !== 429;
  }
  return false;
}

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (permanent(e)) throw new UnrecoverableError((e as Error).message);
    throw e;
  }
}

/** Starts a fetch worker and an extract worker in this process; both call queue/handlers.ts. */
export async function startWorkers(o: WorkerOptions): Promise<CrawlWorkers> {
  await assertRedisReachable(o.redisUrl);
  const prefix = o.prefix ?? DEFAULT_PREFIX;
  const log = o.log ?? ((line: string) => console.error(line));
  const queues = new CrawlQueues({ ...o, log });
  const connection = redisOptions(o.redisUrl, 'worker');
  const concurrency = o.concurrency ?? 4;
  const { deps } = o;

  const fetchWorker = new Worker(
    FETCH_QUEUE,
    (job: Job) =>
      guarded(async () => {
        const data = FetchData.parse(job.data);
        const fetched = await fetchHandler({ url: data.url, kind: data.kind ?? null }, deps);
        if (fetched.kind === 'listing') {
          const links = await discoverHandler({ archiveRef: fetched.archiveRef }, deps);
          const n = await queues.addFetches(data.runId, [
            ...links.listings.map((url) => ({ url, kind: 'listing' as const })),
            ...links.articles.map((url) => ({ url, kind: 'article' as const })),
          ]);
          log(`listing ${fetched.url}: ${links.articles.length} articles, ${n} new jobs`);
        } else if (fetched.kind === 'article') {
          await queues.addExtract({ runId: data.runId, url: fetched.url, archiveRef: fetched.archiveRef });
        }
        return fetched;
      }),
    { connection, prefix, concurrency },
  );
  const extractWorker = new Worker(
    EXTRACT_QUEUE,
    (job: Job) =>
      guarded(async () => {
        const data = ExtractData.parse(job.data);
        const result = await extractHandler({ archiveRef: data.archiveRef }, deps);
        await saveResult(deps.outDir, result);
        log(`extracted ${data.url}: document ${result.document.id}, ${result.facts.length} facts`);
        return { documentId: result.document.id, facts: result.facts.length };
      }),
    { connection, prefix, concurrency },
  );
  const sayRedis = throttle(log, 5_000);
  for (const w of [fetchWorker, extractWorker]) {
    w.on('error', (e) => sayRedis(`htxpress worker: Redis at ${redactUrl(o.redisUrl)}: ${e.message} (retrying)`));
    w.on('failed', (job, e) => {
      if (job) log(`${w.name} job for ${(job.data as { url?: string }).url ?? job.id} failed (attempt ${job.attemptsMade}): ${e.message}`);
    });
  }
  await Promise.all([fetchWorker.waitUntilReady(), extractWorker.waitUntilReady()]);
  return {
    async close(closeTimeoutMs = 30_000) {
      const all = [fetchWorker, extractWorker];
      // A graceful close needs Redis to hand back the jobs in progress; with Redis
      // gone it waits for ever, and a forced close cannot interrupt it once begun.
      const reachable = await assertRedisReachable(o.redisUrl, 1_000).then(
        () => true,
        () => false,
      );
      if (!reachable) {
        log(`htxpress worker: Redis at ${redactUrl(o.redisUrl)} is gone; closing without handing jobs back (their locks expire and another worker retries them)`);
        rethrowUnlessLost(await Promise.allSettled(all.map((w) => w.close(true))));
      } else {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), closeTimeoutMs)));
        // Worker.close() lets the jobs in hand finish before it returns.
        const result = await Promise.race([Promise.all(all.map((w) => w.close())).then(() => 'closed' as const), timedOut]);
        clearTimeout(timer);
        if (result === 'timeout') log(`htxpress worker: workers did not close within ${closeTimeoutMs} ms (Redis at ${redactUrl(o.redisUrl)} lost?)`);
      }
      await queues.close();
    },
  };
}

/** Polls until neither queue has unfinished jobs; returns the run's failures. */
export async function waitForRun(
  queues: CrawlQueues,
  runId: string,
  opts: { pollMs?: number; timeoutMs?: number; onPoll?: (unfinished: number) => void } = {},
): Promise<CrawlFailure[]> {
  const deadline = Date.now() + (opts.timeoutMs ?? 24 * 3600_000);
  let quiet = 0;
  for (;;) {
    const n = await queues.unfinished();
    opts.onPoll?.(n);
    // Two quiet polls in a row: a fetch job adds its children before it completes, but be sure.
    quiet = n === 0 ? quiet + 1 : 0;
    if (quiet >= 2) return queues.failures(runId);
    if (Date.now() > deadline) throw new Error(`crawl run ${runId}: still ${n} unfinished jobs after the timeout`);
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
  }
}
