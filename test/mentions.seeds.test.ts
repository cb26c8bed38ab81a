// The five seed articles: key readings, and the layer's invariants on real text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../schemas/records.js';
import { MentionRecord } from '../schemas/records.js';
import { findMentions } from '../extractors/mentions/index.js';
import { normalizeText } from '../extractors/normalize.js';
import { sharedFile } from '../extractors/paths.js';

const seedDir = sharedFile('seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: normalizeText(readFileSync(path.join(seedDir, f), 'utf8')) }));

/** The invariants every output must keep, on any text. */
function checkInvariants(text: string, ms: Mention[]): void {
  let last = -1;
  const covered = new Uint8Array(text.length);
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
    covered.fill(1, m.start, m.end);
    expect(MentionRecord.safeParse({ documentId: 'x', ...m }).success, JSON.stringify(m)).toBe(true);
  }
  const missed: string[] = [];
  for (let i = 0; i < text.length; i++) if (/\d/.test(text[i]!) && !covered[i]) missed.push(text.slice(Math.max(0, i - 10), i + 10));
  expect(missed, 'digits outside every mention').toEqual([]);
}

const all = seeds.flatMap((s) => findMentions(s.text).map((m) => ({ ...m, seed: s.name })));
const find = (text: string) => all.filter((m) => m.text === text);

describe('seed articles', () => {
  it.each(seeds.map((s) => [s.name, s.text] as const))('%s: sorted, non-overlapping, exact spans, every digit covered', (_n, text) => {
    checkInvariants(text, findMentions(text));
  });

  const key: [string, Partial<Mention>][] = [
    ['140.749', { kind: 'number', value: 140749 }],
    ['3.664 tỷ đồng', { kind: 'money', value: 3.664e12, unit: 'VND' }],
    ['17 tỷ 792 triệu đồng', { kind: 'money', value: 17792000000 }],
    ['403.589.137.000 đồng', { kind: 'money', value: 403589137000 }],
    ['1.830,51 ha', { kind: 'area', value: 1830.51, unit: 'ha' }],
    ['4 - 5 triệu đồng/tháng', { kind: 'range', value: 4e6, valueMax: 5e6, per: 'tháng' }],
    ['1,55 tỷ đồng/HTX/năm', { kind: 'money', value: 1.55e9, per: 'HTX/năm' }],
    ['72,84%', { kind: 'percent', value: 72.84 }],
    ['51/50', { kind: 'ratio', value: 51, denominator: 50 }],
    ['85/85', { kind: 'ratio', value: 85, denominator: 85 }],
    ['06/04', { kind: 'ratio', value: 6, denominator: 4 }],
    ['6 tháng đầu năm 2023', { kind: 'period', value: { start: '2023-01-01', end: '2023-06-30' } }],
    ['6 tháng cuối năm 2023', { kind: 'period', value: { start: '2023-07-01', end: '2023-12-31' } }],
    ['29/10/1993 – 29/10/2023', { kind: 'period', value: { start: '1993-10-29', end: '2023-10-29' } }],
    ['nhiệm kỳ 2020 – 2025', { kind: 'period', value: { start: '2020-01-01', end: '2025-12-31' }, label: 'nhiệm kỳ 2020 – 2025' }],
    ['giai đoạn 2021-2025', { kind: 'period', value: { start: '2021-01-01', end: '2025-12-31' } }],
    ['hết tháng 6/2023', { kind: 'date', value: '2023-06-30' }],
    ['cuối năm 2021', { kind: 'date', value: '2021-12-31' }],
    ['ngày 09/3/2020', { kind: 'date', value: '2020-03-09' }],
    ['12 tháng 01 năm 2022', { kind: 'date', value: '2022-01-12' }],
    ['Thống kê truy cập:143652', { kind: 'reference', refType: 'counter', value: null }],
    ['Nghị quyết số 134/NQ-CP', { kind: 'reference', refType: 'legal', value: null }],
    ['Luật Hợp tác xã năm 2012', { kind: 'reference', refType: 'law', value: null }],
    ['Nghị quyết Trung ương 5 khóa IX', { kind: 'reference', refType: 'legal', value: null }],
    ['lần thứ 8', { kind: 'reference', refType: 'ordinal', value: null }],
  ];
  it.each(key)('reads %s', (text, want) => {
    const ms = find(text);
    expect(ms.length, `${text} not found as one mention`).toBeGreaterThan(0);
    for (const m of ms) expect(m).toMatchObject(want);
  });

  it('reads qualifiers as printed', () => {
    expect(find('200').find((m) => m.qualifier)).toMatchObject({ qualifier: 'nearly' });
    expect(find('600.000')[0]).toMatchObject({ value: 600000, qualifier: 'over' });
  });

  it('resolves a relative half-year against the report period, and only then', () => {
    const s = seeds.find((x) => x.name.startsWith('000'))!;
    const rp = { label: '6 tháng đầu năm 2023', start: '2023-01-01', end: '2023-06-30' };
    const bare = findMentions(s.text).filter((m) => m.text === '6 tháng đầu năm');
    expect(bare.length).toBeGreaterThan(0);
    for (const m of bare) expect(m).toMatchObject({ kind: 'period', value: null, resolved: false });
    const resolved = findMentions(s.text, { reportPeriod: rp }).filter((m) => m.text === '6 tháng đầu năm');
    for (const m of resolved) expect(m).toMatchObject({ value: { start: '2023-01-01', end: '2023-06-30' }, resolved: true });
  });
});

describe('own sentences', () => {
  const sentences = [
    'Đến 31/12/2022, toàn tỉnh có 1.234 HTX, tăng 2,1 lần so với năm 2015; doanh thu bình quân 1 tỷ 816 triệu đồng/HTX/năm.',
    'Liên hệ: số 12 đường Lê Lợi, ĐT: 0296 3852 123, Fax: (0297) 3.862.456, e-mail lienminh2023@example.vn.',
    'Ảnh IMG_2045.jpg: Đại hội lần thứ 5, nhiệm kỳ 2020-2025, theo Quyết định 1804/QĐ-TTg và Nghị định 45/2021/NĐ-CP.',
    'Quý II năm 2023 có 9 HTX mới; 9 tháng năm 2023 có 24 HTX; từ năm 2020 đến nay có 120 HTX; khoảng 3 - 4 nghìn thành viên.',
    'Thứ Năm, 13/07/2023 08:15 — Đang truy cập: 43 — COVID-19 — 18 tỷ 066 triệu đồng — 102/% — 15 phần trăm — 2 nghìn tỷ đồng.',
    'Lúc 10h45 ngày 14/02, 14/08 HTX tham gia; 30-6-2023 và 30.6.2023 là một ngày; 06/2023 là một tháng; 1,5 m2; 20 tấn/ha.',
  ];
  it.each(sentences)('keeps the invariants: %s', (s) => {
    checkInvariants(s, findMentions(s));
  });
});
