// The mention layer: every numeric and temporal expression of a normalised
// text, with exact spans, non-overlapping, sorted by start.
import type { Mention } from '../../schemas/records.js';
import type { FindMentions, MentionOptions } from '../types.js';
import { DATE_RULES, iso, timeContext, type TimeContext } from './dates.js';
import { detectNumberStyle, type NumberStyle } from './numbers.js';
import { quantityCandidates } from './quantities.js';
import { REFERENCE_RULES } from './references.js';
import { compile, compileScanner, lowerSameLength, scan, type Candidate, type RuleRow } from './rule.js';

export { NUMBER_RULES } from './numbers.js';
export { UNIT_RULES } from './units.js';
export { QUALIFIER_RULES } from './qualifiers.js';
export { QUANTITY_RULES } from './quantities.js';
export { DATE_RULES } from './dates.js';
export { REFERENCE_RULES } from './references.js';

// Same length: a reference beats a date, a date beats a quantity ("30/6" after
// "Sáng" is a day, "0913123456" a phone).
const PRIORITY = { reference: 3, date: 2, quantity: 1 };

/** A backwards matcher for a row's optional prefix. */
const prefixRe = (p: string | undefined) => (p ? compile(`(?:${p})$`, 'u') : null);
/** The prefix printed right before `start` (lowercased text), '' when none. */
function prefixBefore(re: RegExp | null, lower: string, start: number): string {
  if (!re) return '';
  return re.exec(lower.slice(Math.max(0, start - 48), start))?.[0] ?? '';
}

const REFERENCE_RES = REFERENCE_RULES.map((r) => ({ row: r, scanner: compileScanner(r.pattern, r.flags), prefix: prefixRe(r.prefix) }));
// Date words are matched on the lowercased text: "Năm 2020", "6 THÁNG ĐẦU NĂM".
const DATE_RES = DATE_RULES.map((r) => ({ row: r, scanner: compileScanner(r.pattern, 'gu'), prefix: prefixRe(r.prefix) }));

function referenceCandidates(text: string, lower: string, out: Candidate[]): void {
  for (const { row, scanner, prefix } of REFERENCE_RES) {
    const src = row.caseless ? lower : text;
    if (row.gate && !row.gate.some((g) => (typeof g === 'string' ? src.includes(g) : g.test(src)))) continue;
    scan(scanner, src, (m) => {
      const pre = prefixBefore(prefix, lower, m.index);
      if (row.prefixRequired && pre === '') return false;
      const start = m.index - pre.length;
      const end = m.index + m[0].length;
      out.push({ kind: 'reference', text: text.slice(start, end), start, end, value: null, refType: row.refType, rule: row.id, priority: PRIORITY.reference });
    });
  }
}

function dateCandidates(text: string, lower: string, ctx: TimeContext, out: Candidate[]): void {
  for (const { row, scanner, prefix } of DATE_RES) {
    if (row.needsToday && !ctx.today) continue;
    if (row.gate && !row.gate.some((g) => lower.includes(g))) continue;
    scan(scanner, lower, (m) => {
      const pre = prefixBefore(prefix, lower, m.index);
      const r = row.build(m.groups ?? {}, ctx, text, m, pre);
      if (!r) return false;
      const start = m.index - pre.length;
      const end = m.index + m[0].length;
      const printed = text.slice(start, end);
      const c: Candidate = { kind: r.kind, text: printed, start, end, value: r.value, rule: row.id, priority: r.priority ?? PRIORITY.date };
      if (r.kind === 'period') c.label = printed;
      if (r.resolved !== undefined) c.resolved = r.resolved;
      if (r.dm) c.dm = r.dm;
      out.push(c);
    });
  }
}

const byPreference = (a: Candidate, b: Candidate): number => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;

function take(c: Candidate, taken: Uint8Array, chosen: Candidate[]): void {
  for (let i = c.start; i < c.end; i++) if (taken[i]) return;
  taken.fill(1, c.start, c.end);
  chosen.push(c);
}

/**
 * Longest first, then priority, then leftmost; a candidate that touches a taken character is dropped.
 * Only overlapping candidates compete, so the preference order is applied within each run of
 * overlapping candidates rather than across the whole text (same result, far fewer comparisons).
 */
function select(cands: Candidate[], taken: Uint8Array): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  for (let i = 0; i < cands.length; ) {
    let j = i + 1;
    let end = cands[i]!.end;
    while (j < cands.length && cands[j]!.start < end) end = Math.max(end, cands[j++]!.end);
    if (j - i === 1) take(cands[i]!, taken, chosen);
    else {
      const group: Candidate[] = [];
      for (const c of cands.slice(i, j).sort(byPreference)) take(c, taken, group);
      chosen.push(...group.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return chosen;
}

export const DATE_SPAN_RULE: RuleRow = {
  id: 'period.date_span',
  examples: [
    { text: '29/10/1993 – 29/10/2023', kind: 'period', value: { start: '1993-10-29', end: '2023-10-29' } },
    { text: '(30/3/1993 – 30/3/2023)', span: '30/3/1993 – 30/3/2023', kind: 'period', value: { start: '1993-03-30', end: '2023-03-30' } },
    { text: 'từ ngày 01/7 đến 30/9/2023', kind: 'period', value: { start: '2023-07-01', end: '2023-09-30' } },
    { text: 'từ 15/12 đến ngày 10/01/2024', kind: 'period', value: { start: '2023-12-15', end: '2024-01-10' } },
    { text: 'Từ ngày 24 - 26/5/2022', span: '24 - 26/5/2022', kind: 'period', value: { start: '2022-05-24', end: '2022-05-26' } },
  ],
  counterExamples: [{ text: 'có 24 - 26/5/2022', notKind: 'period', why: 'a bare number before a date is a day only after "ngày"' }],
};
const SPAN_GAP = /^[ \t]*(?:[-–—]|đến|tới)[ \t]*$/iu;
const FROM = /(?<![\p{L}])từ[ \t]+$/iu;
const DAY_BEFORE = /(?<![\p{L}])ngày[ \t]+$/iu;

/** Two days joined by a dash or "đến" are one period; a day printed without its year takes the second day's. */
function mergeDateSpans(text: string, ms: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1];
    // "ngày 24 - 26/5/2022": a bare day before a full date shares its month and year.
    if (a.kind === 'number' && b && b.kind === 'date' && typeof b.value === 'string' && Number.isInteger(a.value) && (a.value as number) >= 1 && /^\d{1,2}$/.test(a.text) && SPAN_GAP.test(text.slice(a.end, b.start)) && DAY_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start))) {
      const startIso = `${b.value.slice(0, 8)}${String(a.value).padStart(2, '0')}`;
      if (startIso < b.value) {
        // The span starts at the day: "ngày" before it may be part of another mention ("trong 2 ngày 24 - 26/5").
        const span = text.slice(a.start, b.end);
        out.push({ kind: 'period', text: span, start: a.start, end: b.end, value: { start: startIso, end: b.value }, label: span, rule: DATE_SPAN_RULE.id, priority: PRIORITY.date });
        i++;
        continue;
      }
    }
    if (a.kind !== 'date' || !b || b.kind !== 'date' || typeof b.value !== 'string' || !SPAN_GAP.test(text.slice(a.end, b.start))) {
      out.push(a);
      continue;
    }
    let startIso = typeof a.value === 'string' && !a.dm ? a.value : null;
    if (a.dm) {
      const by = Number(b.value.slice(0, 4));
      const later = a.dm.m * 100 + a.dm.d > Number(b.value.slice(5, 7)) * 100 + Number(b.value.slice(8, 10));
      startIso = iso(later ? by - 1 : by, a.dm.m, a.dm.d);
    }
    if (!startIso || startIso > b.value) {
      out.push(a);
      continue;
    }
    const from = FROM.exec(text.slice(Math.max(0, a.start - 6), a.start));
    const start = from ? a.start - from[0].length : a.start;
    const span = text.slice(start, b.end);
    out.push({ kind: 'period', text: span, start, end: b.end, value: { start: startIso, end: b.value }, label: span, rule: DATE_SPAN_RULE.id, priority: PRIORITY.date });
    i++;
  }
  return out;
}

/** What coverDigits emits for digits no other row read. */
export const COVERAGE_RULES: RuleRow[] = [
  {
    id: 'number.uncovered',
    examples: [{ text: '1,2,3', span: '3', kind: 'number', value: 3 }],
  },
  {
    id: 'reference.glued',
    examples: [{ text: 'giấy khổ A4', span: 'A4', kind: 'reference', value: null, refType: 'code' }],
  },
];

const TOKEN_CHAR = /[\p{L}\p{N}_]/u;
const DIGITS = /[0-9]+/g;

/** Whatever digit no rule read still becomes a mention: a bare number, or a code when letters are glued to it. */
function coverDigits(text: string, ms: Candidate[], taken: Uint8Array): Candidate[] {
  const extra: Candidate[] = [];
  DIGITS.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = DIGITS.exec(text))) {
    const runEnd = run.index + run[0].length;
    for (let p = run.index; p < runEnd; p++) {
      if (taken[p]) continue;
      let s = p;
      let e = p + 1;
      while (s > 0 && !taken[s - 1] && TOKEN_CHAR.test(text[s - 1]!)) s--;
      while (e < text.length && !taken[e] && TOKEN_CHAR.test(text[e]!)) e++;
      const token = text.slice(s, e);
      taken.fill(1, s, e);
      p = e - 1;
      const code = /[^0-9]/.test(token);
      extra.push(
        code
          ? { kind: 'reference', text: token, start: s, end: e, value: null, refType: 'code', rule: COVERAGE_RULES[1]!.id, priority: 0 }
          : { kind: 'number', text: token, start: s, end: e, value: Number(token), rule: COVERAGE_RULES[0]!.id, priority: 0 },
      );
    }
    if (DIGITS.lastIndex < runEnd) DIGITS.lastIndex = runEnd;
  }
  if (extra.length === 0) return ms;
  return [...ms, ...extra].sort((a, b) => a.start - b.start);
}

function toMention(c: Candidate): Mention {
  const out: Mention = { kind: c.kind, text: c.text, start: c.start, end: c.end, value: c.value };
  if (c.unit !== undefined) out.unit = c.unit;
  if (c.valueMax !== undefined) out.valueMax = c.valueMax;
  if (c.denominator !== undefined) out.denominator = c.denominator;
  if (c.per !== undefined) out.per = c.per;
  if (c.label !== undefined) out.label = c.label;
  if (c.qualifier !== undefined) out.qualifier = c.qualifier;
  if (c.refType !== undefined) out.refType = c.refType;
  if (c.resolved !== undefined) out.resolved = c.resolved;
  if (c.rule !== undefined) out.rule = c.rule;
  return out;
}

/** The number style a text is read in: the option, or decided from the text (see detectNumberStyle). */
export function numberStyleOf(text: string, opts?: MentionOptions): NumberStyle {
  return opts?.numberStyle && opts.numberStyle !== 'auto' ? opts.numberStyle : detectNumberStyle(text);
}

export const findMentions: FindMentions = (text, opts) => {
  const cands: Candidate[] = [];
  const lower = lowerSameLength(text);
  referenceCandidates(text, lower, cands);
  dateCandidates(text, lower, timeContext(opts), cands);
  quantityCandidates(text, lower, numberStyleOf(text, opts), cands);
  // Marks the characters taken by chosen mentions (merged date spans only join their gap, which holds no digit).
  const taken = new Uint8Array(text.length);
  const chosen = coverDigits(text, mergeDateSpans(text, select(cands, taken)), taken);
  return chosen.map(toMention);
};
