// The registry of known provincial alliance sites, as data. Patterns are
// regular-expression sources matched against a URL's path + query, kept as
// strings so the table stays plain data (and can later move to a JSON file).
// The paths are plausible guesses for these portals and need checking
// against the live sites before a real crawl.

export interface SiteEntry {
  /** Lower-case host, with port when not the default. */
  host: string;
  /** Statistics-office code, as in extractors/data/provinces.tsv (the 63-province list). */
  provinceCode: string;
  provinceName: string;
  name: string;
  /** Absolute URLs of pages that list articles. */
  listingUrls: string[];
  /** Path (+ query) of an article page. */
  articlePattern: string;
  /** Path (+ query) of a listing page, pagination included. */
  listingPattern: string;
  /** Pause between two requests to this host. */
  delayMs: number;
}

export const SITES: readonly SiteEntry[] = [
  {
    host: 'lmhtx.angiang.gov.vn',
    provinceCode: '89',
    provinceName: 'An Giang',
    name: 'Liên minh Hợp tác xã tỉnh An Giang',
    listingUrls: ['https://lmhtx.angiang.gov.vn/tin-tuc/'],
    articlePattern: '^/tin-tuc/[a-z0-9-]+(?:-\\d+)?\\.html$',
    listingPattern: '^/tin-tuc/(?:index\\.html)?(?:\\?page=\\d+)?$',
    delayMs: 2_000,
  },
  {
    host: 'lmhtx.kiengiang.gov.vn',
    provinceCode: '91',
    provinceName: 'Kiên Giang',
    name: 'Liên minh Hợp tác xã tỉnh Kiên Giang',
    listingUrls: ['https://lmhtx.kiengiang.gov.vn/tin-tuc-su-kien'],
    articlePattern: '^/tin-tuc-su-kien/[a-z0-9-]+\\.html$',
    listingPattern: '^/tin-tuc-su-kien(?:\\?page=\\d+)?$',
    delayMs: 2_000,
  },
  {
    host: 'lmhtx.thaibinh.gov.vn',
    provinceCode: '34',
    provinceName: 'Thái Bình',
    name: 'Liên minh Hợp tác xã tỉnh Thái Bình',
    listingUrls: ['https://lmhtx.thaibinh.gov.vn/tin-tuc'],
    articlePattern: '^/tin-tuc/[a-z0-9-]+-\\d+\\.html$',
    listingPattern: '^/tin-tuc(?:/trang-\\d+)?$',
    delayMs: 2_000,
  },
  {
    host: 'lmhtx.hagiang.gov.vn',
    provinceCode: '02',
    provinceName: 'Hà Giang',
    name: 'Liên minh Hợp tác xã tỉnh Hà Giang',
    listingUrls: ['https://lmhtx.hagiang.gov.vn/tin-tuc'],
    articlePattern: '^/tin-tuc/[a-z0-9-]+\\.html$',
    listingPattern: '^/tin-tuc(?:\\?page=\\d+)?$',
    delayMs: 2_000,
  },
  {
    host: 'lmhtx.nghean.gov.vn',
    provinceCode: '40',
    provinceName: 'Nghệ An',
    name: 'Liên minh Hợp tác xã tỉnh Nghệ An',
    listingUrls: ['https://lmhtx.nghean.gov.vn/tin-hoat-dong'],
    articlePattern: '^/tin-hoat-dong/[a-z0-9-]+\\.html$',
    listingPattern: '^/tin-hoat-dong(?:\\?page=\\d+)?$',
    delayMs: 2_000,
  },
  {
    host: 'lmhtx.camau.gov.vn',
    provinceCode: '96',
    provinceName: 'Cà Mau',
    name: 'Liên minh Hợp tác xã tỉnh Cà Mau',
    listingUrls: ['https://lmhtx.camau.gov.vn/tin-tuc'],
    articlePattern: '^/tin-tuc/[a-z0-9-]+\\.html$',
    listingPattern: '^/tin-tuc(?:\\?page=\\d+)?$',
    delayMs: 2_000,
  },
];

/** Lookup over a table of sites: the built-in one, or a test's. */
export class SiteRegistry {
  private readonly byHost = new Map<string, SiteEntry>();
  private readonly compiled = new Map<SiteEntry, { article: RegExp; listing: RegExp }>();

  constructor(sites: readonly SiteEntry[] = SITES) {
    for (const s of sites) {
      const host = s.host.toLowerCase();
      if (this.byHost.has(host)) throw new Error(`site registry: host ${host} listed twice`);
      this.byHost.set(host, s);
      this.compiled.set(s, { article: new RegExp(s.articlePattern), listing: new RegExp(s.listingPattern) });
    }
  }

  all(): SiteEntry[] {
    return [...this.byHost.values()];
  }

  /** By host ("lmhtx.angiang.gov.vn", "127.0.0.1:8080"); "www." and case are ignored. */
  forHost(host: string): SiteEntry | null {
    const h = host.toLowerCase();
    return this.byHost.get(h) ?? this.byHost.get(h.replace(/^www\./, '')) ?? null;
  }

  forUrl(url: string): SiteEntry | null {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return null;
    }
    return this.forHost(u.host) ?? this.forHost(u.hostname);
  }

  /** 'listing' or 'article' by the site's patterns; null when the site is unknown or neither matches. */
  classify(url: string): 'listing' | 'article' | null {
    const site = this.forUrl(url);
    if (!site) return null;
    const u = new URL(url);
    const path = u.pathname + u.search;
    const re = this.compiled.get(site)!;
    if (site.listingUrls.some((l) => sameResource(l, url)) || re.listing.test(path)) return 'listing';
    if (re.article.test(path)) return 'article';
    return null;
  }

  /** The province of a host, for the extractor's fallback when the page names none. */
  provinceForHost(host: string): { code: string; name: string } | null {
    const s = this.forHost(host);
    return s ? { code: s.provinceCode, name: s.provinceName } : null;
  }
}

function sameResource(a: string, b: string): boolean {
  const x = new URL(a);
  const y = new URL(b);
  return x.host.toLowerCase() === y.host.toLowerCase() && x.pathname === y.pathname && x.search === y.search;
}

export const defaultSites = new SiteRegistry();

/** The built-in registry's lookup by host. */
export function siteForHost(host: string): SiteEntry | null {
  return defaultSites.forHost(host);
}

export function provinceForHost(host: string): { code: string; name: string } | null {
  return defaultSites.provinceForHost(host);
}
