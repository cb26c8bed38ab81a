// robots.txt, fetched once per origin and shared by every request to it.
// Policy (RFC 9309 §2.3.1): a 4xx robots.txt means no rules (crawl); a 5xx or
// an unreachable host means "assume everything is disallowed" until it
// answers, which for now is the rest of this run.
import robotsParserModule from 'robots-parser';
import { FetchError, fetchPage, type FetchOptions, type FetchedPage } from './fetch.js';
import { USER_AGENT_TOKEN } from './user-agent.js';

// The package's types declare an ES default export over a CommonJS
// module.exports; at run time under NodeNext the default import is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export interface RobotsVerdict {
  allowed: boolean;
  /** The refusal comes from robots.txt being unreachable, which may pass: worth retrying later. */
  transient: boolean;
  /** Crawl-delay for our user agent, in ms; null when robots.txt sets none. */
  crawlDelayMs: number | null;
  /** Why, in words, for logs and error messages. */
  reason: string;
}

interface OriginRules {
  isAllowed(url: string): boolean;
  crawlDelayMs: number | null;
  reason: string;
  transient: boolean;
  expires: number;
}

export interface RobotsOptions {
  fetch?: (url: string) => Promise<FetchedPage>;
  fetchOptions?: FetchOptions;
  /** Token matched against User-agent lines. */
  agent?: string;
  /** Largest robots.txt we read; Google stops at 500 KiB. */
  maxBytes?: number;
  /** How long rules are kept (RFC 9309 suggests at most 24 h). */
  ttlMs?: number;
  /** How long an unreachable robots.txt keeps its origin closed before we ask again. */
  failureTtlMs?: number;
  now?: () => number;
}

export class RobotsCache {
  private readonly origins = new Map<string, Promise<OriginRules>>();
  private readonly fetcher: (url: string) => Promise<FetchedPage>;
  private readonly agent: string;
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly now: () => number;

  constructor(opts: RobotsOptions = {}) {
    this.agent = opts.agent ?? USER_AGENT_TOKEN;
    this.ttlMs = opts.ttlMs ?? 3_600_000;
    this.failureTtlMs = opts.failureTtlMs ?? 30_000;
    this.now = opts.now ?? Date.now;
    const fetchOptions: FetchOptions = { retries: 1, ...opts.fetchOptions, maxBodyBytes: opts.maxBytes ?? 512 * 1024 };
    this.fetcher = opts.fetch ?? ((url) => fetchPage(url, fetchOptions));
  }

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let rules = this.origins.get(origin);
    if (rules && (await rules).expires <= this.now()) rules = undefined;
    if (!rules) {
      // The promise is cached, not the result, so concurrent first requests share one fetch.
      rules = this.load(origin);
      this.origins.set(origin, rules);
    }
    const r = await rules;
    const allowed = r.isAllowed(url);
    return {
      allowed,
      transient: !allowed && r.transient,
      crawlDelayMs: r.crawlDelayMs,
      reason: allowed ? r.reason : r.transient ? r.reason : `disallowed by ${origin}/robots.txt (${r.reason})`,
    };
  }

  private async load(origin: string): Promise<OriginRules> {
    const robotsUrl = `${origin}/robots.txt`;
    let page: FetchedPage;
    try {
      page = await this.fetcher(robotsUrl);
    } catch (e) {
      if (e instanceof FetchError && e.status !== null && e.status >= 400 && e.status < 500) {
        return this.allowAll(`robots.txt answered HTTP ${e.status}, no rules`);
      }
      const why = e instanceof Error ? e.message : String(e);
      return this.unavailable(`${robotsUrl} unavailable, so the site is treated as closed for now: ${why}`);
    }
    if (page.status >= 400 && page.status < 500) return this.allowAll(`robots.txt answered HTTP ${page.status}, no rules`);
    if (page.status >= 500) return this.unavailable(`${robotsUrl} answered HTTP ${page.status}, so the site is treated as closed for now`);
    const text = new TextDecoder('utf-8').decode(page.body);
    const robot = robotsParser(robotsUrl, text);
    const delay = robot.getCrawlDelay(this.agent);
    return {
      // robots-parser answers undefined for URLs of another origin; those are checked against their own file.
      isAllowed: (u) => robot.isAllowed(u, this.agent) !== false,
      crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
      reason: 'robots.txt rules',
      transient: false,
      expires: this.now() + this.ttlMs,
    };
  }

  private allowAll(reason: string): OriginRules {
    return { isAllowed: () => true, crawlDelayMs: null, reason, transient: false, expires: this.now() + this.ttlMs };
  }

  private unavailable(reason: string): OriginRules {
    return { isAllowed: () => false, crawlDelayMs: null, reason, transient: true, expires: this.now() + this.failureTtlMs };
  }
}

export class RobotsDisallowedError extends Error {
  override readonly name = 'RobotsDisallowedError';
  constructor(
    readonly url: string,
    readonly reason: string,
    /** True when robots.txt could not be read (the host may be down), not when its rules refuse. */
    readonly transient = false,
  ) {
    super(`${url}: not fetched, ${reason}`);
  }
}
