// Province names as they are really printed: with the tone mark on the other
// vowel, without diacritics, with a letter dropped, doubled or swapped, with a
// "tỉnh"/"TP." prefix glued on. The gazetteer lookup (extractors/provinces.ts)
// only knows exact and diacritics-free forms; this adds string distance
// (natural's Damerau-Levenshtein and Jaro-Winkler) for the rest, with limits
// chosen on FUZZY_EXAMPLES below, so that other places whose names are one
// letter away from a province (Gia Lâm, Bắc Bình, Hà Tây, Bình Minh) stay out.
import { foldKey, normalizeText, toneKey } from '../normalize.js';
import { provinceRows, type ProvinceRow } from '../provinces.js';
import { damerauLevenshtein, jaroWinkler } from './natural.js';

export type MatchHow = 'exact' | 'tone' | 'ascii' | 'fuzzy';

export interface NameMatch {
  row: ProvinceRow;
  /** 1 for exact/tone/ascii; the Jaro-Winkler similarity of the folded names for fuzzy. */
  score: number;
  how: MatchHow;
}

/**
 * The table the limits were chosen on (test/learned.fuzzy.test.ts reads it).
 * `code` null: must not match. The near-misses are real places or words one
 * or two letters away from a province name.
 */
export const FUZZY_EXAMPLES: { printed: string; code: string | null; how?: MatchHow }[] = [
  { printed: 'Kiên Giang', code: '91', how: 'exact' },
  { printed: 'Khánh Hoà', code: '56', how: 'exact' },
  { printed: 'Thanh Hoá', code: '38', how: 'exact' },
  { printed: 'Hoà Bình', code: '17', how: 'exact' },
  { printed: 'Thừa Thiên-Huế', code: '46', how: 'exact' },
  { printed: 'Bà Rịa Vũng Tàu', code: '77', how: 'exact' },
  { printed: 'TP.Cần Thơ', code: '92', how: 'exact' },
  { printed: 'Quảng Ngải', code: '51', how: 'ascii' },
  { printed: 'Đắc Lăk', code: '66', how: 'ascii' },
  { printed: 'Ha Tinh', code: '42', how: 'ascii' },
  { printed: 'tinh Kien Giang', code: '91', how: 'ascii' },
  { printed: 'HA GIANG', code: '02', how: 'ascii' },
  { printed: 'Kiên Giag', code: '91', how: 'fuzzy' },
  { printed: 'Tiền Gang', code: '82', how: 'fuzzy' },
  { printed: 'Bình Dươngg', code: '74', how: 'fuzzy' },
  { printed: 'Vĩnh Phcú', code: '26', how: 'fuzzy' },
  { printed: 'Kiêngiang', code: '91', how: 'fuzzy' },
  { printed: 'Thái Ngyuên', code: '19', how: 'fuzzy' },
  { printed: 'Ninh Thuậnn', code: '58', how: 'fuzzy' },
  { printed: 'Thừa Thiên Hue', code: '46', how: 'ascii' },
  { printed: 'Thua Thien Hueế', code: '46', how: 'fuzzy' },
  { printed: 'Bà Rịa Vũng Tầu', code: '77', how: 'ascii' },
  { printed: 'Bà Ria Vung Tàuu', code: '77', how: 'fuzzy' },
  { printed: 'Lâm Ðồng', code: '68', how: 'exact' },
  // Near-misses: other places and words.
  { printed: 'Hà Tây', code: null },
  { printed: 'Sài Sơn', code: null },
  { printed: 'An Nhơn', code: null },
  { printed: 'Quảng Trường', code: null },
  { printed: 'Bình Minh', code: null },
  { printed: 'Long Hồ', code: null },
  { printed: 'Gia Lâm', code: null },
  { printed: 'Bắc Bình', code: null },
  { printed: 'Sơn Hà', code: null },
  { printed: 'Hà Tiên', code: null },
  { printed: 'Bình Thuỷ', code: null },
  { printed: 'Vĩnh Lộc', code: null },
  { printed: 'Nam Đàn', code: null },
  { printed: 'Tân An', code: null },
  { printed: 'Hợp tác xã', code: null },
  { printed: 'Nông nghiệp', code: null },
  { printed: 'Kinh tế tập thể', code: null },
  { printed: 'Thành phố', code: null },
  { printed: 'Quảng', code: null },
];

/** Shorter folded names are too close to other places for any edit to be a typo (Gia Lâm/Gia Lai, Hà Tiên/Hà Tĩnh). */
export const MIN_FUZZY_LENGTH = 7;
/** Edits allowed on the folded name without spaces: one, two from 12 letters (Thừa Thiên Huế, Bà Rịa Vũng Tàu). */
export function maxEdits(length: number): number {
  return length >= 12 ? 2 : 1;
}
/** Jaro-Winkler floor; the edit limit decides nearly every case, this drops edits that break the name's start. */
export const MIN_JARO_WINKLER = 0.9;

const PREFIX = /^(?:tinh|thanh pho|t\.?\s?p)(?:\s*\.\s*|\s+)(?=\S)/;

interface Form {
  row: ProvinceRow;
  lower: string;
  tone: string;
  fold: string;
  compact: string;
  initials: string;
}

/** Lowercase, dashes and dots as spaces, Ð (eth, a look-alike) as Đ, spaces collapsed. */
function tidy(s: string): string {
  return normalizeText(s)
    .replace(/[Ðð]/g, 'đ')
    .toLowerCase()
    .replace(/\s*[-–—]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripPrefix(lower: string): string {
  const m = PREFIX.exec(foldKey(lower));
  return m ? lower.slice(m[0].length) : lower;
}

function makeForm(row: ProvinceRow, lower: string): Form {
  const fold = foldKey(lower);
  return {
    row,
    lower,
    tone: toneKey(lower),
    fold,
    compact: fold.replace(/[^a-z]/g, ''),
    initials: fold.split(/[^a-z]+/).filter(Boolean).map((w) => w[0]).join(''),
  };
}

let formsCache: Form[] | null = null;
function forms(): Form[] {
  if (formsCache) return formsCache;
  const out: Form[] = [];
  const seen = new Set<string>();
  for (const row of provinceRows()) {
    for (const printed of [row.name, ...row.aliases]) {
      for (const lower of [tidy(printed), stripPrefix(tidy(printed))]) {
        const key = `${row.code}|${lower}`;
        if (seen.has(key) || !lower) continue;
        seen.add(key);
        out.push(makeForm(row, lower));
      }
    }
  }
  formsCache = out;
  return out;
}

/** One row when every form that agrees belongs to it; a key shared by two provinces decides nothing. */
function unique(hits: Form[]): ProvinceRow | null {
  const codes = new Set(hits.map((h) => h.row.code));
  return codes.size === 1 ? hits[0]!.row : null;
}

function fuzzy(p: Form): NameMatch | null {
  const n = p.compact.length;
  if (n < MIN_FUZZY_LENGTH) return null;
  let best: { form: Form; d: number; jw: number } | null = null;
  let bestOtherRow = Infinity;
  for (const f of forms()) {
    if (Math.abs(f.compact.length - n) > 2) continue;
    const d = damerauLevenshtein(p.compact, f.compact);
    if (d > maxEdits(Math.max(n, f.compact.length))) continue;
    // A typo keeps the first letter of every syllable; a different place name
    // usually changes one (Bắc Bình/Bắc Ninh). Skipped when a space is missing.
    if (p.initials.length === f.initials.length && p.initials !== f.initials) continue;
    const jw = jaroWinkler(p.compact, f.compact);
    if (jw < MIN_JARO_WINKLER) continue;
    if (!best || d < best.d || (d === best.d && jw > best.jw)) {
      if (best && best.form.row.code !== f.row.code) bestOtherRow = Math.min(bestOtherRow, best.d);
      best = { form: f, d, jw };
    } else if (f.row.code !== best.form.row.code) bestOtherRow = Math.min(bestOtherRow, d);
  }
  // Two provinces equally close: no answer.
  if (!best || bestOtherRow <= best.d) return null;
  return { row: best.form.row, score: best.jw, how: 'fuzzy' };
}

/** The province a printed name stands for, or null. Tries exact, tone placement, no diacritics, then string distance. */
export function matchProvinceName(printed: string): NameMatch | null {
  const lower = tidy(printed);
  if (!lower) return null;
  const variants = [...new Set([lower, stripPrefix(lower)])].map((l) => makeForm(provinceRows()[0]!, l));
  const all = forms();
  for (const v of variants) {
    const row = unique(all.filter((f) => f.lower === v.lower));
    if (row) return { row, score: 1, how: 'exact' };
  }
  for (const v of variants) {
    const row = unique(all.filter((f) => f.tone === v.tone));
    if (row) return { row, score: 1, how: 'tone' };
  }
  for (const v of variants) {
    const row = unique(all.filter((f) => f.fold === v.fold));
    if (row) return { row, score: 1, how: 'ascii' };
  }
  for (const v of variants.slice().reverse()) {
    const hit = fuzzy(v);
    if (hit) return hit;
  }
  return null;
}

export interface ProvinceMention extends NameMatch {
  /** Offsets into the text given: the name only, without the "tỉnh" in front. */
  start: number;
  end: number;
  text: string;
}

/**
 * What introduces a province name: "tỉnh", "thành phố", "TP.", "Liên minh
 * HTX (tỉnh)". Matched on foldKey(text), which keeps offsets, so "tinh" and
 * "TỈNH" work too.
 */
const TRIGGER = /(?<![a-z0-9])(?:lien minh (?:htx|hop tac xa)(?: (?:tinh|thanh pho|tp\.?))?|tinh|thanh pho|tp\.?)(?:\s+|(?<=\.))/g;
/** A name word: starts with a capital (names are capitalised even when printed without diacritics). */
const WORD = /^\p{Lu}[\p{L}\p{M}]*/u;
const GAP = /^(?:[ \t]*[-–—][ \t]*|[ \t]+)/;
const MAX_WORDS = 4;
const RANK: Record<MatchHow, number> = { exact: 3, tone: 2, ascii: 1, fuzzy: 0 };

/**
 * Province names after "tỉnh"/"thành phố"/"TP."/"Liên minh HTX", printed
 * exactly, without diacritics or with a typo. Every hit is returned with how
 * it matched, so a caller can keep only `how !== 'exact'` as a fallback.
 */
export function findProvinceMentions(text: string): ProvinceMention[] {
  const fold = foldKey(text);
  const out: ProvinceMention[] = [];
  let from = 0;
  for (const m of fold.matchAll(TRIGGER)) {
    const start = m.index + m[0].length;
    if (start < from) continue;
    // The words after the trigger, longest candidate first.
    const ends: number[] = [];
    let at = start;
    for (let k = 0; k < MAX_WORDS; k++) {
      const w = WORD.exec(text.slice(at, at + 40));
      if (!w) break;
      at += w[0].length;
      ends.push(at);
      const g = GAP.exec(text.slice(at, at + 5));
      if (!g) break;
      at += g[0].length;
    }
    let best: ProvinceMention | null = null;
    for (const end of ends.reverse()) {
      const hit = matchProvinceName(text.slice(start, end));
      // An exact shorter name beats a longer fuzzy one ("Long An T…").
      if (hit && (!best || RANK[hit.how] > RANK[best.how])) best = { ...hit, start, end, text: text.slice(start, end) };
    }
    if (best) {
      out.push(best);
      from = best.end;
    }
  }
  return out;
}

export interface ClosestName {
  name: string;
  score: number;
  how: MatchHow;
}

/**
 * The same ladder (exact, tone, ascii, fuzzy within the limits above) over
 * any list of names: districts of a province, sector labels. Null when two
 * names are equally close.
 */
export function closestName(printed: string, names: readonly string[]): ClosestName | null {
  const lower = tidy(printed);
  if (!lower) return null;
  const cands = names.map((name) => ({ name, f: makeForm(provinceRows()[0]!, tidy(name)) }));
  const p = makeForm(provinceRows()[0]!, lower);
  const steps: [MatchHow, (f: Form) => boolean][] = [
    ['exact', (f) => f.lower === p.lower],
    ['tone', (f) => f.tone === p.tone],
    ['ascii', (f) => f.fold === p.fold],
  ];
  for (const [how, same] of steps) {
    const hits = [...new Set(cands.filter((c) => same(c.f)).map((c) => c.name))];
    if (hits.length === 1) return { name: hits[0]!, score: 1, how };
    if (hits.length > 1) return null;
  }
  if (p.compact.length < MIN_FUZZY_LENGTH) return null;
  const scored = cands
    .map((c) => ({ c, d: damerauLevenshtein(p.compact, c.f.compact), jw: jaroWinkler(p.compact, c.f.compact) }))
    .filter(({ c, d, jw }) => d <= maxEdits(Math.max(p.compact.length, c.f.compact.length)) && jw >= MIN_JARO_WINKLER && (p.initials.length !== c.f.initials.length || p.initials === c.f.initials))
    .sort((a, b) => a.d - b.d || b.jw - a.jw);
  const [best, next] = scored;
  if (!best || (next && next.d === best.d && next.c.name !== best.c.name)) return null;
  return { name: best.c.name, score: best.jw, how: 'fuzzy' };
}
