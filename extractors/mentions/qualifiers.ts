// Words that bound a quantity without being part of it. They stay outside the
// mention's span and go into its `qualifier`.
import type { Qualifier } from '../../schemas/records.js';
import { compile, type RuleRow } from './rule.js';

export interface QualifierRow extends RuleRow {
  qualifier: Exclude<Qualifier, 'exact'>;
  /** Phrases printed before the number. */
  before?: string[];
  /** Phrases printed after the mention ("trở lên"). */
  after?: string[];
}

export const QUALIFIER_RULES: QualifierRow[] = [
  {
    id: 'qualifier.approx',
    qualifier: 'approx',
    before: ['khoảng chừng', 'tầm khoảng', 'vào khoảng', 'ước khoảng', 'ước chừng', 'xấp xỉ', 'khoảng', 'chừng', 'tầm', 'ước tính'],
    examples: [
      { text: 'khoảng 100 sản phẩm', span: '100', kind: 'number', value: 100, qualifier: 'approx' },
      { text: 'xấp xỉ 2,5 tỷ đồng', span: '2,5 tỷ đồng', kind: 'money', value: 2.5e9, qualifier: 'approx' },
      { text: 'ước chừng 40%', span: '40%', kind: 'percent', value: 40, qualifier: 'approx' },
    ],
  },
  {
    id: 'qualifier.over',
    qualifier: 'over',
    before: ['không ít hơn', 'nhiều hơn', 'cao hơn', 'ít nhất', 'tối thiểu', 'hơn', 'trên', 'ngoài'],
    after: ['trở lên'],
    examples: [
      { text: 'hơn 400 đơn vị', span: '400', kind: 'number', value: 400, qualifier: 'over' },
      { text: 'trên 1.500 lượt cán bộ', span: '1.500 lượt', kind: 'number', value: 1500, unit: 'lượt', qualifier: 'over' },
      { text: 'ngoài 60 tuổi', span: '60 tuổi', kind: 'number', value: 60, unit: 'tuổi', qualifier: 'over' },
      { text: '50 ha trở lên', span: '50 ha', kind: 'area', value: 50, qualifier: 'over' },
    ],
    counterExamples: [
      { text: 'hoạt động trên 06 lĩnh vực', span: '06', noQualifier: true, why: '"active in six sectors", not "over six"' },
    ],
  },
  {
    id: 'qualifier.under',
    qualifier: 'under',
    before: ['không cao hơn', 'không vượt quá', 'không hơn', 'không quá', 'không tới', 'chưa đến', 'chưa tới', 'ít hơn', 'kém hơn', 'tối đa', 'dưới'],
    after: ['trở xuống'],
    examples: [
      { text: 'dưới 30 tuổi', span: '30 tuổi', kind: 'number', value: 30, unit: 'tuổi', qualifier: 'under' },
      { text: 'chưa đến 5%', span: '5%', kind: 'percent', value: 5, qualifier: 'under' },
    ],
  },
  {
    id: 'qualifier.nearly',
    qualifier: 'nearly',
    before: ['gần như', 'gần'],
    examples: [{ text: 'gần 200 tổ hợp tác', span: '200', kind: 'number', value: 200, qualifier: 'nearly' }],
  },
];

/** A phrase that makes the qualifier word mean something else ("hoạt động trên": active in). */
const NOT_A_QUALIFIER = /(?:hoạt\s+động|có\s+mặt)\s+trên\s*$/u;

const BEFORE = new Map<string, Qualifier>();
const AFTER = new Map<string, Qualifier>();
for (const row of QUALIFIER_RULES) {
  for (const p of row.before ?? []) BEFORE.set(p, row.qualifier);
  for (const p of row.after ?? []) AFTER.set(p, row.qualifier);
}
const alt = (ps: Iterable<string>) =>
  [...ps]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
// Both read the lowercased text.
const BEFORE_RE = compile(`(?<![\\p{L}])(${alt(BEFORE.keys())})\\s*$`, 'u');
const AFTER_RE = compile(`\\s*(${alt(AFTER.keys())})(?![\\p{L}])`, 'uy');

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

// The last word of every phrase: most numbers have none of them before, and a word check is cheap.
const BEFORE_LAST_WORDS = new Set([...BEFORE.keys()].map((p) => p.split(' ').pop()!));
const LETTER = /[\p{L}]/u;

/** The qualifier printed just before `start`, if any (`text` lowercased). */
export function qualifierBefore(text: string, start: number): Qualifier | undefined {
  let e = start;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\n')) e--;
  let s = e;
  while (s > 0 && e - s < 10 && LETTER.test(text[s - 1]!)) s--;
  if (!BEFORE_LAST_WORDS.has(text.slice(s, e))) return undefined;
  const head = text.slice(Math.max(0, start - 24), start);
  const m = BEFORE_RE.exec(head);
  if (!m) return undefined;
  if (NOT_A_QUALIFIER.test(head)) return undefined;
  return BEFORE.get(norm(m[1]!));
}

/** The qualifier printed just after `end` ("trở lên"), if any (`text` lowercased). */
export function qualifierAfter(text: string, end: number): Qualifier | undefined {
  AFTER_RE.lastIndex = end;
  const m = AFTER_RE.exec(text);
  return m ? AFTER.get(norm(m[1]!)) : undefined;
}
