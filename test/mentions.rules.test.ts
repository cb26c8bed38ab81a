// Every row of every mention table reads its own examples, alone and inside a
// sentence (so spans are checked as offsets), and refuses its counter-examples.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../schemas/records.js';
import {
  COVERAGE_RULES,
  DATE_RULES,
  DATE_SPAN_RULE,
  findMentions,
  NUMBER_RULES,
  QUALIFIER_RULES,
  QUANTITY_RULES,
  REFERENCE_RULES,
  UNIT_RULES,
} from '../extractors/mentions/index.js';
import type { RuleExample, RuleRow } from '../extractors/mentions/rule.js';

const TABLES: Record<string, RuleRow[]> = {
  numbers: NUMBER_RULES,
  units: UNIT_RULES,
  quantities: QUANTITY_RULES,
  qualifiers: QUALIFIER_RULES,
  dates: [...DATE_RULES, DATE_SPAN_RULE],
  references: REFERENCE_RULES,
  coverage: COVERAGE_RULES,
};
// A qualifier row bounds a quantity another row reads: its examples are checked without the rule id.
const CHECKS_RULE_ID = (table: string) => table !== 'qualifiers';
const OPTIONAL = ['unit', 'valueMax', 'denominator', 'per', 'qualifier', 'refType', 'label', 'resolved'] as const;

function expectReading(ms: Mention[], text: string, ex: RuleExample, at: number, ruleId: string | null): void {
  const span = ex.span ?? ex.text;
  const m = ms.find((x) => x.start === at && x.text === span);
  expect(m, `no mention "${span}" at ${at} in ${JSON.stringify(text)}: ${JSON.stringify(ms.map((x) => [x.kind, x.text]))}`).toBeDefined();
  expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  expect(m!.kind).toBe(ex.kind);
  expect(m!.value).toEqual(ex.value);
  if (ruleId) expect(m!.rule).toBe(ruleId);
  for (const f of OPTIONAL) if (ex[f] !== undefined) expect(m![f], f).toEqual(ex[f]);
}

describe.each(Object.entries(TABLES))('%s table', (table, rows) => {
  it('has examples on every row', () => {
    for (const row of rows) expect(row.examples.length, row.id).toBeGreaterThan(0);
  });
  for (const row of rows) {
    describe(row.id, () => {
      it.each(row.examples.map((e) => [e.text, e] as const))('reads %s', (_t, ex) => {
        const rule = CHECKS_RULE_ID(table) ? row.id : null;
        const alone = findMentions(ex.text, ex.opts);
        expectReading(alone, ex.text, ex, ex.text.indexOf(ex.span ?? ex.text), rule);
        const prefix = 'Theo báo cáo, ';
        const sentence = `${prefix}${ex.text}; xem thêm.`;
        expectReading(findMentions(sentence, ex.opts), sentence, ex, prefix.length + ex.text.indexOf(ex.span ?? ex.text), rule);
      });
      for (const c of row.counterExamples ?? []) {
        it(`refuses ${c.text} (${c.why})`, () => {
          const ms = findMentions(c.text, c.opts);
          const span = c.span ?? c.text;
          const s = c.text.indexOf(span);
          const e = s + span.length;
          if (c.notKind) expect(ms.filter((m) => m.kind === c.notKind && m.start < e && m.end > s)).toEqual([]);
          if (c.noQualifier) {
            const m = ms.find((x) => x.start === s && x.end === e);
            expect(m).toBeDefined();
            expect(m!.qualifier).toBeUndefined();
          }
        });
      }
    });
  }
});

describe('rule ids', () => {
  it('are unique across tables', () => {
    const ids = Object.values(TABLES).flatMap((rows) => rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('number style', () => {
  // The style is decided per text from numbers only one style can read; on no evidence, Vietnamese.
  it('reads an ambiguous group the Vietnamese way by default', () => {
    const [m] = findMentions('Doanh thu đạt 3,664 tỷ đồng.');
    expect(m!.value).toBe(3.664e9);
  });
  it('switches to English when the text proves it and nothing proves Vietnamese', () => {
    const text = 'Revenue 1,234,567 USD, margin 12.5%, growth 3,664 units.';
    const ms = findMentions(text);
    expect(ms.find((m) => m.text.startsWith('1,234,567'))!.value).toBe(1234567);
    expect(ms.find((m) => m.text === '12.5%')!.value).toBe(12.5);
    expect(ms.find((m) => m.text === '3,664')!.value).toBe(3664);
  });
  it('stays Vietnamese when both kinds of evidence appear', () => {
    const text = 'Vốn 403.589.137.000 đồng; tỷ lệ 12.5% (sic); 3,664 tỷ đồng.';
    expect(findMentions(text).find((m) => m.text === '3,664 tỷ đồng')!.value).toBe(3.664e9);
  });
  it('obeys an explicit style', () => {
    expect(findMentions('140.749', { numberStyle: 'en' })[0]!.value).toBe(140.749);
    expect(findMentions('140.749', { numberStyle: 'vi' })[0]!.value).toBe(140749);
  });
});

describe('references and look-alike quantities', () => {
  const cases: [string, string, Mention['kind']][] = [
    ['Liên hệ ĐT: 0296 3852 123 để biết thêm.', '0296 3852 123', 'reference'],
    ['Tổng vốn 0,296 tỷ đồng.', '0,296 tỷ đồng', 'money'],
    ['Luật Hợp tác xã năm 2012 quy định rõ.', 'Luật Hợp tác xã năm 2012', 'reference'],
    ['Trong năm 2012 có 20 HTX mới.', 'năm 2012', 'period'],
    ['Đại hội lần thứ 5 đã thành công.', 'lần thứ 5', 'reference'],
    ['Đã tổ chức 5 lần hội thi.', '5 lần', 'number'],
    ['Tổng lượt truy cập: 12.345', 'Tổng lượt truy cập: 12.345', 'reference'],
    ['Tổng số lao động: 12.345 người.', '12.345', 'number'],
  ];
  it.each(cases)('%s → %s is a %s', (text, span, kind) => {
    const m = findMentions(text).find((x) => x.text.includes(span) || span.includes(x.text));
    expect(m?.kind).toBe(kind);
    if (kind === 'reference') expect(m!.value).toBeNull();
  });
});
