// What a user types after `htxpress crawl`: a full URL, or just a host, which
// stands for that site's listing pages when the registry knows it.
import { canonicalizeUrl } from './discover.js';
import type { SiteRegistry } from './sites.js';

export interface Seed {
  url: string;
  /** A bare host or a registry listing URL is crawled as a listing; any other URL as given. */
  kind: 'listing' | 'article' | null;
}

export function expandSeed(seed: string, sites: SiteRegistry): Seed[] {
  const s = seed.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    if (!/^[a-z0-9.-]+(?::\d+)?$/i.test(s)) throw new Error(`seed "${seed}" is neither a URL nor a host name`);
    const site = sites.forHost(s);
    if (site) return site.listingUrls.map((url) => ({ url: canonicalizeUrl(url)!, kind: 'listing' as const }));
    return [{ url: canonicalizeUrl(`https://${s}/`)!, kind: 'listing' }];
  }
  const url = canonicalizeUrl(s);
  if (!url) throw new Error(`seed "${seed}" is not an http(s) URL`);
  return [{ url, kind: sites.classify(url) }];
}
