// The cleaner: a whole news page in, the article's text and metadata out
// (extractors/types.ts CleanResult). Pages go through clean-dom (blocks),
// clean-content (where the article is) and the filters below (what inside
// it is chrome); plain-text dumps go through clean-plain.
import type { Encoding } from '../schemas/records.js';
import type { Block, CleanResult } from './types.js';
import { collapse, finalText, parsePage, type El, type PageDom, type RawBlock } from './clean-dom.js';
import { chooseContent, inside } from './clean-content.js';
import { parseDateLine, parseMachineDate, TRAILING_TOOLS } from './clean-dates.js';
import {
  cleanUrl,
  guessLanguage,
  metaAuthor,
  metaDate,
  normalizeLang,
  readJsonLd,
  splitTitle,
} from './clean-metadata.js';
import { AUTHOR_LABEL, CHROME_LINES, TITLE_SEPARATORS, bylineName, matchesAny } from './clean-rules.js';
import { readMetaLine } from './clean-meta-line.js';
import { convertLegacyText } from './legacy-vn.js';
import { repairMojibake } from './mojibake.js';

export { cleanPlainText } from './clean-plain.js';

export interface CleanOptions {
  url?: string | null;
  name?: string;
  /** How the bytes were decoded (extractors/encoding.ts), carried into the result. */
  encoding?: Encoding | null;
}

type Role = 'text' | 'chrome' | 'caption' | 'title' | 'dateline' | 'byline';

/**
 * The text of an element the page itself marks as the author ("<span class=author vcard>"): it may
 * name a desk or an office ("Ban Truyền thông Liên hiệp"), which a bare line never may.
 */
function markedAuthor(text: string): string | null {
  const t = text.replace(/^(?:bởi|by)\s+/iu, '').trim();
  return t.length <= 50 && /^\p{Lu}/u.test(t) && !/[\d.;:!?|]/u.test(t) && t.split(/\s+/).length <= 6 && !/^(?:admin|administrator|quản trị)/iu.test(t) ? t : null;
}

interface Placed {
  b: RawBlock;
  role: Role;
}

const tokenCache = new Map<string, Set<string>>();
/** Token set of a string, for comparing a heading with the <title>. */
function tokens(s: string): Set<string> {
  let t = tokenCache.get(s);
  if (!t) {
    t = new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    if (tokenCache.size > 500) tokenCache.clear();
    tokenCache.set(s, t);
  }
  return t;
}

export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.max(ta.size, tb.size);
}

function negativeBetween(el: El, root: El): boolean {
  for (let p: El | null = el; p && p !== root; p = p.parent) if (p.negative) return true;
  return false;
}

function captionBetween(el: El, root: El): boolean {
  for (let p: El | null = el; p && p !== root; p = p.parent) if (p.caption || p.tag === 'figure') return true;
  return false;
}

function isChromeLine(text: string): boolean {
  return text.length < 160 && matchesAny(CHROME_LINES, text);
}

/** Short text under an image that reads as its caption: italic, or without a sentence end. */
function captionLike(b: RawBlock): boolean {
  if (!b.afterImage || b.kind !== 'p' || b.text.length > 220) return false;
  return b.italicLen > b.text.length * 0.6 || !/[.!?…;:]["”)]?$/.test(b.text);
}

export function cleanHtml(html: string, opts: CleanOptions = {}): CleanResult {
  const name = opts.name ?? opts.url ?? 'input';
  if (typeof html !== 'string') throw new Error(`${name}: cleanHtml expects a string`);
  if (html.trim() === '') throw new Error(`${name}: empty page`);
  const warnings: string[] = [];
  // decodeBytes has already repaired what it decoded; a string from elsewhere gets the same two repairs here.
  const decoded = opts.encoding != null;
  const mojibake = decoded ? { text: html, repaired: false, suspicious: 0 } : repairMojibake(html);
  if (mojibake.suspicious > 0) warnings.push(`${name}: ${mojibake.suspicious} sequences look like unrepaired mojibake`);
  const legacy = decoded ? { text: html, converted: null } : convertLegacyText(mojibake.text, { html: true });
  let dom: PageDom;
  try {
    dom = parsePage(legacy.text);
  } catch (e) {
    throw new Error(`${name}: page could not be parsed (${e instanceof Error ? e.message : String(e)})`);
  }
  const encoding = mergeEncoding(opts.encoding ?? null, legacy.converted, mojibake.repaired);

  const ld = readJsonLd(dom.jsonLd, warnings, name);
  const ogSite = dom.meta.get('og:site_name') ?? null;
  const split = dom.title ? splitTitle(dom.title, ogSite) : null;
  const baseUrl = resolveBase(dom, opts.url ?? null);
  const canonicalRaw = dom.canonical ?? dom.meta.get('og:url') ?? null;
  const canonicalUrl = canonicalRaw ? cleanUrl(canonicalRaw, baseUrl) : null;

  const { roots, top } = chooseContent(dom);
  const inRoots = (el: El): El | null => {
    for (const r of roots) if (inside(el, r)) return r;
    return null;
  };
  const firstIdx = dom.blocks.findIndex((b) => inRoots(b.el) !== null);
  let lastIdx = -1;
  for (let i = dom.blocks.length - 1; i >= 0; i--) if (inRoots(dom.blocks[i]!.el)) { lastIdx = i; break; }

  // Headline: a heading near the article that agrees with og:title/<title> (or a part of it).
  const titleParts = dom.title ? dom.title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean) : [];
  const refs = [dom.meta.get('og:title'), ld.headline, dom.title, ...titleParts].filter((r): r is string => !!r);
  // A portal's name in <title> ("… - Cổng thông tin điện tử tỉnh Hưng Yên") is no headline, even printed in an <h1>.
  const portal = split?.site && /cổng thông tin|trang thông tin/iu.test(split.site) ? split.site : null;
  // "Liên minh HTX thành phố Hải Phòng - Tin hoạt động": a <title> of site and section names no headline; with no og:title
  // or JSON-LD headline to agree with, the titled block right before the article is it.
  const title = chooseTitle(dom, firstIdx, refs.filter((r) => r !== portal), ogSite ?? portal) ?? (!dom.meta.get('og:title') && !ld.headline ? chooseTitle(dom, firstIdx, [], ogSite ?? portal, 3) : null) ?? {
    text: collapse(dom.meta.get('og:title') ?? ld.headline ?? split?.headline ?? ''),
    index: -1,
  };
  let siteName = ogSite ? collapse(ogSite) : null;
  if (!siteName && titleParts.length > 1) {
    // The part of <title> that is not the headline names the site.
    const other = titleParts.filter((p) => similarity(p, title.text) < 0.5);
    siteName = other.length ? other.join(' - ') : null;
  }
  // A site that names itself nowhere else may in its logo's alt text ("Liên minh HTX tỉnh Bình Định").
  siteName ??= dom.logoAlt;
  // …or in the copyright line of its footer ("Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hà Tĩnh").
  siteName ??= copyrightOwner(dom);

  // Place every block of the article region.
  const placed: Placed[] = [];
  if (firstIdx >= 0) {
    for (let i = firstIdx; i <= lastIdx; i++) {
      const b = dom.blocks[i]!;
      const root = inRoots(b.el);
      if (!root) continue;
      placed.push({ b, role: roleOf(b, root, title) });
    }
  }

  // Kicker lines above the headline inside the article (a category, a label) are not text.
  const titleEl = title.index >= 0 ? dom.blocks[title.index]!.el : null;
  for (const p of placed) {
    if (!titleEl || p.b.el.index >= titleEl.index) break;
    if (p.role === 'text' && p.b.text.length < 60 && p.b.text.split(' ').length <= 6) p.role = 'chrome';
  }

  // Meta lines (date, author) sit between the headline and the text, or open the text. Never further away.
  let publishedAt = metaDate(dom, ld);
  const titleIdx = title.index;
  // With no headline block found (the title came from the head), the few blocks right above the text may hold them.
  const lead = firstIdx < 0 ? [] : dom.blocks.slice(titleIdx >= 0 && titleIdx < firstIdx ? titleIdx + 1 : titleIdx < 0 ? Math.max(0, firstIdx - 3) : firstIdx, firstIdx);
  // The headline placed inside the article though no block was chosen as it (a Joomla "contentheading"), with the date and
  // byline lines left out of the article's roots between it and the text: they are the lines under the headline.
  const placedTitle = titleIdx < 0 ? placed.find((p) => p.role === 'title') : undefined;
  const firstText = placed.find((p) => p.role === 'text');
  if (placedTitle && firstText) {
    const from = dom.blocks.indexOf(placedTitle.b);
    const to = dom.blocks.indexOf(firstText.b);
    for (const b of dom.blocks.slice(from + 1, Math.min(to, from + 4))) if (!placed.some((p) => p.b === b) && b.text.length <= 120) lead.push(b);
  }
  let visibleDate: string | null = null;
  let author: string | null = null;
  let posted = false;
  // "(Theo Báo Thanh Hóa, số ra ngày 14/3/2017)" above the text credits the paper it was taken from; the reporter who
  // signs it at the end is the author.
  let credit = false;
  const opening = placed.filter((p) => p.role !== 'title').slice(0, 4);
  const candidates = [
    // Between headline and text there can still be a side box (a layout with the headline above the columns).
    ...lead.filter((b) => !excludedForAuthor(b.el, null)),
    ...opening.filter((p) => p.role === 'text' || p.role === 'dateline').map((p) => p.b),
  ];
  for (const b of candidates) {
    // A row of cells is data; one cell of an old table layout ("Cập nhật ngày: 19/07/2016 14:32:07") may be the dateline.
    if (b.kind === 'li' || (b.kind === 'table' && (b.text.includes(' | ') || b.text.length > 90))) continue;
    const m = readMetaLine(b.text);
    if (!m) continue;
    visibleDate ??= m.date;
    if (!author && m.author) posted = /người đăng/iu.test(b.text);
    if (!author && m.author) credit = /^\s*\(?\s*(?:theo|nguồn)\s*:?\s+(?:báo|tạp chí|cổng|trang|đài)(?![\p{L}])/iu.test(b.text);
    author ??= m.author;
    const p = placed.find((q) => q.b === b);
    if (p && p.role === 'text') p.role = m.author ? 'byline' : 'dateline';
  }
  // Some skins print the dateline right above the headline ("Thứ hai, 22/7/2019 8:05:00 SA", then the <h2>): the
  // block just before it, when it is a date line and nothing else, dates the article.
  // A cell of page tools between them ("Cỡ chữ: A A A | In trang") is passed over.
  const toolsAbove = titleIdx > 1 && TRAILING_TOOLS.exec(dom.blocks[titleIdx - 1]!.text)?.index === 0;
  const above = titleIdx > 0 ? dom.blocks[titleIdx - (toolsAbove ? 2 : 1)] : undefined;
  if (!visibleDate && above && above.kind !== 'li' && above.linkLen === 0 && above.text.length <= 80 && !excludedForAuthor(above.el, null)) {
    const m = readMetaLine(above.text);
    if (m?.date && !m.author) visibleDate = m.date;
  }
  const region = articleRegion(top);
  if (!visibleDate && region) visibleDate = timeNear(dom, region, titleIdx);
  if (!publishedAt) publishedAt = visibleDate;
  else if (visibleDate && visibleDate.startsWith(publishedAt) && visibleDate.length > publishedAt.length) publishedAt = visibleDate;
  // A date-only meta beside a <time datetime="2019-07-15T08:30:00+07:00"> of the same day: the time too.
  if (publishedAt && publishedAt.length === 10) {
    const timed = dom.times.map((t) => parseMachineDate(t.datetime)).find((d) => d !== null && d.length > 10 && d.startsWith(publishedAt!));
    if (timed) publishedAt = timed;
  }

  // Byline at the end: the last short name-like lines of the text.
  if (credit) {
    const last = [...placed].reverse().find((p) => p.role === 'text');
    const n = last && last.b.kind === 'p' && last.b.text.length <= 40 ? bylineName(last.b.text) : null;
    if (n && !/^(?:báo|tạp chí|đài|nguồn|theo)(?![\p{L}])/iu.test(n)) {
      author = n;
      last!.role = 'byline';
    }
  }
  if (!author) {
    const textIdx = placed.map((p, i) => (p.role === 'text' ? i : -1)).filter((i) => i >= 0);
    for (const [k, i] of textIdx.slice(-2).reverse().entries()) {
      const p = placed[i]!;
      // A press release is signed by the office that issues it ("Văn phòng Liên minh HTX tỉnh", terse "VP LMHTX tỉnh"),
      // on its last line.
      const office = k === 0 && p.b.kind === 'p' && /^(?:Văn phòng|VP|Ban|Phòng)\s+[\p{L}\s]{3,60}$/u.test(p.b.text.trim()) && p.b.text.trim().split(/\s+/).length <= 10 ? p.b.text.trim() : null;
      const n = p.b.kind === 'p' && p.b.text.length <= 80 ? (bylineName(p.b.text) ?? office) : null;
      if (n) {
        author = n;
        p.role = 'byline';
        break;
      }
    }
  } else {
    // A top byline found: a signature repeated at the end still leaves the text.
    const last = [...placed].reverse().find((p) => p.role === 'text');
    if (last && bylineName(last.b.text) === author) last.role = 'byline';
  }
  // "Người đăng: Văn phòng LMHTX" names who posted the page; an element the page marks as the author ("VP LMHTX" in
  // a "tacgia" cell under the text) is the byline.
  if (author && posted && region) {
    // Under the text, or in the row right after it (an old table layout signs in a cell of its own).
    const after = lastIdx >= 0 ? dom.blocks.slice(lastIdx + 1, lastIdx + 3) : [];
    for (const a of dom.authors) {
      const near = inside(a.el, region) || after.some((b) => inside(b.el, a.el) || inside(a.el, b.el));
      if (!near || excludedForAuthor(a.el, region) || /người đăng/iu.test(a.text)) continue;
      const n = bylineName(a.text.replace(AUTHOR_LABEL.pattern, '')) ?? (/^(?:Văn phòng|VP|Ban|Phòng)\s+[\p{L}\s]{2,60}$/u.test(a.text.trim()) ? a.text.trim() : null);
      if (n) {
        author = n;
        break;
      }
    }
  }
  if (!author && region) {
    // An element marked as the author (class author/byline) in the article, its footer or its header.
    for (const a of dom.authors) {
      if (!inside(a.el, region) || excludedForAuthor(a.el, region)) continue;
      const n = readMetaLine(a.text)?.author ?? bylineName(a.text.replace(AUTHOR_LABEL.pattern, '')) ?? markedAuthor(a.text);
      if (n) {
        author = n;
        break;
      }
    }
  }
  if (!author) {
    // Signed just after the article (outside the scored container).
    for (const b of lastIdx >= 0 ? dom.blocks.slice(lastIdx + 1, lastIdx + 3) : []) {
      if (b.linkLen > 0) continue;
      const n = b.text.length <= 40 ? bylineName(b.text) : null;
      if (n) {
        author = n;
        break;
      }
    }
  }
  author ??= metaAuthor(dom, ld, siteName);

  const kept = placed.filter((p) => p.role === 'text');
  const listing = detectListing(dom, kept);
  const links = listing ? listingLinks(dom, listing, baseUrl) : [];
  const { text, blocks } = listing ? listingText(dom, listing, title) : assemble(kept.map((p) => p.b));
  if (listing) {
    publishedAt = null;
    author = null;
  }
  if (!listing && text === '') warnings.push(`${name}: no article text found`);

  const language = normalizeLang(dom.lang) ?? guessLanguage(text || title.text);
  return {
    kind: listing ? 'listing' : 'article',
    title: finalText(title.text),
    text,
    blocks,
    publishedAt,
    author: author === null ? null : finalText(author),
    siteName: siteName === null ? null : finalText(siteName),
    canonicalUrl,
    baseHost: baseHostOf(dom.base),
    language,
    links,
    encoding,
    warnings,
  };
}

function mergeEncoding(given: Encoding | null, converted: string | null, repaired: boolean): Encoding | null {
  if (!given && !converted && !repaired) return null;
  // A string handed in directly was decoded by someone else; say so with source "default".
  const e: Encoding = given ? { ...given } : { detected: 'utf-8', source: 'default', converted: null, mojibakeRepaired: false };
  if (converted) e.converted = converted;
  if (repaired) e.mojibakeRepaired = true;
  return e;
}

function baseHostOf(base: string | null): string | null {
  if (!base || !/^https?:\/\//iu.test(base)) return null;
  try {
    return new URL(base).hostname || null;
  } catch {
    return null;
  }
}

function resolveBase(dom: PageDom, url: string | null): string | null {
  const candidates = [url, dom.base, dom.canonical, dom.meta.get('og:url') ?? null];
  let base: string | null = null;
  for (const c of candidates) {
    if (!c) continue;
    try {
      base = new URL(c, base ?? undefined).toString();
      if (c === dom.base || c === url) continue;
      break;
    } catch {
      /* a relative or broken candidate: try the next */
    }
  }
  return base;
}

function roleOf(b: RawBlock, root: El, title: { text: string }): Role {
  if (negativeBetween(b.el, root)) return 'chrome';
  // WordPress and many CMSs wrap a data table in <figure class="wp-block-table">: the table is no caption.
  if (b.kind !== 'table' && captionBetween(b.el, root)) return 'caption';
  if (b.kind === 'heading' && title.text && similarity(b.text, title.text) > 0.8) return 'title';
  if (b.text === title.text) return 'title';
  if (parseDateLine(b.text)) return 'dateline';
  if (isChromeLine(b.text)) return 'chrome';
  if (b.kind !== 'table' && b.linkLen > b.text.length * 0.5) return 'chrome';
  if (captionLike(b)) return 'caption';
  if (/^[\s|•·\-–—_*.]*$/u.test(b.text)) return 'chrome';
  // A bare address (a search result's cited URL, an "Địa chỉ bài viết" line).
  if (/^(https?:\/\/|www\.)\S+(\s+\S+){0,2}$/i.test(b.text)) return 'chrome';
  return 'text';
}

interface TitleChoice {
  text: string;
  /** Index of the heading block it came from, -1 if from metadata. */
  index: number;
}

function chooseTitle(dom: PageDom, firstIdx: number, refs: string[], siteName: string | null, within?: number): TitleChoice | null {
  let best: TitleChoice | null = null;
  let bestScore = 0;
  // `within`: only a block that many before the article's first (a headline with nothing to agree with).
  if (within !== undefined && firstIdx < 0) return null;
  const limit = firstIdx < 0 ? dom.blocks.length : Math.min(dom.blocks.length, firstIdx + (within !== undefined ? 1 : 3));
  for (let i = within !== undefined ? Math.max(0, firstIdx - within) : 0; i < limit; i++) {
    const b = dom.blocks[i]!;
    // With nothing to agree with, an <h1> marked as the article's title ("Article_Title") right before the article is it too.
    // Joomla's classic templates mark an <h1> "contentheading".
    const titleClass = (/title|tieu-?de|headline/i.test(b.el.attribs.class ?? '') || (b.el.tag === 'h1' && /contentheading/i.test(b.el.attribs.class ?? ''))) && !/box|widget|side|menu/i.test(b.el.attribs.class ?? '');
    const titled = within !== undefined ? titleClass && (b.kind !== 'heading' || b.el.tag === 'h1') : b.kind === 'heading' || /title|tieu-?de|headline/i.test(b.el.attribs.class ?? '');
    if (!titled || b.text.length < 8 || b.text.length > 400 || b.el.negative) continue;
    if (siteName && similarity(b.text, siteName) > 0.8) continue;
    let sim = 0;
    for (const r of refs) sim = Math.max(sim, similarity(b.text, r));
    // Nearer the article is better; an <h1> better than other headings.
    const near = firstIdx >= 0 ? 0.3 / (1 + Math.abs(firstIdx - i)) : 0;
    const score = (refs.length ? sim : 0.5) + (b.el.tag === 'h1' ? 0.2 : 0) + near;
    if ((refs.length === 0 || sim >= 0.5) && score > bestScore) {
      bestScore = score;
      best = { text: b.text, index: i };
    }
  }
  return best;
}

/**
 * The element that holds the whole article: the scored container's nearest
 * <article>/post-like ancestor, or its parent when that is mostly the article
 * (headline, meta line, text, signature), else the container itself.
 */
function articleRegion(top: El | null): El | null {
  if (!top) return null;
  for (let p: El | null = top; p && p.tag !== 'body' && p.tag !== 'root'; p = p.parent) {
    if (p.tag === 'article' || /(^|\s)(post|hentry|entry|node-article|article|news-detail|detail)(\s|$)/i.test(p.attribs.class ?? '')) {
      if (p.textLen <= top.textLen * 2) return p;
      break;
    }
  }
  const parent = top.parent;
  if (parent && parent.tag !== 'body' && parent.tag !== 'root' && parent.textLen <= top.textLen * 1.6) return parent;
  return top;
}

/** Comment threads, side boxes and related lists (inside the article region, or anywhere when region is null) hold other articles' dates and names. */
function excludedForAuthor(el: El, region: El | null): boolean {
  for (let p: El | null = el; p && p !== region; p = p.parent) {
    if (/comment|binh-?luan|related|lien-?quan|sidebar|widget|tin-?khac|more|profile/i.test(`${p.attribs.class ?? ''} ${p.attribs.id ?? ''}`)) return true;
  }
  return false;
}

/** A <time datetime> (or microdata/RDFa date) in the article region, or between its headline and its start. */
function timeNear(dom: PageDom, region: El, titleIdx: number): string | null {
  const from = titleIdx >= 0 ? dom.blocks[titleIdx]!.el.index : region.index;
  for (const t of dom.times) {
    if (!inside(t.el, region) && !(t.el.index > from && t.el.index < region.index)) continue;
    if (excludedForAuthor(t.el, region)) continue;
    const d = parseMachineDate(t.datetime);
    if (d) return d;
  }
  return null;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** An anchor that reads like an article headline: four words or more, to a page. */
function articleLink(l: { href: string; text: string }): boolean {
  return words(l.text) >= 4 && !/^(#|javascript:|mailto:|tel:)/i.test(l.href);
}

/**
 * The list of article links on the page, if any: the element with the most
 * children that each hold a headline-like link (cards, result items, rows).
 * Chrome lists (menus, sidebars, related boxes) do not count.
 */
function findLinkList(dom: PageDom): { list: El; items: number } | null {
  const items = new Map<El, Set<El>>();
  for (const l of dom.links) {
    if (!articleLink(l) || negativeUp(l.el)) continue;
    let child: El = l.el;
    for (let p = l.el.parent, level = 0; p && level < 6; child = p, p = p.parent, level++) {
      let set = items.get(p);
      if (!set) items.set(p, (set = new Set()));
      set.add(child);
    }
  }
  let best: { list: El; items: number } | null = null;
  for (const [list, set] of items) {
    // Prefer the innermost container at equal count: it is the list, its ancestors merely hold it.
    if (!best || set.size > best.items) best = { list, items: set.size };
  }
  return best;
}

/**
 * A category or search page: five or more headline links in one list, and
 * little prose outside it (an article's own text dwarfs its related box).
 */
function detectListing(dom: PageDom, kept: Placed[]): El | null {
  const found = findLinkList(dom);
  if (!found || found.items < 5) return null;
  let outside = 0;
  for (const p of kept) {
    if (inside(p.b.el, found.list) || p.b.linkLen > p.b.text.length * 0.5) continue;
    outside += p.b.text.length;
  }
  return outside < 500 && outside < found.list.textLen * 0.5 ? found.list : null;
}

function negativeUp(el: El): boolean {
  for (let p: El | null = el; p; p = p.parent) if (p.negative) return true;
  return false;
}

function listingLinks(dom: PageDom, list: El, base: string | null): { url: string; text: string }[] {
  const seen = new Map<string, string>();
  for (const l of dom.links) {
    if (!inside(l.el, list) || !articleLink(l)) continue;
    const url = cleanUrl(l.href, base) ?? (/^[a-z]+:/i.test(l.href) ? null : l.href);
    if (!url) continue;
    const prev = seen.get(url);
    if (prev === undefined || words(l.text) > words(prev)) seen.set(url, l.text);
  }
  return [...seen].map(([url, text]) => ({ url, text: finalText(text) }));
}

/** A listing's text: each item's headline and summary on their own lines, items apart. */
function listingText(dom: PageDom, list: El, title: { text: string }): { text: string; blocks: Block[] } {
  const items: string[][] = [];
  let current: El | null = null;
  for (const b of dom.blocks) {
    if (!inside(b.el, list) || b.el === list) continue;
    let item: El = b.el;
    while (item.parent && item.parent !== list) item = item.parent;
    const role = b.linkLen > b.text.length * 0.5 ? 'text' : roleOf(b, list, title);
    if (role !== 'text') continue;
    if (item !== current) {
      items.push([]);
      current = item;
    }
    items[items.length - 1]!.push(finalText(b.text));
  }
  let text = '';
  const blocks: Block[] = [];
  for (const it of items) {
    if (text) text += '\n\n';
    const t = it.join('\n');
    blocks.push({ start: text.length, end: text.length + t.length, type: 'list' });
    text += t;
  }
  return { text, blocks };
}

/** Blocks → text with "\n\n" between blocks; list items of one list share a block, one per line. */
export function assemble(raw: RawBlock[]): { text: string; blocks: Block[] } {
  const parts: { text: string; type: Block['type'] }[] = [];
  let lastList: El | null = null;
  for (const b of raw) {
    if (b.kind === 'li' && b.list && b.list === lastList && parts.length) {
      parts[parts.length - 1]!.text += '\n' + finalText(b.text);
      continue;
    }
    lastList = b.kind === 'li' ? b.list : null;
    parts.push({
      text: b.kind === 'table' ? b.text.split('\n').map(finalText).join('\n') : finalText(b.text),
      type: b.kind === 'heading' ? 'heading' : b.kind === 'li' ? 'list' : b.kind === 'table' ? 'table' : 'paragraph',
    });
  }
  let text = '';
  const blocks: Block[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.text.length, type: p.type });
    text += p.text;
  }
  return { text, blocks };
}

/** The alliance a page's footer says owns the site: "Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hà Tĩnh", "© 2016 Liên minh HTX tỉnh Bến Tre". */
export function copyrightOwner(dom: Pick<PageDom, 'blocks'>): string | null {
  for (const b of dom.blocks) {
    // Case matters: the name ends where the capitalised words do.
    const m = /(?:[Bb]ản quyền|BẢN QUYỀN|[Cc]opyright|©)[^.;\n]{0,30}?((?:Liên minh|LIÊN MINH) (?:Hợp tác xã|hợp tác xã|HTX|HỢP TÁC XÃ) (?:tỉnh|thành phố|TP\.?|TỈNH|THÀNH PHỐ) ?\p{Lu}[\p{L}\p{M}]*(?: (?:- )?\p{Lu}[\p{L}\p{M}]*){0,3})/u.exec(b.text);
    if (m) return m[1]!;
  }
  return null;
}

