// Document metadata: province (with the 2025 merger), event date, report period.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extractors/document.js';
import { findMentions } from '../extractors/mentions/index.js';
import { EVENT_DATE_EXAMPLES, PROVINCE_RULES, REPORT_PERIOD_EXAMPLES, detectEventDate, detectProvince, detectReportPeriod } from '../extractors/metadata.js';
import { lookupProvince, newProvince, provinceFromHost, provinceRows } from '../extractors/provinces.js';

describe('the gazetteer', () => {
  it('has 63 provinces merged into 34', () => {
    expect(provinceRows()).toHaveLength(63);
    expect(new Set(provinceRows().map((r) => r.currentCode)).size).toBe(34);
  });
  it('finds names with old tone placement, aliases and without diacritics', () => {
    expect(lookupProvince('Hoà Bình')?.code).toBe('17');
    expect(lookupProvince('TP.HCM')?.code).toBe('79');
    expect(lookupProvince('Dak Lak')?.code).toBe('66');
    expect(lookupProvince('Atlantis')).toBeNull();
  });
  it('reads the province from a host name', () => {
    expect(provinceFromHost('lmhtx.angiang.gov.vn')?.code).toBe('89');
    expect(provinceFromHost('baokiengiang.vn')?.code).toBe('91');
    expect(provinceFromHost('example.com')).toBeNull();
  });
  it('gives the new province and its reused code after the merger', () => {
    expect(newProvince('15')?.name).toBe('Lào Cai');
  });
});

describe('province rules', () => {
  for (const rule of PROVINCE_RULES) {
    it(rule.id, () => {
      for (const ex of rule.examples) {
        const d = detectProvince(ex.where === 'title' ? ex.text : 'Tin tức', ex.where === 'text' ? ex.text + ' ' + ex.text.replace(/^.*?(tỉnh|thành phố|Liên minh)/u, '$1') : '', null, '2023-01-01');
        if (rule.score >= 3) expect(d.province?.name, ex.text).toBe(ex.province);
      }
    });
  }
  it('uses the 34-province list for an article published after 2025-07-01', () => {
    const d = detectProvince('Liên minh HTX tỉnh Yên Bái tổng kết năm 2025', '', null, '2025-12-20');
    expect([d.province?.code, d.province?.name, d.province?.current]).toEqual(['15', 'Lào Cai', 'Lào Cai']);
    const before = detectProvince('Liên minh HTX tỉnh Yên Bái tổng kết năm 2024', '', null, '2024-12-20');
    expect([before.province?.code, before.province?.name, before.province?.current]).toEqual(['15', 'Yên Bái', 'Lào Cai']);
  });
  it('after the merger, two former provinces that joined one, named as often, are that one province; before it they are two and the province is left null', () => {
    const text = 'Toàn tỉnh Quảng Trị có 900 HTX. Toàn tỉnh Quảng Bình có 400 HTX.';
    const after = detectProvince('Kinh tế tập thể trên địa bàn Quảng Bình và Quảng Trị', text, null, '2026-02-10');
    expect([after.province?.code, after.province?.name]).toEqual(['44', 'Quảng Trị']);
    const before = detectProvince('Kinh tế tập thể trên địa bàn Quảng Bình và Quảng Trị', text, null, '2024-02-10');
    expect(before.province).toBeNull();
  });
  it('never guesses: one passing mention is not enough, and the document says so', () => {
    const d = detectProvince('Hội nghị tổng kết', 'Đoàn đã tham quan mô hình tại tỉnh Sơn La.', null, null);
    expect(d.province).toBeNull();
    expect(d.warnings.join(' ')).toMatch(/province/);
  });
  it('falls back on the host and says where the province came from', () => {
    const d = detectProvince('Hội nghị tổng kết', 'Toàn tỉnh có 300 HTX.', 'lmhtx.thaibinh.gov.vn', '2022-01-01');
    expect([d.province?.name, d.province?.from]).toEqual(['Thái Bình', 'host']);
  });
  it('reads the alliance in the site name, and an alliance name with its abbreviation in brackets', () => {
    const site = detectProvince('Vũ Thư: HTX đổi mới', 'Toàn huyện có 32 HTX.', 'nongthon.example.vn', '2019-06-01', 'Liên minh HTX Thái Bình');
    expect([site.province?.name, site.province?.from]).toEqual(['Thái Bình', 'host']);
    const abbr = detectProvince('Sơ kết 6 tháng', 'Ngày 12/7/2024, Liên minh HTX (LMHTX) tỉnh Bình Định tổ chức hội nghị.', null, '2024-07-15');
    expect([abbr.province?.name, abbr.province?.from]).toEqual(['Bình Định', 'alliance']);
    // A provincial paper's site name names the province; "kinh tế tập thể của X" alone is too weak.
    const interview = 'Kinh tế tập thể của Sóc Trăng đang có nhiều chuyển biến. Phóng viên trao đổi với ông Chủ tịch Liên minh HTX tỉnh.';
    expect(detectProvince('Chủ tịch Liên minh HTX tỉnh: lấy con tôm làm nền', interview, null, '2018-10-20', 'Báo Sóc Trăng điện tử').province?.name).toBe('Sóc Trăng');
    expect(detectProvince('Chủ tịch Liên minh HTX tỉnh: lấy con tôm làm nền', interview, null, '2018-10-20').province).toBeNull();
  });
});

describe('event date and report period', () => {
  for (const ex of EVENT_DATE_EXAMPLES) it(ex.text, () => expect(detectEventDate(ex.text, findMentions(ex.text))).toBe(ex.date));
  for (const ex of REPORT_PERIOD_EXAMPLES)
    it(ex.title, () => {
      const date = ('date' in ex ? ex.date : undefined) ?? '2025-05-22';
      const r = detectReportPeriod(ex.title, ex.text, findMentions(ex.text, { referenceDate: date }), date).reportPeriod;
      expect(r?.label.toLowerCase() ?? null).toBe(ex.label?.toLowerCase() ?? null);
      if ('end' in ex) expect(r?.end).toBe(ex.end);
    });
  it('takes the year of a title period printed without one from the body', () => {
    const text = 'Trong 6 tháng đầu năm 2023, toàn tỉnh thành lập mới 12 HTX.';
    const r = detectReportPeriod('Sơ kết 6 tháng đầu năm', text, findMentions(text), null);
    expect(r.reportPeriod).toMatchObject({ start: '2023-01-01', end: '2023-06-30' });
  });
});

describe('province names printed with typos or without diacritics', () => {
  it('are found by string distance when nothing matches exactly, and the document says so', () => {
    const d = detectProvince('Hoi nghi tong ket', 'Lien minh HTX tinh Kien Giang to chuc hoi nghi. Toan tinh Kien Giang co 300 HTX.', null, '2023-01-01');
    expect(d.province?.name).toBe('Kiên Giang');
    expect(d.warnings.join(' ')).toMatch(/typo or without diacritics/);
  });
  it('a single loose match is not enough', () => {
    expect(detectProvince('Tin tức', 'Đoàn công tác thăm tinh Kien Giang.', null, null).province).toBeNull();
  });
});

describe('a page whose only address is its <base href>', () => {
  it('takes the site host from it, and so the province when nothing else names it', () => {
    const html = '<html><head><base href="http://lienminhhtx.bacninh.gov.vn/index.php/tin-tuc/412-htx-lang-nghe" /><meta charset="utf-8"><title>HTX làng nghề giữ lửa nghề gỗ</title></head><body><article><h1>HTX làng nghề giữ lửa nghề gỗ</h1><p>Các HTX làng nghề có 97 HTX với hơn 2.000 lao động.</p></article></body></html>';
    const r = extractDocument({ html, input: 'page.html' });
    expect(r.document.source).toBe('lienminhhtx.bacninh.gov.vn');
    expect(r.document.province?.name).toBe('Bắc Ninh');
    const relative = extractDocument({ html: html.replace('http://lienminhhtx.bacninh.gov.vn', ''), input: 'page.html' });
    expect(relative.document.source).toBeNull();
  });
});

describe('a <title> of site and section only', () => {
  it('gives way to the titled block right before the article', () => {
    const body = '<p>Ngày 26/12/2018, Liên minh HTX thành phố tổ chức hội nghị tổng kết hoạt động của các hợp tác xã thủy sản. Theo báo cáo, toàn thành phố có 412 HTX, trong đó 46 HTX thủy sản và diêm nghiệp.</p><p>Các HTX nghề cá hiện quản lý 512 tàu cá của thành viên; doanh thu năm 2018 ước đạt 96 tỷ đồng, tăng 8% so với năm 2017.</p>';
    const html = `<html><head><meta charset="utf-8"><title>Liên minh HTX thành phố Hải Phòng - Tin hoạt động</title></head><body><div class="boxtitle">Liên kết website</div><table><tr><td class="newstitle">Tổng kết hoạt động các HTX thủy sản năm 2018</td></tr><tr><td class="newsdate">Ngày đăng: 28/12/2018</td></tr><tr><td class="newsbody">${body}</td></tr></table></body></html>`;
    expect(extractDocument({ html, input: 'page.html' }).document.title).toBe('Tổng kết hoạt động các HTX thủy sản năm 2018');
  });
});
