// Disagreements are kept as printed and flagged: in the document's warnings and
// in series.csv's conflict column, never corrected.
import { describe, expect, it } from 'vitest';
import { datasetRecords } from '../dataset/write.js';
import { extractDocument } from '../extractors/document.js';

const page = (body: string, url: string, title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023') =>
  extractDocument({ html: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`, url });

describe('consistency', () => {
  it('sector parts that do not add up to the printed total are kept and flagged', () => {
    const r = page('<p>Đến 31/12/2023, toàn tỉnh có 300 HTX, trong đó: nông nghiệp 250 HTX, vận tải 30 HTX, xây dựng 10 HTX.</p>', 'https://lmhtx.hatinh.gov.vn/a');
    expect(r.facts.map((f) => f.value)).toEqual([300, 250, 30, 10]);
    expect(r.document.warnings.join('\n')).toMatch(/sector parts add up to 290, the printed total is 300/);
    const { series } = datasetRecords([r]);
    expect(series.filter((s) => s.conflict === 'parts_below_total').map((s) => s.value).sort((a, b) => a - b)).toEqual([10, 30, 250, 300]);
  });

  it('a change that does not link its two stocks is flagged', () => {
    const r = page('<p>Đến 31/12/2023, toàn tỉnh có 312 HTX, tăng 20 HTX so với cuối năm 2022 (có 298 HTX).</p>', 'https://lmhtx.hatinh.gov.vn/b');
    expect(r.document.warnings.join('\n')).toMatch(/312 at 2023-12-31 minus 298 at 2022-12-31 is 14, the printed change is 20/);
  });

  it('two articles that disagree on one point both stay in series.csv, marked', () => {
    const a = page('<p>Đến 31/12/2023, toàn tỉnh có 312 HTX.</p>', 'https://lmhtx.hatinh.gov.vn/c');
    const b = page('<p>Đến 31/12/2023, toàn tỉnh có 315 HTX.</p>', 'https://baohatinh.vn/d');
    const c = page('<p>Đến 31/12/2023, toàn tỉnh có 500 tổ hợp tác.</p>', 'https://baohatinh.vn/e');
    const { series } = datasetRecords([a, b, c]);
    const coops = series.filter((s) => s.entity === 'cooperative');
    expect(coops.map((s) => [s.value, s.conflict]).sort()).toEqual([
      [312, 'values_disagree'],
      [315, 'values_disagree'],
    ]);
    expect(series.find((s) => s.entity === 'cooperative_group')?.conflict).toBe('');
  });

  it('figures of a district or a former province never reach the province series', () => {
    const r = page('<p>Toàn tỉnh có 300 HTX. Riêng huyện Kỳ Anh có 35 HTX.</p>', 'https://lmhtx.hatinh.gov.vn/f');
    const { series } = datasetRecords([r]);
    expect(r.facts.map((f) => f.place?.level ?? null)).toEqual([null, 'district']);
    expect(series.map((s) => s.value)).toEqual([300]);
  });
});
