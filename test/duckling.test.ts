// Duckling's Vietnamese corpora (numerals, ordinals, money, time) as an
// external test suite, read from corpus/shared/external/duckling-vi (a byte-checked copy of ../shared).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mention } from '../schemas/records.js';
import { findMentions } from '../extractors/mentions/index.js';
import { QUALIFIER_RULES } from '../extractors/mentions/qualifiers.js';
import type { MentionOptions } from '../extractors/types.js';
import { sharedFile } from '../extractors/paths.js';

const corpusDir = sharedFile('external', 'duckling-vi');

interface Amount {
  /** A number (numeral, money) or a local date-time string (time). */
  value: number | string;
  unit?: string;
  grain?: string;
}
interface DucklingCase {
  input: string;
  expected: null | ({ type: 'value' } & Amount) | { type: 'interval'; from?: Amount; to?: Amount };
  negative?: boolean;
  group?: number;
  source_line: number;
}
interface Corpus {
  dimension: 'numeral' | 'ordinal' | 'amount-of-money' | 'time';
  reference_time: string;
  cases: DucklingCase[];
}

const load = (f: string): Corpus => JSON.parse(readFileSync(path.join(corpusDir, f), 'utf8')) as Corpus;
const corpora = ['numeral.json', 'ordinal.json', 'amount-of-money.json', 'time.json'].map(load);

/**
 * Cases outside what htxpress reads, one row per group with the reason.
 * htxpress reads report dates at day grain: clock times, parts of a day and
 * second/minute/hour spans stay out (the day inside them is still read, see
 * DAY_INSIDE). Weekdays, "the first day/week of …", seasons and Christmas are read
 * against the reference date; K/M/G shorthand, foreign currencies, cents and
 * spoken decimals are read as well.
 * Key: dimension, then the exact inputs.
 */
const OUT_OF_SCOPE: { dimension: Corpus['dimension']; inputs: string[]; reason: string }[] = [
  {
    dimension: 'numeral',
    inputs: ['- 1.200.000'],
    reason: 'a hyphen and a space before a number is a list bullet in these texts ("- 279 HTX"); a glued minus ("-1200K") and "âm" are read',
  },
  {
    dimension: 'numeral',
    inputs: ['không', 'một', 'hai', 'trăm'],
    reason: 'a lone number word is an ordinary word in running text (không = not, một số = some, hàng trăm = hundreds)',
  },
  {
    dimension: 'ordinal',
    inputs: ['đầu tiên'],
    reason: '"đầu tiên" (first) carries no digit and no quantity; ordinals are references without a value',
  },
  {
    dimension: 'time',
    inputs: [
      'bây giờ',
      'ngay bây giờ',
      'ngay lúc này',
      'vào lúc 2 giờ sáng',
      'lúc 2 giờ sáng',
      '1:18 sáng',
      'lúc 3 giờ tối',
      'vào lúc 3 giờ chiều',
      'vào đúng 3 giờ chiều',
      'vào khoảng 3 giờ chiều',
      'khoảng 3 giờ chiều',
      '3 giờ rưỡi chiều',
      '3:30 chiều',
      'ba giờ rưỡi chiều',
      '2:30',
      'hai giờ rưỡi',
      '15:23:24',
      '11 giờ kém 15',
      '10 giờ 45 phút',
      '10:45',
      '10 giờ 45',
      '10h45',
      '10g45',
      '8 giờ tối nay',
      'vào lúc 7:30 chiều ngày 20 tháng 4 năm 2017',
      '7:30 chiều ngày 20/4/2017',
      '4pm CET',
      'hôm nay lúc 2 giờ chiều',
      'lúc 2 giờ chiều',
      'lúc 4:00 chiều ngày 23/4',
      'lúc 4 giờ chiều ngày 23 tháng 4',
      '3 giờ chiều ngày mai',
      'lúc 1:30 chiều',
      'lúc 1 giờ 30 chiều',
      '10:30',
    ],
    reason:
      'clock times (hour/minute/second grain): htxpress reads report dates at day grain and a clock time as a reference; the day inside "lúc … ngày …" is still checked (DAY_INSIDE)',
  },
  {
    dimension: 'time',
    inputs: [
      'tối nay',
      'tối hôm nay',
      'tối mai',
      'tối ngày mai',
      'trưa mai',
      'trưa ngày mai',
      'tối qua',
      'tối hôm qua',
      'sáng chủ nhật',
      'sáng chúa nhật',
      'sau bữa trưa',
      'buổi sáng nay',
    ],
    reason: 'parts of a day (hour-grain intervals)',
  },
  {
    dimension: 'time',
    inputs: [
      '2 giây vừa rồi',
      '3 giây tới',
      '3 giây tiếp theo',
      '3 s tiếp theo',
      '2 phút vừa rồi',
      '3 phút tới',
      '3 phút tiếp theo',
      'một tiếng vừa rồi',
      '1 giờ vừa qua',
      '3 tiếng tiếp theo',
      '3 giờ tới',
    ],
    reason: 'second, minute and hour spans',
  },
];
const outOfScope = new Map<string, string>();
for (const row of OUT_OF_SCOPE) for (const i of row.inputs) outOfScope.set(`${row.dimension}|${i}`, row.reason);

const QUALIFIER_BEFORE = new Set(QUALIFIER_RULES.flatMap((r) => r.before ?? []));
const QUALIFIER_AFTER = new Set(QUALIFIER_RULES.flatMap((r) => r.after ?? []));

/**
 * Whether `m` covers the whole input. Our span convention leaves qualifier words
 * outside the mention ("dưới bảy ngàn đồng" → "bảy ngàn đồng", qualifier under),
 * so the uncovered head/tail may be exactly a qualifier phrase of our table
 * ("từ" only with "trở lên/xuống" after).
 */
function coversInput(input: string, m: Mention): boolean {
  const head = input.slice(0, m.start).trim().toLowerCase().replace(/\s+/g, ' ');
  const tail = input.slice(m.end).trim().toLowerCase().replace(/\s+/g, ' ');
  // A sentence's final full stop ("1 AED.") is not part of the amount.
  if (head === '' && (tail === '' || tail === '.')) return true;
  if (!m.qualifier) return false;
  const headOk = head === '' || QUALIFIER_BEFORE.has(head) || (head === 'từ' && QUALIFIER_AFTER.has(tail));
  return headOk && (tail === '' || QUALIFIER_AFTER.has(tail));
}

const day = (s: string) => s.slice(0, 10);
function minusOneDay(s: string): string {
  const d = new Date(`${day(s)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
function grainEnd(start: string, grain: string): string {
  const d = new Date(`${day(start)}T00:00:00Z`);
  const months = grain === 'month' ? 1 : grain === 'quarter' ? 3 : grain === 'year' ? 12 : 0;
  d.setUTCMonth(d.getUTCMonth() + months);
  if (grain === 'week') d.setUTCDate(d.getUTCDate() + 7);
  return minusOneDay(d.toISOString());
}
/** Duckling's currency units in ours: "$" (its ambiguous dollar) is USD in Vietnamese releases, "£" is GBP. */
const currency = (u: string | undefined) => (u === '$' ? 'USD' : u === '£' ? 'GBP' : u);

/** Why `m` is not the reading Duckling expects, or null when it is. */
function mismatch(dim: Corpus['dimension'], c: DucklingCase, m: Mention): string | null {
  const e = c.expected!;
  if (dim === 'numeral') return m.kind === 'number' && m.value === (e as Amount).value ? null : 'number';
  if (dim === 'ordinal') return m.kind === 'reference' && m.refType === 'ordinal' ? null : 'ordinal reference';
  if (dim === 'amount-of-money') {
    if (e.type === 'value') return m.kind === 'money' && m.value === e.value && m.unit === currency(e.unit) ? null : 'money';
    if (e.from && e.to)
      return m.kind === 'range' && m.value === e.from.value && m.valueMax === e.to.value && m.unit === currency(e.from.unit) ? null : 'money range';
    const bound = (e.from ?? e.to)!;
    const q = e.from ? 'over' : 'under';
    return m.kind === 'money' && m.value === bound.value && m.unit === currency(bound.unit) && m.qualifier === q ? null : `money ${q}`;
  }
  if (e.type === 'value') {
    if (e.grain === 'day') return m.kind === 'date' && m.value === day(String(e.value)) ? null : 'date';
    const want = { start: day(String(e.value)), end: grainEnd(String(e.value), e.grain!) };
    return m.kind === 'period' && JSON.stringify(m.value) === JSON.stringify(want) ? null : `period ${JSON.stringify(want)}`;
  }
  const want = { start: day(String(e.from!.value)), end: minusOneDay(String(e.to!.value)) };
  return m.kind === 'period' && JSON.stringify(m.value) === JSON.stringify(want) ? null : `period ${JSON.stringify(want)}`;
}

const tally = { inScope: 0, passed: 0, negatives: 0, negativesPassed: 0, outOfScope: 0 };
const failures: string[] = [];

for (const corpus of corpora) {
  const opts: MentionOptions = corpus.dimension === 'time' ? { referenceDate: corpus.reference_time.slice(0, 10) } : {};
  describe(`duckling ${corpus.dimension}`, () => {
    for (const c of corpus.cases) {
      if (c.negative) {
        tally.negatives++;
        it(`finds no date or period in "${c.input}"`, () => {
          const found = findMentions(c.input, opts).filter((m) => m.kind === 'date' || m.kind === 'period');
          expect(found).toEqual([]);
          tally.negativesPassed++;
        });
        continue;
      }
      if (outOfScope.has(`${corpus.dimension}|${c.input}`)) {
        tally.outOfScope++;
        continue;
      }
      tally.inScope++;
      it(`reads "${c.input}" (line ${c.source_line})`, () => {
        const ms = findMentions(c.input, opts);
        const whole = ms.filter((m) => coversInput(c.input, m));
        const problem =
          whole.length !== 1
            ? `${whole.length} whole-input mentions: ${JSON.stringify(ms)}`
            : (() => {
                const why = mismatch(corpus.dimension, c, whole[0]!);
                return why && `expected ${why}, got ${JSON.stringify(whole[0])}`;
              })();
        if (problem) failures.push(`${corpus.dimension} "${c.input}": ${problem}`);
        else tally.passed++;
      });
    }
  });
}

/**
 * Out of scope as one token (clock time + day), but the day inside must still
 * be read at day grain: htxpress gives a time reference and a date.
 */
const DAY_INSIDE = [
  'vào lúc 7:30 chiều ngày 20 tháng 4 năm 2017',
  '7:30 chiều ngày 20/4/2017',
  'lúc 4:00 chiều ngày 23/4',
  'lúc 4 giờ chiều ngày 23 tháng 4',
  '3 giờ chiều ngày mai',
  'hôm nay lúc 2 giờ chiều',
];
describe('duckling: the day inside a clock time', () => {
  const time = corpora.find((c) => c.dimension === 'time')!;
  it.each(DAY_INSIDE)('reads the day of "%s"', (input) => {
    const c = time.cases.find((k) => k.input === input)!;
    expect(outOfScope.has(`time|${input}`)).toBe(true);
    const ms = findMentions(input, { referenceDate: time.reference_time.slice(0, 10) });
    const dates = ms.filter((m) => m.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(c.expected?.type).toBe('value');
    expect(dates[0]!.value).toBe(day(String((c.expected as Amount).value)));
  });
});

describe('duckling summary', () => {
  afterAll(() => {
    const rate = tally.inScope ? (100 * tally.passed) / tally.inScope : 0;
    console.log(
      `Duckling VI: in-scope ${tally.passed}/${tally.inScope} (${rate.toFixed(1)}%), negatives ${tally.negativesPassed}/${tally.negatives}, out of scope ${tally.outOfScope}`,
    );
    for (const f of failures) console.log(`  fails: ${f}`);
  });
  it('passes at least 99% of in-scope positive cases', () => {
    expect(tally.inScope).toBeGreaterThan(0);
    expect(tally.passed / tally.inScope, failures.join('\n')).toBeGreaterThanOrEqual(0.99);
  });
  it('lists only inputs that exist in the corpus as out of scope', () => {
    const all = new Set(corpora.flatMap((c) => c.cases.map((k) => `${c.dimension}|${k.input}`)));
    for (const key of outOfScope.keys()) expect(all.has(key), key).toBe(true);
  });
});
