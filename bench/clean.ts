// Cleaning benchmark: htxpress's cleaner against Mozilla Readability on
// linkedom, on the same pages in the same process. Prints per page the
// token F1 of each system's main text against the gold text and the mean
// time per page, then the means and the speed ratio. Pages: every
// corpus/cleaning/<name>.html with its gold <name>.json, and the seed pages
// corpus/pages/00N_*.html, whose gold text is the seed dump
// (shared/seeds) with its chrome lines removed by cleanPlainText.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanHtml, cleanPlainText } from '../extractors/clean.js';
import { decodeBytes } from '../extractors/encoding.js';
import { projectFile, sharedFile } from '../extractors/paths.js';
import { tokenF1 } from './token-f1.js';


export interface BenchPage {
  name: string;
  bytes: Uint8Array;
  gold: string;
}

export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  const cleaning = projectFile('corpus', 'cleaning');
  if (existsSync(cleaning)) {
    for (const f of readdirSync(cleaning).filter((f) => f.endsWith('.html')).sort()) {
      const goldPath = join(cleaning, f.replace(/\.html$/, '.json'));
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { text: string };
      pages.push({ name: `cleaning/${f}`, bytes: readFileSync(join(cleaning, f)), gold: gold.text });
    }
  }
  const seeds = sharedFile('seeds');
  const seedPages = projectFile('corpus', 'pages');
  if (existsSync(seeds) && existsSync(seedPages)) {
    for (const f of readdirSync(seedPages).filter((f) => /^\d{3}_.*\.html$/.test(f)).sort()) {
      const dump = join(seeds, f.replace(/\.html$/, '.txt'));
      if (!existsSync(dump)) continue;
      pages.push({ name: `pages/${f}`, bytes: readFileSync(join(seedPages, f)), gold: cleanPlainText(readFileSync(dump, 'utf8')).text });
    }
  }
  return pages;
}

/** The page as the pipeline hands it to the cleaner: decoded once, outside the timings. */
function decoded(page: BenchPage): { html: string; encoding: ReturnType<typeof decodeBytes>['encoding'] } {
  const d = decodeBytes(page.bytes, { name: page.name });
  return { html: d.text, encoding: d.encoding };
}

function htxpress(name: string, html: string, encoding: ReturnType<typeof decodeBytes>['encoding']): string {
  return cleanHtml(html, { name, encoding }).text;
}

function readability(html: string): string {
  // Readability gets the same decoded string: the comparison is about cleaning, not decoding.
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export interface BenchRow {
  page: string;
  f1Htx: number;
  f1Readability: number;
  msHtx: number;
  msReadability: number;
}

/** Mean milliseconds per call over a block of calls long enough to time (≥ 5 ms). */
function block(fn: () => unknown, calls: number): number {
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) fn();
  return (performance.now() - t0) / calls;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Both systems run on the same page in the same process: after a warm-up,
 * several blocks of each, alternating, and the median block is kept, so a
 * busy machine or a garbage collection slows neither side alone.
 */
export function runBench(pages = benchPages(), blocks = 7): BenchRow[] {
  return pages.map((p) => {
    const { html, encoding } = decoded(p);
    const own = htxpress(p.name, html, encoding);
    const theirs = readability(html);
    const fH = (): unknown => htxpress(p.name, html, encoding);
    const fR = (): unknown => readability(html);
    const callsH = Math.max(1, Math.ceil(5 / Math.max(0.01, block(fH, 3))));
    const callsR = Math.max(1, Math.ceil(5 / Math.max(0.01, block(fR, 3))));
    const tH: number[] = [];
    const tR: number[] = [];
    for (let i = 0; i < blocks; i++) {
      tH.push(block(fH, callsH));
      tR.push(block(fR, callsR));
    }
    return {
      page: p.name,
      f1Htx: tokenF1(own, p.gold).f1,
      f1Readability: tokenF1(theirs, p.gold).f1,
      msHtx: median(tH),
      msReadability: median(tR),
    };
  });
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export async function benchClean(): Promise<void> {
  const rows = runBench();
  const w = Math.max(10, ...rows.map((r) => r.page.length));
  const line = (a: string, b: string, c: string, d: string, e: string): string =>
    `${a.padEnd(w)}  ${b.padStart(8)}  ${c.padStart(11)}  ${d.padStart(9)}  ${e.padStart(12)}`;
  console.log(line('page', 'F1 htx', 'F1 readab.', 'ms htx', 'ms readab.'));
  for (const r of rows) {
    console.log(line(r.page, r.f1Htx.toFixed(3), r.f1Readability.toFixed(3), r.msHtx.toFixed(2), r.msReadability.toFixed(2)));
  }
  const mh = mean(rows.map((r) => r.msHtx));
  const mr = mean(rows.map((r) => r.msReadability));
  console.log(line(`mean (${rows.length} pages)`, mean(rows.map((r) => r.f1Htx)).toFixed(3), mean(rows.map((r) => r.f1Readability)).toFixed(3), mh.toFixed(2), mr.toFixed(2)));
  const perPage = median(rows.map((r) => r.msReadability / r.msHtx));
  console.log(`speed: htxpress is ${(mr / mh).toFixed(1)}x faster per page than Readability on linkedom (ratio of mean times; median of per-page ratios ${perPage.toFixed(1)}x)`);
  const low = rows.filter((r) => r.f1Htx < 0.97);
  if (low.length) console.log(`below 0.97: ${low.map((r) => `${r.page} (${r.f1Htx.toFixed(3)})`).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchClean().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
