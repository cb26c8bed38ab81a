// The cleaning corpus (corpus/cleaning/<name>.html + gold <name>.json): every
// page on its own template, decoded from its bytes and cleaned as the
// pipeline does. Main text is scored by token F1 against the gold text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../bench/token-f1.js';
import { cleanHtml } from '../extractors/clean.js';
import { decodeBytes } from '../extractors/encoding.js';
import { projectFile } from '../extractors/paths.js';

const DIR = projectFile('corpus', 'cleaning');

interface Gold {
  title: string;
  publishedAt: string | null;
  author: string | null;
  kind: 'article' | 'listing';
  language: string;
  encoding: string;
  text: string;
  links: { url: string; text: string }[];
}

const pages = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.html')).sort() : [];

/** The gold's encoding names: the charset of the bytes, or the font encoding converted from. */
function encodingName(e: { detected: string; converted: string | null } | null): string {
  if (!e) throw new Error('no encoding recorded');
  return e.converted ? e.converted.toLowerCase() : e.detected;
}

describe('cleaning corpus', () => {
  it('has pages with gold', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  for (const f of pages) {
    describe(f, () => {
      const gold = JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.json')), 'utf8')) as Gold;
      const decoded = decodeBytes(readFileSync(join(DIR, f)), { name: f });
      const r = cleanHtml(decoded.text, { name: f, encoding: decoded.encoding });

      it('main text: token F1 ≥ 0.97 against the gold', () => {
        expect(tokenF1(r.text, gold.text).f1).toBeGreaterThanOrEqual(0.97);
      });
      it('title, publishedAt, author, kind, language', () => {
        expect(r.title).toBe(gold.title);
        expect(r.publishedAt).toBe(gold.publishedAt);
        expect(r.author).toBe(gold.author);
        expect(r.kind).toBe(gold.kind);
        expect(r.language).toBe(gold.language);
      });
      it('encoding (charset, or the legacy font encoding converted from)', () => {
        expect(encodingName(r.encoding)).toBe(gold.encoding);
      });
      it('text is NFC, blocks point into it, title is not part of it', () => {
        expect(r.text).toBe(r.text.normalize('NFC'));
        for (const b of r.blocks) expect(r.text.slice(b.start, b.end).trim()).not.toBe('');
        expect(r.blocks.map((b) => r.text.slice(b.start, b.end)).join('\n\n')).toBe(r.text);
        if (r.kind === 'article' && r.title) expect(r.text.startsWith(r.title)).toBe(false);
      });
      if (gold.kind === 'listing') {
        it('listing links: absolute, in page order', () => {
          expect(r.links).toEqual(gold.links);
        });
      } else {
        it('an article has no listing links', () => {
          expect(r.links).toEqual([]);
        });
      }
    });
  }
});
