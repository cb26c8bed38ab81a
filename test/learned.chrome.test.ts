import { describe, expect, it } from 'vitest';
import { htmlLines } from '../extractors/learned/chrome-data.js';
import { isChromeLine, isChromeLineCombined, shapeFeatures } from '../extractors/learned/chrome-classifier.js';
import { COUNTER_WORDS, ruleChrome } from '../extractors/learned/chrome-rules.js';

describe('chrome rules (the baseline)', () => {
  it.each(COUNTER_WORDS.examples)('counter/widget: %s', (l) => expect(ruleChrome(l)).toBe(true));
  it.each(COUNTER_WORDS.counterExamples)('body: %s', (l) => expect(ruleChrome(l)).toBe(false));
});

describe('htmlLines', () => {
  it('gives one line per block, inline elements joined, table rows with " | "', () => {
    const html =
      '<html><head><title>T</title><script>var x=1</script></head><body><nav><ul><li><a>Trang chủ</a></li><li><a>Tin tức</a></li></ul></nav>' +
      '<p>Hợp <b>tác</b> xã có <i>40</i> thành viên.<br>Dòng hai</p><table><tr><td>Lĩnh vực</td><td>Số HTX</td></tr></table></body></html>';
    expect(htmlLines(html)).toEqual(['Trang chủ', 'Tin tức', 'Hợp tác xã có 40 thành viên.', 'Dòng hai', 'Lĩnh vực | Số HTX']);
  });
});

describe('isChromeLine (shipped model)', () => {
  // Lines written for this test.
  it.each([
    'Lượt xem: 2.315',
    'Xem với cỡ chữ A A A',
    'Chia sẻ Facebook Zalo',
    'Thứ Hai, 14/08/2023 09:30',
    'Trang chủ Giới thiệu Tin tức Liên hệ',
  ])('chrome: %s', (l) => {
    const r = isChromeLine(l);
    expect(r.chrome).toBe(true);
    expect(r.p).toBeGreaterThanOrEqual(0.5);
  });
  it.each([
    'Năm qua, hợp tác xã đã liên kết với ba doanh nghiệp để tiêu thụ 1.200 tấn lúa cho các thành viên, giá bán cao hơn thị trường khoảng 5%.',
    'Theo ông Minh, khó khăn lớn nhất của các hợp tác xã hiện nay là thiếu vốn và thiếu cán bộ quản lý có trình độ.',
  ])('body: %s', (l) => {
    const r = isChromeLine(l);
    expect(r.chrome).toBe(false);
    expect(r.p).toBeLessThan(0.5);
  });
  it('combined trusts the house chrome list before the model', () => {
    expect(isChromeLineCombined('Nguồn: Văn phòng Liên minh HTX')).toMatchObject({ chrome: true, by: 'rule', p: 1 });
  });
  it('describes the shape of a line', () => {
    expect(shapeFeatures('Cập nhật 08/08/2023 11:00')).toEqual(expect.arrayContaining(['_date', '_time', '_digit']));
    expect(shapeFeatures('Một câu trọn vẹn.')).toContain('_endstop');
  });
});
