// How a number is written: digits in the Vietnamese (1.234,5) or English
// (1,234.5) style, spelled-out words, and the scale words that multiply them
// (17 tỷ 792 triệu, 2 nghìn tỷ). Reading only; units and context live elsewhere.
import { compile, type RuleRow } from './rule.js';

export type NumberStyle = 'vi' | 'en';

export const SCALES: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Digits a spelled number may start with or end on. "năm" and "tư" are left out after mười/mươi (see UNIT_AFTER_TENS). */
const DIGIT_WORDS: Record<string, number> = {
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
// After mười/mươi the unit five is "lăm" ("mười năm" is ten years, "hai mươi năm"
// twenty years), one after mươi is "mốt" and four may be "tư".
const UNIT_AFTER_MUOI: Record<string, number> = { ...DIGIT_WORDS, mốt: 1, tư: 4, lăm: 5, nhăm: 5 };
delete UNIT_AFTER_MUOI['năm'];
delete UNIT_AFTER_MUOI['không'];
const UNIT_AFTER_MUOI_10: Record<string, number> = { ...UNIT_AFTER_MUOI };
delete UNIT_AFTER_MUOI_10['mốt'];

export const NUMBER_WORD_LIST = [
  ...Object.keys(DIGIT_WORDS),
  'mười',
  'mươi',
  'mốt',
  'tư',
  'lăm',
  'nhăm',
  'linh',
  'lẻ',
  'trăm',
  'chục',
  'rưỡi',
  ...Object.keys(SCALES),
];

/** The table: each way of writing a bare number, with what it must read as. */
export const NUMBER_RULES: RuleRow[] = [
  {
    id: 'number.digits',
    examples: [
      { text: '140.749', kind: 'number', value: 140749 },
      { text: '403.589.137.000', kind: 'number', value: 403589137000 },
      { text: '1.830,51', kind: 'number', value: 1830.51 },
      { text: '3,664', kind: 'number', value: 3.664 },
      { text: '22,62', kind: 'number', value: 22.62 },
      { text: '02', kind: 'number', value: 2 },
      { text: '07', kind: 'number', value: 7 },
      { text: '01,10', kind: 'number', value: 1.1 },
      { text: '3.5', kind: 'number', value: 3.5 },
      { text: '3,5', kind: 'number', value: 3.5, opts: { numberStyle: 'en' } },
      { text: 'âm 1.200.000', kind: 'number', value: -1200000 },
      { text: '1,234.5', kind: 'number', value: 1234.5, opts: { numberStyle: 'en' } },
      { text: '140.749', kind: 'number', value: 140.749, opts: { numberStyle: 'en' } },
      // Not shorthand, not minus, not a spoken decimal: G needs a decimal (5G is a network), a
      // lower-case m is metres, "chấm điểm" is grading, a spaced hyphen is a list bullet.
      { text: 'mạng 5G', span: '5', kind: 'number', value: 5 },
      { text: 'đường dài 100m', span: '100', kind: 'number', value: 100 },
      { text: 'được 5 chấm điểm', span: '5', kind: 'number', value: 5 },
      { text: '- 279 HTX', span: '279', kind: 'number', value: 279 },
    ],
  },
  {
    id: 'number.shorthand',
    // Written by readNumber's extension: K/M/G glued to digits that stand alone (upper-case M and G only).
    examples: [
      { text: '100K', kind: 'number', value: 100000 },
      { text: '100k', kind: 'number', value: 100000 },
      { text: '3M', kind: 'number', value: 3e6 },
      { text: '1,2M', kind: 'number', value: 1.2e6 },
      { text: ',0012G', kind: 'number', value: 1.2e6 },
      { text: ',77', kind: 'number', value: 0.77 },
      { text: '-1200K', kind: 'number', value: -1.2e6 },
      { text: '-,0012G', kind: 'number', value: -1.2e6 },
    ],
    counterExamples: [
      { text: 'giấy khổ A4', span: 'A4', notKind: 'number', why: 'letters before the digits make a code' },
      { text: 'mã A3M', span: 'A3M', notKind: 'number', why: '3M inside a word is a code' },
      { text: 'Quyết định 12/QĐ-TTg', span: 'QĐ-TTg', notKind: 'number', why: 'no digits, no number' },
    ],
  },
  {
    id: 'number.spoken_decimal',
    examples: [
      { text: 'ba phẩy năm', kind: 'number', value: 3.5 },
      { text: '2 chấm 5', kind: 'number', value: 2.5 },
      { text: 'một chấm ba', kind: 'number', value: 1.3 },
    ],
  },
  {
    id: 'number.minus',
    // A hyphen glued to the number, at the start of a line or after a word: see minusBefore in quantities.ts.
    examples: [
      { text: '-1200000', kind: 'number', value: -1200000 },
      { text: '-5,5', kind: 'number', value: -5.5 },
    ],
    counterExamples: [
      { text: 'giai đoạn 2021 -2025', span: '-2025', notKind: 'number', why: 'a dash after a year is a span' },
      { text: '2 -3 HTX', span: '-3', notKind: 'number', why: 'a dash after a number is a range' },
      { text: 'ĐT 0913 -123-456', span: '-123', notKind: 'number', why: 'a phone number' },
      { text: 'từ 01/7 -30/9', span: '-30', notKind: 'number', why: 'a date span' },
    ],
  },
  {
    id: 'number.scaled',
    examples: [
      { text: '17 tỷ 792 triệu', kind: 'number', value: 17792000000 },
      { text: '1 tỷ 816 triệu', kind: 'number', value: 1816000000 },
      { text: '18 tỷ 066 triệu', kind: 'number', value: 18066000000 },
      { text: '2 nghìn tỷ', kind: 'number', value: 2e12 },
      { text: '5 nghìn', kind: 'number', value: 5000 },
      { text: '1,55 tỷ', kind: 'number', value: 1550000000 },
      { text: '3.664 tỷ', kind: 'number', value: 3664000000000 },
      { text: '3.5 triệu', kind: 'number', value: 3500000 },
      { text: '2 triệu rưỡi', kind: 'number', value: 2500000 },
    ],
  },
  {
    id: 'number.words',
    examples: [
      { text: 'một trăm hai mươi lăm', kind: 'number', value: 125 },
      { text: 'hai mươi mốt nghìn không trăm mười một', kind: 'number', value: 21011 },
      { text: 'bảy trăm hai mươi mốt nghìn không trăm mười hai', kind: 'number', value: 721012 },
      { text: 'ba trăm linh năm', kind: 'number', value: 305 },
      { text: 'hai trăm lẻ tư', kind: 'number', value: 204 },
      { text: 'mười bốn', kind: 'number', value: 14 },
      { text: 'ba mươi tư', kind: 'number', value: 34 },
      { text: 'hai chục', kind: 'number', value: 20 },
      { text: 'năm ngàn', kind: 'number', value: 5000 },
      { text: 'một tỉ', kind: 'number', value: 1e9 },
      { text: 'Ba quỹ tín dụng nhân dân', span: 'Ba', kind: 'number', value: 3 },
      { text: 'hai liên hiệp hợp tác xã', span: 'hai', kind: 'number', value: 2 },
    ],
    counterExamples: [
      { text: 'một số HTX', span: 'một', notKind: 'number', why: '"một số" is "some"' },
      { text: 'năm 2023', span: 'năm', notKind: 'number', why: '"năm" before a year is "year"' },
      { text: 'mỗi năm HTX cung ứng 2.000 tấn phân bón', span: 'năm', notKind: 'number', why: '"năm" after "mỗi" is "year"' },
      { text: 'hằng năm HTX trích quỹ', span: 'năm', notKind: 'number', why: '"năm" after "hằng" is "year"' },
      { text: 'tư vấn', span: 'tư', notKind: 'number', why: 'a lone number word is an ordinary word' },
      { text: 'doanh thu bình quân của một HTX', span: 'một', notKind: 'number', why: '"một HTX" is "a cooperative", the denominator of an average' },
      { text: 'hơn một phần ba sản phẩm OCOP', span: 'ba', notKind: 'number', why: '"một phần ba" is a fraction, "ba" its denominator' },
      { text: 'giám sát để không quỹ nào phát sinh rủi ro', span: 'không', notKind: 'number', why: '"không" before a noun is "no", not zero' },
      { text: 'không HTX nào bị xếp loại yếu', span: 'không', notKind: 'number', why: '"không" before a noun is "no", not zero' },
    ],
  },
];

const DIGITS_SOURCE: Record<NumberStyle, string> = {
  // A thousands group is exactly three digits, so "30.6.2023" never reads as thousands. A
  // single separator before a group that is not three digits long can only be a
  // decimal point, whatever the style: "3.5 triệu" in a Vietnamese text is 3,5 triệu.
  vi: '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\d)|\\d+\\.(?!\\d{3}(?!\\d))\\d+(?![\\d.,])|\\d+(?:,\\d+)?',
  en: '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+,(?!\\d{3}(?!\\d))\\d+(?![\\d.,])|\\d+(?:\\.\\d+)?',
};

const EN_EVIDENCE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3},\d{3}\.\d+(?![\d.,])|\d+\.\d{1,2} ?%)/g;
const VI_EVIDENCE = /(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d{1,3}\.\d{3},\d+(?![\d.,])|\d+,\d{1,2} ?%)/g;

/**
 * The number style of a whole text. Vietnamese unless the text itself proves
 * English and nothing in it proves Vietnamese: proof is a number only one style
 * can read (1,234,567 or 1,234.5 or 12.5% for English; 1.234.567 or 1.234,5 or
 * 12,5% for Vietnamese). "3,664" and "140.749" prove nothing: they are what the
 * decision is for, and on a tie the house style of the press releases wins.
 */
export function detectNumberStyle(text: string): NumberStyle {
  EN_EVIDENCE.lastIndex = 0;
  if (!EN_EVIDENCE.test(text)) return 'vi';
  VI_EVIDENCE.lastIndex = 0;
  return VI_EVIDENCE.test(text) ? 'vi' : 'en';
}

/** A digit string as written; kept apart so that "3,664 tỷ" multiplies without rounding. */
export interface Digits {
  int: string;
  frac: string;
}

// The other style's separator before a group of other than three digits (see DIGITS_SOURCE).
const OTHER_DECIMAL: Record<NumberStyle, RegExp> = { vi: /^\d+\.(?!\d{3}$)\d+$/, en: /^\d+,(?!\d{3}$)\d+$/ };

export function splitDigits(s: string, style: NumberStyle): Digits {
  let [thousands, decimal] = style === 'vi' ? ['.', ','] : [',', '.'];
  if (OTHER_DECIMAL[style].test(s)) [thousands, decimal] = [decimal, thousands];
  const d = s.indexOf(decimal);
  const i = d < 0 ? s : s.slice(0, d);
  return { int: i.includes(thousands) ? i.split(thousands).join('') : i, frac: d < 0 ? '' : s.slice(d + 1) };
}

export function digitsValue(d: Digits, scale = 1): number {
  if (d.frac === '') return Number(d.int) * scale;
  const den = 10 ** d.frac.length;
  // Integer arithmetic when the scale absorbs the decimals (3,664 × 10⁹ = 3664 × 10⁶).
  if (scale % den === 0) return Number(d.int + d.frac) * (scale / den);
  return Number(`${d.int}.${d.frac}`) * scale;
}

export function parseDigits(s: string, style: NumberStyle): number {
  return digitsValue(splitDigits(s, style));
}

type Token = { kind: 'num'; digits: Digits; start: number; end: number } | { kind: 'word'; word: string; start: number; end: number };

const WORD_ALT = [...NUMBER_WORD_LIST].sort((a, b) => b.length - a.length).join('|');
const tokenRes = new Map<NumberStyle, RegExp>();
function tokenRe(style: NumberStyle): RegExp {
  let r = tokenRes.get(style);
  if (!r) {
    // Reads lowercased text: number words are matched without the i flag.
    r = compile(`[ \\t]*(?:(${DIGITS_SOURCE[style]})|(${WORD_ALT})(?![\\p{L}\\p{N}]))`, 'uy');
    tokenRes.set(style, r);
  }
  return r;
}

export function digitsSource(style: NumberStyle): string {
  return DIGITS_SOURCE[style];
}

/** A number read at a position: its value and how it was written. */
export interface NumberReading {
  start: number;
  end: number;
  value: number;
  /** At least one scale word (nghìn, triệu, tỷ) took part. */
  scaled: boolean;
  /** Written with words only ("hai mươi"), and how many words. */
  spelled: boolean;
  words: number;
  /** The plain digits when the reading is one digit token with no scale. */
  plain: string | null;
  /** Scale of the first group (10⁶ for "5 triệu"), 1 without one. */
  multiplier: number;
  /** How many groups were read ("17 tỷ 792 triệu" is two). */
  groups: number;
  /** The digits of a lone digit token, as split (null for words or several tokens). */
  digits: Digits | null;
  /** Read by an extension: a K/M/G shorthand or a spoken decimal. */
  form?: 'shorthand' | 'spoken_decimal';
}

function tokenize(text: string, pos: number, style: NumberStyle): Token[] {
  const r = tokenRe(style);
  const out: Token[] = [];
  r.lastIndex = pos;
  for (let n = 0; n < 16; n++) {
    const at = r.lastIndex;
    const m = r.exec(text);
    if (!m) break;
    if (n === 0 && m.index !== pos) break;
    const start = at + (m[0].length - (m[1] ?? m[2] ?? '').length);
    if (m[1] !== undefined) {
      // Two digit groups in a row are two numbers, not one.
      if (out.length > 0 && out[out.length - 1]!.kind === 'num') break;
      out.push({ kind: 'num', digits: splitDigits(m[1], style), start, end: r.lastIndex });
    } else out.push({ kind: 'word', word: m[2]!, start, end: r.lastIndex });
  }
  return out;
}

/** Reads below-thousand words from tokens[i]: returns value and next index, or null. */
function subThousand(t: Token[], i: number): { value: number; next: number } | null {
  const w = (k: number) => {
    const tok = t[k];
    return tok && tok.kind === 'word' ? tok.word : undefined;
  };
  let value = 0;
  let k = i;
  let hundred = false;
  const d0 = DIGIT_WORDS[w(k) ?? ''];
  if (d0 !== undefined && w(k + 1) === 'trăm') {
    value = d0 * 100;
    k += 2;
    hundred = true;
    const lw = w(k);
    if (lw === 'linh' || lw === 'lẻ') {
      const u = UNIT_AFTER_MUOI[w(k + 1) ?? ''] ?? (w(k + 1) === 'năm' ? 5 : undefined);
      if (u === undefined) return { value, next: k };
      return { value: value + u, next: k + 2 };
    }
  }
  const x = w(k);
  if (x === 'mười') {
    const u = UNIT_AFTER_MUOI_10[w(k + 1) ?? ''];
    return u === undefined ? { value: value + 10, next: k + 1 } : { value: value + 10 + u, next: k + 2 };
  }
  const d = DIGIT_WORDS[x ?? ''];
  if (d !== undefined && d > 0 && (w(k + 1) === 'mươi' || w(k + 1) === 'chục')) {
    if (w(k + 1) === 'chục') return { value: value + d * 10, next: k + 2 };
    const u = UNIT_AFTER_MUOI[w(k + 2) ?? ''];
    return u === undefined ? { value: value + d * 10, next: k + 2 } : { value: value + d * 10 + u, next: k + 3 };
  }
  if (hundred) return { value, next: k };
  if (d !== undefined) return { value: d, next: k + 1 };
  return null;
}

/**
 * Reads the longest number starting exactly at `pos`: digits or words, then
 * groups of scale words. Groups must shrink (17 tỷ 792 triệu), consecutive
 * scales multiply (2 nghìn tỷ), and digits after a group need a scale of their
 * own ("17 tỷ 792" stops before 792).
 */
export function readNumber(text: string, pos: number, style: NumberStyle, printed?: string): NumberReading | null {
  let r = readPlainNumber(text, pos, style);
  if (!r) return null;
  // A bare leading decimal comma (",77", ",0012G"), at the start or after a space, a sign or a bracket.
  if (pos > 0 && text.charCodeAt(pos - 1) === 44 && r.digits && r.digits.frac === '' && (pos === 1 || LEADING_COMMA_BEFORE.test(text[pos - 2]!))) {
    const digits = { int: '0', frac: r.digits.int };
    r = { ...r, start: pos - 1, value: digitsValue(digits), digits, plain: null, form: 'shorthand' };
  }
  return extendNumber(text, r, printed ?? text);
}
const LEADING_COMMA_BEFORE = /[\s(\-]/;

/** Fraction digits spoken after "phẩy"/"chấm": digits, or digit words read one by one ("ba năm" = 35). */
const SPOKEN_DECIMAL = compile(
  `[ \\t]+(?:phẩy|chấm)[ \\t]+(?:(\\d+)(?![\\p{N}]|[.,]\\p{N})|((?:${Object.keys(DIGIT_WORDS).join('|')})(?:[ \\t]+(?:${Object.keys(DIGIT_WORDS).join('|')}))*)(?![\\p{L}\\p{N}]))`,
  'uy',
);
const SHORTHAND_SCALE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };
const WORD_OR_DIGIT = /[\p{L}\p{N}_]/u;

/**
 * What may follow a plain number and still belong to it: a spoken decimal
 * ("ba phẩy năm", "2 chấm 23") or a K/M/G shorthand glued to the digits ("100K",
 * "1,2M", ",0012G"; M and G only upper case: "100m" is metres, "5G" a network).
 * `printed` is the text as printed (the case of M/G).
 */
function extendNumber(lower: string, r: NumberReading, printed: string): NumberReading {
  if (r.groups !== 1 || r.multiplier !== 1) return r;
  const next = lower.charCodeAt(r.end);
  if (next === 32 || next === 9) {
    const c = lower[r.end + 1];
    if (c !== 'p' && c !== 'c' && c !== ' ' && c !== '\t') return r;
    if (r.digits !== null && r.digits.frac !== '') return r;
    SPOKEN_DECIMAL.lastIndex = r.end;
    const m = SPOKEN_DECIMAL.exec(lower);
    if (!m) return r;
    const frac = m[1] ?? m[2]!.split(/[ \t]+/).map((w) => String(DIGIT_WORDS[w])).join('');
    const int = r.digits ? r.digits.int : String(r.value);
    const words = m[2] ? m[2].split(/[ \t]+/).length + 1 : 1;
    return { ...r, end: r.end + m[0].length, value: Number(`${int}.${frac}`), plain: null, words: r.words + (r.spelled ? words : 0), spelled: r.spelled && !m[1], digits: null, form: 'spoken_decimal' };
  }
  if (r.digits === null) return r;
  const k = printed[r.end]!;
  const scale = SHORTHAND_SCALE[k];
  if (scale === undefined) return r;
  if (r.end + 1 < lower.length && WORD_OR_DIGIT.test(lower[r.end + 1]!)) return r;
  if (k === 'G' && r.digits.frac === '') return r;
  return { ...r, end: r.end + 1, value: digitsValue(r.digits, scale), scaled: true, plain: null, multiplier: scale, digits: null, form: 'shorthand' };
}

function readPlainNumber(text: string, pos: number, style: NumberStyle): NumberReading | null {
  const t = tokenize(text, pos, style);
  if (t.length === 0) return null;
  let i = 0;
  let total = 0;
  let lastMultiplier = Infinity;
  let end = pos;
  let scaled = false;
  let allWords = true;
  let wordCount = 0;
  let plain: string | null = null;
  let groups = 0;
  let first = 1;
  let firstDigits: Digits | null = null;
  while (i < t.length) {
    const tok = t[i]!;
    let base: Digits | number;
    let next: number;
    if (tok.kind === 'num') {
      base = tok.digits;
      next = i + 1;
    } else {
      const sub = subThousand(t, i);
      if (!sub) break;
      base = sub.value;
      next = sub.next;
    }
    let multiplier = 1;
    let k = next;
    let half = 0;
    while (k < t.length) {
      const s = t[k]!;
      if (s.kind !== 'word') break;
      const sc = SCALES[s.word];
      if (sc === undefined) break;
      multiplier *= sc;
      k++;
    }
    if (multiplier > 1 && t[k]?.kind === 'word' && (t[k] as { word: string }).word === 'rưỡi') {
      half = multiplier / 2;
      k++;
    }
    const groupEnd = t[k - 1]!.end;
    if (groups > 0) {
      // A trailing group without a scale is only taken when spelled ("… nghìn không trăm mười một").
      if (multiplier >= lastMultiplier) break;
      if (multiplier === 1 && tok.kind === 'num') break;
    }
    const v = typeof base === 'number' ? base * multiplier : digitsValue(base, multiplier);
    total += v + half;
    if (tok.kind === 'num') allWords = false;
    wordCount += tok.kind === 'word' ? next - i : 0;
    if (multiplier > 1) scaled = true;
    if (groups === 0 && tok.kind === 'num' && multiplier === 1) plain = text.slice(tok.start, tok.end);
    end = groupEnd;
    if (groups === 0) {
      first = multiplier;
      if (tok.kind === 'num') firstDigits = tok.digits;
    }
    lastMultiplier = multiplier;
    groups++;
    i = k;
    if (multiplier === 1) break;
  }
  if (groups === 0) return null;
  if (groups > 1 || scaled) plain = null;
  return { start: pos, end, value: total, scaled, spelled: allWords, words: wordCount, plain, multiplier: first, groups, digits: groups === 1 && !scaled ? firstDigits : null };
}
