// Numbers written the Vietnamese way, embedded in random sentence context,
// read back to the same value with the exact span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../schemas/records.js';
import { findMentions } from '../extractors/mentions/index.js';

/** 1234567 → "1.234.567" */
function dotted(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const before = fc.constantFrom(
  'Toàn tỉnh có',
  'Tổng số thành viên là',
  'Năm nay, các hợp tác xã đạt',
  'Theo báo cáo của Liên minh, con số đạt',
  'Trong đó có',
  'Tổng vốn điều lệ',
  'Doanh thu ước đạt',
  'Ban Chấp hành ghi nhận',
  '',
);
const after = fc.constantFrom('', '.', ',', ';', ' và còn tăng.', ' trong kỳ báo cáo.', ' so với cùng kỳ.', ')', ' (ước tính).');
const counted = fc.constantFrom('HTX', 'thành viên', 'lao động', 'tổ viên', 'quỹ tín dụng', 'người');
const moneyUnit = fc.constantFrom('đồng', 'VNĐ', 'VND', 'đ');

/** Puts `phrase` between random context and returns the text and where the phrase starts. */
const inSentence = <P extends { printed: string; tail?: string }>(phrase: fc.Arbitrary<P>) =>
  fc.tuple(before, phrase, after).map(([b, p, a]) => {
    const head = b ? `${b} ` : '';
    return { ...p, text: `${head}${p.printed}${p.tail ?? ''}${a}`, at: head.length };
  });

function mentionAt(ms: Mention[], at: number, printed: string): Mention | undefined {
  return ms.find((m) => m.start === at && m.text === printed);
}

describe('property: Vietnamese numbers read back', () => {
  it('integers with dotted thousands, before a counted noun', () => {
    const phrase = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), counted).map(([n, noun]) => ({ n, printed: dotted(n), tail: ` ${noun}` }));
    fc.assert(
      fc.property(inSentence(phrase), ({ text, at, printed, n }) => {
        const m = mentionAt(findMentions(text), at, printed);
        expect(m, text).toBeDefined();
        expect(m!.kind).toBe('number');
        expect(m!.value).toBe(Number(n));
      }),
      { numRuns: 300 },
    );
  });

  it('decimals with a decimal comma (and dotted thousands)', () => {
    const phrase = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.stringMatching(/^\d{1,3}$/))
      .map(([i, f]) => ({ value: Number(`${i}.${f}`), printed: `${dotted(i)},${f}` }));
    fc.assert(
      fc.property(inSentence(phrase), ({ text, at, printed, value }) => {
        const m = mentionAt(findMentions(text), at, printed);
        expect(m, text).toBeDefined();
        expect(m!.value).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('VND amounts: plain, with a scale word, and compound "X tỷ Y triệu"', () => {
    const plain = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 13n }), moneyUnit).map(([n, u]) => ({ value: Number(n), printed: `${dotted(n)} ${u}` }));
    const scaled = fc
      .tuple(fc.bigInt({ min: 1n, max: 99999n }), fc.stringMatching(/^(\d{1,2})?$/), fc.constantFrom(['nghìn', 3n], ['triệu', 6n], ['tỷ', 9n]), moneyUnit)
      .map(([i, f, [w, e], u]) => ({
        // Exact: (i.f) × 10^e computed on integers.
        value: Number((BigInt(`${i}${f}`) * 10n ** (e as bigint)) / 10n ** BigInt(f.length)),
        printed: `${dotted(i)}${f ? `,${f}` : ''} ${w as string} ${u}`,
      }));
    const compound = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), fc.boolean(), moneyUnit)
      .map(([b, m, pad, u]) => ({
        value: b * 1e9 + m * 1e6,
        printed: `${b} tỷ ${pad ? String(m).padStart(3, '0') : m} triệu ${u}`,
      }));
    fc.assert(
      fc.property(inSentence(fc.oneof(plain, scaled, compound)), ({ text, at, printed, value }) => {
        const m = mentionAt(findMentions(text), at, printed);
        expect(m, text).toBeDefined();
        expect(m!.kind).toBe('money');
        expect(m!.unit).toBe('VND');
        expect(m!.value).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  it('amounts per unit of time keep the per path', () => {
    const phrase = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('tháng', 'năm', 'người/tháng', 'HTX/năm'))
      .map(([n, per]) => ({ n, per, printed: `${n} triệu đồng/${per}` }));
    fc.assert(
      fc.property(inSentence(phrase), ({ text, at, printed, n, per }) => {
        const m = mentionAt(findMentions(text), at, printed);
        expect(m, text).toBeDefined();
        expect(m!.value).toBe(n * 1e6);
        expect(m!.per).toBe(per);
      }),
      { numRuns: 200 },
    );
  });

  it('a qualifier before a number stays outside the span', () => {
    const q = fc.constantFrom(['khoảng', 'approx'], ['hơn', 'over'], ['gần', 'nearly'], ['dưới', 'under'], ['xấp xỉ', 'approx']);
    const phrase = fc.tuple(q, fc.integer({ min: 1, max: 99999 })).map(([[w, qual], n]) => ({ n, qual, printed: String(n), w }));
    fc.assert(
      fc.property(phrase, counted, ({ n, qual, printed, w }, noun) => {
        const text = `Toàn tỉnh có ${w} ${printed} ${noun}.`;
        const m = mentionAt(findMentions(text), `Toàn tỉnh có ${w} `.length, printed);
        expect(m, text).toBeDefined();
        expect(m!.value).toBe(n);
        expect(m!.qualifier).toBe(qual);
      }),
      { numRuns: 200 },
    );
  });

  it('every digit of random text lands in a mention, spans are exact and do not overlap', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.constantFrom('HTX', 'năm', 'tháng', 'ngày', 'quý', 'tỷ', 'triệu', 'đồng', 'ha', '%', '/', '-', '.', ',', ' ', ':', '(', ')', 'số', 'lần thứ', 'Luật'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const ms = findMentions(text);
        let last = 0;
        const covered = new Uint8Array(text.length);
        for (const m of ms) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
          covered.fill(1, m.start, m.end);
        }
        for (let i = 0; i < text.length; i++) if (/\d/.test(text[i]!)) expect(covered[i], text).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
