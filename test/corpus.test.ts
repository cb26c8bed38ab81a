// Corpus integrity: SHA256SUMS covers every corpus file and matches its bytes,
// and every gold quote is visible text of its page.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const FOLDERS = ['pages', 'gold', 'cleaning', 'sites', 'shared'];

function walk(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(relative(CORPUS, p).split(sep).join('/'));
  }
  return out;
}

function readSums(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(CORPUS, 'SHA256SUMS'), 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m?.[1] && m[2]) map.set(m[2], m[1]);
  }
  return map;
}

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', rarr: '→', larr: '←', rsaquo: '›', lsaquo: '‹',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? all;
  });
}

const BLOCK =
  'p|div|br|hr|li|ul|ol|dl|dt|dd|td|th|tr|table|thead|tbody|caption|h[1-6]|figure|figcaption|section|article|header|footer|aside|nav|main|blockquote|pre|option|select|form|body|html|head|title';

/** Crude visible text: drop comments, scripts and styles, tags out, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  const t = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(new RegExp(`</?(?:${BLOCK})\\b[^>]*>`, 'gi'), ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(t).replace(/\s+/g, ' ').trim();
}

function readPage(path: string): string {
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  const cs = m?.[1]?.toLowerCase() ?? 'utf-8';
  return cs !== 'utf-8' && cs !== 'utf8' && iconv.encodingExists(cs) ? iconv.decode(bytes, cs) : bytes.toString('utf8');
}

describe('corpus/SHA256SUMS', () => {
  const listed = readSums();
  const files = FOLDERS.flatMap((f) => walk(join(CORPUS, f), [])).sort();

  it('lists files', () => {
    expect(listed.size).toBeGreaterThan(0);
  });

  it('every listed file exists and matches its sha256', () => {
    const bad: string[] = [];
    for (const [rel, hash] of listed) {
      const p = join(CORPUS, rel);
      if (!existsSync(p)) bad.push(`missing: ${rel}`);
      else if (createHash('sha256').update(readFileSync(p)).digest('hex') !== hash) bad.push(`changed: ${rel}`);
    }
    expect(bad).toEqual([]);
  });

  it('every file under pages/, gold/, cleaning/, sites/, shared/ is listed', () => {
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });
});

describe('gold quotes are visible text of their page', () => {
  const goldDir = join(CORPUS, 'gold');
  const golds = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort() : [];

  it('has gold files', () => {
    expect(golds.length).toBeGreaterThan(0);
  });

  for (const g of golds) {
    const stem = g.replace(/\.jsonl$/, '');
    it(stem, () => {
      const page = join(CORPUS, 'pages', `${stem}.html`);
      expect(existsSync(page), `page for ${g}`).toBe(true);
      const visible = visibleText(readPage(page));
      const lines = readFileSync(join(goldDir, g), 'utf8').split('\n').filter((l) => l.trim() !== '');
      const first = JSON.parse(lines[0] ?? '{}') as { type?: string; doc?: string };
      expect(first.type).toBe('document');
      expect(first.doc).toBe(stem);
      const missing: string[] = [];
      for (const line of lines) {
        const rec = JSON.parse(line) as { quote?: unknown };
        if (typeof rec.quote !== 'string') continue;
        const q = rec.quote.replace(/\s+/g, ' ').trim();
        if (!visible.includes(q)) missing.push(rec.quote);
      }
      expect(missing).toEqual([]);
    });
  }
});

describe('corpus/shared, the copy of ../shared the tests read', () => {
  const upstream = join(CORPUS, '..', '..', 'shared');
  const copied = walk(join(CORPUS, 'shared'), []);
  it('holds the seeds, their gold and the Duckling examples', () => {
    expect(copied.filter((f) => f.startsWith('shared/seeds/') && f.endsWith('.txt'))).toHaveLength(5);
    expect(copied.filter((f) => f.startsWith('shared/gold/seeds/'))).toHaveLength(5);
    expect(copied.filter((f) => f.startsWith('shared/external/duckling-vi/') && f.endsWith('.json'))).toHaveLength(4);
  });
  // A clone beside the project's ../shared checks that the copy is still the same bytes.
  it.skipIf(!existsSync(upstream))('is byte-identical to ../shared where that exists', () => {
    for (const f of copied) expect(readFileSync(join(upstream, f.slice('shared/'.length))).equals(readFileSync(join(CORPUS, f))), f).toBe(true);
  });
});
