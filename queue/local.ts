// The local runner: the whole crawl in this process, no Redis. Same handlers
// as the BullMQ workers, scheduled by a bounded in-memory frontier.
import type { ExtractResult } from '../extractors/document.js';
import { canonicalizeUrl } from '../crawler/discover.js';
import { expandSeed } from '../crawler/seeds.js';
import {
  createHandlerDeps,
  discoverHandler,
  extractHandler,
  fetchHandler,
  type FetchJob,
  type FetchJobResult,
  type HandlerDeps,
  type HandlerDepsOptions,
} from './handlers.js';
import { saveResult } from './results.js';

export type CrawlStage = 'seed' | 'fetch' | 'discover' | 'extract';

export interface CrawlFailure {
  url: string;
  stage: CrawlStage;
  error: string;
}

export type CrawlEvent =
  | { type: 'fetched'; url: string; status: number; kind: string }
  | { type: 'discovered'; url: string; articles: number; listings: number }
  | { type: 'extracted'; url: string; documentId: string; facts: number }
  | { type: 'failed'; failure: CrawlFailure };

export interface LocalCrawlOptions extends HandlerDepsOptions {
  seeds: string[];
  /** Pages fetched at most, listings included. */
  maxPages?: number;
  /** Jobs in progress at once (fetches are further limited per host by politeness). */
  concurrency?: number;
  /** Prebuilt handler dependencies (tests); otherwise built from the other options. */
  deps?: HandlerDeps;
  onEvent?: (e: CrawlEvent) => void;
}

export interface LocalCrawlResult {
  results: ExtractResult[];
  errors: CrawlFailure[];
  fetched: FetchJobResult[];
  /** URLs found but not fetched because of maxPages. */
  skipped: string[];
}

export async function runLocalCrawl(o: LocalCrawlOptions): Promise<LocalCrawlResult> {
  const deps = o.deps ?? createHandlerDeps(o);
  const maxPages = o.maxPages ?? 200;
  const limit = semaphore(Math.max(1, o.concurrency ?? 4));
  const out: LocalCrawlResult = { results: [], errors: [], fetched: [], skipped: [] };
  const seen = new Set<string>();
  const inflight = new Set<Promise<void>>();
  let budget = 0;

  const fail = (url: string, stage: CrawlStage, e: unknown) => {
    const failure = { url, stage, error: e instanceof Error ? e.message : String(e) };
    out.errors.push(failure);
    o.onEvent?.({ type: 'failed', failure });
  };

  const schedule = (job: FetchJob) => {
    const url = canonicalizeUrl(job.url);
    if (!url) return fail(job.url, 'seed', new Error(`${job.url}: not an http(s) URL`));
    if (seen.has(url)) return;
    seen.add(url);
    if (budget >= maxPages) {
      out.skipped.push(url);
      return;
    }
    budget++;
    const p: Promise<void> = limit(() => crawlOne({ ...job, url })).finally(() => inflight.delete(p));
    inflight.add(p);
  };

  const crawlOne = async (job: FetchJob): Promise<void> => {
    let fetched: FetchJobResult;
    try {
      fetched = await fetchHandler(job, deps);
    } catch (e) {
      return fail(job.url, 'fetch', e);
    }
    out.fetched.push(fetched);
    o.onEvent?.({ type: 'fetched', url: fetched.url, status: fetched.status, kind: fetched.kind });
    if (fetched.kind === 'listing') {
      try {
        const links = await discoverHandler({ archiveRef: fetched.archiveRef }, deps);
        o.onEvent?.({ type: 'discovered', url: fetched.url, articles: links.articles.length, listings: links.listings.length });
        for (const url of links.listings) schedule({ url, kind: 'listing' });
        for (const url of links.articles) schedule({ url, kind: 'article' });
      } catch (e) {
        fail(fetched.url, 'discover', e);
      }
    } else if (fetched.kind === 'article') {
      try {
        const result = await extractHandler({ archiveRef: fetched.archiveRef }, deps);
        await saveResult(deps.outDir, result);
        out.results.push(result);
        o.onEvent?.({ type: 'extracted', url: fetched.url, documentId: result.document.id, facts: result.facts.length });
      } catch (e) {
        fail(fetched.url, 'extract', e);
      }
    }
  };

  for (const seed of o.seeds) {
    try {
      for (const s of expandSeed(seed, deps.sites)) schedule({ url: s.url, kind: s.kind });
    } catch (e) {
      fail(seed, 'seed', e);
    }
  }
  // crawlOne schedules more work while it runs, so wait until nothing is left in flight.
  while (inflight.size > 0) await Promise.race(inflight);
  out.results.sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  return out;
}

function semaphore(n: number) {
  let active = 0;
  const queue: Array<() => void> = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => queue.push(r));
    else active++;
    try {
      return await fn();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
