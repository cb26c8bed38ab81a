// The plain-text path, scored: every gold page turned into a text dump of the
// whole page (one line per block, menus, sidebars and footer included), the
// way shared/seeds were captured, then extracted with format 'text'.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../extractors/document.js';
import { aggregate, loadGold, scoreDoc, type DocScore, type SetScore } from './score.js';

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|header|footer|nav|aside|section|article|figure|figcaption|title|td|th)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A page as a browser's "select all, copy" would give it: one line per block. */
export function pageDump(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<td\b[^>]*>/gi, ' | ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (all, n: string) =>
      n[0] === '#' ? String.fromCodePoint(n[1] === 'x' || n[1] === 'X' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10)) : (ENTITIES[n] ?? all),
    )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function evaluateDumps(): SetScore[] {
  const bySet = new Map<string, DocScore[]>();
  for (const g of loadGold()) {
    const r = extractDocument({ html: pageDump(readFileSync(g.page, 'utf8')), format: 'text', input: g.name });
    bySet.set(g.set, [...(bySet.get(g.set) ?? []), scoreDoc(g, r)]);
  }
  const all = [...bySet.values()].flat();
  return [...[...bySet.keys()].sort().map((s) => aggregate(s, bySet.get(s)!)), aggregate('all', all)];
}
