// The cleaner's rule tables, read with their own examples, and the rules'
// behaviour on small pages written for these tests.
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../bench/token-f1.js';
import { cleanHtml } from '../extractors/clean.js';
import { DATE_LINE_EXAMPLES, parseDateLine, parseMachineDate } from '../extractors/clean-dates.js';
import { cleanUrl, guessLanguage, splitTitle } from '../extractors/clean-metadata.js';
import { META_LINE_EXAMPLES, readMetaLine } from '../extractors/clean-meta-line.js';
import * as rules from '../extractors/clean-rules.js';
import type { Rule } from '../extractors/clean-rules.js';

const TABLES: [string, Rule][] = [
  ['POSITIVE_HINT', rules.POSITIVE_HINT],
  ['NEGATIVE_HINT', rules.NEGATIVE_HINT],
  ['CAPTION_HINT', rules.CAPTION_HINT],
  ['AUTHOR_HINT', rules.AUTHOR_HINT],
  ['LEAD_HINT', rules.LEAD_HINT],
  ['BYLINE_LABELS', rules.BYLINE_LABELS],
  ['BYLINE_NAME', rules.BYLINE_NAME],
  ['AUTHOR_LABEL', rules.AUTHOR_LABEL],
  ['TRACKING_PARAMS', rules.TRACKING_PARAMS],
  ...rules.CHROME_LINES.map((r, i): [string, Rule] => [`CHROME_LINES[${i}]`, r]),
];

describe('rule tables match their examples and not their counter-examples', () => {
  for (const [name, rule] of TABLES) {
    it(name, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const e of rule.examples) expect(rule.pattern.test(e), e).toBe(true);
      for (const c of rule.counterExamples ?? []) expect(rule.pattern.test(c), c).toBe(false);
    });
  }
  it('a chrome line is never a sentence of an article', () => {
    const prose = 'Năm 2023, toàn tỉnh thành lập mới 12 hợp tác xã, nâng tổng số lên 310 hợp tác xã đang hoạt động.';
    expect(rules.matchesAny(rules.CHROME_LINES, prose)).toBe(false);
  });
});

describe('bylines', () => {
  it.each([
    ['Tin, ảnh: NGỌC DỰNG', 'NGỌC DỰNG'],
    ['Thùy Dung', 'Thùy Dung'],
    ['T.T', 'T.T'],
    ['THANH TÂM (thực hiện)', 'THANH TÂM'],
    ['Kim Ngân – Văn phòng Liên minh HTX tỉnh', 'Kim Ngân'],
    ['Theo Báo Kiên Giang', 'Báo Kiên Giang'],
    ['Minh Trí - Lan Anh', 'Minh Trí - Lan Anh'],
    ['Minh Trí - Báo Quảng Ngãi', 'Minh Trí'],
    ['T.M.P - Trần Minh Phương', 'T.M.P'],
  ])('%s → %s', (line, name) => expect(rules.bylineName(line)).toBe(name));
  it.each(['Theo Liên minh HTX tỉnh Hà Tĩnh', 'Tin khác', 'CÁC TIN KHÁC', 'Bài viết cùng chủ đề', 'Hội nghị tổng kết năm 2023', 'Theo kế hoạch, tỉnh sẽ thành lập mới 20 hợp tác xã', 'Nguồn: Sở Nông nghiệp', 'Theo báo cáo của Liên minh HTX tỉnh'])(
    '%s is not a byline',
    (line) => expect(rules.bylineName(line)).toBeNull(),
  );
});

describe('datelines', () => {
  for (const e of DATE_LINE_EXAMPLES) it(e.line, () => expect(parseDateLine(e.line)).toBe(e.iso));
  it.each([
    ['2023-07-13', '2023-07-13'],
    ['2023-07-13T08:15:00+07:00', '2023-07-13T08:15:00+07:00'],
    ['2023-09-05T11:20:00+02:00', '2023-09-05T11:20:00+02:00'],
    ['2022-04-05 09:12', '2022-04-05T09:12:00+07:00'],
    ['2023-07-13T01:15:00Z', '2023-07-13T01:15:00Z'],
    ['2023-02-30', null],
    ['not a date', null],
  ])('machine date %s', (v, iso) => expect(parseMachineDate(v)).toBe(iso));
  it('the date and byline lines under a Joomla headline count though the article\'s roots leave them out', () => {
    const head = 'HTX nghề cá vùng ven biển: điểm tựa của ngư dân';
    const para = (n: number) => `<p>Đoạn ${n} nói về các hợp tác xã nghề cá và hợp tác xã muối ở các huyện ven biển, với nhiều thành viên tham gia sản xuất và tiêu thụ sản phẩm.</p>`;
    const html = `<html><head><title>${head} - Liên minh HTX tỉnh</title></head><body><table><tr><td id="left"><div class="mod"><div class="mod-h">THĂM DÒ Ý KIẾN</div><p>Bạn thấy website thế nào?</p><p>Rất tốt (512) – Tốt (208) – Bình thường (47)</p></div></td>
      <td id="content"><div class="path"><a href="/">Trang chủ</a> &gt;&gt; <a href="/t">Tin tức</a></div><div class="contentpaneopen">
      <div class="contentheading">${head}</div><div class="createdate">Thứ hai, 12 Tháng 11 2018 08:20</div><div class="small">Viết bởi Lê Văn An</div>
      <div class="text">${[1, 2, 3, 4, 5, 6].map(para).join('')}<p align="right"><b>Lê Văn An</b></p></div>
      <div class="other"><div class="other-h">Các tin khác:</div><ul>${[5, 4, 3, 2].map((d) => `<li><a href="/i?id=${d}">Một tin khác về hợp tác xã nuôi tôm ở huyện ven biển số ${d}</a> (0${d}/11/2018)</li>`).join('')}</ul></div>
      </div></td></tr></table></body></html>`;
    const r = cleanHtml(html, { name: 'joomla.html' });
    expect([r.publishedAt, r.author]).toEqual(['2018-11-12T08:20:00+07:00', 'Lê Văn An']);
  });
  it('a Joomla <h1 class="contentheading"> is the headline when <title> names only the site and its section', () => {
    const head = 'Hợp tác xã vận tải ven biển mở thêm tuyến mới';
    const para = (n: number) => `<p>Đoạn ${n} nói về các hợp tác xã vận tải hành khách ở các huyện ven biển, với nhiều thành viên góp vốn mua xe và mở tuyến.</p>`;
    const html = `<html><head><title>Liên minh HTX tỉnh - Tin hoạt động</title></head><body><table><tr><td id="left"><h3>Chuyên mục</h3><ul><li><a href="/a">Tin hoạt động</a></li><li><a href="/b">Văn bản</a></li></ul></td>
      <td id="content"><div class="item-page"><h1 class="contentheading">${head}</h1><div class="article-info">Ngày đăng: 05/03/2019 10:10</div>
      <div class="article-body">${[1, 2, 3, 4, 5].map(para).join('')}</div></div></td></tr></table></body></html>`;
    expect(cleanHtml(html, { name: 'joomla-h1.html' }).title).toBe(head);
  });
  it('a dateline cell above the headline counts though a cell of page tools stands between them', () => {
    const head = 'Hội nghị sơ kết công tác hỗ trợ hợp tác xã nông nghiệp';
    const para = (n: number) => `<p>Đoạn ${n} nói về các hợp tác xã nông nghiệp ở các huyện đồng bằng, với nhiều thành viên tham gia sản xuất lúa và tiêu thụ sản phẩm.</p>`;
    const html = `<html><head><title>${head}</title></head><body><table><tr><td id="left"><p>Đang online: 12</p></td>
      <td id="contentpane"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/t">Tin tức</a></div>
      <table><tr><td class="newsdate">Cập nhật lúc 09:05 ngày 14/11/2016</td><td class="fontsize">Cỡ chữ: <a href="#">A</a> <a href="#">A</a> | <a href="#">In trang</a></td></tr></table>
      <div class="newstitle">${head}</div><div class="newscontent">${[1, 2, 3, 4, 5].map(para).join('')}</div></td></tr></table></body></html>`;
    expect(cleanHtml(html, { name: 'aspnet.html' }).publishedAt).toBe('2016-11-14T09:05:00+07:00');
  });
  for (const e of META_LINE_EXAMPLES) {
    it(`meta line: ${e.line}`, () => {
      const m = readMetaLine(e.line);
      if (e.date === null && e.author === null) expect(m).toBeNull();
      else expect(m).toEqual({ date: e.date, author: e.author });
    });
  }
});

describe('token F1 (bench/token-f1.ts)', () => {
  it('ignores case, punctuation and layout, counts repeats', () => {
    expect(tokenF1('Nông nghiệp | 212\n\nVận tải', 'nông nghiệp 212 vận tải').f1).toBe(1);
    expect(tokenF1('a a b', 'a b').precision).toBeCloseTo(2 / 3);
    expect(tokenF1('', '').f1).toBe(1);
    expect(tokenF1('x', '').f1).toBe(0);
  });
});

describe('metadata helpers', () => {
  it('splits the site name off <title>', () => {
    expect(splitTitle('Hội nghị tổng kết năm 2023 - Liên minh HTX tỉnh Bến Tre', null)).toEqual({
      headline: 'Hội nghị tổng kết năm 2023',
      site: 'Liên minh HTX tỉnh Bến Tre',
    });
    expect(splitTitle('LMHTX Bến Tre | Hội nghị tổng kết năm 2023 của Liên minh', null).headline).toBe('Hội nghị tổng kết năm 2023 của Liên minh');
    // An old ASP.NET portal joins them with "::"; a colon inside the headline stays.
    expect(splitTitle('Kinh tế tập thể năm 2020: Quỹ tín dụng nhân dân hoạt động ổn định :: Liên minh Hợp tác xã tỉnh Trà Vinh', null)).toEqual({
      headline: 'Kinh tế tập thể năm 2020: Quỹ tín dụng nhân dân hoạt động ổn định',
      site: 'Liên minh Hợp tác xã tỉnh Trà Vinh',
    });
    // A site name that holds the separator itself ("Bà Rịa - Vũng Tàu") starts at its words.
    expect(splitTitle('Kết quả năm 2024 và nhiệm vụ năm 2025 - Liên minh HTX tỉnh Bà Rịa - Vũng Tàu', null)).toEqual({
      headline: 'Kết quả năm 2024 và nhiệm vụ năm 2025',
      site: 'Liên minh HTX tỉnh Bà Rịa - Vũng Tàu',
    });
  });
  it('keeps a lead marked as such (class "TomTat") in a table row of its own above the body', () => {
    const html = `<html><head><title>Sơ kết 6 tháng đầu năm 2016 - Liên minh HTX tỉnh Kon Tum</title></head><body><table>
      <tr><td><span class="TomTat"><b>(LMHTX) - Ngày 15/7/2016, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.</b></span></td></tr>
      <tr><td><span class="NoiDung"><p>Theo báo cáo tại hội nghị, đến 30/6/2016 toàn tỉnh có 104 hợp tác xã, tăng 6 hợp tác xã so với cuối năm 2015; tổng số thành viên là 3.415 người.</p><p>Trong 6 tháng, toàn tỉnh thành lập mới 8 hợp tác xã và 15 tổ hợp tác; giải thể 2 hợp tác xã đã ngừng hoạt động lâu năm.</p></span></td></tr></table></body></html>`;
    expect(cleanHtml(html).text.startsWith('(LMHTX) - Ngày 15/7/2016')).toBe(true);
  });
  it('keeps an opening paragraph whose speaker "chia sẻ" (shares): the share button is capitalised, the verb is not', () => {
    const html = `<html><head><title>HTX chè vùng cao</title></head><body><article><h1>HTX chè vùng cao</h1>
      <p>Tại xã Tả Van, HTX Chè Xanh là một ví dụ về liên kết sản xuất với bà con.</p>
      <p>Ông Lò Văn Minh, Giám đốc HTX chia sẻ, nay HTX bán chè thành phẩm. Doanh thu của HTX đạt gần 2,3 tỷ đồng</p>
      <p>Thời gian tới, tỉnh tiếp tục hỗ trợ các HTX chuyển đổi số, mở rộng thị trường.</p></article></body></html>`;
    const r = cleanHtml(html);
    expect(r.text).toContain('Ông Lò Văn Minh, Giám đốc HTX chia sẻ');
    expect(r.author).toBeNull();
    expect(readMetaLine('12/3/2023 15:42 Chia sẻ')?.date).toBe('2023-03-12T15:42:00+07:00');
  });
  it('never takes a portal\'s name printed in an <h1> for the headline', () => {
    const html = `<html><head><title>Đại hội đại biểu Liên minh Hợp tác xã tỉnh lần thứ V - Cổng thông tin điện tử tỉnh Hưng Yên</title></head><body><h1 class="site-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN</h1>
      <div class="content"><h2>Đại hội đại biểu Liên minh Hợp tác xã tỉnh lần thứ V</h2><p>Ngày 20/6/2016, Liên minh Hợp tác xã tỉnh tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2016 - 2021, với 150 đại biểu tham dự.</p><p>Nhiệm kỳ qua, toàn tỉnh thành lập mới 45 hợp tác xã, nâng tổng số lên 310 hợp tác xã đang hoạt động.</p></div></body></html>`;
    expect(cleanHtml(html).title).toBe('Đại hội đại biểu Liên minh Hợp tác xã tỉnh lần thứ V');
  });
  it('takes the time of a <time datetime> of the same day as a date-only meta tag', () => {
    const html = `<html><head><title>Sơ kết 6 tháng đầu năm 2019</title><meta name="pubdate" content="2019-07-15" /></head><body><article><h1>Sơ kết 6 tháng đầu năm 2019</h1><time datetime="2019-07-15T08:30:00+07:00">Ngày đăng: 15/07/2019</time>
      <p>Trong 6 tháng đầu năm, toàn tỉnh thành lập mới 14 hợp tác xã, đạt 46,7% kế hoạch năm; giải thể 3 hợp tác xã ngừng hoạt động.</p><p>Doanh thu bình quân của hợp tác xã ước đạt 1,2 tỷ đồng, tăng 5% so với cùng kỳ năm trước.</p></article></body></html>`;
    expect(cleanHtml(html).publishedAt).toBe('2019-07-15T08:30:00+07:00');
  });
  it('takes the site name from the logo\'s alt text when the page names itself nowhere else', () => {
    const html = `<html><head><title>Phát huy vai trò HTX khai thác thủy sản</title></head><body><div class="logo"><a href="/"><img src="/logo.png" alt="Liên minh HTX tỉnh Bình Định" /></a></div>
      <article><h1>Phát huy vai trò HTX khai thác thủy sản</h1><p>Những năm qua, các hợp tác xã khai thác thủy sản đã liên kết ngư dân, tổ chức dịch vụ hậu cần nghề cá cho thành viên.</p><p>Toàn tỉnh hiện có 9 hợp tác xã khai thác thủy sản với 642 thành viên và 287 tàu cá các loại.</p></article></body></html>`;
    expect(cleanHtml(html).siteName).toBe('Liên minh HTX tỉnh Bình Định');
  });
  it('reads the dateline from one cell of an old table layout when no headline block was found, seconds included', () => {
    const html = `<html><head><title>LMHTX tỉnh sơ kết 6 tháng đầu năm 2016 - Liên minh HTX tỉnh Kon Tum</title></head><body><table>
      <tr><td><span class="TieuDeTin">Sơ kết 6 tháng đầu năm 2016</span></td></tr>
      <tr><td><span class="NgayDang">Cập nhật ngày: 19/07/2016 14:32:07</span></td></tr>
      <tr><td><span class="NoiDung"><p>Theo báo cáo tại hội nghị, đến 30/6/2016 toàn tỉnh có 104 hợp tác xã, tăng 6 hợp tác xã so với cuối năm 2015; tổng số thành viên là 3.415 người, vốn điều lệ của các hợp tác xã đạt 87,3 tỷ đồng.</p><p>Trong 6 tháng, toàn tỉnh thành lập mới 8 hợp tác xã và 15 tổ hợp tác; giải thể 2 hợp tác xã đã ngừng hoạt động lâu năm.</p></span></td></tr></table></body></html>`;
    expect(cleanHtml(html).publishedAt).toBe('2016-07-19T14:32:07+07:00');
  });
  it('removes tracking parameters and fragments, keeps the rest', () => {
    expect(cleanUrl('/tin-tuc/a-1.html?utm_source=fb&id=7&fbclid=x#top', 'https://lmhtx.example.vn/')).toBe('https://lmhtx.example.vn/tin-tuc/a-1.html?id=7');
    expect(cleanUrl('javascript:void(0)', 'https://lmhtx.example.vn/')).toBeNull();
  });
  it('guesses vi and en', () => {
    expect(guessLanguage('Hợp tác xã nông nghiệp của tỉnh đã tổ chức đại hội thành viên thường niên')).toBe('vi');
    expect(guessLanguage('The cooperative held its annual general meeting in the town hall and the members voted')).toBe('en');
  });
});

/** A page on an invented template: menu, sidebar with dated links, the article, a footer. */
function page(article: string, extra = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tiêu đề thử nghiệm về hợp tác xã - Trang thử nghiệm</title>
<link rel="canonical" href="https://htx.example.vn/tin/thu-nghiem-12.html?utm_medium=x"></head><body>
<div class="top">Thứ Hai, 01/01/2029</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul>
<div class="main"><div class="news-detail"><h1>Tiêu đề thử nghiệm về hợp tác xã</h1>${article}</div></div>
<div class="sidebar"><h3>Tin mới</h3><ul><li><a href="/a">Một tin khác có ngày riêng của nó ở đây</a> (05/05/2030)</li></ul></div>
${extra}<div class="footer">Địa chỉ: số 1 đường thử nghiệm. Điện thoại: 0123 456 789</div></body></html>`;
}

const PROSE = [
  'Trong năm qua, các hợp tác xã trên địa bàn đã mở rộng sản xuất, tăng doanh thu và tạo thêm việc làm cho lao động địa phương, góp phần vào tăng trưởng chung.',
  'Liên minh hợp tác xã tỉnh đã phối hợp với các sở, ngành tổ chức nhiều lớp tập huấn, hỗ trợ xúc tiến thương mại và kết nối tiêu thụ sản phẩm cho thành viên.',
  'Năm tới, tỉnh đặt mục tiêu thành lập mới thêm hợp tác xã, nâng cao chất lượng hoạt động và nhân rộng các mô hình hiệu quả trong nông nghiệp, dịch vụ.',
].map((p) => `<p>${p}</p>`).join('\n');

describe('cleanHtml on written pages', () => {
  it('keeps tables as rows of cells joined by " | "', () => {
    const r = cleanHtml(page(`${PROSE}<table><tr><th>Lĩnh vực</th><th>Số HTX</th></tr><tr><td>Nông nghiệp</td><td>212</td></tr><tr><td>Vận tải</td><td>27</td></tr></table>`));
    expect(r.text).toContain('Nông nghiệp | 212\nVận tải | 27');
    expect(r.blocks.some((b) => b.type === 'table' && r.text.slice(b.start, b.end).includes('Nông nghiệp | 212'))).toBe(true);
  });
  it('keeps a table wrapped in <figure> (a CMS table block), drops the figure\'s image caption', () => {
    const r = cleanHtml(page(`${PROSE}<figure class="wp-block-table"><table><tr><th>Lĩnh vực</th><th>Số HTX</th></tr><tr><td>Nông nghiệp</td><td>212</td></tr><tr><td>Vận tải</td><td>27</td></tr></table><figcaption>Nguồn: Liên minh HTX tỉnh</figcaption></figure><figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị</figcaption></figure>`));
    expect(r.text).toContain('Nông nghiệp | 212');
    expect(r.text).not.toContain('Toàn cảnh hội nghị');
  });

  it('keeps the lead printed in its own box before the body (a "sapo")', () => {
    const html = `<html><head><title>Hội nghị sơ kết</title></head><body><div id="page"><div class="menu"><a href="/">Trang chủ</a></div><div class="art"><h1>Hội nghị sơ kết</h1><div class="art-sapo">Sáng 8/10, Liên minh HTX tỉnh tổ chức hội nghị giao ban đánh giá tình hình hoạt động 9 tháng.</div><div class="art-content">${PROSE}</div></div></div></body></html>`;
    expect(cleanHtml(html).text).toMatch(/^Sáng 8\/10, Liên minh HTX tỉnh/);
  });

  it('keeps list items on their own lines and headings as blocks', () => {
    const r = cleanHtml(page(`${PROSE}<h2>Nhiệm vụ năm tới</h2><ul><li>Thành lập mới hợp tác xã.</li><li>Tập huấn cán bộ quản lý.</li></ul>`));
    expect(r.text).toContain('Thành lập mới hợp tác xã.\nTập huấn cán bộ quản lý.');
    expect(r.blocks.map((b) => b.type)).toContain('heading');
    expect(r.blocks.map((b) => b.type)).toContain('list');
  });
  it('drops the sidebar, menu, footer, captions and scripts, and never takes a sidebar or header date', () => {
    const r = cleanHtml(page(`<figure><img src="a.jpg"><figcaption>Ảnh chụp các đại biểu dự hội nghị</figcaption></figure>${PROSE}<script>var x = "Trang chủ";</script>`));
    expect(r.text).not.toMatch(/Tin mới|Trang chủ|Địa chỉ|đại biểu dự hội nghị|var x/);
    expect(r.publishedAt).toBeNull();
    expect(r.title).toBe('Tiêu đề thử nghiệm về hợp tác xã');
    expect(r.text.includes(r.title)).toBe(false);
  });
  it('never takes a date from a side box between the headline and the text', () => {
    const html = `<html><body><h1>Tiêu đề thử nghiệm về hợp tác xã</h1><div class="sidebar"><p>Tin mới 05/05/2030</p></div><div class="content">${PROSE}</div></body></html>`;
    expect(cleanHtml(html).publishedAt).toBeNull();
  });
  it('takes the dateline under the headline and the signature at the end', () => {
    const r = cleanHtml(page(`<div class="date">Cập nhật lúc 08:15 ngày 13/7/2023</div>${PROSE}<p><strong>Minh Anh</strong></p>`));
    expect(r.publishedAt).toBe('2023-07-13T08:15:00+07:00');
    expect(r.author).toBe('Minh Anh');
    expect(r.text).not.toContain('Minh Anh');
    expect(r.text).not.toContain('08:15');
  });
  it('a credit to the paper above the text gives way to the reporter who signs at the end', () => {
    const r = cleanHtml(page(`<p><em>(Theo Báo Nghệ An, số ra ngày 02/4/2019)</em></p>${PROSE}<p><strong>Hoàng Yến</strong></p>`));
    expect(r.author).toBe('Hoàng Yến');
    expect(r.text).not.toContain('Hoàng Yến');
    const unsigned = cleanHtml(page(`<p><em>(Theo Báo Nghệ An, số ra ngày 02/4/2019)</em></p>${PROSE}`));
    expect(unsigned.author).toBe('Báo Nghệ An');
  });
  it('a site that names itself only in its footer\'s copyright line has that name, the alliance\'s', () => {
    const bare = (footer: string) => `<html><head><title>Hợp tác xã vượt khó trong mùa khô</title></head><body><div class="content"><h1>Hợp tác xã vượt khó trong mùa khô</h1>${PROSE}</div><div class="footer">${footer}</div></body></html>`;
    expect(cleanHtml(bare('<font size="1">Bản quyền thuộc Liên minh Hợp tác xã tỉnh Phú Yên<br>Địa chỉ: 12 Lê Lợi, thành phố Tuy Hòa</font>')).siteName).toBe('Liên minh Hợp tác xã tỉnh Phú Yên');
    expect(cleanHtml(bare('<p>© 2016 LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG BÌNH</p>')).siteName).toBe('LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG BÌNH');
    expect(cleanHtml(bare('<p>Bản quyền thuộc Liên minh Hợp tác xã Việt Nam</p>')).siteName).toBeNull();
  });
  it('prefers meta/JSON-LD dates and keeps their offset', () => {
    const withMeta = page(PROSE).replace('</head>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-09-05T11:20:00+02:00"}</script></head>');
    expect(cleanHtml(withMeta).publishedAt).toBe('2023-09-05T11:20:00+02:00');
  });
  it('reads canonical (tracking removed), site name and language', () => {
    const r = cleanHtml(page(PROSE));
    expect(r.canonicalUrl).toBe('https://htx.example.vn/tin/thu-nghiem-12.html');
    expect(r.siteName).toBe('Trang thử nghiệm');
    expect(r.language).toBe('vi');
  });
  it('skips hidden elements', () => {
    const r = cleanHtml(page(`${PROSE}<p style="display:none">Đoạn ẩn không được hiển thị cho người đọc.</p><p hidden>Một đoạn ẩn khác.</p>`));
    expect(r.text).not.toMatch(/ẩn/);
  });
  it('recognises a listing page and resolves its links', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<div class="item"><h3><a href="/tin/bai-${i}.html">Hợp tác xã thứ ${i} mở rộng vùng trồng rau sạch</a></h3><p>Tóm tắt ngắn của bài số ${i}.</p><span>0${i + 1}/03/2024</span></div>`).join('');
    const html = `<html><head><title>Kinh tế tập thể</title></head><body><ul class="menu"><li><a href="/">Trang chủ</a></li></ul><h1>Kinh tế tập thể</h1><div class="list">${items}</div></body></html>`;
    const r = cleanHtml(html, { url: 'https://bao.example.vn/kinh-te-tap-the/' });
    expect(r.kind).toBe('listing');
    expect(r.links).toHaveLength(6);
    expect(r.links[0]).toEqual({ url: 'https://bao.example.vn/tin/bai-0.html', text: 'Hợp tác xã thứ 0 mở rộng vùng trồng rau sạch' });
    expect(r.publishedAt).toBeNull();
  });
  it('names the input in its errors', () => {
    expect(() => cleanHtml('   ', { name: 'trang-trong.html' })).toThrow(/trang-trong\.html/);
  });
});
