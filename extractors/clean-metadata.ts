// Page metadata: headline, site name, canonical URL, language, and the
// machine-readable publication date and author (meta tags, JSON-LD). The
// visible dateline and byline are read by clean.ts, which knows where the
// article is.
import type { PageDom } from './clean-dom.js';
import { collapse } from './clean-dom.js';
import { parseMachineDate } from './clean-dates.js';
import { TITLE_SEPARATORS, TRACKING_PARAMS } from './clean-rules.js';

export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

function names(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(names).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v) return names((v as { name: unknown }).name);
  return null;
}

export function readJsonLd(scripts: string[], warnings: string[], name: string): JsonLdFacts {
  const out: JsonLdFacts = { headline: null, datePublished: null, author: null, publisher: null };
  const queue: unknown[] = [];
  for (const s of scripts) {
    try {
      queue.push(JSON.parse(s));
    } catch {
      warnings.push(`${name}: unreadable JSON-LD block ignored`);
    }
  }
  for (let guard = 0; queue.length && guard < 1000; guard++) {
    const o = queue.shift();
    if (Array.isArray(o)) {
      queue.push(...o);
      continue;
    }
    if (!o || typeof o !== 'object') continue;
    const r = o as Record<string, unknown>;
    if (Array.isArray(r['@graph'])) queue.push(...r['@graph']);
    if (typeof r.datePublished === 'string' && !out.datePublished) out.datePublished = r.datePublished;
    if (typeof r.headline === 'string' && !out.headline) out.headline = r.headline;
    if (r.author && !out.author) out.author = names(r.author);
    if (r.publisher && !out.publisher) out.publisher = names(r.publisher);
  }
  return out;
}

/** Meta names that carry the publication date, strongest first. */
export const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dc.date',
  'dcterms.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'article:published',
];

export function metaDate(dom: PageDom, ld: JsonLdFacts): string | null {
  if (ld.datePublished) {
    const d = parseMachineDate(ld.datePublished);
    if (d) return d;
  }
  for (const k of DATE_META) {
    const v = dom.meta.get(k);
    const d = v ? parseMachineDate(v) : null;
    if (d) return d;
  }
  return null;
}

/** Author names a CMS fills in when nobody signed. */
// "Super User" is the account Joomla signs every article with.
const GENERIC_AUTHOR = /admin|quản trị|webmaster|ban biên tập|biên tập viên|editor|super user|^https?:/i;

export function metaAuthor(dom: PageDom, ld: JsonLdFacts, siteName: string | null): string | null {
  for (const v of [ld.author, dom.meta.get('author'), dom.meta.get('article:author'), dom.meta.get('dc.creator')]) {
    const a = v ? collapse(v) : '';
    // An organisation (the portal, the newspaper) is not a byline.
    if (a && !GENERIC_AUTHOR.test(a) && !SITE_WORDS.test(a) && a !== siteName && a.length <= 80) return a;
  }
  return null;
}

/** Words of a site name rather than a headline. */
const SITE_WORDS = /cổng thông tin|trang thông tin|liên minh (htx|hợp tác xã)|báo điện tử|^báo\s|\.vn$|\.com$|portal|website|lmhtx/i;

/**
 * `<title>` minus the site name: "Headline - Site" or "Site | Headline".
 * Returns the headline part and the site part, if one was split off.
 */
export function splitTitle(title: string, siteName: string | null): { headline: string; site: string | null } {
  const t = collapse(title);
  if (siteName) {
    for (const sep of [' - ', ' | ', ' – ', ' — ', ' :: ', ' » ', ': ', '|']) {
      if (t.endsWith(sep + siteName)) return { headline: t.slice(0, -(sep + siteName).length).trim(), site: siteName };
      if (t.startsWith(siteName + sep)) return { headline: t.slice((siteName + sep).length).trim(), site: siteName };
    }
  }
  const parts = t.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return { headline: t, site: null };
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (SITE_WORDS.test(first) && !SITE_WORDS.test(last) && first.length < t.length / 2) {
    return { headline: t.slice(t.indexOf(first) + first.length).replace(/^\s*[-|–—:»]\s*/, '').trim(), site: first };
  }
  // "Headline - Liên minh HTX tỉnh Bà Rịa - Vũng Tàu": a site name may hold the separator itself; it starts at its words.
  const siteAt = parts.findIndex((p, i) => i > 0 && SITE_WORDS.test(p));
  if (siteAt > 0 && !SITE_WORDS.test(first) && siteAt < parts.length - 1) {
    const at = t.indexOf(parts[siteAt]!, t.indexOf(first) + first.length);
    return { headline: t.slice(0, at).replace(/\s*(?:::|[-|–—:»])\s*$/, '').trim(), site: t.slice(at).trim() };
  }
  if (last.length < t.length / 2 || SITE_WORDS.test(last)) {
    return { headline: t.slice(0, t.lastIndexOf(last)).replace(/\s*(?:::|[-|–—:»])\s*$/, '').trim(), site: last };
  }
  return { headline: t, site: null };
}

export function cleanUrl(href: string, base: string | null): string | null {
  let u: URL;
  try {
    u = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAMS.pattern.test(k)) u.searchParams.delete(k);
  u.hash = '';
  return u.toString();
}

/** Letters only Vietnamese uses among Latin scripts. */
const VI_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\u1EA0-\u1EF9]/g;

export function guessLanguage(full: string): string | null {
  const text = full.slice(0, 3000);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const vi = text.match(VI_LETTERS)?.length ?? 0;
  if (vi / letters > 0.04) return 'vi';
  const ascii = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (ascii / letters > 0.95 && /\b(the|and|of|to|in)\b/i.test(text)) return 'en';
  return null;
}

export function normalizeLang(lang: string | null): string | null {
  const l = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return l && /^[a-z]{2,3}$/.test(l) ? l : null;
}
