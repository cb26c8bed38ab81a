// One GET, done carefully: provincial sites are slow, flaky and sometimes
// serve huge attachments, so every request has bounded time and size, and a
// failure says which URL failed and why in words an operator can act on.
// Redirects are followed here rather than by undici's redirect interceptor so
// that the chain is known (the archive records it) and each hop can be
// checked against robots.txt before it is requested.
import { Agent, request, type Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import { userAgent } from './user-agent.js';

export interface FetchOptions {
  /** undici Dispatcher (a MockAgent in tests); default: a shared Agent with `connectTimeoutMs`. */
  dispatcher?: Dispatcher;
  /** Only used for the default Agent; an injected dispatcher carries its own. */
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks. */
  bodyTimeoutMs?: number;
  /** Whole attempt, headers and body: catches servers that trickle bytes forever. */
  totalTimeoutMs?: number;
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** Extra attempts after the first, for network errors, 5xx and 429. */
  retries?: number;
  /** First backoff; doubles each retry. */
  backoffMs?: number;
  /** A Retry-After longer than this fails the fetch instead of stalling the crawl. */
  maxRetryAfterMs?: number;
  userAgent?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Called before following a redirect; throw to refuse it (robots.txt of the target). */
  beforeRedirect?: (from: string, to: string) => Promise<void>;
  /** Injected for tests that must not really wait. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchedPage {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  statusText: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Every header line as received (repeated headers kept apart), for the archive. */
  headerList: Array<[string, string]>;
  body: Uint8Array;
  /** ISO 8601 UTC, when the response headers arrived. */
  fetchedAt: string;
  /** URLs that answered with a redirect, in order. */
  redirects: string[];
  /** Headers we sent for the final request, for the archive's request record. */
  requestHeaders: Record<string, string>;
}

export type FetchErrorKind =
  | 'invalid_url'
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'too_large'
  | 'http_status'
  | 'redirect'
  | 'aborted'
  | 'network';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly url: string;
  readonly kind: FetchErrorKind;
  readonly status: number | null;
  readonly attempts: number;
  /** The error response itself (for http_status), so it can still be archived. */
  readonly page: FetchedPage | null;

  constructor(
    url: string,
    kind: FetchErrorKind,
    detail: string,
    opts: { cause?: unknown; status?: number; attempts?: number; page?: FetchedPage } = {},
  ) {
    const tries = opts.attempts && opts.attempts > 1 ? ` (after ${opts.attempts} attempts)` : '';
    super(`GET ${url} failed: ${detail}${tries}`, { cause: opts.cause });
    this.url = url;
    this.kind = kind;
    this.status = opts.status ?? null;
    this.attempts = opts.attempts ?? 1;
    this.page = opts.page ?? null;
  }
}

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 30_000,
  totalTimeoutMs: 120_000,
  maxBodyBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const agents = new Map<number, Agent>();
function defaultAgent(connectTimeoutMs: number): Agent {
  let agent = agents.get(connectTimeoutMs);
  if (!agent) {
    agent = new Agent({ connect: { timeout: connectTimeoutMs } });
    agents.set(connectTimeoutMs, agent);
  }
  return agent;
}

/** Closes the shared Agents so a CLI run can exit without waiting for idle sockets. */
export async function closeDefaultAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close()));
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function fetchPage(url: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  const sleep = opts.sleep ?? realSleep;
  const attempts = o.retries + 1;
  let last: FetchError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const page = await followRedirects(url, o);
      if (page.status >= 400) {
        const retryable = page.status >= 500 || page.status === 429;
        const err = new FetchError(url, 'http_status', `HTTP ${page.status} ${page.statusText}`.trim(), {
          status: page.status,
          attempts: attempt,
          page,
        });
        if (!retryable || attempt === attempts) throw err;
        const wait = retryAfterMs(page.headers['retry-after']);
        if (wait !== null && wait > o.maxRetryAfterMs) {
          throw new FetchError(
            url,
            'http_status',
            `HTTP ${page.status}, server asks to retry after ${Math.round(wait / 1000)} s, longer than the ${Math.round(o.maxRetryAfterMs / 1000)} s limit`,
            { status: page.status, attempts: attempt, page },
          );
        }
        last = err;
        await sleep(Math.max(wait ?? 0, backoff(o.backoffMs, attempt)));
        continue;
      }
      return page;
    } catch (e) {
      const err = e instanceof FetchError ? e : classify(url, e, attempt);
      if (err.kind === 'http_status' || !isRetryable(err) || attempt === attempts || opts.signal?.aborted) {
        throw withAttempts(err, attempt);
      }
      last = err;
      await sleep(backoff(o.backoffMs, attempt));
    }
  }
  // Unreachable: the loop either returns or throws on its last attempt.
  throw last ?? new FetchError(url, 'network', 'no attempt made');
}

type Resolved = FetchOptions & { [K in keyof typeof FETCH_DEFAULTS]: number };

async function followRedirects(url: string, o: Resolved): Promise<FetchedPage> {
  let current = parseHttpUrl(url);
  const redirects: string[] = [];
  for (;;) {
    const page = await once(url, current, o);
    const location = page.headers['location'];
    if (!REDIRECT_STATUSES.has(page.status) || !location) {
      return { ...page, url, redirects };
    }
    redirects.push(current);
    let next: string;
    try {
      next = parseHttpUrl(new URL(location, current).href);
    } catch {
      throw new FetchError(url, 'redirect', `redirect from ${current} to an unusable Location "${location}"`);
    }
    if (next === current || redirects.includes(next)) {
      throw new FetchError(url, 'redirect', `redirect loop: ${[...redirects, next].join(' → ')}`);
    }
    if (redirects.length > o.maxRedirects) {
      throw new FetchError(url, 'redirect', `more than ${o.maxRedirects} redirects: ${[...redirects, next].join(' → ')}`);
    }
    if (o.beforeRedirect) await o.beforeRedirect(current, next);
    current = next;
  }
}

function parseHttpUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchError(url, 'invalid_url', 'not a URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError(url, 'invalid_url', `unsupported scheme ${u.protocol}`);
  }
  return u.href;
}

async function once(requested: string, target: string, o: Resolved): Promise<Omit<FetchedPage, 'url' | 'redirects'>> {
  const deadline = AbortSignal.timeout(o.totalTimeoutMs);
  const signal = o.signal ? AbortSignal.any([o.signal, deadline]) : deadline;
  const dispatcher = o.dispatcher ?? defaultAgent(o.connectTimeoutMs);
  const requestHeaders = {
    'user-agent': o.userAgent ?? userAgent(),
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    ...o.headers,
  };
  let res: Dispatcher.ResponseData;
  try {
    res = await request(target, {
      method: 'GET',
      dispatcher,
      headersTimeout: o.headersTimeoutMs,
      bodyTimeout: o.bodyTimeoutMs,
      signal,
      headers: requestHeaders,
    });
  } catch (e) {
    throw classifyAbort(requested, e, deadline, o) ?? classify(requested, e, 1);
  }
  const fetchedAt = new Date().toISOString();
  const { headers, headerList } = flattenHeaders(res.headers);
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > o.maxBodyBytes) {
    res.body.destroy();
    throw tooLarge(requested, target, o.maxBodyBytes, `declares ${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > o.maxBodyBytes) {
        res.body.destroy();
        throw tooLarge(requested, target, o.maxBodyBytes, `more than ${o.maxBodyBytes} bytes received`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw classifyAbort(requested, e, deadline, o) ?? classify(requested, e, 1);
  }
  return {
    finalUrl: target,
    status: res.statusCode,
    statusText: res.statusText ?? '',
    headers,
    headerList,
    body: concat(chunks, total),
    fetchedAt,
    requestHeaders,
  };
}

function tooLarge(requested: string, target: string, max: number, detail: string): FetchError {
  const where = requested === target ? '' : ` (at ${target})`;
  return new FetchError(requested, 'too_large', `body too large${where}: ${detail}, limit ${max} bytes`);
}

function classifyAbort(url: string, e: unknown, deadline: AbortSignal, o: Resolved): FetchError | null {
  if (deadline.aborted && !o.signal?.aborted) {
    return new FetchError(url, 'timeout', `no complete response within ${o.totalTimeoutMs} ms`, { cause: e });
  }
  if (o.signal?.aborted) return new FetchError(url, 'aborted', 'aborted by the caller', { cause: e });
  return null;
}

function classify(url: string, e: unknown, attempt: number): FetchError {
  const err = e as { code?: string; message?: string; cause?: { code?: string } };
  const code = err?.code ?? err?.cause?.code ?? '';
  const msg = err?.message ?? String(e);
  const opts = { cause: e, attempts: attempt };
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchError(url, 'dns', `host name not found (${code})`, opts);
    case 'ECONNREFUSED':
      return new FetchError(url, 'connect', 'connection refused: the host is down or nothing listens on that port', opts);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError(url, 'connect', `host unreachable (${code})`, opts);
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FetchError(url, 'timeout', 'connect timeout', opts);
    case 'UND_ERR_HEADERS_TIMEOUT':
      return new FetchError(url, 'timeout', 'no response headers in time (headers timeout)', opts);
    case 'UND_ERR_BODY_TIMEOUT':
      return new FetchError(url, 'timeout', 'the body stalled (body timeout)', opts);
    case 'UND_ERR_ABORTED':
      return new FetchError(url, 'aborted', msg, opts);
    default:
      return new FetchError(url, 'network', `${msg}${code ? ` (${code})` : ''}`, opts);
  }
}

function isRetryable(err: FetchError): boolean {
  // A missing host name stays missing; a refused connection may be a restart.
  return err.kind === 'connect' || err.kind === 'timeout' || err.kind === 'network' || (err.kind === 'dns' && /EAI_AGAIN/.test(err.message));
}

function withAttempts(err: FetchError, attempts: number): FetchError {
  if (err.attempts === attempts) return err;
  const detail = err.message.replace(/^GET \S+ failed: /, '').replace(/ \(after \d+ attempts\)$/, '');
  return new FetchError(err.url, err.kind, detail, {
    cause: err.cause,
    attempts,
    ...(err.status !== null ? { status: err.status } : {}),
    ...(err.page ? { page: err.page } : {}),
  });
}

function backoff(base: number, attempt: number): number {
  return base * 2 ** (attempt - 1);
}

/** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function flattenHeaders(h: IncomingHttpHeaders): { headers: Record<string, string>; headerList: Array<[string, string]> } {
  const headers: Record<string, string> = {};
  const headerList: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(h)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    headers[name.toLowerCase()] = values.join(', ');
    for (const v of values) headerList.push([name, v]);
  }
  return { headers, headerList };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
