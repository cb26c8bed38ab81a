// Training lines for the chrome classifier, from corpus/cleaning: each page's
// visible text dumped one line per block (what a plain-text dump of the page
// looks like), labelled body when the line is in the gold main text and
// chrome otherwise (menus, counters, bylines, captions, related lists…).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DomNode } from '../clean-dom.js';
import { decodeBytes } from '../encoding.js';
import { parseHtml } from '../html-parse.js';
import { normalizeText } from '../normalize.js';
import { projectFile } from '../paths.js';
import type { Example } from './cv.js';

export const CHROME_LABELS = ['body', 'chrome'] as const;
export type ChromeLabel = (typeof CHROME_LABELS)[number];

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'title', 'select', 'button']);
const INLINE = new Set(['a', 'abbr', 'b', 'strong', 'i', 'em', 'span', 'small', 'sup', 'sub', 'u', 'font', 'cite', 'time', 'code', 'mark', 'q', 'label', 'img', 'amp-img']);

function collapse(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

/** Visible text of a page, one line per block; a table row is one line with cells joined by " | " (the gold's convention). */
export function htmlLines(html: string): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = (): void => {
    const l = collapse(cur);
    if (l) lines.push(l);
    cur = '';
  };
  const textOf = (n: DomNode): string => {
    if (n.type === 'text') return n.data ?? '';
    if (n.type !== 'tag' && n.type !== 'root') return '';
    if (SKIP.has(n.name ?? '')) return '';
    if (n.name === 'br') return ' ';
    return (n.children ?? []).map(textOf).join(INLINE.has(n.name ?? '') ? '' : ' ');
  };
  const walk = (n: DomNode, depth: number): void => {
    if (n.type === 'text') {
      cur += n.data ?? '';
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return;
    const name = n.name ?? '';
    if (SKIP.has(name) || depth > 500) return;
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'tr') {
      flush();
      const cells = (n.children ?? []).filter((c) => c.name === 'td' || c.name === 'th').map((c) => collapse(textOf(c)));
      cur = cells.join(' | ');
      flush();
      return;
    }
    const block = !INLINE.has(name);
    if (block) flush();
    for (const c of n.children ?? []) walk(c, depth + 1);
    if (block) flush();
  };
  walk(parseHtml(html), 0);
  return lines;
}

/** Decoded page text (decodeBytes also converts TCVN3/VNI runs to Unicode). */
function pageHtml(bytes: Uint8Array, name: string): string {
  return decodeBytes(bytes, { contentType: 'text/html', name }).text;
}

export function chromeExamples(dir = projectFile('corpus', 'cleaning')): Example<ChromeLabel>[] {
  const out: Example<ChromeLabel>[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const name = f.slice(0, -'.html'.length);
    const gold = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { text: string };
    const goldText = collapse(gold.text.replace(/\n/g, ' \n '));
    const goldLines = new Set(gold.text.split('\n').map(collapse).filter(Boolean));
    for (const line of htmlLines(pageHtml(readFileSync(join(dir, f)), f))) {
      // Short lines only count as body when they are a whole gold line (a subheading), not a word found somewhere in it.
      const body = goldLines.has(line) || (line.length >= 25 && goldText.includes(line));
      out.push({ group: name, text: line, label: body ? 'body' : 'chrome' });
    }
  }
  return out;
}
