// The job handlers: plain async functions, the whole of the crawl's work.
// queue/local.ts runs them in-process; queue/bullmq.ts runs them from Redis
// queues on many machines. Nothing here knows which.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { extractDocument, type ExtractInput, type ExtractResult } from '../extractors/document.js';
import { ArchiveRef } from '../schemas/archive.js';
import { ArchiveWriter, readArchived, toRef, type ArchivedResponse } from '../crawler/archive.js';
import { canonicalizeUrl, discoverLinks, type DiscoveredLinks } from '../crawler/discover.js';
import { FetchError, fetchPage, type FetchOptions, type FetchedPage } from '../crawler/fetch.js';
import { Politeness } from '../crawler/politeness.js';
import { RobotsCache, RobotsDisallowedError } from '../crawler/robots.js';
import { defaultSites, type SiteRegistry } from '../crawler/sites.js';

export interface HandlerDeps {
  outDir: string;
  archive: ArchiveWriter;
  robots: RobotsCache;
  politeness: Politeness;
  sites: SiteRegistry;
  fetchOptions: FetchOptions;
  extract: (input: ExtractInput) => ExtractResult;
}

export interface HandlerDepsOptions {
  outDir: string;
  sites?: SiteRegistry;
  /** Timeouts, size limit, retries, an injected undici Dispatcher. */
  fetchOptions?: FetchOptions;
  /** Floor for the pause between two requests to one host (ms). */
  minDelayMs?: number;
  /** Requests in flight across all hosts. */
  maxConcurrency?: number;
  writerId?: string;
  extract?: (input: ExtractInput) => ExtractResult;
}

export function createHandlerDeps(o: HandlerDepsOptions): HandlerDeps {
  const fetchOptions = o.fetchOptions ?? {};
  return {
    outDir: o.outDir,
    archive: new ArchiveWriter(o.outDir, o.writerId ? { writerId: o.writerId } : {}),
    robots: new RobotsCache({ fetchOptions }),
    politeness: new Politeness({ minDelayMs: o.minDelayMs ?? 1_000, maxConcurrency: o.maxConcurrency ?? 4 }),
    sites: o.sites ?? defaultSites,
    fetchOptions,
    extract: o.extract ?? extractDocument,
  };
}

export type PageKind = 'listing' | 'article' | 'other';

export interface FetchJob {
  url: string;
  /** What the page was found as (a seed host is a listing); the site registry's patterns win. */
  kind?: 'listing' | 'article' | null;
}

export interface FetchJobResult {
  url: string;
  archiveRef: ArchiveRef;
  status: number;
  finalUrl: string;
  contentType: string | null;
  /** 'other' for responses no extractor reads (PDF, images): archived, not extracted. */
  kind: PageKind;
}

export interface ExtractJob {
  archiveRef: ArchiveRef;
}

/** Robots, politeness, fetch, archive. An HTTP error response is archived too before the error is thrown. */
export async function fetchHandler(job: FetchJob, deps: HandlerDeps): Promise<FetchJobResult> {
  const url = canonicalizeUrl(job.url);
  if (!url) throw new FetchError(job.url, 'invalid_url', 'not an http(s) URL');
  const verdict = await deps.robots.check(url);
  if (!verdict.allowed) throw new RobotsDisallowedError(url, verdict.reason, verdict.transient);
  const site = deps.sites.forUrl(url);
  const delay = Math.max(site?.delayMs ?? 0, verdict.crawlDelayMs ?? 0);
  const beforeRedirect = async (_from: string, to: string) => {
    const v = await deps.robots.check(to);
    if (!v.allowed) throw new RobotsDisallowedError(to, `${v.reason} (redirected from ${url})`, v.transient);
  };
  let page: FetchedPage;
  try {
    page = await deps.politeness.run(url, () => fetchPage(url, { ...deps.fetchOptions, beforeRedirect }), delay);
  } catch (e) {
    if (e instanceof FetchError && e.page) {
      // An error page is evidence too (a 404 says the announcement is gone).
      const entry = await deps.archive.append(e.page);
      const detail = e.message.replace(/^GET \S+ failed: /, '').replace(/ \(after \d+ attempts\)$/, '');
      throw new FetchError(e.url, e.kind, `${detail}; response archived as ${entry.id}`, {
        cause: e.cause,
        attempts: e.attempts,
        ...(e.status !== null ? { status: e.status } : {}),
      });
    }
    throw e;
  }
  const entry = await deps.archive.append(page);
  const contentType = page.headers['content-type'] ?? null;
  return {
    url,
    archiveRef: toRef(entry),
    status: page.status,
    finalUrl: page.finalUrl,
    contentType,
    kind: pageKind(page.finalUrl, contentType, job.kind ?? null, deps.sites),
  };
}

function pageKind(finalUrl: string, contentType: string | null, hint: FetchJob['kind'], sites: SiteRegistry): PageKind {
  if (contentType && !/^(?:text\/|application\/(?:xhtml\+)?xml)/i.test(contentType)) return 'other';
  return sites.classify(finalUrl) ?? hint ?? 'article';
}

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly url: string,
    readonly archiveId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${url} (archived ${archiveId}): ${message}`, options);
  }
}

/** Reads the archived response and extracts the document; never touches the network. */
export async function extractHandler(job: ExtractJob, deps: HandlerDeps): Promise<ExtractResult> {
  const ref = ArchiveRef.parse(job.archiveRef);
  const res = await readArchived(deps.outDir, ref);
  const url = canonicalizeUrl(res.finalUrl) ?? res.finalUrl;
  const bytes = decodeContentEncoding(res, url);
  try {
    return deps.extract({ bytes, contentType: res.contentType, url, fetchedAt: res.fetchedAt, httpStatus: res.status });
  } catch (e) {
    throw new ExtractError(url, ref.id, (e as Error).message ?? String(e), { cause: e });
  }
}

/** Links on an archived listing page. */
export async function discoverHandler(job: ExtractJob, deps: HandlerDeps): Promise<DiscoveredLinks> {
  const ref = ArchiveRef.parse(job.archiveRef);
  const res = await readArchived(deps.outDir, ref);
  const html = decodeText(decodeContentEncoding(res, res.finalUrl), res.contentType);
  return discoverLinks(html, res.finalUrl, deps.sites);
}

/** The archive keeps bytes as sent; extractors want them without gzip/deflate/br. */
function decodeContentEncoding(res: ArchivedResponse, url: string): Uint8Array {
  const enc = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!enc || enc === 'identity') return res.body;
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(res.body);
    if (enc === 'deflate') return inflateSync(res.body);
    if (enc === 'br') return brotliDecompressSync(res.body);
  } catch (e) {
    throw new ExtractError(url, res.id, `body is not valid ${enc}: ${(e as Error).message}`, { cause: e });
  }
  throw new ExtractError(url, res.id, `unsupported Content-Encoding "${enc}"`);
}

/** Good enough for finding links (hrefs are ASCII or percent-encoded); extractors/encoding.ts does the real job for text. */
function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
