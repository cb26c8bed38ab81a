// What may follow a number and become part of its mention: currencies,
// percent signs, areas and measure words. A counted noun (HTX, thành viên) is
// not a unit: "01 HTX" is the number 01.
import type { MentionKind } from '../../schemas/records.js';
import type { RuleRow } from './rule.js';

/** Patterns are lowercase: they are matched on the lowercased text. */
export interface UnitRow extends RuleRow {
  kind: Extract<MentionKind, 'money' | 'percent' | 'area' | 'number'>;
  /** Matched right after the number (one optional space before it). */
  after?: string;
  /** Matched right before the number ($10, USD1,23, EUR 20). */
  before?: string;
  unit: string;
  /** A unit that carries a scale of its own ("tr.đ" is triệu đồng). */
  scale?: number;
  /** A currency whose cents may follow the amount ("2 đô la và 23 xen" is 2,23 USD). */
  cents?: boolean;
}

const END = '(?![\\p{L}\\p{N}])';

export const UNIT_RULES: UnitRow[] = [
  {
    id: 'money.trd',
    kind: 'money',
    unit: 'VND',
    scale: 1e6,
    after: `(?:tr\\.\\s?đ|trđ|tr\\.đồng)${END}`,
    examples: [
      { text: '250 tr.đ', kind: 'money', value: 250e6, unit: 'VND' },
      { text: '1,2 trđ', kind: 'money', value: 1.2e6, unit: 'VND' },
      { text: '477 tỷ 360 tr.đ', kind: 'money', value: 477.36e9, unit: 'VND' },
    ],
  },
  {
    id: 'money.vnd',
    kind: 'money',
    unit: 'VND',
    // "đồng" also starts đồng chí (comrade), đồng bào, đồng thời…: those are not money.
    after: `(?:đồng(?!\\s+(?:chí|bào|ruộng|thời|tình|ý|hành|bằng|đội|nghiệp|minh|loạt|bộ|khởi|lòng|thuận|hương|môn|phục|tâm)(?![\\p{L}]))|vnđ|vnd|đ(?![\\p{L}\\p{N}]|\\/c(?![\\p{L}])))${END}`,
    before: '(?:vn\\$|vnđ|vnd) ?',
    examples: [
      { text: '17 tỷ 792 triệu đồng', kind: 'money', value: 17792000000, unit: 'VND' },
      { text: '241 tỷ 252 triệu đồng', kind: 'money', value: 241252000000, unit: 'VND' },
      { text: '403.589.137.000 đồng', kind: 'money', value: 403589137000, unit: 'VND' },
      { text: '3.664 tỷ đồng', kind: 'money', value: 3664e9, unit: 'VND' },
      { text: '581 triệu đồng', kind: 'money', value: 581e6, unit: 'VND' },
      { text: '50 nghìn đồng', kind: 'money', value: 50000, unit: 'VND' },
      { text: '20.000đ', kind: 'money', value: 20000, unit: 'VND' },
      { text: '1000 VNĐ', kind: 'money', value: 1000, unit: 'VND' },
      { text: '5 triệu VND', kind: 'money', value: 5e6, unit: 'VND' },
      { text: 'mười đồng', kind: 'money', value: 10, unit: 'VND' },
      { text: 'VN$1000', kind: 'money', value: 1000, unit: 'VND' },
      { text: '1,55 tỷ đồng/HTX/năm', kind: 'money', value: 1.55e9, unit: 'VND', per: 'HTX/năm' },
      { text: '2.500.000 đồng/người/tháng', kind: 'money', value: 2.5e6, unit: 'VND', per: 'người/tháng' },
      { text: '520 triệu đồng/năm', kind: 'money', value: 520e6, unit: 'VND', per: 'năm' },
      { text: '2,45 tỷ đ/HTX', kind: 'money', value: 2.45e9, unit: 'VND', per: 'HTX' },
      { text: '39,3 triệu đồng/thành viên', kind: 'money', value: 39.3e6, unit: 'VND', per: 'thành viên' },
      { text: '2,8 tỷ đồng/liên hiệp/năm', kind: 'money', value: 2.8e9, unit: 'VND', per: 'liên hiệp/năm' },
    ],
    counterExamples: [
      { text: '5 đ/c lãnh đạo', span: '5', notKind: 'money', why: '"đ/c" is đồng chí (comrade)' },
      { text: 'có 5 đồng chí tham dự', span: '5', notKind: 'money', why: '"đồng chí" is comrade' },
      { text: '12 đồng bào dân tộc', span: '12', notKind: 'money', why: '"đồng bào" is compatriots' },
    ],
  },
  {
    id: 'money.usd',
    kind: 'money',
    unit: 'USD',
    after: `(?:usd|đô\\s+la(?:\\s+mỹ)?|đô\\s+mỹ|đô|\\$)${END}`,
    before: '(?:usd ?|us\\$|\\$)',
    cents: true,
    examples: [
      { text: '5 triệu USD', kind: 'money', value: 5e6, unit: 'USD' },
      { text: '$10', kind: 'money', value: 10, unit: 'USD' },
      { text: 'mười đô la', kind: 'money', value: 10, unit: 'USD' },
      { text: 'USD1,23', kind: 'money', value: 1.23, unit: 'USD' },
      { text: '10K$', kind: 'money', value: 10000, unit: 'USD' },
      { text: '$10k', kind: 'money', value: 10000, unit: 'USD' },
      { text: '2 đô la và 23 xen', kind: 'money', value: 2.23, unit: 'USD' },
      { text: 'hai đô 23 xu', kind: 'money', value: 2.23, unit: 'USD' },
      { text: 'hai đô 23', kind: 'money', value: 2.23, unit: 'USD' },
      { text: 'hai phẩy 23 đô', kind: 'money', value: 2.23, unit: 'USD' },
      { text: '2 chấm 23 đô la', kind: 'money', value: 2.23, unit: 'USD' },
    ],
    counterExamples: [
      { text: 'giá 2 đô la 50 HTX tham gia', span: '50', notKind: 'money', why: 'a number followed by a word is not cents' },
    ],
  },
  {
    id: 'money.inr',
    kind: 'money',
    unit: 'INR',
    after: `(?:rupees?|rs\\.?|inr|₹)${END}`,
    before: '(?:(?<![\\p{L}])rs\\.? ?|(?<![\\p{L}])inr ?|₹)',
    cents: true,
    examples: [
      { text: 'Rs. 20', kind: 'money', value: 20, unit: 'INR' },
      { text: '20Rs', kind: 'money', value: 20, unit: 'INR' },
      { text: 'Rs20', kind: 'money', value: 20, unit: 'INR' },
      { text: 'INR33', kind: 'money', value: 33, unit: 'INR' },
      { text: '20 Rupees 43', kind: 'money', value: 20.43, unit: 'INR' },
      { text: 'hai mươi rupees 43 xen', kind: 'money', value: 20.43, unit: 'INR' },
    ],
  },
  {
    id: 'money.gbp',
    kind: 'money',
    unit: 'GBP',
    // "bảng" alone is a table or a board ("5 bảng"): only "bảng Anh" is the pound.
    after: `(?:pounds?|bảng\\s+anh|gbp|£)${END}`,
    before: '(?:(?<![\\p{L}])gbp ?|£)',
    examples: [
      { text: '£9', kind: 'money', value: 9, unit: 'GBP' },
      { text: 'chín pounds', kind: 'money', value: 9, unit: 'GBP' },
      { text: 'GBP 3,01', kind: 'money', value: 3.01, unit: 'GBP' },
      { text: '5 triệu bảng Anh', kind: 'money', value: 5e6, unit: 'GBP' },
    ],
    counterExamples: [{ text: 'treo 5 bảng hiệu', span: '5 bảng', notKind: 'money', why: '"bảng" alone is a board' }],
  },
  {
    id: 'money.aed',
    kind: 'money',
    unit: 'AED',
    after: `(?:aed|dirhams?)${END}`,
    before: '(?:(?<![\\p{L}])aed ?)',
    examples: [
      { text: '1 AED', kind: 'money', value: 1, unit: 'AED' },
      { text: '1 dirham', kind: 'money', value: 1, unit: 'AED' },
    ],
  },
  {
    id: 'money.cent',
    kind: 'money',
    unit: 'cent',
    // "xu hướng" (trend), "xen canh" (intercropping), "xen kẽ" are not money.
    after: `(?:xen(?!\\s+(?:canh|kẽ|ghép|lẫn)(?![\\p{L}]))|xu(?!\\s+(?:hướng|thế)(?![\\p{L}]))|cents?)${END}`,
    examples: [
      { text: 'mười xen', kind: 'money', value: 10, unit: 'cent' },
      { text: 'mười xu', kind: 'money', value: 10, unit: 'cent' },
    ],
    counterExamples: [
      { text: 'có 3 xu hướng chính', span: '3 xu', notKind: 'money', why: '"xu hướng" is a trend' },
      { text: 'trồng 2 xen canh', span: '2 xen', notKind: 'money', why: '"xen canh" is intercropping' },
    ],
  },
  {
    id: 'money.eur',
    kind: 'money',
    unit: 'EUR',
    after: `(?:eur|euros?|€)${END}`,
    before: '(?:eur ?|€)',
    examples: [
      { text: '20 euros', kind: 'money', value: 20, unit: 'EUR' },
      { text: 'EUR29,99', kind: 'money', value: 29.99, unit: 'EUR' },
    ],
  },
  {
    id: 'percent.sign',
    kind: 'percent',
    unit: '%',
    // "102/%" is a typing slip for 102% seen in real releases.
    after: '\\/?%',
    examples: [
      { text: '72,84%', kind: 'percent', value: 72.84, unit: '%' },
      { text: '102 %', kind: 'percent', value: 102, unit: '%' },
      { text: '102/%', kind: 'percent', value: 102, unit: '%' },
    ],
  },
  {
    id: 'percent.words',
    kind: 'percent',
    unit: '%',
    after: `phần\\s+trăm${END}`,
    examples: [{ text: '15 phần trăm', kind: 'percent', value: 15, unit: '%' }],
  },
  {
    id: 'area.ha',
    kind: 'area',
    unit: 'ha',
    after: `(?:ha|héc[\\s-]?ta|hecta)${END}`,
    examples: [
      { text: '1.830,51 ha', kind: 'area', value: 1830.51, unit: 'ha' },
      { text: '5.982ha', kind: 'area', value: 5982, unit: 'ha' },
      { text: '56 ha', kind: 'area', value: 56, unit: 'ha' },
    ],
    counterExamples: [{ text: '10 hai', span: '10 hai', notKind: 'area', why: '"ha" must end the word' }],
  },
  {
    id: 'area.m2',
    kind: 'area',
    unit: 'm2',
    after: `(?:m2|m²|mét\\s+vuông)${END}`,
    examples: [{ text: '500 m2', kind: 'area', value: 500, unit: 'm2' }],
  },
  {
    id: 'area.km2',
    kind: 'area',
    unit: 'km2',
    after: `(?:km2|km²)${END}`,
    examples: [{ text: '3,5 km2', kind: 'area', value: 3.5, unit: 'km2' }],
  },
  {
    id: 'measure.word',
    kind: 'number',
    unit: '',
    // Measure words, not counted nouns: the unit is the word as printed.
    after: `(?:tấn|tạ|kg|km|m3|m³|lít|lượt|năm|tháng|tuần|ngày|lần|sao|tuổi)${END}`,
    examples: [
      { text: '20 tấn', kind: 'number', value: 20, unit: 'tấn' },
      { text: '1.500 lượt', kind: 'number', value: 1500, unit: 'lượt' },
      { text: '30 năm', kind: 'number', value: 30, unit: 'năm' },
      { text: '4 sao', kind: 'number', value: 4, unit: 'sao' },
      { text: '5 tấn/ha', kind: 'number', value: 5, unit: 'tấn', per: 'ha' },
    ],
  },
];
