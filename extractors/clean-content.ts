// Where the article is. Paragraph-like blocks vote for the containers above
// them (Readability's scheme: the parent gets the paragraph's score, the
// grandparent half, further ancestors less), weighted by class/id hints and
// discounted by link density; the best container and its qualifying
// siblings are the article. No per-site selectors.
import type { El, PageDom, RawBlock } from './clean-dom.js';
import { LEAD_HINT } from './clean-rules.js';

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, td: 3, pre: 3, blockquote: 3, form: -3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Commas and sentence ends: prose has many, chrome has few. */
const PUNCT = /[,.;:!?]/g;

function initScore(el: El): void {
  if (el.scored) return;
  el.scored = true;
  el.score = (TAG_BASE[el.tag] ?? 0) + el.weight;
}

export function linkDensity(el: El): number {
  return el.textLen === 0 ? 0 : el.linkLen / el.textLen;
}

export function inside(el: El, container: El): boolean {
  return el.index >= container.index && el.index <= container.end;
}

export interface ContentChoice {
  /** Elements whose blocks form the article, in document order. */
  roots: El[];
  top: El | null;
}

export function chooseContent(dom: PageDom): ContentChoice {
  const candidates: El[] = [];
  for (const b of dom.blocks) {
    if (b.kind === 'heading' || b.text.length < 25) continue;
    if (b.linkLen > b.text.length * 0.5) continue;
    const score = 1 + (b.text.match(PUNCT)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3);
    // A <p> votes for its container; text sitting directly in a div or cell also votes for that element.
    let anc: El | null = b.el.tag === 'p' || b.el.tag === 'li' || b.kind === 'table' ? b.el.parent : b.el;
    for (let level = 0; anc && level < 5; level++, anc = anc.parent) {
      if (anc.tag === 'root' || anc.tag === 'html') break;
      if (!anc.scored) candidates.push(anc);
      initScore(anc);
      anc.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  let top: El | null = null;
  let best = -Infinity;
  for (const c of candidates) {
    c.score *= 1 - linkDensity(c);
    if (c.score > best) {
      best = c.score;
      top = c;
    }
  }
  if (!top) return { roots: [], top: null };
  // A container that holds the top one and scores nearly as well is the article
  // split in parts (lead, body, table): go up to it.
  for (let p = top.parent; p && p.tag !== 'body' && p.tag !== 'root'; p = p.parent) {
    if (!p.scored || p.negative) break;
    if (p.score >= best * 0.75 && linkDensity(p) < 0.25) top = p;
    else break;
  }
  const roots = withSiblings(dom, top);
  // "<span class="TomTat">(LMHTX) - Ngày 15/7/2016, …</span>" in a table row of its own above the body: the lead,
  // marked as such, a few blocks before the first one kept.
  const first = dom.blocks.findIndex((b) => roots.some((r) => b.el.index >= r.index && b.el.index <= r.end));
  for (let i = Math.max(0, first - 2); first > 0 && i < first; i++) {
    const b = dom.blocks[i]!;
    let marked = false;
    for (let e: El | null = b.el, k = 0; e && k < 3; e = e.parent, k++) {
      if (e.negative) break;
      if (LEAD_HINT.pattern.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`)) marked = true;
    }
    // The mark may sit on an inline element inside the cell.
    for (let j = b.el.index + 1; !marked && j <= b.el.end && j - b.el.index < 6; j++) {
      const e = dom.els[j]!;
      if (LEAD_HINT.pattern.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`)) marked = true;
    }
    if (marked && b.kind !== 'heading' && b.text.length > 40 && b.linkLen < b.text.length * 0.25) roots.unshift(b.el);
  }
  return { roots, top };
}

/** Readability's sibling rule: siblings that score well or read like paragraphs join the article. */
function withSiblings(dom: PageDom, top: El): El[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, top.score * 0.2);
  const roots: El[] = [];
  const ownText = new Map<El, RawBlock[]>();
  for (const b of dom.blocks) if (b.el.parent === parent && b.el !== top) ownText.set(b.el, [...(ownText.get(b.el) ?? []), b]);
  for (let i = parent.index + 1; i <= parent.end; i++) {
    const s = dom.els[i]!;
    if (s.parent !== parent) continue;
    if (s === top) {
      roots.push(s);
      continue;
    }
    if (s.negative) continue;
    let join = s.scored && s.score >= threshold;
    if (!join && s.tag === 'p') {
      const text = (ownText.get(s) ?? []).map((b) => b.text).join(' ');
      const ld = linkDensity(s);
      join = (text.length > 80 && ld < 0.25) || (text.length > 0 && text.length <= 80 && ld === 0 && /[.!?…]$/.test(text));
    }
    // "<div class="sapo">Sáng 8/10, Liên minh HTX tỉnh tổ chức …</div>" before the body: the lead, in its own box.
    if (!join && s.index < top.index && LEAD_HINT.pattern.test(`${s.attribs.class ?? ''} ${s.attribs.id ?? ''}`) && s.textLen > 40 && linkDensity(s) < 0.25) join = true;
    if (join) roots.push(s);
  }
  return roots;
}
