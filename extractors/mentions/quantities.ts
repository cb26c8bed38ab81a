// Numbers with what makes them a quantity: a unit (money, percent, area,
// measure word) and its per-path, a range, a ratio, a multiple, a qualifier.
// One scan over the text; every number start is read once.
import { compile, type Candidate, type RuleRow } from './rule.js';
import { NUMBER_WORD_LIST, readNumber, type NumberReading, type NumberStyle } from './numbers.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { UNIT_RULES, type UnitRow } from './units.js';

export const QUANTITY_RULES: RuleRow[] = [
  {
    id: 'range.dash',
    examples: [
      { text: '4 - 5 triệu đồng/tháng', kind: 'range', value: 4e6, valueMax: 5e6, unit: 'VND', per: 'tháng' },
      { text: '100 - 300ha', kind: 'range', value: 100, valueMax: 300, unit: 'ha' },
      { text: '1000-2000 đồng', kind: 'range', value: 1000, valueMax: 2000, unit: 'VND' },
      { text: '1 tỷ – 1,5 tỷ đồng', kind: 'range', value: 1e9, valueMax: 1.5e9, unit: 'VND' },
      { text: '20-25%', kind: 'range', value: 20, valueMax: 25, unit: '%' },
      { text: 'VND1000-VND2000', kind: 'range', value: 1000, valueMax: 2000, unit: 'VND' },
      { text: '$10-$20', kind: 'range', value: 10, valueMax: 20, unit: 'USD' },
    ],
    counterExamples: [
      { text: '30/3/1993 – 30/3/2023', notKind: 'range', why: 'two dates make a period' },
      { text: 'giai đoạn 2021-2025', notKind: 'range', why: 'a span of years is a period' },
    ],
  },
  {
    id: 'range.from_to',
    examples: [
      { text: 'từ 2 đến 3', kind: 'range', value: 2, valueMax: 3 },
      { text: 'từ 1000 đồng đến 2000 đồng', kind: 'range', value: 1000, valueMax: 2000, unit: 'VND' },
      { text: 'từ 10 tới 15 tấn', kind: 'range', value: 10, valueMax: 15, unit: 'tấn' },
    ],
  },
  {
    id: 'range.to',
    // Without "từ", "đến" joins two numbers only when the second carries the unit.
    examples: [
      { text: '80 đến 90%', kind: 'range', value: 80, valueMax: 90, unit: '%' },
      { text: 'khoảng 3 tới 4 tỷ đồng', span: '3 tới 4 tỷ đồng', kind: 'range', value: 3e9, valueMax: 4e9, unit: 'VND', qualifier: 'approx' },
    ],
    counterExamples: [{ text: 'tăng 11 đến 2023', notKind: 'range', why: 'no unit after the second number' }],
  },
  {
    id: 'range.between',
    examples: [{ text: 'giữa 1000 và 2000 đồng', kind: 'range', value: 1000, valueMax: 2000, unit: 'VND' }],
  },
  {
    id: 'ratio.slash',
    // A slash pair before a counted noun, with no year, is x out of y or achieved/planned.
    examples: [
      { text: '51/50 THT', span: '51/50', kind: 'ratio', value: 51, denominator: 50 },
      { text: '85/85 quỹ', span: '85/85', kind: 'ratio', value: 85, denominator: 85 },
      { text: '11/15 HTX', span: '11/15', kind: 'ratio', value: 11, denominator: 15 },
      { text: '06/04 lớp', span: '06/04', kind: 'ratio', value: 6, denominator: 4 },
      { text: '14/08 HTX', span: '14/08', kind: 'ratio', value: 14, denominator: 8 },
      { text: 'đạt 33/15', span: '33/15', kind: 'ratio', value: 33, denominator: 15 },
      { text: 'phát triển mới 830/1.500 thành viên', span: '830/1.500', kind: 'ratio', value: 830, denominator: 1500 },
    ],
    counterExamples: [
      { text: 'ngày 14/02', notKind: 'ratio', span: '14/02', why: 'a day after "ngày"' },
      { text: '09/3/2020', notKind: 'ratio', span: '09/3', why: 'a full date' },
      { text: 'Sáng 30/6, hội nghị', notKind: 'ratio', span: '30/6', why: 'a day after a time of day' },
    ],
  },
  {
    id: 'multiple.times',
    examples: [
      { text: 'tăng 2,1 lần', span: '2,1 lần', kind: 'multiple', value: 2.1 },
      { text: 'gấp 3 lần', span: '3 lần', kind: 'multiple', value: 3 },
      { text: 'cao hơn 1,5 lần', span: '1,5 lần', kind: 'multiple', value: 1.5 },
    ],
    counterExamples: [{ text: 'tổ chức 3 lần', span: '3 lần', notKind: 'multiple', why: 'held three times is a count' }],
  },
  {
    id: 'multiple.word',
    examples: [
      { text: 'gấp đôi', kind: 'multiple', value: 2 },
      { text: 'gấp rưỡi', kind: 'multiple', value: 1.5 },
      { text: 'gấp ba', kind: 'multiple', value: 3 },
      { text: 'gần gấp đôi', span: 'gấp đôi', kind: 'multiple', value: 2, qualifier: 'nearly' },
      { text: 'gấp 4', kind: 'multiple', value: 4 },
    ],
  },
];

// Words that can begin a spelled number; the others (mươi, trăm, nghìn…) only follow one.
const FIRST_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười'];
const WORDS = FIRST_WORDS.sort((a, b) => b.length - a.length).join('|');
const NUMBER_WORDS = new Set(NUMBER_WORD_LIST);
const NEXT_WORD = compile('[ \\t]+([\\p{L}\\p{N}$€%]+)', 'uy');
/** A spelled number word is only worth reading when another number word, or money, percent or area, follows it. */
function wordMayStartNumber(lower: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(lower);
  if (!m) return false;
  const w = m[1]!;
  // "không quỹ nào", "không HTX nào": "không" before a noun is "no", not zero.
  return NUMBER_WORDS.has(w) || /^(?:đồng|đô|đ|usd|vnđ|vnd|\$|€|eur|euros?|%|phần|ha|héc|hecta|m2|m²|mét|km2|tr|trđ|rupees?|pounds?|bảng|dirhams?|xen|xu|cents?|phẩy|chấm)/u.test(w) || (w !== 'một' && lastWord(lower, end) !== 'không' && countedNounAt(lower, end));
}
// A number starts at a digit or a number word that is not inside a word or a
// decimal tail; a currency code may be glued on the left (USD1,23).
// Run on the lowercased text. The left boundary is checked in code (see startsNumber): a
// lookbehind here would run at every position of the text.
const START = compile(`\\d|(?:${WORDS})(?![\\p{L}])`, 'gu');
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CURRENCY_GLUED = compile('(?<![\\p{L}])(?:usd|eur|vnd|vnđ|gbp|inr|aed|rs)$', 'u');

/** A number may start at `i`: not inside a word or a decimal tail; a currency code may be glued on (USD1,23). */
function startsNumber(lower: string, i: number): boolean {
  if (i === 0) return true;
  const p = lower[i - 1]!;
  if ((p === '.' || p === ',') && i > 1 && lower.charCodeAt(i - 2) >= 48 && lower.charCodeAt(i - 2) <= 57) return false;
  // "một phần ba", "hai phần ba": the denominator of a spelled fraction is no number of its own.
  if (!WORD_CHAR.test(p)) return !(lower.charCodeAt(i) > 57 && /(?<![\p{L}])phần[ \t]+$/u.test(lower.slice(Math.max(0, i - 8), i)));
  return lower.charCodeAt(i) >= 48 && lower.charCodeAt(i) <= 57 && CURRENCY_GLUED.test(lower.slice(Math.max(0, i - 4), i));
}

// Everything below reads the lowercased text (unit patterns are lowercase) except PER, which keeps the printed case.
const UNIT_AFTER_STICKY = compile(`[ \\t]?(?:${UNIT_RULES.map((r, i) => (r.after ? `(?<u${i}>${r.after})` : '(?!)')).join('|')})`, 'uy');
const UNIT_BEFORE = compile(`(?:${UNIT_RULES.map((r, i) => (r.before ? `(?<b${i}>${r.before})` : '(?!)')).join('|')})$`, 'u');
// A denominator of two syllables is one unit: "đồng/thành viên", "tỷ đồng/liên hiệp", "đồng/người lao động".
const PER = compile('(?:[ \\t]?\\/[ \\t]?(?:thành viên|xã viên|tổ viên|lao động|người lao động|liên hiệp|hợp tác xã|tổ hợp tác|hộ thành viên|sản phẩm|\\p{L}[\\p{L}\\p{N}]*))+', 'uy');
const DASH = /[ \t]*[-–—][ \t]*/y;
const TO = /[ \t]+(?:đến|tới)[ \t]+/uy;
const AND = /[ \t]+và[ \t]+/uy;
const FROM_BEFORE = compile('(?<![\\p{L}])từ[ \\t]+$', 'u');
const BETWEEN_BEFORE = compile('(?<![\\p{L}])giữa[ \\t]+$', 'u');
const NEGATIVE_BEFORE = compile('(?<![\\p{L}])âm[ \\t]+$', 'u');
// "830/1.500 thành viên": a denominator may be grouped in thousands.
const SLASH_DENOMINATOR = compile('\\/(\\d{1,3}(?:\\.\\d{3})+|\\d{1,4})(?![\\p{N}]|\\/|[.,]\\p{N}|\\s?%)', 'uy');
const COMPARATIVE_BEFORE = compile(
  '(?<![\\p{L}])(?:tăng|gấp|giảm|cao|nhiều|lớn|bằng|hơn)(?:[ \\t]+hơn)?(?:[ \\t]+(?:gần|khoảng|hơn|trên|xấp\\s+xỉ|gần\\s+như))?[ \\t]+$',
  'u',
);
const MULTIPLE_WORD = compile(
  '(?<![\\p{L}])gấp[ \\t]+(?:(?<w>đôi|rưỡi|ba|bốn|năm|mười)(?![\\p{L}])|(?<n>\\d+(?:,\\d+)?)(?![\\p{N}]|[ \\t]*lần))',
  'gu',
);
const MULTIPLE_WORDS: Record<string, number> = { đôi: 2, rưỡi: 1.5, ba: 3, bốn: 4, năm: 5, mười: 10 };

const LETTER = /[\p{L}]/u;
/** The word printed right before `pos` (spaces skipped), cheap enough to run before every number. */
function lastWord(lower: string, pos: number): string {
  let e = pos;
  while (e > 0 && (lower[e - 1] === ' ' || lower[e - 1] === '\t')) e--;
  let s = e;
  while (s > 0 && e - s < 12 && LETTER.test(lower[s - 1]!)) s--;
  return lower.slice(s, e);
}
const BEFORE_UNIT_LAST = new Set(['$', 'đ', 'd', 'r', '€', '£', '₹', 's', '.', 'p']);

interface UnitMatch {
  row: UnitRow;
  start: number;
  end: number;
  printed: string;
}

function unitAfter(text: string, pos: number): UnitMatch | null {
  UNIT_AFTER_STICKY.lastIndex = pos;
  const m = UNIT_AFTER_STICKY.exec(text);
  if (!m?.groups) return null;
  for (let i = 0; i < UNIT_RULES.length; i++) {
    const g = m.groups[`u${i}`];
    if (g !== undefined) return { row: UNIT_RULES[i]!, start: m.index + m[0].length - g.length, end: m.index + m[0].length, printed: g };
  }
  return null;
}

function unitBefore(text: string, pos: number): UnitMatch | null {
  let e = pos;
  if (text[e - 1] === ' ') e--;
  if (!BEFORE_UNIT_LAST.has(text[e - 1] ?? '')) return null;
  const m = UNIT_BEFORE.exec(text.slice(Math.max(0, pos - 5), pos));
  if (!m?.groups) return null;
  for (let i = 0; i < UNIT_RULES.length; i++) {
    const g = m.groups[`b${i}`];
    if (g !== undefined) return { row: UNIT_RULES[i]!, start: pos - g.length, end: pos, printed: g };
  }
  return null;
}

function unitName(u: UnitMatch): string {
  return u.row.unit || u.printed;
}

function perAfter(text: string, pos: number): { per: string; end: number } | null {
  PER.lastIndex = pos;
  const m = PER.exec(text);
  if (!m) return null;
  return { per: m[0].replace(/^[ \t]*\/[ \t]*/, '').replace(/[ \t]*\/[ \t]*/g, '/'), end: pos + m[0].length };
}


function withQualifier(c: Candidate, text: string): Candidate {
  const q = qualifierBefore(text, c.start) ?? qualifierAfter(text, c.end);
  if (q) c.qualifier = q;
  return c;
}

function candidate(text: string, start: number, end: number, kind: Candidate['kind'], value: number, rule: string): Candidate {
  return { kind, text: text.slice(start, end), start, end, value, rule, priority: 1 };
}

/** A range whose first number is `r1` (with its unit `u1`, if printed), or null. */
function readRange(text: string, lower: string, r1: NumberReading, u1: UnitMatch | null, style: NumberStyle, pre: UnitMatch | null = null): Candidate | null {
  const after = u1 ? u1.end : r1.end;
  const word = lastWord(lower, r1.start);
  const head = word === 'từ' || word === 'giữa' ? lower.slice(Math.max(0, r1.start - 8), r1.start) : '';
  let rule: string;
  let sep: RegExp;
  let start = r1.start;
  if (FROM_BEFORE.test(head)) {
    rule = 'range.from_to';
    sep = TO;
    start = r1.start - (FROM_BEFORE.exec(head)![0].length);
  } else if (BETWEEN_BEFORE.test(head)) {
    rule = 'range.between';
    sep = AND;
    start = r1.start - (BETWEEN_BEFORE.exec(head)![0].length);
  } else {
    rule = 'range.dash';
    sep = DASH;
  }
  sep.lastIndex = after;
  let m = sep.exec(lower);
  if (!m && rule === 'range.from_to') {
    // "từ 100 - 300ha": the dash form after "từ".
    rule = 'range.dash';
    start = r1.start;
    DASH.lastIndex = after;
    m = DASH.exec(lower);
  }
  if (!m && rule === 'range.dash') {
    TO.lastIndex = after;
    m = TO.exec(lower);
    if (m) rule = 'range.to';
  }
  if (!m) return null;
  let at2 = after + m[0].length;
  // "VND1000-VND2000": the currency printed before the first number is printed again before the second.
  const both = pre && !u1 && rule === 'range.dash' && lower.startsWith(pre.printed, at2) ? pre : null;
  if (both) at2 += both.printed.length;
  const r2 = readNumber(lower, at2, style, text);
  if (!r2) return null;
  if (rule === 'range.dash' && (r1.spelled || r2.spelled)) return null;
  // "giai đoạn 202 3- 2025": a year after a small number is a broken year, not a range.
  if (r2.plain && /^(?:19|20)\d{2}$/.test(r2.plain) && !(r1.plain && r1.plain.length === 4)) return null;
  const u2 = unitAfter(lower, r2.end);
  if (u1 && u2 && u1.row.kind !== u2.row.kind) return null;
  if (both && u2) return null;
  const u = u2 ?? u1 ?? both;
  if (both) start = both.start;
  if (u1 && !u2 && rule === 'range.dash') return null;
  if (rule === 'range.to' && (!u2 || u1 || (r1.spelled && r1.words === 1 && !r1.scaled))) return null;
  const scale = u?.row.scale ?? 1;
  const low = (!r1.scaled && !u1 && r2.scaled ? r1.value * r2.multiplier : r1.value) * scale;
  const high = r2.value * scale;
  if (!(low < high)) return null;
  let end = u2 ? u2.end : r2.end;
  const per = u ? perAfter(text, end) : null;
  if (per) end = per.end;
  const c = candidate(text, start, end, 'range', low, rule);
  c.valueMax = high;
  if (u) c.unit = unitName(u);
  if (per) c.per = per.per;
  return withQualifier(c, lower);
}

/** Every quantity candidate in the text, pushed onto `out`. */
export function quantityCandidates(text: string, lower: string, style: NumberStyle, out: Candidate[]): void {
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(lower))) {
    if (!startsNumber(lower, m.index)) {
      // Inside a word or a code: skip the rest of its digits.
      let e = m.index + 1;
      while (e < lower.length && lower.charCodeAt(e) >= 48 && lower.charCodeAt(e) <= 57) e++;
      START.lastIndex = Math.max(START.lastIndex, e);
      continue;
    }
    if (m[0].length > 1 && !wordMayStartNumber(lower, m.index + m[0].length)) continue;
    const r = readNumber(lower, m.index, style, text);
    if (!r) continue;
    // Skip the rest of this number's own tokens; a range's second number is read again on its own.
    START.lastIndex = Math.max(START.lastIndex, r.end);
    quantityAt(text, lower, r, style, out);
  }
  MULTIPLE_WORD.lastIndex = 0;
  while ((m = MULTIPLE_WORD.exec(lower))) {
    const g = m.groups!;
    const value = g['w'] ? MULTIPLE_WORDS[g['w'].toLowerCase()]! : Number(g['n']!.replace(',', '.'));
    out.push(withQualifier(candidate(text, m.index, m.index + m[0].length, 'multiple', value, 'multiple.word'), lower));
  }
}

/** Nouns that follow a count and nothing else: a number word before one of them is a number. */
const COUNTED_NOUN_AFTER = /\s+(?:hợp tác xã|htx|liên hiệp|quỹ tín dụng|quỹ|tổ hợp tác|tht|lớp|sản phẩm ocop|đơn vị thành viên)(?![\p{L}])/uy;
function countedNounAt(lower: string, at: number): boolean {
  COUNTED_NOUN_AFTER.lastIndex = at;
  return COUNTED_NOUN_AFTER.test(lower);
}

/**
 * A hyphen glued to a number is a minus sign ("-1200K") only at the start of a
 * line or after a space that follows no number or dash: "2021-2025", "2 -3 HTX",
 * "0913-123-456" and "01/7 -30/9" are ranges, codes and spans. A spaced hyphen
 * ("- 279 HTX") is a list bullet.
 */
function minusBefore(lower: string, dash: number): boolean {
  if (dash === 0 || lower[dash - 1] === '\n') return true;
  const p = lower[dash - 1]!;
  if (p !== ' ' && p !== '\t' && p !== '(') return false;
  let i = dash - 1;
  while (i > 0 && (lower[i - 1] === ' ' || lower[i - 1] === '\t')) i--;
  if (i === 0 || lower[i - 1] === '\n') return true;
  return !NO_MINUS_AFTER.test(lower[i - 1]!);
}
const NO_MINUS_AFTER = /[\p{N}\-–—\/.%)]/u;

/** Cents after a foreign amount: "2 đô la và 23 xen", "2 đô 23 xu", "hai đô 23" (then nothing follows). */
const CENTS = compile('[ \\t]+(?:và[ \\t]+)?', 'uy');
const CENTS_WORD = compile('[ \\t]+(?:xen|xu|cents?)(?![\\p{L}\\p{N}])', 'uy');
const CENTS_END = compile('[ \\t]*(?:$|[.;!?)])', 'uy');
function centsAfter(lower: string, end: number, style: NumberStyle): { value: number; end: number } | null {
  CENTS.lastIndex = end;
  const m = CENTS.exec(lower);
  if (!m) return null;
  const c = lower.charCodeAt(end + m[0].length);
  if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 0x1ef9))) return null;
  const r = readNumber(lower, end + m[0].length, style);
  if (!r || r.value >= 100 || !Number.isInteger(r.value) || r.scaled) return null;
  CENTS_WORD.lastIndex = r.end;
  const w = CENTS_WORD.exec(lower);
  if (w) return { value: r.value / 100, end: r.end + w[0].length };
  // Without a cents word the number must end the phrase: "2 USD 50 HTX" is two amounts.
  CENTS_END.lastIndex = r.end;
  return CENTS_END.test(lower) ? { value: r.value / 100, end: r.end } : null;
}

/** "477 tỷ 360 tr.đ": terse reports end a compound amount on the unit that carries its own scale. */
const TR_D_TAIL = /^\s+(\d{1,3})\s?(?:tr\.\s?đ|trđ|tr\.đồng)(?![\p{L}\p{N}])/u;

function quantityAt(text: string, lower: string, r: NumberReading, style: NumberStyle, out: Candidate[]): void {
  const tail = r.scaled && /(?:tỷ|tỉ)$/u.test(lower.slice(r.start, r.end)) ? TR_D_TAIL.exec(lower.slice(r.end, r.end + 16)) : null;
  if (tail) {
    const c = candidate(text, r.start, r.end + tail[0].length, 'money', r.value + Number(tail[1]) * 1e6, 'money.trd');
    c.unit = 'VND';
    const per = perAfter(text, c.end);
    if (per) {
      c.end = per.end;
      c.text = text.slice(c.start, c.end);
      c.per = per.per;
    }
    out.push(withQualifier(c, lower));
    return;
  }
  const u = unitAfter(lower, r.end);
  // A lone number word is an ordinary word (một số, năm 2023, tư vấn) unless money, percent or area
  // follows, or a noun that is only ever counted ("hai liên hiệp hợp tác xã", "Ba quỹ tín dụng nhân dân").
  if (r.spelled && r.words === 1 && !r.scaled && !(u && u.row.kind !== 'number') && !(lower.slice(r.start, r.end) !== 'một' && countedNounAt(lower, r.end))) return;
  // "Mỗi năm HTX cung ứng …", "hằng năm HTX …": "năm" after a word of time is "year", whatever noun follows.
  if (r.spelled && r.words === 1 && lower.slice(r.start, r.end) === 'năm' && /^(?:mỗi|hằng|hàng|từng|các|những|nhiều|cả|cùng|trong|qua|sau|trước)$/u.test(lastWord(lower, r.start) ?? '')) return;
  let start = r.start;
  let sign = 1;
  const neg = lastWord(lower, start) === 'âm' ? NEGATIVE_BEFORE.exec(lower.slice(Math.max(0, start - 6), start)) : null;
  if (neg) {
    sign = -1;
    start -= neg[0].length;
  }
  if (r.plain && !r.spelled) {
    SLASH_DENOMINATOR.lastIndex = r.end;
    const d = SLASH_DENOMINATOR.exec(lower);
    if (d && !/^(?:19|20)\d{2}$/.test(d[1]!) && /^\d+$/.test(r.plain)) {
      const c = candidate(text, start, r.end + d[0].length, 'ratio', Number(r.plain), 'ratio.slash');
      c.denominator = Number(d[1]!.replace(/\./gu, ''));
      out.push(withQualifier(c, lower));
      return;
    }
  }
  let minus = false;
  if (!neg && start > 0 && lower.charCodeAt(start - 1) === 45 && minusBefore(lower, start - 1)) {
    sign = -1;
    start -= 1;
    minus = true;
  }
  const pre = u ? null : unitBefore(lower, start);
  const range = sign === 1 ? readRange(text, lower, r, u, style, pre) : null;
  if (range) out.push(range);
  const unit = u ?? pre;
  let end = unit && unit === u ? u.end : r.end;
  if (pre) start = pre.start;
  const value = sign * r.value * (unit?.row.scale ?? 1);
  let c: Candidate;
  if (unit && unit.row.kind === 'number' && unit.printed === 'lần' && COMPARATIVE_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) {
    c = candidate(text, start, end, 'multiple', value, 'multiple.times');
  } else {
    const cents = unit && unit.row.kind === 'money' && unit.row.cents ? centsAfter(lower, end, style) : null;
    const per = unit ? perAfter(text, cents ? cents.end : end) : null;
    if (cents) end = cents.end;
    if (per) end = per.end;
    const rule = unit ? unit.row.id : r.form ? `number.${r.form}` : minus ? 'number.minus' : r.spelled ? 'number.words' : r.scaled ? 'number.scaled' : 'number.digits';
    c = candidate(text, start, end, unit?.row.kind ?? 'number', cents ? value + sign * cents.value : value, rule);
    if (unit) c.unit = unitName(unit);
    if (per) c.per = per.per;
  }
  out.push(withQualifier(c, lower));
}
