import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, normalizeText, toneKey } from '../extractors/normalize.js';

describe('normalizeText', () => {
  it('composes decomposed Vietnamese (NFC)', () => {
    const decomposed = 'Ho\u0300a Bi\u0300nh, Đô\u0300ng Tha\u0301p';
    expect(normalizeText(decomposed)).toBe('Hòa Bình, Đồng Tháp'.normalize('NFC'));
    expect(normalizeText(decomposed)).not.toBe(decomposed);
  });
  it('turns NBSP and other Unicode spaces into plain spaces', () => {
    expect(normalizeText('17\u00A0tỷ\u2009792\u202Ftriệu\u3000đồng')).toBe('17 tỷ 792 triệu đồng');
  });
  it('removes zero-width characters, soft hyphens and the BOM, even between a letter and its mark', () => {
    expect(normalizeText('\uFEFF1.2\u200B34 HTX\u00AD')).toBe('1.234 HTX');
    expect(normalizeText('ho\u200D\u0300a')).toBe('hòa');
  });
  it('turns full-width digits and % / . , into ASCII', () => {
    expect(normalizeText('\uFF17\uFF12\uFF0C\uFF18\uFF14\uFF05 \uFF13\uFF10\uFF0F\uFF16\uFF0E')).toBe('72,84% 30/6.');
  });
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
  it('keeps the printed tone placement', () => {
    expect(normalizeText('hoà thuỷ khoẻ')).toBe('hoà thuỷ khoẻ');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('toneKey', () => {
  it('moves old-style tone marks to the new place and lowercases', () => {
    expect(toneKey('Hoà Bình')).toBe('hòa bình');
    expect(toneKey('thuỷ sản')).toBe('thủy sản');
    expect(toneKey('Khoẻ')).toBe('khỏe');
    expect(toneKey('hoá')).toBe('hóa');
  });
  it('leaves closed syllables and "qu" alone', () => {
    expect(toneKey('hoàn thành')).toBe('hoàn thành');
    expect(toneKey('quý I')).toBe('quý i');
    expect(toneKey('thuyết')).toBe('thuyết');
  });
  it('makes old and new spellings equal', () => {
    expect(toneKey('Thuỷ lợi Hoà An')).toBe(toneKey('Thủy lợi Hòa An'));
  });
});

describe('foldKey', () => {
  it('drops diacritics, đ→d, lowercases', () => {
    expect(foldKey('Liên minh Hợp tác xã tỉnh Đồng Tháp')).toBe('lien minh hop tac xa tinh dong thap');
  });
});

describe('search keys keep offsets', () => {
  const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯÀÁỦ 0123456789.,/%'.split('')) });
  it('keep the length of NFC text', () => {
    fc.assert(
      fc.property(vietnamese, (s) => {
        const n = normalizeText(s);
        return toneKey(n).length === n.length && foldKey(n).length === n.length;
      }),
    );
  });
  it('let a caller find in the key and slice the original', () => {
    const text = normalizeText('Tổng kết Hội nghị Liên minh HTX tỉnh Hoà Bình năm 2023');
    const at = foldKey(text).indexOf('hoa binh');
    expect(text.slice(at, at + 'hoa binh'.length)).toBe('Hoà Bình');
    const at2 = toneKey(text).indexOf('hòa bình');
    expect(text.slice(at2, at2 + 'hòa bình'.length)).toBe('Hoà Bình');
  });
});
