// No fact from chrome, references, dates or related-news lists.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extractors/document.js';
import { extractCorpus } from './helpers/corpus.js';

describe('over the whole corpus', () => {
  const results = extractCorpus();
  it('no fact stands on a reference, a date or a period mention', () => {
    let checked = 0;
    for (const { path, result } of results) {
      const notQuantities = result.mentions.filter((m) => m.kind === 'reference' || m.kind === 'date' || m.kind === 'period');
      for (const f of result.facts) {
        const hit = notQuantities.find((m) => m.start < f.valueSpan.end && f.valueSpan.start < m.end);
        expect(hit, `${path}: fact ${f.metric} ${f.value} on ${hit?.kind} "${hit?.text}"`).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
  it('phone numbers, legal references and counters in the texts are references', () => {
    const refs = results.flatMap(({ result }) => result.mentions.filter((m) => m.kind === 'reference'));
    expect(refs.some((m) => /NQ|QĐ|KL|Luật/u.test(m.text))).toBe(true);
    for (const m of refs) expect(m.value).toBeNull();
  });
});

describe('a page whose only numbers are chrome', () => {
  const html = `<!doctype html><html lang="vi"><head><title>Hội nghị tổng kết - Liên minh HTX tỉnh Hà Nam</title>
    <meta property="article:published_time" content="2024-01-20T08:00:00+07:00"></head><body>
    <div class="top-menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | Hotline: 0226 3852 114</div>
    <div class="font-size">Cỡ chữ: A- A A+</div>
    <div class="main"><article class="detail"><h1>Hội nghị tổng kết công tác năm 2023</h1>
      <p>Sáng ngày 18/1/2024, Liên minh Hợp tác xã tỉnh Hà Nam tổ chức hội nghị tổng kết công tác, đánh giá những kết quả nổi bật và bàn giải pháp cho thời gian tới.</p>
      <p>Các đại biểu đã thảo luận sôi nổi về vai trò của kinh tế tập thể trong xây dựng nông thôn mới, theo tinh thần Nghị quyết số 20-NQ/TW ngày 16/6/2022 và Luật Hợp tác xã năm 2023.</p>
      <p><strong>Thu Trang</strong></p></article>
    <aside class="related"><h3>Tin liên quan</h3><ul>
      <li><a href="/tin/1">Năm 2023 toàn tỉnh thành lập mới 25 HTX, nâng tổng số lên 512 HTX</a> (05/01/2024)</li>
      <li><a href="/tin/2">Hơn 1.200 thành viên tham gia tập huấn</a> (28/12/2023)</li></ul></aside></div>
    <footer>Liên minh HTX tỉnh Hà Nam — Số 12 đường Lê Hoàn, TP Phủ Lý. Điện thoại: 0226 3852 114. Fax: 0226 3852 115.<br>
      Thống kê truy cập: 1.245.678 | Đang trực tuyến: 37</footer></body></html>`;
  const r = extractDocument({ html, url: 'https://lmhtx.hanam.gov.vn/tin/hoi-nghi-tong-ket' });
  it('gives no fact', () => expect(r.facts).toEqual([]));
  it('keeps the chrome out of the text and still reads the references and the date', () => {
    expect(r.document.text).not.toMatch(/Tin liên quan|Thống kê truy cập|0226|512 HTX/u);
    expect(r.mentions.filter((m) => m.kind === 'reference').map((m) => m.text)).toEqual(expect.arrayContaining(['Nghị quyết số 20-NQ/TW']));
    expect(r.document.eventDate).toBe('2024-01-18');
    expect(r.document.province?.name).toBe('Hà Nam');
  });
});
