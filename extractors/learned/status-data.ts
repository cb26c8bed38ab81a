// Training examples for the status classifier, from the corpus gold: every
// gold fact's quote, found in the text the pipeline extracts from its page,
// widened to the clause (";"-delimited part of a sentence) that holds it and
// labelled with the fact's status, with its context (statusContext). Facts in
// the same clause with the same status give one example.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../document.js';
import { segment } from '../facts/segment.js';
import { normalizeText } from '../normalize.js';
import type { Example } from './cv.js';

export const STATUS_LABELS = ['actual', 'estimate', 'target'] as const;
export type Status = (typeof STATUS_LABELS)[number];

export interface GoldLike {
  name: string;
  page: string;
  facts: { status: string; quote: string }[];
}

/** The clause around [start, end); the whole sentence when the quote crosses a ";". */
function context(text: string, start: number, end: number): { start: number; end: number } | null {
  for (const p of segment(text)) {
    if (start < p.start || end > p.end) continue;
    for (const s of p.sentences) {
      if (start < s.start || end > s.end) continue;
      const c = s.clauses.find((c) => start >= c.start && end <= c.end);
      return c ?? s;
    }
  }
  return null;
}

/** Paragraphs above a list item that can still introduce it ("Chỉ tiêu năm 2024:" over its items). */
const LIST_REACH = 8;
/** A paragraph this long is prose, not a list item: a list intro above it no longer applies. */
const LIST_ITEM_MAX = 300;

/**
 * What decides a clause's status besides its own words: plans are stated
 * once and listed after ("Năm 2024 phấn đấu: thành lập mới 45 HTX; doanh
 * thu bình quân đạt 2,2 tỷ đồng…"), so the clause alone reads like a result.
 * The context is the sentence up to the clause, plus the nearest paragraph
 * ending with ":" when the clause sits in a run of short paragraphs under it.
 */
export function statusContext(text: string, start: number, end: number): string {
  const paras = segment(text);
  const pi = paras.findIndex((p) => start >= p.start && end <= p.end);
  if (pi < 0) return '';
  const p = paras[pi]!;
  const s = p.sentences.find((s) => start >= s.start && end <= s.end);
  const prefix = s ? text.slice(s.start, start) : '';
  let intro = '';
  for (let j = pi - 1; j >= Math.max(0, pi - LIST_REACH); j--) {
    const q = paras[j]!;
    const t = text.slice(q.start, q.end);
    if (/:\s*$/.test(t)) {
      intro = t;
      break;
    }
    if (t.length > LIST_ITEM_MAX) break;
  }
  if (!intro && p.end - p.start <= LIST_ITEM_MAX && pi > 0) {
    // A list item in the same paragraph block as its intro line ("…sau:\n- …").
    const before = text.slice(p.start, start);
    const colon = before.lastIndexOf(':');
    if (colon >= 0) intro = before.slice(0, colon + 1);
  }
  return [intro, prefix].filter(Boolean).join(' … ');
}

/** Where the quote is in the text: verbatim, else with runs of spaces collapsed (a table row's cells are joined by " | "). */
function locate(text: string, quote: string): { start: number; end: number } | null {
  const q = normalizeText(quote).trim();
  const at = text.indexOf(q);
  if (at >= 0) return { start: at, end: at + q.length };
  const words = q.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+(?:\\|\\s+)?'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function statusExamples(gold: GoldLike[]): { examples: Example<Status>[]; missed: number } {
  const examples: Example<Status>[] = [];
  let missed = 0;
  for (const g of gold) {
    const bytes = readFileSync(g.page);
    const text = extractDocument({ bytes, contentType: 'text/html', format: 'html', input: g.page }).document.text;
    const seen = new Set<string>();
    for (const f of g.facts) {
      if (!(STATUS_LABELS as readonly string[]).includes(f.status)) continue;
      const at = locate(text, f.quote);
      const span = at && context(text, at.start, at.end);
      if (!span) {
        missed++;
        continue;
      }
      const key = `${span.start}:${span.end}:${f.status}`;
      if (seen.has(key)) continue;
      seen.add(key);
      examples.push({ group: g.name, text: text.slice(span.start, span.end), label: f.status as Status, context: statusContext(text, span.start, span.end) });
    }
  }
  return { examples, missed };
}
