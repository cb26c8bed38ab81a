// Hostile input for the cleaner and the decoder: truncated pages, unclosed
// and mismatched tags, 10 000 levels of nesting, a 20 MB page, random bytes.
// Every case ends in a CleanResult or an Error that names the input; none
// hangs (generous timeouts, no timing assertions).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../extractors/clean.js';
import { decodeBytes } from '../extractors/encoding.js';
import { projectFile } from '../extractors/paths.js';
import type { CleanResult } from '../extractors/types.js';

const PAGES = [projectFile('corpus', 'pages'), projectFile('corpus', 'cleaning')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f)),
);

/** A well-formed result: spans inside the text, in order, non-empty. */
function expectResult(r: CleanResult): void {
  expect(['article', 'listing']).toContain(r.kind);
  expect(typeof r.title).toBe('string');
  let last = 0;
  for (const b of r.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeLessThanOrEqual(r.text.length);
    expect(b.end).toBeGreaterThan(b.start);
    last = b.end;
  }
}

/** cleanHtml either returns a well-formed result or throws an Error naming the input. */
function cleanOrNamedError(html: string, name: string): void {
  let r: CleanResult;
  try {
    r = cleanHtml(html, { name });
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toContain(name);
    return;
  }
  expectResult(r);
}

describe('cleanHtml on hostile pages', () => {
  it('random truncations of corpus pages', () => {
    const pages = PAGES.map((p) => readFileSync(p, 'utf8'));
    fc.assert(
      fc.property(fc.nat(pages.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), (i, cut) => {
        const html = pages[i]!;
        cleanOrNamedError(html.slice(0, Math.floor(html.length * cut)), `truncated-${i}`);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('random soups of unclosed, mismatched and nested tags', () => {
    const piece = fc.oneof(
      fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<table>', '<tr>', '<td>', '</table>', '<ul>', '<li>', '<a href="/x">', '</a>',
        '<script>', '</script>', '<!--', '-->', '<h1>', '<figure>', '<figcaption>', '<br>', '<img src=x>', '&nbsp;', '&#7907;', '<', '>', '"'),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('Hợp tác xã nông nghiệp có 212 thành viên, doanh thu tăng.', 'Ngày: 13/07/2023', 'Tin, ảnh: MINH ANH'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => cleanOrNamedError(parts.join(''), 'soup.html')),
      { numRuns: 300 },
    );
  }, 120_000);

  it('10 000 levels of nesting, closed and unclosed', () => {
    const para = '<p>Liên minh hợp tác xã tỉnh tổ chức hội nghị tổng kết, đánh giá kết quả hoạt động trong năm qua.</p>';
    for (const html of [
      '<div>'.repeat(10_000) + para + '</div>'.repeat(10_000),
      '<div><span>'.repeat(5_000) + para,
      '<table><tr><td>'.repeat(3_000) + para,
      '<ul><li>'.repeat(5_000) + para,
    ]) {
      const r = cleanHtml(html, { name: 'deep.html' });
      expectResult(r);
      expect(r.text).toContain('tổng kết, đánh giá kết quả');
    }
  }, 120_000);

  it('a 20 MB page', () => {
    const article = readFileSync(PAGES.find((p) => p.includes('002_'))!, 'utf8');
    const filler = '<div class="sidebar"><ul>' + '<li><a href="/tin/1.html">Một tin khác trong chuyên mục có ngày 01/01/2020</a></li>'.repeat(50) + '</ul></div>';
    let html = article.replace('</body>', '');
    while (html.length < 20 * 1024 * 1024) html += filler;
    html += '</body></html>';
    const r = cleanHtml(html, { name: 'huge.html' });
    expectResult(r);
    expect(r.title).toBe('Liên minh HTX tỉnh tổ chức tổng kết năm 2022 và triển khai nhiệm vụ năm 2023');
    expect(r.text).toContain('thành lập mới 51/50 THT');
    expect(r.text).not.toContain('Một tin khác trong chuyên mục');
  }, 300_000);
});

describe('decodeBytes on hostile bytes', () => {
  it('random bytes decode or fail with the input named', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        try {
          const d = decodeBytes(b, { name: 'random.bin' });
          expect(d.text.trim()).not.toBe('');
          expect(d.text).toBe(d.text.normalize('NFC'));
        } catch (e) {
          expect((e as Error).message).toMatch(/^random\.bin: /);
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('truncated multi-byte UTF-8 decodes (as a single-byte guess), not an exception', () => {
    const b = new TextEncoder().encode('<p>Hợp tác xã</p>').slice(0, 8);
    const d = decodeBytes(b, { name: 'cut.html' });
    expect(d.text.startsWith('<p>H')).toBe(true);
  });
});
