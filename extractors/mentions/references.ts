// Digits that are not quantities: phone numbers, document numbers, law names,
// addresses, page counters, links, file names, ordinals, clock times, codes.
// They become `reference` mentions so that no fact is ever built on them.
import type { RuleRow } from './rule.js';

export interface ReferenceRow extends RuleRow {
  refType: string;
  pattern: string;
  flags: string;
  /** Run on the lowercased text (the pattern is lowercase). */
  caseless?: boolean;
  /** Literals or patterns of which the text (lowercased for a caseless row) must contain one for the row to run at all. */
  gate?: (string | RegExp)[];
  /** Words that join the mention when printed right before it ("Nghị quyết số"); lowercase, matched backwards. */
  prefix?: string;
  /** The prefix must be there (the pattern starts at the digits so the scan can skip to them). */
  prefixRequired?: boolean;
}

/** Each letter matches either case; for labels in patterns that must stay case-sensitive elsewhere. */
function anyCase(words: string): string {
  return words.replace(/\p{L}/gu, (c) => (c.toUpperCase() === c.toLowerCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).replace(/ /g, '\\s+');
}

const DOC_TYPES = (
  [
    'nghị quyết',
    'quyết định',
    'nghị định',
    'thông tư liên tịch',
    'thông tư',
    'chỉ thị',
    'kết luận',
    'kế hoạch',
    'công văn',
    'hướng dẫn',
    'quy định',
    'thông báo',
    'văn bản',
    'tờ trình',
    'báo cáo',
    'pháp lệnh',
    'chương trình',
    'đề án',
    'luật',
  ]
    .join('|')
    .replace(/ /g, '\\s+')
);
// An issuer code: capitalised segments joined by - / or . (NQ/TW, QĐ-TTg, NĐ-CP, TT-BKHĐT).
const CODE_SEG = '\\p{Lu}[\\p{L}\\p{N}]*';
const DOC_CODE = `\\d+(?:\\/\\d{4})?[\\/-]\\s?(?:\\d{4}[\\/-])?${CODE_SEG}(?:[-\\/.]${CODE_SEG})*`;
const COUNTER_STRONG = 'thống kê truy cập|tổng lượt truy cập|lượt truy cập|số người trực tuyến|số lượt truy cập|đang truy cập|đang trực tuyến|số người online|tổng truy cập'.replace(/ /g, '\\s+');
const COUNTER_WEAK = 'hôm nay|hôm qua|tuần này|tháng này|trực tuyến|truy cập|online|lượt xem'.replace(/ /g, '\\s+');
// Words that cannot sit inside a law's name: they start the sentence that follows it.
// After a label: an optional country or area code, then 6 to 12 more digits in groups.
const PHONE_DIGITS = '(?:\\(?\\+?84\\)?\\s?|\\(0\\d{1,3}\\)\\s?)?\\d(?:[\\s.-]?\\d){5,11}(?![\\p{N}])';
const NOT_IN_LAW_NAME = '(?:trong|được|của|đã|và|theo|từ|đến|cuối|đầu|năm|với|cho|tại|là|có|về|sửa)';

export const REFERENCE_RULES: ReferenceRow[] = [
  {
    id: 'reference.legal',
    refType: 'legal',
    prefix: `(?<![\\p{L}])(?:${DOC_TYPES})\\s+(?:số\\s*:?\\s*)?`,
    pattern: `(?<![\\p{L}\\p{N}])${DOC_CODE}`,
    flags: 'gu',
    examples: [
      { text: 'Nghị quyết số 20-NQ/TW', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Quyết định 1804/QĐ-TTg', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Nghị định 45/2021/NĐ-CP', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Kết luận số 70-KL/TW', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Nghị quyết số 134/NQ-CP', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Quyết định số 532-QĐ/TU', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Nghị quyết số 340/2020/NQ-HĐND', kind: 'reference', value: null, refType: 'legal' },
    ],
    counterExamples: [
      { text: '51/50 THT', notKind: 'reference', why: 'a counted noun after a slash pair is a ratio' },
      { text: '100-300ha', notKind: 'reference', why: 'a range with a unit' },
    ],
  },
  {
    id: 'reference.plenum',
    refType: 'legal',
    pattern: '(?:nghị\\s+quyết|hội\\s+nghị)\\s+(?:trung\\s+ương|tw|t\\.ư)\\s+\\d+(?:\\s*,?\\s*(?:khóa|khoá)\\s+[ivxlc]+)?(?![\\p{L}\\p{N}])',
    flags: 'gu',
    caseless: true,
    examples: [
      { text: 'Nghị quyết Trung ương 5 khóa IX', kind: 'reference', value: null, refType: 'legal' },
      { text: 'Nghị quyết Trung ương 5 Khóa IX', kind: 'reference', value: null, refType: 'legal' },
    ],
  },
  {
    id: 'reference.law',
    refType: 'law',
    // The year inside a law's name is part of the name, not a period.
    pattern: `Luật(?:\\s+(?!${NOT_IN_LAW_NAME}(?![\\p{L}]))[\\p{L}]+){1,6}?\\s+(?:năm\\s+)?(?:19|20)\\d{2}(?![\\p{N}])`,
    flags: 'gu',
    examples: [
      { text: 'Luật Hợp tác xã năm 2012', kind: 'reference', value: null, refType: 'law' },
      { text: 'Luật HTX năm 2012', kind: 'reference', value: null, refType: 'law' },
      { text: 'Luật Hợp tác xã 2023', kind: 'reference', value: null, refType: 'law' },
    ],
    counterExamples: [
      {
        text: 'Luật Hợp tác xã được triển khai trong năm 2023',
        span: 'năm 2023',
        notKind: 'reference',
        why: 'a year after the law name and a verb is a period',
      },
    ],
  },
  {
    id: 'reference.phone_labelled',
    refType: 'phone',
    pattern: `(?:${anyCase('điện thoại|số điện thoại|di động|hotline')}|ĐT|SĐT|ĐTDĐ|DĐ|Tel|TEL)\\s*[:.]?\\s*${PHONE_DIGITS}`,
    flags: 'gu',
    examples: [
      { text: 'ĐT: 0296 3852 123', kind: 'reference', value: null, refType: 'phone' },
      { text: 'Hotline: 1900 1234', kind: 'reference', value: null, refType: 'phone' },
    ],
  },
  {
    id: 'reference.fax',
    refType: 'fax',
    pattern: `(?:Fax|FAX|fax)\\s*[:.]?\\s*${PHONE_DIGITS}`,
    flags: 'gu',
    examples: [{ text: 'Fax: (0297) 3.862.456', kind: 'reference', value: null, refType: 'fax' }],
  },
  {
    id: 'reference.phone',
    refType: 'phone',
    pattern:
      '(?<![\\p{N}.,/])(?:\\(0\\d{2,3}\\)\\s?\\d(?:[\\s.]?\\d){5,8}|0\\d{2,3}[\\s.]\\d{3,4}[\\s.]\\d{3,4}|0\\d{9,10})(?![\\p{N}]|[.,]\\d)',
    flags: 'gu',
    examples: [
      { text: '(0297) 3.862.456', kind: 'reference', value: null, refType: 'phone' },
      { text: '0913.123.456', kind: 'reference', value: null, refType: 'phone' },
      { text: '0913 123 456', kind: 'reference', value: null, refType: 'phone' },
    ],
    counterExamples: [
      { text: '403.589.137.000 đồng', notKind: 'reference', why: 'a money amount does not start with 0' },
      { text: '02 HTX', notKind: 'reference', why: 'a leading-zero count is a count' },
    ],
  },
  {
    id: 'reference.address',
    refType: 'address',
    pattern: `(?<![\\p{L}])[sS]ố\\s+\\d+[A-Z]?(?:\\/\\d+)*,?\\s+(?:${anyCase('đường|phố')})\\s+\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*`,
    flags: 'gu',
    examples: [{ text: 'số 12 đường Lê Lợi', kind: 'reference', value: null, refType: 'address' }],
    counterExamples: [{ text: 'có 12 đường Giao thông nông thôn', span: '12', notKind: 'reference', why: 'a count of roads' }],
  },
  {
    id: 'reference.address_group',
    refType: 'address',
    pattern: '(?<![\\p{L}])(?:tổ\\s+dân\\s+phố|khu\\s+phố|tổ|khóm|ấp|thôn|xóm)\\s+\\d+[a-z]?(?=\\s*,\\s*(?:phường|xã|thị\\s+trấn|khóm|ấp|p\\.|x\\.))',
    flags: 'gu',
    caseless: true,
    examples: [{ text: 'Tổ 5, phường Mỹ Bình', span: 'Tổ 5', kind: 'reference', value: null, refType: 'address' }],
    counterExamples: [{ text: '5 tổ hợp tác', span: '5', notKind: 'reference', why: 'a count of groups' }],
  },
  {
    id: 'reference.counter',
    refType: 'counter',
    // Strong labels may omit the colon; the weak ones (Hôm nay) need it to be chrome.
    pattern: `(?:(?:${COUNTER_STRONG})\\s*:?|(?:${COUNTER_WEAK})\\s*:)\\s*\\d[\\d.,]*(?<![.,])`,
    caseless: true,
    gate: ['truy cập', 'trực tuyến', 'online', 'lượt xem', /(?:nay|qua|này)\s*:/],
    flags: 'gu',
    examples: [
      { text: 'Thống kê truy cập:143652', kind: 'reference', value: null, refType: 'counter' },
      { text: 'Số người trực tuyến: 10', kind: 'reference', value: null, refType: 'counter' },
      { text: 'Đang truy cập: 43', kind: 'reference', value: null, refType: 'counter' },
      { text: 'Hôm nay: 1.234', kind: 'reference', value: null, refType: 'counter' },
    ],
    counterExamples: [
      { text: 'Số người tham dự: 176', span: '176', notKind: 'reference', why: 'a real count after a colon' },
    ],
  },
  {
    id: 'reference.url',
    refType: 'url',
    pattern: `(?:https?:\\/\\/|www\\.)[^\\s<>"'()\\[\\]]*[^\\s<>"'()\\[\\].,;:!?…]`,
    flags: 'gu',
    caseless: true,
    examples: [{ text: 'https://lmhtx.example.gov.vn/tin-tuc/2023/07/13', kind: 'reference', value: null, refType: 'url' }],
  },
  {
    id: 'reference.email',
    refType: 'email',
    pattern: '(?<![\\p{L}\\p{N}._+-])[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+',
    flags: 'gu',
    caseless: true,
    gate: ['@'],
    examples: [{ text: 'lienminh2023@example.vn', kind: 'reference', value: null, refType: 'email' }],
  },
  {
    id: 'reference.file',
    refType: 'file',
    // File names are ASCII; starting only at a name's first character keeps the scan linear.
    pattern: '(?<![a-z0-9_-])[a-z0-9_-]+\\.(?:jpe?g|png|gif|webp|bmp|pdf|docx?|xlsx?|pptx?|rar|zip|mp4|mp3)(?![\\p{L}\\p{N}])',
    flags: 'gu',
    caseless: true,
    gate: ['.jp', '.png', '.gif', '.webp', '.bmp', '.pdf', '.doc', '.xls', '.ppt', '.rar', '.zip', '.mp'],
    examples: [{ text: 'IMG_2045.jpg', kind: 'reference', value: null, refType: 'file' }],
  },
  {
    id: 'reference.ordinal',
    refType: 'ordinal',
    prefix: '(?<![\\p{L}])(?:lần|khóa|khoá|kỳ)\\s+',
    pattern: '(?<![\\p{L}])thứ\\s+(?:\\d+|[ivxlc]+|nhất)(?![\\p{L}\\p{N}])',
    flags: 'gu',
    caseless: true,
    examples: [
      { text: 'lần thứ 8', kind: 'reference', value: null, refType: 'ordinal' },
      { text: 'Đại hội lần thứ 5', span: 'lần thứ 5', kind: 'reference', value: null, refType: 'ordinal' },
      { text: 'thứ nhất', kind: 'reference', value: null, refType: 'ordinal' },
    ],
  },
  {
    id: 'reference.time',
    refType: 'time',
    pattern:
      '(?<![\\p{L}\\p{N}.,:])(?:[01]?\\d|2[0-3])(?::[0-5]\\d(?::[0-5]\\d)?|[hg][0-5]\\d|\\s?giờ(?:\\s?[0-5]?\\d(?:\\s?phút)?)?)(?:\\s?(?:AM|PM|am|pm))?(?![\\p{L}\\p{N}])',
    flags: 'gu',
    gate: [/\d[:hg]\d/, 'giờ'],
    examples: [
      { text: '08:15', kind: 'reference', value: null, refType: 'time' },
      { text: '10h45', kind: 'reference', value: null, refType: 'time' },
      { text: '8 giờ 30 phút', kind: 'reference', value: null, refType: 'time' },
    ],
  },
  {
    id: 'reference.code',
    refType: 'code',
    // A name glued to digits by a hyphen or underscore (COVID-19, IMG_2045).
    pattern: '(?<![\\p{L}\\p{N}])[A-Z][A-Za-z]*[-_]\\d+(?![\\p{N}])',
    flags: 'gu',
    examples: [{ text: 'COVID-19', kind: 'reference', value: null, refType: 'code' }],
  },
];
