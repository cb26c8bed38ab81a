// Days, months, quarters, halves, years and spans, absolute or relative to the
// report. A period is never read as a day ("6 tháng đầu năm 2023" is a half
// year) and a relative expression is resolved only against the options, never
// guessed.
import type { Mention, MentionKind, Period } from '../../schemas/records.js';
import type { MentionOptions } from '../types.js';
import type { RuleRow } from './rule.js';

/** What relative expressions resolve against. */
export interface TimeContext {
  /** The report's year (end of reportPeriod), else the reference date's. */
  year: number | null;
  today: { y: number; m: number; d: number } | null;
  report: { start: string; end: string } | null;
}

export function timeContext(opts?: MentionOptions): TimeContext {
  const rd = opts?.referenceDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(opts.referenceDate) : null;
  const today = rd ? { y: Number(rd[1]), m: Number(rd[2]), d: Number(rd[3]) } : null;
  const report = opts?.reportPeriod ? { start: opts.reportPeriod.start, end: opts.reportPeriod.end } : null;
  const year = report ? Number(report.end.slice(0, 4)) : (today?.y ?? null);
  return { year, today, report };
}

export interface Reading {
  kind: Extract<MentionKind, 'date' | 'period'>;
  value: Mention['value'];
  resolved?: boolean;
  label?: string;
  dm?: { d: number; m: number };
  /** Overrides the date priority against a reference of the same length (a weekday over an ordinal "thứ 2"). */
  priority?: number;
}

export interface DateRow extends RuleRow {
  /** Matched on the lowercased text; starts at a digit or a keyword so the scan can skip ahead. */
  pattern: string;
  /** Words that join the mention when printed right before it ("Thứ Năm, ngày"); matched backwards. */
  prefix?: string;
  /** Literals of which the lowercased text must contain one for the row to run at all (a scan costs a pass over the text). */
  gate?: string[];
  /** The row reads nothing without a reference date (opts.referenceDate): it is not run. */
  needsToday?: boolean;
  /** Reads a match (`prefix` is the joined prefix, maybe empty); null rejects it. */
  build: (g: Record<string, string | undefined>, ctx: TimeContext, text: string, m: RegExpExecArray, prefix: string) => Reading | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
const monthPeriod = (y: number, m1: number, m2 = m1): Period => ({ start: iso(y, m1, 1), end: iso(y, m2, lastDay(y, m2)) });
const yearPeriod = (y1: number, y2 = y1): Period => ({ start: iso(y1, 1, 1), end: iso(y2, 12, 31) });
function addDays(t: { y: number; m: number; d: number }, n: number): string {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
function shiftYears(isoDate: string, n: number): string {
  const y = Number(isoDate.slice(0, 4)) + n;
  const m = Number(isoDate.slice(5, 7));
  const d = Math.min(Number(isoDate.slice(8, 10)), lastDay(y, m));
  return iso(y, m, d);
}
const unresolved = (kind: Reading['kind']): Reading => ({ kind, value: null, resolved: false });

const MONTH_WORDS: Record<string, number> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12,
};
const COUNT_WORDS: Record<string, number> = { ...MONTH_WORDS, nửa: 6 };
delete COUNT_WORDS['giêng'];
delete COUNT_WORDS['chạp'];
delete COUNT_WORDS['tư'];
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, một: 1, nhất: 1, hai: 2, ba: 3, bốn: 4, tư: 4 };
const YEAR_DELTA: Record<string, number> = { nay: 0, này: 0, trước: -1, ngoái: -1, sau: 1, tới: 1, 'tiếp theo': 1, 'kế tiếp': 1 };

const words = (o: Record<string, number>, except: string[] = []) =>
  Object.keys(o)
    .filter((k) => !except.includes(k))
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');
const key = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const monthOf = (s: string | undefined) => (/^\d+$/.test(s ?? '') ? Number(s) : MONTH_WORDS[key(s)]);
const countOf = (s: string | undefined) => (/^\d+$/.test(s ?? '') ? Number(s) : COUNT_WORDS[key(s)]);

const W = '(?![\\p{L}\\p{N}])';
const MONTH = `(?:\\d{1,2}(?!\\p{N})|(?:${words(MONTH_WORDS)})(?!\\p{L}))`;
// "tháng năm" (May) is left out where no year follows: "tháng năm nay" is not May.
const MONTH_NO_NAM = `(?:\\d{1,2}(?!\\p{N})|(?:${words(MONTH_WORDS, ['năm'])})(?!\\p{L}))`;
const QUARTER = `(?:${words(QUARTERS)})(?![\\p{L}\\p{N}])`;
const WEEKDAY = '(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|chúa\\s+nhật)\\s*,?\\s*)';
const DAY_WORD = '(?:(?:ngày|mồng|mùng)(?:\\s+(?:mồng|mùng))?)';
const CLOCK = '(?:\\s*[,|-]?\\s*(?:lúc\\s+)?(?:[01]?\\d|2[0-3])[:h][0-5]\\d(?::[0-5]\\d)?(?![\\p{N}]))?';
const YEAR_SEP = '\\s*(?:\\/|-|,|năm|của\\s+năm)\\s*';

/** Words before a bare d/m that make it a day: time of day, "từ/đến", "ngày". */
const DAY_CONTEXT = /(?:sáng|chiều|tối|trưa|đêm|hôm|vào|từ|đến|tới|trước|sau|ngày|mồng|mùng)\s*$/iu;

// The count of "6 tháng đầu năm", printed before the anchor word.
const MONTH_COUNT_PREFIX = `(?<![\\p{L}\\p{N}.,])(?:\\d{1,2}(?!\\p{N})|(?:${words(COUNT_WORDS, ['nửa'])})(?!\\p{L}))\\s+`;

/** "6 tháng đầu" (count from the prefix) or "nửa đầu" (six, and no count before it). */
function monthCount(g: Record<string, string | undefined>, prefix: string): { n: number; edge: string } | null {
  if (g['half']) return prefix ? null : { n: 6, edge: key(g['half']) };
  const n = countOf(prefix.trim());
  return n && n <= 12 ? { n, edge: key(g['edge']) } : null;
}

function yearOf(s: string): number {
  const n = Number(s);
  // Two-digit years only come with a slash date (3/9/91): a fixed pivot, not the reference year.
  return s.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

function dayReading(y: number, m: number, d: number): Reading | null {
  return validDay(y, m, d) ? { kind: 'date', value: iso(y, m, d) } : null;
}

/** Monday = 1 … Sunday = 7. */
const WEEKDAYS: Record<string, number> = { hai: 1, '2': 1, ba: 2, '3': 2, tư: 3, '4': 3, năm: 4, '5': 4, sáu: 5, '6': 5, bảy: 6, '7': 6 };
const dayOfWeek = (t: { y: number; m: number; d: number }) => ((new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() + 6) % 7) + 1;
/** Words after which "thứ hai" may be a weekday; after any other word it is an ordinal ("xếp thứ 2", "năm thứ ba"). */
const WEEKDAY_AFTER = new Set(['vào', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'từ', 'đến', 'tới', 'hôm', 'ngày', 'các', 'mỗi', 'hàng', 'trong', 'sau', 'trước', 'lúc', 'và', 'hoặc']);
const LETTER_RE = /\p{L}/u;
/** The word printed before `at` in `lower` ('' at the start or after punctuation), or null after a digit. */
function wordBefore(lower: string, at: number): string | null {
  let e = at;
  while (e > 0 && (lower[e - 1] === ' ' || lower[e - 1] === '\t')) e--;
  let s = e;
  while (s > 0 && LETTER_RE.test(lower[s - 1]!)) s--;
  if (s === e) return e > 0 && /\p{N}/u.test(lower[e - 1]!) ? null : '';
  return lower.slice(s, e);
}
/** Astronomical seasons as [month, day] of their first and last day (winter runs into the next year). */
const SEASONS: Record<string, [number, number, number, number]> = {
  xuân: [3, 21, 6, 20],
  hè: [6, 21, 9, 23],
  hạ: [6, 21, 9, 23],
  thu: [9, 24, 12, 20],
  đông: [12, 21, 3, 20],
};

export const DATE_RULES: DateRow[] = [
  {
    id: 'date.dmy',
    prefix: `${WEEKDAY}?(?:${DAY_WORD}\\s*:?\\s*)?`,
    pattern: `(?<![\\p{N}.,/])(?<d>\\d{1,2})(?<sep>[\\/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{N}]|[.,/-]\\p{N})${CLOCK}`,
    build: (g) => {
      if (g['y']!.length === 2 && g['sep'] !== '/') return null;
      return dayReading(yearOf(g['y']!), Number(g['m']), Number(g['d']));
    },
    examples: [
      { text: '30/6/2023', kind: 'date', value: '2023-06-30' },
      { text: '30-6-2023', kind: 'date', value: '2023-06-30' },
      { text: '30.6.2023', kind: 'date', value: '2023-06-30' },
      { text: 'ngày 09/3/2020', kind: 'date', value: '2020-03-09' },
      { text: 'Ngày: 12/02/2022', kind: 'date', value: '2022-02-12' },
      { text: 'Thứ Năm, 13/07/2023 08:15', kind: 'date', value: '2023-07-13' },
      { text: '3/9/91', kind: 'date', value: '1991-09-03' },
    ],
    counterExamples: [{ text: '0913.123.456', notKind: 'date', why: 'a phone number' }],
  },
  {
    id: 'date.iso',
    pattern: `(?<![\\p{N}])(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})${W}`,
    build: (g) => dayReading(Number(g['y']), Number(g['m']), Number(g['d'])),
    examples: [{ text: '2023-06-30', kind: 'date', value: '2023-06-30' }],
  },
  {
    id: 'date.words',
    // A month word after the day needs "ngày"/"mồng" first: "9 tháng năm 2023" is nine months.
    prefix: WEEKDAY,
    pattern: `(?<![\\p{L}])${DAY_WORD}\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>${MONTH})(?:(?:\\s*,\\s*|\\s+năm\\s+|\\s*\\/\\s*)(?<y>\\d{4})|\\s+(?<y2>(?:19|20)\\d{2}))?${W}`,
    build: (g, ctx) => {
      const m = monthOf(g['m'])!;
      const d = Number(g['d']);
      const y = g['y'] ?? g['y2'];
      if (y) return dayReading(Number(y), m, d);
      if (ctx.year === null) return { ...unresolved('date'), dm: { d, m } };
      const r = dayReading(ctx.year, m, d);
      return r && { ...r, resolved: true, dm: { d, m } };
    },
    examples: [
      { text: 'ngày 11 tháng 01 năm 2024', kind: 'date', value: '2024-01-11' },
      { text: 'ngày mồng 3 tháng 3 năm 2017', kind: 'date', value: '2017-03-03' },
      { text: 'chủ nhật ngày 9 tháng 4', kind: 'date', value: '2017-04-09', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'ngày 7 tháng ba', kind: 'date', value: null, resolved: false },
    ],
  },
  {
    id: 'date.words_year',
    prefix: WEEKDAY,
    pattern: `(?<![\\p{N}.,])(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})(?:\\s*,\\s*|\\s+năm\\s+|\\s*\\/\\s*)(?<y>\\d{4})${W}`,
    build: (g) => dayReading(Number(g['y']), Number(g['m']), Number(g['d'])),
    examples: [{ text: '12 tháng 01 năm 2022', kind: 'date', value: '2022-01-12' }],
    counterExamples: [{ text: '9 tháng năm 2023', notKind: 'date', why: 'nine months of 2023' }],
  },
  {
    id: 'date.dm',
    prefix: `${WEEKDAY}?(?:${DAY_WORD}\\s*:?\\s*)?`,
    pattern: `(?<![\\p{N}.,/])(?<d>\\d{1,2})\\/(?<m>\\d{1,2})(?![\\p{N}]|\\s?\\/\\s?[\\p{L}\\p{N}%])`,
    build: (g, ctx, text, m, prefix) => {
      const d = Number(g['d']);
      const mo = Number(g['m']);
      if (!validDay(2000, mo, d)) return null;
      const prefixed = prefix !== '' || DAY_CONTEXT.test(text.slice(Math.max(0, m.index - 8), m.index));
      // A slash pair before a counted noun is a ratio (51/50 THT, 06/04 lớp).
      if (!prefixed && /^\s?\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      if (ctx.year === null) return { ...unresolved('date'), dm: { d, m: mo } };
      const r = dayReading(ctx.year, mo, d);
      return r && { ...r, resolved: true, dm: { d, m: mo } };
    },
    examples: [
      { text: 'ngày 14/02', kind: 'date', value: null, resolved: false },
      { text: 'ngày 12/10', kind: 'date', value: '2017-10-12', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: '07/03', kind: 'date', value: '2017-03-07', resolved: true, opts: { referenceDate: '2017-02-02' } },
    ],
    counterExamples: [
      { text: '06/04 lớp', span: '06/04', notKind: 'date', why: 'a ratio before a counted noun' },
      { text: '14/08 HTX', span: '14/08', notKind: 'date', why: 'a ratio before a counted noun' },
    ],
  },
  {
    id: 'date.day_only',
    pattern: `(?<![\\p{L}])(?:ngày\\s+)?(?:mồng|mùng)\\s+(?<d>\\d{1,2})(?![\\p{N}]|\\s*(?:tháng|\\/))`,
    build: (g, ctx) => {
      const d = Number(g['d']);
      if (!ctx.today) return unresolved('date');
      const r = dayReading(ctx.today.y, ctx.today.m, d);
      return r && { ...r, resolved: true };
    },
    examples: [
      { text: 'ngày mồng 3', kind: 'date', value: null, resolved: false },
      { text: 'mồng 9', kind: 'date', value: '2023-07-09', resolved: true, opts: { referenceDate: '2023-07-13' } },
    ],
  },
  {
    id: 'date.relative_day',
    prefix: '(?<![\\p{L}])ngày\\s+',
    pattern: `(?<![\\p{L}])(?:(?:hôm|bữa)\\s+(?<w>nay|qua|kia)|ngày\\s+(?<w2>mai))${W}`,
    build: (g, ctx) => {
      if (!ctx.today) return unresolved('date');
      const w = key(g['w'] ?? g['w2']);
      const n = w === 'nay' ? 0 : w === 'qua' ? -1 : w === 'kia' ? -2 : 1;
      return { kind: 'date', value: addDays(ctx.today, n), resolved: true };
    },
    examples: [
      { text: 'hôm nay', kind: 'date', value: '2023-07-13', resolved: true, opts: { referenceDate: '2023-07-13' } },
      { text: 'ngày hôm qua', kind: 'date', value: '2023-07-12', resolved: true, opts: { referenceDate: '2023-07-13' } },
      { text: 'hôm nay', kind: 'date', value: null, resolved: false },
    ],
  },
  {
    id: 'date.year_edge',
    pattern: `(?<![\\p{L}])(?<edge>cuối|đầu|hết)\\s+năm\\s+(?<y>\\d{4})${W}`,
    build: (g) => {
      const y = Number(g['y']);
      return { kind: 'date', value: key(g['edge']) === 'đầu' ? iso(y, 1, 1) : iso(y, 12, 31) };
    },
    examples: [
      { text: 'cuối năm 2021', kind: 'date', value: '2021-12-31' },
      { text: 'hết năm 2022', kind: 'date', value: '2022-12-31' },
    ],
  },
  {
    id: 'date.year_edge_relative',
    pattern: `(?<![\\p{L}])(?<edge>cuối|đầu|hết)\\s+năm(?:\\s+(?<rel>nay|trước|ngoái|sau|tới))?(?![\\p{L}]|\\s*\\d)`,
    build: (g, ctx) => {
      if (ctx.year === null) return unresolved('date');
      const y = ctx.year + (YEAR_DELTA[key(g['rel'] ?? 'nay')] ?? 0);
      return { kind: 'date', value: key(g['edge']) === 'đầu' ? iso(y, 1, 1) : iso(y, 12, 31), resolved: true };
    },
    examples: [
      {
        text: 'cuối năm trước',
        kind: 'date',
        value: '2022-12-31',
        resolved: true,
        opts: { reportPeriod: { label: '6 tháng đầu năm 2023', start: '2023-01-01', end: '2023-06-30' } },
      },
      { text: 'đầu năm', kind: 'date', value: null, resolved: false },
    ],
  },
  {
    id: 'date.month_end',
    pattern: `(?<![\\p{L}])(?:hết|cuối)\\s+tháng\\s+(?<m>\\d{1,2})${YEAR_SEP}(?<y>\\d{4})${W}`,
    build: (g) => {
      const y = Number(g['y']);
      const m = Number(g['m']);
      return m >= 1 && m <= 12 ? { kind: 'date', value: iso(y, m, lastDay(y, m)) } : null;
    },
    examples: [{ text: 'hết tháng 6/2023', kind: 'date', value: '2023-06-30' }],
  },
  {
    // "đến cuối tháng 10 đã thành lập được 17 HTX": the month's last day, in the year the text is about.
    id: 'date.month_end_relative',
    pattern: `(?<![\\p{L}])(?:hết|cuối)\\s+tháng\\s+(?<m>${MONTH_NO_NAM})(?![\\p{L}\\p{N}]|\\s*[\\/-]\\s*\\d|\\s+năm\\s+\\d)`,
    build: (g, ctx) => {
      const m = monthOf(g['m']);
      if (!m || m > 12) return null;
      if (ctx.year === null) return unresolved('date');
      return { kind: 'date', value: iso(ctx.year, m, lastDay(ctx.year, m)), resolved: true };
    },
    examples: [
      { text: 'cuối tháng 10', kind: 'date', value: '2018-10-31', resolved: true, opts: { referenceDate: '2018-11-21' } },
      { text: 'hết tháng 6', kind: 'date', value: null, resolved: false },
    ],
  },
  {
    id: 'date.quarter_end',
    pattern: `(?<![\\p{L}])hết\\s+quý\\s+(?<q>${QUARTER})${YEAR_SEP}(?<y>\\d{4})${W}`,
    build: (g) => {
      const y = Number(g['y']);
      const m = QUARTERS[key(g['q'])]! * 3;
      return { kind: 'date', value: iso(y, m, lastDay(y, m)) };
    },
    examples: [{ text: 'hết quý II/2023', kind: 'date', value: '2023-06-30' }],
  },
  {
    id: 'period.month',
    pattern: `(?<![\\p{L}])tháng\\s+(?<m>${MONTH})${YEAR_SEP}(?<y>\\d{4})${W}`,
    build: (g) => {
      const m = monthOf(g['m']);
      return m && m <= 12 ? { kind: 'period', value: monthPeriod(Number(g['y']), m) } : null;
    },
    examples: [
      { text: 'tháng 6/2023', kind: 'period', value: { start: '2023-06-01', end: '2023-06-30' } },
      { text: 'tháng 6 năm 2023', kind: 'period', value: { start: '2023-06-01', end: '2023-06-30' } },
      { text: 'tháng mười năm 2017', kind: 'period', value: { start: '2017-10-01', end: '2017-10-31' } },
      { text: 'tháng 02/2024', kind: 'period', value: { start: '2024-02-01', end: '2024-02-29' } },
    ],
  },
  {
    id: 'period.month_numeric',
    pattern: `(?<![\\p{N}.,/])(?<m>0?[1-9]|1[0-2])\\/(?<y>(?:19|20)\\d{2})(?![\\p{N}]|\\/)`,
    build: (g) => ({ kind: 'period', value: monthPeriod(Number(g['y']), Number(g['m'])) }),
    examples: [{ text: '06/2023', kind: 'period', value: { start: '2023-06-01', end: '2023-06-30' } }],
  },
  {
    id: 'period.month_relative',
    pattern: `(?<![\\p{L}])tháng\\s+(?<m>${MONTH_NO_NAM})(?:\\s+(?<rel>tới|này|sau|trước))?(?![\\p{L}\\p{N}]|\\s*[\\/-]\\s*\\d|\\s+năm\\s+\\d)`,
    build: (g, ctx) => {
      const m = monthOf(g['m']);
      if (!m || m > 12) return null;
      if (ctx.year === null) return unresolved('period');
      let y = ctx.year;
      const rel = key(g['rel']);
      if (ctx.today && (rel === 'tới' || rel === 'sau') && m <= ctx.today.m) y = ctx.today.y + 1;
      else if (ctx.today && rel === 'trước' && m >= ctx.today.m) y = ctx.today.y - 1;
      return { kind: 'period', value: monthPeriod(y, m), resolved: true };
    },
    examples: [
      { text: 'tháng 6', kind: 'period', value: { start: '2017-06-01', end: '2017-06-30' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'tháng 3 tới', kind: 'period', value: { start: '2017-03-01', end: '2017-03-31' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'tháng 6', kind: 'period', value: null, resolved: false },
    ],
  },
  {
    // "Từ đầu năm đến nay": the year so far, in the year of the report.
    id: 'period.year_so_far',
    pattern: `(?<![\\p{L}])từ\\s+đầu\\s+năm(?:\\s+nay)?\\s+(?:đến|tới)\\s+(?:nay|hiện\\s+nay|bây\\s+giờ)${W}`,
    build: (g, ctx) => {
      void g;
      if (ctx.year === null) return unresolved('period');
      const now = ctx.today && ctx.today.y === ctx.year ? iso(ctx.today.y, ctx.today.m, ctx.today.d) : ctx.report?.end ?? null;
      return { kind: 'period', value: { start: iso(ctx.year, 1, 1), end: now }, resolved: true };
    },
    examples: [{ text: 'từ đầu năm đến nay', kind: 'period', value: { start: '2022-01-01', end: '2022-05-27' }, resolved: true, opts: { referenceDate: '2022-05-27' } }],
  },
  {
    // "Từ đầu năm đến hết tháng 9": the months of the year up to the end of that month.
    id: 'period.year_to_month',
    pattern: `(?<![\\p{L}])từ\\s+đầu\\s+năm(?:\\s+(?<y>(?:19|20)\\d{2}))?\\s+(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?tháng\\s+(?<m>\\d{1,2})(?:\\s*\\/\\s*(?<y2>(?:19|20)\\d{2}))?(?![\\p{N}])`,
    build: (g, ctx) => {
      const m = Number(g['m']);
      if (!m || m > 12) return null;
      const y = g['y'] ? Number(g['y']) : g['y2'] ? Number(g['y2']) : ctx.year;
      if (y === null) return unresolved('period');
      const value = { start: iso(y, 1, 1), end: monthPeriod(y, m).end };
      return g['y'] || g['y2'] ? { kind: 'period', value } : { kind: 'period', value, resolved: true };
    },
    examples: [
      { text: 'Từ đầu năm đến hết tháng 9', kind: 'period', value: { start: '2025-01-01', end: '2025-09-30' }, resolved: true, opts: { referenceDate: '2025-10-05' } },
      { text: 'từ đầu năm 2023 đến cuối tháng 6', kind: 'period', value: { start: '2023-01-01', end: '2023-06-30' } },
    ],
  },
  {
    // "từ tháng 7 đến tháng 11/2025": a run of months whose year is printed once, at its end.
    id: 'period.month_span',
    pattern: `(?<![\\p{L}])từ\\s+tháng\\s+(?<m1>\\d{1,2})(?:\\s*\\/\\s*(?<y1>(?:19|20)\\d{2}))?\\s+(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?tháng\\s+(?<m2>\\d{1,2})\\s*\\/\\s*(?<y2>(?:19|20)\\d{2})(?![\\p{N}])`,
    build: (g) => {
      const m1 = Number(g['m1']);
      const m2 = Number(g['m2']);
      const y2 = Number(g['y2']);
      const y1 = g['y1'] ? Number(g['y1']) : m1 <= m2 ? y2 : y2 - 1;
      if (!m1 || !m2 || m1 > 12 || m2 > 12 || y1 > y2) return null;
      return { kind: 'period', value: { start: iso(y1, m1, 1), end: monthPeriod(y2, m2).end } };
    },
    examples: [
      { text: 'từ tháng 7 đến tháng 11/2025', kind: 'period', value: { start: '2025-07-01', end: '2025-11-30' } },
      { text: 'từ tháng 10/2023 đến hết tháng 3/2024', kind: 'period', value: { start: '2023-10-01', end: '2024-03-31' } },
    ],
  },
  {
    // "Từ năm 2016 đến tháng 5/2020", "từ năm 2017 đến hết tháng 11/2020", "từ năm 2013 đến ngày 30/6/2022": a run of
    // years that ends in a month or on a day.
    id: 'period.years_to_month',
    pattern: `(?<![\\p{L}])từ\\s+(?:đầu\\s+)?(?:năm\\s+)?(?<y>(?:19|20)\\d{2})\\s+(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?(?:tháng\\s+(?<m>\\d{1,2})\\s*\\/\\s*(?<y2>(?:19|20)\\d{2})|(?:ngày\\s+)?(?<d3>\\d{1,2})\\s*\\/\\s*(?<m3>\\d{1,2})\\s*\\/\\s*(?<y3>(?:19|20)\\d{2}))(?![\\p{N}])`,
    build: (g) => {
      const y = Number(g['y']);
      if (g['m']) {
        const m = Number(g['m']);
        const y2 = Number(g['y2']);
        if (!m || m > 12 || y2 < y) return null;
        return { kind: 'period', value: { start: iso(y, 1, 1), end: monthPeriod(y2, m).end } };
      }
      const d3 = Number(g['d3']);
      const m3 = Number(g['m3']);
      const y3 = Number(g['y3']);
      if (!m3 || m3 > 12 || !d3 || d3 > 31 || y3 < y) return null;
      return { kind: 'period', value: { start: iso(y, 1, 1), end: iso(y3, m3, d3) } };
    },
    examples: [
      { text: 'Từ năm 2016 đến tháng 5/2020', kind: 'period', value: { start: '2016-01-01', end: '2020-05-31' } },
      { text: 'từ năm 2017 đến hết tháng 11/2020', kind: 'period', value: { start: '2017-01-01', end: '2020-11-30' } },
      { text: 'từ năm 2013 đến ngày 30/6/2022', kind: 'period', value: { start: '2013-01-01', end: '2022-06-30' } },
    ],
  },
  {
    id: 'period.month_word_relative',
    pattern: `(?<![\\p{L}])tháng\\s+(?<rel>này|trước|sau|tới)${W}`,
    build: (g, ctx) => {
      if (!ctx.today) return unresolved('period');
      const n = YEAR_DELTA[key(g['rel'])] ?? 0;
      const t = addMonths(ctx.today.y, ctx.today.m, n);
      return { kind: 'period', value: monthPeriod(t.y, t.m), resolved: true };
    },
    examples: [
      { text: 'tháng trước', kind: 'period', value: { start: '2017-01-01', end: '2017-01-31' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
    ],
  },
  {
    id: 'period.week_relative',
    // Weeks run Monday to Sunday.
    pattern: `(?<![\\p{L}])tuần\\s+(?<rel>này|nay|trước|sau|tới)${W}`,
    build: (g, ctx) => {
      if (!ctx.today) return unresolved('period');
      const weekday = (new Date(Date.UTC(ctx.today.y, ctx.today.m - 1, ctx.today.d)).getUTCDay() + 6) % 7;
      const n = YEAR_DELTA[key(g['rel'])] ?? 0;
      return { kind: 'period', value: { start: addDays(ctx.today, 7 * n - weekday), end: addDays(ctx.today, 7 * n - weekday + 6) }, resolved: true };
    },
    examples: [
      { text: 'tuần này', kind: 'period', value: { start: '2017-01-30', end: '2017-02-05' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'tuần trước', kind: 'period', value: { start: '2017-01-23', end: '2017-01-29' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
    ],
  },
  {
    id: 'period.quarter',
    pattern: `(?<![\\p{L}])quý\\s+(?<q>${QUARTER})${YEAR_SEP}(?<y>\\d{4})${W}`,
    build: (g) => {
      const q = QUARTERS[key(g['q'])]!;
      return { kind: 'period', value: monthPeriod(Number(g['y']), q * 3 - 2, q * 3) };
    },
    examples: [
      { text: 'quý I/2023', kind: 'period', value: { start: '2023-01-01', end: '2023-03-31' } },
      { text: 'quý II năm 2023', kind: 'period', value: { start: '2023-04-01', end: '2023-06-30' } },
      { text: 'quý 4 của năm 2018', kind: 'period', value: { start: '2018-10-01', end: '2018-12-31' } },
    ],
  },
  {
    id: 'period.quarter_relative',
    pattern: `(?<![\\p{L}])quý\\s+(?:(?<q>${QUARTER})|(?<rel>này|nay|hiện\\s+tại|tới|tiếp(?:\\s+theo)?|sau|trước)${W})(?!\\s*(?:\\/|-|năm|của\\s+năm)\\s*\\d)`,
    build: (g, ctx) => {
      if (g['q']) {
        if (ctx.year === null) return unresolved('period');
        const q = QUARTERS[key(g['q'])]!;
        return { kind: 'period', value: monthPeriod(ctx.year, q * 3 - 2, q * 3), resolved: true };
      }
      if (!ctx.today) return unresolved('period');
      const rel = key(g['rel']);
      const n = rel === 'trước' ? -1 : rel === 'tới' || rel === 'sau' || rel.startsWith('tiếp') ? 1 : 0;
      const t = addMonths(ctx.today.y, Math.floor((ctx.today.m - 1) / 3) * 3 + 1, 3 * n);
      return { kind: 'period', value: monthPeriod(t.y, t.m, t.m + 2), resolved: true };
    },
    examples: [
      { text: 'quý 3', kind: 'period', value: { start: '2017-07-01', end: '2017-09-30' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'quý tới', kind: 'period', value: { start: '2017-04-01', end: '2017-06-30' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
    ],
  },
  {
    id: 'period.months_of_year',
    // Anchored at "tháng"/"nửa": the count before it is read as the prefix.
    prefix: MONTH_COUNT_PREFIX,
    // "6 tháng 2016 | 6 tháng 2017" heading a table: "năm" may be left out before the year.
    pattern: `(?<![\\p{L}])(?:tháng\\s+(?:(?<edge>đầu|cuối)\\s+)?(?:của\\s+)?|nửa\\s+(?<half>đầu|cuối)\\s+)(?:năm\\s+(?<y>\\d{4})|(?<y2>(?:19|20)\\d{2}))${W}`,
    build: (g, _ctx, _t, _m, prefix) => {
      const c = monthCount(g, prefix);
      if (!c) return null;
      const y = Number(g['y'] ?? g['y2']);
      return { kind: 'period', value: c.edge === 'cuối' ? monthPeriod(y, 13 - c.n, 12) : monthPeriod(y, 1, c.n) };
    },
    examples: [
      { text: '6 tháng đầu năm 2023', kind: 'period', value: { start: '2023-01-01', end: '2023-06-30' } },
      { text: '6 tháng 2016', kind: 'period', value: { start: '2016-01-01', end: '2016-06-30' } },
      { text: '6 tháng cuối năm 2023', kind: 'period', value: { start: '2023-07-01', end: '2023-12-31' } },
      { text: '9 tháng năm 2023', kind: 'period', value: { start: '2023-01-01', end: '2023-09-30' } },
      { text: '9 tháng đầu năm 2023', kind: 'period', value: { start: '2023-01-01', end: '2023-09-30' } },
      { text: 'nửa đầu năm 2024', kind: 'period', value: { start: '2024-01-01', end: '2024-06-30' } },
    ],
    counterExamples: [{ text: '6 tháng đầu năm 2023', notKind: 'date', why: 'a half year is not a day' }],
  },
  {
    id: 'period.months_of_year_relative',
    prefix: MONTH_COUNT_PREFIX,
    pattern: `(?<![\\p{L}])(?:tháng\\s+(?:(?<edge>đầu|cuối)\\s+)?|nửa\\s+(?<half>đầu|cuối)\\s+)năm(?:\\s+(?<rel>nay|trước|ngoái|sau|tới))?(?![\\p{L}]|\\s*\\d)`,
    build: (g, ctx, _t, _m, prefix) => {
      const c = monthCount(g, prefix);
      if (!c || !(c.edge || g['rel'])) return null;
      if (ctx.year === null) return unresolved('period');
      const y = ctx.year + (YEAR_DELTA[key(g['rel'] ?? 'nay')] ?? 0);
      return { kind: 'period', value: c.edge === 'cuối' ? monthPeriod(y, 13 - c.n, 12) : monthPeriod(y, 1, c.n), resolved: true };
    },
    examples: [
      {
        text: '6 tháng đầu năm',
        kind: 'period',
        value: { start: '2023-01-01', end: '2023-06-30' },
        resolved: true,
        opts: { reportPeriod: { label: '6 tháng đầu năm 2023', start: '2023-01-01', end: '2023-06-30' } },
      },
      { text: '6 tháng đầu năm', kind: 'period', value: null, resolved: false },
    ],
  },
  {
    id: 'period.year',
    pattern: `(?<![\\p{L}])năm\\s+(?<y>(?:19|20)\\d{2})(?:\\s*[-–—]\\s*(?<y2>(?:19|20)\\d{2}))?(?![\\p{N}])`,
    build: (g) => {
      const y = Number(g['y']);
      const y2 = g['y2'] ? Number(g['y2']) : y;
      return y2 >= y ? { kind: 'period', value: yearPeriod(y, y2) } : null;
    },
    examples: [
      { text: 'năm 2022', kind: 'period', value: { start: '2022-01-01', end: '2022-12-31' } },
      { text: 'Năm 2020', kind: 'period', value: { start: '2020-01-01', end: '2020-12-31' } },
    ],
  },
  {
    id: 'period.year_relative',
    // "5 năm sau", "năm năm sau", "hai năm trước": a count of years (five years later), not next or last year.
    pattern: `(?<![\\p{L}]|\\p{N}\\s|(?<![\\p{L}])(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mấy|vài|nhiều|các|những)\\s+)năm\\s+(?<rel>nay|trước|ngoái|sau|tới|tiếp\\s+theo|kế\\s+tiếp)${W}`,
    build: (g, ctx) => {
      if (ctx.year === null) return unresolved('period');
      return { kind: 'period', value: yearPeriod(ctx.year + (YEAR_DELTA[key(g['rel'])] ?? 0)), resolved: true };
    },
    examples: [
      {
        text: 'năm trước',
        kind: 'period',
        value: { start: '2022-01-01', end: '2022-12-31' },
        resolved: true,
        opts: { reportPeriod: { label: 'năm 2023', start: '2023-01-01', end: '2023-12-31' } },
      },
      { text: 'năm ngoái', kind: 'period', value: { start: '2016-01-01', end: '2016-12-31' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'năm nay', kind: 'period', value: null, resolved: false },
    ],
    counterExamples: [
      { text: 'Năm năm sau, bức tranh đã khác', notKind: 'period', why: 'five years later, not next year' },
      { text: 'hai năm trước', notKind: 'period', why: 'two years ago, not last year' },
    ],
  },
  {
    id: 'period.same_period',
    // Terse reports write "tăng 9 HTX so CK".
    // "Cùng kỳ, có 134 THT được thành lập": opening a sentence before a comma, it is the period just reported ("in the
    // same period"), not the year before.
    pattern: `(?<![\\p{L}])(?:(?<open>(?<=(?:^|[.!?;:,\\n])\\s*)cùng\\s+kỳ(?=\\s*,))|cùng\\s+kỳ(?:\\s+năm\\s+(?:(?<rel>trước|ngoái)|(?<y>(?:19|20)\\d{2})))?|(?<=(?<![\\p{L}])so\\s+(?:với\\s+)?)ck)(?![\\p{L}\\p{N}])`,
    build: (g, ctx) => {
      if (!ctx.report) return unresolved('period');
      const shift = g['open'] ? 0 : g['y'] ? Number(g['y']) - Number(ctx.report.end.slice(0, 4)) : -1;
      return { kind: 'period', value: { start: shiftYears(ctx.report.start, shift), end: shiftYears(ctx.report.end, shift) }, resolved: true };
    },
    examples: [
      {
        text: 'cùng kỳ năm trước',
        kind: 'period',
        value: { start: '2022-01-01', end: '2022-06-30' },
        resolved: true,
        opts: { reportPeriod: { label: '6 tháng đầu năm 2023', start: '2023-01-01', end: '2023-06-30' } },
      },
      { text: 'cùng kỳ năm trước', kind: 'period', value: null, resolved: false, opts: { referenceDate: '2023-07-13' } },
      {
        text: 'Cùng kỳ, có 134 THT được thành lập',
        kind: 'period',
        span: 'Cùng kỳ',
        value: { start: '2023-01-01', end: '2023-06-30' },
        resolved: true,
        opts: { reportPeriod: { label: '6 tháng đầu năm 2023', start: '2023-01-01', end: '2023-06-30' } },
      },
      {
        text: 'tăng 9 HTX so CK',
        kind: 'period',
        span: 'CK',
        value: { start: '2023-01-01', end: '2023-06-30' },
        resolved: true,
        opts: { reportPeriod: { label: '6 tháng đầu năm 2024', start: '2024-01-01', end: '2024-06-30' } },
      },
    ],
    counterExamples: [{ text: 'Công ty CK Sài Gòn', notKind: 'period', why: 'a name, not "so với cùng kỳ"' }],
  },
  {
    id: 'period.span',
    pattern: `(?<![\\p{L}])(?:giai\\s+đoạn|nhiệm\\s+kỳ|thời\\s+kỳ|niên\\s+kh(?:óa|oá)|chiến\\s+lược|kế\\s+hoạch)\\s+(?<y1>(?:19|20)\\d{2})\\s*[-–—]\\s*(?<y2>(?:19|20)\\d{2})${W}`,
    build: (g) => {
      const y1 = Number(g['y1']);
      const y2 = Number(g['y2']);
      return y2 > y1 ? { kind: 'period', value: yearPeriod(y1, y2) } : null;
    },
    examples: [
      { text: 'giai đoạn 2021-2025', kind: 'period', value: { start: '2021-01-01', end: '2025-12-31' }, label: 'giai đoạn 2021-2025' },
      { text: 'nhiệm kỳ 2020 – 2025', kind: 'period', value: { start: '2020-01-01', end: '2025-12-31' }, label: 'nhiệm kỳ 2020 – 2025' },
    ],
  },
  {
    id: 'period.span_parenthesised',
    // The lookbehind comes after the first digits so that the scan only stops at years.
    pattern: `(?<y1>(?:19|20)\\d{2})(?<=\\(\\s*\\d{4})\\s*[-–—]\\s*(?<y2>(?:19|20)\\d{2})(?=\\s*\\))`,
    build: (g) => {
      const y1 = Number(g['y1']);
      const y2 = Number(g['y2']);
      return y2 > y1 ? { kind: 'period', value: yearPeriod(y1, y2) } : null;
    },
    examples: [{ text: '(1993 – 2023)', span: '1993 – 2023', kind: 'period', value: { start: '1993-01-01', end: '2023-12-31' } }],
  },
  {
    id: 'period.since',
    pattern: `(?<![\\p{L}])từ\\s+(?:đầu\\s+)?(?:năm\\s+)?(?<y>(?:19|20)\\d{2})\\s+(?:đến|tới)\\s+(?:(?<now>nay|hiện\\s+nay|bây\\s+giờ)|năm\\s+(?<y2>(?:19|20)\\d{2}))${W}`,
    build: (g, ctx) => {
      const start = iso(Number(g['y']), 1, 1);
      if (g['y2']) return { kind: 'period', value: { start, end: iso(Number(g['y2']), 12, 31) } };
      const now = ctx.today ? iso(ctx.today.y, ctx.today.m, ctx.today.d) : ctx.report?.end;
      return now ? { kind: 'period', value: { start, end: now }, resolved: true } : { kind: 'period', value: { start, end: null }, resolved: false };
    },
    examples: [
      { text: 'từ năm 2020 đến nay', kind: 'period', value: { start: '2020-01-01', end: null }, resolved: false },
      { text: 'từ năm 2020 đến nay', kind: 'period', value: { start: '2020-01-01', end: '2023-07-13' }, resolved: true, opts: { referenceDate: '2023-07-13' } },
      { text: 'từ năm 2016 đến năm 2020', kind: 'period', value: { start: '2016-01-01', end: '2020-12-31' } },
      { text: 'Từ đầu năm 2019 đến nay', kind: 'period', value: { start: '2019-01-01', end: null }, resolved: false },
    ],
  },
  {
    id: 'period.last_next_units',
    prefix: '(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s+',
    pattern: `(?<![\\p{L}])(?<u>ngày|tháng|năm)\\s+(?<rel>vừa\\s+rồi|vừa\\s+qua|qua|tới|tiếp\\s+theo|sắp\\s+tới)${W}`,
    build: (g, ctx, _t, _m, prefix) => {
      if (!prefix) return null;
      if (!ctx.today) return unresolved('period');
      const n = countOf(prefix.trim()) ?? Number(prefix.trim());
      const back = /qua|rồi/u.test(key(g['rel']));
      // "9 tháng qua" in a review of the first nine months is those months, not the nine before the day of writing.
      const r = ctx.report;
      if (back && key(g['u']) === 'tháng' && r?.start && r.end && r.start.endsWith('-01') && (Number(r.end.slice(0, 4)) - Number(r.start.slice(0, 4))) * 12 + Number(r.end.slice(5, 7)) - Number(r.start.slice(5, 7)) + 1 === n)
        return { kind: 'period', value: { start: r.start, end: r.end }, resolved: true };
      const t = ctx.today;
      const u = key(g['u']);
      let value: Period;
      if (u === 'ngày') value = back ? { start: addDays(t, -n), end: addDays(t, -1) } : { start: addDays(t, 1), end: addDays(t, n) };
      else if (u === 'tháng') {
        const a = addMonths(t.y, t.m, back ? -n : 1);
        const b = addMonths(t.y, t.m, back ? -1 : n);
        value = { start: iso(a.y, a.m, 1), end: iso(b.y, b.m, lastDay(b.y, b.m)) };
      } else value = back ? yearPeriod(t.y - n, t.y - 1) : yearPeriod(t.y + 1, t.y + n);
      return { kind: 'period', value, resolved: true };
    },
    examples: [
      { text: '2 ngày vừa rồi', kind: 'period', value: { start: '2017-01-31', end: '2017-02-01' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: '3 tháng tới', kind: 'period', value: { start: '2017-03-01', end: '2017-05-31' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: '5 năm qua', kind: 'period', value: null, resolved: false },
      {
        text: '9 tháng qua',
        kind: 'period',
        value: { start: '2018-01-01', end: '2018-09-30' },
        resolved: true,
        opts: { referenceDate: '2018-10-25', reportPeriod: { label: '9 tháng đầu năm 2018', start: '2018-01-01', end: '2018-09-30' } },
      },
    ],
  },
  {
    id: 'period.months_of_report',
    // "doanh thu 9 tháng của các HTX", "6 tháng, HTX đạt doanh thu …" in a review of the year's first months: those months.
    // Only when the report covers exactly that many months from January: elsewhere "6 tháng" is a length of time.
    prefix: '(?<![\\p{L}\\p{N}.,/])(?:\\d{1,2}|sáu|chín)\\s+',
    pattern: `(?<![\\p{L}])tháng(?!\\s+(?:đầu|cuối|qua|tới|vừa|sắp|tiếp|năm|trước|sau|liền|liên tục|gần|\\d))(?!\\s*[/.-]\\s*\\d)${W}`,
    build: (_g, ctx, _t, _m, prefix) => {
      const r = ctx.report;
      if (!prefix || !r?.start || !r.end || !r.start.endsWith('-01-01') || r.start.slice(0, 4) !== r.end.slice(0, 4)) return null;
      const n = countOf(prefix.trim()) ?? Number(prefix.trim());
      return Number(r.end.slice(5, 7)) === n && n < 12 ? { kind: 'period', value: { start: r.start, end: r.end }, resolved: true } : null;
    },
    examples: [
      {
        text: 'doanh thu 9 tháng của các HTX',
        span: '9 tháng',
        kind: 'period',
        value: { start: '2025-01-01', end: '2025-09-30' },
        resolved: true,
        opts: { referenceDate: '2025-10-14', reportPeriod: { label: '9 tháng đầu năm 2025', start: '2025-01-01', end: '2025-09-30' } },
      },
    ],
    counterExamples: [
      { text: 'sau 6 tháng triển khai', notKind: 'period', why: 'a length of time in a review of the year', opts: { referenceDate: '2024-01-10', reportPeriod: { label: 'năm 2023', start: '2023-01-01', end: '2023-12-31' } } },
    ],
  },
  {
    id: 'date.weekday',
    needsToday: true,
    // A weekday without its date, resolved against the reference date: the next one, or the one of a named week.
    pattern: `(?<![\\p{L}])(?:thứ\\s+(?<wd>hai|ba|tư|năm|sáu|bảy|[2-7])|(?:chủ|chúa)\\s+nhật)(?:\\s+(?:của\\s+)?tuần\\s+(?<week>này|nay|tới|sau|trước)|\\s+(?<rel>tới|vừa\\s+rồi|vừa\\s+qua|trước|này))?(?![\\p{L}\\p{N}])`,
    build: (g, ctx, text, m) => {
      if (!ctx.today) return null;
      const head = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
      const before = wordBefore(head, head.length);
      if (before === null || (before !== '' && !WEEKDAY_AFTER.has(before))) return null;
      const end = m.index + m[0].length;
      const tail = text.slice(end, end + 6).toLowerCase();
      const week = key(g['week']);
      const rel = key(g['rel']);
      // "Thứ hai, …" / "Thứ hai là …" opening a sentence is "secondly"; "Chủ nhật xanh" is a campaign.
      if (!week && !rel && before === '' && /^\s*(?:[,:]|là(?!\p{L}))/u.test(tail)) return null;
      if (/^\s+xanh(?!\p{L})/u.test(tail)) return null;
      const w = g['wd'] ? WEEKDAYS[g['wd']]! : 7;
      const td = dayOfWeek(ctx.today);
      let n: number;
      if (week || rel === 'này') n = w - td + (week === 'tới' || week === 'sau' ? 7 : week === 'trước' ? -7 : 0);
      else if (rel === 'trước' || rel.startsWith('vừa')) n = -((td - w + 7) % 7 || 7);
      else n = (w - td + 7) % 7 || 7;
      return { kind: 'date', value: addDays(ctx.today, n), resolved: true, priority: 4 };
    },
    examples: [
      { text: 'thứ 2', kind: 'date', value: '2017-02-06', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'chủ nhật', kind: 'date', value: '2017-02-05', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'thứ ba vừa rồi', kind: 'date', value: '2017-01-31', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'thứ 5 của tuần này', kind: 'date', value: '2017-02-02', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'thứ tư tuần tới', kind: 'date', value: '2017-02-08', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'vào thứ sáu tới', span: 'thứ sáu tới', kind: 'date', value: '2017-02-03', resolved: true, opts: { referenceDate: '2017-02-02' } },
    ],
    counterExamples: [
      { text: 'xếp thứ 2 toàn tỉnh', notKind: 'date', opts: { referenceDate: '2017-02-02' }, why: 'an ordinal after a word that is not a time word' },
      { text: 'Đại hội lần thứ ba', notKind: 'date', opts: { referenceDate: '2017-02-02' }, why: 'an ordinal' },
      { text: 'Thứ hai, các HTX cần đổi mới', notKind: 'date', opts: { referenceDate: '2017-02-02' }, why: '"secondly" opening a sentence' },
      { text: 'ngày Chủ nhật xanh', notKind: 'date', opts: { referenceDate: '2017-02-02' }, why: 'a campaign name' },
      { text: 'thứ 2', notKind: 'date', why: 'unresolvable without a reference date: stays an ordinal' },
    ],
  },
  {
    id: 'date.first_day_of_month',
    // Normalised text has single spaces ("ưu tiên" alone does not open the scan).
    gate: ['đầu tiên'],
    // Anchored at "đầu tiên": "ngày"/"tuần" is read as the prefix (a scan that stopped at every "ngày" would cost more).
    prefix: '(?<![\\p{L}])(?:ngày|tuần)\\s+',
    pattern: `(?<![\\p{L}])đầu\\s+tiên\\s+(?:của\\s+)?tháng\\s+(?<m>${MONTH})(?:${YEAR_SEP}(?<y>\\d{4}))?${W}`,
    build: (g0, ctx, _t, _m, prefix) => {
      if (!prefix) return null;
      const g: Record<string, string | undefined> = { ...g0, u: prefix.trim() };
      const m = monthOf(g['m']);
      if (!m || m > 12) return null;
      const y = g['y'] ? Number(g['y']) : ctx.year;
      if (y === null) return unresolved(key(g['u']) === 'ngày' ? 'date' : 'period');
      const resolved = g['y'] ? {} : { resolved: true };
      if (key(g['u']) === 'ngày') return { kind: 'date', value: iso(y, m, 1), ...resolved };
      // The first week that starts (on a Monday) inside the month.
      const first = { y, m, d: 1 };
      const monday = (8 - dayOfWeek(first)) % 7;
      return { kind: 'period', value: { start: addDays(first, monday), end: addDays(first, monday + 6) }, ...resolved };
    },
    examples: [
      { text: 'ngày đầu tiên của tháng 3', kind: 'date', value: '2017-03-01', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'tuần đầu tiên của tháng 9 năm 2017', kind: 'period', value: { start: '2017-09-04', end: '2017-09-10' } },
    ],
  },
  {
    id: 'date.christmas',
    gate: ['giáng'],
    prefix: '(?<![\\p{L}])(?:ngày|lễ)\\s+',
    pattern: `(?<![\\p{L}])giáng\\s+sinh(?:\\s+(?:năm\\s+)?(?<y>(?:19|20)\\d{2}))?${W}`,
    build: (g, ctx) => {
      if (g['y']) return { kind: 'date', value: iso(Number(g['y']), 12, 25) };
      // The coming Christmas: this year's, or next year's once it has passed.
      if (ctx.today) return { kind: 'date', value: iso(ctx.today.y + (ctx.today.m === 12 && ctx.today.d > 25 ? 1 : 0), 12, 25), resolved: true };
      return ctx.year === null ? unresolved('date') : { kind: 'date', value: iso(ctx.year, 12, 25), resolved: true };
    },
    examples: [
      { text: 'ngày giáng sinh', kind: 'date', value: '2017-12-25', resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'Giáng sinh', kind: 'date', value: '2018-12-25', resolved: true, opts: { referenceDate: '2017-12-28' } },
      { text: 'lễ Giáng sinh 2023', kind: 'date', value: '2023-12-25' },
    ],
  },
  {
    id: 'period.season',
    needsToday: true,
    gate: ['mùa'],
    pattern: `(?<![\\p{L}])mùa\\s+(?<s>xuân|hè|hạ|thu|đông)\\s+(?:này|năm\\s+nay)${W}`,
    build: (g, ctx) => {
      if (!ctx.today) return null;
      const [m1, d1, m2, d2] = SEASONS[key(g['s'])]!;
      const t = ctx.today;
      // Winter runs over the new year: before its end, "this winter" began the year before.
      const y = m1 > m2 && t.m * 100 + t.d <= m2 * 100 + d2 ? t.y - 1 : t.y;
      return { kind: 'period', value: { start: iso(y, m1, d1), end: iso(m1 > m2 ? y + 1 : y, m2, d2) }, resolved: true };
    },
    examples: [
      { text: 'mùa hè này', kind: 'period', value: { start: '2017-06-21', end: '2017-09-23' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
      { text: 'mùa đông này', kind: 'period', value: { start: '2016-12-21', end: '2017-03-20' }, resolved: true, opts: { referenceDate: '2017-02-02' } },
    ],
    counterExamples: [{ text: 'vụ mùa đông xuân 2023', notKind: 'period', span: 'mùa đông xuân', why: 'a crop season, not "this winter"' }],
  },
];
