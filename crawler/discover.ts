// Finds article (and further listing) links on a listing page. URLs are
// canonicalised before anything else sees them, because document ids are a
// hash of the canonical URL: the same article reached through a share link
// with utm_* parameters must get the same id.
import * as cheerio from 'cheerio';
import type { SiteRegistry } from './sites.js';

const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'zalo_source', '_ga']);
const NOT_PAGES = /\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|mp[34]|avi|mov|css|js|xml|rss)$/i;

/** Canonical form of an absolute or relative URL; null when it is not an http(s) URL. */
export function canonicalizeUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...u.searchParams].filter(([k]) => !k.toLowerCase().startsWith('utm_') && !TRACKING_PARAMS.has(k.toLowerCase()));
  kept.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  // WHATWG URL already lower-cases the scheme, drops default ports and normalises dot segments.
  return u.href;
}

export interface DiscoveredLinks {
  /** Canonical article URLs, deduplicated, in page order. */
  articles: string[];
  /** Further listing pages (pagination), canonical, deduplicated. */
  listings: string[];
}

/**
 * Links on `pageUrl`'s HTML that stay on the same host. With a known site
 * the registry's patterns decide what is an article or a listing; without
 * one every same-host page link counts as a candidate article.
 */
export function discoverLinks(html: string, pageUrl: string, sites?: SiteRegistry): DiscoveredLinks {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').attr('href');
  const base = (baseHref && canonicalizeUrl(baseHref, pageUrl)) || pageUrl;
  const host = new URL(pageUrl).host.toLowerCase();
  const self = canonicalizeUrl(pageUrl);
  const known = sites?.forUrl(pageUrl) ?? null;
  const articles = new Set<string>();
  const listings = new Set<string>();
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href')?.trim();
    if (!href || /^(?:javascript|mailto|tel):/i.test(href)) return;
    const url = canonicalizeUrl(href, base);
    if (!url || url === self) return;
    const u = new URL(url);
    if (u.host !== host || NOT_PAGES.test(u.pathname)) return;
    if (known && sites) {
      const kind = sites.classify(url);
      if (kind === 'article') articles.add(url);
      else if (kind === 'listing') listings.add(url);
    } else if (u.pathname !== '/') {
      articles.add(url);
    }
  });
  return { articles: [...articles], listings: [...listings] };
}

/** Keeps the first occurrence of each canonical URL; drops what is not a URL. */
export function dedupeUrls(urls: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const raw of urls) {
    const c = canonicalizeUrl(raw);
    if (c) seen.add(c);
  }
  return [...seen];
}
