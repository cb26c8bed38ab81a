// One pass over the parsed page that turns it into what the cleaner reasons
// about: a flat list of text blocks in reading order, each pointing at the
// element that holds it, plus the head's metadata. Walks are iterative:
// pages nested thousands of levels deep must not overflow the stack.
import { normalizeText } from './normalize.js';
import { parseHtml } from './html-parse.js';
import { AUTHOR_HINT, CAPTION_HINT, NEGATIVE_HINT, POSITIVE_HINT } from './clean-rules.js';

/** The parts of a parsed (domhandler) node the cleaner reads. */
export interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  children?: DomNode[];
}

export interface El {
  /** Pre-order index; `end` is the index of its last descendant, so containment is two comparisons. */
  index: number;
  end: number;
  tag: string;
  parent: El | null;
  attribs: Record<string, string>;
  /** class/id weight: +25 positive, -25 negative (negative wins). */
  weight: number;
  negative: boolean;
  caption: boolean;
  author: boolean;
  /** Text and link-text characters of the element and its descendants. */
  textLen: number;
  linkLen: number;
  score: number;
  scored: boolean;
}

export type BlockKind = 'p' | 'heading' | 'li' | 'table' | 'pre';

export interface RawBlock {
  text: string;
  el: El;
  kind: BlockKind;
  linkLen: number;
  /** Characters inside <em>/<i>. */
  italicLen: number;
  /** An image stands between the previous block and this one (or inside it). */
  afterImage: boolean;
  /** For list items: the <ul>/<ol>. */
  list: El | null;
}

export interface PageLink {
  href: string;
  text: string;
  el: El;
}

export interface PageDom {
  blocks: RawBlock[];
  els: El[];
  links: PageLink[];
  /** Text of elements whose class/id says author/byline. */
  authors: { text: string; el: El }[];
  times: { datetime: string; el: El }[];
  meta: Map<string, string>;
  title: string | null;
  canonical: string | null;
  base: string | null;
  lang: string | null;
  jsonLd: string[];
  /** The alt text of the first image that names an alliance ("Liên minh HTX tỉnh Bình Định"): the site's logo. */
  logoAlt: string | null;
}

/** Subtrees that are never visible text (their metadata is read, if any). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'map', 'select', 'option', 'textarea', 'button', 'input', 'title', 'link', 'meta', 'base', 'head', 'marquee',
  'nav', 'dialog', 'math',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td',
  'th', 'ul', 'caption', 'root',
]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HIDDEN_CLASS = /(^|\s)(hidden|d-none|sr-only|visually-hidden|screen-reader-text|hide)(\s|$)/i;

/**
 * Whitespace runs (NBSP included: JavaScript's \s covers it) to one space.
 * Enough for deciding what is chrome; the text that is kept goes through
 * `finalText` once.
 */
export function collapse(s: string): string {
  // Most runs are already clean; testing is cheaper than rebuilding the string.
  return /\s\s|[\t\n\r\f\v\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

interface Hints {
  negative: boolean;
  positive: boolean;
  caption: boolean;
  author: boolean;
}
/** class/id strings repeat across a page and a site: classify each once. */
const hintCache = new Map<string, Hints>();
function hintsOf(hints: string): Hints {
  let h = hintCache.get(hints);
  if (!h) {
    h = {
      negative: NEGATIVE_HINT.pattern.test(hints),
      positive: POSITIVE_HINT.pattern.test(hints),
      caption: CAPTION_HINT.pattern.test(hints),
      author: AUTHOR_HINT.pattern.test(hints),
    };
    if (hintCache.size > 5000) hintCache.clear();
    hintCache.set(hints, h);
  }
  return h;
}

/** NFC, invisible characters and odd spaces normalised (extractors/normalize.ts), then collapsed. */
export function finalText(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

function hiddenEl(a: Record<string, string>): boolean {
  return 'hidden' in a || a['aria-hidden'] === 'true' || HIDDEN_STYLE.test(a.style ?? '') || HIDDEN_CLASS.test(a.class ?? '');
}

function textOf(node: DomNode): string {
  const out: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.data ?? '');
    else if (n.children && !(n.name && SKIP.has(n.name))) {
      if (n.name && BLOCK.has(n.name)) out.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      if (n.name === 'br') out.push(' ');
    }
  }
  return out.join('');
}

/**
 * A table of figures rather than a layout grid: at least 2 rows and 2
 * columns, no nested table, no images or headings in cells, short cells.
 */
export function isDataTable(table: DomNode): boolean {
  if ((table.attribs?.role ?? '') === 'presentation') return false;
  let rows = 0;
  let maxCols = 0;
  let header = false;
  const cells: DomNode[] = [];
  // Structure first, text only if the structure qualifies: layout tables are
  // big and nested, and are rejected before any of their text is read.
  const stack: DomNode[] = [...(table.children ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const name = n.name ?? '';
    if (name === 'table' || name === 'img' || name === 'figure' || /^h[1-6]$/.test(name) || name === 'form' || name === 'iframe') return false;
    if (name === 'tr') {
      rows++;
      let c = 0;
      for (const k of n.children ?? []) if (k.name === 'td' || k.name === 'th') c++;
      maxCols = Math.max(maxCols, c);
    } else if (name === 'td' || name === 'th') {
      cells.push(n);
      if (name === 'th') header = true;
    } else if (name === 'thead' || name === 'caption') header = true;
    for (const k of n.children ?? []) stack.push(k);
  }
  if (rows < 2 || maxCols < 2 || cells.length === 0) return false;
  if (header) return true;
  let cellText = 0;
  for (const c of cells) cellText += collapse(textOf(c)).length;
  return cellText / cells.length < 80;
}

/** Rows on their own lines, cells joined by " | ". */
export function tableText(table: DomNode): string {
  const rows: string[] = [];
  // The caption names what the rows measure and often when ("… phân theo lĩnh vực năm 2018"): it opens the block.
  const caption = (table.children ?? []).find((k) => k.name === 'caption');
  if (caption && collapse(textOf(caption)) !== '') rows.push(collapse(textOf(caption)));
  const stack: DomNode[] = [table];
  const order: DomNode[] = [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === 'tr') {
      order.push(n);
      continue;
    }
    for (let i = (n.children?.length ?? 0) - 1; i >= 0; i--) stack.push(n.children![i]!);
  }
  for (const tr of order) {
    const cells = (tr.children ?? []).filter((k) => k.name === 'td' || k.name === 'th').map((c) => collapse(textOf(c)));
    if (cells.some((c) => c !== '')) rows.push(cells.join(' | '));
  }
  return rows.join('\n');
}

export function parsePage(html: string): PageDom {
  const root = parseHtml(html);
  const els: El[] = [];
  const blocks: RawBlock[] = [];
  const links: PageLink[] = [];
  const times: { datetime: string; el: El }[] = [];
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  let title: string | null = null;
  let canonical: string | null = null;
  let base: string | null = null;
  let lang: string | null = null;
  let logoAlt: string | null = null;

  let buf: string[] = [];
  let bufLink = 0;
  let bufItalic = 0;
  let pendingImage = false;
  let linkDepth = 0;
  let italicDepth = 0;
  let anchor: { href: string; parts: string[]; el: El } | null = null;
  const authors: { text: string; el: El }[] = [];
  let authorCapture: { parts: string[]; el: El } | null = null;

  const makeEl = (node: DomNode, parent: El | null): El => {
    const a = node.attribs ?? {};
    const hints = `${a.class ?? ''} ${a.id ?? ''}`.trim();
    const tag = node.name ?? 'root';
    const h = hints === '' ? null : hintsOf(hints);
    const neg = h?.negative ?? false;
    const pos = h?.positive ?? false;
    const structuralNeg = tag === 'aside' || tag === 'footer';
    const el: El = {
      index: els.length,
      end: els.length,
      tag,
      parent,
      attribs: a,
      weight: neg || structuralNeg ? -25 : pos || tag === 'article' || tag === 'main' ? 25 : 0,
      negative: neg || structuralNeg,
      caption: tag === 'figcaption' || (h?.caption ?? false),
      author: h?.author ?? false,
      textLen: 0,
      linkLen: 0,
      score: 0,
      scored: false,
    };
    els.push(el);
    return el;
  };

  const blockStack: El[] = [];
  const listStack: El[] = [];
  const flush = (): void => {
    if (buf.length === 0) return;
    const text = collapse(buf.join(''));
    const owner = blockStack[blockStack.length - 1];
    if (text !== '' && owner) {
      const heading = /^h[1-6]$/.test(owner.tag);
      const inLi = owner.tag === 'li' || (listStack.length > 0 && owner.index > listStack[listStack.length - 1]!.index && insideLi(owner));
      blocks.push({
        text,
        el: owner,
        kind: heading ? 'heading' : owner.tag === 'pre' ? 'pre' : inLi ? 'li' : 'p',
        linkLen: Math.min(bufLink, text.length),
        italicLen: Math.min(bufItalic, text.length),
        afterImage: pendingImage,
        list: inLi ? (listStack[listStack.length - 1] ?? null) : null,
      });
      owner.textLen += text.length;
      owner.linkLen += Math.min(bufLink, text.length);
      pendingImage = false;
    }
    buf = [];
    bufLink = 0;
    bufItalic = 0;
  };
  const insideLi = (el: El): boolean => {
    for (let p: El | null = el; p; p = p.parent) {
      if (p.tag === 'li') return true;
      if (p.tag === 'ul' || p.tag === 'ol') return false;
    }
    return false;
  };

  type Frame = { node: DomNode; el: El | null; i: number };
  const rootEl = makeEl(root, null);
  blockStack.push(rootEl);
  const stack: Frame[] = [{ node: root, el: rootEl, i: 0 }];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const kids = f.node.children ?? [];
    if (f.i >= kids.length) {
      // leaving f.node
      stack.pop();
      const name = f.node.name ?? '';
      if (f.el) {
        if (BLOCK.has(name)) {
          flush();
          if (blockStack[blockStack.length - 1] === f.el) blockStack.pop();
        }
        if (name === 'ul' || name === 'ol') listStack.pop();
        if (name === 'a') {
          linkDepth--;
          if (anchor && anchor.el === f.el) {
            links.push({ href: anchor.href, text: collapse(anchor.parts.join('')), el: anchor.el });
            anchor = null;
          }
        }
        if (name === 'em' || name === 'i') italicDepth--;
        if (authorCapture && authorCapture.el === f.el) {
          authors.push({ text: collapse(authorCapture.parts.join('')), el: f.el });
          authorCapture = null;
        }
        f.el.end = els.length - 1;
      }
      continue;
    }
    const node = kids[f.i++]!;
    if (node.type === 'text') {
      const t = node.data ?? '';
      buf.push(t);
      if (linkDepth > 0) bufLink += t.trim().length;
      if (italicDepth > 0) bufItalic += t.trim().length;
      if (anchor) anchor.parts.push(t);
      if (authorCapture) authorCapture.parts.push(t);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const name = node.name ?? '';
    const a = node.attribs ?? {};
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    if (name === 'img') {
      pendingImage = true;
      if (logoAlt === null && a.alt && /liên minh\s+(?:htx|hợp tác xã)|lmhtx/iu.test(a.alt)) logoAlt = collapse(a.alt);
      continue;
    }
    if (SKIP.has(name)) {
      if (name === 'title' && title === null) title = collapse(textOf({ type: 'tag', children: node.children ?? [] }));
      else if (name === 'meta') {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
        if (key && a.content !== undefined && !meta.has(key)) meta.set(key, a.content);
      } else if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && a.href && canonical === null) canonical = a.href;
      else if (name === 'base' && a.href && base === null) base = a.href;
      else if (name === 'script' && /ld\+json/i.test(a.type ?? '')) jsonLd.push(textOf({ type: 'tag', children: node.children ?? [] }));
      else if (name === 'head') stack.push({ node, el: null, i: 0 });
      continue;
    }
    if (hiddenEl(a)) continue;
    if (name === 'html' && a.lang && lang === null) lang = a.lang;
    const parentEl = f.el ?? blockStack[blockStack.length - 1] ?? null;
    const el = makeEl(node, parentEl);
    if (name === 'time' && a.datetime) times.push({ datetime: a.datetime, el });
    // Microdata and RDFa publication dates on body elements count like <time datetime>.
    else if (/datePublished|dc:date|dc:created|article:published_time/i.test(`${a.itemprop ?? ''} ${a.property ?? ''}`)) {
      const v = a.content ?? a.datetime ?? a.title;
      if (v) times.push({ datetime: v, el });
    }
    if (el.author && !authorCapture) authorCapture = { parts: [], el };
    if (name === 'table' && isDataTable(node)) {
      flush();
      const text = tableText(node);
      if (text) {
        blocks.push({ text, el, kind: 'table', linkLen: 0, italicLen: 0, afterImage: false, list: null });
        el.textLen += text.length;
      }
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      blockStack.push(el);
    }
    if (name === 'ul' || name === 'ol') listStack.push(el);
    if (name === 'a') {
      linkDepth++;
      if (a.href && !anchor) anchor = { href: a.href, parts: [], el };
    }
    if (name === 'em' || name === 'i') italicDepth++;
    stack.push({ node, el, i: 0 });
  }
  flush();
  // Children precede nothing of theirs in pre-order, so one backward pass sums text into every ancestor.
  for (let i = els.length - 1; i > 0; i--) {
    const e = els[i]!;
    if (e.parent) {
      e.parent.textLen += e.textLen;
      e.parent.linkLen += e.linkLen;
    }
  }
  return { blocks, els, links, authors, times, meta, title, canonical, base, lang, jsonLd, logoAlt };
}
