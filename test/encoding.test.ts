// Bytes → text: charset choice (BOM, HTTP, <meta>, detection), legacy
// Vietnamese font encodings (TCVN3, VNI) and mojibake. Inputs are built here
// from sentences written for the tests, with iconv-lite as the byte encoder.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../extractors/clean.js';
import { charsetFromLabel, decodeBytes, prescanMeta } from '../extractors/encoding.js';
import { LEGACY_EXAMPLES, LEGACY_FONT_HINTS, TCVN3_TABLE, convertLegacy, convertLegacyText, guessLegacy, legacyFontHint } from '../extractors/legacy-vn.js';
import { MOJIBAKE_EXAMPLES, repairMojibake } from '../extractors/mojibake.js';

const SENTENCE = 'Năm nay hợp tác xã nông nghiệp của tỉnh có thêm 120 thành viên, doanh thu tăng 15% so với năm trước.';
const bytes = (s: string, enc: string): Uint8Array => new Uint8Array(iconv.encode(s, enc));
const html = (body: string, head = ''): string => `<html><head>${head}<title>Thử</title></head><body><p>${body}</p></body></html>`;

/** How Windows writes Vietnamese in cp1258: base letters it has, tone marks as combining characters. */
function cp1258Form(s: string): string {
  return [...s.normalize('NFC')]
    .map((c) => {
      const d = c.normalize('NFD');
      const tones = d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
      return d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC') + tones;
    })
    .join('');
}

describe('charset choice', () => {
  it('BOM wins over everything', () => {
    const b = new Uint8Array([0xff, 0xfe, ...bytes(html(SENTENCE, '<meta charset="windows-1252">'), 'utf-16le')]);
    const d = decodeBytes(b, { contentType: 'text/html; charset=iso-8859-1' });
    expect(d.encoding).toMatchObject({ detected: 'utf-16le', source: 'bom' });
    expect(d.text).toContain(SENTENCE);
  });
  it('then the HTTP charset, then <meta>', () => {
    const page = bytes(cp1258Form(html(SENTENCE)), 'windows-1258');
    const viaHttp = decodeBytes(page, { contentType: 'text/html; charset="windows-1258"' });
    expect(viaHttp.encoding).toMatchObject({ detected: 'windows-1258', source: 'http' });
    expect(viaHttp.text).toContain(SENTENCE);
    const withMeta = bytes(cp1258Form(html(SENTENCE, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')), 'windows-1258');
    expect(decodeBytes(withMeta).encoding).toMatchObject({ detected: 'windows-1258', source: 'meta' });
    expect(decodeBytes(withMeta).text).toContain(SENTENCE);
  });
  it('detects UTF-8, and windows-1258 against windows-1252 by its Vietnamese bytes', () => {
    expect(decodeBytes(bytes(html(SENTENCE), 'utf-8')).encoding).toMatchObject({ detected: 'utf-8', source: 'detected' });
    const d = decodeBytes(bytes(cp1258Form(html(SENTENCE)), 'windows-1258'));
    expect(d.encoding).toMatchObject({ detected: 'windows-1258', source: 'detected' });
    expect(d.text).toContain(SENTENCE);
    const french = 'Le café de la coopérative a été rénové près de la forêt.';
    expect(decodeBytes(bytes(html(french), 'windows-1252')).encoding.detected).toBe('windows-1252');
  });
  it('believes valid UTF-8 bytes over a Latin-1 declaration, and guesses when a UTF-8 declaration lies', () => {
    const d = decodeBytes(bytes(html(SENTENCE, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), 'utf-8'));
    expect(d.encoding.detected).toBe('utf-8');
    expect(d.text).toContain(SENTENCE);
    expect(d.warnings.join()).toMatch(/valid UTF-8/);
    const lying = decodeBytes(bytes(cp1258Form(html(SENTENCE, '<meta charset="utf-8">')), 'windows-1258'), { name: 'x.html' });
    expect(lying.text).toContain(SENTENCE);
    expect(lying.warnings.join()).toMatch(/x\.html.*not valid UTF-8/);
  });
  it('prescan and labels', () => {
    expect(prescanMeta(bytes('<!-- <meta charset="koi8-r"> --><meta charset=\'UTF-8\'>', 'utf-8'))).toBe('UTF-8');
    expect(prescanMeta(bytes('<meta name="description" content="charset=utf-8 is nice">', 'utf-8'))).toBeNull();
    expect(charsetFromLabel('latin1')).toBe('windows-1252');
    expect(charsetFromLabel('no-such-charset')).toBeNull();
  });
});

describe('bad input is named in the error', () => {
  it.each([
    ['empty', new Uint8Array(0), /empty-file.*empty input \(0 bytes\)/],
    ['whitespace', bytes(' \n\t  \n', 'utf-8'), /empty-file.*only whitespace/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /empty-file.*binary/],
  ])('%s', (_, b, re) => expect(() => decodeBytes(b, { name: 'empty-file' })).toThrow(re));
});

describe('legacy font encodings', () => {
  it('the TCVN3 table agrees with iconv-lite’s TCVN decoder, entry by entry', () => {
    for (const [ch, vi] of Object.entries(TCVN3_TABLE)) {
      expect(iconv.decode(Buffer.from([ch.charCodeAt(0)]), 'tcvn'), `0x${ch.charCodeAt(0).toString(16)}`).toBe(vi);
    }
  });
  for (const e of LEGACY_EXAMPLES) it(`${e.encoding}: ${e.legacy}`, () => expect(convertLegacy(e.legacy, e.encoding)).toBe(e.unicode));
  it('font-family hints', () => {
    for (const h of LEGACY_FONT_HINTS) for (const ex of h.examples) expect(legacyFontHint(ex)).toBe(h.encoding);
    expect(legacyFontHint('font-family: Arial')).toBeNull();
  });
  it('a .VnTime page (TCVN3 bytes read as windows-1252) comes out as Unicode, recorded as converted', () => {
    const lower = SENTENCE.replace('Năm', 'năm');
    const page = Buffer.concat([Buffer.from('<html><body><p><font face=".VnTime">'), iconv.encode(lower, 'tcvn'), Buffer.from('</font></p></body></html>')]);
    const d = decodeBytes(new Uint8Array(page));
    expect(d.encoding).toMatchObject({ detected: 'windows-1252', converted: 'TCVN3' });
    expect(d.text).toContain(lower);
  });
  it('a VNI-Times page comes out as Unicode', () => {
    const vni = 'Hôïp taùc xaõ noâng nghieäp tænh coù 120 thaønh vieân, doanh thu taêng 15%.';
    const page = bytes(`<html><head><meta charset="windows-1252"></head><body><p><font face="VNI-Times">${vni}</font></p></body></html>`, 'windows-1252');
    const d = decodeBytes(page);
    expect(d.encoding).toMatchObject({ detected: 'windows-1252', source: 'meta', converted: 'VNI' });
    expect(d.text).toContain('Hợp tác xã nông nghiệp tỉnh có 120 thành viên, doanh thu tăng 15%.');
  });
  it('leaves Unicode Vietnamese, French and stray symbols alone', () => {
    for (const s of [
      SENTENCE,
      'Le café où l’élève a mangé à côté.',
      'Trang chủ · Tin tức · Liên hệ © 2023 ®',
      'Die Genossenschaft für Müller und Bäcker hat über fünfzig Mitglieder, schöne Grüße aus Köln.',
      'Brødrene på gården købte også æbler og pærer på torvet i går.',
    ]) {
      expect(guessLegacy(s).encoding).toBeNull();
      expect(convertLegacyText(s, { html: true })).toEqual({ text: s, converted: null });
    }
  });
});

describe('cleanHtml given a string that was decoded elsewhere', () => {
  it('converts font-encoded text and mojibake itself, and says so', () => {
    const prose = 'hợp tác xã nông nghiệp của tỉnh có thêm 120 thành viên, doanh thu tăng 15% so với năm trước, lợi nhuận tăng.';
    const tcvn = iconv.encode(prose, 'tcvn').toString('latin1');
    const page = (p: string): string => `<html><body><h1>Tiêu đề bài viết thử nghiệm</h1><div class="content"><p>${p}</p><p>${p}</p></div></body></html>`;
    const legacy = cleanHtml(page(tcvn), { name: 'tcvn.html' });
    expect(legacy.text).toContain(prose);
    expect(legacy.encoding).toMatchObject({ converted: 'TCVN3', source: 'default' });
    const broken = iconv.decode(Buffer.from(prose, 'utf8'), 'windows-1252');
    const moji = cleanHtml(page(broken), { name: 'moji.html' });
    expect(moji.text).toContain(prose);
    expect(moji.encoding?.mojibakeRepaired).toBe(true);
    expect(cleanHtml(page(prose)).encoding).toBeNull();
  });
});

describe('mojibake', () => {
  for (const e of MOJIBAKE_EXAMPLES) it(e.broken, () => expect(repairMojibake(e.broken).text).toBe(e.fixed));
  it('UTF-8 text once read as windows-1252 and saved again is repaired and recorded', () => {
    const broken = iconv.decode(Buffer.from(SENTENCE, 'utf8'), 'windows-1252');
    const d = decodeBytes(bytes(html(broken), 'utf-8'));
    expect(d.encoding.mojibakeRepaired).toBe(true);
    expect(d.text).toContain(SENTENCE);
  });
  it('clean text is not touched', () => {
    expect(repairMojibake(SENTENCE)).toEqual({ text: SENTENCE, repaired: false, suspicious: 0 });
  });
});
