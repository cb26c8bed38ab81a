// Scores extracted facts and document fields against the gold in corpus/gold.
// A fact matches when entity, metric, scope, place level, sector, rating,
// statistic, status, unit and value agree (the definition). The dates
// of matched facts (asOf, period) are scored apart: a time series needs them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractResult } from '../extractors/document.js';
import { bucketKey, reliability, type Tally } from '../extractors/facts/confidence.js';
import { projectFile } from '../extractors/paths.js';
import { toneKey } from '../extractors/normalize.js';
import type { FactRecord } from '../schemas/records.js';

export interface GoldDoc {
  name: string;
  set: string;
  page: string;
  doc: {
    title: string;
    publishedAt: string | null;
    eventDate: string | null;
    author: string | null;
    province: { code: string; name: string } | null;
    reportPeriod: { label: string; start: string; end: string } | null;
  };
  facts: GoldFact[];
}

export interface GoldFact {
  entity: string;
  metric: string;
  scope: string;
  place: { level: string; name: string } | null;
  sector: string | null;
  rating: string | null;
  statistic: string;
  status: string;
  value: number;
  unit: string;
  quote: string;
  [k: string]: unknown;
}

export function loadGold(dir = projectFile('corpus')): GoldDoc[] {
  const goldDir = join(dir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.jsonl'.length);
      const lines = readFileSync(join(goldDir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const head = lines.shift()!;
      return {
        name,
        set: (head.set as string) ?? 'seed',
        page: join(dir, 'pages', `${name}.html`),
        doc: head as unknown as GoldDoc['doc'],
        facts: lines as unknown as GoldFact[],
      };
    });
}

export function factKey(f: { entity: string; metric: string; scope: string; place: { level: string } | null; sector: string | null; rating: string | null; statistic: string; status: string; unit: string; value: number }): string {
  const v = Math.round(f.value * 1e6) / 1e6;
  return [f.entity, f.metric, f.scope, f.place?.level ?? '-', f.sector ?? '-', f.rating ?? '-', f.statistic, f.status, f.unit, v].join('|');
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocScore {
  name: string;
  set: string;
  counts: Counts;
  perMetric: Record<string, Counts>;
  /** Extracted facts with whether they matched, for calibration. */
  predicted: { fact: FactRecord; correct: boolean }[];
  missed: GoldFact[];
  wrong: FactRecord[];
  fields: Record<DocField, boolean | null>;
  dates: DateScore;
  /** Matched facts whose gold names a place: how many name the same one (the fact key compares levels only). */
  places: { right: number; of: number };
}

/** Matched facts whose asOf and period agree with the gold's. */
export interface DateScore {
  right: number;
  of: number;
  wrong: { gold: { asOf: string | null; period: { start: string | null; end: string | null } | null }; fact: FactRecord }[];
}

export const DOC_FIELDS = ['title', 'publishedAt', 'eventDate', 'author', 'province', 'reportPeriod'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

const norm = (s: string | null | undefined): string | null => (s == null ? null : s.normalize('NFC').replace(/\s+/g, ' ').trim());

/** "huyện Bù Đăng" and "Bù Đăng", "khu vực Kiên Giang (cũ)" and "tỉnh Kiên Giang (cũ)" name the same place. */
const placeName = (s: string): string => toneKey(s).replace(/\(?cũ\)?/gu, '').replace(/^(?:huyện|thị xã|tx\.?|thành phố|tp\.?|quận|xã|phường|thị trấn|khu vực|địa bàn|tỉnh)\s+/u, '').replace(/\s+/gu, ' ').trim();
export function samePlace(a: string, b: string): boolean {
  const x = placeName(a);
  const y = placeName(b);
  return x === y || (x.length > 2 && y.length > 2 && (x.includes(y) || y.includes(x)));
}

export function scoreDoc(g: GoldDoc, r: ExtractResult): DocScore {
  const pool = new Map<string, FactRecord[]>();
  for (const f of r.facts) {
    const k = factKey(f);
    pool.set(k, [...(pool.get(k) ?? []), f]);
  }
  const perMetric: Record<string, Counts> = {};
  const bump = (m: string, k: keyof Counts): void => {
    perMetric[m] ??= { tp: 0, fp: 0, fn: 0 };
    perMetric[m][k]++;
  };
  const matched = new Set<FactRecord>();
  const missed: GoldFact[] = [];
  const dates: DateScore = { right: 0, of: 0, wrong: [] };
  const places = { right: 0, of: 0 };
  for (const gf of g.facts) {
    const cands = pool.get(factKey(gf)) ?? [];
    // Prefer the candidate whose value sits inside the gold quote, when there are several.
    const pick = cands.find((c) => !matched.has(c) && r.document.text.indexOf(gf.quote) >= 0 && c.valueSpan.start >= r.document.text.indexOf(gf.quote) && c.valueSpan.end <= r.document.text.indexOf(gf.quote) + gf.quote.length) ?? cands.find((c) => !matched.has(c));
    if (pick) {
      matched.add(pick);
      bump(gf.metric, 'tp');
      const gPlace = gf.place as { name?: string } | null | undefined;
      if (gPlace?.name && pick.place) {
        places.of++;
        if (samePlace(gPlace.name, pick.place.name)) places.right++;
      }
      if ('asOf' in gf || 'period' in gf) {
        dates.of++;
        const gp = gf.period as { start: string | null; end: string | null } | null | undefined;
        const same = (gf.asOf ?? null) === pick.asOf && (gp?.start ?? null) === (pick.period?.start ?? null) && (gp?.end ?? null) === (pick.period?.end ?? null);
        if (same) dates.right++;
        else dates.wrong.push({ gold: { asOf: (gf.asOf as string | null) ?? null, period: gp ?? null }, fact: pick });
      }
    } else {
      missed.push(gf);
      bump(gf.metric, 'fn');
    }
  }
  const wrong = r.facts.filter((f) => !matched.has(f));
  for (const f of wrong) bump(f.metric, 'fp');
  const d = r.document;
  const fields: Record<DocField, boolean | null> = {
    title: norm(d.title) === norm(g.doc.title),
    publishedAt: g.doc.publishedAt === undefined ? null : (d.publishedAt ?? null) === (g.doc.publishedAt ?? null),
    eventDate: (d.eventDate ?? null) === (g.doc.eventDate ?? null),
    author: norm(d.author) === norm(g.doc.author),
    province: (d.province?.code ?? null) === (g.doc.province?.code ?? null),
    reportPeriod: (d.reportPeriod ? `${d.reportPeriod.start}..${d.reportPeriod.end}` : null) === (g.doc.reportPeriod ? `${g.doc.reportPeriod.start}..${g.doc.reportPeriod.end}` : null),
  };
  return {
    name: g.name,
    set: g.set,
    counts: { tp: matched.size, fp: wrong.length, fn: missed.length },
    perMetric,
    predicted: r.facts.map((f) => ({ fact: f, correct: matched.has(f) })),
    missed,
    wrong,
    fields,
    dates,
    places,
  };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface SetScore {
  set: string;
  docs: number;
  counts: Counts;
  perMetric: Record<string, Counts>;
  fields: Record<DocField, { right: number; of: number }>;
  dates: { right: number; of: number };
  places: { right: number; of: number };
}

export function aggregate(set: string, docs: DocScore[]): SetScore {
  let counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const perMetric: Record<string, Counts> = {};
  const fields = Object.fromEntries(DOC_FIELDS.map((f) => [f, { right: 0, of: 0 }])) as SetScore['fields'];
  const dates = { right: 0, of: 0 };
  const places = { right: 0, of: 0 };
  for (const d of docs) {
    dates.right += d.dates.right;
    dates.of += d.dates.of;
    places.right += d.places.right;
    places.of += d.places.of;
    counts = add(counts, d.counts);
    for (const [m, c] of Object.entries(d.perMetric)) perMetric[m] = add(perMetric[m] ?? { tp: 0, fp: 0, fn: 0 }, c);
    for (const f of DOC_FIELDS) {
      const v = d.fields[f];
      if (v === null) continue;
      fields[f].of++;
      if (v) fields[f].right++;
    }
  }
  return { set, docs: docs.length, counts, perMetric, fields, dates, places };
}

export interface Calibration {
  bin: string;
  n: number;
  correct: number;
}

/**
 * Each fact's confidence as it would be had its own document not been in the
 * training of the confidence table (leave one document out); the held-out
 * documents, never trained on, keep the shipped confidence.
 */
export function honestConfidences(docs: DocScore[], trainSets: string[]): { confidence: number; correct: boolean; set: string }[] {
  const key = (f: FactRecord): string => bucketKey({ rule: f.rule, explicit: f.entityFrom === 'named', dateFrom: f.dateFrom, status: f.status, place: f.place !== null });
  const tally = (ds: DocScore[]) => {
    const t = { global: { n: 0, correct: 0 }, rules: {} as Record<string, Tally>, buckets: {} as Record<string, Tally> };
    for (const d of ds)
      for (const p of d.predicted) {
        const inc = (m: Record<string, Tally>, k: string): void => {
          m[k] ??= { n: 0, correct: 0 };
          m[k].n++;
          if (p.correct) m[k].correct++;
        };
        t.global.n++;
        if (p.correct) t.global.correct++;
        inc(t.rules, p.fact.rule);
        inc(t.buckets, key(p.fact));
      }
    return t;
  };
  const out: { confidence: number; correct: boolean; set: string }[] = [];
  for (const d of docs) {
    if (!trainSets.includes(d.set)) {
      for (const p of d.predicted) out.push({ confidence: p.fact.confidence, correct: p.correct, set: d.set });
      continue;
    }
    const t = tally(docs.filter((x) => x !== d && trainSets.includes(x.set)));
    for (const p of d.predicted) out.push({ confidence: Math.round(reliability(t, { rule: p.fact.rule, explicit: p.fact.entityFrom === 'named', dateFrom: p.fact.dateFrom, status: p.fact.status, place: p.fact.place !== null }) * 100) / 100, correct: p.correct, set: d.set });
  }
  return out;
}

export function calibration(rows: { confidence: number; correct: boolean }[], edges = [0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001]): Calibration[] {
  const out: Calibration[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    const inBin = rows.filter((p) => p.confidence >= lo && p.confidence < hi);
    out.push({ bin: `[${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? ']' : ')'}`, n: inBin.length, correct: inBin.filter((p) => p.correct).length });
  }
  return out;
}

export interface Evaluation {
  docs: DocScore[];
  sets: SetScore[];
  errors: { name: string; message: string }[];
  results: ExtractResult[];
}

export function evaluate(dir?: string): Evaluation {
  const gold = loadGold(dir);
  const docs: DocScore[] = [];
  const errors: { name: string; message: string }[] = [];
  const results: ExtractResult[] = [];
  for (const g of gold) {
    try {
      const r = extractDocument({ bytes: new Uint8Array(readFileSync(g.page)), contentType: 'text/html', input: g.page, format: 'html' });
      results.push(r);
      docs.push(scoreDoc(g, r));
    } catch (e) {
      errors.push({ name: g.name, message: (e as Error).message });
    }
  }
  const setNames = [...new Set(docs.map((d) => d.set))].sort();
  const sets = [...setNames.map((s) => aggregate(s, docs.filter((d) => d.set === s))), aggregate('all', docs)];
  return { docs, sets, errors, results };
}
