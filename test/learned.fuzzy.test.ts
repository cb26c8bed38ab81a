import { describe, expect, it } from 'vitest';
import { FUZZY_EXAMPLES, MIN_FUZZY_LENGTH, closestName, findProvinceMentions, matchProvinceName } from '../extractors/learned/fuzzy-names.js';
import { lookupProvince, provinceRows } from '../extractors/provinces.js';

describe('matchProvinceName', () => {
  it.each(FUZZY_EXAMPLES)('$printed → $code ($how)', ({ printed, code, how }) => {
    const m = matchProvinceName(printed);
    expect(m?.row.code ?? null).toBe(code);
    if (how) expect(m?.how).toBe(how);
  });

  it('finds every gazetteer name and alias exactly', () => {
    for (const row of provinceRows()) {
      for (const form of [row.name, ...row.aliases]) {
        const m = matchProvinceName(form);
        expect(m?.row.code, form).toBe(row.code);
        expect(m?.how, form).toBe('exact');
      }
    }
  });

  it('never turns a one-letter slip in a province name into another province', () => {
    for (const row of provinceRows()) {
      const name = row.name;
      const at = name.lastIndexOf(' ') + 2;
      if (at + 1 >= name.length) continue;
      for (const typo of [name.slice(0, at) + name.slice(at + 1), name.slice(0, at) + name[at] + name.slice(at)]) {
        const m = matchProvinceName(typo);
        if (m) expect(m.row.code, typo).toBe(row.code);
      }
    }
  });

  it('adds matches the plain gazetteer lookup does not make', () => {
    const fuzzy = FUZZY_EXAMPLES.filter((e) => e.how === 'fuzzy');
    expect(fuzzy.length).toBeGreaterThan(3);
    for (const e of fuzzy) expect(lookupProvince(e.printed), e.printed).toBeNull();
  });

  it('does not guess on short names', () => {
    expect(MIN_FUZZY_LENGTH).toBeGreaterThan(6);
    expect(matchProvinceName('Gia Lam')).toBeNull();
    expect(matchProvinceName('')).toBeNull();
  });
});

describe('findProvinceMentions', () => {
  const cases: { text: string; names: string[]; how?: string[] }[] = [
    { text: 'Đoàn công tác của Liên minh HTX tinh Kien Giang đã làm việc với bà con.', names: ['91'], how: ['ascii'] },
    { text: 'Năm nay tỉnh Thái Ngyuên có thêm 12 hợp tác xã mới.', names: ['19'], how: ['fuzzy'] },
    { text: 'Hội nghị diễn ra tại TP.Cần Thơ và tỉnh Long An trong hai ngày.', names: ['92', '80'] },
    { text: 'LIÊN MINH HTX TỈNH BÌNH DƯƠNGG tổ chức tập huấn cho 40 học viên.', names: ['74'], how: ['fuzzy'] },
    { text: 'Lãnh đạo Tỉnh ủy và thành phố đã dự buổi lễ; tỉnh có 300 HTX.', names: [] },
    { text: 'Hợp tác xã ở huyện Gia Lâm và thị xã Hà Tây cũ bán rau sạch.', names: [] },
    { text: 'Đại diện tỉnh Bà Rịa - Vũng Tàu phát biểu.', names: ['77'], how: ['exact'] },
  ];
  it.each(cases)('$text', ({ text, names, how }) => {
    const found = findProvinceMentions(text);
    expect(found.map((m) => m.row.code)).toEqual(names);
    if (how) expect(found.map((m) => m.how)).toEqual(how);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(matchProvinceName(m.text)?.row.code).toBe(m.row.code);
    }
  });

  it('prefers an exact shorter name to a longer fuzzy one', () => {
    const [m] = findProvinceMentions('Ông Lê Văn Ba, tỉnh Long An Tuấn Anh cho biết.');
    expect(m?.text).toBe('Long An');
    expect(m?.how).toBe('exact');
  });
});

describe('closestName (districts, sectors)', () => {
  const sectors = ['nông nghiệp', 'phi nông nghiệp', 'vận tải', 'xây dựng', 'thương mại dịch vụ', 'tiểu thủ công nghiệp', 'quỹ tín dụng nhân dân'];
  const districts = ['Kiến Xương', 'Tiền Hải', 'Vũ Thư', 'Hưng Hà', 'Đông Hưng', 'Quỳnh Phụ'];
  it.each([
    ['nong nghiep', sectors, 'nông nghiệp', 'ascii'],
    ['thương mai dịch vu', sectors, 'thương mại dịch vụ', 'ascii'],
    ['tiểu thủ công nghiêpp', sectors, 'tiểu thủ công nghiệp', 'fuzzy'],
    ['quỹ tín dụng nhân dâan', sectors, 'quỹ tín dụng nhân dân', 'fuzzy'],
    ['Kiến Xưong', districts, 'Kiến Xương', 'ascii'],
    ['Quỳnh Phu', districts, 'Quỳnh Phụ', 'ascii'],
    ['Kiến Xươngg', districts, 'Kiến Xương', 'fuzzy'],
  ] as const)('%s → %s', (printed, names, name, how) => {
    expect(closestName(printed, names)).toMatchObject({ name, how });
  });
  it.each([
    ['dịch vụ', sectors],
    ['Đông Hà', districts],
    ['Hưng Yên', districts],
    ['công nghiệp', sectors],
  ] as const)('%s matches nothing', (printed, names) => {
    expect(closestName(printed, names)).toBeNull();
  });
});
