// A small, tolerant HTML tree builder for the cleaner. It does what the
// cleaner needs and no more: tags, attributes, text, raw-text elements,
// void elements, the common implied end tags (an open <p> closed by a
// block, <li> by <li>, cells by cells and rows) and character references.
// It never throws on malformed markup and never recurses, so a page nested
// 10 000 levels deep or 20 MB long is just a longer loop. Speed matters: it
// is most of the cleaner's time (bench/clean.ts).
import type { DomNode } from './clean-dom.js';

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen', 'image',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

const P_CLOSERS = [
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul',
];
/** Opening the key closes an open element of these names on top of the stack (htmlparser2's table, abridged). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ...P_CLOSERS.map((t): [string, Set<string>] => [t, new Set(['p'])]),
  ['li', new Set(['li', 'p'])],
  ['dt', new Set(['dt', 'dd', 'p'])],
  ['dd', new Set(['dt', 'dd', 'p'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th', 'thead'])],
  ['th', new Set(['td', 'th'])],
  ['tbody', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
  ['tfoot', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['body', new Set(['head', 'link', 'script'])],
]);
/** Closing the key does not reach past these (a stray </p> must not close the table it sits in). */
const SCOPE = new Set(['table', 'td', 'th', 'html', 'body', 'template']);
/** …except that row and section end tags do close the cells inside them. */
const TABLE_PARTS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup']);

// HTML 4 Latin-1 entities name U+00A0…U+00FF in order.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const ENTITIES = new Map<string, string>();
LATIN1.split(' ').forEach((n, i) => ENTITIES.set(n, String.fromCharCode(0xa0 + i)));
for (const [n, c] of Object.entries({
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019,
  sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, hellip: 0x2026, bull: 0x2022, trade: 0x2122, euro: 0x20ac,
  dagger: 0x2020, Dagger: 0x2021, permil: 0x2030, lsaquo: 0x2039, rsaquo: 0x203a, prime: 0x2032, Prime: 0x2033,
  thinsp: 0x2009, ensp: 0x2002, emsp: 0x2003, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f, OElig: 0x152,
  oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc, larr: 0x2190,
  rarr: 0x2192, uarr: 0x2191, darr: 0x2193, harr: 0x2194, minus: 0x2212, le: 0x2264, ge: 0x2265, ne: 0x2260,
  asymp: 0x2248, infin: 0x221e, Abreve: 0x102, abreve: 0x103, Dstrok: 0x110, dstrok: 0x111, Utilde: 0x168,
  utilde: 0x169, Itilde: 0x128, itilde: 0x129, hyphen: 0x2010, dash: 0x2010, horbar: 0x2015, nbhy: 0x2011,
  laquo: 0xab, raquo: 0xbb, star: 0x2606, starf: 0x2605, check: 0x2713, times: 0xd7, sdot: 0x22c5, deg: 0xb0,
})) ENTITIES.set(n, String.fromCodePoint(c));
/** Entities browsers accept without the semicolon (the legacy set). */
const NO_SEMICOLON = new Set([...LATIN1.split(' '), 'amp', 'lt', 'gt', 'quot']);
/** Numeric references 0x80–0x9F mean windows-1252 characters (HTML spec). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6});?|#(\d{1,7});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (all, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string) => {
    if (hex !== undefined || dec !== undefined) {
      const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
      if (cp >= 0x80 && cp <= 0x9f) return C1[cp - 0x80]!;
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(cp);
    }
    const v = ENTITIES.get(name!);
    if (v === undefined || (!semi && !NO_SEMICOLON.has(name!))) return all;
    return v;
  });
}

const RAW_END = new Map<string, RegExp>();
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/y;

export function parseHtml(html: string): DomNode {
  const root: DomNode = { type: 'root', name: 'root', attribs: {}, children: [] };
  const stack: DomNode[] = [root];
  const n = html.length;
  let pos = 0;
  const top = (): DomNode => stack[stack.length - 1]!;
  const addText = (t: string): void => {
    if (t === '') return;
    const kids = top().children!;
    const last = kids[kids.length - 1];
    if (last && last.type === 'text') last.data += t;
    else kids.push({ type: 'text', data: t });
  };
  const close = (name: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const s = stack[i]!.name!;
      if (s === name) {
        stack.length = i;
        return;
      }
      if (SCOPE.has(s) && !SCOPE.has(name) && !(TABLE_PARTS.has(name) && (s === 'td' || s === 'th'))) return;
    }
  };

  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      addText(decodeEntities(html.slice(pos)));
      break;
    }
    if (lt > pos) addText(decodeEntities(html.slice(pos, lt)));
    pos = lt;
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      pos = end < 0 ? n : end + (html.startsWith('<!--', lt) ? 3 : 1);
      continue;
    }
    if (c === 0x3f /* ? */) {
      const end = html.indexOf('>', lt + 2);
      pos = end < 0 ? n : end + 1;
      continue;
    }
    const closing = c === 0x2f; /* / */
    const start = lt + (closing ? 2 : 1);
    const first = html.charCodeAt(start) | 0x20;
    if (first < 0x61 || first > 0x7a) {
      // not a tag: "1 < 2", "<=", "< b"
      addText('<');
      pos = lt + 1;
      continue;
    }
    let p = start + 1;
    for (; p < n; p++) {
      const ch = html.charCodeAt(p);
      if (ch === 0x3e || ch === 0x2f || ch === 0x20 || ch === 0x0a || ch === 0x09 || ch === 0x0d || ch === 0x0c) break;
    }
    const name = html.slice(start, p).toLowerCase();
    if (closing) {
      const end = html.indexOf('>', p);
      pos = end < 0 ? n : end + 1;
      if (name === 'br') {
        top().children!.push({ type: 'tag', name: 'br', attribs: {}, children: [] });
        continue;
      }
      close(name);
      continue;
    }
    const attribs: Record<string, string> = {};
    if (html.charCodeAt(p) === 0x3e) p++;
    else for (;;) {
      ATTR.lastIndex = p;
      const a = ATTR.exec(html);
      if (!a || a.index !== p) {
        // skip to the end of the tag
        while (p < n && html[p] !== '>') p++;
        p++;
        break;
      }
      p = ATTR.lastIndex;
      const key = a[1]!.toLowerCase();
      if (!(key in attribs)) attribs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    pos = Math.min(p, n);
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 1 && implied.has(top().name!)) stack.pop();
    const el: DomNode = { type: 'tag', name, attribs, children: [] };
    top().children!.push(el);
    // "<div/>" stays open, as in browsers; only void elements have no content.
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      let endRe = RAW_END.get(name);
      if (!endRe) RAW_END.set(name, (endRe = new RegExp(`</${name}\\s*>`, 'ig')));
      endRe.lastIndex = pos;
      const e = endRe.exec(html);
      const body = html.slice(pos, e ? e.index : n);
      if (body) el.children!.push({ type: 'text', data: name === 'title' || name === 'textarea' ? decodeEntities(body) : body });
      pos = e ? e.index + e[0].length : n;
      continue;
    }
    stack.push(el);
  }
  return root;
}
