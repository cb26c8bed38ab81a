import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, dedupeUrls, discoverLinks } from '../crawler/discover.js';
import { expandSeed } from '../crawler/seeds.js';
import { SITES, SiteRegistry, provinceForHost, siteForHost, type SiteEntry } from '../crawler/sites.js';
import { projectFile } from '../extractors/paths.js';

describe('canonicalizeUrl', () => {
  it('lower-cases the host, drops fragments, default ports and tracking parameters, sorts the rest', () => {
    expect(canonicalizeUrl('HTTPS://LMHTX.AnGiang.gov.vn:443/Tin-Tuc/Bai.html?utm_source=fb&b=2&fbclid=x&a=1&gclid=y#top')).toBe(
      'https://lmhtx.angiang.gov.vn/Tin-Tuc/Bai.html?a=1&b=2',
    );
    expect(canonicalizeUrl('https://lmhtx.angiang.gov.vn/a?utm_medium=x')).toBe('https://lmhtx.angiang.gov.vn/a');
    expect(canonicalizeUrl('bai-2.html?id=5', 'https://lmhtx.angiang.gov.vn/tin-tuc/')).toBe('https://lmhtx.angiang.gov.vn/tin-tuc/bai-2.html?id=5');
    expect(canonicalizeUrl('https://lmhtx.angiang.gov.vn/a/../b/./c')).toBe('https://lmhtx.angiang.gov.vn/b/c');
  });

  it('keeps repeated parameters, ordered by value', () => {
    expect(canonicalizeUrl('http://x.vn/?tag=b&tag=a')).toBe('http://x.vn/?tag=a&tag=b');
  });

  it('returns null for what is not an http(s) URL', () => {
    expect(canonicalizeUrl('mailto:lmhtx@angiang.gov.vn')).toBeNull();
    expect(canonicalizeUrl('javascript:void(0)')).toBeNull();
    expect(canonicalizeUrl('::nonsense')).toBeNull();
  });

  it('dedupes by canonical form', () => {
    expect(dedupeUrls(['https://a.vn/x#1', 'https://A.vn/x?utm_source=z', 'nope', 'https://a.vn/y'])).toEqual(['https://a.vn/x', 'https://a.vn/y']);
  });
});

const fixtureSite = (origin: string): SiteEntry => ({
  host: new URL(origin).host,
  provinceCode: '89',
  provinceName: 'An Giang',
  name: 'fixture',
  listingUrls: [`${origin}/tin-tuc/`],
  articlePattern: '^/tin-tuc/[a-z0-9-]+\\.html$',
  listingPattern: '^/tin-tuc/(?:index\\.html)?(?:\\?page=\\d+)?$',
  delayMs: 0,
});

describe('discoverLinks', async () => {
  const html = await readFile(projectFile('corpus/sites/lmhtx.angiang.gov.vn/tin-tuc/index.html'), 'utf8');
  const origin = 'https://lmhtx.angiang.gov.vn';

  it("finds the listing's same-host article links once each, and its next page, by the site's patterns", () => {
    const links = discoverLinks(html, `${origin}/tin-tuc/`, new SiteRegistry([fixtureSite(origin)]));
    expect(links.articles).toEqual([
      `${origin}/tin-tuc/so-ket-6-thang-dau-nam-2023.html`,
      `${origin}/tin-tuc/dai-hoi-lien-minh-htx-nhiem-ky-2020-2025.html`,
      `${origin}/tin-tuc/tap-huan-nghiep-vu-ke-toan-htx.html`,
      `${origin}/tin-tuc/noi-bo-ke-hoach-cong-tac.html`,
    ]);
    expect(links.listings).toEqual([`${origin}/tin-tuc/?page=2`]);
  });

  it('without a registry entry, takes every same-host page link except the home page', () => {
    const links = discoverLinks(html, 'https://other.example/tin-tuc/');
    expect(links.articles).toContain('https://other.example/tin-tuc/so-ket-6-thang-dau-nam-2023.html');
    expect(links.articles).toContain('https://other.example/quan-tri/');
    expect(links.articles.some((u) => u.endsWith('.pdf') || u.includes('mpi.gov.vn') || u.includes('angiang.gov.vn'))).toBe(false);
    expect(links.articles).not.toContain('https://other.example/');
  });

  it('survives a page that is not HTML at all', () => {
    expect(discoverLinks('\u0000\u0001<<<a href=', `${origin}/tin-tuc/`)).toEqual({ articles: [], listings: [] });
  });
});

describe('site registry', async () => {
  const tsv = await readFile(projectFile('extractors/data/provinces.tsv'), 'utf8');
  const provinces = new Map(
    tsv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .map((c) => [c[0]!, c[1]!]),
  );

  it("uses the statistics office's province codes and names", () => {
    expect(SITES.length).toBeGreaterThanOrEqual(3);
    for (const s of SITES) expect(provinces.get(s.provinceCode), s.host).toBe(s.provinceName);
  });

  it('has listing URLs on its own host that its own listing pattern accepts', () => {
    const reg = new SiteRegistry();
    for (const s of SITES) {
      for (const l of s.listingUrls) {
        expect(new URL(l).host).toBe(s.host);
        expect(reg.classify(l)).toBe('listing');
      }
    }
  });

  it('looks up by host, ignoring case and www.', () => {
    expect(provinceForHost('LMHTX.AnGiang.gov.vn')).toEqual({ code: '89', name: 'An Giang' });
    expect(siteForHost('www.lmhtx.kiengiang.gov.vn')?.provinceCode).toBe('91');
    expect(siteForHost('lmhtx.thaibinh.gov.vn')?.provinceName).toBe('Thái Bình');
    expect(provinceForHost('example.com')).toBeNull();
  });

  it('classifies article and listing URLs', () => {
    const reg = new SiteRegistry();
    expect(reg.classify('https://lmhtx.angiang.gov.vn/tin-tuc/so-ket-2023.html')).toBe('article');
    expect(reg.classify('https://lmhtx.angiang.gov.vn/tin-tuc/?page=3')).toBe('listing');
    expect(reg.classify('https://lmhtx.angiang.gov.vn/gioi-thieu')).toBeNull();
    expect(reg.classify('https://unknown.example/tin-tuc/a.html')).toBeNull();
  });

  it('refuses a table that lists a host twice', () => {
    expect(() => new SiteRegistry([SITES[0]!, { ...SITES[0]!, host: SITES[0]!.host.toUpperCase() }])).toThrow(/twice/);
  });
});

describe('expandSeed', () => {
  const reg = new SiteRegistry();
  it("turns a known host into its listing pages, an unknown host into its home page, and keeps URLs", () => {
    expect(expandSeed('lmhtx.angiang.gov.vn', reg)).toEqual([{ url: 'https://lmhtx.angiang.gov.vn/tin-tuc/', kind: 'listing' }]);
    expect(expandSeed('other.example', reg)).toEqual([{ url: 'https://other.example/', kind: 'listing' }]);
    expect(expandSeed('https://lmhtx.angiang.gov.vn/tin-tuc/a.html?utm_source=x', reg)).toEqual([
      { url: 'https://lmhtx.angiang.gov.vn/tin-tuc/a.html', kind: 'article' },
    ]);
  });
  it('rejects junk with a message naming it', () => {
    expect(() => expandSeed('not a host!', reg)).toThrow(/"not a host!"/);
    expect(() => expandSeed('ftp://x.vn/', reg)).toThrow(/ftp:\/\/x\.vn\//);
  });
});
