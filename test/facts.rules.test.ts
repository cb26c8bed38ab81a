// The fact layer's tables, read with their own examples, and the behaviours
// the contract's conventions fix, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extractors/document.js';
import { readSector } from '../extractors/facts/sector.js';
import { AFTER_NOUN_EXAMPLES, BLOCKING_VERBS, EACH_PLACE_EXAMPLES, METRIC_KEYWORDS, NOT_THEIR_LAND, NOUNS, OTHER_GROUP, OTHER_GROUP_EXAMPLES, PARTICIPATION_AFTER, RATINGS, SCOPE_TRIGGERS, SECTOR_TERMS, STATUS_TRIGGERS, SUBSET_AFTER } from '../extractors/facts/vocab.js';
import { toneKey } from '../extractors/normalize.js';

describe('vocabulary tables match their own examples', () => {
  for (const rule of NOUNS) {
    it(rule.id, () => {
      for (const ex of rule.examples) {
        const m = rule.pattern.exec(toneKey(ex.text));
        expect(m?.[0], ex.text).toBe(toneKey(ex.match ?? ex.text));
      }
      for (const ex of rule.counter ?? []) expect(rule.pattern.test(toneKey(ex.text)), ex.text).toBe(false);
    });
  }
  for (const table of [METRIC_KEYWORDS, SCOPE_TRIGGERS, STATUS_TRIGGERS, RATINGS]) {
    for (const rule of table) {
      it(rule.id, () => {
        for (const ex of rule.examples) expect(toneKey(ex.text).match(rule.pattern)?.[0], ex.text).toBe(toneKey(ex.match ?? ex.text));
        for (const ex of ('counter' in rule ? rule.counter : undefined) ?? []) expect(rule.pattern.test(toneKey(ex.text)), ex.text).toBe(false);
      });
    }
  }
  for (const term of SECTOR_TERMS) {
    it(term.id, () => {
      for (const ex of term.examples) {
        const label = readSector(toneKey(ex.text), 0, ex.text.length, { lead: false });
        expect(label?.sector, ex.text).toBe(term.sector);
      }
    });
  }
});

describe('land that is not the cooperatives\' (NOT_THEIR_LAND)', () => {
  for (const rule of NOT_THEIR_LAND) it(rule.id, () => { for (const ex of rule.examples) expect(rule.pattern.test(toneKey(ex)), ex).toBe(true); });
});

describe('verbs before a counted group (BLOCKING_VERBS)', () => {
  for (const ex of BLOCKING_VERBS.examples) it(ex.text, () => expect(BLOCKING_VERBS.pattern.test(toneKey(ex.text))).toBe(true));
});

describe('what follows a counted noun', () => {
  for (const [name, re] of [['participation', PARTICIPATION_AFTER], ['subset', SUBSET_AFTER]] as const) {
    it(name, () => {
      for (const ex of AFTER_NOUN_EXAMPLES[name].examples) expect(re.test(toneKey(ex)), ex).toBe(true);
      for (const ex of AFTER_NOUN_EXAMPLES[name].counter) expect(re.test(toneKey(ex)), ex).toBe(false);
    });
  }
});

describe('sector labels', () => {
  const cases: [string, string][] = [
    ['nông nghiệp và tiểu thủ công nghiệp', 'multiple'],
    ['công nghiệp - tiểu thủ công nghiệp, vận tải, xây dựng, thương mại dịch vụ và lĩnh vực khác', 'non_agriculture'],
    ['Thương mại, dịch vụ, du lịch', 'trade_services'],
    ['dịch vụ nông nghiệp', 'agriculture'],
    ['Quỹ TDND và các HTX phi nông nghiệp', 'non_agriculture'],
    ['nước sạch', 'environment'],
  ];
  for (const [label, sector] of cases) it(label, () => expect(readSector(toneKey(label), 0, label.length, { lead: false, exact: true })?.sector).toBe(sector));
});

/** Facts of a small article written for the test (report period: the year in the title). */
function facts(body: string, title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023') {
  const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split('\n\n')
    .map((p) => (p.startsWith('<table') ? p : `<p>${p}</p>`))
    .join('')}</article></body></html>`;
  return extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/1' }).facts;
}
const brief = (f: ReturnType<typeof facts>[number]) => [f.entity, f.metric, f.scope, f.sector, f.rating, f.statistic, f.status, f.value, f.unit];

describe('conventions of the contract', () => {
  it('a stock with "hiện có" takes the end of the report period as asOf, marked as inferred', () => {
    const [f] = facts('Toàn tỉnh hiện có 480 HTX, thu hút hơn 20 nghìn thành viên.');
    expect(brief(f!)).toEqual(['cooperative', 'count', 'existing', null, null, 'total', 'actual', 480, 'count']);
    expect(f!.asOf).toBe('2023-12-31');
    expect(f!.dateFrom).toBe('report_period');
  });

  it('a change with the earlier stock gives two facts', () => {
    const fs = facts('Đến 31/12/2023, toàn tỉnh có 312 HTX, tăng 14 HTX so với cuối năm 2022 (có 298 HTX).');
    expect(fs.map((f) => [f.scope, f.value, f.asOf, f.period?.start ?? null])).toEqual([
      ['existing', 312, '2023-12-31', null],
      ['change', 14, null, '2023-01-01'],
      ['existing', 298, '2022-12-31', null],
    ]);
  });

  it('a decrease is a negative value', () => {
    const fs = facts('Số HTX ngừng hoạt động giảm 6 HTX so với năm 2022.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['change', -6]]);
  });

  it('value/plan when the sentence speaks of a plan, and the achievement percentage', () => {
    const fs = facts('Năm 2023, thành lập mới 18/20 HTX, đạt 90% kế hoạch.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.plan, f.refMetric])).toEqual([
      ['count', 'new', 18, 20, null],
      ['plan_achievement', 'new', 90, null, 'count'],
    ]);
  });

  it('a plan in brackets after an actual is its plan (and, after the share achieved, a target of its own), and the achievement after another entity\'s planned figure is that entity\'s', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 33 HTX, đạt 110% kế hoạch năm (kế hoạch 30 HTX); thành lập mới 52 THT, đạt 86,7% kế hoạch. Liên minh mở 7 lớp tập huấn, bồi dưỡng (kế hoạch năm 10 lớp).');
    expect(fs.map((f) => [f.entity, f.metric, f.status, f.value, f.plan])).toEqual([
      ['cooperative', 'count', 'actual', 33, 30],
      ['cooperative', 'plan_achievement', 'actual', 110, null],
      ['cooperative', 'count', 'target', 30, null],
      ['cooperative_group', 'count', 'actual', 52, null],
      ['cooperative_group', 'plan_achievement', 'actual', 86.7, null],
      ['training_course', 'count', 'actual', 7, 10],
    ]);
  });

  it('a province-wide stock with no day of its own takes the one reporting day stated before it; "đến nay" and a district\'s stock take the report\'s end', () => {
    const fs = facts('Tính đến ngày 30/11/2023, toàn tỉnh có 420 HTX.\n\nXét theo lĩnh vực, có 301 HTX nông nghiệp và 45 HTX vận tải.\n\nHuyện Tân Lạc có 38 HTX. Đến nay, toàn tỉnh có 1.120 tổ hợp tác.');
    expect(fs.map((f) => [f.value, f.asOf, f.dateFrom])).toEqual([
      [420, '2023-11-30', 'sentence'],
      [301, '2023-11-30', 'document'],
      [45, '2023-11-30', 'document'],
      [38, '2023-12-31', 'report_period'],
      [1120, '2023-12-31', 'report_period'],
    ]);
  });

  it('a year compared with at the opening of a paragraph is not the paragraph\'s time', () => {
    const fs = facts('Tổng số: 318 HTX (tăng 9 HTX so với năm 2022), 402 THT. Thành lập mới: 21 HTX.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.asOf, f.period?.start ?? null])).toEqual([
      [318, '2023-12-31', null],
      [9, null, '2023-01-01'],
      [402, '2023-12-31', null],
      [21, null, '2023-01-01'],
    ]);
  });

  it('a list line headed by a place is about that place to its end, over semicolons; "toàn tỉnh" in it speaks of the province', () => {
    const fs = facts('Kết quả tại một số địa phương:<br>Huyện Tân Lạc: có 52 HTX, nhiều nhất tỉnh; năm 2023 thành lập mới 6 HTX.<br>Huyện Mai Châu: có 31 HTX; toàn tỉnh có 420 HTX.');
    expect(fs.map((f) => [f.value, f.place?.name ?? null])).toEqual([
      [52, 'Huyện Tân Lạc'],
      [6, 'Huyện Tân Lạc'],
      [31, 'Huyện Mai Châu'],
      [420, null],
    ]);
  });

  it('a bare "Liên hiệp" opening a later sentence speaks of the union just named', () => {
    const fs = facts('Liên hiệp HTX Rau sạch Tân Lộc được thành lập năm 2016 trên cơ sở liên kết của 4 HTX. Năm 2023, Liên hiệp tiêu thụ 3.000 tấn rau, tổng doanh thu đạt 12,5 tỷ đồng, lợi nhuận 800 triệu đồng.');
    expect(fs.filter((f) => f.metric !== 'members').map((f) => [f.entity, f.metric, f.place?.level ?? null])).toEqual([
      ['cooperative_union', 'revenue', 'cooperative'],
      ['cooperative_union', 'profit', 'cooperative'],
    ]);
  });

  it('a part of a breakdown picked by what was done to it or where it lies is no fact; one picked by sector or rating is', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 14 HTX, trong đó có 6 HTX được xây dựng theo mô hình kiểu mới. Toàn tỉnh có 320 HTX, trong đó 41 HTX ở các xã vùng cao; trong đó có 250 HTX nông nghiệp.');
    expect(fs.map((f) => [f.scope, f.sector, f.value])).toEqual([
      ['new', null, 14],
      ['existing', null, 320],
      ['existing', 'agriculture', 250],
    ]);
  });

  it('the members of a board are not the cooperative\'s members', () => {
    const fs = facts('HTX Nông nghiệp Tân Lộc hiện có 240 thành viên. Đại hội đã bầu Hội đồng quản trị gồm 5 thành viên, Ban kiểm soát 3 thành viên.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['members', 240]]);
  });

  it('the members of groups counted with their sector keep that sector', () => {
    const fs = facts('Xã Tân Lộc có 2 HTX và 9 tổ hợp tác chăn nuôi lợn, gà với 110 tổ viên.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value])).toEqual([
      ['cooperative', 'count', null, 2],
      ['cooperative_group', 'count', 'agriculture', 9],
      ['cooperative_group', 'members', 'agriculture', 110],
    ]);
  });

  it('a scope word inside an aside closed before the figure does not set its scope', () => {
    const fs = facts('Kết quả đánh giá năm 2023 đối với 150 HTX (không tính các HTX mới thành lập) cho thấy: có 31 HTX xếp loại tốt, 60 HTX khá.');
    expect(fs.filter((f) => f.rating).map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['existing', 'good', 31],
      ['existing', 'fair', 60],
    ]);
  });

  it('a plan in brackets after "chỉ tiêu … đề ra" names who set it and is still the actual\'s plan', () => {
    const fs = facts('Giai đoạn 2018 - 2023, toàn tỉnh thành lập mới 96 HTX, vượt chỉ tiêu Nghị quyết Đại hội lần thứ V đề ra (80 HTX).');
    expect(fs.map((f) => [f.status, f.value, f.plan])).toEqual([['actual', 96, 80]]);
  });

  it('the share of a plan achieved after the plan is stated is the result\'s, of the entity and scope the plan names', () => {
    const fs = facts('Trong 4 tháng, toàn tỉnh thành lập mới 9 HTX; 4 HTX đã hoàn tất thủ tục giải thể. Kế hoạch năm 2023 thành lập mới 35 HTX và 40 THT; như vậy mới đạt 25,7% kế hoạch thành lập mới HTX.', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 4 tháng đầu năm 2023');
    expect(fs.filter((f) => f.metric === 'plan_achievement').map((f) => [f.entity, f.scope, f.status, f.value])).toEqual([['cooperative', 'new', 'actual', 25.7]]);
  });

  it('inactive cooperatives "hoặc đang hoàn thiện thủ tục giải thể" are still all the inactive ones', () => {
    const fs = facts('Tính đến ngày 31/12/2023, toàn tỉnh có 428 HTX. Trong số này, 397 HTX đang hoạt động, 31 HTX ngừng hoạt động hoặc đang hoàn thiện thủ tục giải thể.');
    expect(fs.map((f) => [f.rating, f.value])).toEqual([[null, 428], ['operating', 397], ['inactive', 31]]);
  });

  it('a sector named by its group word before "chiếm" takes a share of the count', () => {
    const fs = facts('Toàn tỉnh có 160 HTX. Về cơ cấu ngành nghề, khối phi nông nghiệp chiếm gần 60% tổng số HTX.');
    expect(fs.map((f) => [f.metric, f.sector, f.sectorLabel, f.value, f.qualifier])).toEqual([
      ['count', null, null, 160, 'exact'],
      ['share', 'non_agriculture', 'phi nông nghiệp', 60, 'nearly'],
    ]);
  });

  it('"Số HTX <class> (bracket) năm N là M HTX": the class is the count\'s, and the evidence keeps the subject across the bracket', () => {
    const fs = facts('Số HTX hoạt động hiệu quả (xếp loại khá, tốt) năm 2023 là 68 HTX, chiếm 43,6% số HTX được đánh giá.');
    expect(fs.map((f) => [f.metric, f.rating, f.value])).toEqual([['count', 'effective', 68], ['share', 'effective', 43.6]]);
    expect(fs[0]!.evidence.text.startsWith('Số HTX hoạt động hiệu quả')).toBe(true);
  });

  it('the people of courses of one kind, inside a breakdown of the courses, are a part too', () => {
    const fs = facts('Năm 2023, Liên minh HTX tỉnh tổ chức 25 lớp tập huấn cho 1.900 lượt người, trong đó có 5 lớp chuyên đề chuyển đổi số với 210 học viên.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 25], ['participants', 1900]]);
  });

  it('"N HTX trong số này …" is a part of the count before, no fact', () => {
    const fs = facts('Toàn tỉnh có 214 HTX, trong đó 187 HTX đang hoạt động và 27 HTX ngừng hoạt động (11 HTX trong số này đang hoàn tất thủ tục giải thể).');
    expect(fs.map((f) => [f.rating, f.value])).toEqual([[null, 214], ['operating', 187], ['inactive', 27]]);
  });

  it('money in a paragraph about the cooperative support fund, in a sentence naming no cooperative, is the fund\'s', () => {
    const fs = facts('Toàn tỉnh có 320 HTX với vốn điều lệ 1.250 tỷ đồng.\n\nQuỹ hỗ trợ phát triển HTX tỉnh được thành lập năm 2012. Từ nguồn vốn điều lệ ban đầu 8 tỷ đồng, đến nay vốn của Quỹ đã lên 25 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 320], ['charter_capital', 1250000000000]]);
  });

  it('"Trong số này có N HTX …" and "trong số HTX thành lập mới có N HTX được …" are parts, no facts', () => {
    const fs = facts('Toàn tỉnh có 43 HTX trồng thanh long. Trong số này có 11 HTX có vùng trồng đạt chứng nhận VietGAP. Năm 2023 thành lập mới 27 HTX; trong số HTX thành lập mới có 16 HTX được chuyển đổi từ THT.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['existing', 43], ['new', 27]]);
  });

  it('the change of two rating classes at once is no fact; of one class it keeps the class', () => {
    const fs = facts('Năm 2023 có 78 HTX xếp loại tốt, 142 HTX khá. Số HTX tốt, khá tăng 17 HTX so với năm 2022. Số HTX yếu giảm 9 HTX.');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([['existing', 'good', 78], ['existing', 'fair', 142], ['change', 'weak', -9]]);
  });

  it('"Số HTX <class> ước N HTX" keeps the class and the estimate; "đạt tỷ lệ N% kế hoạch" is an achievement', () => {
    const fs = facts('Số HTX hoạt động hiệu quả ước 472 HTX, chiếm 62,8% số HTX đang hoạt động. Năm 2023, toàn tỉnh thành lập mới 12 HTX, đạt tỷ lệ 80% kế hoạch năm.');
    expect(fs.map((f) => [f.metric, f.rating, f.status, f.value])).toEqual([
      ['count', 'effective', 'estimate', 472],
      ['share', 'effective', 'estimate', 62.8],
      ['count', null, 'actual', 12],
      ['plan_achievement', null, 'actual', 80],
    ]);
  });

  it('a list of shares by class: "tốt chiếm 12,3%, loại khá 28,7%, loại trung bình 40,1% và loại yếu 18,9%"', () => {
    const fs = facts('Kết quả đánh giá năm 2023 cho thấy, tỷ lệ HTX xếp loại tốt chiếm 12,3%, loại khá 28,7%, loại trung bình 40,1% và loại yếu 18,9%.');
    expect(fs.map((f) => [f.metric, f.rating, f.value])).toEqual([
      ['share', 'good', 12.3],
      ['share', 'fair', 28.7],
      ['share', 'average', 40.1],
      ['share', 'weak', 18.9],
    ]);
  });

  it('the change of an estimated stock is estimated too', () => {
    const fs = facts('Ước thực hiện năm 2023, toàn tỉnh có 420 HTX. So với cuối năm 2022, số HTX tăng thêm 18 HTX.');
    expect(fs.map((f) => [f.scope, f.status, f.value])).toEqual([['existing', 'estimate', 420], ['change', 'estimate', 18]]);
  });

  it('OCOP products said new ("… sản phẩm OCOP mới", "được công nhận mới") or recognised within the year a sentence opens on are new ones', () => {
    const fs = facts('Năm 2023, Hội đồng đã công nhận 38 sản phẩm OCOP mới (6 sản phẩm 4 sao, 32 sản phẩm 3 sao). Năm 2022, toàn tỉnh có 41 sản phẩm được công nhận OCOP. Tính đến nay, toàn tỉnh có 210 sản phẩm được công nhận OCOP.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['new', 38], ['new', 6], ['new', 32], ['new', 41], ['existing', 210]]);
  });

  it('"tổng số … còn N" after a flow word is the stock', () => {
    const fs = facts('Sau chuyển đổi, các HTX chỉ kết nạp những người có nhu cầu, nên tổng số thành viên HTX toàn tỉnh còn 52.300 thành viên.');
    expect(fs.map((f) => [f.metric, f.scope, f.value])).toEqual([['members', 'existing', 52300]]);
  });

  it('"người lao động tại HTX" and "quý I HTX đạt …" after a named cooperative speak of it', () => {
    const fs = facts('HTX Nông nghiệp Tân Lộc hiện có 48 thành viên. Năm 2023, thu nhập bình quân của người lao động tại HTX đạt 6 triệu đồng/người/tháng. Nhờ bán bưởi dịp Tết, quý I HTX đạt doanh thu khoảng 1,1 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.place?.level ?? null])).toEqual([['members', 'cooperative'], ['income', 'cooperative'], ['revenue', 'cooperative']]);
  });

  it('a stock said to be now ("Hiện HTX có …") is not of the past year its paragraph opened on', () => {
    const fs = facts('Năm 2016, HTX Nông nghiệp Tân Lộc được thành lập với 9 thành viên. Hiện HTX có 58 hộ thành viên.');
    expect(fs.map((f) => [f.value, f.scope, f.asOf, f.period?.end ?? null])).toEqual([[9, 'new', null, '2016-12-31'], [58, 'existing', '2023-12-31', null]]);
  });

  it('a sentence about the whole sector takes no sector from a count of one sector in the sentence before', () => {
    const fs = facts('Trong tổng số HTX có 587 HTX nông nghiệp. Khu vực HTX thu hút trên 35.000 thành viên; doanh thu bình quân đạt 3,2 tỷ đồng/HTX/năm.');
    expect(fs.map((f) => [f.metric, f.sector])).toEqual([['count', 'agriculture'], ['members', null], ['revenue', null]]);
  });

  it('a headline\'s sector is not lent to a sentence about the whole province, however long its numbers ("1.180")', () => {
    const fs = facts('Tính đến ngày 30/6/2023, toàn tỉnh có 205 HTX và 1.180 tổ hợp tác; trong đó có 181 HTX đang hoạt động. Các HTX này thu hút 9.000 thành viên.', 'Hợp tác xã nông nghiệp năm 2023: số lượng tăng, chất lượng chuyển biến');
    expect(fs.filter((f) => f.value === 181).map((f) => [f.rating, f.sector])).toEqual([['operating', null]]);
  });

  it('grades of a classification of one sector named with its year keep the sector', () => {
    const fs = facts('Kết quả đánh giá, phân loại năm 2023 đối với các HTX nông nghiệp cho thấy: 96 HTX đạt loại tốt, 178 HTX loại khá và 81 HTX loại yếu.');
    expect(fs.map((f) => [f.rating, f.sector, f.value])).toEqual([['good', 'agriculture', 96], ['fair', 'agriculture', 178], ['weak', 'agriculture', 81]]);
  });

  it('products the cooperatives own ("HTX đứng tên", "các HTX đang sở hữu …, …") and the cooperatives owning them are parts, no facts', () => {
    const fs = facts('Toàn tỉnh có 412 sản phẩm OCOP. Hiện có 84 HTX đứng tên 187 sản phẩm OCOP, chiếm 45,4% số sản phẩm toàn tỉnh. Các HTX đang sở hữu 3 sản phẩm 5 sao, 49 sản phẩm 4 sao và 135 sản phẩm 3 sao. Tổ hợp tác và hộ sản xuất sở hữu 37 sản phẩm OCOP.');
    expect(fs.map((f) => [f.entity, f.value])).toEqual([['ocop_product', 412]]);
  });

  it('the change of a grade after a list of one sector\'s grades keeps that sector', () => {
    const fs = facts('Kết quả phân loại HTX nông nghiệp năm 2023: 96 HTX đạt loại tốt và 81 HTX loại yếu. Số HTX yếu đã giảm 19 HTX so với năm 2022.');
    expect(fs.map((f) => [f.scope, f.rating, f.sector, f.value])).toEqual([
      ['existing', 'good', 'agriculture', 96],
      ['existing', 'weak', 'agriculture', 81],
      ['change', 'weak', 'agriculture', -19],
    ]);
  });

  it('a bare "quỹ" after a named people\'s credit fund speaks of it, a cooperative of the credit sector', () => {
    const fs = facts('Quỹ tín dụng nhân dân Hoằng Phụ được thành lập từ năm 1995. Đến nay quỹ đã có 3.120 thành viên, tổng tài sản 214 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.place?.level ?? null])).toEqual([['members', 'credit', 'cooperative'], ['total_assets', 'credit', 'cooperative']]);
  });

  it('"Số HTX <what was done> là N" is a part; "26 HTX/KH 20 HTX" gives the plan of the figure before', () => {
    const fs = facts('Số HTX đã tổ chức lại hoạt động theo Luật HTX năm 2012 là 112/148 HTX. Thành lập mới: 26 HTX/KH 20 HTX, đạt 130% KH.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.plan])).toEqual([['count', 'new', 26, 20], ['plan_achievement', 'new', 130, null]]);
  });

  it('a count restating a share of a part ("19,5% HTX (tương đương 62 HTX) đưa sản phẩm lên sàn") is no fact', () => {
    const fs = facts('Toàn tỉnh có 318 HTX đang hoạt động; 19,5% HTX (tương đương 62 HTX) đưa sản phẩm lên các sàn thương mại điện tử.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 318]]);
  });

  it('"HTX được thành lập …", "HTX đang trồng …" after a named cooperative speak of it', () => {
    const fs = facts('Tiêu biểu là HTX Nông lâm nghiệp Sủng Là Xanh. HTX được thành lập tháng 3/2023, hiện có 12 thành viên. HTX đang trồng 18 ha dược liệu.');
    expect(fs.map((f) => [f.metric, f.place?.level ?? null])).toEqual([['members', 'cooperative'], ['land_area', 'cooperative']]);
  });

  it('a crop the sentence opens on ("Với cây hồ tiêu, …") makes its counts farming ones', () => {
    const fs = facts('Với cây hồ tiêu, toàn tỉnh có 17 HTX với 690 thành viên, diện tích 1.240 ha.');
    expect(fs.map((f) => [f.metric, f.sector, f.sectorLabel])).toEqual([
      ['count', 'agriculture', 'hồ tiêu'],
      ['members', 'agriculture', 'hồ tiêu'],
      ['land_area', 'agriculture', 'hồ tiêu'],
    ]);
  });

  it('the members a measure reached ("đối với 3.100 thành viên bị ảnh hưởng") are no stock', () => {
    const fs = facts('Các quỹ hiện có 41.260 thành viên. Các quỹ đã giảm lãi suất cho vay đối với 3.100 thành viên bị ảnh hưởng bởi thiên tai.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['members', 41260]]);
  });

  it('a bare "Liên hiệp" opening a sentence with any verb speaks of the union just named', () => {
    const fs = facts('Liên hiệp HTX Cây ăn quả Tân Lộc được thành lập năm 2019. Liên hiệp đang vận hành một nhà máy sơ chế, tạo việc làm thường xuyên cho 86 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.');
    expect(fs.map((f) => [f.entity, f.metric, f.place?.level ?? null])).toEqual([['cooperative_union', 'workers', 'cooperative'], ['cooperative_union', 'income', 'cooperative']]);
  });

  it('a union\'s own member cooperatives between its name and a bare "Liên hiệp" keep the story on the union', () => {
    const fs = facts('Liên hiệp HTX Rau sạch Tân Lộc được thành lập năm 2015.\n\nLiên hiệp tổ chức cho các HTX thành viên sản xuất theo quy trình thống nhất. Năm 2022, Liên hiệp tiêu thụ 6.800 tấn rau, tổng doanh thu đạt 18,6 tỷ đồng.');
    expect(fs.map((f) => [f.entity, f.metric, f.place?.level ?? null])).toEqual([['cooperative_union', 'revenue', 'cooperative']]);
  });

  it('"x/y" without a plan is the stock x', () => {
    const fs = facts('Có 40/40 quỹ tín dụng nhân dân hoạt động an toàn.');
    expect(fs.map((f) => [f.sector, f.value, f.plan])).toEqual([['credit', 40, null]]);
  });

  it('an operating count keeps its rating', () => {
    expect(facts('Toàn tỉnh có 410 HTX đang hoạt động.').map((f) => f.rating)).toEqual(['operating']);
  });

  it('a per-unit amount is an average with its time basis; "bình quân" without a denominator is a total', () => {
    const fs = facts('Doanh thu bình quân của các HTX nông nghiệp đạt 1,2 tỷ đồng/HTX/năm. Tổng doanh thu bình quân 300 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.statistic, f.per, f.value])).toEqual([
      ['revenue', 'agriculture', 'average', 'year', 1200000000],
      ['revenue', null, 'total', null, 300000000000],
    ]);
  });

  it('targets in a next-year section and estimates from "ước đạt"', () => {
    const fs = facts('Lợi nhuận ước đạt 45 tỷ đồng.\n\nPhương hướng năm 2024\n\nPhấn đấu thành lập mới 25 HTX.');
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([
      ['profit', 'estimate', 45000000000],
      ['count', 'target', 25],
    ]);
  });

  it('supported or awarded cooperatives are not statistics of the sector', () => {
    expect(facts('Liên minh đã hỗ trợ 12 HTX xây dựng thương hiệu và khen thưởng 8 HTX tiêu biểu.')).toEqual([]);
  });

  it('a share takes the figure it is a share of', () => {
    const fs = facts('Toàn tỉnh có 200 HTX, trong đó HTX nông nghiệp: 150 HTX (chiếm 75%).');
    expect(fs.map((f) => [f.metric, f.sector, f.value, f.refMetric])).toEqual([
      ['count', null, 200, null],
      ['count', 'agriculture', 150, null],
      ['share', 'agriculture', 75, 'count'],
    ]);
  });

  it('the figure of a district carries place and is no province figure', () => {
    const fs = facts('Riêng huyện Kỳ Anh có 35 HTX.');
    expect(fs.map((f) => [f.place?.level, f.place?.name, f.value])).toEqual([['district', 'huyện Kỳ Anh', 35]]);
  });

  it('a named cooperative\'s land after a count of new ones is its own stock, with no sector', () => {
    const fs = facts('Trong năm, xã thành lập mới 03 HTX. Tiêu biểu là HTX Nông nghiệp Yên Hòa với 25 thành viên, diện tích trồng rau 40 ha.');
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.place?.level ?? null, f.value])).toEqual([
      ['count', 'new', null, null, 3],
      ['members', 'existing', null, 'cooperative', 25],
      ['land_area', 'existing', null, 'cooperative', 40],
    ]);
  });

  it('a bare "HTX" opening a later sentence keeps speaking of the cooperative just named, up to its workers', () => {
    const fs = facts('HTX Chè Bản Giàng (huyện Hoàng Su Phì) có 18 thành viên. Năm 2022, HTX tiêu thụ 60 tấn chè, doanh thu 3,5 tỷ đồng; tạo việc làm cho 22 lao động.');
    expect(fs.map((f) => [f.metric, f.place?.name ?? null, f.value])).toEqual([
      ['members', 'HTX Chè Bản Giàng', 18],
      ['revenue', 'HTX Chè Bản Giàng', 3500000000],
      ['workers', 'HTX Chè Bản Giàng', 22],
    ]);
  });

  it('a dissolution followed by "và chuyển đổi 3 HTX" is a dissolution, the conversion is no fact', () => {
    const fs = facts('Trong năm, toàn tỉnh giải thể 11 HTX và chuyển đổi 2 HTX sang doanh nghiệp.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['dissolved', 11]]);
  });

  it('"tăng từ X lên Y" gives the earlier stock undated and the later one dated', () => {
    const fs = facts('Đến cuối năm, số tổ hợp tác giảm từ 90 xuống 75 tổ hợp tác; số đơn vị thành viên của Liên minh tăng từ 61 lên 70 đơn vị.');
    expect(fs.map((f) => [f.entity, f.scope, f.value, f.asOf, f.dateFrom])).toEqual([
      ['cooperative_group', 'existing', 90, null, 'none'],
      ['cooperative_group', 'existing', 75, '2023-12-31', 'sentence'],
      ['member_unit', 'existing', 61, null, 'none'],
      ['member_unit', 'existing', 70, '2023-12-31', 'sentence'],
    ]);
  });

  it('"nâng tổng số … lên N" after a flow is the stock, unless the raised number is itself of new ones', () => {
    const fs = facts('Trong năm có thêm 9 sản phẩm OCOP được công nhận, gồm 2 sản phẩm 4 sao và 7 sản phẩm 3 sao, nâng tổng số sản phẩm OCOP của tỉnh lên 130 sản phẩm. Phấn đấu nâng tổng số HTX thành lập mới trong năm lên 20 HTX.');
    expect(fs.map((f) => [f.entity, f.scope, f.status, f.value])).toEqual([
      ['ocop_product', 'new', 'actual', 9],
      ['ocop_product', 'new', 'actual', 2],
      ['ocop_product', 'new', 'actual', 7],
      ['ocop_product', 'existing', 'actual', 130],
      ['cooperative', 'new', 'target', 20],
    ]);
  });

  it('a change "so với cùng kỳ" is of the current period; "cả năm" is the whole year; a year right after a figure dates it', () => {
    const half = facts('Doanh thu 6 tháng đầu năm của các HTX đạt 120 tỷ đồng, tăng 7% so với cùng kỳ năm 2022; kế hoạch doanh thu cả năm là 260 tỷ đồng.', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2023');
    const year = facts('Tỷ lệ HTX hoạt động hiệu quả tăng từ 41% năm 2020 lên 55% năm 2023.');
    expect([...half, ...year].map((f) => [f.metric, f.scope, f.value, f.asOf, f.period ? `${f.period.start}..${f.period.end}` : null])).toEqual([
      ['revenue', 'existing', 120000000000, null, '2023-01-01..2023-06-30'],
      ['revenue', 'change', 7, null, '2023-01-01..2023-06-30'],
      ['revenue', 'existing', 260000000000, null, '2023-01-01..2023-12-31'],
      ['share', 'existing', 41, '2020-12-31', null],
      ['share', 'existing', 55, '2023-12-31', null],
    ]);
  });

  it('a table whose header names a year and whose total row leaves its index cell empty is still read', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Toàn tỉnh có 162 HTX, phân theo lĩnh vực như sau:</p>
      <table><tr><th>TT</th><th>Lĩnh vực</th><th>Số HTX</th><th>Doanh thu năm 2023 (triệu đồng)</th></tr>
      <tr><td>1</td><td>Nông nghiệp</td><td>140</td><td>95.000</td></tr><tr><td>2</td><td>Vận tải</td><td>22</td><td>31.500</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>162</td><td>126.500</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/3' }).facts;
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', null, 162],
      ['count', 'agriculture', 140],
      ['revenue', 'agriculture', 95000000000],
      ['count', 'transport', 22],
      ['revenue', 'transport', 31500000000],
      ['revenue', null, 126500000000],
    ]);
  });

  it('a table of indicators reads an estimated "Ước TH năm" column and a comparison headed "Tăng (+), giảm (-) … (%)"', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một số chỉ tiêu của khu vực HTX qua các năm:</p>
      <table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2022</th><th>Ước TH năm 2023</th><th>Tăng (+), giảm (-) năm 2023 so với năm 2022 (%)</th></tr>
      <tr><td>1</td><td>Tổng số hợp tác xã</td><td>HTX</td><td>300</td><td>318</td><td>+6,0</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.scope, f.status, f.unit, f.value, f.asOf])).toEqual([
      ['existing', 'actual', 'count', 300, '2022-12-31'],
      ['existing', 'estimate', 'count', 318, '2023-12-31'],
      ['change', 'estimate', 'percent', 6, null],
    ]);
  });

  it('a table of indicators reads a column of a day ("Đến 30/6/2023") and a comparison in the row\'s unit or in times', () => {
    const title = 'Tổng kết 20 năm kinh tế tập thể tỉnh Hà Tĩnh';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Một số chỉ tiêu của khu vực HTX:</p>
      <table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2003</th><th>Đến 30/6/2023</th><th>So sánh</th></tr>
      <tr><td>1</td><td>Tổng số hợp tác xã</td><td>HTX</td><td>310</td><td>402</td><td>tăng 92</td></tr>
      <tr><td>2</td><td>Thành viên HTX</td><td>người</td><td>150.200</td><td>98.700</td><td>giảm 51.500</td></tr>
      <tr><td>3</td><td>Tổng vốn điều lệ</td><td>tỷ đồng</td><td>80,5</td><td>420,0</td><td>gấp gần 5,2 lần</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/9' }).facts;
    expect(fs.map((f) => [f.metric, f.scope, f.unit, f.value, f.qualifier, f.refMetric, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['count', 'existing', 'count', 310, 'exact', null, '2003-12-31', null, null],
      ['count', 'existing', 'count', 402, 'exact', null, '2023-06-30', null, null],
      ['count', 'change', 'count', 92, 'exact', null, null, '2004-01-01', '2023-06-30'],
      ['members', 'existing', 'person', 150200, 'exact', null, '2003-12-31', null, null],
      ['members', 'existing', 'person', 98700, 'exact', null, '2023-06-30', null, null],
      ['members', 'change', 'person', -51500, 'exact', null, null, '2004-01-01', '2023-06-30'],
      ['charter_capital', 'existing', 'VND', 80500000000, 'exact', null, '2003-12-31', null, null],
      ['charter_capital', 'existing', 'VND', 420000000000, 'exact', null, '2023-06-30', null, null],
      ['charter_capital', 'change', 'times', 5.2, 'nearly', 'charter_capital', null, '2004-01-01', '2023-06-30'],
    ]);
  });

  it('a table by area gives rows of former provinces their place and code; "Trong đó thành lập mới" counts the founded part', () => {
    const title = 'Liên minh HTX thành phố Cần Thơ: kết quả quý I/2026';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Tình hình HTX theo khu vực:</p>
      <table><tr><th>Khu vực</th><th>Số HTX</th><th>Trong đó thành lập mới quý I</th></tr>
      <tr><td>Hậu Giang (cũ)</td><td>290</td><td>4</td></tr><tr><td>Sóc Trăng (cũ)</td><td>330</td><td>5</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.cantho.gov.vn/tin/2' }).facts;
    expect(fs.map((f) => [f.scope, f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['existing', 290, 'former_province', 'Hậu Giang (cũ)'],
      ['new', 4, 'former_province', 'Hậu Giang (cũ)'],
      ['existing', 330, 'former_province', 'Sóc Trăng (cũ)'],
      ['new', 5, 'former_province', 'Sóc Trăng (cũ)'],
    ]);
  });

  it('a table headed "Tên HTX" gives each row its named cooperative', () => {
    const title = 'HTX khai thác thủy sản tỉnh Bình Định năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Một số HTX tiêu biểu (số liệu năm 2023):</p>
      <table><tr><th>TT</th><th>Tên HTX</th><th>Thành viên (người)</th><th>Tàu cá (chiếc)</th><th>Doanh thu (tr.đ)</th></tr>
      <tr><td>1</td><td>HTX KTTS Hoài Hương</td><td>74</td><td>33</td><td>6.200</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.binhdinh.gov.vn/tin/3' }).facts;
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['members', 74, 'cooperative', 'HTX KTTS Hoài Hương'],
      ['revenue', 6200000000, 'cooperative', 'HTX KTTS Hoài Hương'],
    ]);
  });

  it('a table of plans by indicator gives the year\'s plan, the estimated result so far and its share of the plan', () => {
    const title = 'Liên minh HTX tỉnh sơ kết 6 tháng đầu năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Kết quả thực hiện một số chỉ tiêu chủ yếu:</p>
      <table><tr><th>STT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>KH năm 2023</th><th>Ước TH 6 tháng</th><th>So KH (%)</th></tr>
      <tr><td>1</td><td>Thành lập mới HTX</td><td>HTX</td><td>30</td><td>14</td><td>46,7</td></tr>
      <tr><td>2</td><td>Học viên được bồi dưỡng, tập huấn</td><td>lượt người</td><td>1.200</td><td>585</td><td>48,8</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.example.vn/tin/8' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.status, f.unit, f.value, f.period?.end ?? null])).toEqual([
      ['cooperative', 'count', 'new', 'target', 'count', 30, '2023-12-31'],
      ['cooperative', 'count', 'new', 'estimate', 'count', 14, '2023-06-30'],
      ['cooperative', 'plan_achievement', 'new', 'estimate', 'percent', 46.7, '2023-06-30'],
      ['training_course', 'participants', 'new', 'target', 'person_time', 1200, '2023-12-31'],
      ['training_course', 'participants', 'new', 'estimate', 'person_time', 585, '2023-06-30'],
      ['training_course', 'plan_achievement', 'new', 'estimate', 'percent', 48.8, '2023-06-30'],
    ]);
  });

  it('a terse table of plans by indicator: "KH 2022" plans the whole year, "TV", "BQ" and "Kết nạp thành viên Liên minh" rows, "% so KH" shares of the row\'s metric', () => {
    const title = 'Liên minh HTX tỉnh tổng kết năm 2022';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Kết quả thực hiện các chỉ tiêu năm 2022:</p>
      <table><tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>KH 2022</th><th>Thực hiện 2022</th><th>% so KH</th></tr>
      <tr><td>1</td><td>TV HTX phát triển mới</td><td>TV</td><td>1.200</td><td>1.350</td><td>112,5</td></tr>
      <tr><td>2</td><td>Doanh thu BQ/HTX</td><td>Tr.đ/năm</td><td>2.500</td><td>2.600</td><td>104,0</td></tr>
      <tr><td>3</td><td>Kết nạp thành viên Liên minh</td><td>Đơn vị</td><td>12</td><td>9</td><td>75,0</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.example.vn/tin/9' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.statistic, f.status, f.value, f.refMetric, f.per, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['cooperative', 'members', 'new', 'total', 'target', 1200, null, null, null, '2022-01-01', '2022-12-31'],
      ['cooperative', 'members', 'new', 'total', 'actual', 1350, null, null, null, '2022-01-01', '2022-12-31'],
      ['cooperative', 'plan_achievement', 'new', 'total', 'actual', 112.5, 'members', null, null, '2022-01-01', '2022-12-31'],
      ['cooperative', 'revenue', 'existing', 'average', 'target', 2500000000, null, 'year', null, '2022-01-01', '2022-12-31'],
      ['cooperative', 'revenue', 'existing', 'average', 'actual', 2600000000, null, 'year', null, '2022-01-01', '2022-12-31'],
      ['cooperative', 'plan_achievement', 'existing', 'average', 'actual', 104, 'revenue', null, null, '2022-01-01', '2022-12-31'],
      ['member_unit', 'count', 'new', 'total', 'target', 12, null, null, null, '2022-01-01', '2022-12-31'],
      ['member_unit', 'count', 'new', 'total', 'actual', 9, null, null, null, '2022-01-01', '2022-12-31'],
      ['member_unit', 'plan_achievement', 'new', 'total', 'actual', 75, 'count', null, null, '2022-01-01', '2022-12-31'],
    ]);
  });

  it('a caption that names one sector gives it to the rows by district; a header cell\'s sector only to its column', () => {
    const title = 'Liên minh HTX tỉnh Thái Bình: kết quả 9 tháng năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Bảng: Tình hình HTX nông nghiệp tỉnh đến 30/9/2023</p>
      <table><tr><th>TT</th><th>Huyện, thành phố</th><th>Số HTX NN</th><th>Số thành viên (người)</th></tr>
      <tr><td>1</td><td>Hưng Hà</td><td>42</td><td>68.420</td></tr></table>
      <p>Số HTX theo địa phương:</p>
      <table><tr><th>Địa phương</th><th>Số HTX</th><th>Trong đó: HTX nông nghiệp</th></tr>
      <tr><td>Huyện Đông Anh</td><td>142</td><td>118</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.thaibinh.gov.vn/tin/5' }).facts;
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.place?.name ?? null])).toEqual([
      ['count', 42, 'agriculture', 'Hưng Hà'],
      ['members', 68420, 'agriculture', 'Hưng Hà'],
      ['count', 142, null, 'Huyện Đông Anh'],
      ['count', 118, 'agriculture', 'Huyện Đông Anh'],
    ]);
  });

  it('a row of one class in a table of indicators ("HTX xếp loại tốt (HTX)") counts that class', () => {
    const title = 'Liên minh HTX tỉnh An Giang tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Một số chỉ tiêu:</p>
      <table><tr><th>Chỉ tiêu</th><th>Năm 2022</th><th>Năm 2023</th></tr>
      <tr><td>HTX xếp loại tốt (HTX)</td><td>6</td><td>11</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.angiang.gov.vn/tin/6' }).facts;
    expect(fs.map((f) => [f.value, f.rating, f.asOf])).toEqual([
      [6, 'good', '2022-12-31'],
      [11, 'good', '2023-12-31'],
    ]);
  });

  it('a row of people\'s credit funds in a table of indicators counts cooperatives of the credit sector', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Một số chỉ tiêu:</p>
      <table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2022</th><th>Năm 2023</th></tr>
      <tr><td>1</td><td>Quỹ tín dụng nhân dân</td><td>Quỹ</td><td>15</td><td>16</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/7' }).facts;
    expect(fs.map((f) => [f.entity, f.sector, f.value, f.asOf])).toEqual([
      ['cooperative', 'credit', 15, '2022-12-31'],
      ['cooperative', 'credit', 16, '2023-12-31'],
    ]);
  });

  it('a column of averages per cooperative gives averages; a table headed "Loại" is a table of classes', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Tình hình HTX theo địa bàn như sau:</p>
      <table><tr><th>Huyện/thành phố</th><th>Số HTX</th><th>Doanh thu bình quân (triệu đồng/HTX)</th></tr>
      <tr><td>Huyện Kỳ Anh</td><td>34</td><td>1.250</td></tr></table>
      <p>Kết quả phân loại HTX năm 2023 như sau:</p>
      <table><tr><th>Loại</th><th>Số HTX</th><th>Tỷ lệ (%)</th></tr>
      <tr><td>Tốt</td><td>18</td><td>8,5</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/8' }).facts;
    expect(fs.map((f) => [f.metric, f.statistic, f.rating, f.value])).toEqual([
      ['count', 'total', null, 34],
      ['revenue', 'average', null, 1250000000],
      ['count', 'total', 'good', 18],
      ['share', 'total', 'good', 8.5],
    ]);
  });

  it('a table by district gives each row its district, and the total row stays the province\'s', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Phân bố HTX theo địa bàn:</p>
      <table><tr><th>STT</th><th>Đơn vị hành chính</th><th>Số HTX</th><th>Số thành viên (người)</th></tr>
      <tr><td>1</td><td>TP. Hà Tĩnh</td><td>41</td><td>2.300</td></tr><tr><td>2</td><td>Kỳ Anh</td><td>36</td><td>1.950</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>77</td><td>4.250</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/8' }).facts;
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['count', 41, 'district', 'TP. Hà Tĩnh'],
      ['members', 2300, 'district', 'TP. Hà Tĩnh'],
      ['count', 36, 'district', 'Kỳ Anh'],
      ['members', 1950, 'district', 'Kỳ Anh'],
      ['count', 77, null, null],
      ['members', 4250, null, null],
    ]);
  });

  it('a column of new cooperatives in a table by district gives new ones, over the period its header prints', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <table><tr><th>TT</th><th>Huyện, thị xã</th><th>Số HTX</th><th>HTX thành lập mới 6 tháng năm 2023</th></tr>
      <tr><td>1</td><td>Kỳ Anh</td><td>36</td><td>2</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/9' }).facts;
    expect(fs.map((f) => [f.scope, f.value, f.asOf, f.period])).toEqual([
      ['existing', 36, '2023-06-30', null],
      ['new', 2, null, { start: '2023-01-01', end: '2023-06-30' }],
    ]);
  });

  it('a table of indicators by former province gives each former province its figures, and the merged whole the province\'s', () => {
    const title = 'Liên minh HTX tỉnh Gia Lai: số liệu kinh tế tập thể sau hợp nhất';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Số liệu tính đến 30/6/2025:</p>
      <table><tr><th>Chỉ tiêu</th><th>Tỉnh Bình Định (cũ)</th><th>Tỉnh Gia Lai (cũ)</th><th>Tỉnh Gia Lai (mới)</th></tr>
      <tr><td>HTX đang hoạt động</td><td>301</td><td>402</td><td>703</td></tr>
      <tr><td>Liên hiệp HTX</td><td>2</td><td>1</td><td>3</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.gialai.gov.vn/tin/3' }).facts;
    expect(fs.map((f) => [f.entity, f.rating, f.value, f.place?.level ?? null, f.provinceCurrent])).toEqual([
      ['cooperative', 'operating', 301, 'former_province', '52'],
      ['cooperative', 'operating', 402, 'former_province', '52'],
      ['cooperative', 'operating', 703, null, '52'],
      ['cooperative_union', null, 2, 'former_province', '52'],
      ['cooperative_union', null, 1, 'former_province', '52'],
      ['cooperative_union', null, 3, null, '52'],
    ]);
    expect(fs[0]!.place?.name).toBe('Tỉnh Bình Định (cũ)');
  });

  it('a row of cooperatives founded in the year gives new ones, in a former-province table as in one by year', () => {
    const title = 'Liên minh HTX tỉnh Gia Lai tổng kết năm 2025';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một số chỉ tiêu năm 2025:</p>
      <table><tr><th>Chỉ tiêu</th><th>Tỉnh Bình Định (cũ)</th><th>Tỉnh Gia Lai (cũ)</th></tr>
      <tr><td>HTX thành lập mới trong năm</td><td>38</td><td>41</td></tr></table>
      <p>Kết quả qua các năm:</p>
      <table><tr><th>Chỉ tiêu</th><th>Năm 2024</th><th>Năm 2025</th></tr>
      <tr><td>Số HTX giải thể</td><td>12</td><td>9</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.gialai.gov.vn/tin/5' }).facts;
    expect(fs.map((f) => [f.scope, f.value, f.period?.end ?? null])).toEqual([
      ['new', 38, '2025-12-31'],
      ['new', 41, '2025-12-31'],
      ['dissolved', 12, '2024-12-31'],
      ['dissolved', 9, '2025-12-31'],
    ]);
  });

  it('a table opened by a short line about one sector\'s cooperatives gives its rows that sector', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Kết quả phân loại HTX nông nghiệp năm 2023 như sau:</p>
      <table><tr><th>Xếp loại</th><th>Số HTX</th></tr>
      <tr><td>Tốt</td><td>95</td></tr><tr><td>Yếu</td><td>21</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/6' }).facts;
    expect(fs.map((f) => [f.rating, f.sector, f.sectorLabel, f.value])).toEqual([
      ['good', 'agriculture', 'nông nghiệp', 95],
      ['weak', 'agriculture', 'nông nghiệp', 21],
    ]);
  });

  it('a former-province table reads averages per unit over the year its row names, and OCOP products', () => {
    const title = 'Liên minh HTX tỉnh Gia Lai: số liệu kinh tế tập thể sau hợp nhất';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Theo Liên minh HTX tỉnh, một số chỉ tiêu của hai tỉnh trước hợp nhất, tính đến ngày 30/6/2025, như sau:</p>
      <table><tr><th>Chỉ tiêu</th><th>Bình Định (cũ)</th><th>Gia Lai (cũ)</th></tr>
      <tr><td>Doanh thu bình quân năm 2024 (triệu đồng/HTX/năm)</td><td>3.100</td><td>2.400</td></tr>
      <tr><td>Sản phẩm OCOP (sản phẩm)</td><td>310</td><td>280</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.gialai.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.statistic, f.per, f.value, f.period?.start ?? f.asOf])).toEqual([
      ['cooperative', 'revenue', 'average', 'year', 3.1e9, '2024-01-01'],
      ['cooperative', 'revenue', 'average', 'year', 2.4e9, '2024-01-01'],
      ['ocop_product', 'count', 'total', null, 310, '2025-06-30'],
      ['ocop_product', 'count', 'total', null, 280, '2025-06-30'],
    ]);
  });

  it('a table of indicators by period with a unit column gives each period\'s figure, scaled by the row\'s unit, and the change', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>6 tháng năm 2023</th><th>6 tháng năm 2024</th><th>So sánh (%)</th></tr>
      <tr><td>Số HTX</td><td>HTX</td><td>268</td><td>281</td><td>+4,9</td></tr>
      <tr><td>Lãi bình quân</td><td>triệu đồng/HTX</td><td>150</td><td>171</td><td>+14,0</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/12' }).facts;
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.asOf, f.period])).toEqual([
      ['count', 'existing', 268, '2023-06-30', null],
      ['count', 'existing', 281, '2024-06-30', null],
      ['count', 'change', 4.9, null, { start: '2023-07-01', end: '2024-06-30' }],
      ['profit', 'existing', 150e6, null, { start: '2023-01-01', end: '2023-06-30' }],
      ['profit', 'existing', 171e6, null, { start: '2024-01-01', end: '2024-06-30' }],
      ['profit', 'change', 14, null, { start: '2024-01-01', end: '2024-06-30' }],
    ]);
  });

  it('a table of indicators by year gives each year\'s figure and the change in percent, with units and scales from the row label', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Các chỉ tiêu chủ yếu như sau:</p>
      <table><tr><th>Chỉ tiêu</th><th>Năm 2023</th><th>Năm 2024</th><th>So sánh (%)</th></tr>
      <tr><td>Số hợp tác xã (HTX)</td><td>268</td><td>281</td><td>+4,9</td></tr>
      <tr><td>Tổng doanh thu (tỷ đồng)</td><td>1.024,6</td><td>1.158,2</td><td>+13,0</td></tr>
      <tr><td>Thu nhập bình quân (triệu đồng/người/tháng)</td><td>5,1</td><td>5,6</td><td>+9,8</td></tr>
      <tr><td>Số tổ hợp tác (THT)</td><td>1.071</td><td>1.046</td><td>-2,3</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/12' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.statistic, f.value, f.unit, f.per, f.asOf ?? f.period?.end])).toEqual([
      ['cooperative', 'count', 'existing', 'total', 268, 'count', null, '2023-12-31'],
      ['cooperative', 'count', 'existing', 'total', 281, 'count', null, '2024-12-31'],
      ['cooperative', 'count', 'change', 'total', 4.9, 'percent', null, '2024-12-31'],
      ['cooperative', 'revenue', 'existing', 'total', 1024600000000, 'VND', null, '2023-12-31'],
      ['cooperative', 'revenue', 'existing', 'total', 1158200000000, 'VND', null, '2024-12-31'],
      ['cooperative', 'revenue', 'change', 'total', 13, 'percent', null, '2024-12-31'],
      ['cooperative', 'income', 'existing', 'average', 5100000, 'VND', 'month', '2023-12-31'],
      ['cooperative', 'income', 'existing', 'average', 5600000, 'VND', 'month', '2024-12-31'],
      ['cooperative', 'income', 'change', 'average', 9.8, 'percent', null, '2024-12-31'],
      ['cooperative_group', 'count', 'existing', 'total', 1071, 'count', null, '2023-12-31'],
      ['cooperative_group', 'count', 'existing', 'total', 1046, 'count', null, '2024-12-31'],
      ['cooperative_group', 'count', 'change', 'total', -2.3, 'percent', null, '2024-12-31'],
    ]);
  });

  it('an article about one district gives district figures throughout, and says so', () => {
    const r = extractDocument({
      html: `<html><head><title>Kinh tế tập thể huyện Krông Pắc khởi sắc</title></head><body><article><h1>Kinh tế tập thể huyện Krông Pắc khởi sắc</h1>
      <p>Đến nay toàn huyện Krông Pắc có 30 HTX. Các HTX thu hút 2.000 thành viên; ngoài ra huyện còn 12 tổ hợp tác.</p></article></body></html>`,
      url: 'https://example.org/tin/4',
    });
    expect(r.facts.map((f) => [f.metric, f.value, f.place?.level])).toEqual([
      ['count', 30, 'district'],
      ['members', 2000, 'district'],
      ['count', 12, 'district'],
    ]);
    expect(r.document.warnings.some((w) => /huyện Krông Pắc throughout/u.test(w))).toBe(true);
  });

  it('table rows take the year of the caption, not a point of comparison in the line before', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Tổng doanh thu năm 2023 đạt 300 tỷ đồng, tăng 5% so với năm 2022. Số liệu theo lĩnh vực như sau:</p>
      <table><caption>Số HTX theo lĩnh vực năm 2023</caption><tr><th>Lĩnh vực</th><th>Số HTX</th></tr>
      <tr><td>Nông nghiệp</td><td>140</td></tr><tr><td>Vận tải</td><td>22</td></tr></table></article></body></html>`;
    const rows = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/2' }).facts.filter((f) => f.rule.startsWith('table.'));
    expect(rows.map((f) => [f.sector, f.value, f.asOf])).toEqual([
      ['agriculture', 140, '2023-12-31'],
      ['transport', 22, '2023-12-31'],
    ]);
  });

  it('a cited document\'s date, a point of comparison after a multiple and a stock "nay" date nothing', () => {
    const fs = facts('Năm 2023, tổng doanh thu của các HTX đạt 800 tỷ đồng, gấp 1,5 lần năm 2019; lợi nhuận đạt 60 tỷ đồng. Thực hiện Kết luận số 70-KL/TW ngày 9/3/2020, Liên minh đã mở 9 lớp tập huấn. HTX Nông nghiệp Đông Sơn thành lập năm 2015, nay có 48 thành viên.');
    expect(fs.map((f) => [f.metric, f.value, f.asOf, f.period ? `${f.period.start}..${f.period.end}` : null])).toEqual([
      ['revenue', 800000000000, null, '2023-01-01..2023-12-31'],
      ['revenue', 1.5, null, '2020-01-01..2023-12-31'],
      ['profit', 60000000000, null, '2023-01-01..2023-12-31'],
      ['count', 9, null, '2023-01-01..2023-12-31'],
      ['members', 48, '2023-12-31', null],
    ]);
  });

  it('the income of members who do one thing is a subset; a count before "có tổng diện tích liên kết" is not', () => {
    const fs = facts('Thu nhập của thành viên trực tiếp làm du lịch đạt 6 triệu đồng/người/tháng. Tại xã Tân Lập, 3 HTX chè có tổng diện tích liên kết sản xuất 90 ha.');
    expect(fs.map((f) => [f.metric, f.place?.level ?? null, f.value])).toEqual([
      ['count', 'commune', 3],
      ['land_area', 'commune', 90],
    ]);
  });

  it('a target growth in percent is a change, with or without "so với"; "ít nhất" may stand between', () => {
    const fs = facts('Phương hướng năm 2024\n\nPhấn đấu tổng doanh thu của các HTX tăng ít nhất 8% so với năm 2023, vốn điều lệ tăng 5%.');
    expect(fs.map((f) => [f.metric, f.scope, f.status, f.unit, f.value])).toEqual([
      ['revenue', 'change', 'target', 'percent', 8],
      ['charter_capital', 'change', 'target', 'percent', 5],
    ]);
  });

  it('courses for one audience inside "trong đó" are a part, unless the audience is a kind of cooperative', () => {
    const fs = facts('Liên minh đã mở 10 lớp tập huấn, trong đó 4 lớp dành cho cán bộ cấp xã. Liên minh còn mở 5 lớp, trong đó 2 lớp cho lãnh đạo các HTX nông nghiệp.');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.sector, f.value])).toEqual([
      [null, 10],
      [null, 5],
      ['agriculture', 2],
    ]);
  });

  it('"ngừng hoạt động, chờ giải thể hoặc chuyển đổi" keeps the inactive count', () => {
    const fs = facts('Đến 31/12/2023, toàn tỉnh có 150 HTX, trong đó 128 HTX đang hoạt động và 22 HTX ngừng hoạt động, chờ giải thể hoặc chuyển đổi.');
    expect(fs.map((f) => [f.rating, f.value])).toEqual([
      [null, 150],
      ['operating', 128],
      ['inactive', 22],
    ]);
  });

  it('the grades of one classification share its sector, named on the first grade or before the list', () => {
    const a = facts('Năm 2023 có 61 HTX nông nghiệp xếp loại tốt, 97 HTX khá và 30 HTX yếu.');
    const b = facts('Đánh giá các HTX nông nghiệp theo Thông tư 09: 44 HTX đạt loại tốt, 80 HTX trung bình.');
    expect([...a, ...b].map((f) => [f.rating, f.sector, f.value])).toEqual([
      ['good', 'agriculture', 61],
      ['fair', 'agriculture', 97],
      ['weak', 'agriculture', 30],
      ['good', 'agriculture', 44],
      ['average', 'agriculture', 80],
    ]);
  });

  it('grades share the sector their list\'s intro names; the circular alone names none; a class\'s change keeps the class and the sector', () => {
    const fs = facts('Kết quả phân loại HTX nông nghiệp năm 2022 như sau:\n- Loại tốt: 52 HTX;\n- Loại yếu: 17 HTX.\nSố HTX loại yếu giảm 6 HTX so với năm 2021. Phân loại theo Thông tư số 09/2017/TT-BNNPTNT có 40 HTX tốt.');
    expect(fs.map((f) => [f.scope, f.rating, f.sector, f.value])).toEqual([
      ['existing', 'good', 'agriculture', 52],
      ['existing', 'weak', 'agriculture', 17],
      ['change', 'weak', 'agriculture', -6],
      ['existing', 'good', null, 40],
    ]);
  });

  it('the members of cooperative groups just counted are of their sector', () => {
    const fs = facts('Toàn tỉnh có 815 tổ hợp tác nông nghiệp với gần 9.900 tổ viên.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value])).toEqual([
      ['cooperative_group', 'count', 'agriculture', 815],
      ['cooperative_group', 'members', 'agriculture', 9900],
    ]);
  });

  it('an amount "của" a named cooperative or union is its own, without the sector its name prints', () => {
    const fs = facts('Doanh thu năm 2023 của HTX Vận tải Sông Hàn ước đạt 18 tỷ đồng. Doanh thu của các HTX vận tải đạt 90 tỷ đồng.');
    expect(fs.map((f) => [f.place?.name ?? null, f.sector, f.value])).toEqual([
      ['HTX Vận tải Sông Hàn', null, 18e9],
      [null, 'transport', 90e9],
    ]);
  });

  it('a bare "HTX" with an adverb before its verb ("HTX chỉ có", "HTX ước đạt", "HTX còn tạo") is the cooperative just named', () => {
    const fs = facts('HTX Nông nghiệp Phú Tân được thành lập năm 2018. Khi mới thành lập, HTX chỉ có 12 thành viên. Năm 2023, HTX ước đạt doanh thu 9 tỷ đồng. HTX còn tạo việc làm cho 20 lao động.');
    expect(fs.map((f) => [f.metric, f.place?.name ?? null, f.value])).toEqual([
      ['members', 'HTX Nông nghiệp Phú Tân', 12],
      ['revenue', 'HTX Nông nghiệp Phú Tân', 9e9],
      ['workers', 'HTX Nông nghiệp Phú Tân', 20],
    ]);
  });

  it('"Cần Thơ" is a place, not "cần" (need); a plan achieved "chỉ tiêu Nghị quyết … đề ra" makes no target', () => {
    const fs = facts('Đến cuối năm 2020, Cần Thơ có 250 HTX. Nhiệm kỳ qua thành lập mới 90 HTX, đạt 112% chỉ tiêu Nghị quyết Đại hội đề ra; đồng thời giải thể 20 HTX.');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.scope, f.status, f.value])).toEqual([
      ['existing', 'actual', 250],
      ['new', 'actual', 90],
      ['dissolved', 'actual', 20],
    ]);
  });

  it('the alliance\'s members raised to a number are its member units; "phát triển thêm" makes new ones', () => {
    const fs = facts('Năm 2024, Liên minh nâng tổng số thành viên của Liên minh lên 88 đơn vị. Năm 2025, Liên minh phấn đấu phát triển thêm 40 HTX.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value])).toEqual([
      ['member_unit', 'count', 'existing', 88],
      ['cooperative', 'count', 'new', 40],
    ]);
  });

  it('"Trong số đó, N HTX đang hoạt động" after a total is a class of it; any other property stays no fact', () => {
    const fs = facts('Đến cuối năm 2024, tỉnh có 640 HTX. Trong số đó, 512 HTX đang hoạt động. Trong số đó, 40 HTX do phụ nữ làm giám đốc.');
    expect(fs.map((f) => [f.rating, f.value])).toEqual([
      [null, 640],
      ['operating', 512],
    ]);
  });

  it('"toàn huyện", "trên địa bàn xã" speak of the district or commune just named; "toàn xã hội" names none', () => {
    const fs = facts('Chủ tịch UBND huyện Lập Thạch cho biết toàn huyện có 37 HTX. Tại xã Đồng Ích, doanh thu của các HTX trên địa bàn xã đạt 12 tỷ đồng. Toàn xã hội đã góp sức để cả tỉnh có 410 HTX.');
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [37, 'district', 'huyện Lập Thạch'],
      [12e9, 'commune', 'xã Đồng Ích'],
      [410, null, null],
    ]);
  });

  it('terse reports: sectors by abbreviation, "QTD", "LN"/"DT" before an amount, "477 tỷ 360 tr.đ", a district and a colon', () => {
    const fs = facts('- Tổng số HTX: 150 HTX, trong đó: HTX XD 04; HTX VT 03; QTD 06.\n\n- Các QTD có 9.100 TV; LN 2,5 tỷ đ.\n\n- Tổng DT: 312 tỷ 450 tr.đ.\n\n- Huyện Bình Lục: 31 HTX.');
    expect(fs.map((f) => [f.metric, f.sector, f.value, f.place?.level ?? null])).toEqual([
      ['count', null, 150, null],
      ['count', 'construction', 4, null],
      ['count', 'transport', 3, null],
      ['count', 'credit', 6, null],
      ['members', 'credit', 9100, null],
      ['profit', 'credit', 2.5e9, null],
      ['revenue', null, 312.45e9, null],
      ['count', null, 31, 'district'],
    ]);
  });

  it('a plan in brackets makes a bare "đạt X%" after it the plan\'s achievement, for courses too', () => {
    const fs = facts('Năm 2023 thành lập mới 18 HTX (kế hoạch 24 HTX), đạt 75%; mở 7 lớp tập huấn (kế hoạch năm 10 lớp), đạt 70%.');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.plan])).toEqual([
      ['cooperative', 'count', 18, 24],
      ['cooperative', 'plan_achievement', 75, null],
      ['training_course', 'count', 7, 10],
      ['training_course', 'plan_achievement', 70, null],
    ]);
  });

  it('under a plan heading, a stock dated by its own past day reports a result', () => {
    const fs = facts('Ngày 12/03/2021, HTX tổ chức đại hội.\n\nMục tiêu năm 2021\n\nHTX phấn đấu doanh thu 16 tỷ đồng. Tính đến cuối năm 2020, toàn tỉnh có 239 HTX.', 'Liên minh HTX tỉnh Gia Lai: đại hội thành viên');
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([
      ['revenue', 'target', 16e9],
      ['count', 'actual', 239],
    ]);
  });

  it('under a plan heading, a sentence of its own past period with "đã" reports a result', () => {
    const fs = facts('Ngày 12/01/2024, Liên minh HTX tỉnh tổ chức hội nghị tổng kết.\n\nPhương hướng năm 2024\n\nTrong năm 2023, Liên minh đã mở 8 lớp tập huấn. Năm 2024, phấn đấu thành lập mới 25 HTX.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([
      ['count', 'actual', 8],
      ['count', 'target', 25],
    ]);
  });

  it('"khu vực X (cũ)" names a former province; a bare "trên địa bàn" is the place the sentence just gave', () => {
    const fs = facts('Riêng khu vực Bắc Kạn (cũ) có 410 HTX. Tại huyện Chợ Đồn, hiện có 31 HTX; các HTX trên địa bàn đạt doanh thu 40 tỷ đồng.', 'Liên minh HTX tỉnh Thái Nguyên sơ kết 9 tháng năm 2025');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [410, 'former_province'],
      [31, 'district'],
      [40e9, 'district'],
    ]);
  });

  it('a list of grades: "52 HTX trung bình" is the average grade, "đang ngừng hoạt động" inactive; "giải thể" after the noun outranks an earlier "thành lập mới"', () => {
    const fs = facts('Có 20 HTX hoạt động tốt, 33 HTX khá, 41 HTX trung bình; 9 HTX đang ngừng hoạt động. Trong năm có 14 HTX được thành lập mới, 6 HTX giải thể.');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['existing', 'good', 20],
      ['existing', 'fair', 33],
      ['existing', 'average', 41],
      ['existing', 'inactive', 9],
      ['new', null, 14],
      ['dissolved', null, 6],
    ]);
  });

  it('a bare "huyện" opening a clause is the district just named', () => {
    const fs = facts('Chủ tịch UBND huyện Lục Yên cho biết, đến cuối năm 2023, huyện có 57 HTX.', 'Liên minh HTX tỉnh Yên Bái: hội nghị tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.place?.name ?? null])).toEqual([[57, 'huyện Lục Yên']]);
  });

  it('a named cooperative with a year before its verb ("HTX Nông sản sạch Tân Lập năm 2023 đạt …") is the subject', () => {
    const fs = facts('Trong đó, HTX Nông sản sạch Tân Lập năm 2023 đạt doanh thu 9,8 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.place?.name ?? null, f.value])).toEqual([['revenue', 'HTX Nông sản sạch Tân Lập', 9.8e9]]);
  });

  it('a sentence whose subject is a bare "HTX" speaks of the cooperative just named, figures before the subject too', () => {
    const fs = facts('Một điểm sáng là HTX Dịch vụ nông nghiệp Hòa Lộc (xã Hòa Lộc). Với 85 thành viên, năm 2023 HTX vẫn bán ra 600 tấn bưởi, doanh thu đạt 6,2 tỷ đồng. Toàn tỉnh hiện có 310 HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 85, 'HTX Dịch vụ nông nghiệp Hòa Lộc'],
      ['revenue', 6.2e9, 'HTX Dịch vụ nông nghiệp Hòa Lộc'],
      ['count', 310, null],
    ]);
  });

  it('a sentence goes on speaking of the district it placed its figures in, but not after an aside and a semicolon', () => {
    const fs = facts('Năm 2023, huyện Kỳ Anh có 40 HTX, doanh thu bình quân 1,5 tỷ đồng/HTX; các HTX tạo việc làm cho 600 lao động. Trong năm, toàn tỉnh thành lập mới 20 HTX, riêng huyện Hương Sơn có 4 HTX thành lập mới; giải thể 3 HTX.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.place?.name ?? null])).toEqual([
      ['count', 'existing', 40, 'huyện Kỳ Anh'],
      ['revenue', 'existing', 1.5e9, 'huyện Kỳ Anh'],
      ['workers', 'existing', 600, 'huyện Kỳ Anh'],
      ['count', 'new', 20, null],
      ['count', 'new', 4, 'huyện Hương Sơn'],
      ['count', 'dissolved', 3, null],
    ]);
  });

  it('a classified count ("12 HTX đạt loại khá") is no bare "HTX" subject', () => {
    const fs = facts('HTX Chè Hồng Sơn hiện có 60 thành viên.\n\nKết quả phân loại năm 2023, có 12 HTX đạt loại khá và 5 HTX yếu.');
    expect(fs.map((f) => [f.value, f.place?.name ?? null])).toEqual([[60, 'HTX Chè Hồng Sơn'], [12, null], [5, null]]);
  });

  it('a province marked "(cũ)" needs no place word; a part in brackets is no subject once its bracket closes', () => {
    const fs = facts('6 tháng đầu năm 2025, toàn tỉnh thành lập mới 20 HTX (khu vực Kon Tum cũ 8 HTX, Quảng Ngãi (cũ) 12 HTX) và 35 THT. Quảng Ngãi (cũ) có 410 HTX.', 'Quảng Ngãi: sơ kết 6 tháng đầu năm 2025');
    expect(fs.map((f) => [f.entity, f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['cooperative', 20, null, null],
      ['cooperative', 8, 'former_province', 'khu vực Kon Tum cũ'],
      ['cooperative', 12, 'former_province', 'Quảng Ngãi (cũ)'],
      ['cooperative_group', 35, null, null],
      ['cooperative', 410, 'former_province', 'Quảng Ngãi (cũ)'],
    ]);
  });

  it('a district article keeps the province\'s own plan ("tỉnh phấn đấu …") the province\'s; a place\'s land is no fact', () => {
    const fs = facts('Đến nay, toàn huyện Lệ Thủy có 58 HTX; toàn huyện còn 76 tổ hợp tác. Lệ Thủy là huyện có diện tích lúa lớn nhất tỉnh, với trên 14.000 ha, trong đó diện tích lúa hữu cơ toàn huyện đạt 1.150 ha. Các HTX nông nghiệp quản lý 900 ha.\n\nTỉnh phấn đấu đến năm 2025 có 500 HTX.', 'Lệ Thủy: hợp tác xã làm bà đỡ cho nông dân');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['count', 58, 'huyện Lệ Thủy'],
      ['count', 76, 'huyện Lệ Thủy'],
      ['land_area', 900, 'huyện Lệ Thủy'],
      ['count', 500, null],
    ]);
  });

  it('cooperatives winding up with no class are no fact; inactive ones winding up stay a count; a dissolution with its class', () => {
    const fs = facts('Toàn tỉnh có 300 HTX, trong đó 260 HTX đang hoạt động, 40 HTX ngừng hoạt động đang làm thủ tục giải thể; 15 HTX ngừng hoạt động đang được hướng dẫn hoàn thiện hồ sơ giải thể. Trong năm, các huyện đã giải thể 6 HTX; 12 HTX khác đang làm thủ tục giải thể. Cũng trong năm, có 4 HTX ngừng hoạt động kéo dài đã hoàn tất thủ tục giải thể.');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['existing', null, 300],
      ['existing', 'operating', 260],
      ['existing', 'inactive', 40],
      ['existing', 'inactive', 15],
      ['dissolved', null, 6],
      ['dissolved', 'inactive', 4],
    ]);
  });

  it('"bình quân 1 HTX" is the unit of an average, and hides no metric word from the amount after it', () => {
    const fs = facts('Doanh thu bình quân 1 HTX đạt 1,9 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.statistic, f.value])).toEqual([['revenue', 'average', 1.9e9]]);
  });

  it('a district named with a capital ("Huyện Hòa Vang") is found for "trên địa bàn huyện"; "các quận, huyện" is no subject', () => {
    const fs = facts('Huyện Hòa Vang tiếp tục là địa bàn có nhiều HTX nhất. Năm 2023, doanh thu của các HTX trên địa bàn huyện đạt 265 tỷ đồng.\n\nNăm 2024, Liên minh phối hợp với các quận, huyện thành lập mới 12 HTX.', 'Liên minh HTX thành phố Đà Nẵng tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['revenue', 265e9, 'huyện Hòa Vang'],
      ['count', 12, null],
    ]);
  });

  it('courses of one kind among those just counted are no fact unless they name a sector; size classes by revenue are no stock', () => {
    const fs = facts('Liên minh đã mở 10 lớp tập huấn cho 600 học viên, trong đó 4 lớp tổ chức trực tuyến. Liên minh còn mở 5 lớp bồi dưỡng (trong đó 3 lớp cho cán bộ HTX nông nghiệp). Xét theo doanh thu, 120 HTX đạt từ 5 tỷ đồng/năm trở lên; còn lại 300 HTX dưới 1 tỷ đồng.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value])).toEqual([
      ['training_course', 'count', null, 10],
      ['training_course', 'participants', null, 600],
      ['training_course', 'count', null, 5],
      ['training_course', 'count', 'agriculture', 3],
    ]);
  });

  it('a breakdown "Phân theo lĩnh vực" after a flow and no stock is of the flow; after a stock it stays a stock', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 20 HTX. Phân theo lĩnh vực, có 14 HTX nông nghiệp và 6 HTX vận tải.\n\nĐến cuối năm, toàn tỉnh có 300 HTX; trong năm giải thể 5 HTX. Phân theo lĩnh vực: nông nghiệp 250 HTX; vận tải 50 HTX.');
    expect(fs.map((f) => [f.scope, f.sector, f.value, f.asOf, f.period?.end ?? null])).toEqual([
      ['new', null, 20, null, '2023-12-31'],
      ['new', 'agriculture', 14, null, '2023-12-31'],
      ['new', 'transport', 6, null, '2023-12-31'],
      ['existing', null, 300, '2023-12-31', null],
      ['dissolved', null, 5, null, '2023-12-31'],
      ['existing', 'agriculture', 250, '2023-12-31', null],
      ['existing', 'transport', 50, '2023-12-31', null],
    ]);
  });

  it('a class alone goes on a labelled list; "theo kế hoạch năm, đạt X%" is an achievement; a class brought below a bound is aimed at', () => {
    const fs = facts('Số HTX đang hoạt động 274; ngừng HĐ 38. Trong năm, toàn tỉnh thành lập mới 18/24 HTX theo kế hoạch năm, đạt 75%; mở 9 lớp (kế hoạch năm 12 lớp), đạt 75%.\n\nNăm 2024, tỉnh phấn đấu thành lập mới 30 HTX, giảm số HTX loại yếu xuống dưới 20 HTX.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.rating, f.status, f.value])).toEqual([
      ['cooperative', 'count', 'existing', 'operating', 'actual', 274],
      ['cooperative', 'count', 'existing', 'inactive', 'actual', 38],
      ['cooperative', 'count', 'new', null, 'actual', 18],
      ['cooperative', 'plan_achievement', 'new', null, 'actual', 75],
      ['training_course', 'count', 'new', null, 'actual', 9],
      ['training_course', 'plan_achievement', 'new', null, 'actual', 75],
      ['cooperative', 'count', 'new', null, 'target', 30],
      ['cooperative', 'count', 'existing', 'weak', 'target', 20],
    ]);
    expect(fs[fs.length - 1]!.qualifier).toBe('under');
  });

  it('"chiếm ưu thế tuyệt đối với 371 HTX" is no "đối với" (towards); "tương đương 78,3%" is a share', () => {
    const fs = facts('Toàn tỉnh có 506 HTX, trong đó lĩnh vực nông nghiệp chiếm ưu thế tuyệt đối với 371 HTX, tương đương 73,3%. Liên minh làm việc đối với 12 HTX.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', null, 506],
      ['count', 'agriculture', 371],
      ['share', 'agriculture', 73.3],
    ]);
  });

  it('a level compared with ("thấp hơn mức 2,6 tỷ đồng/HTX của toàn khu vực HTX") is that metric\'s average, of whom "của" names', () => {
    const fs = facts('Bình quân mỗi HTX nông nghiệp có doanh thu 2,2 tỷ đồng/HTX/năm, thấp hơn mức 2,6 tỷ đồng/HTX/năm của toàn khu vực HTX. Doanh thu bình quân của nhóm HTX này khoảng 1,3 tỷ đồng/HTX, thấp hơn mức bình quân chung toàn tỉnh là 1,8 tỷ đồng/HTX. Thu nhập của thành viên HTX cà phê đạt 5,1 triệu đồng/người/tháng, gấp 1,2 lần mức bình quân của HTX nông nghiệp toàn tỉnh (4,2 triệu đồng/người/tháng).');
    expect(fs.filter((f) => f.unit === 'VND').map((f) => [f.metric, f.statistic, f.sector, f.value])).toEqual([
      ['revenue', 'average', 'agriculture', 2.2e9],
      ['revenue', 'average', null, 2.6e9],
      ['revenue', 'average', null, 1.8e9],
      ['income', 'average', 'agriculture', 5.1e6],
      ['income', 'average', 'agriculture', 4.2e6],
    ]);
  });

  it('a group named by its trade before its place ("Tổ hợp tác mây tre đan thôn Đông") is the "tổ" the next sentence speaks of', () => {
    const fs = facts('Tổ hợp tác mây tre đan thôn Đông (xã Hòa Bình) ra đời năm 2020. Đến nay tổ đã có 31 tổ viên; năm 2023 tổ đạt doanh thu khoảng 620 triệu đồng.');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['cooperative_group', 'members', 31, 'Tổ hợp tác mây tre đan thôn Đông'],
      ['cooperative_group', 'revenue', 6.2e8, 'Tổ hợp tác mây tre đan thôn Đông'],
    ]);
  });

  it('a district the text named with its level word is a subject when printed bare ("Mù Cang Chải có thêm 3 HTX"); a province is not', () => {
    const fs = facts('Hai huyện vùng cao Mù Cang Chải và Trạm Tấu hiện có 60 HTX. Năm 2023, Mù Cang Chải có thêm 3 HTX; Trạm Tấu vẫn còn 2 HTX yếu. Yên Bái có 300 HTX.', 'Liên minh HTX tỉnh Yên Bái tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [60, 'other', 'Hai huyện vùng cao'],
      [3, 'district', 'huyện Mù Cang Chải'],
      [2, 'district', 'huyện Trạm Tấu'],
      [300, null, null],
    ]);
  });

  it('"Nhóm 40 HTX này" restates the sector\'s count just given, in this paragraph or the one before, and lends it its sector', () => {
    const fs = facts('Toàn tỉnh có 300 HTX. Trong số này, 40 HTX hoạt động trong lĩnh vực trồng và chế biến chè.\n\nNhóm 40 HTX này thu hút 1.500 thành viên. Tổng doanh thu của nhóm HTX này đạt 60 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', null, 300],
      ['count', 'agriculture', 40],
      ['members', 'agriculture', 1500],
      ['revenue', 'agriculture', 60e9],
    ]);
  });

  it('a day reported at after the paragraph\'s opening period dates the stocks after it; "từ ngày D", "ngay từ tháng 1" start a flow', () => {
    const fs = facts('Năm 2023, Liên minh tiếp tục đổi mới hoạt động; tính đến ngày 30/11/2023, toàn tỉnh có 410 HTX. Các HTX có 9.000 thành viên.\n\nTừ ngày 01/7/2013 đến nay, toàn tỉnh đã thành lập mới 250 HTX. Ngay từ tháng 3, Liên minh đã tổ chức 4 lớp tập huấn.');
    expect(fs.map((f) => [f.value, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      [410, '2023-11-30', null, null],
      [9000, '2023-11-30', null, null],
      [250, null, '2013-07-01', '2023-12-31'],
      [4, null, '2023-03-01', '2023-12-31'],
    ]);
  });

  it('a period in a cited document\'s title dates nothing after its clause; "trong năm 2023" after a figure dates it whole', () => {
    const fs = facts('6 tháng cuối năm, Liên minh triển khai Quyết định số 461/QĐ-TTg về phát triển HTX hoạt động có hiệu quả đến năm 2025; phấn đấu thành lập mới 12 HTX, hoàn thành chỉ tiêu thành lập mới 25 HTX trong năm 2023.', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.value, f.status, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      [12, 'target', '2023-07-01', '2023-12-31'],
      [25, 'target', '2023-01-01', '2023-12-31'],
    ]);
  });

  it('a change after a plan\'s share is the change of the figure before it', () => {
    const fs = facts('Thu nhập bình quân của người lao động trong HTX ước đạt 5,6 triệu đồng/người/tháng, đạt 93,3% kế hoạch, tăng 7,7% so với năm 2022.');
    expect(fs.map((f) => [f.metric, f.scope, f.refMetric, f.value])).toEqual([
      ['income', 'existing', null, 5.6e6],
      ['income', 'change', 'income', 7.7],
      ['plan_achievement', 'existing', 'income', 93.3],
    ]);
  });

  it('"ước đạt" estimates its own clause, not the next one after a semicolon; an opening "Ước đến …" covers the sentence', () => {
    const fs = facts('Doanh thu bình quân ước đạt 2,9 tỷ đồng/HTX/năm; thu nhập bình quân của người lao động khoảng 5,2 triệu đồng/người/tháng. Ước đến 31/12/2023, toàn tỉnh có 410 HTX; thành lập mới 20 HTX.');
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([
      ['revenue', 'estimate', 2.9e9],
      ['income', 'actual', 5.2e6],
      ['count', 'estimate', 410],
      ['count', 'estimate', 20],
    ]);
  });

  it('a share of a class with a property after it ("100% HTX chè có hợp đồng liên kết") is no share of the class', () => {
    const fs = facts('Đến năm 2025, tỉnh phấn đấu 100% HTX chè có hợp đồng liên kết tiêu thụ; 100% HTX đang hoạt động sử dụng hóa đơn điện tử; ít nhất 60% HTX hoạt động hiệu quả.');
    expect(fs.map((f) => [f.metric, f.rating, f.value])).toEqual([['share', 'effective', 60]]);
  });

  it('a round mark passed ("vượt mốc 2 nghìn tỷ đồng") is no figure; "vượt chỉ tiêu cả năm (20 HTX)" is the plan', () => {
    const fs = facts('Doanh thu toàn khu vực vượt mốc 2 nghìn tỷ đồng. 9 tháng, toàn tỉnh thành lập mới 24 HTX, vượt chỉ tiêu cả năm (20 HTX).');
    expect(fs.map((f) => [f.metric, f.value, f.plan])).toEqual([['count', 24, 20]]);
  });

  it('an opening "Bình quân mỗi HTX" makes the amounts of its list averages, up to a semicolon', () => {
    const fs = facts('Bình quân mỗi HTX có doanh thu khoảng 1,3 tỷ đồng/năm, lãi 95 triệu đồng/năm; tổng lợi nhuận toàn khu vực đạt 40 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.statistic, f.value])).toEqual([
      ['revenue', 'average', 1.3e9],
      ['profit', 'average', 9.5e7],
      ['profit', 'total', 40e9],
    ]);
  });

  it('"bình quân mỗi HTX có 150 thành viên" is an average; "từ 300 HTX hoạt động hiệu quả trở lên" is at least 300 of that class; "Số HTX hiệu quả mới chiếm 38%" a share', () => {
    const fs = facts('Toàn tỉnh có 320 HTX, bình quân mỗi HTX chỉ có 150 thành viên và 16 lao động. Số HTX hoạt động hiệu quả mới chiếm khoảng 38% tổng số HTX.\n\nĐến năm 2025, phấn đấu có từ 300 HTX hoạt động hiệu quả trở lên.');
    expect(fs.map((f) => [f.metric, f.statistic, f.rating, f.status, f.qualifier, f.value])).toEqual([
      ['count', 'total', null, 'actual', 'exact', 320],
      ['members', 'average', null, 'actual', 'exact', 150],
      ['workers', 'average', null, 'actual', 'exact', 16],
      ['share', 'total', 'effective', 'actual', 'approx', 38],
      ['count', 'total', 'effective', 'target', 'over', 300],
    ]);
  });

  it('"X là địa phương …, huyện có 142 HTX" and "Tại X, đến cuối tháng 10 có 31 HTX" are district figures; a dissolution may name its places', () => {
    const fs = facts('Hai huyện vùng cao Bắc Hà và Si Ma Cai hiện có 60 HTX.\n\nTại Bắc Hà, đến cuối tháng 10/2023 có 31 HTX. Văn Bàn là địa phương có nhiều HTX nhất tỉnh; đến cuối năm 2023, huyện có 52 HTX.\n\nCũng trong năm, 2 HTX ở huyện Bảo Yên và Bảo Thắng đã hoàn tất thủ tục giải thể.', 'Liên minh HTX tỉnh Lào Cai tổng kết năm 2023');
    expect(fs.map((f) => [f.scope, f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['existing', 60, 'other', 'Hai huyện vùng cao'],
      ['existing', 31, 'district', 'huyện Bắc Hà'],
      ['existing', 52, 'district', 'huyện Văn Bàn'],
      ['dissolved', 2, null, null],
    ]);
  });

  it('a second value of one metric ("tăng từ … lên …", "(năm 2019 là …)", "trong khi năm 2015 mới ở mức …") keeps the metric and takes its own time', () => {
    const fs = facts('Thu nhập bình quân của người lao động tăng từ 3,5 triệu đồng/người/tháng năm 2019 lên 4,6 triệu đồng/người/tháng trong 6 tháng đầu năm 2023. Lãi bình quân đạt 210 triệu đồng/HTX (năm 2022 là 180 triệu đồng/HTX). Doanh thu bình quân đạt 2,9 tỷ đồng/HTX, trong khi năm 2015 mới ở mức 1,2 tỷ đồng/HTX.');
    expect(fs.map((f) => [f.metric, f.statistic, f.value, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['income', 'average', 3.5e6, '2019-01-01', '2019-12-31'],
      ['income', 'average', 4.6e6, '2023-01-01', '2023-06-30'],
      ['profit', 'average', 2.1e8, '2023-01-01', '2023-12-31'],
      ['profit', 'average', 1.8e8, '2022-01-01', '2022-12-31'],
      ['revenue', 'average', 2.9e9, '2023-01-01', '2023-12-31'],
      ['revenue', 'average', 1.2e9, '2015-01-01', '2015-12-31'],
    ]);
  });

  it('"HTX điều" is a cashew cooperative, farming; "điều hành" and "vốn điều lệ" are not', () => {
    const fs = facts('Toàn tỉnh có 70 HTX điều; bình quân mỗi HTX điều có doanh thu 15 tỷ đồng/năm. Ban quản trị HTX điều hành tốt; vốn điều lệ của các HTX đạt 100 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', 'agriculture', 70],
      ['revenue', 'agriculture', 15e9],
      ['charter_capital', null, 100e9],
    ]);
  });

  it('a change of a metric no figure gave takes the sector the sentence named before it; "giảm tới 45%" is a change', () => {
    const fs = facts('Bị ảnh hưởng nặng nhất là nhóm HTX vận tải, doanh thu giảm tới 40% so với cùng kỳ.');
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.value])).toEqual([['revenue', 'change', 'transport', -40]]);
  });

  it('"Số HTX yếu kém giảm từ 86 HTX năm 2015 xuống còn 41 HTX năm 2017": two stocks of that class, each at its year', () => {
    const fs = facts('Số HTX yếu kém giảm từ 60 HTX năm 2019 xuống còn 35 HTX năm 2023.');
    expect(fs.map((f) => [f.scope, f.rating, f.value, f.asOf])).toEqual([
      ['existing', 'weak', 60, '2019-12-31'],
      ['existing', 'weak', 35, '2023-12-31'],
    ]);
  });

  it('the day a paragraph reported its stocks at dates the stocks after it, in later paragraphs too, not the end of the report period', () => {
    const fs = facts('Theo báo cáo của Liên minh HTX tỉnh tại hội nghị sơ kết, tính đến ngày 31/10/2023, toàn tỉnh có 412 HTX. Trong đó, 376 HTX đang hoạt động.\n\nCác HTX có 6.900 thành viên.');
    expect(fs.map((f) => [f.value, f.asOf, f.dateFrom])).toEqual([
      [412, '2023-10-31', 'sentence'],
      [376, '2023-10-31', 'paragraph'],
      [6900, '2023-10-31', 'document'],
    ]);
    // With no period named, the opening's day ends the report period (derived), and dates the next paragraph's stocks too.
    const bare = facts('Theo báo cáo của Liên minh HTX tỉnh tại hội nghị, tính đến ngày 31/5/2021, toàn tỉnh có 268 HTX. Trong số này, 40 HTX hoạt động trong lĩnh vực du lịch.\n\nCác HTX có 9.000 thành viên.', 'Liên minh HTX tỉnh Hà Tĩnh: kinh tế tập thể chuyển mình');
    expect(bare.map((f) => [f.value, f.asOf])).toEqual([[268, '2021-05-31'], [40, '2021-05-31'], [9000, '2021-05-31']]);
  });

  it('the members\' average income after a named cooperative is its own; an average per cooperative is not', () => {
    const fs = facts('HTX Chè Hồng Sơn hiện có 60 thành viên. Năm 2023, HTX lãi 700 triệu đồng, thu nhập bình quân của thành viên 6 triệu đồng/người/tháng. Doanh thu bình quân đạt 2 tỷ đồng/HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 60, 'HTX Chè Hồng Sơn'],
      ['profit', 7e8, 'HTX Chè Hồng Sơn'],
      ['income', 6e6, 'HTX Chè Hồng Sơn'],
      ['revenue', 2e9, null],
    ]);
  });

  it('a sentence opening on the new cooperatives speaks of them throughout; a total after a list by sector is the whole list\'s', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 12 HTX, gồm 8 HTX nông nghiệp và 4 HTX vận tải, với tổng cộng 260 thành viên. Các HTX mới có vốn điều lệ 3,4 tỷ đồng, tạo việc làm cho 140 lao động.');
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.value])).toEqual([
      ['count', 'new', null, 12],
      ['count', 'new', 'agriculture', 8],
      ['count', 'new', 'transport', 4],
      ['members', 'new', null, 260],
      ['charter_capital', 'new', null, 3.4e9],
      ['workers', 'new', null, 140],
    ]);
  });

  it('cooperatives awaiting dissolution ("chờ giải thể") are a stock, not dissolved', () => {
    const fs = facts('Số HTX ngừng hoạt động, chờ giải thể là 14 HTX. Trong năm đã giải thể 5 HTX.');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['existing', 'inactive', 14],
      ['dissolved', null, 5],
    ]);
  });

  it('labels numbered "(3) vận tải: 9 HTX" and "có trên 160 HTX" name their sector', () => {
    const fs = facts('Phân theo lĩnh vực: (1) nông nghiệp: 80 HTX; (3) vận tải: 9 HTX. Lĩnh vực xây dựng có trên 12 HTX.');
    expect(fs.map((f) => [f.sector, f.value])).toEqual([
      ['agriculture', 80],
      ['transport', 9],
      ['construction', 12],
    ]);
  });

  it('the change of a sector\'s stock keeps the sector, not a class (seed 002); cooperatives joining the alliance are member units', () => {
    const fs = facts('Toàn tỉnh có 198 HTX nông nghiệp, tăng 12 HTX so với năm 2022. Hiện có 150 HTX đang hoạt động, tăng 9 HTX so với cùng kỳ năm 2022. Liên minh đã kết nạp thêm 3 HTX làm đơn vị thành viên.');
    expect(fs.map((f) => [f.entity, f.scope, f.sector, f.rating, f.value])).toEqual([
      ['cooperative', 'existing', 'agriculture', null, 198],
      ['cooperative', 'change', 'agriculture', null, 12],
      ['cooperative', 'existing', null, 'operating', 150],
      ['cooperative', 'change', null, null, 9],
      ['member_unit', 'new', null, null, 3],
    ]);
  });

  it('member cooperatives right after a count of unions are the unions\' members', () => {
    const fs = facts('Toàn tỉnh có 280 HTX và 01 liên hiệp HTX rau an toàn với 7 HTX thành viên.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value])).toEqual([
      ['cooperative', 'count', null, 280],
      ['cooperative_union', 'count', 'agriculture', 1],
      ['cooperative_union', 'members', 'agriculture', 7],
    ]);
  });

  it('a share right after a count and its sector words is the count\'s share', () => {
    const fs = facts('Hiện có 64 HTX chuyên sản xuất, kinh doanh chè, chiếm 18,5% tổng số HTX toàn tỉnh.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', 'agriculture', 64],
      ['share', 'agriculture', 18.5],
    ]);
  });

  it('a breakdown sentence after an estimated whole is estimated; grades of "HTX dịch vụ nông nghiệp" are farming', () => {
    const fs = facts('Ước đến 31/12/2021, toàn tỉnh có 379 HTX, tăng 14 HTX so với cuối năm 2020 (365 HTX). Trong đó có 288 HTX nông nghiệp. Kết quả phân loại HTX dịch vụ nông nghiệp như sau: loại tốt 74 HTX, loại khá 148 HTX.');
    expect(fs.filter((f) => f.scope === 'existing').map((f) => [f.status, f.sector, f.rating, f.value])).toEqual([
      ['estimate', null, null, 379],
      ['actual', null, null, 365],
      ['estimate', 'agriculture', null, 288],
      ['actual', 'agriculture', 'good', 74],
      ['actual', 'agriculture', 'fair', 148],
    ]);
  });

  it('craft words name the handicraft sector ("HTX chế biến cói", "HTX mây tre đan")', () => {
    const fs = facts('Toàn tỉnh có 9 HTX chế biến cói và 12 HTX mây tre đan.');
    expect(fs.map((f) => [f.sector, f.value])).toEqual([
      ['industry_handicraft', 9],
      ['industry_handicraft', 12],
    ]);
  });

  it('the last item of a list of sectors after "và" keeps its label; cooperatives too new to grade are no fact', () => {
    const fs = facts('Chăn nuôi 96 HTX; lâm nghiệp 38 HTX và diêm nghiệp 9 HTX. Có 21 HTX mới thành lập chưa đủ điều kiện xếp loại.');
    expect(fs.map((f) => [f.sector, f.value])).toEqual([
      ['agriculture', 96],
      ['agriculture', 38],
      ['agriculture', 9],
    ]);
  });

  it('a bare "Liên hiệp" that sets targets or makes jobs is the union the text has named', () => {
    const fs = facts('Liên hiệp HTX Nông nghiệp Hưng Phát được thành lập năm 2016. Năm 2020, Liên hiệp đặt mục tiêu doanh thu đạt 80 tỷ đồng. Liên hiệp tạo việc làm thường xuyên cho 86 lao động.');
    expect(fs.map((f) => [f.entity, f.metric, f.place?.name ?? null])).toEqual([
      ['cooperative_union', 'revenue', 'Liên hiệp HTX Nông nghiệp Hưng Phát'],
      ['cooperative_union', 'workers', 'Liên hiệp HTX Nông nghiệp Hưng Phát'],
    ]);
  });

  it('"N HTX còn yếu" is weak; a sector that "chiếm 64% với 151 HTX" labels the count; "N thành viên mới" are new', () => {
    const fs = facts('Nông nghiệp vẫn chiếm gần 64% với 151 HTX. Về xếp loại, có 40 HTX tốt và 22 HTX còn yếu. Năm nay, các HTX thu hút thêm 1.130 thành viên mới.');
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.rating, f.value])).toEqual([
      ['count', 'existing', 'agriculture', null, 151],
      ['count', 'existing', null, 'good', 40],
      ['count', 'existing', null, 'weak', 22],
      ['members', 'new', null, null, 1130],
    ]);
  });

  it('the cooperatives\' OCOP products and their stars are a subset; the province\'s stay facts', () => {
    const fs = facts('Toàn tỉnh có 178 sản phẩm OCOP, trong đó 24 sản phẩm 4 sao. Các HTX hiện là chủ thể của hơn 60 sản phẩm OCOP, trong đó có 10 sản phẩm 4 sao. Khu vực HTX đóng góp 67 sản phẩm do HTX làm chủ thể, trong đó có 11 sản phẩm 4 sao và 56 sản phẩm 3 sao.');
    expect(fs.map((f) => f.value)).toEqual([178, 24]);
  });

  it('"các HTX này" after a sector\'s count are that sector\'s cooperatives; after a subset no fact names, no fact', () => {
    const fs = facts('Hiện có 112 HTX cà phê. Thu nhập bình quân của thành viên các HTX này đạt 5,2 triệu đồng/người/tháng. Có 14 HTX ứng dụng công nghệ cao; doanh thu của các HTX này đạt 90 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', 'agriculture', 112],
      ['income', 'agriculture', 5.2e6],
    ]);
  });

  it('"Trong tổng số N HTX" is the base of a breakdown; "nước sạch nông thôn" is environment', () => {
    const fs = facts('Toàn tỉnh có 512 HTX. Trong tổng số 512 HTX, có 430 HTX đang hoạt động. Lĩnh vực môi trường, nước sạch nông thôn: 5 HTX.');
    expect(fs.map((f) => [f.sector, f.rating, f.value])).toEqual([
      [null, null, 512],
      [null, 'operating', 430],
      ['environment', null, 5],
    ]);
  });

  it('no facts from a place\'s land, size classes of cooperatives or board members', () => {
    const fs = facts('Thanh long là cây chủ lực của tỉnh với diện tích toàn tỉnh hơn 31.000 ha. Xã mới có diện tích tự nhiên 41,6 km2. Có 45 HTX có quy mô trên 100 ha và 120 HTX có diện tích dưới 20 ha. Đại hội đã bầu bổ sung 01 thành viên Hội đồng quản trị. Các HTX quản lý 2.150 ha.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['land_area', 2150]]);
  });

  it('"ít hơn", "thấp hơn" against a point are falls, "nhiều hơn" a rise', () => {
    const fs = facts('Tổng số thành viên là 21.456 người, ít hơn 1.218 thành viên so với cùng kỳ. Thu nhập bình quân 4,2 triệu đồng/người/tháng, thấp hơn 0,3 triệu đồng so với năm trước. Toàn tỉnh có 300 HTX, nhiều hơn 12 HTX so với năm 2022.');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.metric, f.value])).toEqual([
      ['members', -1218],
      ['income', -300000],
      ['count', 12],
    ]);
  });

  it('members of one kind ("là pháp nhân") are a subset', () => {
    const fs = facts('Các HTX có 24.905 thành viên (trong đó có 2.140 thành viên là pháp nhân).');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['members', 24905]]);
  });

  it('"nuôi trồng, khai thác thủy sản" is farming', () => {
    const fs = facts('Toàn tỉnh có 23 HTX nuôi trồng, khai thác thủy sản.');
    expect(fs.map((f) => [f.sector, f.value])).toEqual([['agriculture', 23]]);
  });

  it('"được thành lập mới" after the sector label makes new ones', () => {
    const fs = facts('Riêng năm 2023, có 11 HTX chè được thành lập mới.');
    expect(fs.map((f) => [f.scope, f.sector, f.value])).toEqual([['new', 'agriculture', 11]]);
  });

  it('in an article on the cooperative support fund, the fund\'s money and the borrowers are no facts; "của các quỹ … đạt" are credit funds', () => {
    const fs = facts('Quỹ Hỗ trợ phát triển HTX tỉnh hoạt động ổn định. Đến cuối năm, tổng nguồn vốn của Quỹ đạt 18 tỷ đồng, dư nợ 15 tỷ đồng với 30 HTX đang vay.\n\nHệ thống quỹ tín dụng nhân dân có 5 quỹ. Tổng nguồn vốn hoạt động của các quỹ đến cuối năm 2023 đạt 250 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['count', 'credit', 5],
      ['operating_capital', 'credit', 250e9],
    ]);
  });

  it('"trong đó 9 HTX thành lập mới" is new though a list intro; "trong 308 HTX … có 58 HTX tốt" is the base of a breakdown', () => {
    const fs = facts('Toàn tỉnh có 410 HTX, trong đó 21 HTX thành lập mới trong năm. Kết quả phân loại, trong 240 HTX được đánh giá có 50 HTX đạt loại tốt.');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['existing', null, 410],
      ['new', null, 21],
      ['existing', 'good', 50],
    ]);
  });

  it('the cooperatives participants came from are no stock ("đến từ 45 HTX")', () => {
    const fs = facts('Lớp học có 52 học viên đến từ 31 HTX trong tỉnh.');
    expect(fs.map((f) => [f.entity, f.metric, f.value])).toEqual([['training_course', 'participants', 52]]);
  });

  it('a metric that rises or falls against a point is a change, with its sign; "tăng lên" is the new level', () => {
    const fs = facts('Doanh thu của các HTX giảm 35 tỷ đồng so với năm 2022. Số lao động tăng lên 2.600 người.');
    expect(fs.map((f) => [f.metric, f.scope, f.value])).toEqual([
      ['revenue', 'change', -35e9],
      ['workers', 'existing', 2600],
    ]);
  });

  it('people after a count of people rise with it ("là 9.400 người, tăng 310 người so với …")', () => {
    const fs = facts('Số thành viên HTX là 9.400 người, tăng 310 người so với cùng kỳ.');
    expect(fs.map((f) => [f.metric, f.scope, f.value])).toEqual([
      ['members', 'existing', 9400],
      ['members', 'change', 310],
    ]);
  });

  it('the stock a rise starts from, dated by its own past point, is known under an estimate; "đồng thời" keeps the estimate', () => {
    const fs = facts('Ước đến 31/12/2021, số HTX tăng từ 140 HTX (cuối năm 2020) lên 158 HTX. Ước cả năm thành lập mới 20 HTX; đồng thời giải thể 2 HTX.');
    expect(fs.map((f) => [f.scope, f.status, f.value])).toEqual([
      ['existing', 'actual', 140],
      ['existing', 'estimate', 158],
      ['new', 'estimate', 20],
      ['dissolved', 'estimate', 2],
    ]);
  });

  it('the cooperatives of one crop, with no farming count beside them, are farming cooperatives', () => {
    const fs = facts('Đến cuối năm, cả tỉnh có 27 HTX nuôi tôm với 940 thành viên.');
    expect(fs.map((f) => [f.metric, f.sector, f.sectorLabel, f.value])).toEqual([
      ['count', 'agriculture', 'nuôi tôm', 27],
      ['members', 'agriculture', 'nuôi tôm', 940],
    ]);
  });

  it('crop work words before the crop name farming ("nhóm HTX trồng và tiêu thụ cây ăn quả"); a list item of sectors is no part', () => {
    const fs = facts('Nhóm HTX trồng và tiêu thụ cây ăn quả hiện có 120 HTX. Tỉnh có 90 HTX nông nghiệp, 12 HTX thủy sản, 3 HTX sản xuất muối.');
    expect(fs.map((f) => [f.sector, f.value])).toEqual([
      ['agriculture', 120],
      ['agriculture', 90],
      ['agriculture', 12],
      ['agriculture', 3],
    ]);
  });

  it('the cooperatives of one crop inside a sector are a part, not a sector', () => {
    const fs = facts('Toàn tỉnh có 180 HTX nông nghiệp, trong đó 40 HTX sản xuất, kinh doanh chè và 25 HTX nuôi tôm.');
    expect(fs.map((f) => [f.sector, f.value])).toEqual([['agriculture', 180]]);
  });

  it('"số HTX hoạt động hiệu quả, xếp loại … là N HTX" keeps the subject\'s class', () => {
    const fs = facts('Toàn tỉnh có 300 HTX; số HTX hoạt động hiệu quả, được xếp loại tốt và khá là 140 HTX.');
    expect(fs.map((f) => [f.rating, f.value])).toEqual([
      [null, 300],
      ['effective', 140],
    ]);
  });

  it('a qualifier between "tăng" and the percentage keeps the change and goes to qualifier', () => {
    const fs = facts('Doanh thu bình quân của các HTX đạt 2,6 tỷ đồng/HTX, tăng gần 12% so với năm 2022.');
    expect(fs.map((f) => [f.scope, f.statistic, f.value, f.qualifier])).toEqual([
      ['existing', 'average', 2600000000, 'exact'],
      ['change', 'average', 12, 'nearly'],
    ]);
  });

  it('members after a count of new cooperatives in an earlier sentence are a stock; the figures after "… là HTX X:" are its own', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 7 HTX. Với 41.000 thành viên, các HTX đã tạo việc làm cho 2.900 lao động. Điển hình được khen thưởng là HTX Nông nghiệp Phú Lộc: vốn điều lệ 3,2 tỷ đồng, canh tác 70 ha lúa.');
    expect(fs.map((f) => [f.metric, f.scope, f.place?.name ?? null, f.value])).toEqual([
      ['count', 'new', null, 7],
      ['members', 'existing', null, 41000],
      ['workers', 'existing', null, 2900],
      ['charter_capital', 'existing', 'HTX Nông nghiệp Phú Lộc', 3200000000],
      ['land_area', 'existing', 'HTX Nông nghiệp Phú Lộc', 70],
    ]);
  });

  it('"lãi bình quân" after an average per cooperative is an average; bracketed figures after a sector subject are the sector\'s', () => {
    const fs = facts('Doanh thu bình quân của một HTX đạt 2,1 tỷ đồng, lãi bình quân 150 triệu đồng. Khối HTX nông nghiệp (180 HTX, 95.000 thành viên) giữ vai trò chủ lực.');
    expect(fs.map((f) => [f.metric, f.statistic, f.sector, f.value])).toEqual([
      ['revenue', 'average', null, 2100000000],
      ['profit', 'average', null, 150000000],
      ['count', 'total', 'agriculture', 180],
      ['members', 'total', 'agriculture', 95000],
    ]);
  });

  it('"cao hơn năm … khoảng N" is a rise against that point, in percent or in đồng', () => {
    const fs = facts('Thu nhập bình quân của thành viên đạt 5,2 triệu đồng/người/tháng, cao hơn năm 2022 khoảng 6%. Thu nhập bình quân của người lao động đạt 4,4 triệu đồng/người/tháng, cao hơn cùng kỳ năm 2022 khoảng 300 nghìn đồng.');
    expect(fs.map((f) => [f.scope, f.unit, f.value, f.period ? `${f.period.start}..${f.period.end}` : null])).toEqual([
      ['existing', 'VND', 5200000, '2023-01-01..2023-12-31'],
      ['change', 'percent', 6, '2023-01-01..2023-12-31'],
      ['existing', 'VND', 4400000, '2023-01-01..2023-12-31'],
      ['change', 'VND', 300000, '2023-01-01..2023-12-31'],
    ]);
  });

  it('an amount "của N <đơn vị>" keeps its metric word and takes the sector of what is counted', () => {
    const fs = facts('Tổng nguồn vốn hoạt động của 23 Quỹ tín dụng nhân dân đạt 1.950 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([['operating_capital', 'credit', 1950000000000]]);
  });

  it('a member speaking of his household\'s own land and income gives no fact', () => {
    const fs = facts('Toàn huyện có 40 HTX. Chị Lò Thị Mai chia sẻ: “Từ khi vào HTX, nhà mình thu được 70 triệu đồng từ 1,5 ha cà phê”.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 40]]);
  });

  it('an average "của HTX" or of the workers after a list of cooperatives, unions and groups is the cooperatives\', with no place', () => {
    const fs = facts('Cuối năm 2023, toàn tỉnh có 312 HTX, 4 liên hiệp HTX và 905 THT. Thu nhập bình quân của thành viên, người lao động đạt 5,2 triệu đồng/người/tháng.\n\nNăm 2024, tỉnh phấn đấu thành lập mới 30 HTX và 15 THT; doanh thu bình quân của HTX đạt 2 tỷ đồng/năm; thu nhập bình quân của người lao động đạt 5,5 triệu đồng/tháng.');
    expect(fs.filter((f) => f.metric === 'income').map((f) => [f.entity, f.statistic, f.value, f.place])).toEqual([
      ['cooperative', 'average', 5200000, null],
      ['cooperative', 'average', 5500000, null],
    ]);
  });

  it('a centrally-run city marked "(cũ)" is a former province, and the items of its list share it', () => {
    const fs = facts('Đến cuối năm 2023, toàn thành phố có 305 HTX. Trong đó, khu vực thành phố Cần Thơ (cũ) có 95 HTX, 2 liên hiệp HTX; khu vực tỉnh Hậu Giang (cũ) có 210 HTX.', 'Liên minh HTX thành phố Cần Thơ tổng kết năm 2023');
    expect(fs.slice(1).map((f) => [f.entity, f.value, f.place?.level, f.province])).toEqual([
      ['cooperative', 95, 'former_province', '92'],
      ['cooperative_union', 2, 'former_province', '92'],
      ['cooperative', 210, 'former_province', '93'],
    ]);
  });

  it('dissolved cooperatives carry the class printed right after them, and only that one', () => {
    const fs = facts('Trong năm, toàn tỉnh giải thể 11 HTX đã ngừng hoạt động và 4 HTX yếu kém. Số HTX hoạt động hiệu quả tăng; tỉnh cũng giải thể 3 HTX.');
    expect(fs.filter((f) => f.scope === 'dissolved').map((f) => [f.value, f.rating])).toEqual([
      [11, 'inactive'],
      [4, 'weak'],
      [3, null],
    ]);
  });

  it('the parts of a base named with its sector take that sector; an average may open the clause; an average of an estimate is an estimate', () => {
    const fs = facts('Trong số 60 HTX nông nghiệp được đánh giá, có 9 HTX đạt loại tốt và 10 HTX yếu cần được hỗ trợ củng cố. Bình quân mỗi HTX nông nghiệp có lãi khoảng 95 triệu đồng. Doanh thu của các HTX ước đạt 300 tỷ đồng, bình quân 1,5 tỷ đồng/HTX.');
    expect(fs.map((f) => [f.metric, f.sector, f.rating, f.statistic, f.status, f.value])).toEqual([
      ['count', 'agriculture', 'good', 'total', 'actual', 9],
      ['count', 'agriculture', 'weak', 'total', 'actual', 10],
      ['profit', 'agriculture', null, 'average', 'actual', 95000000],
      ['revenue', null, null, 'total', 'estimate', 300000000000],
      ['revenue', null, null, 'average', 'estimate', 1500000000],
    ]);
  });

  it('members "đại diện cho" are counted; cooperatives "cho" which something is done are not', () => {
    const fs = facts('Dự đại hội có 140 đại biểu, đại diện cho 117 đơn vị thành viên. Liên minh đã cấp giấy khen cho 12 HTX.');
    expect(fs.map((f) => [f.entity, f.metric, f.value])).toEqual([['member_unit', 'count', 117]]);
  });

  it('a stock against the same time last year changed over that year; a flow against it over the current period', () => {
    const fs = facts('Đến 30/6/2023, toàn tỉnh có 786 HTX, tăng 19 HTX so với cùng kỳ. Doanh thu 6 tháng đầu năm 2023 đạt 500 tỷ đồng, tăng 7% so với cùng kỳ.', 'Liên minh HTX tỉnh Hà Giang sơ kết 6 tháng đầu năm 2023');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['count', 19, { start: '2022-07-01', end: '2023-06-30' }],
      ['revenue', 7, { start: '2023-01-01', end: '2023-06-30' }],
    ]);
  });

  it('"doanh thu của HTX" after a named cooperative is its own; a year that looked back is no report period', () => {
    const r = extractDocument({
      html: `<html><head><title>Kinh tế tập thể khởi sắc</title></head><body><article><h1>Kinh tế tập thể khởi sắc</h1>
      <p>Đến cuối tháng 9/2021, toàn tỉnh có 280 HTX.</p><p>Năm 2020, doanh thu bình quân đạt 2 tỷ đồng/HTX. Chín tháng đầu năm 2021, kinh tế tập thể phát triển.</p>
      <p>Tiêu biểu là HTX Nông nghiệp Phú Lộc. Chín tháng đầu năm 2021, doanh thu của HTX đạt 7,2 tỷ đồng.</p></article></body></html>`,
      url: 'https://example.org/tin/5',
    });
    expect(r.document.reportPeriod).toMatchObject({ start: '2021-01-01', end: '2021-09-30' });
    expect(r.facts.filter((f) => f.value === 7200000000).map((f) => f.place?.level)).toEqual(['cooperative']);
  });

  it('an estimate for the whole year given at an October event keeps the whole year', () => {
    const r = extractDocument({
      html: `<html><head><title>Liên minh HTX tỉnh Bến Tre sơ kết 9 tháng năm 2017</title></head><body><article><h1>Liên minh HTX tỉnh Bến Tre sơ kết 9 tháng năm 2017</h1>
      <p>Ngày 12/10/2017, Liên minh HTX tỉnh tổ chức hội nghị sơ kết 9 tháng. Tổng doanh thu cả năm 2017 ước đạt 430 tỷ đồng.</p></article></body></html>`,
      url: 'https://lmhtx.bentre.gov.vn/tin/6',
    });
    expect(r.facts.map((f) => [f.status, f.period])).toEqual([['estimate', { start: '2017-01-01', end: '2017-12-31' }]]);
  });

  it('a plan in brackets naming who set it; a result beside "đạt 66,7% kế hoạch năm" stays actual; what comes "với" an estimate is estimated', () => {
    const fs = facts('Năm 2023 toàn tỉnh thành lập mới 8 HTX (chỉ tiêu tỉnh giao 12 HTX), đạt 66,7% kế hoạch năm; trong đó có 6 HTX nông nghiệp. Đến cuối năm, toàn tỉnh dự kiến có khoảng 310 HTX với trên 21.000 thành viên.');
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.status, f.value, f.plan])).toEqual([
      ['count', 'new', null, 'actual', 8, 12],
      ['plan_achievement', 'new', null, 'actual', 66.7, null],
      ['count', 'new', 'agriculture', 'actual', 6, null],
      ['count', 'existing', null, 'estimate', 310, null],
      ['members', 'existing', null, 'estimate', 21000, null],
    ]);
  });

  it('averages per cooperative before or after the noun; a field list with no farming is non-agriculture; groups "được thành lập mới" are new', () => {
    const fs = facts('Toàn tỉnh có 640 HTX, bình quân 95 thành viên/HTX; mỗi HTX đạt doanh thu bình quân 3,2 tỷ đồng/năm. Nông nghiệp chiếm đa số với 500 HTX; 140 HTX còn lại hoạt động trong các lĩnh vực vận tải, xây dựng, thương mại. Trong năm có 31 tổ hợp tác được thành lập mới.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.sector, f.statistic, f.value])).toEqual([
      ['cooperative', 'count', 'existing', null, 'total', 640],
      ['cooperative', 'members', 'existing', null, 'average', 95],
      ['cooperative', 'revenue', 'existing', null, 'average', 3200000000],
      ['cooperative', 'count', 'existing', 'agriculture', 'total', 500],
      ['cooperative', 'count', 'existing', 'non_agriculture', 'total', 140],
      ['cooperative_group', 'count', 'new', null, 'total', 31],
    ]);
  });

  it('an area change "so với"; areas by crop after "Trong đó" and of a subset are no facts; a change of new ones is none either', () => {
    const fs = facts('Các HTX nông nghiệp canh tác trên tổng diện tích 7.500 ha, tăng 420 ha so với cuối năm 2022. Trong đó, lúa 3.100 ha, cây ăn trái 2.400 ha. Có 12 HTX xây dựng vùng nguyên liệu bưởi hữu cơ được chứng nhận với 900 ha. Năm 2023 thành lập mới 40 HTX, nhiều hơn cùng kỳ năm 2022 là 6 HTX; giải thể đối với 15 HTX ngừng hoạt động.');
    expect(fs.map((f) => [f.metric, f.scope, f.value])).toEqual([
      ['land_area', 'existing', 7500],
      ['land_area', 'change', 420],
      ['count', 'new', 40],
      ['count', 'dissolved', 15],
    ]);
  });

  it('a named union after "liên hiệp HTX là", a named cooperative before a bracketed commune, and the district with most of one sector', () => {
    const fs = facts('Toàn tỉnh có 01 liên hiệp HTX là Liên hiệp HTX Rau an toàn Đông Anh với 6 HTX thành viên. HTX Nông lâm sản Phìn Hồ (xã Nậm Ty) hiện có 52 thành viên; năm 2023 doanh thu đạt 3,1 tỷ đồng. Huyện Bắc Quang là địa phương có nhiều HTX nông nghiệp nhất với 64 HTX.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative_union', 'count', null, 1, null],
      ['cooperative_union', 'members', null, 6, 'cooperative'],
      ['cooperative', 'members', null, 52, 'cooperative'],
      ['cooperative', 'revenue', null, 3100000000, 'cooperative'],
      ['cooperative', 'count', 'agriculture', 64, 'district'],
    ]);
  });

  it('a congress reviews the term it ends; "của 7 quỹ" are credit funds; "nhiều hơn cùng kỳ năm 2022" dates nothing after it', () => {
    const r = extractDocument({
      html: `<html><head><title>Đại hội đại biểu Liên minh HTX tỉnh Bình Phước lần thứ V, nhiệm kỳ 2025 – 2030</title></head><body><article><h1>Đại hội đại biểu Liên minh HTX tỉnh Bình Phước lần thứ V, nhiệm kỳ 2025 – 2030</h1>
      <p>Ngày 12/6/2025, Liên minh HTX tỉnh tổ chức Đại hội. Báo cáo đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ IV, nhiệm kỳ 2020 – 2025.</p>
      <p>Giai đoạn 2020 – 2024, toàn tỉnh thành lập mới 80 HTX. Tổng nguồn vốn hoạt động của 6 quỹ đạt 900 tỷ đồng.</p>
      <p>5 tháng đầu năm 2025, toàn tỉnh thành lập mới 14 HTX, nhiều hơn cùng kỳ năm 2024 là 3 HTX; giải thể 5 HTX.</p></article></body></html>`,
      url: 'https://lmhtx.binhphuoc.gov.vn/tin/7',
    });
    expect(r.document.reportPeriod).toMatchObject({ start: '2020-01-01', end: '2025-06-12' });
    expect(r.facts.filter((f) => f.metric === 'operating_capital').map((f) => f.sector)).toEqual(['credit']);
    expect(r.facts.filter((f) => f.scope === 'dissolved').map((f) => f.period)).toEqual([{ start: '2025-01-01', end: '2025-05-31' }]);
  });

  it('terse reports: "DT bq ước 2,45 tỷ đ/HTX" is an estimated average revenue', () => {
    const fs = facts('Năm 2023: TL mới 14 HTX; DT bq ước 2,45 tỷ đ/HTX.');
    expect(fs.map((f) => [f.metric, f.statistic, f.status, f.value])).toEqual([
      ['count', 'total', 'actual', 14],
      ['revenue', 'average', 'estimate', 2450000000],
    ]);
  });

  it('terse abbreviations: TV, vốn HĐ, LN, DT, ngừng HĐ, TB, and a named "HTX NN …" after a bullet', () => {
    const fs = facts('- QTDND: nguồn vốn HĐ 1.062 tỷ đồng; LN trước thuế ước 9,6 tỷ đồng.\n\n- Tổng số TV HTX: 98.450 TV.\n\n- HTX NN Cát Hải (Phù Cát) DT ước 5,4 tỷ đồng.\n\n- Xếp loại: Tốt 45 HTX, TB 98 HTX; giải thể 20 HTX ngừng HĐ.');
    expect(fs.map((f) => [f.metric, f.sector, f.rating, f.status, f.value, f.place?.level ?? null])).toEqual([
      ['operating_capital', 'credit', null, 'actual', 1062000000000, null],
      ['profit', 'credit', null, 'estimate', 9600000000, null],
      ['members', null, null, 'actual', 98450, null],
      ['revenue', null, null, 'estimate', 5400000000, 'cooperative'],
      ['count', null, 'good', 'actual', 45, null],
      ['count', null, 'average', 'actual', 98, null],
      ['count', null, 'inactive', 'actual', 20, null],
    ]);
  });

  it('a section headed by a former province keeps speaking of it; "Riêng địa bàn tỉnh X (cũ), đến 30/9/2025 có …"', () => {
    const fs = facts('Đến 30/9/2025, toàn tỉnh có 1.200 HTX; nông nghiệp 800 HTX, tiếp đến là thương mại – dịch vụ 150 HTX.\n\nKhu vực Hậu Giang (cũ): phát triển ổn định\n\nRiêng địa bàn tỉnh Hậu Giang (cũ), đến 30/9/2025 có 215 HTX.\n\nTừ đầu năm, khu vực này thành lập mới 12 HTX; tổng vốn điều lệ đạt 95 tỷ đồng.', 'Liên minh HTX thành phố Cần Thơ sơ kết 9 tháng năm 2025');
    expect(fs.map((f) => [f.metric, f.sector, f.value, f.place?.level ?? null])).toEqual([
      ['count', null, 1200, null],
      ['count', 'agriculture', 800, null],
      ['count', 'trade_services', 150, null],
      ['count', null, 215, 'former_province'],
      ['count', null, 12, 'former_province'],
      ['charter_capital', null, 95000000000, 'former_province'],
    ]);
  });

  it('OCOP tables by star; "của các quỹ"; a bare "tổ" after THT; "Liên hiệp có …" after the named union', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Toàn tỉnh có 210 sản phẩm OCOP. Tổng nguồn vốn hoạt động của các quỹ đạt 2.100 tỷ đồng. Trong năm thành lập mới 40 THT, nâng tổng số THT lên 905 tổ. Liên hiệp HTX Hồng Lĩnh ra đời năm 2018. Đến nay, Liên hiệp có 9 HTX thành viên.</p>
      <table><tr><th>Chủ thể</th><th>3 sao</th><th>4 sao</th><th>Tổng</th></tr>
      <tr><td>HTX</td><td>80</td><td>20</td><td>100</td></tr><tr><td>Tổng cộng</td><td>170</td><td>40</td><td>210</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/9' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.sectorLabel, f.value, f.place?.level ?? null])).toEqual([
      ['ocop_product', 'count', null, null, 210, null],
      ['cooperative', 'operating_capital', 'credit', 'quỹ', 2100000000000, null],
      ['cooperative_group', 'count', null, null, 40, null],
      ['cooperative_group', 'count', null, null, 905, null],
      ['cooperative_union', 'members', null, null, 9, 'cooperative'],
      ['ocop_product', 'count', null, '3 sao', 170, null],
      ['ocop_product', 'count', null, '4 sao', 40, null],
    ]);
  });

  it('subsets: converted cooperatives, women-led groups, "các HTX này", one hectare as a unit, a household\'s own land', () => {
    const fs = facts('Toàn tỉnh có 398 HTX; nâng tổng số HTX đã chuyển đổi lên 263 HTX. Có 286 tổ hợp tác do nữ giữ vị trí tổ trưởng. Có 14 HTX ứng dụng công nghệ cao; các HTX này canh tác khoảng 6.850 ha. Suất đầu tư một ha nhà kính khoảng 2 tỷ đồng. Chị Lan cho biết nhà chị có 1,8 ha.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 398]]);
  });

  it('"ước đến ngày …" makes the stock and its parts estimates; "còn lại ngừng hoạt động"; "xếp loại khá, giỏi là" names two classes; a name right before its verb', () => {
    const fs = facts('Báo cáo tại hội nghị cho biết, ước đến ngày 31/12/2023, toàn tỉnh có 400 HTX, gồm: 300 HTX nông nghiệp; 100 HTX phi nông nghiệp. Số HTX đang hoạt động là 350 HTX; 50 HTX còn lại ngừng hoạt động. Số HTX xếp loại khá, giỏi là 19/32 HTX. Mới thành lập nhưng HTX rau an toàn Minh Đức cũng đã có 37 thành viên.');
    expect(fs.map((f) => [f.sector, f.rating, f.status, f.value, f.place?.level ?? null])).toEqual([
      [null, null, 'estimate', 400, null],
      ['agriculture', null, 'estimate', 300, null],
      ['non_agriculture', null, 'estimate', 100, null],
      [null, 'operating', 'actual', 350, null],
      [null, 'inactive', 'actual', 50, null],
      [null, null, 'actual', 37, 'cooperative'],
    ]);
  });

  it('a union\'s own release: "doanh thu của Liên hiệp" is the named union\'s', () => {
    const fs = facts('Liên hiệp HTX Tân Phú được thành lập năm 2017. Năm 2023, tổng doanh thu của Liên hiệp đạt 41,5 tỷ đồng, tăng 12% so với năm 2022; lợi nhuận đạt 1 tỷ 200 triệu đồng.', 'Liên hiệp HTX Tân Phú mở rộng liên kết');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative_union', 'revenue', 'existing', 41500000000, 'cooperative'],
      ['cooperative_union', 'revenue', 'change', 12, 'cooperative'],
      ['cooperative_union', 'profit', 'existing', 1200000000, 'cooperative'],
    ]);
  });

  it('a congress report states its data window; "TP." ends no sentence; "từ đầu năm đến hết tháng 9"; the stock "so với cùng kỳ năm 2023 là N"', () => {
    const r = extractDocument({
      html: `<html><head><title>Đại hội Liên minh HTX tỉnh Gia Lai lần thứ V: nhìn lại 5 năm</title></head><body><article><h1>Đại hội Liên minh HTX tỉnh Gia Lai lần thứ V: nhìn lại 5 năm</h1>
      <p>Ngày 20/8/2020, tại TP. Pleiku, Liên minh HTX tỉnh tổ chức Đại hội lần thứ V, nhiệm kỳ 2020 – 2025. Báo cáo đánh giá nhiệm kỳ 2015 – 2020 (số liệu tính từ ngày 01/01/2015 đến ngày 30/6/2020).</p>
      <p>Tính đến 30/6/2020, toàn tỉnh có 300 HTX, tăng 9 HTX so với cùng kỳ năm 2019 là 291 HTX. Từ đầu năm đến hết tháng 6, toàn tỉnh thành lập mới 14 HTX.</p></article></body></html>`,
      url: 'https://lmhtx.gialai.gov.vn/tin/10',
    });
    expect([r.document.eventDate, r.document.reportPeriod?.start, r.document.reportPeriod?.end]).toEqual(['2020-08-20', '2015-01-01', '2020-06-30']);
    expect(r.facts.map((f) => [f.scope, f.value, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['existing', 300, '2020-06-30', null, null],
      ['change', 9, null, '2019-07-01', '2020-06-30'],
      ['existing', 291, '2019-06-30', null, null],
      ['new', 14, null, '2020-01-01', '2020-06-30'],
    ]);
  });

  it('land named by its crop before the figure, or as farm land after it, is agricultural', () => {
    const fs = facts('Toàn tỉnh có 320 HTX, tổng diện tích chè do các HTX liên kết sản xuất khoảng 1.450 ha. Khối HTX nông nghiệp cung ứng dịch vụ cho gần 185.000 ha đất sản xuất nông nghiệp.');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => [f.sector, f.sectorLabel, f.value])).toEqual([
      ['agriculture', 'chè', 1450],
      ['agriculture', 'nông nghiệp', 185000],
    ]);
  });

  it('"nâng tổng số <noun> lên N" counts the noun named before; "kết nạp N thành viên" of the alliance are member units; "công nhận thêm N sản phẩm"; "SP"', () => {
    const fs = facts('Kết nạp 9 thành viên mới, nâng tổng số đơn vị thành viên LMHTX lên 150. Trong năm, tỉnh công nhận thêm 40 sản phẩm, đưa tổng số sản phẩm OCOP lên 210. Thành lập mới 60 THT, nâng tổng số tổ viên lên 21.400 người. Toàn tỉnh có 205 SP đạt chuẩn OCOP.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value])).toEqual([
      ['member_unit', 'count', 'new', 9],
      ['member_unit', 'count', 'existing', 150],
      ['ocop_product', 'count', 'new', 40],
      ['ocop_product', 'count', 'existing', 210],
      ['cooperative_group', 'count', 'new', 60],
      ['cooperative_group', 'members', 'existing', 21400],
      ['ocop_product', 'count', 'existing', 205],
    ]);
  });

  it('the stock at a point of comparison is actual; bare district names before bracketed counts; "các HTX trên địa bàn tỉnh X (cũ)"', () => {
    const fs = facts('Ước đến ngày 31/12/2023, toàn tỉnh có 398 HTX, tăng 17 HTX so với cuối năm 2022 (381 HTX). Trong năm thành lập mới 25 HTX; một số huyện làm tốt như Lâm Thao (5 HTX), Thanh Ba (4 HTX).\n\nTổng doanh thu các HTX trên địa bàn tỉnh Hậu Giang (cũ) đạt 1.184 tỷ đồng.');
    expect(fs.map((f) => [f.scope, f.status, f.value, f.place?.level ?? null])).toEqual([
      ['existing', 'estimate', 398, null],
      ['change', 'estimate', 17, null],
      ['existing', 'actual', 381, null],
      ['new', 'actual', 25, null],
      ['new', 'actual', 5, 'district'],
      ['new', 'actual', 4, 'district'],
      ['existing', 'actual', 1184000000000, 'former_province'],
    ]);
  });

  it('"từ đầu năm đến nay" and "từ năm 2020 đến nay" end with the report period, as "đến nay" on a stock does; with no report period the end stays open', () => {
    const fs = facts('Từ đầu năm đến nay, Liên minh HTX tỉnh đã tổ chức 6 lớp tập huấn. Từ năm 2020 đến nay, toàn tỉnh thành lập mới 120 HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.period, f.dateFrom])).toEqual([
      ['count', 6, { start: '2023-01-01', end: '2023-12-31' }, 'report_period'],
      ['count', 120, { start: '2020-01-01', end: '2023-12-31' }, 'report_period'],
    ]);
    const open = facts('Từ năm 2020 đến nay, toàn tỉnh thành lập mới 120 HTX.', 'Kinh tế tập thể phát triển');
    expect(open.map((f) => f.period)).toEqual([{ start: '2020-01-01', end: null }]);
  });

  it('a period that begins after the event is a plan, never a period cut back to before its start', () => {
    const r = extractDocument({
      html: `<html><head><title>Xã Đồng Tiến phát triển HTX</title></head><body><article><h1>Xã Đồng Tiến phát triển HTX</h1>
      <p>Ngày 17/6/2025, xã Đồng Tiến tổ chức hội nghị. Toàn xã hiện có 12 HTX. 6 tháng cuối năm 2025, xã vận động thành lập mới 2 HTX.</p></article></body></html>`,
      url: 'https://example.org/tin/11',
    });
    expect(r.facts.map((f) => [f.value, f.status, f.period])).toEqual([
      [12, 'actual', null],
      [2, 'target', { start: '2025-07-01', end: '2025-12-31' }],
    ]);
    expect(r.document.warnings.filter((w) => w.startsWith('schema:'))).toEqual([]);
  });

  it('a date in brackets after a figure dates that figure; "ước đến …" stops at the next clause after a semicolon; "(kế hoạch năm 2025: 80 HTX)"', () => {
    const fs = facts('Số HTX toàn tỉnh tăng từ 182 HTX (cuối năm 2022) lên 205 HTX. Toàn tỉnh hiện có 3 liên hiệp HTX; ước đến ngày 31/12/2023, toàn tỉnh có 205 HTX; trong năm, thành lập mới 47 HTX (kế hoạch năm 2023: 60 HTX), giải thể 5 HTX.');
    expect(fs.map((f) => [f.scope, f.status, f.value, f.plan, f.asOf])).toEqual([
      ['existing', 'actual', 182, null, '2022-12-31'],
      ['existing', 'actual', 205, null, '2023-12-31'],
      ['existing', 'actual', 3, null, '2023-12-31'],
      ['existing', 'estimate', 205, null, '2023-12-31'],
      ['new', 'actual', 47, 60, null],
      ['dissolved', 'actual', 5, null, null],
    ]);
  });

  it('an amount per hectare is no figure of the cooperatives; "tổng số xã viên … người" are members', () => {
    const fs = facts('Năm 2015 toàn tỉnh có 126 HTX với tổng số xã viên 41.350 người. Mỗi héc-ta cà phê cho doanh thu bình quân khoảng 95 triệu đồng/ha/năm.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['count', 126],
      ['members', 41350],
    ]);
  });

  it('fisheries services are agriculture; a named cooperative before a bracketed district and "với"; "N THT giải thể"; "huyện đảo"', () => {
    const fs = facts('Huyện đảo Cô Tô thành lập mới 01 HTX dịch vụ nghề cá. Tiêu biểu là HTX Dịch vụ nghề cá Bình Minh (huyện Vân Đồn) với 112 thành viên, doanh thu đạt 21,5 tỷ đồng. Trong năm có 23 THT giải thể.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.sector, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative', 'count', 'new', 'agriculture', 1, 'district'],
      ['cooperative', 'members', 'existing', null, 112, 'cooperative'],
      ['cooperative', 'revenue', 'existing', null, 21500000000, 'cooperative'],
      ['cooperative_group', 'count', 'dissolved', null, 23, null],
    ]);
  });

  it('a total in a later clause is the province\'s, not the district\'s the clause before named', () => {
    const fs = facts('Toàn tỉnh có 284 HTX; huyện Than Uyên có nhiều HTX nhất với 49 HTX, huyện Mường Tè ít nhất với 14 HTX; tổng vốn điều lệ ước 512,6 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['count', 284, null],
      ['count', 49, 'district'],
      ['count', 14, 'district'],
      ['charter_capital', 512600000000, null],
    ]);
  });

  it('"khu vực này" speaks of the area the text has just named; a table captioned "ước" holds estimates', () => {
    const title = 'Liên minh HTX tỉnh Ninh Bình tổng kết năm 2025';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Riêng tỉnh Hà Nam (cũ) có 215 HTX. Doanh thu bình quân của HTX khu vực này năm 2025 đạt 3,6 tỷ đồng/HTX/năm.</p>
      <p>Cơ cấu theo lĩnh vực:</p>
      <table><caption>Cơ cấu HTX theo lĩnh vực (ước đến 31/12/2025)</caption><tr><th>Lĩnh vực</th><th>Số HTX</th></tr>
      <tr><td>Nông nghiệp</td><td>842</td></tr><tr><td>Vận tải</td><td>47</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.ninhbinh.gov.vn/tin/13' }).facts;
    expect(fs.map((f) => [f.metric, f.status, f.value, f.place?.level ?? null])).toEqual([
      ['count', 'actual', 215, 'former_province'],
      ['revenue', 'actual', 3600000000, 'former_province'],
      ['count', 'estimate', 842, null],
      ['count', 'estimate', 47, null],
    ]);
  });

  it('one crop is farming, "các lĩnh vực khác" is other; a dissolution earlier in the clause does not reach members', () => {
    const fs = facts('Toàn tỉnh có 52 HTX hoạt động trong lĩnh vực điều. Huyện Bù Đăng có nhiều HTX điều nhất với 14 HTX. Ngoài ra còn 13 HTX hoạt động trong các lĩnh vực khác. Năm 2023, toàn tỉnh giải thể 12 HTX, các HTX thu hút 47.500 thành viên.');
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.value])).toEqual([
      ['count', 'existing', 'agriculture', 52],
      ['count', 'existing', 'agriculture', 14],
      ['count', 'existing', 'other', 13],
      ['count', 'dissolved', null, 12],
      ['members', 'existing', null, 47500],
    ]);
  });

  it('an area in a sentence that names no cooperative is no fact; households "liên kết bao tiêu" are no members; a bare "Tổ" is the named group', () => {
    const fs = facts('Toàn tỉnh có 96 HTX cà phê. Đắk Lắk hiện có khoảng 139.000 ha cà phê. Các HTX còn liên kết bao tiêu với hơn 4.870 hộ. Tổ hợp tác Sản xuất Phước Hưng được thành lập năm 2015. Tổ hiện có 27 tổ viên.');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative', 'count', 96, null],
      ['cooperative_group', 'members', 27, 'cooperative'],
    ]);
  });

  it('OCOP products of the cooperatives are a subset, a named cooperative\'s are its own; a change of new ones is none', () => {
    const fs = facts('Toàn tỉnh có 214 sản phẩm OCOP, trong đó HTX là chủ thể 71 sản phẩm; khu vực HTX hiện có 97 sản phẩm OCOP. HTX Dừa Phước Long có 4 sản phẩm đạt 4 sao. Năm 2023 thành lập mới 40 HTX; số HTX thành lập mới tăng 9 HTX so với năm 2022.');
    expect(fs.map((f) => [f.entity, f.scope, f.value, f.place?.level ?? null])).toEqual([
      ['ocop_product', 'existing', 214, null],
      ['ocop_product', 'existing', 4, 'cooperative'],
      ['cooperative', 'new', 40, null],
    ]);
  });

  it('a grade after the noun is finer than "đang hoạt động" before it', () => {
    const fs = facts('Toàn tỉnh có 1.030 HTX; trong số HTX đang hoạt động có 241 HTX đạt loại tốt, 400 HTX đạt loại khá.');
    expect(fs.map((f) => [f.rating, f.value])).toEqual([
      [null, 1030],
      ['good', 241],
      ['fair', 400],
    ]);
  });

  it('references, dates and phone numbers never become facts', () => {
    const fs = facts('Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022, Quyết định 1804/QĐ-TTg; liên hệ 0239 3855 123. Kỷ niệm 30 năm thành lập.');
    expect(fs).toEqual([]);
  });
});

import { COLUMNS, PLAN_COLUMNS, PLAN_ROWS, SCALES, TOTAL_ROW } from '../extractors/facts/table.js';
import { DISTRICT_ARTICLE_EXAMPLES, districtOfArticle, lastSpokeOfProvince, PROVINCE_AGAIN_EXAMPLES } from '../extractors/facts/district-article.js';
import { LABELLED_COUNT_EXAMPLES } from '../extractors/facts/count.js';

describe('terse list items with the noun before the number', () => {
  for (const ex of LABELLED_COUNT_EXAMPLES)
    it(ex.text, () => {
      const f = facts(ex.text).find((x) => x.rule === 'noun.labelled');
      if (ex.value === null) expect(f).toBeUndefined();
      else expect([f?.value, f?.entity, f?.sector ?? undefined, f?.rating ?? undefined]).toEqual([ex.value, ex.entity, ex.sector, ex.rating]);
    });
});

describe('district articles', () => {
  for (const ex of DISTRICT_ARTICLE_EXAMPLES)
    it(ex.text.slice(0, 50), () => {
      expect(districtOfArticle(ex.text, ex.title ?? null)?.name ?? null).toBe(ex.district);
    });
  for (const ex of PROVINCE_AGAIN_EXAMPLES) it(ex.text, () => expect(lastSpokeOfProvince(toneKey(ex.text))).toBe(ex.province));
  it('a paragraph that turns to the whole province keeps its next sentences the province\'s', () => {
    const fs = facts(
      'Đến nay toàn huyện Tân Uyên có 27 HTX chè, với 1.150 thành viên. Huyện còn 12 tổ hợp tác.\n\nTheo Liên minh HTX tỉnh, toàn tỉnh có 336 HTX. Số HTX đang hoạt động là 298 HTX. Các HTX thu hút 9.480 thành viên.\n\nToàn huyện hiện có 640 hộ thành viên.',
      'HTX chè ở Tân Uyên',
    );
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['count', 27, 'district'],
      ['members', 1150, 'district'],
      ['count', 12, 'district'],
      ['count', 336, null],
      ['count', 298, null],
      ['members', 9480, null],
      ['members', 640, 'district'],
    ]);
  });
});

describe('readings added on heldout17', () => {
  it('the plan in brackets after a plan achievement is the actual\'s plan and a target of the whole year; the achievement stays a result', () => {
    const fs = facts('9 tháng năm 2023, toàn tỉnh thành lập mới 96 HTX, đạt 80% kế hoạch năm (kế hoạch giao 120 HTX), trong đó có 71 HTX nông nghiệp.', 'Kinh tế tập thể 9 tháng năm 2023');
    expect(fs.map((f) => [f.metric, f.status, f.value, f.plan, f.period?.end ?? null])).toEqual([
      ['count', 'actual', 96, 120, '2023-09-30'],
      ['plan_achievement', 'actual', 80, null, '2023-09-30'],
      ['count', 'target', 120, null, '2023-12-31'],
      ['count', 'actual', 71, null, '2023-09-30'],
    ]);
  });

  it('a list of districts: the first with its level word and no verb, the rest bare; "các địa phương còn lại" is a group', () => {
    const fs = facts('Huyện Mỹ Sơn có nhiều HTX nhất với 31 HTX; tiếp đến huyện Tân Lộc 27 HTX, Đông Hòa 25 HTX, Lạc Yên 20 HTX.\n\nTrong số HTX thành lập mới, huyện Mỹ Sơn 4 HTX, Tân Lộc 3 HTX, các địa phương còn lại từ 1 - 2 HTX.');
    expect(fs.map((f) => [f.scope, f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['existing', 31, 'district', 'Huyện Mỹ Sơn'],
      ['existing', 27, 'district', 'huyện Tân Lộc'],
      ['existing', 25, 'district', 'Đông Hòa'],
      ['existing', 20, 'district', 'Lạc Yên'],
      ['new', 4, 'district', 'huyện Mỹ Sơn'],
      ['new', 3, 'district', 'Tân Lộc'],
      ['new', 1, 'other', 'các địa phương còn lại'],
    ]);
  });
});

describe('second values and founding years (heldout17)', () => {
  it('the second value of an average is that average; "trong khi năm 2015 chỉ khoảng"; member units across a semicolon; a cooperative founded years ago has its capital now', () => {
    const fs = facts(
      'Thu nhập bình quân của người lao động năm 2015 đạt 3,6 triệu đồng/người/tháng (năm 2013 là 2,5 triệu đồng). Năm 2019 thu nhập bình quân đạt 4,2 triệu đồng/người/tháng, trong khi năm 2015 chỉ khoảng 2,8 triệu đồng/người/tháng.\n\nLiên minh hiện có 198 đơn vị thành viên; từ năm 2016 đến nay đã kết nạp mới 41 đơn vị.\n\nỞ xã Đồng Xuân, HTX Chè Đồng Xuân được thành lập năm 2019, hiện có 27 thành viên, vốn điều lệ 2,5 tỷ đồng.',
      'Tổng kết năm 2019',
    );
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.statistic, f.per, f.value])).toEqual([
      ['cooperative', 'income', 'existing', 'average', 'month', 3.6e6],
      ['cooperative', 'income', 'existing', 'average', 'month', 2.5e6],
      ['cooperative', 'income', 'existing', 'average', 'month', 4.2e6],
      ['cooperative', 'income', 'existing', 'average', 'month', 2.8e6],
      ['member_unit', 'count', 'existing', 'total', null, 198],
      ['member_unit', 'count', 'new', 'total', null, 41],
      ['cooperative', 'members', 'existing', 'total', null, 27],
      ['cooperative', 'charter_capital', 'existing', 'total', null, 2.5e9],
    ]);
  });
});

describe('land and OCOP subsets (whole corpus)', () => {
  it('a named cooperative\'s crop is no sector of its land; the stars of the cooperatives\' own OCOP products are no facts', () => {
    const fs = facts('HTX Nông nghiệp Tân Phú hiện quản lý 412 ha lúa với 236 thành viên.\n\nToàn tỉnh có 214 sản phẩm OCOP. Các HTX trong tỉnh hiện là chủ thể của 64 sản phẩm OCOP, trong đó 11 sản phẩm đạt 4 sao. Khu vực HTX hiện có 97 sản phẩm OCOP, trong đó 12 sản phẩm 4 sao.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative', 'land_area', null, 412, 'cooperative'],
      ['cooperative', 'members', null, 236, 'cooperative'],
      ['ocop_product', 'count', null, 214, null],
    ]);
  });
});

describe('a named cooperative right before its metric word or verb', () => {
  it('"HTX X hiện canh tác 46 ha", "HTX Y (huyện Z) hiện quản lý 450 ha", "Quỹ TDND Liên Nghĩa (huyện Đức Trọng) với 3.120 thành viên"', () => {
    const fs = facts('Còn HTX Rau an toàn Bình An hiện canh tác 46 ha rau màu. HTX Nông lâm nghiệp Đại Sơn (huyện Văn Yên) hiện quản lý 450 ha quế hữu cơ. Lớn nhất là Quỹ TDND Liên Nghĩa (huyện Đức Trọng) với 3.120 thành viên.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['land_area', 46, 'HTX Rau an toàn Bình An'],
      ['land_area', 450, 'HTX Nông lâm nghiệp Đại Sơn'],
      ['members', 3120, 'Quỹ TDND Liên Nghĩa'],
    ]);
  });
});

describe('an estimate verb before a list of amounts', () => {
  it('"ước đạt doanh thu X, lợi nhuận Y" estimates both; a plain list after an actual stays actual', () => {
    const fs = facts('HTX Chè Phú Hộ hiện có 126 thành viên; năm 2023 ước đạt doanh thu 14,6 tỷ đồng, lợi nhuận sau thuế 1,2 tỷ đồng. HTX Tân Hưng năm 2023 đạt doanh thu 9,6 tỷ đồng, lợi nhuận 720 triệu đồng.');
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([
      ['members', 'actual', 126],
      ['revenue', 'estimate', 14.6e9],
      ['profit', 'estimate', 1.2e9],
      ['revenue', 'actual', 9.6e9],
      ['profit', 'actual', 720e6],
    ]);
  });
});

describe('turns of cooperatives and people of a kind', () => {
  it('"cho 64 lượt HTX vay" counts no participants; "trong đó 1.215 lao động là thành viên" is a subset, "46 thành viên là phụ nữ" describes all', () => {
    const fs = facts('Quỹ hỗ trợ phát triển HTX tỉnh cho 64 lượt HTX vay với tổng số tiền 21,5 tỷ đồng. Liên minh tổ chức 12 lớp tập huấn cho 685 lượt cán bộ; hỗ trợ pháp lý cho 32 lượt HTX, THT.\n\nSố lao động thường xuyên trong HTX là 3.870 người, trong đó 1.215 lao động là thành viên HTX. HTX Thổ cẩm Tả Phìn hiện có 46 thành viên là phụ nữ người Dao đỏ.');
    expect(fs.map((f) => [f.entity, f.metric, f.value])).toEqual([
      ['training_course', 'count', 12],
      ['training_course', 'participants', 685],
      ['cooperative', 'workers', 3870],
      ['cooperative', 'members', 46],
    ]);
  });
});

describe('a multiple of last year; member units abbreviated', () => {
  it('"Số HTX hoạt động hiệu quả ước chiếm 62,5%" is an estimated share of that class', () => {
    const fs = facts('Số HTX hoạt động hiệu quả ước chiếm 62,5%.');
    expect(fs.map((f) => [f.metric, f.rating, f.status, f.value])).toEqual([['share', 'effective', 'estimate', 62.5]]);
  });
  it('"gấp 1,4 lần năm trước" is a change against last year; "đơn vị TV" are member units', () => {
    const fs = facts('HTX Nông nghiệp Tân Lộc năm 2023 đạt doanh thu 12,7 tỷ đồng, gấp 1,4 lần năm trước.\n\n- Kết nạp mới 9 đơn vị TV, nâng tổng số đơn vị TV của Liên minh lên 164.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.unit, f.value])).toEqual([
      ['cooperative', 'revenue', 'existing', 'VND', 12.7e9],
      ['cooperative', 'revenue', 'change', 'times', 1.4],
      ['member_unit', 'count', 'new', 'count', 9],
      ['member_unit', 'count', 'existing', 'count', 164],
    ]);
  });
});

describe('asides and awards', () => {
  it('a district with an aside between dashes is still the subject; awards, representatives and classified ones are no stocks; "đại diện cho N đơn vị thành viên" is', () => {
    const fs = facts('Huyện Trà Cú – địa phương có trên 60% dân số là người Khmer – hiện có 27 HTX và 214 THT. Liên minh tặng giấy khen 15 HTX; đánh giá, phân loại 118 HTX. Dự hội nghị có lãnh đạo thành phố và đại diện 45 HTX. Liên minh đại diện cho 129 đơn vị thành viên.');
    expect(fs.map((f) => [f.entity, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative', 27, 'district'],
      ['cooperative_group', 214, 'district'],
      ['member_unit', 129, null],
    ]);
  });
});

describe('a section heading that announces a figure', () => {
  it('is kept once, from the text that dates it; a heading figure the text does not repeat stays', () => {
    const fs = facts('Toàn tỉnh có 512 HTX.\n\nPhấn đấu 580 HTX vào năm 2020\n\nGiai đoạn 2017 - 2020, tỉnh phấn đấu đến năm 2020 toàn tỉnh có 580 HTX.\n\nThành lập mới 25 HTX\n\nLiên minh tiếp tục hỗ trợ các HTX.', 'Liên minh HTX tỉnh tổng kết năm 2016');
    expect(fs.map((f) => [f.value, f.status, f.evidence.text])).toEqual([
      [512, 'actual', 'Toàn tỉnh có 512 HTX'],
      [580, 'target', 'tỉnh phấn đấu đến năm 2020 toàn tỉnh có 580 HTX'],
      [25, 'actual', 'Thành lập mới 25 HTX'],
    ]);
  });
});

describe('a plan in brackets after "mục tiêu"', () => {
  it('"vượt mục tiêu Nghị quyết đề ra (45 HTX), đạt 126,7%": the bracket is the actual\'s plan, the share is the result\'s; what follows is no plan', () => {
    const fs = facts('Từ năm 2014 đến nay, toàn tỉnh đã thành lập mới 57 HTX, vượt mục tiêu Nghị quyết đề ra (45 HTX), đạt 126,7%; đồng thời giải thể 19 HTX yếu kém.', 'Sơ kết 3 năm thực hiện Nghị quyết');
    expect(fs.map((f) => [f.metric, f.scope, f.status, f.value, f.plan])).toEqual([
      ['count', 'new', 'actual', 57, 45],
      ['plan_achievement', 'new', 'actual', 126.7, null],
      ['count', 'dissolved', 'actual', 19, null],
    ]);
  });
});

describe('periods of rates and runs of months', () => {
  it('a rate per year in a half-year review is the year\'s; "từ tháng 7 đến tháng 11/2023" is one run of months', () => {
    const fs = facts('6 tháng đầu năm 2023, doanh thu bình quân đạt 3 tỷ đồng/HTX/năm; doanh thu của khu vực HTX đạt 900 tỷ đồng. Riêng từ tháng 7 đến tháng 11/2023, Liên minh tổ chức 11 lớp tập huấn.', 'Sơ kết 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.period?.start, f.period?.end])).toEqual([
      ['revenue', 3e9, '2023-01-01', '2023-12-31'],
      ['revenue', 900e9, '2023-01-01', '2023-06-30'],
      ['count', 11, '2023-07-01', '2023-11-30'],
    ]);
  });
});

describe('the year of a classification', () => {
  it('dates the classification, not the paragraph it opens', () => {
    const fs = facts('Kết quả đánh giá, phân loại năm 2023 cho thấy có 96 HTX xếp loại tốt. Thu nhập bình quân của người lao động trong HTX đạt 4,9 triệu đồng/người/tháng.', 'Kinh tế tập thể 9 tháng năm 2024');
    expect(fs.map((f) => [f.metric, f.value, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['count', 96, '2023-12-31', null, null],
      ['income', 4.9e6, null, '2024-01-01', '2024-09-30'],
    ]);
  });
});

describe('figures that belong to no stock of the province', () => {
  it('a cited decision\'s target, "một trong 11 HTX", and "nhiều hơn cùng kỳ 9 HTX" after new ones', () => {
    const fs = facts('Liên minh HTX tỉnh triển khai Quyết định số 461/QĐ-TTg của Thủ tướng Chính phủ về phát triển 15.000 HTX. HTX Tân Long Phát là một trong 11 HTX được chọn. Năm 2023 toàn tỉnh thành lập mới 40 HTX, nhiều hơn cùng kỳ 9 HTX.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['new', 40]]);
  });
  it('income per head of a commune and the floor of a workshop are no figures of the cooperatives; "khoảng" is no "kho"', () => {
    const fs = facts('Thu nhập bình quân đầu người của xã Chân Lý năm 2020 đạt 54 triệu đồng. HTX Rau Chân Lý xây dựng xưởng sơ chế rộng 1.200 m2. Các HTX quản lý khoảng 2.150 ha.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['land_area', 2150]]);
  });
  it('"phần lớn HTX có dưới 20 thành viên" is a size class; an average after "phần lớn HTX quy mô nhỏ," is still read', () => {
    const fs = facts('Phần lớn HTX có dưới 20 thành viên. Phần lớn HTX quy mô nhỏ, vốn điều lệ bình quân chỉ khoảng 1,8 tỷ đồng/HTX.');
    expect(fs.map((f) => [f.metric, f.statistic, f.value])).toEqual([['charter_capital', 'average', 1.8e9]]);
  });
  it('"chủ yếu trong lĩnh vực nông nghiệp (48 HTX)": a bracketed count takes the sector named before it', () => {
    const fs = facts('Toàn tỉnh thành lập mới 62 HTX, chủ yếu trong lĩnh vực nông nghiệp (48 HTX).');
    expect(fs.map((f) => [f.value, f.sector])).toEqual([[62, null], [48, 'agriculture']]);
  });
  it('"Trong số HTX thành lập mới, …; 11 HTX còn lại …" keeps the flow across the semicolon; a label loses its full stop', () => {
    const fs = facts('Trong số HTX thành lập mới, 46 HTX hoạt động trong lĩnh vực nông nghiệp; 11 HTX còn lại thuộc các lĩnh vực thương mại, dịch vụ, vận tải, xây dựng.');
    expect(fs.map((f) => [f.scope, f.sector, f.sectorLabel, f.value])).toEqual([
      ['new', 'agriculture', 'nông nghiệp', 46],
      ['new', 'non_agriculture', 'thương mại, dịch vụ, vận tải, xây dựng', 11],
    ]);
  });
  it('"nếu như cuối năm 2013 có 176 HTX thì đến 31/12/2018 đã có 191 HTX, tăng 15 HTX": a change from the earlier point; "thành lập trước năm …" founds nothing new and is a subset', () => {
    const fs = facts('Nếu như cuối năm 2013 toàn tỉnh có 176 HTX thì đến ngày 31/12/2018 đã có 191 HTX, tăng 15 HTX. Có 120 HTX thành lập trước năm 2013 đã đăng ký lại.', 'Tổng kết năm 2018');
    expect(fs.map((f) => [f.scope, f.value, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['existing', 176, '2013-12-31', null, null],
      ['existing', 191, '2018-12-31', null, null],
      ['change', 15, null, '2014-01-01', '2018-12-31'],
    ]);
  });
  it('the alliance\'s member units by kind are no stock of the sector', () => {
    const fs = facts('Liên minh hiện có 127 đơn vị thành viên, gồm 121 HTX, 1 liên hiệp HTX và 5 doanh nghiệp.');
    expect(fs.map((f) => [f.entity, f.value])).toEqual([['member_unit', 127]]);
  });
  it('certified or linked land is no area of the cooperatives', () => {
    const fs = facts('Các HTX quản lý 1.200 ha; diện tích điều của các HTX được chứng nhận hữu cơ đạt 150 ha. HTX Chè Phú An canh tác 40 ha chè của thành viên và liên kết thêm 150 ha.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['land_area', 1200],
      ['land_area', 40],
    ]);
  });
  it('the support fund\'s money is no cooperative\'s; a count in the amount\'s own clause names whose it is', () => {
    const fs = facts('Quỹ hỗ trợ phát triển HTX giải ngân cho 14 dự án, số tiền 4,2 tỷ đồng; tổng nguồn vốn Quỹ đến cuối năm 12,5 tỷ đồng.\n\nDoanh thu bình quân của HTX nông nghiệp đạt 1,45 tỷ đồng/HTX; 28 Quỹ tín dụng nhân dân hoạt động an toàn, tổng nguồn vốn hoạt động đạt 2.315 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.sector, f.value])).toEqual([
      ['revenue', 'agriculture', 1.45e9],
      ['count', 'credit', 28],
      ['operating_capital', 'credit', 2315e9],
    ]);
  });
  it('"có 38 HTX mới ra đời" are new ones', () => {
    const fs = facts('Năm 2023, toàn tỉnh có 38 HTX mới ra đời.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['new', 38]]);
  });
  it('"gồm 19 quỹ (Bình Định cũ 11 quỹ, Gia Lai cũ 8 quỹ) với 41.760 thành viên": former provinces without brackets; the members are the head\'s', () => {
    const fs = facts('Hệ thống quỹ tín dụng nhân dân trên địa bàn tỉnh gồm 19 quỹ (Bình Định cũ 11 quỹ, Gia Lai cũ 8 quỹ) với 41.760 thành viên.', 'Gia Lai: tổng kết năm 2025');
    expect(fs.map((f) => [f.metric, f.sector, f.value, f.place?.level ?? null])).toEqual([
      ['count', 'credit', 19, null],
      ['count', 'credit', 11, 'former_province'],
      ['count', 'credit', 8, 'former_province'],
      ['members', 'credit', 41760, null],
    ]);
  });
  it('a district marked "(cũ)" and printed bare is still that district', () => {
    const fs = facts('Tại địa bàn huyện Quản Bạ (cũ), hiện có 57 HTX. Quản Bạ (cũ) có 27 sản phẩm OCOP.', 'Kinh tế tập thể năm 2025');
    expect(fs.map((f) => [f.entity, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative', 57, 'district'],
      ['ocop_product', 27, 'district'],
    ]);
  });
  it('the members of supported cooperatives and the profit of one hectare; "1.830,51 ha" is no "1 ha"', () => {
    const fs = facts('Các HTX được hỗ trợ có tổng cộng 18.250 thành viên. Mỗi hécta thanh long trái vụ cho lãi khoảng 350 triệu đồng. Thành lập mới 33 HTX, với diện tích là 1.830,51 ha; vốn điều lệ 8.076.287.000 đồng.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['count', 33],
      ['land_area', 1830.51],
      ['charter_capital', 8076287000],
    ]);
  });
});

describe('an estimate opened after its source', () => {
  it('"Theo báo cáo tại hội nghị, ước thực hiện năm 2024, toàn tỉnh có …" estimates each item of the list', () => {
    const fs = facts('Theo báo cáo tại hội nghị, ước thực hiện năm 2024, toàn tỉnh có 624 HTX, 5 liên hiệp HTX và 1.212 tổ hợp tác.', 'Liên minh HTX tỉnh tổng kết năm 2024');
    expect(fs.map((f) => [f.entity, f.status, f.value])).toEqual([
      ['cooperative', 'estimate', 624],
      ['cooperative_union', 'estimate', 5],
      ['cooperative_group', 'estimate', 1212],
    ]);
  });
});

describe('an aside after a commune; a comparison with another group', () => {
  it('"Tại xã Sín Chải, nơi 98% dân số là người Mông, hiện có 4 HTX": the commune\'s; "cao gần gấp đôi so với hộ sản xuất riêng lẻ" is no change', () => {
    const fs = facts('Tại xã Sín Chải, nơi 98% dân số là người Mông, hiện có 4 HTX nông nghiệp với 86 thành viên. Thu nhập bình quân của thành viên các HTX này đạt 3,6 triệu đồng/người/tháng, cao gần gấp đôi so với hộ sản xuất riêng lẻ.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.place?.level ?? null])).toEqual([
      ['count', 'existing', 4, 'commune'],
      ['members', 'existing', 86, 'commune'],
      ['income', 'existing', 3.6e6, 'commune'],
    ]);
  });
});

describe('parts by place of a sector\'s count', () => {
  it('"14 HTX du lịch, tập trung tại huyện A (6 HTX)" keeps the sector; "Các HTX này" refers past the bracketed parts', () => {
    const fs = facts('Toàn tỉnh hiện có 14 HTX du lịch, tập trung tại huyện Hoa Lư (6 HTX) và huyện Gia Viễn (4 HTX). Các HTX này có 5.230 thành viên.');
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.place?.level ?? null])).toEqual([
      ['count', 14, 'trade_services', null],
      ['count', 6, 'trade_services', 'district'],
      ['count', 4, 'trade_services', 'district'],
      ['members', 5230, 'trade_services', null],
    ]);
  });
});

describe('changes "lần lượt" and units admitted', () => {
  it('"X và Y, tăng lần lượt a% và b%" pairs them in order; "kết nạp mới 9 đơn vị" are member units', () => {
    const fs = facts('Tổng vốn điều lệ đạt 612,8 tỷ đồng và tổng tài sản hơn 1.040 tỷ đồng, tăng lần lượt 9,6% và 12,3% so với năm 2022. Liên minh kết nạp mới 9 đơn vị, nâng tổng số đơn vị thành viên lên 186 đơn vị.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value])).toEqual([
      ['cooperative', 'charter_capital', 'existing', 612.8e9],
      ['cooperative', 'charter_capital', 'change', 9.6],
      ['cooperative', 'total_assets', 'existing', 1040e9],
      ['cooperative', 'total_assets', 'change', 12.3],
      ['member_unit', 'count', 'new', 9],
      ['member_unit', 'count', 'existing', 186],
    ]);
  });
});

describe('terse brackets after a figure', () => {
  it('"Số HTX yếu kém giảm mạnh, từ 46 HTX (chiếm 26,1%)": the earlier point is of that class', () => {
    const fs = facts('Số HTX yếu kém giảm mạnh, từ 46 HTX (chiếm 26,1%) năm 2013.', 'Tổng kết năm 2018');
    expect(fs.map((f) => [f.metric, f.rating, f.value])).toEqual([
      ['count', 'weak', 46],
      ['share', 'weak', 26.1],
    ]);
  });
  it('"(tăng 3,1%)" is a change; "(cùng kỳ 4,6 triệu đồng)" is the same average a year before', () => {
    const fs = facts('Tổng vốn điều lệ 612,4 tỷ đồng (tăng 3,1%). Thu nhập bình quân của người lao động 4,9 triệu đồng/người/tháng (cùng kỳ 4,6 triệu đồng).', 'Sơ kết 6 tháng đầu năm 2022');
    expect(fs.map((f) => [f.metric, f.scope, f.statistic, f.value, f.period?.start ?? null])).toEqual([
      ['charter_capital', 'existing', 'total', 612.4e9, null],
      ['charter_capital', 'change', 'total', 3.1, '2022-01-01'],
      ['income', 'existing', 'average', 4.9e6, '2022-01-01'],
      ['income', 'existing', 'average', 4.6e6, '2021-01-01'],
    ]);
  });
});

describe('a headline about one sector\'s cooperatives', () => {
  it('lends its sector to figures that name none, never to the whole sector\'s nor to a named cooperative\'s; a named cooperative in the headline lends nothing', () => {
    const body = 'Toàn tỉnh có 1.064 HTX.\n\nNăm 2019, thành lập mới 30 HTX; doanh thu bình quân đạt 2,1 tỷ đồng/HTX/năm.\n\nHTX Nông nghiệp Tân Phú có 236 thành viên.';
    const topic = facts(body, 'Hợp tác xã nông nghiệp năm 2019: số lượng tăng, chất lượng chuyển biến');
    expect(topic.map((f) => [f.metric, f.value, f.sector, f.place?.level ?? null])).toEqual([
      ['count', 1064, null, null],
      ['count', 30, 'agriculture', null],
      ['revenue', 2.1e9, 'agriculture', null],
      ['members', 236, null, 'cooperative'],
    ]);
    const named = facts(body, 'HTX Nông nghiệp Tân Phú tổ chức đại hội thành viên năm 2019');
    expect(named.filter((f) => f.sector !== null)).toEqual([]);
  });

  it('reads any one crop after "các HTX" too, and lends nothing when it lists several crops or trades', () => {
    const body = 'Toàn tỉnh có 1.064 HTX.\n\nNăm 2019, thành lập mới 30 HTX; doanh thu bình quân đạt 2,1 tỷ đồng/HTX/năm.';
    const sectorOf30 = (title: string) => facts(body, title).find((f) => f.value === 30)?.sector ?? null;
    expect(sectorOf30('Tổng kết hoạt động các HTX thanh long năm 2019')).toBe('agriculture');
    expect(sectorOf30('HTX sầu riêng được mùa được giá')).toBe('agriculture');
    expect(sectorOf30('HTX lúa, tôm - lúa giữ vai trò nòng cốt')).toBeNull();
    expect(sectorOf30('Ninh Bình: HTX du lịch, làng nghề trụ vững')).toBeNull();
    expect(sectorOf30('Tập huấn cho cán bộ HTX nông nghiệp các huyện')).toBeNull();
  });
});

describe('readings added on heldout16', () => {
  it('a former province with a dash in its name; "đưa tổng số HTX đến … đạt" is a stock; a clause of its own that says "ước" estimates', () => {
    const fs = facts(
      'Tính đến 30/9/2025, khu vực tỉnh Bà Rịa – Vũng Tàu (cũ) có 267 HTX.\n\nThành phố phấn đấu cả năm 2025 thành lập mới 120 HTX, đưa tổng số HTX đến 31/12/2025 đạt 1.780 HTX; doanh thu bình quân cả năm ước đạt 7,4 tỷ đồng/HTX/năm.',
      'Thành phố Hồ Chí Minh: kinh tế tập thể 9 tháng năm 2025',
    );
    expect(fs.map((f) => [f.metric, f.scope, f.status, f.value, f.place?.level ?? null])).toEqual([
      ['count', 'existing', 'actual', 267, 'former_province'],
      ['count', 'new', 'target', 120, null],
      ['count', 'existing', 'target', 1780, null],
      ['revenue', 'existing', 'estimate', 7400000000, null],
    ]);
  });

  it('a plan achieved after a percent change is of the amount; a bare "sản phẩm" in an OCOP paragraph; fairs are no courses', () => {
    const fs = facts(
      'Tổng doanh thu của khu vực HTX ước đạt 2.135 tỷ đồng, tăng 8,4% so với cùng kỳ và bằng 76% kế hoạch năm.\n\nHiện toàn tỉnh có 487 sản phẩm OCOP. Riêng năm nay, có thêm 54 sản phẩm được công nhận.\n\nLiên minh hỗ trợ 58 HTX tham gia 3 đợt hội chợ.',
    );
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value])).toEqual([
      ['cooperative', 'revenue', 'existing', 2135000000000],
      ['cooperative', 'revenue', 'change', 8.4],
      ['cooperative', 'plan_achievement', 'existing', 76],
      ['ocop_product', 'count', 'existing', 487],
      ['ocop_product', 'count', 'new', 54],
    ]);
  });

  it('"LĐ" and "TV" abbreviate workers and members; an amount per "tổ" is an average', () => {
    const fs = facts('Tổng số TV HTX 36.870 người; giải quyết việc làm cho 9.245 LĐ thường xuyên. Khu vực THT: DT bình quân 210 tr.đ/tổ/năm.');
    expect(fs.map((f) => [f.entity, f.metric, f.statistic, f.value])).toEqual([
      ['cooperative', 'members', 'total', 36870],
      ['cooperative', 'workers', 'total', 9245],
      ['cooperative_group', 'revenue', 'average', 210000000],
    ]);
  });
});
import { DISTRICT_LINE_EXAMPLES, LABEL_EXAMPLES, NAMED_ORG_EXAMPLES, PLACE_EXAMPLES, SUBJECT_EXAMPLES, labelBefore, namedOrgs, placeBefore, subjectPhrase } from '../extractors/facts/subject.js';
import { COOPERATIVE_HEADING_EXAMPLES, cooperativeHeading, FUNDS_SUBJECT, HELPED_FOUND, NATIONAL_EXAMPLES, THRESHOLD_EXAMPLES, PLACE_GROUP_EXAMPLES, SECTOR_LIST_LEAD_EXAMPLES, SECTOR_SECTION_EXAMPLES, sectorListLead, sectorSection } from '../extractors/facts/extract.js';

const texts = (text: string) => ({ text, key: toneKey(text) });
const firstNumber = (text: string) => text.search(/\d/);

describe('a group of places as the subject (PLACE_GROUP_EXAMPLES)', () => {
  for (const ex of PLACE_GROUP_EXAMPLES)
    it(ex.text, () => {
      const f = facts(ex.text)[0]!;
      expect([f.place?.level ?? null, f.place?.name ?? null]).toEqual(ex.name ? ['other', ex.name] : [null, null]);
    });
});

describe('subject, label and place tables match their own examples', () => {
  for (const ex of SUBJECT_EXAMPLES)
    it(ex.text, () => {
      const sp = subjectPhrase(texts(ex.text), 0, firstNumber(ex.text));
      expect([sp?.entity, sp?.sector ?? null, sp?.rating ?? null]).toEqual([ex.entity, ex.sector, ex.rating]);
    });
  for (const ex of LABEL_EXAMPLES)
    it(ex.text, () => expect(labelBefore(texts(ex.text), { start: 0, end: ex.text.length }, firstNumber(ex.text))?.sector).toBe(ex.sector));
  for (const ex of PLACE_EXAMPLES)
    it(ex.text, () => {
      const at = ex.text.search(/\d+ HTX|\d+ ha/);
      const hit = placeBefore(texts(ex.text), { start: 0, end: ex.text.length }, at);
      expect([hit?.place.level, hit?.place.name]).toEqual([ex.level, ex.name]);
    });
  it('a place in brackets glossing a name is no subject', () => {
    const t = 'HTX nông nghiệp Tây Phú (huyện Thoại Sơn) có 320 thành viên';
    expect(placeBefore(texts(t), { start: 0, end: t.length }, t.indexOf('320'))).toBeNull();
  });
});

describe('named cooperatives table matches its own examples', () => {
  for (const ex of NAMED_ORG_EXAMPLES) {
    it(ex.text, () => {
      const t = texts(ex.text);
      expect(namedOrgs(t, 0, ex.text.length)[0]?.name ?? null).toBe(ex.name);
    });
  }
});

describe('cooperative headings table matches its own examples', () => {
  for (const ex of COOPERATIVE_HEADING_EXAMPLES) it(ex.text, () => expect(cooperativeHeading(ex.text)?.place.name ?? null).toBe(ex.name));
  it('a section headed by one named cooperative speaks of it until the next heading', () => {
    const fs = facts('1. HTX Rau sạch Hòa Bình (huyện Kim Sơn)\n\nĐến nay HTX có 120 thành viên. Năm 2023, doanh thu đạt 6 tỷ đồng.\n\nBức tranh chung\n\nToàn tỉnh có 300 HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 120, 'HTX Rau sạch Hòa Bình'],
      ['revenue', 6e9, 'HTX Rau sạch Hòa Bình'],
      ['count', 300, null],
    ]);
  });
});

describe('table columns', () => {
  for (const rule of COLUMNS)
    it(rule.id, () => {
      for (const ex of rule.examples) expect(COLUMNS.find((r) => r.pattern.test(toneKey(ex)))?.id, ex).toBe(rule.id);
    });
  // A table of plans by indicator reads its rows with these first.
  for (const rule of PLAN_ROWS)
    it(rule.id, () => {
      for (const ex of rule.examples) expect([...PLAN_ROWS, ...COLUMNS].find((r) => r.pattern.test(toneKey(ex)))?.id, ex).toBe(rule.id);
    });
  for (const sc of SCALES) it(sc.example, () => expect(SCALES.find((x) => x.pattern.test(sc.example))?.factor).toBe(sc.factor));
  it('total rows', () => {
    expect(TOTAL_ROW.test('tổng cộng')).toBe(true);
    expect(TOTAL_ROW.test('nông nghiệp')).toBe(false);
  });
  it('a table of sectors by year takes its metric and unit from the sentence before it; an "Ước" column is estimated', () => {
    const html = `<html><head><title>Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023</title></head><body><article><h1>Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023</h1>
      <p>Thu nhập của người lao động theo lĩnh vực như sau (đơn vị: triệu đồng/người/tháng):</p>
      <table><tr><th>Lĩnh vực</th><th>Năm 2022</th><th>Ước năm 2023</th><th>Tăng (%)</th></tr>
      <tr><td>Nông nghiệp</td><td>4,2</td><td>4,5</td><td>7,1</td></tr>
      <tr><td>Vận tải</td><td>6,5</td><td>6,8</td><td>4,6</td></tr>
      <tr><td>Ghi chú khác</td><td>1</td><td>2</td><td>3</td></tr></table>
      <p>Tin, ảnh: HẢI NAM</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.statistic, f.status, f.unit, f.value])).toEqual([
      ['income', 'existing', 'agriculture', 'average', 'actual', 'VND', 4.2e6],
      ['income', 'existing', 'agriculture', 'average', 'estimate', 'VND', 4.5e6],
      ['income', 'change', 'agriculture', 'average', 'estimate', 'percent', 7.1],
      ['income', 'existing', 'transport', 'average', 'actual', 'VND', 6.5e6],
      ['income', 'existing', 'transport', 'average', 'estimate', 'VND', 6.8e6],
      ['income', 'change', 'transport', 'average', 'estimate', 'percent', 4.6],
    ]);
  });
  it('a header that says "ước" estimates its own column only; a gloss in brackets after a sector label; the caption\'s day dates the stocks', () => {
    const html = `<html><head><title>Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023</title></head><body><article><h1>Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023</h1>
      <p>Cơ cấu HTX theo lĩnh vực như sau:</p>
      <table><caption>HTX theo lĩnh vực (số HTX, thành viên tính đến 30/11/2023; doanh thu ước cả năm 2023)</caption>
      <tr><th>Lĩnh vực</th><th>Số HTX</th><th>Thành viên (người)</th><th>Doanh thu ước cả năm (tỷ đồng)</th></tr>
      <tr><td>Nông nghiệp (trồng trọt, chăn nuôi)</td><td>120</td><td>8.400</td><td>310,5</td></tr>
      <tr><td>Vận tải</td><td>14</td><td>600</td><td>95,2</td></tr></table>
      <p>Tin, ảnh: HẢI NAM</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/5' }).facts;
    expect(fs.map((f) => [f.metric, f.sector, f.status, f.value, f.asOf, f.period?.end ?? null])).toEqual([
      ['count', 'agriculture', 'actual', 120, '2023-11-30', null],
      ['members', 'agriculture', 'actual', 8400, '2023-11-30', null],
      ['revenue', 'agriculture', 'estimate', 310.5e9, null, '2023-12-31'],
      ['count', 'transport', 'actual', 14, '2023-11-30', null],
      ['members', 'transport', 'actual', 600, '2023-11-30', null],
      ['revenue', 'transport', 'estimate', 95.2e9, null, '2023-12-31'],
    ]);
  });
  it('a day in the caption dates the stocks and ends the flows, which start with the reported period', () => {
    const html = `<html><head><title>Kinh tế tập thể 9 tháng năm 2025</title></head><body><article><h1>Kinh tế tập thể 9 tháng năm 2025</h1>
      <p>Kết quả theo lĩnh vực như sau:</p>
      <table><caption>Kết quả hoạt động của HTX (tính đến 30/9/2025)</caption>
      <tr><th>Lĩnh vực</th><th>Số HTX</th><th>Doanh thu (tỷ đồng)</th></tr>
      <tr><td>Nông nghiệp</td><td>120</td><td>310,5</td></tr></table>
      <p>Tin, ảnh: HẢI NAM</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/6' }).facts;
    expect(fs.map((f) => [f.metric, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['count', '2025-09-30', null, null],
      ['revenue', null, '2025-01-01', '2025-09-30'],
    ]);
  });
  it('plan columns match their examples', () => {
    for (const k of ['plan', 'done', 'ratio'] as const) for (const ex of PLAN_COLUMNS.examples[k]) expect(PLAN_COLUMNS[k].test(toneKey(ex)), ex).toBe(true);
    expect(PLAN_COLUMNS.plan.test(toneKey('Thực hiện 9 tháng'))).toBe(false);
  });
  it('a table of plans against results by district: the plan a target for its year, the result and its share of the plan for the caption\'s period', () => {
    const html = `<html><head><title>Kinh tế tập thể 9 tháng năm 2023</title></head><body><article><h1>Kinh tế tập thể 9 tháng năm 2023</h1>
      <p>Kết quả ở các huyện không đồng đều:</p>
      <table><caption>Kết quả thành lập mới HTX 9 tháng năm 2023 theo địa phương (đơn vị: HTX)</caption>
      <tr><th>Huyện, thành phố</th><th>Kế hoạch năm 2023</th><th>Thực hiện 9 tháng</th><th>Tỷ lệ so với kế hoạch (%)</th></tr>
      <tr><td>Việt Yên</td><td>8</td><td>6</td><td>75,0</td></tr>
      <tr><td>Tổng cộng</td><td>70</td><td>57</td><td>81,4</td></tr></table>
      <p>Tin, ảnh: HẢI NAM</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/7' }).facts;
    expect(fs.map((f) => [f.metric, f.scope, f.status, f.value, f.place?.name ?? null, f.period?.end ?? null])).toEqual([
      ['count', 'new', 'target', 8, 'Việt Yên', '2023-12-31'],
      ['count', 'new', 'actual', 6, 'Việt Yên', '2023-09-30'],
      ['plan_achievement', 'new', 'actual', 75, 'Việt Yên', '2023-09-30'],
      ['count', 'new', 'target', 70, null, '2023-12-31'],
      ['count', 'new', 'actual', 57, null, '2023-09-30'],
      ['plan_achievement', 'new', 'actual', 81.4, null, '2023-09-30'],
    ]);
  });
  it('a table of sectors gives counts, members, revenue in the header scale and shares', () => {
    const html = `<html><head><title>Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023</title></head><body><article><h1>Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023</h1>
      <p>Năm 2023, kinh tế tập thể của tỉnh tiếp tục phát triển ổn định theo lĩnh vực như sau:</p>
      <table><tr><th>TT</th><th>Lĩnh vực</th><th>Số HTX</th><th>Số thành viên</th><th>Doanh thu (triệu đồng)</th><th>Tỷ lệ (%)</th></tr>
      <tr><td>1</td><td>Nông nghiệp</td><td>310</td><td>12.400</td><td>215.300</td><td>77,5</td></tr>
      <tr><td>2</td><td>Vận tải</td><td>40</td><td>900</td><td>41.250</td><td>10,0</td></tr>
      <tr><td>3</td><td>Ghi chú khác</td><td>50</td><td>700</td><td>9.000</td><td>12,5</td></tr></table>
      <p>Tin, ảnh: HẢI NAM</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/2' }).facts;
    expect(fs.map((f) => [f.metric, f.sector, f.value, f.unit])).toEqual([
      ['count', 'agriculture', 310, 'count'],
      ['members', 'agriculture', 12400, 'person'],
      ['revenue', 'agriculture', 215300000000, 'VND'],
      ['share', 'agriculture', 77.5, 'percent'],
      ['count', 'transport', 40, 'count'],
      ['members', 'transport', 900, 'person'],
      ['revenue', 'transport', 41250000000, 'VND'],
      ['share', 'transport', 10, 'percent'],
    ]);
    expect(fs.every((f) => f.asOf === '2023-12-31' || f.period?.end === '2023-12-31')).toBe(true);
  });
});

describe('readings added on heldout19', () => {
  it('a table of classes under a header of years gives each class its count and share at each year\'s end, and not the total of those classified', () => {
    const title = 'Liên minh HTX tỉnh Cà Mau tổng kết năm 2019';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Kết quả phân loại HTX hai năm gần đây như sau:</p>
      <table><tr><th rowspan="2">Xếp loại</th><th colspan="2">Năm 2018</th><th colspan="2">Năm 2019</th></tr>
      <tr><th>Số HTX</th><th>Tỷ lệ (%)</th><th>Số HTX</th><th>Tỷ lệ (%)</th></tr>
      <tr><td>Tốt</td><td>21</td><td>17,5</td><td>30</td><td>22,7</td></tr>
      <tr><td>Trung bình</td><td>60</td><td>50,0</td><td>64</td><td>48,5</td></tr>
      <tr><td>Tổng số HTX được phân loại</td><td>120</td><td>100</td><td>132</td><td>100</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.camau.gov.vn/tin/19' }).facts;
    expect(fs.map((f) => [f.metric, f.rating, f.value, f.asOf])).toEqual([
      ['count', 'good', 21, '2018-12-31'],
      ['share', 'good', 17.5, '2018-12-31'],
      ['count', 'good', 30, '2019-12-31'],
      ['share', 'good', 22.7, '2019-12-31'],
      ['count', 'average', 60, '2018-12-31'],
      ['share', 'average', 50, '2018-12-31'],
      ['count', 'average', 64, '2019-12-31'],
      ['share', 'average', 48.5, '2019-12-31'],
    ]);
  });

  it('the change in brackets of a subset is no change of the stock', () => {
    const fs = facts('Năm 2019, toàn tỉnh có 240 HTX, trong đó có 132 HTX đủ điều kiện được phân loại (tăng 12 HTX so với năm 2018).', 'Liên minh HTX tỉnh Cà Mau tổng kết năm 2019');
    expect(fs.map((f) => [f.metric, f.scope, f.value])).toEqual([['count', 'existing', 240]]);
  });
});

describe('a sector that leads a list of places (SECTOR_LIST_LEAD_EXAMPLES)', () => {
  for (const ex of SECTOR_LIST_LEAD_EXAMPLES) it(ex.text, () => {
    const key = toneKey(ex.text);
    expect(sectorListLead(key, 0, key.lastIndexOf('htx') - 3)?.sector ?? null).toBe(ex.sector);
  });
});

describe('a sector that heads a paragraph or a section (SECTOR_SECTION_EXAMPLES)', () => {
  for (const ex of SECTOR_SECTION_EXAMPLES) it(ex.text, () => expect(sectorSection(ex.text, !/:|\.$/u.test(ex.text))?.sector ?? null).toBe(ex.sector));

  it('figures that name no sector in a paragraph opened by "Khối HTX …:" are that sector\'s, and a table column "Trong đó: HTX nông nghiệp" gives its sector', () => {
    const title = 'Liên minh HTX tỉnh Long An: kinh tế tập thể 6 tháng đầu năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Khối HTX vận tải: các HTX duy trì 640 đầu xe; doanh thu 6 tháng đạt 52,4 tỷ đồng, tăng 4,1% so với cùng kỳ.</p>
      <p>Toàn tỉnh có 180 HTX, doanh thu 6 tháng đạt 410 tỷ đồng.</p>
      <table><tr><th>TT</th><th>Địa bàn</th><th>Tổng số HTX</th><th>Trong đó: HTX nông nghiệp</th></tr>
      <tr><td>1</td><td>Huyện Đức Hòa</td><td>20</td><td>14</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.longan.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.value])).toEqual([
      ['revenue', 'existing', 'transport', 52400000000],
      ['revenue', 'change', 'transport', 4.1],
      ['count', 'existing', null, 180],
      ['revenue', 'existing', null, 410000000000],
      ['count', 'existing', null, 20],
      ['count', 'existing', 'agriculture', 14],
    ]);
  });
});

describe('cooperatives the alliance helped found (HELPED_FOUND)', () => {
  it('are a part beside the whole count of new ones, and the new ones the text reports when alone', () => {
    const beside = facts('Năm 2023, toàn tỉnh thành lập mới 52 HTX. Liên minh HTX tỉnh trực tiếp tư vấn, hỗ trợ thành lập mới 31 HTX.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(beside.map((f) => [f.metric, f.scope, f.value])).toEqual([['count', 'new', 52]]);
    const alone = facts('Trong quý I/2023, Liên minh HTX tỉnh tư vấn thành lập mới 4 HTX với 60 thành viên.', 'Liên minh HTX tỉnh Hà Tĩnh: kết quả quý I/2023');
    expect(alone.map((f) => [f.metric, f.scope, f.value])).toEqual([['count', 'new', 4], ['members', 'new', 60]]);
    for (const ex of ['tư vấn thành lập mới ', 'trực tiếp tư vấn, hỗ trợ thành lập mới thêm ', 'hướng dẫn thành lập ']) expect(HELPED_FOUND.test(toneKey(ex)), ex).toBe(true);
  });
});

describe('readings added on heldout20', () => {
  it('a named cooperative with a lowercase trade word in its name keeps its figures; households outside it and their land are not its own', () => {
    const fs = facts('HTX Rau hoa Tà Nung Xanh (xã Tà Nung) được thành lập năm 2017. Hiện HTX có 28 thành viên, tổng diện tích sản xuất 19 ha; HTX còn bao tiêu sản phẩm cho 30 hộ nông dân ngoài HTX với khoảng 40 ha.', 'Mô hình HTX rau hoa ở Đà Lạt');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['members', 28, 'cooperative'],
      ['land_area', 19, 'cooperative'],
    ]);
  });
});

describe('figures whose subject is the credit funds (FUNDS_SUBJECT)', () => {
  it('are the credit sector\'s in a text about people\'s credit funds; the cooperatives\' own figures stay all-sector', () => {
    const fs = facts('Toàn tỉnh có 25 quỹ tín dụng nhân dân. Tổng nguồn vốn hoạt động của hệ thống đạt 2.150 tỷ đồng, bình quân 86 tỷ đồng/quỹ. Các HTX có tổng nguồn vốn hoạt động 1.200 tỷ đồng, riêng 25 quỹ chiếm hơn 900 tỷ đồng.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'operating_capital').map((f) => [f.value, f.statistic, f.sector])).toEqual([
      [2150000000000, 'total', 'credit'],
      [86000000000, 'average', 'credit'],
      [1200000000000, 'total', null],
    ]);
    for (const ex of ['các quỹ', 'mỗi quỹ', 'của hệ thống', '84/84 quỹ']) expect(FUNDS_SUBJECT.test(toneKey(ex)), ex).toBe(true);
    expect(FUNDS_SUBJECT.test(toneKey('các quỹ hỗ trợ'))).toBe(false);
  });
});

describe('readings added on heldout20 (2)', () => {
  it('a caption whose "số ước" names revenue estimates only the money rows', () => {
    const title = 'Liên minh HTX tỉnh Gia Lai: kinh tế tập thể 9 tháng năm 2025';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một số chỉ tiêu theo khu vực (số liệu đến 30/9/2025; doanh thu 9 tháng là số ước)</p>
      <table><tr><th>Chỉ tiêu</th><th>Toàn tỉnh</th><th>Gia Lai (cũ)</th><th>Bình Định (cũ)</th></tr>
      <tr><td>Thành viên HTX (người)</td><td>90.100</td><td>40.000</td><td>50.100</td></tr>
      <tr><td>Doanh thu bình quân (triệu đồng/HTX)</td><td>2.300</td><td>2.500</td><td>2.100</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lienminhhtx.gialai.gov.vn/tin/9' }).facts;
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([
      ['members', 'actual', 90100], ['members', 'actual', 40000], ['members', 'actual', 50100],
      ['revenue', 'estimate', 2300000000], ['revenue', 'estimate', 2500000000], ['revenue', 'estimate', 2100000000],
    ]);
  });

  it('an average per fund; the members who borrow are a part; "toàn hệ thống" after a named fund is all of them', () => {
    const fs = facts('Các quỹ tín dụng nhân dân có 150.200 thành viên, bình quân mỗi quỹ có 2.010 thành viên; dư nợ tăng 6%, với 48.000 thành viên đang có dư nợ. Quỹ TDND Đông Cơ là quỹ có nhiều thành viên nhất. Toàn hệ thống có 812 người lao động.', 'Liên minh HTX tỉnh Thái Bình tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.statistic, f.value, f.place?.level ?? null])).toEqual([
      ['members', 'total', 150200, null],
      ['members', 'average', 2010, null],
      ['workers', 'total', 812, null],
    ]);
  });
});

describe('plans stated in a quarter\'s report', () => {
  it('"Theo kế hoạch năm 2023, …" states the year\'s plan; the list of courses by topic after "trong đó" is a part; "Năm 2023, … phấn đấu" is the year\'s', () => {
    const fs = facts('Theo kế hoạch năm 2023, Liên minh HTX tỉnh tổ chức 25 lớp tập huấn cho khoảng 1.500 lượt học viên, trong đó 12 lớp bồi dưỡng cán bộ quản lý, 8 lớp tập huấn kỹ thuật. Năm 2023, Liên minh phấn đấu hỗ trợ thành lập mới 30 HTX.', 'Liên minh HTX tỉnh Hà Tĩnh: kết quả quý I/2023');
    const parts = facts('Năm 2023, Liên minh tổ chức 21 lớp tập huấn. Trong số 21 lớp, có 2 lớp được tổ chức trực tuyến. Trong đó, 10 lớp dành cho cán bộ quản lý, 2 lớp chuyên đề về chuyển đổi số.', 'Liên minh HTX tỉnh Hải Dương tổng kết năm 2023');
    expect(parts.map((f) => f.value)).toEqual([21]);
    expect(fs.map((f) => [f.metric, f.status, f.value, f.period?.end ?? null])).toEqual([
      ['count', 'target', 25, '2023-12-31'],
      ['participants', 'target', 1500, '2023-12-31'],
      ['count', 'target', 30, '2023-12-31'],
    ]);
  });
});

describe('the class of a change', () => {
  it('is the one printed after its own noun, not the one of the stock before it', () => {
    const fs = facts('Năm 2018, toàn tỉnh có 210 HTX đang hoạt động, tăng 11 HTX so với năm 2017; giảm 9 HTX yếu so với năm 2017.', 'Liên minh HTX tỉnh Quảng Ngãi tổng kết năm 2018');
    expect(fs.map((f) => [f.scope, f.value, f.rating])).toEqual([['existing', 210, 'operating'], ['change', 11, null], ['change', -9, 'weak']]);
  });
});

describe('a total row whose label spans the index column', () => {
  it('is still the province\'s total', () => {
    const title = 'Liên minh HTX tỉnh Hải Dương: 6 tháng đầu năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <table><tr><th>TT</th><th>Địa phương</th><th>Số HTX</th><th>Thành viên (người)</th></tr>
      <tr><td>1</td><td>Gia Lộc</td><td>55</td><td>17.260</td></tr><tr><td>2</td><td>Tứ Kỳ</td><td>61</td><td>18.740</td></tr>
      <tr><td colspan="2">Tổng cộng</td><td>116</td><td>36.000</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.haiduong.gov.vn/tin/6' }).facts;
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['count', 55, 'Gia Lộc'], ['members', 17260, 'Gia Lộc'], ['count', 61, 'Tứ Kỳ'], ['members', 18740, 'Tứ Kỳ'], ['count', 116, null], ['members', 36000, null],
    ]);
  });
});

describe('the earlier figure in brackets after the year compared with', () => {
  it('is the same metric at that year: a stock at its end, a flow over it', () => {
    const fs = facts('Tổng vốn điều lệ đạt 388 tỷ đồng, gấp 3,4 lần năm 2013 (114 tỷ đồng). Doanh thu bình quân năm 2021 đạt 4,4 tỷ đồng/HTX, tăng 36,2% so với năm 2013 (3,23 tỷ đồng/HTX).', 'Bến Tre: 10 năm thực hiện Luật HTX năm 2012');
    expect(fs.map((f) => [f.metric, f.scope, f.statistic, f.value, f.asOf ?? f.period?.end ?? null])).toEqual([
      ['charter_capital', 'existing', 'total', 388000000000, null],
      ['charter_capital', 'change', 'total', 3.4, null],
      ['charter_capital', 'existing', 'total', 114000000000, '2013-12-31'],
      ['revenue', 'existing', 'average', 4400000000, '2021-12-31'],
      ['revenue', 'change', 'average', 36.2, '2021-12-31'],
      ['revenue', 'existing', 'average', 3230000000, '2013-12-31'],
    ]);
  });
});

describe('shares of the effective ones', () => {
  it('a bracket that restates the class is no part; "tỷ lệ này năm 2013" is the same share at that year', () => {
    const fs = facts('Năm 2021, có 78 HTX hoạt động hiệu quả (xếp loại tốt, khá), chiếm 59,5% số HTX đang hoạt động; trong khi tỷ lệ này năm 2013 chỉ khoảng 31%.', 'Liên minh HTX tỉnh Bến Tre tổng kết năm 2021');
    expect(fs.map((f) => [f.metric, f.rating, f.value, f.asOf])).toEqual([
      ['count', 'effective', 78, '2021-12-31'],
      ['share', 'effective', 59.5, '2021-12-31'],
      ['share', 'effective', 31, '2013-12-31'],
    ]);
  });
});

describe('comparisons with another group (OTHER_GROUP_EXAMPLES)', () => {
  for (const e of OTHER_GROUP_EXAMPLES) it(e.text, () => expect(OTHER_GROUP.test(toneKey(e.text))).toBe(e.other));
});

describe('the country\'s figures (NATIONAL_EXAMPLES)', () => {
  for (const ex of NATIONAL_EXAMPLES)
    it(ex.text, () => expect(facts(ex.text, 'Liên minh HTX tỉnh Quảng Ngãi tổng kết năm 2018').length).toBe(ex.national ? 0 : 1));
});

describe('land that is a part or not the cooperatives\'', () => {
  it('the crops inside the cooperatives\' land after "Trong đó", and the large fields\' or contracts\' area, are no facts', () => {
    const fs = facts('Tổng diện tích đất sản xuất do các HTX nông nghiệp quản lý khoảng 52.400 ha. Trong đó, diện tích trồng lúa 47.100 ha; diện tích nuôi trồng thủy sản 1.900 ha.\n\nToàn tỉnh xây dựng 90 cánh đồng lớn; các HTX làm đầu mối, diện tích ký kết hợp đồng bao tiêu đạt 31.000 ha. Huyện Long Phú dẫn đầu về diện tích cánh đồng lớn với trên 7.200 ha.', 'Liên minh HTX tỉnh Sóc Trăng: 6 tháng đầu năm 2024');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => f.value)).toEqual([52400]);
    const grown = facts('HTX Thanh long Tầm Vu (huyện Châu Thành) hiện có 42 thành viên. Thời gian tới, HTX phấn đấu mở rộng vùng sản xuất thanh long của thành viên lên 250 ha; HTX cũng mở rộng thêm 30 ha.', 'Long An: HTX thanh long vươn lên');
    expect(grown.filter((f) => f.metric === 'land_area').map((f) => [f.status, f.value, f.place?.level ?? null])).toEqual([['target', 250, 'cooperative']]);
    const fields = facts('Vụ Đông Xuân, toàn tỉnh xây dựng 90 cánh đồng lớn với tổng diện tích 35.200 ha, có 14.300 hộ tham gia.', 'Liên minh HTX tỉnh Sóc Trăng: 6 tháng đầu năm 2024');
    expect(fields).toEqual([]);
  });
});

describe('a plan achievement after a bracket of parts', () => {
  it('is the whole\'s, not the last part\'s', () => {
    const fs = facts('9 tháng đầu năm 2025, toàn tỉnh thành lập mới 90 HTX (Gia Lai cũ 50 HTX, Bình Định cũ 40 HTX), đạt 75% kế hoạch năm.', 'Liên minh HTX tỉnh Gia Lai: 9 tháng năm 2025');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['count', 90, null], ['count', 50, 'former_province'], ['count', 40, 'former_province'], ['plan_achievement', 75, null],
    ]);
  });
});

describe('an amount place by place after its whole', () => {
  it('is the same metric in each former province, estimated like the whole', () => {
    const fs = facts('Thu nhập bình quân của người lao động trong HTX ước đạt 5,6 triệu đồng/người/tháng; trong đó khu vực Gia Lai (cũ) đạt 5,9 triệu đồng/người/tháng, Bình Định (cũ) đạt 5,3 triệu đồng/người/tháng.', 'Liên minh HTX tỉnh Gia Lai: 9 tháng năm 2025');
    const groups = facts('Doanh thu 6 tháng của khu vực HTX ước đạt 410 tỷ đồng, trong đó các HTX sản xuất lúa ước đạt 141,2 tỷ đồng. Thu nhập bình quân đạt 5,6 triệu đồng/người/tháng; riêng khối HTX phi nông nghiệp đạt 6,9 triệu đồng/người/tháng.', 'Liên minh HTX tỉnh An Giang: 6 tháng đầu năm 2019');
    expect(groups.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['revenue', 410000000000, null], ['revenue', 141200000000, 'agriculture'], ['income', 5600000, null], ['income', 6900000, 'non_agriculture'],
    ]);
    expect(fs.map((f) => [f.metric, f.statistic, f.status, f.value, f.place?.level ?? null])).toEqual([
      ['income', 'average', 'estimate', 5600000, null],
      ['income', 'average', 'estimate', 5900000, 'former_province'],
      ['income', 'average', 'estimate', 5300000, 'former_province'],
    ]);
  });
});

describe('dates named beside a plan document or a compared point', () => {
  it('the term of a plan document in an earlier clause dates nothing after it; "(thời điểm … có N HTX)" is the stock at the compared point', () => {
    const fs = facts('Tính đến ngày 30/9/2025, toàn tỉnh có 1.186 HTX, tăng 64 HTX so với cuối năm 2024 (thời điểm hai tỉnh cộng lại có 1.122 HTX).\n\nQuý IV/2025, Liên minh tham mưu ban hành kế hoạch phát triển KTTT giai đoạn 2026 - 2030; phấn đấu thành lập mới ít nhất 23 HTX.', 'Liên minh HTX tỉnh Gia Lai: 9 tháng năm 2025');
    expect(fs.map((f) => [f.scope, f.value, f.asOf ?? f.period?.start ?? null])).toEqual([
      ['existing', 1186, '2025-09-30'], ['change', 64, '2025-01-01'], ['existing', 1122, '2024-12-31'], ['new', 23, '2025-10-01'],
    ]);
  });
});

describe('a bare "HTX" that speaks of the one just named', () => {
  it('after a verb of trade, and inside a quote after its director\'s name', () => {
    const fs = facts('Điển hình như HTX Chăn nuôi Kỳ Tây (huyện Kỳ Anh), thành lập năm 2018. Năm 2019, HTX xuất bán hơn 280 tấn lợn thịt, doanh thu đạt 14,7 tỷ đồng.\n\nÔng Nguyễn Văn Hòa, Giám đốc HTX Nông nghiệp – Dịch vụ Tân Lập chia sẻ: “HTX hiện có 86 hộ thành viên, chuyên thu mua hạt điều.”', 'Hà Tĩnh: HTX vượt khó');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['revenue', 14700000000, 'HTX Chăn nuôi Kỳ Tây'],
      ['members', 86, 'HTX Nông nghiệp – Dịch vụ Tân Lập'],
    ]);
  });
});

describe('the level a class\'s share stands at', () => {
  it('"Tỷ lệ HTX yếu, kém vẫn ở mức hơn 20%", "HTX loại yếu chỉ còn dưới 5%" and a plan "giảm số HTX yếu xuống dưới 15%" are shares of the weak; a fall of the rate is no share', () => {
    const fs = facts('Năm 2018, tỷ lệ HTX yếu, kém vẫn ở mức hơn 20%; riêng huyện Giá Rai, HTX loại yếu chỉ còn dưới 5%. Năm 2019, phấn đấu giảm số HTX yếu xuống dưới 15%. Tỷ lệ HTX khá giảm 3%.', 'Liên minh HTX tỉnh Bạc Liêu tổng kết năm 2018');
    expect(fs.map((f) => [f.metric, f.rating, f.status, f.value, f.qualifier])).toEqual([
      ['share', 'weak', 'actual', 20, 'over'],
      ['share', 'weak', 'actual', 5, 'under'],
      ['share', 'weak', 'target', 15, 'under'],
    ]);
    expect(facts('Hiện khoảng 25% HTX trên địa bàn hoạt động yếu kém.', 'Liên minh HTX tỉnh Kon Tum tổng kết năm 2018').map((f) => [f.metric, f.rating, f.value])).toEqual([['share', 'weak', 25]]);
  });
});

describe('credit funds counted far from their name', () => {
  it('"84/84 quỹ" in a text about people\'s credit funds is their count; near the support fund it is not', () => {
    const body = 'Hệ thống quỹ tín dụng nhân dân hoạt động an toàn.\n\n' + 'Năm 2023, công tác đào tạo, tập huấn tiếp tục được quan tâm, nội dung sát thực tiễn. '.repeat(9) + '\n\nToàn tỉnh có 84 quỹ, trong đó 84/84 quỹ kinh doanh có lãi; có 79 quỹ duy trì tỷ lệ nợ xấu dưới 1%.';
    expect(facts(body, 'Liên minh HTX tỉnh Thái Bình tổng kết năm 2023').map((f) => [f.metric, f.sector, f.value])).toEqual([['count', 'credit', 84]]);
    expect(facts('Quỹ hỗ trợ phát triển HTX tỉnh có 3 quỹ thành phần.', 'Liên minh HTX tỉnh Thái Bình tổng kết năm 2023')).toEqual([]);
  });
});

describe('a list under an intro that counts new ones', () => {
  it('gives new ones year by year', () => {
    const fs = facts('Số HTX thành lập mới tăng đều qua các năm: năm 2018 có 61 HTX; năm 2019 là 75 HTX và 11 tháng năm 2020 thêm 68 HTX.', 'Liên minh HTX tỉnh Hà Tĩnh: 4 năm thực hiện chính sách hỗ trợ');
    expect(fs.map((f) => [f.scope, f.value, f.period?.start ?? null])).toEqual([['new', 61, '2018-01-01'], ['new', 75, '2019-01-01'], ['new', 68, '2020-01-01']]);
  });
});

describe('changes in percent beside an amount, and growth listed in a plan section', () => {
  it('"(tương đương 1,58%)" and "(-9,95%)" after a change are the same change in percent; "Lợi nhuận tăng tối thiểu 5%" under "Nhiệm vụ năm 2024" is a target', () => {
    const fs = facts('Tổng số thành viên đạt 187.460 người, tăng 2.915 thành viên (tương đương 1,58%) so với năm 2022. Tổng vốn hoạt động đạt 9.126 tỷ đồng, giảm 826 tỷ đồng (-9,95%) so với đầu năm.\n\nNhiệm vụ năm 2024\n\nLợi nhuận tăng tối thiểu 5%; phát triển thêm 3.000 thành viên mới.', 'Liên minh HTX tỉnh Thái Bình tổng kết năm 2023');
    expect(fs.filter((f) => f.unit === 'percent').map((f) => [f.metric, f.scope, f.status, f.value])).toEqual([
      ['members', 'change', 'actual', 1.58], ['operating_capital', 'change', 'actual', -9.95], ['profit', 'change', 'target', 5],
    ]);
    const comma = facts('Đến nay toàn tỉnh có 436 HTX, tăng 138 HTX, tương đương 46,3% so với năm 2018.', 'Liên minh HTX tỉnh Vĩnh Phúc: Đại hội nhiệm kỳ 2023 - 2028');
    expect(comma.filter((f) => f.unit === 'percent').map((f) => [f.metric, f.scope, f.value])).toEqual([['count', 'change', 46.3]]);
  });
});

describe('two places, then their counts "lần lượt"', () => {
  it('each count takes its place in order, and the kind counted before "lần lượt"', () => {
    const fs = facts('Trong đó, huyện Thới Lai và huyện Cờ Đỏ có nhiều HTX nhất, lần lượt 38 và 35 HTX. Huyện Tuy An và thị xã Sông Cầu là hai địa phương có nhiều HTX nông nghiệp hoạt động hiệu quả nhất, với lần lượt 11 và 8 HTX.', 'Liên minh HTX tỉnh Phú Yên tổng kết năm 2021');
    expect(fs.map((f) => [f.value, f.place?.name ?? null, f.sector, f.rating])).toEqual([
      [38, 'huyện Thới Lai', null, null], [35, 'huyện Cờ Đỏ', null, null], [11, 'Huyện Tuy An', 'agriculture', 'effective'], [8, 'thị xã Sông Cầu', 'agriculture', 'effective'],
    ]);
  });
});

describe('a change whose subject names its own year', () => {
  it('"So với năm 2015, số HTX hoạt động hiệu quả năm 2019 tăng gần gấp đôi" is the class\'s change from 2016 to 2019', () => {
    const fs = facts('So với năm 2015, số HTX hoạt động hiệu quả năm 2019 tăng gần gấp đôi.', 'Liên minh HTX tỉnh Quảng Ninh tổng kết năm 2019');
    expect(fs.map((f) => [f.scope, f.unit, f.value, f.qualifier, f.rating, f.period])).toEqual([['change', 'times', 2, 'nearly', 'effective', { start: '2016-01-01', end: '2019-12-31' }]]);
  });
});

describe('a share above 100%', () => {
  it('is no share', () => {
    expect(facts('9 tháng thành lập mới 38 THT, bằng 126,7% so với cùng kỳ.', 'Liên minh HTX tỉnh Nam Định: 9 tháng năm 2023').map((f) => [f.metric, f.value])).toEqual([['count', 38]]);
    expect(facts('Từ năm 2013 đến nay, toàn tỉnh đã thành lập mới 356 HTX, chiếm 86,4% tổng số HTX hiện có.', 'Liên minh HTX tỉnh Điện Biên tổng kết năm 2024').map((f) => f.metric)).toEqual(['count']);
  });
});

describe('members after a list of kinds', () => {
  it('", thu hút N thành viên" after "… HTX, … liên hiệp HTX và … tổ hợp tác" are the whole list\'s, kept with the cooperatives; "N tổ hợp tác với M thành viên" stay the groups\'', () => {
    const fs = facts('Toàn tỉnh có 432 HTX, 2 liên hiệp HTX và 638 THT, thu hút hơn 118.000 thành viên. Ngoài ra còn 615 tổ hợp tác với 7.860 thành viên.', 'Liên minh HTX tỉnh Quảng Bình: 6 tháng đầu năm 2022');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value])).toEqual([['cooperative', 118000], ['cooperative_group', 7860]]);
  });
});

describe('households a cooperative serves', () => {
  it('are not members; its member households are', () => {
    const fs = facts('HTX Khải Xuân hiện có 42 thành viên, đồng thời bao tiêu búp chè tươi cho hơn 150 hộ trong xã. HTX Đồng Tâm đảm nhận thu gom rác thải cho khoảng 3.200 hộ dân. HTX Tân Lập cung ứng vật tư cho 300 hộ thành viên.', 'Phú Thọ: HTX chè vươn lên');
    expect(fs.map((f) => [f.metric, f.value, f.unit])).toEqual([['members', 42, 'person'], ['members', 300, 'count']]);
  });
});

describe('figures of cooperatives of a kind (OF_A_KIND)', () => {
  it('are left out; the province-wide figure beside them stays', () => {
    const fs = facts('Các HTX do phụ nữ làm chủ thu hút 4.380 thành viên, tạo việc làm thường xuyên cho 1.150 lao động. Thu nhập bình quân của người lao động trong các HTX do nữ làm chủ đạt khoảng 3,8 triệu đồng/người/tháng, thấp hơn mức bình quân chung của khu vực HTX toàn tỉnh là 4,3 triệu đồng/người/tháng.', 'Liên minh HTX tỉnh: phụ nữ làm chủ HTX');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['income', 4300000]]);
  });
});

describe('the effective ones among those just counted', () => {
  it('"khoảng 30% trong số đó hoạt động có hiệu quả" is their share; "212 HTX được đánh giá hoạt động hiệu quả" a count of that class', () => {
    const fs = facts('Toàn tỉnh có 104 HTX đang hoạt động, khoảng 30% trong số đó hoạt động có hiệu quả. Năm 2023, có 212 HTX được đánh giá hoạt động hiệu quả, chiếm 71,6% tổng số HTX.', 'Liên minh HTX TP Cần Thơ tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.rating, f.value])).toEqual([['count', 'operating', 104], ['share', 'effective', 30], ['count', 'effective', 212], ['share', 'effective', 71.6]]);
  });
});

describe('members who join the cooperatives', () => {
  it('"thành viên mới tham gia HTX" after a count of groups are the cooperatives\'', () => {
    const fs = facts('Thành lập mới 60 HTX và 100 THT; giải thể dứt điểm các HTX đã ngừng hoạt động.\nThu hút thêm 1.500 thành viên mới tham gia HTX.', 'Liên minh HTX tỉnh Thái Nguyên tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value])).toEqual([['cooperative', 1500]]);
  });
});

describe('a condition', () => {
  it('"Khi đủ 30 tổ viên" is no figure', () => {
    expect(facts('Tổ trưởng cho biết: “Khi đủ 30 tổ viên, tổ sẽ chuyển thành HTX”. Hiện tổ có 18 tổ viên.', 'Trà Vinh: tổ hợp tác đậu phộng').map((f) => f.value)).toEqual([18]);
  });
});

describe('young graduates placed in cooperatives', () => {
  it('are not the cooperatives\' workers', () => {
    expect(facts('Liên minh phối hợp đưa 20 lao động trẻ tốt nghiệp đại học về làm việc tại HTX; các HTX giải quyết việc làm cho 4.100 lao động.', 'Liên minh HTX tỉnh Bạc Liêu tổng kết năm 2020').map((f) => f.value)).toEqual([4100]);
  });
});

describe('size thresholds (THRESHOLD_EXAMPLES)', () => {
  for (const ex of THRESHOLD_EXAMPLES)
    it(ex.text, () => expect(facts(ex.text, 'Liên minh HTX tỉnh Khánh Hòa tổng kết năm 2022').filter((f) => f.metric === 'charter_capital' || f.metric === 'members' || f.metric === 'revenue' || f.metric === 'profit').length > 0).toBe(!ex.threshold));
});

describe('one class of a list, held in a district', () => {
  it('gives its participants that district, so they never pass for the province\'s', () => {
    const fs = facts('Quý I/2023, Liên minh HTX tỉnh tổ chức 2 lớp tập huấn với 118 học viên, cụ thể:\n\nLớp quản trị HTX tại huyện Kỳ Anh (ngày 12 - 13/3/2023): 58 học viên;\nLớp kế toán HTX tại thị xã Hồng Lĩnh (ngày 20 - 21/3/2023): 60 học viên.', 'Liên minh HTX tỉnh Hà Tĩnh: kết quả quý I/2023');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['count', 2, null],
      ['participants', 118, null],
      ['participants', 58, 'huyện Kỳ Anh'],
      ['participants', 60, 'thị xã Hồng Lĩnh'],
    ]);
  });
});

describe('a district the text does not name with its level word', () => {
  it('"toàn huyện" after a paragraph that opens on a bare name is that district\'s; unnamed, it is still no province figure', () => {
    const fs = facts('Đông Giang được xem là vùng trồng ba kích lớn của tỉnh. Theo Phòng Kinh tế, hiện toàn huyện có 12 HTX.\n\nVề phát triển sản phẩm, hiện toàn huyện có 5 HTX.', 'HTX miền núi Quảng Nam trồng dược liệu');
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [12, 'district', 'Đông Giang'],
      [5, 'district', 'toàn huyện'],
    ]);
  });
});

describe('the members of the cooperatives just counted', () => {
  it('a stock brought up by "nâng tổng số THT nông nghiệp lên" keeps the subject\'s sector, and so do its members', () => {
    const fs = facts('Năm 2023 thành lập mới 40 THT, nâng tổng số THT nông nghiệp lên 812 tổ với 7.400 tổ viên.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.filter((f) => f.value === 812 || f.value === 7400).map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 812, 'agriculture'],
      ['members', 7400, 'agriculture'],
    ]);
  });
  it('the whole after "chiếm N%" is the share\'s denominator, not the subject of the members that follow', () => {
    const fs = facts('Hiện có 95 HTX chuyên trồng cam, chiếm 20,1% tổng số HTX toàn tỉnh, với 5.200 thành viên.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.value, f.sector])).toEqual([[5200, 'agriculture']]);
  });
});

describe('parts of one sector\'s count', () => {
  it('the earlier stock in brackets after a change is of the sector the change took from its stock', () => {
    const fs = facts('Đến cuối năm 2023, toàn tỉnh có 204 HTX nông nghiệp, tăng 15 HTX so với năm 2022 (189 HTX).', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.scope, f.sector])).toEqual([
      [204, 'existing', 'agriculture'],
      [15, 'change', 'agriculture'],
      [189, 'existing', 'agriculture'],
    ]);
  });
  it('a district\'s part of the one sector a sentence counts is of that sector; of all cooperatives, of none', () => {
    const fs = facts('Toàn tỉnh có 150 HTX, trong đó 28 HTX trồng bưởi; riêng huyện Tân Uyên có 11 HTX bưởi, huyện Bắc Tân Uyên có 7 HTX.\n\nToàn tỉnh có 40 HTX hoạt động trong lĩnh vực cà phê, nhiều nhất là các huyện Krông Búk (9 HTX), Ea Kar (6 HTX).\n\nToàn tỉnh có 210 HTX, trong đó huyện Phú Giáo có 20 HTX.', 'Liên minh HTX tỉnh Bình Dương tổng kết năm 2023');
    expect(fs.filter((f) => f.place).map((f) => [f.value, f.sector])).toEqual([
      [11, 'agriculture'],
      [7, 'agriculture'],
      [9, 'agriculture'],
      [6, 'agriculture'],
      [20, null],
    ]);
  });
});

describe('the change of a grade', () => {
  it('right after the stock of a grade (also past its share) is that grade\'s', () => {
    const fs = facts('Kết quả phân loại cho thấy 27 HTX đạt loại tốt, 58 HTX loại khá, 44 HTX trung bình và 22 HTX còn yếu, giảm 6 HTX so với cuối năm 2022.\n\nNăm 2023, toàn tỉnh có 176 HTX hoạt động hiệu quả, chiếm 39,3% số HTX đang hoạt động, tăng 28 HTX so với năm 2022.\n\nSo với năm 2022, số HTX yếu, kém giảm 34 HTX.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.value, f.rating])).toEqual([
      [-6, 'weak'],
      [28, 'effective'],
      [-34, 'weak'],
    ]);
  });
});

describe('the parts in a bracket after a count', () => {
  it('of no sector, place or class of their own and of the same scope, are no facts; a class or a scope of their own is', () => {
    const fs = facts('9 tháng đầu năm 2023 đã giải thể 19 HTX (trong đó 15 HTX giải thể bắt buộc, 04 HTX giải thể tự nguyện). Toàn tỉnh có 150 HTX (trong đó 12 HTX thành lập mới). Mới có 215 THT được chứng thực hợp đồng hợp tác; đã có 12 THT phát triển lên thành HTX.', 'Liên minh HTX tỉnh Bắc Kạn: kết quả 9 tháng năm 2023');
    expect(fs.map((f) => [f.value, f.scope])).toEqual([
      [19, 'dissolved'],
      [150, 'existing'],
      [12, 'new'],
    ]);
  });
});

describe('the parts in a bracket after a class', () => {
  it('are of that class; a part of no sector and no place would pass for the whole and is no fact', () => {
    const fs = facts('Toàn tỉnh có 612 HTX, trong đó 498 HTX đang hoạt động, chiếm 81,4% (trong đó: 371 HTX nông, lâm nghiệp, thủy sản; 64 HTX công nghiệp - tiểu thủ công nghiệp); 89 HTX ngừng hoạt động (trong đó 52 HTX đang làm thủ tục giải thể, 37 HTX tạm ngừng kinh doanh có thời hạn).', 'Liên minh HTX tỉnh Lạng Sơn tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.value, f.sector, f.rating])).toEqual([
      [612, null, null],
      [498, null, 'operating'],
      [371, 'agriculture', 'operating'],
      [64, 'industry_handicraft', 'operating'],
      [89, null, 'inactive'],
    ]);
  });
});

describe('a credit fund\'s takings', () => {
  it('"tổng thu nhập của các quỹ" is their revenue, the income of people stays income', () => {
    const fs = facts('Quý I/2023, tổng thu nhập của các quỹ ước đạt 78,5 tỷ đồng; thu nhập bình quân của người lao động 6 triệu đồng/người/tháng.', 'Quỹ tín dụng nhân dân tỉnh Hà Tĩnh quý I/2023');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['revenue', 78500000000],
      ['income', 6000000],
    ]);
  });
});

describe('a paragraph about people\'s credit funds', () => {
  it('keeps speaking of them in a sentence that names no one', () => {
    const fs = facts('Về nguồn vốn, vốn điều lệ của các quỹ đạt 62,35 tỷ đồng. Tổng nguồn vốn hoạt động đạt 2.871 tỷ đồng.\n\nTổng nguồn vốn hoạt động của các HTX nông nghiệp đạt 410 tỷ đồng. Lợi nhuận ước đạt 12 tỷ đồng.', 'Liên minh HTX tỉnh Hà Tĩnh quý I/2023');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['charter_capital', 62350000000, 'credit'],
      ['operating_capital', 2871000000000, 'credit'],
      ['operating_capital', 410000000000, 'agriculture'],
      ['profit', 12000000000, null],
    ]);
  });
});

describe('cooperatives of a kind, many of them', () => {
  it('"Các HTX nông nghiệp CNC" names no one cooperative, and the greenhouse part of their land is no fact', () => {
    const fs = facts('Các HTX nông nghiệp CNC hiện có 3.150 thành viên; tổng diện tích sản xuất 4.210 ha, trong đó diện tích nhà kính, nhà lưới khoảng 1.380 ha.', 'Lâm Đồng: Liên minh HTX tỉnh tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['members', 3150, null],
      ['land_area', 4210, null],
    ]);
  });
});

describe('a sentence that opens on "Khối này"', () => {
  it('speaks of the block just named; a change after a sector\'s stock and its share keeps the sector', () => {
    const fs = facts('Tổng doanh thu của khối HTX phi nông nghiệp ước đạt 1.420 tỷ đồng. Khối này giải quyết việc làm cho 6.750 lao động; thu nhập bình quân của người lao động đạt 7,2 triệu đồng/người/tháng.\n\nCơ cấu gồm: HTX vận tải 52 HTX (chiếm 8,4%), tăng 4 HTX so với năm 2022.', 'Liên minh HTX tỉnh Quảng Ninh tổng kết năm 2023');
    expect(fs.filter((f) => f.metric !== 'share').map((f) => [f.metric, f.scope, f.value, f.sector])).toEqual([
      ['revenue', 'existing', 1420000000000, 'non_agriculture'],
      ['workers', 'existing', 6750, 'non_agriculture'],
      ['income', 'existing', 7200000, 'non_agriculture'],
      ['count', 'existing', 52, 'transport'],
      ['count', 'change', 4, 'transport'],
    ]);
  });
});

describe('the block of one sector ("khối")', () => {
  it('"doanh thu khối thương mại - dịch vụ" is that sector\'s, and "khối này" the block the paragraph opened on', () => {
    const fs = facts('Khối HTX vận tải tạo việc làm cho 2.640 lao động. Doanh thu của khối này năm 2023 ước đạt 486 tỷ đồng.\n\nNhờ khách du lịch tăng, doanh thu khối thương mại - dịch vụ ước đạt 372 tỷ đồng.', 'Liên minh HTX thành phố Đà Nẵng tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['workers', 2640, 'transport'],
      ['revenue', 486000000000, 'transport'],
      ['revenue', 372000000000, 'trade_services'],
    ]);
  });
});

describe('terse averages and estimates', () => {
  it('"DT BQ 1 HTX ước 640 tr.đ" is an estimated average, its "1 HTX" no count, and its "ước" does not reach past the semicolon', () => {
    const fs = facts('6 tháng: thành lập mới 8 HTX. DT BQ 1 HTX ước 640 tr.đ; lãi BQ khoảng 45 tr.đ/HTX.', 'Liên minh HTX tỉnh Kon Tum: kết quả 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.statistic, f.status])).toEqual([
      ['count', 8, 'total', 'actual'],
      ['revenue', 640000000, 'average', 'estimate'],
      ['profit', 45000000, 'average', 'actual'],
    ]);
  });
  it('a bracket that opens on an earlier year reports that year\'s result, not the estimate', () => {
    const fs = facts('Ước cả năm 2023, toàn tỉnh thành lập mới 66 HTX, vượt kế hoạch đề ra (năm 2022 thành lập mới 44 HTX).', 'Liên minh HTX tỉnh Thái Nguyên tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.status, f.period?.start ?? null])).toEqual([
      [66, 'estimate', '2023-01-01'],
      [44, 'actual', '2022-01-01'],
    ]);
  });
});

describe('grades among the cooperatives of one sector', () => {
  it('a class after "trong đó" among one sector\'s cooperatives is of that sector, dated by the year after its class', () => {
    const fs = facts('Xã Phúc Thọ hiện có 27 HTX nông nghiệp, trong đó có 9 HTX được xếp loại tốt năm 2022.', 'Hà Nội: kết quả 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.value, f.sector, f.rating, f.asOf])).toEqual([
      [27, 'agriculture', null, '2023-06-30'],
      [9, 'agriculture', 'good', '2022-12-31'],
    ]);
  });
  it('a change after a stock whose credit funds are in brackets is of all cooperatives; loans from banks make a subset', () => {
    const fs = facts('Tính đến 31/12/2023, toàn tỉnh có 156 HTX (kể cả 08 Quỹ TDND), tăng 05 HTX so với cuối năm 2022 (151 HTX). Năm 2023 đã có 37 HTX được các ngân hàng cho vay.', 'Liên minh HTX tỉnh Phú Yên tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.scope, f.sector])).toEqual([
      [156, 'existing', null],
      [8, 'existing', 'credit'],
      [5, 'change', null],
      [151, 'existing', null],
    ]);
  });
});

describe('figures of cooperatives in value chains and per unit of stock', () => {
  it('land farmed under linkage, a chain group\'s average, a list of parts after "trong đó" and an amount per head are no facts', () => {
    const fs = facts('Doanh thu bình quân của HTX nông nghiệp ước đạt 2,8 tỷ đồng/HTX, trong khi nhóm HTX có liên kết chuỗi đạt bình quân 5,6 tỷ đồng/HTX. Diện tích sản xuất theo liên kết đạt khoảng 8.650 ha.\n\nHTX Sầu riêng Xuân Định Phát hiện có 46 thành viên với diện tích 185 ha sầu riêng; trong đó 120 ha đạt chứng nhận VietGAP và 60 ha được cấp mã số vùng trồng. Lợi nhuận mỗi lứa ổn định 4.000 - 5.000 đồng/con.\n\nCác HTX dược liệu quản lý khoảng 1.240 ha dược liệu, trong đó sâm Ngọc Linh chiếm khoảng 410 ha.', 'Đồng Nai: HTX nông nghiệp năm 2023');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['revenue', 2800000000],
      ['members', 46],
      ['land_area', 185],
      ['land_area', 1240],
    ]);
  });
});

describe('courses against an earlier year', () => {
  it('the year compared with dates the courses in its bracket; "tăng 4 lớp và 198 học viên" is one rise of both', () => {
    const fs = facts('Năm 2023, Liên minh tổ chức 19 lớp tập huấn với 1.026 học viên; so với năm 2022 (15 lớp, 828 học viên) tăng 4 lớp và 198 học viên.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.period?.start ?? null])).toEqual([
      ['count', 'new', 19, '2023-01-01'],
      ['participants', 'new', 1026, '2023-01-01'],
      ['count', 'new', 15, '2022-01-01'],
      ['participants', 'new', 828, '2022-01-01'],
      ['count', 'change', 4, '2023-01-01'],
      ['participants', 'change', 198, '2023-01-01'],
    ]);
  });
});

describe('courses listed item by item after "Cụ thể:"', () => {
  it('are parts by topic the fields cannot name, except an item for one kind of cooperative, whose people share its sector', () => {
    const fs = facts('Năm 2023, Liên minh tổ chức 19 lớp tập huấn với 1.026 học viên.\n\nCụ thể: 05 lớp bồi dưỡng nâng cao năng lực quản trị cho giám đốc HTX (278 học viên); 04 lớp bồi dưỡng nghiệp vụ kế toán HTX (186 học viên) và 04 lớp tập huấn kỹ thuật sản xuất theo chuỗi giá trị dành cho các HTX nông nghiệp với 220 học viên.', 'Liên minh HTX tỉnh Hòa Bình tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 19, null],
      ['participants', 1026, null],
      ['count', 4, 'agriculture'],
      ['participants', 220, 'agriculture'],
    ]);
  });
});

describe('a union and its member cooperatives', () => {
  it('the founding members of a union set up in the period reported are new; "hiện gồm" is the union now', () => {
    const fs = facts('Tháng 9/2023, Liên hiệp HTX Nông nghiệp Vũng Liêm ra mắt với 06 HTX thành viên. Liên hiệp HTX Dừa Bến Tre hiện gồm 7 HTX thành viên.', 'Liên minh HTX tỉnh Vĩnh Long tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value, f.scope])).toEqual([
      ['cooperative_union', 6, 'new'],
      ['cooperative_union', 7, 'existing'],
    ]);
  });
});

describe('an estimated day that dates a paragraph', () => {
  it('makes the province\'s stocks of its later sentences estimates too, not a district\'s', () => {
    const fs = facts('Theo báo cáo, ước đến ngày 31/12/2023, toàn tỉnh có 183 HTX. Cơ cấu theo lĩnh vực: HTX nông nghiệp có 139 HTX. Huyện Càng Long có nhiều HTX nhất với 27 HTX.', 'Liên minh HTX tỉnh Trà Vinh tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.status])).toEqual([
      [183, 'estimate'],
      [139, 'estimate'],
      [27, 'actual'],
    ]);
  });
});

describe('an anniversary of the Vietnamese Cooperative Day', () => {
  it('names no commune ("Hợp tác xã Việt Nam") and its dates in brackets date nothing', () => {
    const fs = facts('Năm 2024, hướng tới kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2026), Liên minh HTX thành phố đặt mục tiêu thành lập mới 12 HTX.', 'Liên minh HTX thành phố Đà Nẵng tổng kết năm 2023');
    expect(fs.map((f) => [f.value, f.place, f.period?.start ?? null, f.period?.end ?? null])).toEqual([[12, null, '2024-01-01', '2024-12-31']]);
  });
});

describe('cooperatives at a meeting and the alliance\'s members by kind', () => {
  it('are no counts of cooperatives; the member units themselves are', () => {
    const fs = facts('Năm 2023 kết nạp mới 18 thành viên, nâng tổng số thành viên của Liên minh HTX tỉnh lên 236 đơn vị, trong đó có 221 HTX, 02 liên hiệp HTX và 13 tổ chức khác. Dự hội nghị có lãnh đạo các sở và đại diện gần 150 HTX.', 'Liên minh HTX tỉnh Hòa Bình tổng kết năm 2023');
    expect(fs.map((f) => [f.entity, f.value])).toEqual([
      ['member_unit', 18],
      ['member_unit', 236],
    ]);
  });
});

describe('a bare name that calls itself a place', () => {
  it('"Kim Sơn là địa phương … với 52 HTX" is that district\'s count, never the province\'s', () => {
    const fs = facts('Ở cấp huyện, Kim Sơn là địa phương hiện có nhiều HTX nhất với 52 HTX. Liên minh HTX tỉnh là đơn vị có 40 thành viên.', 'Liên minh HTX tỉnh Ninh Bình tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([[52, 'district', 'Kim Sơn']]);
  });
});

describe('grades of the set a grading was of', () => {
  it('"đánh giá … đối với 186 HTX nông nghiệp … cho thấy: có 41 HTX xếp loại tốt" grades farming cooperatives', () => {
    const fs = facts('Kết quả đánh giá, phân loại năm 2019 theo Thông tư số 09/2017/TT-BNNPTNT đối với 186 HTX nông nghiệp đang hoạt động cho thấy: có 41 HTX xếp loại tốt, 78 HTX khá và 18 HTX yếu.', 'Liên minh HTX thành phố Cần Thơ tổng kết năm 2019');
    expect(fs.map((f) => [f.value, f.sector, f.rating])).toEqual([
      [41, 'agriculture', 'good'],
      [78, 'agriculture', 'fair'],
      [18, 'agriculture', 'weak'],
    ]);
  });
});

describe('a terse list of sectors', () => {
  it('"HTX nông nghiệp 248; công nghiệp - tiểu thủ công nghiệp 51; xây dựng 12": a sector alone goes on the list its labelled item began', () => {
    const fs = facts('Cơ cấu HTX theo ngành nghề: HTX nông nghiệp 248; công nghiệp - tiểu thủ công nghiệp 51; xây dựng 12; Quỹ TDND 27. Các HTX đã thu hút 168.350 thành viên.', 'Liên minh HTX tỉnh Hưng Yên tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.value, f.sector])).toEqual([
      [248, 'agriculture'],
      [51, 'industry_handicraft'],
      [12, 'construction'],
      [27, 'credit'],
    ]);
  });
});

describe('terse plans and incomes', () => {
  it('"(KH năm 2019: TL mới 35 HTX)" states the year\'s plan; "TN của TV bình quân" is the members\' income', () => {
    const fs = facts('6 tháng đầu năm, toàn tỉnh TL mới 19 HTX, đạt 54,3% KH năm (KH năm 2019: TL mới 35 HTX). HTX Đồng Cương có 125 TV; TN của TV bình quân 5,5 tr.đ/người/tháng.', 'LMHTX tỉnh Vĩnh Phúc sơ kết 6 tháng đầu năm 2019');
    expect(fs.map((f) => [f.metric, f.value, f.status, f.period?.end ?? null])).toEqual([
      ['count', 19, 'actual', '2019-06-30'],
      ['plan_achievement', 54.3, 'actual', '2019-06-30'],
      ['count', 35, 'target', '2019-12-31'],
      ['members', 125, 'actual', null],
      ['income', 5500000, 'actual', '2019-06-30'],
    ]);
  });
});

describe('the most cooperatives of a crop, and courses for several kinds of people', () => {
  it('"có nhiều HTX cà phê nhất tỉnh với 14 HTX" counts coffee cooperatives; "cho cán bộ, thành viên các HTX cà phê" courses farming ones', () => {
    const fs = facts('Huyện Chư Prông là địa phương có nhiều HTX cà phê nhất tỉnh với 14 HTX. Năm 2023, Liên minh HTX tỉnh đã tổ chức 6 lớp tập huấn cho cán bộ, thành viên các HTX cà phê, hồ tiêu với 420 lượt người tham gia.', 'Liên minh HTX tỉnh Gia Lai tổng kết năm 2023');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.sector])).toEqual([
      ['cooperative', 'count', 14, 'agriculture'],
      ['training_course', 'count', 6, 'agriculture'],
      ['training_course', 'participants', 420, 'agriculture'],
    ]);
  });
});

describe('a cooperative\'s raw-material area', () => {
  it('"quản lý vùng nguyên liệu 65 ha chè" is its land; "mở rộng vùng nguyên liệu lên 650 ha" a stock it aims at', () => {
    const fs = facts('HTX Chè Mỹ Bằng hiện quản lý vùng nguyên liệu 65 ha chè. Năm 2023, HTX kết nạp thêm 12 thành viên, phấn đấu mở rộng vùng nguyên liệu lên 80 ha.', 'Liên minh HTX tỉnh Tuyên Quang tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => [f.value, f.scope, f.status, f.place?.level ?? null])).toEqual([
      [65, 'existing', 'actual', 'cooperative'],
      [80, 'existing', 'target', 'cooperative'],
    ]);
  });
});

describe('a bare singular "của HTX" after a named cooperative', () => {
  it('is that cooperative, and its members who link up with a company are members all the same', () => {
    const fs = facts('Tại huyện Định Quán, HTX Chăn nuôi gà Phú Túc An với 28 hộ thành viên liên kết với một công ty thức ăn chăn nuôi. Doanh thu 6 tháng đầu năm 2023 của HTX ước đạt 14 tỷ đồng.', 'Đồng Nai: HTX nông nghiệp 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['members', 28, 'cooperative'],
      ['revenue', 14000000000, 'cooperative'],
    ]);
  });
});

describe('a past date inside a paragraph that opens on the present month', () => {
  it('"Những ngày cuối tháng 12 … HTX được thành lập ngày 15/3/2012 với 9 thành viên" reports the founding, no plan', () => {
    const fs = facts('Những ngày cuối tháng 12, khu nhà sơ chế của HTX Cam Bắc Phong lúc nào cũng tấp nập. Giám đốc HTX cho biết: HTX được thành lập ngày 15/3/2012 với 9 thành viên.', 'Hòa Bình: HTX Cam Bắc Phong 11 tháng năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.status])).toEqual([['members', 9, 'actual']]);
  });
});

describe('a headline about one kind of cooperative, wherever it names them', () => {
  it('"Phát huy vai trò HTX khai thác thủy sản …" makes figures that name no sector farming ones', () => {
    const fs = facts('Năm 2023, các HTX trên địa bàn thu hút 642 thành viên, lợi nhuận đạt 2,9 tỷ đồng.', 'Phát huy vai trò HTX khai thác thủy sản trong tổ chức sản xuất trên biển');
    expect(fs.map((f) => [f.metric, f.sector])).toEqual([
      ['members', 'agriculture'],
      ['profit', 'agriculture'],
    ]);
  });
});

describe('the income of members that rose', () => {
  it('"thu nhập bình quân của thành viên HTX tăng 1,5 lần" is a change of their income, not of the count', () => {
    const fs = facts('Tỉnh phấn đấu đến năm 2025 có 240 HTX nông nghiệp; thu nhập bình quân của thành viên HTX tăng 1,5 lần so với năm 2020.', 'Liên minh HTX tỉnh Đồng Nai tổng kết năm 2023');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.metric, f.refMetric, f.unit, f.value, f.statistic])).toEqual([['income', 'income', 'times', 1.5, 'average']]);
  });
});

describe('who the people on courses are', () => {
  it('names their sector ("cho 826 lượt cán bộ … HTX nông nghiệp", "cho 248 lượt cán bộ QTDND"), not when cooperatives and funds are both named', () => {
    const fs = facts('Năm 2023, Liên minh HTX tỉnh đã mở 14 lớp tập huấn cho 826 lượt cán bộ quản lý, kế toán HTX nông nghiệp. Liên minh phối hợp tổ chức 3 lớp bồi dưỡng cho 248 lượt cán bộ QTDND. Liên minh mở 5 lớp cho 300 lượt cán bộ quản lý, thành viên HTX và Quỹ TDND.', 'Liên minh HTX tỉnh Gia Lai tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'participants').map((f) => [f.value, f.sector])).toEqual([
      [826, 'agriculture'],
      [248, 'credit'],
      [300, null],
    ]);
  });
});

describe('what the members of groups earn', () => {
  it('a named group\'s figures stay the group\'s, and "thu nhập bình quân của tổ viên" is a group figure', () => {
    const fs = facts('Tổ hợp tác đan đát lục bình Phú Tâm hiện có 34 tổ viên. Thu nhập bình quân của tổ viên từ 2,5 - 3 triệu đồng/người/tháng.\n\nCác THT hoạt động ổn định; bình quân mỗi hộ tổ viên có thu nhập từ 40 - 50 triệu đồng/năm.', 'Sóc Trăng: tổ hợp tác của phụ nữ Khmer năm 2023');
    expect(fs.map((f) => [f.entity, f.metric, f.value])).toEqual([
      ['cooperative_group', 'members', 34],
      ['cooperative_group', 'income', 2500000],
      ['cooperative_group', 'income', 40000000],
    ]);
  });
});

describe('members after a part named with "trong đó"', () => {
  it('are the whole\'s when more of the whole\'s figures follow, the part\'s when the sentence ends on them', () => {
    const fs = facts('Đến ngày 30/6/2023, tỉnh có 226 HTX, trong đó 168 HTX nông nghiệp, với 24.615 thành viên, vốn điều lệ 312 tỷ đồng.\n\nHiện toàn huyện có 14 HTX, trong đó có 9 HTX quế, với hơn 1.100 thành viên.', 'Liên minh HTX tỉnh Vĩnh Long 6 tháng đầu năm 2023');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.value, f.sector])).toEqual([
      [24615, null],
      [1100, 'agriculture'],
    ]);
  });
});

describe('"tổ viên" before the figure', () => {
  it('gives the members of groups, in a paragraph that counted cooperatives too', () => {
    const fs = facts('Cuối năm 2023, toàn tỉnh có 125 HTX và 1.250 THT, tổ viên THT 19.402 người. Các HTX thu hút 6.000 thành viên.\n\nTỉnh có 140 HTX đang hoạt động. Tổng số tổ viên 41.260 người.', 'Liên minh HTX tỉnh Đồng Tháp tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value])).toEqual([
      ['cooperative_group', 19402],
      ['cooperative', 6000],
      ['cooperative_group', 41260],
    ]);
  });
});

describe('a sector label before a count of groups', () => {
  it('"lĩnh vực nông nghiệp còn có 2.416 tổ hợp tác với 31.200 tổ viên" gives the farming groups and their members', () => {
    const fs = facts('Toàn tỉnh có 860 HTX. Bên cạnh HTX, lĩnh vực nông nghiệp còn có 2.416 tổ hợp tác với 31.200 tổ viên.', 'Liên minh HTX tỉnh Thanh Hóa tổng kết năm 2019');
    expect(fs.filter((f) => f.entity === 'cooperative_group').map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 2416, 'agriculture'],
      ['members', 31200, 'agriculture'],
    ]);
  });
});

describe('the one count of a clause after a semicolon', () => {
  it('owns the land and members that follow it in that clause, though the sentence lists several sectors', () => {
    const fs = facts('Hiện toàn tỉnh có 118 HTX trồng, chế biến cà phê, quản lý 15.640 ha với 5.230 thành viên; 37 HTX hoạt động trong lĩnh vực hồ tiêu với diện tích 3.215 ha, 1.412 thành viên; có 6 liên hiệp HTX với 31 HTX thành viên; giải quyết việc làm cho 24.310 lao động.', 'Liên minh HTX tỉnh Đắk Nông 4 tháng đầu năm 2025');
    expect(fs.filter((f) => f.metric !== 'count').map((f) => [f.entity, f.metric, f.value, f.sector])).toEqual([
      ['cooperative', 'land_area', 15640, 'agriculture'],
      ['cooperative', 'members', 5230, 'agriculture'],
      ['cooperative', 'land_area', 3215, 'agriculture'],
      ['cooperative', 'members', 1412, 'agriculture'],
      ['cooperative_union', 'members', 31, null],
      ['cooperative', 'workers', 24310, null],
    ]);
  });
});

describe('a paragraph that opens on the whole province under a headline about one kind', () => {
  it('keeps its later figures all-sector until it counts the headline\'s kind', () => {
    const fs = facts('Tính đến ngày 30/6/2024, toàn tỉnh có 712 HTX. Trong đó có 651 HTX đang hoạt động.\n\nToàn tỉnh có 420 HTX, trong đó 300 HTX nông nghiệp. Các HTX thu hút 21.000 thành viên.\n\nCác HTX thu hút 9.000 thành viên.', 'Lào Cai: HTX chè giữ vai trò chủ lực trong 6 tháng đầu năm 2024');
    expect(fs.filter((f) => f.value === 651 || f.metric === 'members').map((f) => [f.value, f.sector])).toEqual([
      [651, null],
      [21000, 'agriculture'],
      [9000, 'agriculture'],
    ]);
  });
});

describe('a change after a sector\'s stock and its share', () => {
  it('"… cà phê có 58 HTX, chiếm 19,6% số HTX nông nghiệp, tăng 13 HTX so với cuối năm 2020 (45 HTX)" keeps the sector', () => {
    const fs = facts('Tính đến cuối tháng 8/2023, toàn tỉnh có 371 HTX. Riêng nhóm HTX sản xuất, kinh doanh cà phê có 58 HTX, chiếm 19,6% số HTX nông nghiệp, tăng 13 HTX so với cuối năm 2020 (45 HTX).', 'Liên minh HTX tỉnh Gia Lai: 8 tháng đầu năm 2023');
    expect(fs.filter((f) => f.value === 13 || f.value === 45).map((f) => [f.scope, f.value, f.sector])).toEqual([
      ['change', 13, 'agriculture'],
      ['existing', 45, 'agriculture'],
    ]);
  });
});

describe('a breakdown by sector after a flow', () => {
  it('is of the stock when its parts are larger than the flow', () => {
    const fs = facts('Tính đến ngày 30/6/2024, toàn tỉnh có 712 HTX.\n\n6 tháng đầu năm, toàn tỉnh thành lập mới 31 HTX; giải thể 3 HTX ngừng hoạt động lâu năm. Phân theo lĩnh vực, nông, lâm nghiệp có 498 HTX; công nghiệp - TTCN 54 HTX.\n\nNăm 2024 thành lập mới 21 HTX. Phân theo lĩnh vực, có 15 HTX nông nghiệp, 4 HTX vận tải.', 'Liên minh HTX tỉnh Lào Cai sơ kết 6 tháng đầu năm 2024');
    expect(fs.filter((f) => f.sector).map((f) => [f.value, f.scope])).toEqual([
      [498, 'existing'],
      [54, 'existing'],
      [15, 'new'],
      [4, 'new'],
    ]);
  });
});

describe('a section headed by a former province', () => {
  it('speaks of it until a paragraph speaks of the whole province again', () => {
    const fs = facts('Toàn tỉnh có 1.214 HTX.\n\nKhu vực Hà Giang (cũ) chiếm gần một nửa số HTX\n\nRiêng khu vực Hà Giang (cũ) hiện có 587 HTX. Các HTX thu hút 12.930 thành viên.\n\n9 tháng năm 2025, toàn tỉnh thành lập mới 68 HTX. Số THT thành lập mới là 97 tổ.\n\nDoanh thu của khu vực HTX 9 tháng ước đạt 1.386 tỷ đồng.', 'Tuyên Quang: kinh tế tập thể 9 tháng năm 2025');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [1214, null],
      [587, 'former_province'],
      [12930, 'former_province'],
      [68, null],
      [97, null],
      [1386e9, null],
    ]);
  });
});

describe('a terse report of the kind provincial alliances send', () => {
  it('reads "HĐ", "so CK", labels of a subset, and a heading that gives its figures as estimates', () => {
    const fs = facts(
      'I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024\n\n1. Số lượng, quy mô (số liệu ước đến 30/6/2024)\n\n- Tổng số HTX: 421 HTX, tăng 9 HTX so CK; trong đó: 341 HTX nông nghiệp.\n\n- HTX đang HĐ: 356 HTX; HTX ngừng HĐ: 65 HTX.\n\n- HTX HĐ hiệu quả (xếp loại khá, tốt): 198 HTX.\n\n- HTX ứng dụng công nghệ cao: 19 HTX; HTX có sản phẩm OCOP: 46 HTX.\n\n2. Phát triển mới\n\n- TL mới 12 HTX.',
      'Quảng Ngãi: kinh tế tập thể 6 tháng đầu năm 2024',
    );
    expect(fs.map((f) => [f.value, f.scope, f.rating, f.status, f.asOf ?? f.period?.start])).toEqual([
      [421, 'existing', null, 'estimate', '2024-06-30'],
      [9, 'change', null, 'estimate', '2023-07-01'],
      [341, 'existing', null, 'estimate', '2024-06-30'],
      [356, 'existing', 'operating', 'estimate', '2024-06-30'],
      [65, 'existing', 'inactive', 'estimate', '2024-06-30'],
      [198, 'existing', 'effective', 'estimate', '2024-06-30'],
      [12, 'new', null, 'actual', '2024-01-01'],
    ]);
  });
});

describe('a bracket that opens on a time', () => {
  it('dates only what it holds: "thành lập mới 28 HTX (năm 2024: 31 HTX), giải thể 11 HTX"', () => {
    const fs = facts('6 tháng đầu năm 2025, toàn tỉnh thành lập mới 28 HTX (năm 2024: 31 HTX), giải thể 11 HTX.', 'Cao Bằng: kinh tế tập thể 6 tháng đầu năm 2025');
    expect(fs.map((f) => [f.value, f.period?.start])).toEqual([
      [28, '2025-01-01'],
      [31, '2024-01-01'],
      [11, '2025-01-01'],
    ]);
  });
});

describe('readings added on heldout29', () => {
  it('"kết nạp mới 1.000 thành viên HTX" recruits members of the cooperatives, not units of the alliance', () => {
    const fs = facts('Năm 2024, Liên minh HTX tỉnh phấn đấu kết nạp mới 1.000 thành viên HTX. Liên minh kết nạp mới 12 thành viên.', 'Liên minh HTX tỉnh Lào Cai sơ kết 6 tháng đầu năm 2024');
    expect(fs.map((f) => [f.entity, f.metric, f.value])).toEqual([
      ['cooperative', 'members', 1000],
      ['member_unit', 'count', 12],
    ]);
  });
  it('grades after "các HTX nông nghiệp được đánh giá, phân loại …:" are of farming cooperatives; "chiếm tỷ trọng lớn nhất với 70,2%" is a share', () => {
    const fs = facts('HTX nông nghiệp vẫn chiếm tỷ trọng lớn nhất với 70,2% tổng số HTX. Năm 2021, các HTX nông nghiệp được đánh giá, phân loại theo Thông tư số 09/2017/TT-BNNPTNT: loại tốt 38 HTX (chiếm 16,8%), loại khá 79 HTX, yếu 29 HTX.', 'Liên minh HTX tỉnh Sóc Trăng tổng kết năm 2021');
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.rating])).toEqual([
      ['share', 70.2, 'agriculture', null],
      ['count', 38, 'agriculture', 'good'],
      ['share', 16.8, 'agriculture', 'good'],
      ['count', 79, 'agriculture', 'fair'],
      ['count', 29, 'agriculture', 'weak'],
    ]);
  });
});

describe('lists of a flow', () => {
  it('"thành lập mới 78 HTX, đạt 111,4% KH năm; 214 THT, đạt 107% KH": the bare next item shares the verb', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 78 HTX, đạt 111,4% KH năm; 214 THT, đạt 107% KH; giải thể 37 HTX.', 'Liên minh HTX tỉnh Thanh Hóa tổng kết năm 2023');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value])).toEqual([
      ['cooperative', 'count', 'new', 78],
      ['cooperative', 'plan_achievement', 'new', 111.4],
      ['cooperative_group', 'count', 'new', 214],
      ['cooperative_group', 'plan_achievement', 'new', 107],
      ['cooperative', 'count', 'dissolved', 37],
    ]);
  });
  it('"… nông nghiệp (61 HTX), còn lại là thương mại, dịch vụ (11 HTX) và tiểu thủ công nghiệp (6 HTX)": each item names its sector', () => {
    const fs = facts('Năm 2023 thành lập mới 78 HTX. Các HTX thành lập mới chủ yếu thuộc lĩnh vực nông nghiệp (61 HTX), còn lại là thương mại, dịch vụ (11 HTX) và tiểu thủ công nghiệp (6 HTX).', 'Liên minh HTX tỉnh Thanh Hóa tổng kết năm 2023');
    expect(fs.filter((f) => f.value !== 78).map((f) => [f.value, f.sector])).toEqual([
      [61, 'agriculture'],
      [11, 'trade_services'],
      [6, 'industry_handicraft'],
    ]);
  });
});

describe('a list of places in a terse report', () => {
  it('"Theo địa bàn: huyện Mộ Đức TL mới 3 HTX; huyện Tư Nghĩa 2 HTX; các địa phương khác 5 HTX": places share the flow, the rest is no fact; "hỗ trợ TL mới" helps found', () => {
    const fs = facts('- TL mới 12 HTX; LĐ làm việc trong HTX: 7.920 người.\n\n- Theo địa bàn: huyện Mộ Đức TL mới 3 HTX; huyện Tư Nghĩa 2 HTX; các địa phương khác 5 HTX.\n\n- Tư vấn, hỗ trợ TL mới 7 HTX.', 'Quảng Ngãi: kinh tế tập thể 6 tháng đầu năm 2024');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.place?.name ?? null])).toEqual([
      ['count', 'new', 12, null],
      ['workers', 'existing', 7920, null],
      ['count', 'new', 3, 'huyện Mộ Đức'],
      ['count', 'new', 2, 'huyện Tư Nghĩa'],
    ]);
  });
});

describe('crops that name farming', () => {
  it('"lĩnh vực trồng nho, táo có 19 HTX" is farming, and "2 sản phẩm nho ăn tươi" names no sector of products', () => {
    const fs = facts('Hiện lĩnh vực trồng nho, táo có 19 HTX. Toàn tỉnh có 2 sản phẩm nho ăn tươi đạt chuẩn OCOP 3 sao.', 'Liên minh HTX tỉnh Ninh Thuận 6 tháng đầu năm 2022');
    expect(fs.map((f) => [f.entity, f.value, f.sector])).toEqual([
      ['cooperative', 19, 'agriculture'],
      ['ocop_product', 2, null],
    ]);
  });
});

describe('an aside on how the subject came to be', () => {
  it('"HTX …, thành viên mới kết nạp tháng 3/2019, có 76 thành viên và 95 ha chanh" gives stocks now, unlike "thành lập tháng 3/2019 với 9 thành viên"', () => {
    const fs = facts('Đến hết tháng 10/2019, Liên hiệp có 9 HTX thành viên. HTX Chanh không hạt Tân Lợi, thành viên mới kết nạp tháng 3/2019, có 76 thành viên và 95 ha chanh. HTX Tân Phú thành lập tháng 3/2019 với 9 thành viên.', 'Liên hiệp HTX tỉnh: 10 tháng năm 2019');
    expect(fs.filter((f) => f.place).map((f) => [f.metric, f.scope, f.value, f.asOf ?? f.period?.start])).toEqual([
      ['members', 'existing', 76, '2019-10-31'],
      ['land_area', 'existing', 95, '2019-10-31'],
      ['members', 'new', 9, '2019-03-01'],
    ]);
  });
});

describe('a bare rise after a figure', () => {
  it('is a change when the paragraph has just named what it compares with, and no change otherwise', () => {
    const fs = facts('Toàn tỉnh có 1.214 HTX, tăng 6,8% so với cùng kỳ năm 2024. Trong đó, 1.032 HTX đang hoạt động, tăng 5,1%.\n\nHTX Tân Phú có 52 thành viên, tăng 10%.', 'Tuyên Quang: 9 tháng năm 2025');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.value, f.rating])).toEqual([
      [6.8, null],
      [5.1, 'operating'],
    ]);
  });
});

describe('groups in several fields', () => {
  it('"41 THT hoạt động trong các lĩnh vực tiểu thủ công nghiệp, xây dựng, dịch vụ" are non-farming groups', () => {
    const fs = facts('Toàn tỉnh có 560 THT, trong đó 519 THT nông nghiệp; 41 THT hoạt động trong các lĩnh vực tiểu thủ công nghiệp, xây dựng, dịch vụ.', 'Cao Bằng: tổ hợp tác 9 tháng năm 2018');
    expect(fs.map((f) => [f.value, f.sector])).toEqual([
      [560, null],
      [519, 'agriculture'],
      [41, 'non_agriculture'],
    ]);
  });
});

describe('the people of courses by role', () => {
  it('"cho 230 tổ trưởng, tổ phó THT" are participants; the roles after "trong đó" of those counted are parts, a part of the courses stays', () => {
    const fs = facts('9 tháng qua, Liên minh HTX tỉnh tổ chức 4 lớp tập huấn cho 230 tổ trưởng, tổ phó THT. Lớp bồi dưỡng có 62 học viên, trong đó có 17 kế toán HTX; 13 tổ trưởng tổ hợp tác. Liên minh tổ chức 11 lớp cho 780 lượt người, trong đó 7 lớp tại các xã thuộc tỉnh Bắc Kạn (cũ) với 512 lượt người tham dự.', 'Cao Bằng: tổ hợp tác 9 tháng đầu năm 2018');
    expect(fs.filter((f) => f.metric === 'participants').map((f) => [f.value, f.period?.start, f.period?.end])).toEqual([
      [230, '2018-01-01', '2018-09-30'],
      [62, '2018-01-01', '2018-09-30'],
      [780, '2018-01-01', '2018-09-30'],
      [512, '2018-01-01', '2018-09-30'],
    ]);
  });
});

describe('an unnamed "huyện"', () => {
  it('is the district the paragraph has just spoken of ("… tổng doanh thu của các HTX trên địa bàn huyện đạt …")', () => {
    const fs = facts('Toàn tỉnh có 150 HTX. Ninh Phước là địa phương có nhiều HTX nhất. Huyện Ninh Phước hiện có 31 HTX. Năm 2021, tổng doanh thu của các HTX trên địa bàn huyện đạt khoảng 52 tỷ đồng.\n\nĐến nay toàn tỉnh có 182 HTX. Tuy nhiên, các HTX trên địa bàn huyện còn thiếu vốn, vốn điều lệ bình quân chỉ khoảng 1,6 tỷ đồng/HTX.', 'Ninh Thuận: HTX muối và nho, táo năm 2022');
    expect(fs.map((f) => [f.value, f.place?.name.toLowerCase() ?? null])).toEqual([
      [150, null],
      [31, 'huyện ninh phước'],
      [52e9, 'huyện ninh phước'],
      [182, null],
      [1.6e9, 'huyện ninh phước'],
    ]);
  });
});

describe('the one count of a sentence, labelled by its sector', () => {
  it('owns the amounts after it: "Khối HTX nuôi tôm, thủy sản có 412 HTX, tổng diện tích mặt nước trên 38.600 ha"', () => {
    const fs = facts('Toàn tỉnh có 1.080 HTX. Khối HTX nuôi tôm, thủy sản có 412 HTX, tổng diện tích mặt nước trên 38.600 ha.', 'Cà Mau: kinh tế tập thể năm 2025');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => [f.value, f.sector])).toEqual([[38600, 'agriculture']]);
  });
});

describe('members per cooperative', () => {
  it('are an average, whatever stands between "mỗi HTX" and the figure', () => {
    const fs = facts('Toàn tỉnh có 126 HTX nông nghiệp với 43.580 ha; bình quân mỗi HTX có 346 ha và 89 thành viên. Năm 2023 thành lập mới 30 HTX. Bình quân mỗi HTX thành lập mới có 23 thành viên. Bình quân mỗi HTX nông nghiệp có từ 100 đến 150 thành viên. Mỗi HTX đều có kế toán.', 'Liên minh HTX tỉnh An Giang tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.scope, f.statistic, f.value, f.valueMax])).toEqual([
      ['existing', 'average', 89, null],
      ['new', 'average', 23, null],
      ['existing', 'average', 100, 150],
    ]);
  });
});

describe('a bare rise in people after a figure', () => {
  it('is a change when the sentence has just named what it compares with, and no fact when nothing is compared', () => {
    const fs = facts('Đến cuối năm 2015, toàn tỉnh có 126 HTX, tăng 38 HTX so với năm 2010 (88 HTX); tổng số xã viên 41.350 người, tăng 9.870 người.\n\nHTX Tân Phú có 52 thành viên, tăng 10 người.', 'Tiền Giang: đại hội Liên minh HTX nhiệm kỳ 2015-2020');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.scope, f.value])).toEqual([
      ['existing', 41350],
      ['change', 9870],
      ['existing', 52],
    ]);
  });
});

describe('a metric that rose in a paragraph that compared', () => {
  it('"Thu nhập bình quân của người lao động tăng 8,5%, tương đương khoảng 5,1 triệu đồng/người/tháng": the rise, then the level reached', () => {
    const fs = facts('Năm 2024, doanh thu bình quân của HTX tăng 10,9% so với năm 2023. Thu nhập bình quân của người lao động tăng 8,5%, tương đương khoảng 5,1 triệu đồng/người/tháng.', 'Vĩnh Long: tổng kết năm 2024');
    expect(fs.map((f) => [f.metric, f.scope, f.unit, f.value, f.statistic])).toEqual([
      ['revenue', 'change', 'percent', 10.9, 'average'],
      ['income', 'change', 'percent', 8.5, 'average'],
      ['income', 'existing', 'VND', 5.1e6, 'average'],
    ]);
  });
});

describe('the land of a place', () => {
  it('is not the cooperatives\' ("cả tỉnh hiện có khoảng 33.000 ha thanh long", "… thế mạnh của các huyện …, với tổng diện tích trên 20.000 ha")', () => {
    const fs = facts('Toàn tỉnh có 31 HTX thanh long (cả tỉnh hiện có khoảng 33.000 ha thanh long). Cây dừa là thế mạnh của các huyện Càng Long, Tiểu Cần với tổng diện tích trên 20.000 ha. Các HTX dừa đang quản lý 1.180 ha dừa của thành viên.', 'Trà Vinh: HTX dừa năm 2016');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => f.value)).toEqual([1180]);
  });
});

describe('certified land named after the figure', () => {
  it('is a part of all the cooperatives\' land, and all of one named cooperative\'s', () => {
    const fs = facts('Tổng diện tích canh tác của các HTX cà phê, hồ tiêu khoảng 10.735 ha; 640 ha hồ tiêu đạt chứng nhận hữu cơ. HTX Tân Phú quản lý 1.240 ha tôm - rừng đạt chứng nhận hữu cơ.', 'Đắk Nông: HTX cà phê, hồ tiêu năm 2021');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [10735, null],
      [1240, 'cooperative'],
    ]);
  });
});

describe('targets for the share of effective cooperatives', () => {
  it('"từ 60% số HTX hoạt động hiệu quả trở lên" is at least 60% of one class; "… 200 HTX nông nghiệp, trong đó ít nhất 70% hoạt động hiệu quả" a share of those', () => {
    const fs = facts('Phấn đấu có từ 60% số HTX hoạt động hiệu quả trở lên. Năm 2024, tỉnh phấn đấu có 200 HTX nông nghiệp, trong đó ít nhất 70% hoạt động hiệu quả. Phấn đấu 65% số HTX xếp loại khá trở lên.', 'Liên minh HTX tỉnh tổng kết năm 2023');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.value, f.rating, f.sector, f.status])).toEqual([
      [60, 'effective', null, 'target'],
      [70, 'effective', 'agriculture', 'target'],
    ]);
  });
});

describe('table columns that are no figure of the cooperatives', () => {
  it('"Tăng/giảm … so với năm 2020 (%)" is not the revenue, "Tỷ lệ người Khmer trong dân số (%)" not their share', () => {
    const fs = facts('Năm 2021, khu vực HTX tiếp tục phát triển.\n\n<table><tr><th>Lĩnh vực</th><th>Số HTX</th><th>Doanh thu năm 2021 (tỷ đồng)</th><th>Tăng/giảm doanh thu so với năm 2020 (%)</th></tr><tr><td>Nông nghiệp</td><td>1.329</td><td>1.742</td><td>+6,2</td></tr></table>\n\n<table><tr><th>Địa phương</th><th>Số HTX</th><th>Tỷ lệ người Khmer trong dân số (%)</th></tr><tr><td>Huyện Trà Cú</td><td>31</td><td>64,2</td></tr></table>', 'Hà Nội: kinh tế tập thể năm 2021');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['count', 1329],
      ['revenue', 1742e9],
      ['count', 31],
    ]);
  });
});

describe('a group of districts', () => {
  it('"Tại 9 huyện miền núi của tỉnh hiện có 156 HTX, chiếm 23,7% tổng số HTX toàn tỉnh, với 14.320 thành viên" are the group\'s figures', () => {
    const fs = facts('Toàn tỉnh có 658 HTX.\n\nTại 9 huyện miền núi của tỉnh hiện có 156 HTX, chiếm 23,7% tổng số HTX toàn tỉnh, với 14.320 thành viên.', 'Quảng Nam: 6 tháng đầu năm 2022');
    expect(fs.map((f) => [f.value, f.place?.name ?? null])).toEqual([
      [658, null],
      [156, '9 huyện miền núi'],
      [23.7, '9 huyện miền núi'],
      [14320, '9 huyện miền núi'],
    ]);
  });
});

describe('a paragraph whose first figure is a former province\'s', () => {
  it('speaks of it ("Hiện khu vực này có 655 HTX … Doanh thu bình quân … ước đạt 1,48 tỷ đồng/HTX")', () => {
    const fs = facts('Đến hết tháng 10/2025, toàn tỉnh có 2.148 HTX. Trong đó, khu vực tỉnh Hòa Bình (cũ) có 742 HTX.\n\nHiện khu vực này có 655 HTX đang hoạt động. Doanh thu bình quân ước đạt 1,48 tỷ đồng/HTX.\n\nToàn tỉnh Phú Thọ có 1.067 sản phẩm OCOP.', 'Phú Thọ: HTX vùng Hòa Bình (cũ) 10 tháng năm 2025');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [2148, null],
      [742, 'former_province'],
      [655, 'former_province'],
      [1.48e9, 'former_province'],
      [1067, null],
    ]);
  });
});

describe('a named region and a board', () => {
  it('"Riêng vùng Đồng Tháp Mười có 38 HTX" is the region\'s; "Hội đồng quản trị nhiệm kỳ 2016 – 2021 gồm 5 thành viên" no members of cooperatives', () => {
    const fs = facts('Đến cuối tháng 8/2016, toàn tỉnh có 81 HTX. Riêng vùng Đồng Tháp Mười có 38 HTX nông nghiệp. Các HTX tập trung ở vùng Đồng Tháp Mười, nhiều nhất là các huyện Tân Hưng (14 HTX).\n\nĐại hội đã bầu Hội đồng quản trị nhiệm kỳ 2016 – 2021 gồm 5 thành viên.', 'Long An: đại hội Liên hiệp HTX năm 2016');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [81, null],
      [38, 'other'],
      [14, 'district'],
    ]);
  });
});

describe('the place a sentence opened on', () => {
  it('goes on over a semicolon to "của các HTX", and "trên địa bàn thành phố" is the town just named', () => {
    const fs = facts('Toàn tỉnh có 300 HTX. Tại huyện đảo Kiên Hải, hiện có 5 HTX với 212 thành viên, hoạt động nuôi trồng hải sản; doanh thu năm 2024 của các HTX ước đạt 19 tỷ đồng.\n\nTại thành phố Dĩ An, đến nay có 21 HTX. Doanh thu của các HTX trên địa bàn thành phố ước đạt 186 tỷ đồng.', 'Kiên Giang: tổng kết năm 2024');
    expect(fs.filter((f) => f.metric === 'revenue').map((f) => [f.value, f.place?.name ?? null])).toEqual([
      [19e9, 'huyện đảo Kiên Hải'],
      [186e9, 'thành phố Dĩ An'],
    ]);
  });
});

describe('a flow again over another period, and a rise after an amount that is no fact', () => {
  it('"Năm 2023, doanh thu của HTX đạt 12,5 tỷ đồng; 9 tháng năm 2024 ước đạt 10,8 tỷ đồng, tăng 15%"; "tổng dư nợ cho vay 2.965 tỷ đồng, tăng 6,8%" changes no fact', () => {
    const fs = facts('HTX Tân Châu có 36 thành viên. Năm 2023, doanh thu của HTX đạt 12,5 tỷ đồng; 9 tháng năm 2024 ước đạt 10,8 tỷ đồng, tăng 15% so với cùng kỳ.\n\nTổng nguồn vốn hoạt động của các quỹ đạt 3.418 tỷ đồng, tăng 5,2% so với đầu năm; tổng dư nợ cho vay 2.965 tỷ đồng, tăng 6,8% so với cùng kỳ.', 'Hưng Yên: HTX 9 tháng năm 2024');
    expect(fs.filter((f) => f.unit !== 'person').map((f) => [f.metric, f.scope, f.status, f.value])).toEqual([
      ['revenue', 'existing', 'actual', 12.5e9],
      ['revenue', 'existing', 'estimate', 10.8e9],
      ['revenue', 'change', 'estimate', 15],
      ['operating_capital', 'existing', 'actual', 3418e9],
      ['operating_capital', 'change', 'actual', 5.2],
    ]);
  });
});

describe('a cause after a change', () => {
  it('"số THT giảm 56 tổ do nhiều THT đã chuyển đổi lên HTX" is a change of all groups, not of a subset', () => {
    const fs = facts('Toàn tỉnh có 2.318 tổ hợp tác (THT). So với cuối năm 2024, số THT giảm 56 tổ do nhiều THT đã chuyển đổi lên HTX. Có 41 THT đã chuyển đổi lên HTX.', 'Thái Nguyên: tổng kết năm 2025');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([
      ['existing', 2318],
      ['change', -56],
    ]);
  });
});

describe('the same share of a place', () => {
  it('"Tỷ lệ này ở khu vực Thái Nguyên (cũ) là 78,1%, ở khu vực Bắc Kạn (cũ) là 58,9%" gives each former province its share', () => {
    const fs = facts('Năm 2025 có 812 HTX hoạt động hiệu quả, chiếm 72,4% số HTX đang hoạt động. Tỷ lệ này ở khu vực Thái Nguyên (cũ) là 78,1%, ở khu vực Bắc Kạn (cũ) là 58,9%.', 'Thái Nguyên: tổng kết năm 2025');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.value, f.rating, f.place?.name ?? null])).toEqual([
      [72.4, 'effective', null],
      [78.1, 'effective', 'khu vực Thái Nguyên (cũ)'],
      [58.9, 'effective', 'khu vực Bắc Kạn (cũ)'],
    ]);
  });
});

describe('people\'s credit funds named QTDND', () => {
  it('"12 HTX còn lại là quỹ tín dụng nhân dân", "vốn hoạt động của các QTDND", "cho 310 cán bộ quản lý, kiểm soát của các QTDND" are the credit sector\'s', () => {
    const fs = facts('Toàn tỉnh có 150 HTX, trong đó 138 HTX nông nghiệp, 12 HTX còn lại là quỹ tín dụng nhân dân. Tổng nguồn vốn hoạt động của các QTDND đạt trên 3.600 tỷ đồng. Liên minh mở 4 lớp bồi dưỡng cho 310 cán bộ quản lý, kiểm soát của các QTDND.');
    expect(fs.filter((f) => f.sector === 'credit').map((f) => [f.metric, f.value])).toEqual([
      ['count', 12],
      ['operating_capital', 3600e9],
      ['count', 4],
      ['participants', 310],
    ]);
  });
});

describe('a field named after a pair of counts', () => {
  it('"86 HTX và 57 tổ hợp tác hoạt động trong lĩnh vực sản xuất, tiêu thụ vải thiều" names both, and the land and members of "các HTX này"', () => {
    const fs = facts('Tính đến ngày 15/6/2022, toàn tỉnh có 86 HTX và 57 tổ hợp tác hoạt động trong lĩnh vực sản xuất, tiêu thụ vải thiều. Các HTX này quản lý khoảng 9.800 ha vải, thu hút gần 3.900 thành viên.', 'Bắc Giang: HTX vải thiều năm 2022');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 86, 'agriculture'],
      ['count', 57, 'agriculture'],
      ['land_area', 9800, 'agriculture'],
      ['members', 3900, 'agriculture'],
    ]);
  });
});

describe('a flow again, in brackets or for the whole year', () => {
  it('"… ước đạt 195 triệu đồng/HTX/năm, tăng 1,5 lần so với năm 2019 (năm 2019 đạt 130 triệu đồng/HTX)", "…; ước cả năm 2024 đạt xấp xỉ 900 tỷ đồng", "doanh thu dịch vụ" is revenue', () => {
    const fs = facts('Lợi nhuận bình quân ước đạt 195 triệu đồng/HTX/năm, tăng 1,5 lần so với năm 2019 (năm 2019 đạt 130 triệu đồng/HTX).\n\nTổng doanh thu của khu vực HTX 10 tháng đạt khoảng 650 tỷ đồng; ước cả năm 2020 đạt xấp xỉ 900 tỷ đồng. Doanh thu dịch vụ của HTX Tân Phú đạt 4,6 tỷ đồng.', 'Liên minh HTX tỉnh Thái Nguyên 10 tháng năm 2020');
    expect(fs.filter((f) => f.unit === 'VND').map((f) => [f.metric, f.status, f.value, f.period?.start, f.period?.end])).toEqual([
      ['profit', 'estimate', 195e6, '2020-01-01', '2020-12-31'],
      ['profit', 'actual', 130e6, '2019-01-01', '2019-12-31'],
      ['revenue', 'actual', 650e9, '2020-01-01', '2020-10-31'],
      ['revenue', 'estimate', 900e9, '2020-01-01', '2020-12-31'],
      ['revenue', 'actual', 4.6e9, '2020-01-01', '2020-10-31'],
    ]);
  });
});

describe('what people earn after a named cooperative', () => {
  it('is that cooperative\'s, not the commune\'s an earlier sentence named', () => {
    const fs = facts('Toàn tỉnh có 486 HTX.\n\nỞ làng đúc đồng Đại Bái, xã Đại Bái hiện có 4 HTX với hơn 300 hộ thành viên. Trong đó, HTX Đúc đồng Thịnh Hưng có 35 thành viên, thu hút 120 lao động. Thu nhập bình quân của người lao động đạt 6,5 triệu đồng/người/tháng.', 'Bắc Ninh: HTX làng nghề năm 2017');
    expect(fs.filter((f) => f.metric === 'income').map((f) => [f.value, f.place?.level, f.place?.name])).toEqual([[6.5e6, 'cooperative', 'HTX Đúc đồng Thịnh Hưng']]);
  });
});

describe('figures of one unnamed unit or of members of one people', () => {
  it('"quỹ ít nhất chỉ có 412 thành viên" and "thu nhập … của thành viên HTX là đồng bào Khmer tăng 1,5 lần" are no facts', () => {
    const fs = facts('Toàn tỉnh có 12 quỹ tín dụng nhân dân với 48.000 thành viên; quỹ ít nhất chỉ có 412 thành viên. Phấn đấu đến năm 2025, thu nhập bình quân của thành viên HTX là đồng bào Khmer tăng 1,5 lần so với năm 2020.', 'Trà Vinh: HTX vùng đồng bào Khmer năm 2023');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['count', 12],
      ['members', 48000],
    ]);
  });
});

describe('the land of a cooperative founded in the period', () => {
  it('is what it farms now unless the founding gives it ("với …"); "Đầu tư 1 ha" is a unit', () => {
    const fs = facts('HTX Dịch vụ tổng hợp Mỹ Thành mới thành lập tháng 5/2018 nhưng đã sản xuất rau an toàn trên diện tích 12 ha. “Đầu tư 1 ha nhà màng tốn khoảng 1,5 tỷ đồng”, ông Giám đốc HTX cho biết.', 'Nghệ An: HTX năm 2018');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => [f.value, f.scope, f.asOf ?? f.period?.start])).toEqual([[12, 'existing', '2018-12-31']]);
  });
});

describe('a terse bulleted report', () => {
  it('gives each bullet no subject, entity or sector from the bullets above; "Ước kết quả" heads estimates', () => {
    const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    const html = `<html><head><title>Sơ kết 6 tháng đầu năm 2022</title></head><body><article><h1>Sơ kết 6 tháng đầu năm 2022</h1><p>1. Tình hình chung</p>${list(['- Liên hiệp HTX: 02 LH.', '- LĐ thường xuyên: 3.912 LĐ.', '- Số THT: 1.146 THT.', '- TV mới kết nạp: 1.240 TV.'])}<p>3. Ước kết quả SXKD 6 tháng đầu năm</p>${list(['- QTDND: lợi nhuận bình quân 1,15 tỷ đồng/quỹ.', '- Thu nhập bình quân TV, LĐ: 4,2 triệu đồng/người/tháng.'])}</article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.quangngai.gov.vn/tin/1' }).facts;
    expect(fs.filter((f) => f.value === 3912 || f.value === 1240 || f.value === 4.2e6).map((f) => [f.value, f.entity, f.sector, f.status])).toEqual([
      [3912, 'cooperative', null, 'actual'],
      [1240, 'cooperative', null, 'actual'],
      [4.2e6, 'cooperative', null, 'estimate'],
    ]);
  });
});


describe('an article whose headline names a former province', () => {
  it('gives that province as the place of figures that name none, through its sections, until a paragraph speaks of the whole new province', () => {
    const fs = facts(
      'Đến ngày 30/9/2025, khu vực tỉnh Ninh Thuận (cũ) có 140 HTX.\n\nNghề muối\n\nHiện có 12 HTX làm muối với 820 thành viên; doanh thu 9 tháng của các HTX này ước đạt 96 tỷ đồng.\n\nTính chung toàn tỉnh Khánh Hòa sau hợp nhất, đến ngày 30/9/2025 có 690 HTX.',
      'Khu vực Ninh Thuận (cũ): HTX muối, nho giữ nhịp sản xuất 9 tháng năm 2025',
    );
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.period?.start ?? null])).toEqual([
      [140, 'former_province', null],
      [12, 'former_province', null],
      [820, 'former_province', null],
      [96e9, 'former_province', '2025-01-01'],
      [690, null, null],
    ]);
  });
});

describe('readings added on heldout31 and heldout32', () => {
  it('a heading on the reported year after a plan section returns to results', () => {
    const fs = facts('Nhiệm vụ năm 2024\n\nNăm 2024, Liên minh HTX tỉnh đặt mục tiêu hỗ trợ thành lập mới 55 HTX.\n\nMột số chỉ tiêu chủ yếu năm 2023:\n\nThành lập mới: 68 HTX; tổng số HTX đến 31/12/2023: 594 HTX.');
    expect(fs.map((f) => [f.value, f.status])).toEqual([
      [55, 'target'],
      [68, 'actual'],
      [594, 'actual'],
    ]);
  });

  it('an area the text named after a former province is that province when named again alone', () => {
    const fs = facts('Toàn tỉnh có 900 HTX; trong đó khu vực phía Nam (tỉnh Bạc Liêu cũ) có 310 HTX. Riêng khu vực phía Nam, các HTX có khoảng 21.000 thành viên. Trong năm, khu vực phía Nam thành lập mới 12 HTX.', 'Cà Mau: kinh tế tập thể năm 2025');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [900, null],
      [310, 'former_province'],
      [21000, 'former_province'],
      [12, 'former_province'],
    ]);
  });

  it('a table column of one class of the cooperatives counted ("HTX đang hoạt động") carries that class', () => {
    const title = 'Quý I/2026: kinh tế tập thể sau hợp nhất';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Số liệu theo địa bàn tỉnh cũ (đến 31/3/2026):</p>
      <table><tr><th>Địa bàn</th><th>Số HTX</th><th>HTX đang hoạt động</th></tr>
      <tr><td>Sóc Trăng (cũ)</td><td>240</td><td>201</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lienminhhtx.cantho.gov.vn/tin/2' }).facts;
    expect(fs.map((f) => [f.value, f.rating, f.place?.level ?? null])).toEqual([
      [240, null, 'former_province'],
      [201, 'operating', 'former_province'],
    ]);
  });

  it('a sentence that opens on one sector ("Với khối thương mại - dịch vụ, …") gives its amounts that sector', () => {
    const fs = facts('Với khối thương mại - dịch vụ, năm 2023 doanh thu bình quân ước 2,3 tỷ đồng/HTX, lãi bình quân khoảng 150 triệu đồng/HTX. Với 312 thành viên, HTX Bình Minh đạt doanh thu 9 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['revenue', 2.3e9, 'trade_services'],
      ['profit', 150e6, 'trade_services'],
      ['members', 312, null],
      ['revenue', 9e9, null],
    ]);
  });

  it('courses held for the people of one sector are of that sector', () => {
    const fs = facts('Năm 2023, Liên minh HTX tỉnh đã tổ chức 5 lớp tập huấn cho 310 lượt cán bộ quản lý, thành viên HTX thủy sản về quản trị.');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.sector])).toEqual([
      ['training_course', 'count', 5, 'agriculture'],
      ['training_course', 'participants', 310, 'agriculture'],
    ]);
  });
});

describe('readings added on heldout34', () => {
  it('a bracket of sectors and numbers parts its items with commas too', () => {
    const fs = facts('Cơ cấu: HTX phi NN: 201 HTX (CN-TTCN 64, VT 52, XD 21, TM-DV 47, MT 17).');
    expect(fs.map((f) => [f.value, f.sector])).toEqual([
      [201, 'non_agriculture'],
      [64, 'industry_handicraft'],
      [52, 'transport'],
      [21, 'construction'],
      [47, 'trade_services'],
      [17, 'environment'],
    ]);
  });

  it('"HTX nông, lâm nghiệp vẫn chiếm tỷ trọng lớn nhất, chiếm 68,5% tổng số HTX" is the sector\'s share', () => {
    const fs = facts('Toàn tỉnh có 236 HTX. HTX nông, lâm nghiệp vẫn chiếm tỷ trọng lớn nhất, chiếm 68,5% tổng số HTX.');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.value, f.sector, f.refMetric])).toEqual([[68.5, 'agriculture', 'count']]);
  });

  it('a table of indicators reads an estimate marked after the year, a sector row, and the alliance\'s courses and their people', () => {
    const title = 'Liên minh HTX tỉnh Quảng Trị tổng kết năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một số chỉ tiêu năm 2024 so với năm 2023:</p>
      <table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>Năm 2023</th><th>Năm 2024 (ước)</th><th>Tăng (+)/giảm (-)</th></tr>
      <tr><td>HTX du lịch cộng đồng</td><td>HTX</td><td>8</td><td>12</td><td>+4</td></tr>
      <tr><td>Học viên được tập huấn</td><td>lượt</td><td>860</td><td>1.120</td><td>+260</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.quangtri.gov.vn/tin/5' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.status, f.unit, f.value, f.sector])).toEqual([
      ['cooperative', 'count', 'existing', 'actual', 'count', 8, 'trade_services'],
      ['cooperative', 'count', 'existing', 'estimate', 'count', 12, 'trade_services'],
      ['cooperative', 'count', 'change', 'estimate', 'count', 4, 'trade_services'],
      ['training_course', 'participants', 'new', 'actual', 'person_time', 860, null],
      ['training_course', 'participants', 'new', 'estimate', 'person_time', 1120, null],
      ['training_course', 'participants', 'change', 'estimate', 'person_time', 260, null],
    ]);
  });

  it('a province named in a later clause to compare leaves the group\'s place alone; "221 thành viên/HTX" is the cooperatives\' average', () => {
    const fs = facts('Toàn tỉnh có 648 HTX và 4 liên hiệp HTX. Trong đó, 9 huyện miền núi có 187 HTX; bình quân mỗi HTX có 61 thành viên, trong khi mức bình quân chung của toàn tỉnh là 221 thành viên/HTX.');
    expect(fs.filter((f) => f.value === 187 || f.value === 221).map((f) => [f.entity, f.value, f.statistic, f.place?.level ?? null])).toEqual([
      ['cooperative', 187, 'total', 'other'],
      ['cooperative', 221, 'average', null],
    ]);
  });

  it('"giảm từ 3.420 người (cuối năm 2019) xuống còn 2.870 người" is two points of the people; "trong khi năm 2019 là …" the same amount then', () => {
    const fs = facts('Số lao động làm việc thường xuyên tại các HTX giảm từ 3.420 người (cuối năm 2019) xuống còn 2.870 người. Thu nhập bình quân của người lao động chỉ còn khoảng 4,2 triệu đồng/người/tháng, trong khi năm 2019 là 5,1 triệu đồng/người/tháng.', 'Liên minh HTX tỉnh Tiền Giang tổng kết năm 2020');
    expect(fs.map((f) => [f.metric, f.value, f.asOf ?? f.period?.end ?? null])).toEqual([
      ['workers', 3420, '2019-12-31'],
      ['workers', 2870, '2020-12-31'],
      ['income', 4.2e6, '2020-12-31'],
      ['income', 5.1e6, '2019-12-31'],
    ]);
  });

  it('a list of falls by sector after one of an amount goes on measuring that amount', () => {
    const fs = facts('Nhóm HTX vận tải chịu thiệt hại nặng nhất với doanh thu giảm 62% so với cùng kỳ; các HTX thương mại, dịch vụ giảm khoảng 35%; HTX nông nghiệp giảm 18,7% do tiêu thụ khó khăn.');
    expect(fs.map((f) => [f.metric, f.refMetric, f.sector, f.value])).toEqual([
      ['revenue', 'revenue', 'transport', -62],
      ['revenue', 'revenue', 'trade_services', -35],
      ['revenue', 'revenue', 'agriculture', -18.7],
    ]);
  });

  it('a place printed right after a counted noun is the count\'s own; the parts of the dissolved share their class', () => {
    const fs = facts('Trong năm, toàn tỉnh giải thể 25 HTX ngừng hoạt động, gồm 11 HTX thuộc khu vực Quảng Bình (cũ) và 14 HTX thuộc khu vực Quảng Trị (cũ). Cũng trong năm, 2 HTX ở huyện Tiên Phước và Hiệp Đức đã giải thể.', 'Quảng Trị: kinh tế tập thể năm 2025');
    expect(fs.map((f) => [f.value, f.rating, f.place?.level ?? null])).toEqual([
      [25, 'inactive', null],
      [11, 'inactive', 'former_province'],
      [14, 'inactive', 'former_province'],
      [2, null, null],
    ]);
  });

  it('the average of an amount just stated ("bình quân mỗi HTX đạt 3,04 tỷ đồng") is of the same sector\'s cooperatives', () => {
    const fs = facts('Năm 2023, tổng doanh thu của các HTX du lịch cộng đồng đạt 94,2 tỷ đồng; bình quân mỗi HTX đạt 3,04 tỷ đồng.');
    expect(fs.map((f) => [f.value, f.statistic, f.sector])).toEqual([
      [94.2e9, 'total', 'trade_services'],
      [3.04e9, 'average', 'trade_services'],
    ]);
  });

  it('an article whose headline names one union gives it the figures that name no place, but not the province\'s', () => {
    const fs = facts(
      'Ngày 12/9, Liên hiệp HTX Lúa gạo Vàm Cỏ Đông tổ chức Đại hội thành viên lần thứ II.\n\nĐến nay Liên hiệp có 11 HTX thành viên với 1.426 xã viên, vốn điều lệ đạt 12 tỷ đồng. Năm 2016, tổng doanh thu của các HTX thành viên đạt 41 tỷ đồng.\n\nToàn tỉnh hiện có 86 HTX nông nghiệp và 2 liên hiệp HTX.',
      'Đại hội thành viên Liên hiệp HTX Lúa gạo Vàm Cỏ Đông nhiệm kỳ 2017 - 2022',
    );
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative_union', 'members', 11, 'cooperative'],
      // Its people are members of its member cooperatives (session 14; the gold has it so 57 times in 59).
      ['cooperative', 'members', 1426, 'cooperative'],
      ['cooperative_union', 'charter_capital', 12e9, 'cooperative'],
      ['cooperative', 'revenue', 41e9, 'cooperative'],
      ['cooperative', 'count', 86, null],
      ['cooperative_union', 'count', 2, null],
    ]);
  });

  it('a percent rise of "số lao động … trong HTX" or "số thành viên HTX" is of the people, not of the cooperatives', () => {
    const fs = facts('Số lao động làm việc thường xuyên trong HTX ước tăng 4,6% so với năm 2022. Số thành viên HTX tăng 2,1% so với năm 2022. Số HTX tăng 3% so với năm 2022.');
    expect(fs.map((f) => [f.metric, f.refMetric, f.unit, f.value])).toEqual([
      ['workers', 'workers', 'percent', 4.6],
      ['members', 'members', 'percent', 2.1],
      ['count', 'count', 'percent', 3],
    ]);
  });

  it('a table of indicators reads a change column of signed numbers, group members, and leaves people of two kinds at once', () => {
    const title = 'Liên minh HTX tỉnh Hải Dương tổng kết năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một số chỉ tiêu về thành viên, lao động:</p>
      <table><tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2023</th><th>Ước năm 2024</th><th>Tăng (+)/giảm (-)</th></tr>
      <tr><td>Tổng số thành viên HTX</td><td>người</td><td>150.100</td><td>151.000</td><td>+900</td></tr>
      <tr><td>Trong đó: thành viên đồng thời là người lao động</td><td>người</td><td>7.100</td><td>7.300</td><td>+200</td></tr>
      <tr><td>Tổ viên THT</td><td>người</td><td>10.400</td><td>10.200</td><td>-200</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.haiduong.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.status, f.value])).toEqual([
      ['cooperative', 'members', 'existing', 'actual', 150100],
      ['cooperative', 'members', 'existing', 'estimate', 151000],
      ['cooperative', 'members', 'change', 'estimate', 900],
      ['cooperative_group', 'members', 'existing', 'actual', 10400],
      ['cooperative_group', 'members', 'existing', 'estimate', 10200],
      ['cooperative_group', 'members', 'change', 'estimate', -200],
    ]);
  });

  it('a change after a sector\'s stock keeps the sector past a long label', () => {
    const fs = facts('Hiện toàn tỉnh có 31 HTX hoạt động trong lĩnh vực du lịch cộng đồng, du lịch nông nghiệp - nông thôn, tăng 9 HTX so với năm 2022 (22 HTX). Các HTX này thu hút 726 thành viên.');
    expect(fs.map((f) => [f.scope, f.value, f.sector])).toEqual([
      ['existing', 31, 'trade_services'],
      ['change', 9, 'trade_services'],
      ['existing', 22, 'trade_services'],
      ['existing', 726, 'trade_services'],
    ]);
  });

  it('"HTXNN" is the farming cooperatives, as noun, subject and the set a grading was of', () => {
    const fs = facts('Toàn tỉnh có 318 HTXNN với 412.650 xã viên. Doanh thu bình quân của các HTXNN đạt 2,34 tỷ đồng/HTX. Kết quả phân loại HTXNN năm 2015: có 64 HTX xếp loại tốt, 139 HTX khá.');
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.rating])).toEqual([
      ['count', 318, 'agriculture', null],
      ['members', 412650, 'agriculture', null],
      ['revenue', 2.34e9, 'agriculture', null],
      ['count', 64, 'agriculture', 'good'],
      ['count', 139, 'agriculture', 'fair'],
    ]);
  });
  it('a later clause that says "đã" reports the result against the plan the sentence opened on, up to the month\'s end', () => {
    const fs = facts('Năm 2023, tỉnh giao chỉ tiêu thành lập mới 20 HTX nông nghiệp; đến cuối tháng 10 đã thành lập được 17 HTX, đạt 85% kế hoạch.');
    expect(fs.map((f) => [f.metric, f.value, f.status, f.period?.start, f.period?.end])).toEqual([
      ['count', 20, 'target', '2023-01-01', '2023-12-31'],
      ['count', 17, 'actual', '2023-01-01', '2023-10-31'],
      ['plan_achievement', 85, 'actual', '2023-01-01', '2023-10-31'],
    ]);
  });
  it('the figure right after a plan word ("so với mục tiêu 150 HTX", "vượt so với kế hoạch 10 HTX") is the plan', () => {
    const fs = facts('Năm 2023 thành lập mới 12 HTX, vượt so với kế hoạch 10 HTX. Toàn tỉnh có 118 HTX kiểu mới, đạt 78,7% so với mục tiêu 150 HTX của Đề án.');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.scope, f.value, f.status])).toEqual([
      ['new', 12, 'actual'],
      ['new', 10, 'target'],
      ['existing', 118, 'actual'],
      ['existing', 150, 'target'],
    ]);
  });
  it('"Các HTX này" opening a sentence speaks of the cooperatives the paragraph last counted, past a part of them', () => {
    const fs = facts('Toàn tỉnh có 214 HTX. Hiện có 52 HTX nuôi trồng thủy sản, riêng huyện Vạn Ninh có 17 HTX. Các HTX này thu hút 2.140 thành viên, tổng vốn điều lệ 86 tỷ đồng.');
    expect(fs.filter((f) => f.metric !== 'count').map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['members', 2140, 'agriculture'],
      ['charter_capital', 86e9, 'agriculture'],
    ]);
    const whole = facts('Toàn tỉnh có 214 HTX, trong đó 52 HTX nuôi trồng thủy sản và 30 HTX vận tải, tiếp đến có 12 HTX mới. Các HTX này thu hút 2.140 thành viên.');
    expect(whole.filter((f) => f.metric === 'members').map((f) => [f.value, f.sector])).toEqual([[2140, null]]);
  });

  it('a headline that names the credit funds beside one crop\'s cooperatives lends no sector', () => {
    const fs = facts('Toàn tỉnh có 163 HTX, trong đó có 101 HTX nông nghiệp. Số HTX đang hoạt động là 150 HTX.\n\nKết quả phân loại năm 2022 có 25 HTX xếp loại tốt.', 'Liên minh HTX tỉnh Bến Tre tổng kết năm 2022: HTX dừa vượt khó, Quỹ tín dụng nhân dân hoạt động an toàn');
    expect(fs.map((f) => [f.value, f.sector, f.rating])).toEqual([
      [163, null, null],
      [101, 'agriculture', null],
      [150, null, 'operating'],
      [25, null, 'good'],
    ]);
  });
  it('an average per fund ("5,2 tỷ đồng/quỹ") is the credit funds\'', () => {
    const fs = facts('Toàn tỉnh có 163 HTX với 7.200 thành viên. Vốn điều lệ bình quân đạt 5,2 tỷ đồng/quỹ. Doanh thu bình quân đạt 2 tỷ đồng/HTX/năm.');
    expect(fs.filter((f) => f.unit === 'VND').map((f) => [f.metric, f.sector, f.statistic])).toEqual([
      ['charter_capital', 'credit', 'average'],
      ['revenue', null, 'average'],
    ]);
  });
  it('a group of districts keeps its figures past a share of the whole province, and "4 HTX mới" closing a clause are new ones', () => {
    const fs = facts('6 tháng đầu năm 2023, 4 huyện biên giới thành lập mới 11 HTX, chiếm 57,9% số HTX thành lập mới của toàn tỉnh. Huyện Mường Tè dẫn đầu với 4 HTX mới, đều từ tổ hợp tác.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.place?.name ?? null])).toEqual([
      ['count', 'new', 11, '4 huyện biên giới'],
      ['share', 'new', 57.9, '4 huyện biên giới'],
      ['count', 'new', 4, 'Huyện Mường Tè'],
    ]);
  });
  it('an estimated point reaches the bare next items after a semicolon, and the change of an estimated number of members', () => {
    const fs = facts('Ước đến ngày 31/12/2023, toàn tỉnh có 392 HTX, tăng 21 HTX so với cuối năm 2022; 3 liên hiệp HTX và 1.215 tổ hợp tác. Tổng số thành viên ước đạt 52.300 người, tăng 1.450 thành viên so với năm 2022; thành lập mới 12 HTX.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value, f.status])).toEqual([
      ['cooperative', 'count', 'existing', 392, 'estimate'],
      ['cooperative', 'count', 'change', 21, 'estimate'],
      ['cooperative_union', 'count', 'existing', 3, 'estimate'],
      ['cooperative_group', 'count', 'existing', 1215, 'estimate'],
      ['cooperative', 'members', 'existing', 52300, 'estimate'],
      ['cooperative', 'members', 'change', 1450, 'estimate'],
      ['cooperative', 'count', 'new', 12, 'actual'],
    ]);
  });
  it('a bare fall after a paragraph that named the comparison is a change; so are the next items after a semicolon, and a block\'s people', () => {
    const fs = facts('Năm 2023, tổng doanh thu của khu vực HTX đạt 823 tỷ đồng, giảm 9,8% so với năm 2022.\n\nKhối HTX thương mại - dịch vụ gặp khó, doanh thu giảm khoảng 38%; các HTX vận tải giảm 24,6%. Số lao động của khối này giảm 18%. Ông A, Giám đốc HTX Vận tải Đông Hà cho biết, doanh thu của HTX giảm gần 50%.');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['revenue', -9.8, null],
      ['revenue', -38, 'trade_services'],
      ['revenue', -24.6, 'transport'],
      ['workers', -18, 'trade_services'],
    ]);
  });
  it('a terse plan section: "Ước cả năm" lines estimate, the class before a share of the operating ones is its own, bare names that lead or trail are districts', () => {
    const fs = facts('Tổng số HTX: 412 HTX. Địa bàn: Vĩnh Tường nhiều nhất với 52 HTX; Tam Đảo ít nhất, 17 HTX.\n\nKH năm 2023: thành lập mới 25 HTX.\n\nƯớc cả năm 2023: DT bình quân 3,1 tỷ đồng/HTX; HTX HĐ hiệu quả đạt 55% số HTX đang HĐ.', 'Liên minh HTX tỉnh Vĩnh Phúc: kết quả 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.metric, f.value, f.status, f.rating, f.place?.name ?? null])).toEqual([
      ['count', 412, 'actual', null, null],
      ['count', 52, 'actual', null, 'Vĩnh Tường'],
      ['count', 17, 'actual', null, 'Tam Đảo'],
      ['count', 25, 'target', null, null],
      ['revenue', 3.1e9, 'estimate', null, null],
      ['share', 55, 'estimate', 'effective', null],
    ]);
  });
  it('a paragraph set in the month of writing that says "Đến nay" reports what is there now, not a plan', () => {
    const title = 'Trà Vinh: kết quả 8 tháng đầu năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p class="date">16/09/2024</p>
      <p>Đến cuối tháng 8/2024, toàn tỉnh có 212 HTX.</p>
      <p>Về xã Ngọc Biên những ngày giữa tháng 9, cánh đồng của HTX Nông nghiệp Sóc Rùm đang xanh. Đến nay, HTX có 126 hộ thành viên, canh tác 177 ha lúa.</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.travinh.gov.vn/tin/1' }).facts;
    expect(fs.map((f) => [f.metric, f.value, f.status])).toEqual([
      ['count', 212, 'actual'],
      ['members', 126, 'actual'],
      ['land_area', 177, 'actual'],
    ]);
  });
  it('"các HTX này", "các THT này" may open a clause after a semicolon too', () => {
    const fs = facts('Toàn tỉnh có 250 HTX. Hiện có 120 HTX nông nghiệp; các HTX này có 10.640 hộ thành viên. Có 74 THT nuôi tôm; các THT này có 820 tổ viên.');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value, f.sector])).toEqual([
      ['cooperative', 10640, 'agriculture'],
      ['cooperative_group', 820, 'agriculture'],
    ]);
  });
  it('an article on the highlands that opens on one group of districts gives the group the figures that name no place', () => {
    const fs = facts('Các HTX ở 4 huyện vùng cao nguyên đá Đồng Văn đang chuyển mình.\n\nTính đến 31/10/2023, 4 huyện vùng cao nguyên đá Đồng Văn có 118 HTX, chiếm 24,6% tổng số HTX toàn tỉnh.\n\nCác HTX thu hút 2.140 thành viên.\n\nToàn tỉnh có 480 HTX.', 'Hợp tác xã trên cao nguyên đá: vốn nhỏ, hướng đi lớn');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['count', 118, '4 huyện vùng cao nguyên đá'],
      ['share', 24.6, '4 huyện vùng cao nguyên đá'],
      ['members', 2140, '4 huyện vùng cao nguyên đá Đồng Văn'],
      ['count', 480, null],
    ]);
  });
  it('the sector after "đều trong lĩnh vực", "mới thuộc lĩnh vực", and "mới" before it says new ones', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 5 HTX, đều trong lĩnh vực cây ăn quả. Xã Bát Tràng có 4 HTX mới trong lĩnh vực gốm sứ. Có 12 HTX hoạt động trong lĩnh vực vận tải.');
    expect(fs.map((f) => [f.scope, f.value, f.sector])).toEqual([
      ['new', 5, 'agriculture'],
      ['new', 4, 'industry_handicraft'],
      ['existing', 12, 'transport'],
    ]);
  });
  it('women among the workers or at the head of cooperatives are a part, no fact', () => {
    const fs = facts('Toàn tỉnh có 300 HTX với 5.000 lao động. Số lao động nữ làm việc thường xuyên trong HTX là 2.120 người. Số HTX do phụ nữ giữ chức giám đốc hiện là 58 HTX.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['count', 300],
      ['workers', 5000],
    ]);
  });
  it('a bare rise right after a stock of people is a change over the span the paragraph opened on, and never a stock', () => {
    const fs = facts('Từ đầu năm 2021 đến 30/6/2023, toàn tỉnh thành lập mới 248 HTX. Tổng số thành viên HTX hiện là 218.650 thành viên, tăng 9.200 thành viên.\n\nToàn tỉnh có 120 HTX với 8.000 thành viên, tăng 300 thành viên.');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.scope, f.value])).toEqual([
      ['existing', 218650],
      ['change', 9200],
      ['existing', 8000],
    ]);
  });
  it('a table of the funds\' indicators: "Thực hiện đến 30/9/2025" dates its column, "So với 31/12/2024 (%)" gives changes, "(ước)" rows estimate', () => {
    const title = 'Kinh tế tập thể 9 tháng đầu năm 2025';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Toàn tỉnh có 846 HTX.</p>
      <p>Các quỹ hoạt động an toàn. Một số chỉ tiêu chính của khối Quỹ TDND:</p>
      <table><tr><td>Chỉ tiêu</td><td>Đơn vị tính</td><td>Thực hiện đến 30/9/2025</td><td>So với 31/12/2024 (%)</td></tr>
      <tr><td>Số thành viên</td><td>người</td><td>64.310</td><td>+ 2,8</td></tr>
      <tr><td>Tổng nguồn vốn hoạt động</td><td>tỷ đồng</td><td>6.820</td><td>+ 9,4</td></tr>
      <tr><td>Lợi nhuận trước thuế 9 tháng (ước)</td><td>tỷ đồng</td><td>58,4</td><td>-</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/9' }).facts.filter((f) => f.evidence.text.includes('|'));
    expect(fs.map((f) => [f.metric, f.scope, f.sector, f.status, f.value, f.asOf, f.period?.start ?? null])).toEqual([
      ['members', 'existing', 'credit', 'actual', 64310, '2025-09-30', null],
      ['members', 'change', 'credit', 'actual', 2.8, null, '2025-01-01'],
      ['operating_capital', 'existing', 'credit', 'actual', 6.82e12, '2025-09-30', null],
      ['operating_capital', 'change', 'credit', 'actual', 9.4, null, '2025-01-01'],
      ['profit', 'existing', 'credit', 'estimate', 5.84e10, null, '2025-01-01'],
    ]);
  });
  it('a table of grades by year gives each grade\'s count per year; the evaluated ones and "Năm 2017 (*)" footnotes are read right', () => {
    const title = 'Kết quả phân loại HTX năm 2017';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Toàn tỉnh có 400 HTX. Kết quả phân loại qua các năm:</p>
      <table><tr><td>Xếp loại</td><td>Năm 2015</td><td>Năm 2016</td><td>Năm 2017 (*)</td></tr>
      <tr><td>Số HTX tham gia đánh giá</td><td>318</td><td>326</td><td>341</td></tr>
      <tr><td>Tốt</td><td>52</td><td>61</td><td>74</td></tr>
      <tr><td>Trung bình</td><td>119</td><td>113</td><td>110</td></tr>
      <tr><td>Yếu, kém</td><td>44</td><td>40</td><td>36</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.namdinh.gov.vn/tin/2' }).facts.filter((f) => f.evidence.text.includes('|'));
    expect(fs.map((f) => [f.value, f.rating, f.statistic, f.asOf])).toEqual([
      [52, 'good', 'total', '2015-12-31'],
      [61, 'good', 'total', '2016-12-31'],
      [74, 'good', 'total', '2017-12-31'],
      [119, 'average', 'total', '2015-12-31'],
      [113, 'average', 'total', '2016-12-31'],
      [110, 'average', 'total', '2017-12-31'],
      [44, 'weak', 'total', '2015-12-31'],
      [40, 'weak', 'total', '2016-12-31'],
      [36, 'weak', 'total', '2017-12-31'],
    ]);
  });
  it('the next places of a list count the class the first one named', () => {
    const fs = facts('Toàn tỉnh có 812 HTX hoạt động hiệu quả. Trong đó, Nam Định (cũ) có 402 HTX hoạt động hiệu quả (chiếm 60,2%), Ninh Bình (cũ) có 268 HTX (61,3%), Hà Nam (cũ) có 142 HTX (49,8%).', 'Liên minh HTX tỉnh Ninh Bình sơ kết 6 tháng đầu năm 2026');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.value, f.rating])).toEqual([
      [812, 'effective'],
      [402, 'effective'],
      [268, 'effective'],
      [142, 'effective'],
    ]);
  });
  it('the block a clause names as its subject is whose counts and people follow', () => {
    const fs = facts('Năm 2024, khối HTX thủy sản, diêm nghiệp phấn đấu thành lập mới 4 HTX, phát triển thêm 150 thành viên. Toàn tỉnh phấn đấu thành lập mới 30 HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 4, 'agriculture'],
      ['members', 150, 'agriculture'],
      ['count', 30, null],
    ]);
  });
  it('a share of the whole province in a paragraph does not make its later sentences the province\'s', () => {
    const fs = facts('Các HTX ở 4 huyện vùng cao nguyên đá Đồng Văn đang chuyển mình.\n\nCác huyện này có 118 HTX, chiếm 24,6% tổng số HTX toàn tỉnh. Xét theo lĩnh vực, có 86 HTX nông, lâm nghiệp.', 'Hợp tác xã trên cao nguyên đá: vốn nhỏ, hướng đi lớn');
    expect(fs.filter((f) => f.value === 86).map((f) => [f.sector, f.place?.level ?? null])).toEqual([['agriculture', 'other']]);
  });
  it('a year between "Tỷ lệ HTX hoạt động hiệu quả" and its value dates the share', () => {
    const fs = facts('Tỷ lệ HTX hoạt động hiệu quả năm 2018 là 30%.');
    expect(fs.map((f) => [f.metric, f.value, f.rating, f.asOf])).toEqual([['share', 30, 'effective', '2018-12-31']]);
  });

  it('a labelled line of a terse report stands alone: "VĐL:" under "Thành lập mới:" is no new capital', () => {
    const fs = facts('1. Kết quả chung\n\n<ul><li>Tổng số HTX: 512 HTX.</li><li>Thành lập mới: 64 HTX/KH 70 HTX.</li><li>VĐL: 830 tỷ đ (BQ 1,6 tỷ đ/HTX).</li></ul>');
    const charter = fs.find((f) => f.metric === 'charter_capital' && f.statistic === 'total');
    expect([charter?.scope, charter?.value]).toEqual(['existing', 830e9]);
  });

  it('a label marked estimated ("DT, LN (ước cả năm):") heads every figure of its line', () => {
    const fs = facts('Kết quả năm 2023\n\n<ul><li>Tổng số HTX: 300 HTX.</li><li>DT, LN (ước cả năm): tổng DT 420 tỷ đ; DT BQ 1,4 tỷ đ/HTX/năm; LN BQ 85 tr.đ/HTX/năm.</li></ul>');
    expect(fs.filter((f) => f.metric === 'revenue' || f.metric === 'profit').map((f) => [f.metric, f.statistic, f.status])).toEqual([
      ['revenue', 'total', 'estimate'],
      ['revenue', 'average', 'estimate'],
      ['profit', 'average', 'estimate'],
    ]);
  });

  it('a heading of grades heads the bare classes of the list below it ("- Tốt: 40 HTX; Khá: 95 HTX")', () => {
    const fs = facts('Toàn tỉnh có 400 HTX.\n\n3. Đánh giá, xếp loại năm 2023\n\n- Tốt: 40 HTX; Khá: 95 HTX; TB: 180 HTX; Yếu: 55 HTX.');
    expect(fs.filter((f) => f.value < 400).map((f) => [f.value, f.rating])).toEqual([
      [40, 'good'],
      [95, 'fair'],
      [180, 'average'],
      [55, 'weak'],
    ]);
  });

  it('under a heading that lists by district, a line opening on a bare name is that district\'s (DISTRICT_LINE_EXAMPLES)', () => {
    for (const ex of DISTRICT_LINE_EXAMPLES) {
      const fs = facts(`Năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển, nhiều HTX mở rộng liên kết tiêu thụ sản phẩm. Toàn tỉnh có 700 HTX.\n\n${ex.heading}\n\n<ul><li>TP Hà Tĩnh: 38 HTX</li><li>${ex.line}</li></ul>`);
      const f = fs.find((x) => x.evidence.text.includes(ex.name));
      expect(f?.place, ex.line).toEqual({ level: 'district', name: ex.name });
    }
    // No such heading: a bare name alone makes no district.
    const fs = facts('Năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển, nhiều HTX mở rộng liên kết tiêu thụ sản phẩm. Toàn tỉnh có 700 HTX.\n\nKết quả chung\n\n<ul><li>TP Hà Tĩnh: 38 HTX</li><li>Bắc Quang: 104 HTX</li></ul>');
    expect(fs.find((x) => x.value === 104)?.place ?? null).toBeNull();
  });

  it('a stock at a point the article had not reached is a plan, with no report period too ("Đến năm 2030, toàn tỉnh có trên 300 HTX")', () => {
    const title = 'Đại hội đại biểu Liên minh HTX tỉnh Hà Tĩnh lần thứ VI';
    const html = `<html><head><title>${title}</title><meta property="article:published_time" content="2025-08-20T09:00:00+07:00"></head><body><article><h1>${title}</h1><p>Đại hội đề ra nhiều mục tiêu cho nhiệm kỳ mới. Đến năm 2030, toàn tỉnh có trên 300 HTX, số tổ hợp tác đạt 900 tổ.</p></article></body></html>`;
    const { document, facts: fs } = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/2' });
    expect(document.reportPeriod).toBeNull();
    expect(fs.map((f) => [f.value, f.status])).toEqual([
      [300, 'target'],
      [900, 'target'],
    ]);
  });

  it('"Ước cả năm" opens an estimate in a paragraph that opened on a later period and a plan', () => {
    const fs = facts('6 tháng cuối năm 2023, Liên minh HTX tỉnh phấn đấu thành lập mới ít nhất 10 HTX. Ước cả năm 2023, tổng doanh thu của các HTX đạt khoảng 980 tỷ đồng.', 'Kinh tế tập thể 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.value, f.status])).toEqual([
      [10, 'target'],
      [980e9, 'estimate'],
    ]);
  });

  it('a figure in the name of a programme is no fact ("Đề án … một triệu héc-ta"), the area beside it stays', () => {
    const fs = facts('Năm 2023, các HTX liên kết sản xuất trên diện tích 41.200 ha. Có 55 HTX tham gia Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao.');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => f.value)).toEqual([41200]);
  });

  it('a named cooperative is the subject across "ở huyện …", and a bare "HTX" before a metric word is the one just named', () => {
    const fs = facts('Chẳng hạn HTX Nông nghiệp Hòa Bình Xanh ở huyện Đức Thọ hiện có 54 thành viên. Năm 2023, HTX ước doanh thu 4,2 tỷ đồng, lợi nhuận khoảng 600 triệu đồng.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['members', 54, 'cooperative'],
      ['revenue', 4.2e9, 'cooperative'],
      ['profit', 600e6, 'cooperative'],
    ]);
  });

  it('a share of a class ends at a comma and a verb ("25% số HTX xếp loại tốt, giảm tỷ lệ HTX yếu …")', () => {
    const fs = facts('Năm 2024, tỉnh phấn đấu có ít nhất 30% số HTX xếp loại tốt, giảm tỷ lệ HTX yếu xuống dưới 6%.');
    expect(fs.map((f) => [f.value, f.rating, f.status])).toEqual([
      [30, 'good', 'target'],
      [6, 'weak', 'target'],
    ]);
  });

  it('one figure for each place of a list before "mỗi huyện" (EACH_PLACE_EXAMPLES), new like the ranking it follows', () => {
    for (const ex of EACH_PLACE_EXAMPLES) {
      const fs = facts(`Trong năm, toàn tỉnh thành lập mới 25 HTX. Huyện Kỳ Anh dẫn đầu với 5 HTX mới, ${ex.text}.`);
      const each = fs.filter((f) => f.value === ex.value);
      expect(each.map((f) => [f.place?.level, f.place?.name, f.scope]), ex.text).toEqual(ex.places.map((p) => ['district', p, 'new']));
      for (const f of each) expect(f.evidence.text.startsWith(f.place!.name)).toBe(true);
    }
    const ranked = facts('Trong năm, toàn tỉnh thành lập mới 25 HTX. Huyện Kỳ Anh dẫn đầu với 5 HTX mới; huyện Hương Sơn 3 HTX.');
    expect(ranked.find((f) => f.value === 3)?.scope).toBe('new');
  });

  it('a former province\'s own count between it and its members does not hide it ("khu vực X (cũ) có 318 HTX với 143.260 thành viên")', () => {
    const fs = facts('Tính đến ngày 30/11/2025, toàn tỉnh có 900 HTX. Trong đó, khu vực Hà Tĩnh (cũ) có 410 HTX với 52.300 thành viên.', 'Kinh tế tập thể Hà Tĩnh năm 2025');
    expect(fs.find((f) => f.metric === 'members')?.place).toEqual({ level: 'former_province', name: 'khu vực Hà Tĩnh (cũ)' });
  });

  it('the sector printed after the noun is finer than the block before it ("Khối phi nông nghiệp có 96 HTX thương mại, dịch vụ")', () => {
    const fs = facts('Khối phi nông nghiệp có 84 HTX thương mại, dịch vụ, du lịch, trong đó 30 HTX du lịch cộng đồng.');
    expect(fs.find((f) => f.value === 84)?.sector).toBe('trade_services');
  });

  it('a district the text has named, printed bare in a list right before its figure or bracket, is that district ("tiếp đến là Tam Đường 43 HTX")', () => {
    const fs = facts('Toàn tỉnh có 260 HTX. Huyện Tam Đường, huyện Tân Uyên và huyện Phong Thổ đều có HTX chè. Nhiều nhất là huyện Than Uyên 50 HTX, tiếp đến là Tam Đường 43 HTX, Tân Uyên 38 HTX. Số HTX ngừng hoạt động tập trung ở Phong Thổ (7 HTX). Huyện vùng cao biên giới Mường Tè có 20 HTX. Kế đến là Tân Uyên với 19 HTX và Phong Thổ với 16 HTX.');
    expect(fs.filter((f) => f.value < 260).map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [50, 'district'],
      [43, 'district'],
      [38, 'district'],
      [7, 'district'],
      [20, 'district'],
      [19, 'district'],
      [16, 'district'],
    ]);
  });

  it('"N HTX chuyên về lâm nghiệp" reads the sector; terse "Kết nạp mới 12 TV" beside "LMHTX" counts the alliance\'s member units', () => {
    const fs = facts('Toàn tỉnh có 400 HTX nông, lâm nghiệp, trong đó 90 HTX chuyên về lâm nghiệp.\n\n- Kết nạp mới 12 TV; tổng số TV của LMHTX: 318 đơn vị.');
    expect(fs.find((f) => f.value === 90)?.sector).toBe('agriculture');
    expect([fs.find((f) => f.value === 12)?.entity, fs.find((f) => f.value === 12)?.scope]).toEqual(['member_unit', 'new']);
  });

  it('"21 HTX mới có 274 thành viên" speaks of the new ones: no second stock, and their capital is new', () => {
    const fs = facts('Trong năm 2023, toàn tỉnh thành lập mới 21 HTX và 36 THT. 21 HTX mới có 274 thành viên, tổng vốn điều lệ đăng ký 18,7 tỷ đồng.');
    expect(fs.filter((f) => f.entity === 'cooperative').map((f) => [f.metric, f.scope, f.value])).toEqual([
      ['count', 'new', 21],
      ['members', 'new', 274],
      ['charter_capital', 'new', 18.7e9],
    ]);
  });

  it('"cả năm" keeps the whole year in a shorter report ("II. ƯỚC THỰC HIỆN CẢ NĂM 2017" in a half-year review)', () => {
    const fs = facts('I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2017\n\n- Tính đến 30/6/2017 toàn tỉnh có 1.012 HTX.\n\nII. ƯỚC THỰC HIỆN CẢ NĂM 2017\n\n- TL mới HTX: ước 65 HTX, đạt 108% KH.', 'Báo cáo tóm tắt kết quả hoạt động KTTT, HTX 6 tháng đầu năm 2017');
    expect(fs.filter((f) => f.status === 'estimate').map((f) => [f.value, f.period])).toEqual([
      [65, { start: '2017-01-01', end: '2017-12-31' }],
      [108, { start: '2017-01-01', end: '2017-12-31' }],
    ]);
  });

  it('OCOP products recognised again or upgraded give no fact; new ones beside them do', () => {
    const fs = facts('Năm 2023, tỉnh công nhận mới 41 sản phẩm OCOP; công nhận lại và nâng hạng 17 sản phẩm.');
    expect(fs.map((f) => [f.entity, f.scope, f.value])).toEqual([['ocop_product', 'new', 41]]);
  });

  it('a bare name that calls itself a district after an adverb ("Hàm Yên hiện là huyện có nhiều HTX nhất với 84 HTX")', () => {
    const fs = facts('Toàn tỉnh có 612 HTX. Hương Khê hiện là huyện có nhiều HTX nhất với 84 HTX.');
    expect(fs.find((f) => f.value === 84)?.place).toEqual({ level: 'district', name: 'Hương Khê' });
  });

  it('where a class of cooperatives stands, each place\'s bracketed share is of that class ("40 HTX ngừng hoạt động …, tập trung ở Mường Tè (9 HTX)")', () => {
    const fs = facts('Huyện Mường Tè, huyện Sìn Hồ có nhiều HTX nhỏ. Hiện có 40 HTX ngừng hoạt động nhưng chưa giải thể, tập trung ở Mường Tè (9 HTX), Sìn Hồ (8 HTX).');
    expect(fs.filter((f) => f.value < 40).map((f) => [f.value, f.rating, f.place?.level ?? null])).toEqual([
      [9, 'inactive', 'district'],
      [8, 'inactive', 'district'],
    ]);
  });

  it('a multiple after a share measures the figure before the share, not its whole ("…, chiếm 56,1% tổng số HTX, gần gấp đôi …")', () => {
    const fs = facts('Số HTX hoạt động hiệu quả đạt 410 HTX, chiếm 58,2% tổng số HTX, gần gấp đôi so với năm 2018.');
    const times = fs.find((f) => f.unit === 'times');
    expect([times?.value, times?.rating, times?.qualifier]).toEqual([2, 'effective', 'nearly']);
  });

  it('a bare "HTX" after a speaker\'s words, or "người lao động của HTX", is the cooperative just named', () => {
    const fs = facts('HTX Nông nghiệp Phú Lộc Xanh được thành lập năm 2015. Anh Tuấn, giám đốc, cho biết HTX hiện có 54 thành viên. Người lao động của HTX có thu nhập bình quân 7,2 triệu đồng/người/tháng.');
    expect(fs.filter((f) => f.metric === 'members' || f.metric === 'income').map((f) => [f.metric, f.place?.level ?? null])).toEqual([
      ['members', 'cooperative'],
      ['income', 'cooperative'],
    ]);
  });

  it('an amount right after a placed count in its clause is that place\'s ("Huyện X hiện có 64 HTX nông nghiệp, …, doanh thu bình quân …")', () => {
    const fs = facts('Toàn tỉnh có 320 HTX nông nghiệp. Huyện Đức Thọ hiện có 58 HTX nông nghiệp, nhiều nhất tỉnh, doanh thu bình quân 4,6 tỷ đồng/HTX/năm.');
    expect(fs.find((f) => f.metric === 'revenue')?.place).toEqual({ level: 'district', name: 'Huyện Đức Thọ' });
  });

  it('the people of planned courses are planned too ("sẽ tổ chức 25 lớp bồi dưỡng cho khoảng 1.800 lượt học viên")', () => {
    const fs = facts('Bà Lê Thị Hạnh, Phó Chủ tịch Liên minh HTX tỉnh cho biết, theo kế hoạch, năm 2024 Liên minh HTX tỉnh sẽ tổ chức 18 lớp tập huấn cho khoảng 1.100 lượt học viên; phối hợp với các sở, ngành phấn đấu toàn tỉnh có thêm ít nhất 20 sản phẩm OCOP trong năm.', 'HTX làm chủ thể sản phẩm OCOP 4 tháng đầu năm 2024');
    expect(fs.filter((f) => f.entity === 'training_course').map((f) => [f.metric, f.status])).toEqual([
      ['count', 'target'],
      ['participants', 'target'],
    ]);
  });

  it('a paragraph that opened on the credit funds keeps speaking of them ("Hoạt động kinh doanh của các quỹ có hiệu quả. Tổng doanh thu …")', () => {
    const fs = facts('Toàn tỉnh có 12 quỹ tín dụng nhân dân.\n\nHoạt động kinh doanh của các quỹ có hiệu quả. Tổng doanh thu năm 2023 đạt 96,4 tỷ đồng; lợi nhuận trước thuế đạt 15,2 tỷ đồng.');
    expect(fs.filter((f) => f.unit === 'VND').map((f) => [f.metric, f.sector])).toEqual([
      ['revenue', 'credit'],
      ['profit', 'credit'],
    ]);
  });

  it('a comparison column printing the later figure as a percentage of the earlier gives the change (108,6 → 8,6), later column first too', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <table><tr><th>Chỉ tiêu</th><th>6 tháng 2024</th><th>Cùng kỳ 2023</th><th>So sánh (%)</th></tr>
      <tr><td>Tổng số HTX (HTX)</td><td>240</td><td>220</td><td>109,1</td></tr>
      <tr><td>Tổ hợp tác (THT)</td><td>540</td><td>500</td><td>+8,0</td></tr></table></article></body></html>`;
    const r = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/13' });
    expect(r.document.warnings.filter((w) => w.startsWith('schema:'))).toEqual([]);
    const changes = r.facts.filter((f) => f.scope === 'change');
    expect(changes.map((f) => [f.entity, f.value, f.rule, f.period])).toEqual([
      ['cooperative', 9.1, 'table.col.coops.change_from_ratio', { start: '2023-07-01', end: '2024-06-30' }],
      ['cooperative_group', 8, 'table.col.groups.change', { start: '2023-07-01', end: '2024-06-30' }],
    ]);
  });

  it('a bracket of bare names and numbers after a count gives each place its part ("45/60 HTX (Hoằng Hóa 6, Nông Cống 5, các huyện khác 30)")', () => {
    const fs = facts('- TL mới 6 tháng: đạt 38/50 HTX, bằng 76% KH năm (Kỳ Anh 7, Hương Sơn 5, các huyện khác 26); giải thể 12 HTX.', 'Báo cáo kết quả 6 tháng đầu năm 2023');
    expect(fs.filter((f) => f.place).map((f) => [f.value, f.scope, f.place])).toEqual([
      [7, 'new', { level: 'district', name: 'Kỳ Anh' }],
      [5, 'new', { level: 'district', name: 'Hương Sơn' }],
    ]);
    // A bracket of sectors stays a breakdown by sector.
    const bySector = facts('Toàn tỉnh có 300 HTX (Nông nghiệp 210, Vận tải 40).');
    expect(bySector.filter((f) => f.place).length).toBe(0);
  });

  it('a headline on reorganising one sector\'s cooperatives lends them its sector ("… tổ chức lại HTX nông nghiệp theo Luật HTX năm 2012")', () => {
    const fs = facts('Các HTX nông nghiệp đã hoàn thành tổ chức lại. Doanh thu bình quân đạt 2,1 tỷ đồng/HTX, lợi nhuận bình quân 140 triệu đồng/HTX.', 'Sơ kết 3 năm chuyển đổi, tổ chức lại HTX nông nghiệp theo Luật Hợp tác xã năm 2012');
    expect(fs.map((f) => [f.metric, f.sector])).toEqual([
      ['revenue', 'agriculture'],
      ['profit', 'agriculture'],
    ]);
  });

  it('what drivers earn is the transport cooperatives\' income ("thu nhập bình quân của lái xe, phụ xe")', () => {
    const fs = facts('Năm 2023, thu nhập bình quân của lái xe, phụ xe đạt 7,1 triệu đồng/người/tháng.');
    expect(fs.map((f) => [f.metric, f.sector, f.sectorLabel])).toEqual([['income', 'transport', 'lái xe']]);
  });

  it('workers a support measure reached are no workers of the cooperatives ("hỗ trợ … cho 1.126 lao động")', () => {
    const fs = facts('Các HTX vận tải giải quyết việc làm cho 2.300 lao động. Thành phố đã hỗ trợ theo Nghị quyết 68/NQ-CP cho 940 lao động.');
    expect(fs.filter((f) => f.metric === 'workers').map((f) => f.value)).toEqual([2300]);
  });

  it('a place the clause opens on is the place of a share of its subject ("Riêng địa bàn Hòa Bình (cũ), số HTX yếu vẫn chiếm 14,5%")', () => {
    const fs = facts('Toàn tỉnh có 1.950 HTX. Riêng địa bàn Hòa Bình (cũ), số HTX yếu vẫn chiếm 13,2% số HTX được đánh giá.', 'Kinh tế tập thể tỉnh Phú Thọ quý I/2026');
    const share = fs.find((f) => f.metric === 'share');
    expect([share?.rating, share?.place?.level]).toEqual(['weak', 'former_province']);
  });

  it('where the counted ones stand is no subject of the figures after it ("tập trung ở huyện X và thị xã Y, với 1.215 hộ thành viên")', () => {
    const fs = facts('Toàn tỉnh hiện có 8 HTX sản xuất muối, tập trung ở huyện Kỳ Anh và thị xã Hồng Lĩnh, với 1.040 hộ thành viên. Các HTX thương mại tập trung tại huyện Can Lộc (6 HTX).');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [8, null],
      [1040, null],
      [6, 'district'],
    ]);
  });

  it('an amount after a placed part of a head count is that part\'s place ("…; trong đó Hà Tĩnh (cũ) có 142 HTX, diện tích 58.600 ha")', () => {
    const fs = facts('Tính đến cuối tháng 11/2025, toàn tỉnh có 486 HTX hoạt động trong lĩnh vực trồng lúa, với tổng diện tích canh tác 176.930 ha; trong đó Hà Tĩnh (cũ) có 142 HTX, diện tích 58.600 ha.', 'Kinh tế tập thể Hà Tĩnh năm 2025');
    expect(fs.filter((f) => f.metric === 'land_area').map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [176930, null],
      [58600, 'former_province'],
    ]);
  });
  it('a paragraph opened on the whole cooperative sector keeps speaking of it under a one-sector headline, whatever metric opened it', () => {
    const fs = facts('Năm 2023, các HTX trồng dứa tiếp tục mở rộng vùng nguyên liệu và liên kết tiêu thụ với doanh nghiệp.\n\nKhu vực HTX toàn tỉnh thu hút 41.200 thành viên, tạo việc làm cho 7.300 lao động. Doanh thu bình quân đạt 2,1 tỷ đồng/HTX/năm, lãi bình quân 150 triệu đồng/HTX/năm.', 'HTX trồng dứa vươn lên làm chủ chuỗi giá trị');
    const revenue = fs.find((f) => f.metric === 'revenue')!;
    expect(revenue.value).toBe(2100000000);
    expect(revenue.sector).toBeNull();
    expect(fs.find((f) => f.metric === 'profit')!.sector).toBeNull();
  });
  it('places listed after a sector lead and a colon count that sector, each its own place, and a class in one place\'s bracket stays there', () => {
    const fs = facts('Toàn tỉnh hiện có 318 HTX đang hoạt động trên nhiều lĩnh vực, thu hút hơn 20 nghìn thành viên.\n\nHTX vận tải tập trung ở khu vực nội thành: quận Lê Chân 12 HTX, quận Ngô Quyền 10 HTX.\n\nCác HTX nuôi trồng thủy sản phân bố chủ yếu ở các huyện ven biển: huyện Tiên Lãng có 17 HTX, Kiến Thụy 9 HTX.\n\nHTX nông nghiệp: huyện Vĩnh Bảo 51 HTX (trong đó 43 HTX hoạt động hiệu quả), huyện An Lão 26 HTX.', 'Hải Phòng phát triển kinh tế tập thể');
    const of = (v: number) => fs.find((f) => f.value === v)!;
    expect([of(12).sector, of(12).place]).toEqual(['transport', { level: 'district', name: 'quận Lê Chân' }]);
    expect([of(10).sector, of(10).place?.name]).toEqual(['transport', 'quận Ngô Quyền']);
    expect([of(17).sector, of(17).place?.name]).toEqual(['agriculture', 'huyện Tiên Lãng']);
    expect([of(9).sector, of(9).place?.name]).toEqual(['agriculture', 'Kiến Thụy']);
    expect([of(43).rating, of(43).place?.name]).toEqual(['effective', 'huyện Vĩnh Bảo']);
    expect([of(26).sector, of(26).rating, of(26).place?.name]).toEqual(['agriculture', null, 'huyện An Lão']);
  });
  it('a headline that reviews the whole sector, or names the credit funds first, lends no crop\'s sector', () => {
    for (const title of ['Kinh tế tập thể năm 2024: HTX thanh long giữ vai trò đầu tàu', 'Quỹ tín dụng nhân dân và HTX thanh long: hai trụ cột của kinh tế tập thể']) {
      const fs = facts('Trong năm 2024, toàn tỉnh có nhiều chuyển biến tích cực trong phát triển kinh tế tập thể.\n\nTrong năm, các địa phương đã giải thể 14 HTX ngừng hoạt động. Liên minh HTX tỉnh phấn đấu thành lập mới 36 HTX trong năm 2025.', title);
      expect(fs.find((f) => f.value === 14)!.sector, title).toBeNull();
      expect(fs.find((f) => f.value === 36)!.sector, title).toBeNull();
    }
  });

  it('cooperatives taking part in a programme, with their land between, are a subset, and so is their land', () => {
    const fs = facts('Các HTX trồng lúa quản lý tổng diện tích 41.200 ha, thu hút 12.300 thành viên. Năm 2024 có 37 HTX với diện tích 11.600 ha tham gia Đề án phát triển vùng lúa chất lượng cao.');
    expect(fs.map((f) => f.value)).toEqual([41200, 12300]);
  });

  it('the province\'s own plan is no figure of the sector whose section it stands in', () => {
    const fs = facts('HTX lúa: nòng cốt trong liên kết chuỗi\n\nCác HTX lúa có doanh thu ước đạt 412 tỷ đồng trong năm 2024.\n\nNăm 2025, tỉnh phấn đấu thành lập mới 17 HTX, 25 tổ hợp tác.');
    expect(fs.find((f) => f.value === 412000000000)!.sector).toBe('agriculture');
    expect(fs.find((f) => f.value === 17)!.sector).toBeNull();
  });

  it('a header cell of a part ("Trong đó: HTX sản xuất lúa") gives its sector to its column only, not to the total row', () => {
    const title = 'Liên minh HTX tỉnh tổng kết năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Số HTX phân theo huyện (tính đến 31/12/2024)</p>
      <table><tr><th>STT</th><th>Huyện</th><th>Số HTX</th><th>Trong đó: HTX sản xuất lúa</th><th>Số thành viên (người)</th></tr>
      <tr><td>1</td><td>Thoại Sơn</td><td>41</td><td>34</td><td>16.380</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>212</td><td>131</td><td>98.400</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.example.vn/tin/10' }).facts.filter((f) => f.place === null);
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 212, null],
      ['count', 131, 'agriculture'],
      ['members', 98400, null],
    ]);
  });
  it('a sentence that opens on a forecast ("Theo dự báo của …,") estimates every figure in it, over semicolons', () => {
    const fs = facts('Theo dự báo của Liên minh HTX tỉnh, đến 31/12/2023 toàn tỉnh dự kiến có 540 HTX; cả năm thành lập mới khoảng 47 HTX, đạt 106% kế hoạch.');
    expect(fs.map((f) => [f.metric, f.value, f.status])).toEqual([
      ['count', 540, 'estimate'],
      ['count', 47, 'estimate'],
      ['plan_achievement', 106, 'estimate'],
    ]);
  });
  it('a sentence whose subject is one sector\'s cooperatives ("9 tháng qua, các HTX du lịch … đón …, doanh thu …") gives them its figures, in a district too', () => {
    const fs = facts('Thị xã Sa Pa hiện có 61 HTX, phần lớn hoạt động trong nông nghiệp. 9 tháng qua, các HTX du lịch trên địa bàn thị xã đón khoảng 74.000 lượt khách, doanh thu ước đạt 37 tỷ đồng.', 'Lào Cai: kinh tế tập thể 9 tháng năm 2023');
    const revenue = fs.find((f) => f.metric === 'revenue')!;
    expect([revenue.value, revenue.sector, revenue.place?.level]).toEqual([37000000000, 'trade_services', 'district']);
  });
  it('a sentence that opens on a group named by its sector ("Nhóm HTX hồ tiêu …") gives it its figures', () => {
    const fs = facts('Toàn tỉnh có 352 HTX, trong đó 281 HTX nông nghiệp.\n\nNhóm HTX hồ tiêu ít hơn với 19 HTX, 1.012 thành viên, canh tác gần 1.180 ha.');
    expect(fs.filter((f) => f.value !== 352 && f.value !== 281).map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 19, 'agriculture'],
      ['members', 1012, 'agriculture'],
      ['land_area', 1180, 'agriculture'],
    ]);
  });
  it('the change of a subset the fields cannot name, and its earlier point, are no facts either', () => {
    const fs = facts('Toàn tỉnh hiện có 318 HTX với 41.260 thành viên. Trong đó, có 61 HTX do nữ làm giám đốc, chiếm 19,2% tổng số HTX, tăng 14 HTX so với cuối năm 2017. Toàn tỉnh hiện có 96 HTX ứng dụng công nghệ cao, tăng 12 HTX so với cùng kỳ năm 2022 (84 HTX).');
    expect(fs.map((f) => f.value)).toEqual([318, 41260]);
  });
  it('OCOP products "của HTX" are the cooperatives\' own, a subset, in a plan too; a named cooperative\'s stay its own', () => {
    const fs = facts('Toàn tỉnh hiện có 287 sản phẩm OCOP. Năm 2024, Liên minh phấn đấu có thêm 18 sản phẩm OCOP của HTX. HTX Dừa Phước Long hiện có 4 sản phẩm OCOP, doanh thu 6 tỷ đồng.');
    expect(fs.filter((f) => f.entity === 'ocop_product').map((f) => [f.value, f.place?.level ?? null])).toEqual([[287, null], [4, 'cooperative']]);
  });
  it('courses of one topic listed under the total are a part the fields cannot tell from the whole; a place\'s courses and their people keep their place', () => {
    const fs = facts('Trong năm, Liên minh HTX tỉnh tổ chức 24 lớp đào tạo, bồi dưỡng, tập huấn cho 1.730 lượt người. Cụ thể:\n\n07 lớp bồi dưỡng kiến thức quản lý HTX cho giám đốc HTX, với 410 lượt người;\n\n09 lớp tập huấn kỹ thuật sản xuất theo tiêu chuẩn VietGAP, với 680 lượt người.\n\nRiêng tại huyện Lập Thạch, Liên minh tổ chức 3 lớp tập huấn cho 190 lượt cán bộ HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['count', 24, null],
      ['participants', 1730, null],
      ['count', 3, 'district'],
      ['participants', 190, 'district'],
    ]);
  });
  it('a paragraph that opens on a district\'s own count speaks of it until it names another place, a cooperative or the province', () => {
    const fs = facts('Theo Liên minh HTX tỉnh, toàn tỉnh có 398 HTX với 37.200 thành viên.\n\nHuyện Gio Linh có 54 HTX, thu hút 5.870 thành viên. Doanh thu 9 tháng của các HTX trên địa bàn đạt 88 tỷ đồng; vẫn còn 7 HTX hoạt động yếu. HTX Nông nghiệp Gio Mỹ có doanh thu 6 tỷ đồng.\n\nDoanh thu của các HTX toàn tỉnh ước đạt 1.150 tỷ đồng.');
    const of = (v: number) => fs.find((f) => f.value === v)!.place;
    expect(of(88000000000)).toEqual({ level: 'district', name: 'Huyện Gio Linh' });
    expect(of(7)).toEqual({ level: 'district', name: 'Huyện Gio Linh' });
    expect(of(6000000000)?.level).toBe('cooperative');
    expect(of(1150000000000)).toBeNull();
  });
  it('where the new ones stand ("THT mới tập trung chủ yếu ở huyện X (9 THT), …") counts new ones, place by place', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 11 HTX và 26 THT. THT mới tập trung chủ yếu ở huyện Quảng Điền (8 THT), huyện Phong Điền (6 THT) và huyện Phú Vang (4 THT).');
    expect(fs.filter((f) => f.place).map((f) => [f.entity, f.scope, f.value, f.place!.name])).toEqual([
      ['cooperative_group', 'new', 8, 'huyện Quảng Điền'],
      ['cooperative_group', 'new', 6, 'huyện Phong Điền'],
      ['cooperative_group', 'new', 4, 'huyện Phú Vang'],
    ]);
  });
  it('a cooperative founded on a printed day ("được thành lập ngày 20/8/2012 với vốn điều lệ ban đầu …") gave its capital then, not in the period', () => {
    const fs = facts('Liên hiệp HTX Lúa gạo Mỹ Thạnh được thành lập ngày 20/8/2012 với vốn điều lệ ban đầu 600 triệu đồng.', 'Liên minh HTX tỉnh tổng kết năm 2018');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.asOf])).toEqual([['charter_capital', 'existing', 600000000, '2012-08-20']]);
  });
  it('people sent to others\' courses or on study tours, and the cooperatives not yet rated, are no facts', () => {
    const fs = facts('Năm 2023, Liên minh HTX tỉnh tổ chức 14 lớp tập huấn cho 980 lượt người; cử 18 lượt cán bộ đi tập huấn tại Trung ương; tổ chức 02 đoàn với 41 cán bộ HTX đi học tập kinh nghiệm.\n\nPhân loại năm 2023: tốt 21 HTX; khá 64 HTX; chưa phân loại: 9 HTX.');
    expect(fs.map((f) => f.value)).toEqual([14, 980, 21, 64]);
  });
  it('cooperatives the alliance admits ("kết nạp mới 14 HTX vào Liên minh", "Liên minh đã kết nạp 9 HTX") are its new member units; admitted elsewhere they are not', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 31 HTX. Liên minh HTX tỉnh đã kết nạp 9 HTX; các huyện kết nạp mới 12 HTX vào Liên minh. Liên minh cũng kết nạp 20 HTX vào hệ thống tư vấn pháp lý miễn phí.');
    expect(fs.filter((f) => f.entity === 'member_unit').map((f) => [f.value, f.scope])).toEqual([[9, 'new'], [12, 'new']]);
  });
  it('an undated starting point ("Từ 12 thành viên ban đầu, đến nay …") and a fund\'s lending against its plan are no facts', () => {
    const fs = facts('HTX Rau sạch Yên Lạc là một ví dụ. Từ 12 thành viên ban đầu, đến nay HTX có 48 thành viên. Năm 2023, Quỹ hỗ trợ phát triển HTX giải ngân cho 15 dự án với tổng số tiền 8,2 tỷ đồng, đạt 82% kế hoạch vốn.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['members', 48]]);
  });
  it('members "với" after a list of cooperatives, unions and groups are the cooperatives\' (of the list\'s place); after a semicolon the groups\' own', () => {
    const fs = facts('Toàn tỉnh có 902 HTX. Khu vực tỉnh Gia Lai (cũ) có 571 HTX, 2 liên hiệp HTX, 604 THT với 30.800 thành viên. Đến cuối năm, toàn tỉnh có 196 HTX; 615 tổ hợp tác với 7.860 thành viên.', 'Gia Lai: kinh tế tập thể 6 tháng đầu năm 2025');
    const of = (v: number) => fs.find((f) => f.value === v)!;
    expect([of(30800).entity, of(30800).place?.level]).toEqual(['cooperative', 'former_province']);
    expect(of(7860).entity).toBe('cooperative_group');
  });
  it('terse "trong đó LĐ là TV: 5.120 người" counts people of two kinds at once, no fact', () => {
    const fs = facts('Toàn tỉnh có 214 HTX đang hoạt động trong các lĩnh vực.\n\nThành viên: 18.300 người; lao động: 9.410 người, trong đó LĐ là TV: 4.870 người.');
    expect(fs.map((f) => f.value)).toEqual([214, 18300, 9410]);
  });
  it('the alliance\'s own founding plan ("Liên minh HTX tỉnh phấn đấu thành lập mới 13 HTX") is of all sectors under a one-sector headline', () => {
    const fs = facts('Các HTX cà phê tiếp tục giữ vai trò nòng cốt trong liên kết sản xuất.\n\nNăm 2025, Liên minh HTX tỉnh phấn đấu thành lập mới thêm 13 HTX.', 'HTX cà phê vượt khó vươn lên');
    expect(fs.find((f) => f.value === 13)!.sector).toBeNull();
  });
  it('a bare "HTX thành lập năm …" or "HTX vẫn giữ được …" speaks of the cooperative just named', () => {
    const fs = facts('Toàn tỉnh có 212 HTX nông nghiệp với 41.460 thành viên.\n\nHTX Hồng Lạc là một ví dụ. HTX thành lập năm 2019, đến nay đã có 174 thành viên. Năm nay, HTX vẫn giữ được việc làm cho 38 lao động.');
    expect(fs.filter((f) => f.value === 174 || f.value === 38).map((f) => f.place?.name ?? null)).toEqual(['HTX Hồng Lạc', 'HTX Hồng Lạc']);
  });
  it('"N% số HTX đang hoạt động đạt hiệu quả" is a share of effective ones; one with a property ("chưa có trụ sở", "hoàn thành chuyển đổi") no fact', () => {
    const fs = facts('Năm 2024, tỉnh phấn đấu 65% số HTX đang hoạt động đạt hiệu quả; 100% HTX đang hoạt động hoàn thành chuyển đổi theo Luật HTX năm 2023. Hiện vẫn còn khoảng 24% số HTX đang hoạt động chưa có trụ sở làm việc riêng.');
    expect(fs.map((f) => [f.metric, f.value, f.rating])).toEqual([['share', 65, 'effective']]);
  });
  it('a stock the year\'s plan sets ("hoàn thành các chỉ tiêu năm 2024: …") is for the year\'s end, in a review of nine months', () => {
    const fs = facts('Chín tháng năm 2024, toàn tỉnh thành lập mới 38 HTX, nâng tổng số lên 612 HTX.\n\nQuý IV, Liên minh phấn đấu hoàn thành các chỉ tiêu năm 2024: thành lập mới 55 HTX; 62% số HTX đang hoạt động đạt hiệu quả.', 'Liên minh HTX tỉnh sơ kết 9 tháng năm 2024');
    const share = fs.find((f) => f.metric === 'share')!;
    expect([share.value, share.status, share.asOf]).toEqual([62, 'target', '2024-12-31']);
  });
  it('a long label marked "(ước):" estimates its whole line; a heading "Ước cả năm 2020" its section', () => {
    const fs = facts('Kết quả đánh giá, phân loại HTX năm 2020 (ước): 61 HTX xếp loại tốt; 97 HTX khá; 70 HTX trung bình và 19 HTX yếu.\n\nIII. ƯỚC CẢ NĂM 2020\n\nThành lập mới 18 HTX, đạt 100% KH.', 'Liên minh HTX thành phố sơ kết 9 tháng năm 2020');
    expect(fs.map((f) => [f.value, f.status])).toEqual([[61, 'estimate'], [97, 'estimate'], [70, 'estimate'], [19, 'estimate'], [18, 'estimate'], [100, 'estimate']]);
  });
  it('cooperatives admitted to a programme ("kết nạp 27 HTX vào hệ thống tư vấn pháp lý") are no fact', () => {
    const fs = facts('Trong quý I, toàn thành phố thành lập mới 41 HTX. Liên minh cũng kết nạp 25 HTX vào hệ thống tư vấn pháp lý miễn phí.');
    expect(fs.map((f) => f.value)).toEqual([41]);
  });
  it('a bracket of terse sectors after new ones and their share of plan ("24/20 HTX, đạt 120% KH (NN 9; VT 5; …); 11 THT") breaks down the new ones; the bare last item shares the verb', () => {
    const fs = facts('Trong năm thành lập mới 22/20 HTX, đạt 110% KH (NN 8; VT 6; TM-DV 5; lĩnh vực khác 3); 12 THT.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.sector, f.value])).toEqual([
      ['cooperative', 'count', 'new', null, 22],
      ['cooperative', 'plan_achievement', 'new', null, 110],
      ['cooperative', 'count', 'new', 'agriculture', 8],
      ['cooperative', 'count', 'new', 'transport', 6],
      ['cooperative', 'count', 'new', 'trade_services', 5],
      ['cooperative', 'count', 'new', 'other', 3],
      ['cooperative_group', 'count', 'new', null, 12],
    ]);
  });
  it('a share whose subject names its year ("Số HTX hoạt động hiệu quả năm 2019 chiếm 52,4%") is that class\'s share at that year\'s end', () => {
    const fs = facts('Sau 5 năm thực hiện Luật HTX, chất lượng hoạt động của các HTX được nâng lên. Số HTX hoạt động hiệu quả năm 2019 chiếm 48,6%.', 'Hà Nam: 5 năm thực hiện Luật HTX năm 2012');
    const share = fs.find((f) => f.metric === 'share')!;
    expect([share.value, share.rating, share.asOf]).toEqual([48.6, 'effective', '2019-12-31']);
  });
  it('"chỉ tiêu thụ được" (only sold) and "cũng phải giải thể" (had to dissolve) plan nothing', () => {
    const fs = facts('Trong năm 2023, toàn tỉnh thành lập mới 28 HTX, nhưng cũng phải giải thể 7 HTX. HTX Thanh long Hàm Minh chỉ tiêu thụ được khoảng 1.500 tấn trái, doanh thu đạt 5,9 tỷ đồng.');
    expect(fs.map((f) => [f.value, f.status])).toEqual([[28, 'actual'], [7, 'actual'], [5900000000, 'actual']]);
  });
  it('a short <h2>-<h6> subheading inside the article announces figures, it states none of its own; the text under it does', () => {
    const html = '<html><head><title>Bình Định: kinh tế tập thể năm 2022</title></head><body><article><h1>Bình Định: kinh tế tập thể năm 2022</h1><p>Năm 2022, khu vực kinh tế tập thể tiếp tục phát triển ổn định.</p><h2>Gần 400 HTX, hơn 52.000 thành viên</h2><p>Đến cuối năm 2022, toàn tỉnh có 396 HTX với 52.310 thành viên.</p><h3>Từ 41 lên 57 sản phẩm OCOP</h3><p>Trong năm, có 16 sản phẩm OCOP mới được công nhận.</p></article></body></html>';
    const r = extractDocument({ html, url: 'https://lmhtx.binhdinh.gov.vn/tin/2' });
    expect(r.facts.map((f) => [f.metric, f.value])).toEqual([['count', 396], ['members', 52310], ['count', 16]]);
    expect(r.skipped.filter((s) => /subheading/.test(s.reason)).map((s) => s.text)).toEqual(['400', '52.000', '57']);
  });
  it('new cooperatives that "các cấp" helped found over a term are the term\'s new ones when the other count is one year of it ("riêng năm 2017 là 58 HTX")', () => {
    const fs = facts('Giai đoạn 2018 - 2022, các cấp, các ngành đã hỗ trợ thành lập mới 187 HTX, riêng năm 2022 là 46 HTX.', 'Phú Thọ: 5 năm phát triển kinh tế tập thể');
    expect(fs.map((f) => [f.scope, f.value, f.period?.start, f.period?.end])).toEqual([['new', 187, '2018-01-01', '2022-12-31'], ['new', 46, '2022-01-01', '2022-12-31']]);
  });
  it('a long subject before an amount ("Thu nhập bình quân của thành viên và người lao động làm việc thường xuyên trong HTX khoảng …") still names its metric', () => {
    const [f] = facts('Thu nhập bình quân của thành viên và người lao động làm việc thường xuyên trong các HTX khoảng 5,4 triệu đồng/người/tháng.');
    expect([f!.metric, f!.statistic, f!.value, f!.per]).toEqual(['income', 'average', 5400000, 'month']);
  });
  it('a bare sector noun as the sentence\'s subject ("Lĩnh vực thủy sản …", "HTX vận tải … với 38 HTX") gives its figures that sector; a capital starts a name instead', () => {
    const fs = facts('Lĩnh vực thủy sản tiếp tục đứng đầu với 96 HTX, chiếm 41,2% tổng số HTX. HTX vận tải vẫn duy trì vị trí thứ hai với 38 HTX. HTX Dịch vụ Tân Phú có 52 thành viên.');
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.place?.name ?? null])).toEqual([
      ['count', 96, 'agriculture', null],
      ['share', 41.2, 'agriculture', null],
      ['count', 38, 'transport', null],
      ['members', 52, null, 'HTX Dịch vụ Tân Phú'],
    ]);
  });
  it('the people\'s income after a semicolon beside "doanh thu bình quân của HTX nông nghiệp" is all cooperatives\'; after a sector of its own it is that sector\'s', () => {
    const a = facts('Năm 2023, doanh thu bình quân của HTX nông nghiệp đạt 2,4 tỷ đồng/HTX; thu nhập bình quân của thành viên, người lao động đạt 5,1 triệu đồng/người/tháng.');
    expect(a.map((f) => [f.metric, f.sector])).toEqual([['revenue', 'agriculture'], ['income', null]]);
    const b = facts('Năm 2023, doanh thu của khối HTX du lịch đạt 41,5 tỷ đồng; thu nhập bình quân của thành viên khoảng 4,6 triệu đồng/người/tháng.');
    expect(b.map((f) => [f.metric, f.sector])).toEqual([['revenue', 'trade_services'], ['income', 'trade_services']]);
  });
  it('under a plan heading, a paragraph that opens on a period already over, and a sentence that opens on "Hiện", report results', () => {
    const fs = facts('Nhiệm vụ quý IV\n\nTrong 9 tháng, Liên minh HTX tỉnh tổ chức 18 lớp tập huấn. Liên minh kết nạp mới 14 đơn vị thành viên. Hiện Liên minh có 217 đơn vị thành viên.\n\nQuý IV, Liên minh phấn đấu thành lập mới thêm 9 HTX.', 'Liên minh HTX tỉnh sơ kết 9 tháng năm 2024');
    expect(fs.map((f) => [f.entity, f.value, f.status])).toEqual([
      ['training_course', 18, 'actual'],
      ['member_unit', 14, 'actual'],
      ['member_unit', 217, 'actual'],
      ['cooperative', 9, 'target'],
    ]);
  });
  it('the parts of a subset the fields cannot name ("có 205 HTX đã đăng ký lại …; trong đó HTX nông nghiệp 160 HTX, …") are no facts either', () => {
    const fs = facts('Toàn tỉnh có 231 HTX. Đến ngày 30/6/2016, có 205 HTX đã hoàn thành việc đăng ký lại theo Luật Hợp tác xã năm 2012; trong đó HTX nông nghiệp 160 HTX, HTX phi nông nghiệp 45 HTX.', 'Liên minh HTX tỉnh sơ kết 6 tháng năm 2016');
    expect(fs.map((f) => f.value)).toEqual([231]);
  });
  it('"mỗi năm thành lập mới 20 HTX" is a yearly rate; "bình quân mỗi năm thành lập mới 12 HTX và 40 THT" the average year\'s', () => {
    const fs = facts('Giai đoạn 2016 - 2020, bình quân mỗi năm thành lập mới 27 HTX và 55 THT. Giai đoạn 2021 - 2025, phấn đấu mỗi năm thành lập mới 30 HTX.', 'Đại hội Liên minh HTX tỉnh nhiệm kỳ 2020 - 2025');
    expect(fs.map((f) => [f.entity, f.value, f.statistic, f.per])).toEqual([
      ['cooperative', 27, 'average', 'year'],
      ['cooperative_group', 55, 'average', 'year'],
      ['cooperative', 30, 'total', 'year'],
    ]);
  });
  it('under a one-crop headline, a district\'s count that names no sector is of that crop\'s cooperatives, like the province\'s', () => {
    const fs = facts('Toàn tỉnh có 38 HTX trồng chè. Huyện Tân Cương có 12 HTX, huyện Đại Từ 9 HTX.', 'Hợp tác xã chè giữ vững thương hiệu');
    expect(fs.map((f) => [f.value, f.sector, f.place?.name ?? null])).toEqual([[38, 'agriculture', null], [12, 'agriculture', 'Huyện Tân Cương'], [9, 'agriculture', 'huyện Đại Từ']]);
  });
  it('a bare "HTX" after "9 tháng qua" or with "gồm" is the cooperative named just before, and so are the figures of its sentence', () => {
    const fs = facts('Điển hình là HTX Dịch vụ du lịch Bàu Sen (xã Hòa Hải). Với 42 thành viên, 9 tháng qua HTX đón hơn 21.000 lượt khách, doanh thu đạt 3,4 tỷ đồng. HTX hiện gồm 42 hộ thành viên với 15 ha sen.', 'Đà Nẵng: HTX du lịch cộng đồng 9 tháng năm 2024');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 42, 'HTX Dịch vụ du lịch Bàu Sen'],
      ['revenue', 3400000000, 'HTX Dịch vụ du lịch Bàu Sen'],
      ['members', 42, 'HTX Dịch vụ du lịch Bàu Sen'],
      ['land_area', 15, 'HTX Dịch vụ du lịch Bàu Sen'],
    ]);
  });
  it('a table column "Trong đó: đang hoạt động" beside the count is the operating part of each row', () => {
    const html = '<html><head><title>Kinh tế tập thể năm 2016</title></head><body><article><h1>Kinh tế tập thể năm 2016</h1><p>Số lượng HTX phân theo lĩnh vực (tính đến 30/11/2016):</p><table><tr><td>TT</td><td>Lĩnh vực</td><td>Tổng số HTX</td><td>Trong đó: đang hoạt động</td></tr><tr><td>1</td><td>Nông nghiệp</td><td>215</td><td>187</td></tr><tr><td>2</td><td>Vận tải</td><td>19</td><td>15</td></tr></table></article></body></html>';
    const fs = extractDocument({ html, url: 'https://lmhtx.bacninh.gov.vn/tin/3' }).facts;
    expect(fs.map((f) => [f.value, f.sector, f.rating])).toEqual([[215, 'agriculture', null], [187, 'agriculture', 'operating'], [19, 'transport', null], [15, 'transport', 'operating']]);
  });
  it('the parts after "Trong đó" of the new ones counted last are new; the share of the year\'s plan stays the province\'s', () => {
    const fs = facts('Trong quý, toàn tỉnh thành lập mới 5 HTX và 9 THT. Trong đó, huyện Cần Giuộc có 3 HTX; huyện Đức Hòa và huyện Bến Lức mỗi huyện 1 HTX. Kế hoạch năm 2019 thành lập mới 25 HTX, như vậy sau quý I đã đạt 20% kế hoạch năm.', 'Long An: kinh tế tập thể quý I năm 2019');
    expect(fs.filter((f) => f.entity === 'cooperative' && f.metric === 'count' && f.status === 'actual').map((f) => [f.value, f.scope, f.place?.name ?? null])).toEqual([
      [5, 'new', null],
      [3, 'new', 'huyện Cần Giuộc'],
      [1, 'new', 'huyện Đức Hòa'],
      [1, 'new', 'huyện Bến Lức'],
    ]);
    expect(fs.find((f) => f.metric === 'plan_achievement')?.place).toBeNull();
  });
  it('"thu nhập bình quân của thành viên HTX …" after a named cooperative is that cooperative\'s; "người lao động trong HTX" stays general', () => {
    const a = facts('Còn HTX Rau sạch Tân An hiện canh tác 32 ha rau màu. Năm 2023, thu nhập bình quân của thành viên HTX khoảng 58 triệu đồng/năm.');
    expect(a.find((f) => f.metric === 'income')?.place?.name).toBe('HTX Rau sạch Tân An');
    const b = facts('Còn HTX Rau sạch Tân An hiện canh tác 32 ha rau màu. Thu nhập bình quân của thành viên và người lao động trong HTX đạt 4,1 triệu đồng/người/tháng.');
    expect(b.find((f) => f.metric === 'income')?.place).toBeNull();
  });
  it('amounts of a group named by its class ("nhóm HTX xếp loại tốt", "nhóm HTX yếu") carry that rating; the province\'s average does not', () => {
    const fs = facts('Doanh thu bình quân của các HTX đạt 2,1 tỷ đồng/HTX. Doanh thu bình quân của nhóm HTX xếp loại tốt đạt 6,4 tỷ đồng/HTX/năm, lợi nhuận bình quân 510 triệu đồng/HTX; nhóm HTX yếu có doanh thu bình quân chỉ khoảng 290 triệu đồng/HTX.');
    expect(fs.map((f) => [f.metric, f.value, f.rating])).toEqual([
      ['revenue', 2100000000, null],
      ['revenue', 6400000000, 'good'],
      ['profit', 510000000, 'good'],
      ['revenue', 290000000, 'weak'],
    ]);
  });
  it('where a class of cooperatives stands ("Các HTX yếu tập trung chủ yếu ở huyện A (5 HTX), B (4 HTX) và C (3 HTX)"): each place its own name and that class', () => {
    const fs = facts('Các HTX yếu tập trung chủ yếu ở huyện Đắk Song (6 HTX), Tuy Đức (4 HTX) và Krông Nô (2 HTX). Còn 21 HTX ngừng hoạt động, tập trung nhiều ở huyện Cư Jút (8 HTX), Đắk Mil (5 HTX).', 'Đắk Nông: kinh tế tập thể năm 2020');
    expect(fs.map((f) => [f.value, f.rating, f.place?.name ?? null])).toEqual([
      [6, 'weak', 'huyện Đắk Song'],
      [4, 'weak', 'Tuy Đức'],
      [2, 'weak', 'Krông Nô'],
      [21, 'inactive', null],
      [8, 'inactive', 'huyện Cư Jút'],
      [5, 'inactive', 'Đắk Mil'],
    ]);
  });
  it('a list item "thành phố X 36 HTX" is that city, and "trên địa bàn huyện 10 tháng" names no district "10"', () => {
    const a = facts('Phân theo địa bàn, huyện Than Uyên có nhiều HTX nhất với 49 HTX; tiếp đến là huyện Tam Đường 43 HTX, thành phố Lai Châu 36 HTX, Phong Thổ 34 HTX.', 'Lai Châu: kinh tế tập thể năm 2018');
    expect(a.map((f) => [f.value, f.place?.name ?? null])).toEqual([[49, 'huyện Than Uyên'], [43, 'huyện Tam Đường'], [36, 'thành phố Lai Châu'], [34, 'Phong Thổ']]);
    const b = facts('Huyện Tủa Chùa hiện có 34 HTX. Tổng doanh thu của các HTX trên địa bàn huyện 10 tháng ước đạt 27,5 tỷ đồng.', 'Điện Biên: kinh tế tập thể 10 tháng năm 2022');
    expect(b.map((f) => f.place?.name ?? null)).not.toContain('huyện 10');
  });
  it('a sector subject after an opening time ("9 tháng năm 2024, các HTX du lịch … doanh thu …") gives its amounts that sector', () => {
    const fs = facts('9 tháng năm 2024, các HTX du lịch đón khoảng 120.000 lượt khách, doanh thu đạt 12,5 tỷ đồng.', 'Quảng Nam: kinh tế tập thể 9 tháng năm 2024');
    expect(fs.map((f) => [f.metric, f.sector])).toEqual([['revenue', 'trade_services']]);
  });
  it('"với tổng số … thành viên" after a whole and its part ("có 142 HTX, trong đó 98 HTX nông nghiệp, với tổng số …") is the whole\'s', () => {
    const fs = facts('Tính đến ngày 31/8/2021, toàn tỉnh có 131 HTX, trong đó 87 HTX nông nghiệp, với tổng số 6.540 thành viên.');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([['count', 131, null], ['count', 87, 'agriculture'], ['members', 6540, null]]);
  });
  it('the plan in brackets after the share achieved ("đạt 63% kế hoạch năm (kế hoạch giao 30 HTX)") is a target of the whole; after "vượt kế hoạch đề ra (25 HTX)" it is only the plan of the result', () => {
    const a = facts('Năm 2022, toàn tỉnh thành lập mới 31 HTX (khu vực A 18 HTX, khu vực B 13 HTX), đạt 77,5% kế hoạch năm (kế hoạch giao 40 HTX).', 'Liên minh HTX tỉnh tổng kết năm 2022');
    const t = a.find((f) => f.status === 'target')!;
    expect([t.entity, t.metric, t.scope, t.value, t.place, t.sector, t.rule]).toEqual(['cooperative', 'count', 'new', 40, null, null, 'noun.plan_in_brackets']);
    expect(a.find((f) => f.value === 31)?.plan).toBe(40);
    const b = facts('Năm 2022, toàn tỉnh thành lập mới 27 HTX, vượt kế hoạch đề ra (25 HTX).', 'Liên minh HTX tỉnh tổng kết năm 2022');
    expect(b.map((f) => [f.value, f.status, f.plan])).toEqual([[27, 'actual', 25]]);
  });
  it('an opening "Với 1.250 thành viên …," clause gives its figures to the cooperative named right after it', () => {
    const fs = facts('Với 640 thành viên là hộ đồng bào ở 5 xã vùng cao, HTX Chè Suối Giàng (huyện Văn Chấn) đang quản lý 310 ha chè shan tuyết.', 'Yên Bái: HTX chè vùng cao');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([['members', 640, 'HTX Chè Suối Giàng'], ['land_area', 310, 'HTX Chè Suối Giàng']]);
  });
  it('the parts of a base named by its class ("Trong số HTX đang hoạt động, lĩnh vực vận tải có 21 HTX; …") are of that class; a part with its own class keeps it', () => {
    const fs = facts('Toàn tỉnh có 160 HTX, trong đó 142 HTX đang hoạt động. Trong số HTX đang hoạt động, lĩnh vực vận tải có 21 HTX; nông nghiệp 96 HTX. Trong số HTX đang hoạt động, có 30 HTX loại tốt và 12 HTX yếu.');
    expect(fs.map((f) => [f.value, f.sector, f.rating])).toEqual([
      [160, null, null],
      [142, null, 'operating'],
      [21, 'transport', 'operating'],
      [96, 'agriculture', 'operating'],
      [30, null, 'good'],
      [12, null, 'weak'],
    ]);
  });
  it('"Trong tổng số HTX, có 438 HTX đang hoạt động" after an estimated stock is estimated too', () => {
    const fs = facts('Ước đến ngày 30/6/2025, toàn tỉnh có 512 HTX. Trong tổng số HTX, có 438 HTX đang hoạt động và 74 HTX ngừng hoạt động.', 'Liên minh HTX tỉnh sơ kết 6 tháng đầu năm 2025');
    expect(fs.map((f) => [f.value, f.status])).toEqual([[512, 'estimate'], [438, 'estimate'], [74, 'estimate']]);
  });
  it('the stock in brackets after "so với cuối năm 2016" is a stock at that point even after a dissolution in the sentence', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 12 HTX, đồng thời giải thể 17 HTX ngừng hoạt động, nên tổng số HTX giảm 5 HTX so với cuối năm 2022 (có 389 HTX).');
    const f = fs.find((x) => x.value === 389)!;
    expect([f.scope, f.asOf]).toEqual(['existing', '2022-12-31']);
  });
  it('capital raised to a figure ("nâng vốn điều lệ lên 3,2 tỷ đồng") is a stock, like land brought up to one', () => {
    const fs = facts('HTX Nông nghiệp Ia Phang được thành lập mới năm 2023; năm 2024 HTX phấn đấu nâng vốn điều lệ lên 2,8 tỷ đồng.', 'Gia Lai: HTX nông nghiệp năm 2023');
    const f = fs.find((x) => x.metric === 'charter_capital')!;
    expect([f.scope, f.status, f.value]).toEqual(['existing', 'target', 2800000000]);
  });
  it('a part in brackets after "đạt 115% kế hoạch, phần lớn là HTX nông nghiệp (17 HTX)" is a result, not the plan', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 26 HTX, đạt 118% kế hoạch, phần lớn là HTX nông nghiệp (19 HTX).');
    expect(fs.find((f) => f.value === 19)?.status).toBe('actual');
  });
  it('a heading "Bức tranh chung …" after a plan section returns to results', () => {
    const fs = facts('Phương hướng năm 2021\n\nHTX phấn đấu kết nạp thêm 20 thành viên.\n\nBức tranh chung của khu vực HTX toàn tỉnh\n\nTheo Liên minh HTX tỉnh, tính đến cuối năm 2020, toàn tỉnh có 239 HTX. Huyện Đak Đoa là địa phương có nhiều HTX nhất tỉnh với 21 HTX.', 'HTX Nông nghiệp Hà Bầu Xanh tổ chức Đại hội thành viên thường niên năm 2021');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.value, f.status])).toEqual([[239, 'actual'], [21, 'actual']]);
  });
  it('stocks listed "; cùng với đó là …" after an estimated stock are estimated too', () => {
    const fs = facts('Báo cáo tại hội nghị cho biết, ước đến ngày 30/6/2025, toàn tỉnh có 498 HTX, tăng 17 HTX so với thời điểm 31/12/2024 (481 HTX); cùng với đó là 3 liên hiệp HTX và 1.020 tổ hợp tác.', 'Liên minh HTX tỉnh sơ kết 6 tháng đầu năm 2025');
    expect(fs.filter((f) => f.scope === 'existing').map((f) => [f.value, f.status])).toEqual([[498, 'estimate'], [481, 'actual'], [3, 'estimate'], [1020, 'estimate']]);
  });
  it('a metric word between an amount and its unit of average ("bình quân ước 8,37 tỷ đồng doanh thu/HTX") names the metric', () => {
    const fs = facts('Tổng doanh thu của các HTX ước đạt 915 tỷ đồng; lợi nhuận ước 27,4 tỷ đồng; bình quân ước 6,2 tỷ đồng doanh thu/HTX.');
    const f = fs.find((x) => x.value === 6200000000)!;
    expect([f.metric, f.statistic, f.rule]).toEqual(['revenue', 'average', 'metric.word_after']);
  });
  it('a headline on one crop\'s season ("Vụ vải thiều 2024: …") lends its sector; the province\'s own founding stays all-sector', () => {
    const fs = facts('Năm 2024, bình quân mỗi HTX ước đạt doanh thu khoảng 12,4 tỷ đồng. Cũng trong năm, tỉnh thành lập mới 28 HTX.', 'Vụ vải thiều 2024: doanh thu của các hợp tác xã tăng mạnh');
    expect(fs.map((f) => [f.metric, f.sector])).toEqual([['revenue', 'agriculture'], ['count', null]]);
  });
  it('members after the end of a list by sector ("gồm 351 HTX nông nghiệp, 85 Quỹ TDND và 31 HTX phi nông nghiệp, thu hút …") are the whole list\'s', () => {
    const fs = facts('Đến 30/6/2019, toàn tỉnh có 402 HTX, gồm 298 HTX nông nghiệp, 71 Quỹ tín dụng nhân dân và 33 HTX phi nông nghiệp, thu hút trên 412.000 thành viên.');
    expect(fs.find((f) => f.metric === 'members')?.sector).toBeNull();
  });
  it('"mỗi tổ viên có thêm thu nhập 2,5 – 3 triệu đồng/tháng" is an average income, never a "new" one', () => {
    const fs = facts('Tổ hợp tác đan lát Phú Mỹ có 24 tổ viên; mỗi tổ viên có thêm thu nhập 2 – 2,5 triệu đồng/tháng.');
    const f = fs.find((x) => x.metric === 'income')!;
    expect([f.scope, f.statistic, f.per]).toEqual(['existing', 'average', 'month']);
  });
  it('a property after a pair ("63 HTX và 418 THT có đồng bào Khmer tham gia") makes both a subset; a first item with its own words stays', () => {
    const a = facts('Toàn tỉnh có 197 HTX và 1.245 THT. Trong đó, 58 HTX và 402 THT có đồng bào Khmer tham gia.');
    expect(a.map((f) => f.value)).toEqual([197, 1245]);
    const b = facts('Toàn tỉnh có 318 HTX. Trong đó có 296 HTX đang hoạt động và 22 HTX ngừng hoạt động đang được hướng dẫn làm thủ tục giải thể.');
    expect(b.map((f) => [f.value, f.rating])).toEqual([[318, null], [296, 'operating'], [22, 'inactive']]);
  });
  it('an amount the paragraph gave its cooperatives since a count of unions says whose a later amount is', () => {
    const fs = facts('Tính đến ngày 30/9/2024, toàn tỉnh có 402 HTX, trong đó 371 HTX đang hoạt động, 31 HTX ngừng hoạt động đang chờ làm thủ tục giải thể; ngoài ra còn có 2 liên hiệp HTX. Tổng vốn điều lệ đăng ký của các HTX đạt 980 tỷ đồng, bình quân khoảng 2,4 tỷ đồng/HTX. Tuy nhiên, con số này phần lớn chỉ nằm trên giấy: vốn góp thực tế của thành viên mới đạt 396 tỷ đồng.', 'Vốn góp của thành viên HTX còn mỏng');
    expect(fs.find((f) => f.metric === 'contributed_capital')?.entity).toBe('cooperative');
  });
  it('a paragraph that opens on one block\'s cooperatives ("Khối tiểu thủ công nghiệp … hiện có 38 HTX") keeps speaking of them', () => {
    const fs = facts('Khối tiểu thủ công nghiệp, làng nghề hiện có 27 HTX. Doanh thu 6 tháng của khối này ước đạt 41 tỷ đồng. Thu nhập bình quân của người lao động khoảng 5,6 triệu đồng/người/tháng.', 'Hợp tác xã làng nghề nửa đầu năm 2026');
    expect(fs.map((f) => [f.metric, f.sector])).toEqual([['count', 'industry_handicraft'], ['revenue', 'industry_handicraft'], ['income', 'industry_handicraft']]);
  });
  it('the people of a union ("… 9 HTX thành viên ở 6 xã, với tổng cộng 1.146 hộ thành viên") are members of its member cooperatives; its members are cooperatives', () => {
    const fs = facts('Liên hiệp HTX Rau an toàn Long Hồ được thành lập năm 2015 trên cơ sở liên kết của 4 HTX chuyên canh rau màu, với vốn điều lệ ban đầu 400 triệu đồng. Qua 3 năm hoạt động, Liên hiệp đã kết nạp thêm 3 HTX, nâng tổng số lên 7 HTX thành viên ở 5 xã, với tổng cộng 936 hộ thành viên.', 'Vĩnh Long: liên kết sản xuất rau an toàn');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value, f.place?.name ?? null])).toEqual([
      ['cooperative_union', 7, 'Liên hiệp HTX Rau an toàn Long Hồ'],
      ['cooperative', 936, 'Liên hiệp HTX Rau an toàn Long Hồ'],
    ]);
  });
  it('a row "- Trong đó: HTX đang hoạt động" of a table of indicators counts operating cooperatives, its comparison too', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một vài số liệu chủ yếu của khu vực HTX:</p>
      <table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2022</th><th>Năm 2023</th><th>So sánh (%)</th></tr>
      <tr><td>1</td><td>Tổng số HTX</td><td>HTX</td><td>210</td><td>224</td><td>106,7</td></tr>
      <tr><td>2</td><td>- Trong đó: HTX đang hoạt động</td><td>HTX</td><td>180</td><td>195</td><td>108,3</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['existing', null, 210],
      ['existing', null, 224],
      ['change', null, 6.7],
      ['existing', 'operating', 180],
      ['existing', 'operating', 195],
      ['change', 'operating', 8.3],
    ]);
  });
  it('"TP.HCM (cũ)" is a former province; a paragraph listing several former provinces carries none of them past their own clauses', () => {
    const fs = facts('Đến cuối tháng 9/2025, toàn Thành phố có 1.200 HTX. Trong số này, TP.HCM (cũ) có 700 HTX, tỉnh Bình Dương (cũ) có 200 HTX và tỉnh Bà Rịa - Vũng Tàu (cũ) có 300 HTX. Cùng thời điểm, 1.000 HTX đang hoạt động; tỉnh Bình Dương (cũ) có 150 HTX nông nghiệp, với 5.200 thành viên.', 'Kinh tế tập thể TP Hồ Chí Minh 9 tháng năm 2025');
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [1200, null, null],
      [700, 'former_province', 'TP.HCM (cũ)'],
      [200, 'former_province', 'tỉnh Bình Dương (cũ)'],
      [300, 'former_province', 'tỉnh Bà Rịa - Vũng Tàu (cũ)'],
      [1000, null, null],
      [150, 'former_province', 'tỉnh Bình Dương (cũ)'],
      [5200, 'former_province', 'tỉnh Bình Dương (cũ)'],
    ]);
  });
  it('"UBND tỉnh đã công nhận 34 sản phẩm OCOP" recognises new products, its stars too; "Toàn tỉnh có … được công nhận" stays the stock', () => {
    const fs = facts('Tại kỳ đánh giá tháng 10/2023, UBND tỉnh đã công nhận 34 sản phẩm OCOP, gồm 8 sản phẩm 4 sao và 26 sản phẩm 3 sao. Toàn tỉnh có 120 sản phẩm được công nhận OCOP.');
    expect(fs.map((f) => [f.entity, f.value, f.scope])).toEqual([
      ['ocop_product', 34, 'new'],
      ['ocop_product', 8, 'new'],
      ['ocop_product', 26, 'new'],
      ['ocop_product', 120, 'existing'],
    ]);
  });
  it('the parts after "; trong đó" of an estimated stock are estimated; a next sentence that says "hiện … còn có" is not', () => {
    const fs = facts('Theo báo cáo của Liên minh HTX tỉnh, ước đến ngày 31/12/2023 toàn tỉnh có 156 HTX, tăng 8 HTX so với cuối năm 2022; trong đó 131 HTX đang hoạt động và 25 HTX ngừng hoạt động. Bên cạnh đó, hiện toàn tỉnh còn có 02 liên hiệp HTX và 412 tổ hợp tác với khoảng 5.300 tổ viên.');
    expect(fs.map((f) => [f.value, f.status])).toEqual([
      [156, 'estimate'],
      [8, 'estimate'],
      [131, 'estimate'],
      [25, 'estimate'],
      [2, 'actual'],
      [412, 'actual'],
      [5300, 'actual'],
    ]);
  });
  it('"thành lập mới 148 HTX, bình quân gần 30 HTX/năm" gives the average year\'s new cooperatives, per year', () => {
    const fs = facts('Giai đoạn 2016 - 2020, toàn tỉnh thành lập mới 148 HTX, bình quân gần 30 HTX/năm; giải thể 29 HTX.', 'Đại hội Liên minh HTX tỉnh Hà Tĩnh nhiệm kỳ 2021 - 2026');
    expect(fs.map((f) => [f.value, f.scope, f.statistic, f.per])).toEqual([
      [148, 'new', 'total', null],
      [30, 'new', 'average', 'year'],
      [29, 'dissolved', 'total', null],
    ]);
  });
  it('the earlier point of a change of weak cooperatives is weak, not of the operating base the sentence opened on', () => {
    const fs = facts('Trong số 412 HTX đang hoạt động, số HTX xếp loại yếu, kém hiện còn 58 HTX, giảm 9 HTX so với cuối năm 2022 (67 HTX).');
    expect(fs.map((f) => [f.value, f.scope, f.rating, f.asOf])).toEqual([
      [58, 'existing', 'weak', '2023-12-31'],
      [-9, 'change', 'weak', null],
      [67, 'existing', 'weak', '2022-12-31'],
    ]);
  });
  it('lines "Huyện X: 5 HTX" under "Các HTX mới thành lập tập trung ở 3 huyện:" count each district\'s new ones', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 12 HTX và giải thể 2 HTX. Các HTX mới thành lập tập trung ở 3 huyện:\n\nHuyện Kỳ Anh: 5 HTX, chủ yếu nuôi trồng thủy sản;\nHuyện Hương Sơn: 4 HTX trồng cam;\nHuyện Can Lộc: 2 HTX nông nghiệp và 1 HTX vận tải.');
    expect(fs.map((f) => [f.value, f.scope, f.place?.name ?? null, f.period?.end ?? null])).toEqual([
      [12, 'new', null, '2023-12-31'],
      [2, 'dissolved', null, '2023-12-31'],
      [5, 'new', 'Huyện Kỳ Anh', '2023-12-31'],
      [4, 'new', 'Huyện Hương Sơn', '2023-12-31'],
      [2, 'new', 'Huyện Can Lộc', '2023-12-31'],
      [1, 'new', 'Huyện Can Lộc', '2023-12-31'],
    ]);
  });
  it('"Xưởng chế biến của HTX tạo việc làm cho 56 lao động" after a named cooperative speaks of it', () => {
    const fs = facts('Năm 2015, HTX Quế hồi Khe Xanh được thành lập. Đến nay, HTX có 38 thành viên.\n\nXưởng chế biến của HTX tạo việc làm thường xuyên cho 56 lao động, phần lớn là người trong xã.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 38, 'HTX Quế hồi Khe Xanh'],
      ['workers', 56, 'HTX Quế hồi Khe Xanh'],
    ]);
  });
  it('a table "Thực hiện năm 2024 | Ước thực hiện năm 2025 | Kế hoạch năm 2026" reads each column of results, then the plan', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2025';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <p>Một số chỉ tiêu chủ yếu về kinh tế tập thể:</p>
      <table><tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Thực hiện năm 2024</th><th>Ước thực hiện năm 2025</th><th>Kế hoạch năm 2026</th></tr>
      <tr><td>Tổng số HTX</td><td>HTX</td><td>410</td><td>432</td><td>450</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.value, f.status, f.asOf])).toEqual([
      [410, 'actual', '2024-12-31'],
      [432, 'estimate', '2025-12-31'],
      [450, 'target', '2026-12-31'],
    ]);
  });
  it('"kết nạp mới 9 đơn vị, tăng 6 đơn vị so với cuối năm 2022 (136 đơn vị)" after the alliance\'s units: the stock\'s rise and earlier point', () => {
    const fs = facts('Đến 30/6/2023, Liên minh HTX tỉnh có 142 đơn vị thành viên; trong 6 tháng kết nạp mới 9 đơn vị, tăng 6 đơn vị so với cuối năm 2022 (136 đơn vị).', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.entity, f.value, f.scope, f.asOf])).toEqual([
      ['member_unit', 142, 'existing', '2023-06-30'],
      ['member_unit', 9, 'new', null],
      ['member_unit', 6, 'change', null],
      ['member_unit', 136, 'existing', '2022-12-31'],
    ]);
  });
  it('an amount\'s plan in brackets after the share achieved is a target of that metric; the rise after it is the result\'s', () => {
    const fs = facts('Tổng doanh thu của các HTX 6 tháng ước đạt 1.415 tỷ đồng, bằng 47,2% kế hoạch năm (kế hoạch 3.000 tỷ đồng), tăng 8,6% so với cùng kỳ năm 2022.', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2023');
    expect(fs.map((f) => [f.metric, f.scope, f.status, f.value, f.unit, f.period?.end ?? null])).toEqual([
      ['revenue', 'existing', 'estimate', 1415000000000, 'VND', '2023-06-30'],
      ['revenue', 'change', 'estimate', 8.6, 'percent', '2023-06-30'],
      ['plan_achievement', 'existing', 'estimate', 47.2, 'percent', '2023-06-30'],
      ['revenue', 'existing', 'target', 3000000000000, 'VND', '2023-12-31'],
    ]);
  });
  it('"trong đó riêng HTX vận tải có 64 HTX" names the part\'s sector', () => {
    const fs = facts('Toàn tỉnh có 300 HTX, trong đó riêng HTX vận tải có 64 HTX.');
    expect(fs.map((f) => [f.value, f.sector])).toEqual([
      [300, null],
      [64, 'transport'],
    ]);
  });
  it('a table of sectors captioned "(đơn vị: HTX)" with columns "Cuối năm 2013 | 30/6/2018 | Tăng (+), giảm (-)" counts each sector at both days and its change', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh: 5 năm thực hiện Luật HTX';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Tính đến 30/6/2018, toàn tỉnh có 396 HTX.</p>
      <table><caption>Số lượng HTX phân theo lĩnh vực (đơn vị: HTX)</caption><tr><th>Lĩnh vực</th><th>Cuối năm 2013</th><th>30/6/2018</th><th>Tăng (+), giảm (-)</th></tr>
      <tr><td>Nông nghiệp</td><td>214</td><td>271</td><td>+57</td></tr><tr><td>Vận tải</td><td>22</td><td>17</td><td>-5</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.value, f.scope, f.sector, f.asOf ?? f.period?.start])).toEqual([
      [396, 'existing', null, '2018-06-30'],
      [214, 'existing', 'agriculture', '2013-12-31'],
      [271, 'existing', 'agriculture', '2018-06-30'],
      [57, 'change', 'agriculture', '2014-01-01'],
      [22, 'existing', 'transport', '2013-12-31'],
      [17, 'existing', 'transport', '2018-06-30'],
      [-5, 'change', 'transport', '2014-01-01'],
    ]);
  });
  it('a percent change of an amount whose clause opens on a district\'s cooperatives is that district\'s', () => {
    const fs = facts('Các HTX du lịch cộng đồng của huyện Mai Châu doanh thu giảm trên 60% so với năm 2022. Doanh thu của HTX giảm 20% so với năm 2022.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['revenue', -60, 'huyện Mai Châu'],
      ['revenue', -20, null],
    ]);
  });
  it('a cooperative\'s name never runs over a paragraph break ("… có 226 HTX" then "Theo Liên minh …")', () => {
    const fs = facts('Năm 2022, kinh tế tập thể của tỉnh tiếp tục phát triển.\n\nToàn tỉnh có 226 HTX\n\nTheo Liên minh HTX tỉnh, đến cuối tháng 8/2023, toàn tỉnh có 226 HTX. Diện tích nuôi tôm do HTX quản lý đạt 8.650 ha.');
    expect(fs.map((f) => [f.metric, f.value, f.place])).toEqual([
      ['count', 226, null],
      ['land_area', 8650, null],
    ]);
  });
  it('a table "Địa bàn | Số lớp | Số lượt người" counts each district\'s courses and person-times', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 9 tháng năm 2021';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Kết quả theo từng địa bàn như sau:</p>
      <table><tr><th>Địa bàn</th><th>Số lớp</th><th>Số lượt người</th></tr>
      <tr><td>Thành phố Hà Tĩnh</td><td>4</td><td>268</td></tr><tr><td>Huyện Kỳ Anh</td><td>3</td><td>174</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value, f.unit, f.place?.name, f.period?.end])).toEqual([
      ['training_course', 'count', 'new', 4, 'count', 'Thành phố Hà Tĩnh', '2021-09-30'],
      ['training_course', 'participants', 'new', 268, 'person_time', 'Thành phố Hà Tĩnh', '2021-09-30'],
      ['training_course', 'count', 'new', 3, 'count', 'Huyện Kỳ Anh', '2021-09-30'],
      ['training_course', 'participants', 'new', 174, 'person_time', 'Huyện Kỳ Anh', '2021-09-30'],
    ]);
  });
  it('rows of places under "Đơn vị": the caption\'s day dates the stocks, "Giải thể (từ 01/7/2013)" starts its column\'s flow', () => {
    const title = 'Thừa Thiên Huế: chuyển đổi HTX theo Luật HTX năm 2012';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Kết quả ở từng địa phương như sau:</p>
      <table><caption>Tình hình chuyển đổi HTX (tính đến 30/11/2015)</caption><tr><th>TT</th><th>Đơn vị</th><th>Tổng số HTX</th><th>Giải thể (từ 01/7/2013)</th><th>HTX yếu kém</th></tr>
      <tr><td>1</td><td>Thành phố Huế</td><td>22</td><td>4</td><td>2</td></tr><tr><td>2</td><td>Huyện Phú Vang</td><td>34</td><td>4</td><td>5</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.thuathienhue.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.value, f.scope, f.rating, f.place?.name, f.asOf ?? `${f.period?.start}..${f.period?.end}`])).toEqual([
      [22, 'existing', null, 'Thành phố Huế', '2015-11-30'],
      [4, 'dissolved', null, 'Thành phố Huế', '2013-07-01..2015-11-30'],
      [2, 'existing', 'weak', 'Thành phố Huế', '2015-11-30'],
      [34, 'existing', null, 'Huyện Phú Vang', '2015-11-30'],
      [4, 'dissolved', null, 'Huyện Phú Vang', '2013-07-01..2015-11-30'],
      [5, 'existing', 'weak', 'Huyện Phú Vang', '2015-11-30'],
    ]);
  });
  it('a table of plans with "Cùng kỳ 2022 | Tăng/giảm so cùng kỳ (%) | Đạt so KH năm (%)" reads the year before, the change and the share of plan', () => {
    const title = 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Kết quả một số chỉ tiêu chủ yếu:</p>
      <table><tr><th>STT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch năm 2023</th><th>Thực hiện 6 tháng 2023</th><th>Cùng kỳ 2022</th><th>Tăng/giảm so cùng kỳ (%)</th><th>Đạt so KH năm (%)</th></tr>
      <tr><td>1</td><td>Doanh thu khu vực HTX</td><td>tỷ đồng</td><td>520</td><td>241,6</td><td>218,3</td><td>+10,7</td><td>46,5</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.hatinh.gov.vn/tin/4' }).facts;
    expect(fs.map((f) => [f.metric, f.scope, f.status, f.value, f.unit, f.refMetric, `${f.period?.start}..${f.period?.end}`])).toEqual([
      ['revenue', 'existing', 'target', 520000000000, 'VND', null, '2023-01-01..2023-12-31'],
      ['revenue', 'existing', 'actual', 241600000000, 'VND', null, '2023-01-01..2023-06-30'],
      ['revenue', 'existing', 'actual', 218300000000, 'VND', null, '2022-01-01..2022-06-30'],
      ['revenue', 'change', 'actual', 10.7, 'percent', 'revenue', '2023-01-01..2023-06-30'],
      ['plan_achievement', 'existing', 'actual', 46.5, 'percent', 'revenue', '2023-01-01..2023-06-30'],
    ]);
  });
  it('a multiple of a district\'s count ("Ở huyện Cư Jút, số HTX nông nghiệp tăng gần gấp đôi") is that district\'s', () => {
    const fs = facts('Ở huyện Cư Jút, số HTX nông nghiệp tăng gần gấp đôi so với năm 2019. Toàn tỉnh, số HTX tăng 1,5 lần so với năm 2019.');
    expect(fs.map((f) => [f.scope, f.value, f.unit, f.qualifier, f.place?.name ?? null])).toEqual([
      ['change', 2, 'times', 'nearly', 'huyện Cư Jút'],
      ['change', 1.5, 'times', 'exact', null],
    ]);
  });
  it('"số HTX tăng 31 đơn vị": the units counted are the cooperatives that rose', () => {
    const fs = facts('Tính đến ngày 31/12/2023, toàn tỉnh có 512 HTX. So với cuối năm 2022 (có 481 HTX), số HTX tăng 31 đơn vị. Liên minh kết nạp thêm 5 đơn vị thành viên.');
    expect(fs.map((f) => [f.entity, f.scope, f.value])).toEqual([
      ['cooperative', 'existing', 512],
      ['cooperative', 'existing', 481],
      ['cooperative', 'change', 31],
      ['member_unit', 'new', 5],
    ]);
  });
  it('"số HTX hoạt động hiệu quả đạt khoảng 35%" is a class\'s share; "số HTX thành lập mới đạt 80% kế hoạch" stays a plan achievement', () => {
    const fs = facts('Ước cả năm 2023, toàn tỉnh thành lập mới 28 HTX; số HTX hoạt động hiệu quả đạt khoảng 35%; số HTX thành lập mới đạt 80% kế hoạch.');
    expect(fs.map((f) => [f.metric, f.rating, f.value, f.refMetric])).toEqual([
      ['count', null, 28, null],
      ['share', 'effective', 35, 'count'],
      ['plan_achievement', null, 80, 'count'],
    ]);
  });
  it('"lợi nhuận ước đạt 21 tỷ 340 triệu đồng, bình quân mỗi HTX lãi khoảng 245 triệu đồng": the average of an estimate is estimated', () => {
    const fs = facts('Tổng doanh thu của khu vực HTX năm 2023 ước đạt 318,5 tỷ đồng, tăng 9,6% so với năm 2022; lợi nhuận ước đạt 21 tỷ 340 triệu đồng, bình quân mỗi HTX lãi khoảng 245 triệu đồng. Thu nhập của người lao động đạt 3 triệu đồng/người/tháng.');
    expect(fs.map((f) => [f.metric, f.statistic, f.status, f.value])).toEqual([
      ['revenue', 'total', 'estimate', 318500000000],
      ['revenue', 'total', 'estimate', 9.6],
      ['profit', 'total', 'estimate', 21340000000],
      ['profit', 'average', 'estimate', 245000000],
      ['income', 'average', 'actual', 3000000],
    ]);
  });
  it('the member cooperatives of the one union named in the clause are that union\'s; of two unions, of neither alone', () => {
    const fs = facts('Toàn tỉnh còn có 01 liên hiệp HTX (Liên hiệp HTX Nông nghiệp Sông Hậu Xanh, gồm 06 HTX thành viên) và 1.317 tổ hợp tác. Toàn tỉnh có 2 liên hiệp HTX (Liên hiệp HTX Thương mại Kỳ Anh và Liên hiệp HTX Vận tải Hồng Lĩnh) quy tụ 13 HTX thành viên.');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value, f.sector, f.place?.name ?? null])).toEqual([
      ['cooperative_union', 6, null, 'Liên hiệp HTX Nông nghiệp Sông Hậu Xanh'],
      ['cooperative_union', 13, null, null],
    ]);
  });
  it('"Những tháng cuối năm, … phấn đấu tổ chức thêm 7 lớp" in a nine-month review plans the months left', () => {
    const fs = facts('Trong 9 tháng, toàn tỉnh thành lập mới 26 HTX.\n\nNhững tháng cuối năm, Liên minh HTX tỉnh phấn đấu tổ chức thêm 7 lớp tập huấn, hoàn thành 100% kế hoạch năm.', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 9 tháng năm 2023');
    expect(fs.map((f) => [f.metric, f.status, f.value, `${f.period?.start}..${f.period?.end}`])).toEqual([
      ['count', 'actual', 26, '2023-01-01..2023-09-30'],
      ['count', 'target', 7, '2023-10-01..2023-12-31'],
      ['plan_achievement', 'target', 100, '2023-01-01..2023-12-31'],
    ]);
  });
  it('a paragraph opening on a former province after a preamble ("Xét theo địa bàn trước hợp nhất, khu vực tỉnh Yên Bái (cũ) …") speaks of it', () => {
    const fs = facts('Xét theo địa bàn trước hợp nhất, khu vực tỉnh Yên Bái (cũ) có 598 HTX với 21.340 thành viên, doanh thu bình quân đạt 2,4 tỷ đồng/HTX/năm.', 'Kinh tế tập thể tỉnh Lào Cai năm 2025');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['count', 598, 'former_province'],
      ['members', 21340, 'former_province'],
      ['revenue', 2400000000, 'former_province'],
    ]);
  });
  it('"Các HTX thành lập mới có tổng số 412 thành viên, tổng vốn điều lệ hơn 7,3 tỷ đồng" speaks of the new ones', () => {
    const fs = facts('Trong năm, toàn tỉnh thành lập mới 35 HTX. Các HTX thành lập mới có tổng số 412 thành viên, tổng vốn điều lệ hơn 7,3 tỷ đồng. Toàn tỉnh có tổng số 5.200 thành viên.');
    expect(fs.map((f) => [f.metric, f.scope, f.value])).toEqual([
      ['count', 'new', 35],
      ['members', 'new', 412],
      ['charter_capital', 'new', 7300000000],
      ['members', 'existing', 5200],
    ]);
  });
  it('a cooperative\'s name may join two trades with "và" ("HTX Dịch vụ nông nghiệp và tiêu thụ vải Hồng Lạc")', () => {
    const fs = facts('Tại huyện Thanh Hà, 32 HTX đang hoạt động. HTX Dịch vụ nông nghiệp và tiêu thụ vải Hồng Lạc là một ví dụ. HTX thành lập năm 2019, đến nay đã có 186 thành viên.');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['count', 32, 'huyện Thanh Hà'],
      ['members', 186, 'HTX Dịch vụ nông nghiệp và tiêu thụ vải Hồng Lạc'],
    ]);
  });

  it('a table of plans reads a row of one class\'s share ("Tỷ lệ HTX xếp loại khá | %"): planned, done and the share of the plan', () => {
    const title = 'Liên minh HTX tỉnh tổng kết năm 2021';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Một số chỉ tiêu chủ yếu năm 2021:</p>
      <table><tr><th>STT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch năm 2021</th><th>Thực hiện năm 2021</th><th>Tỷ lệ so với KH (%)</th></tr>
      <tr><td>1</td><td>Tỷ lệ HTX xếp loại khá</td><td>%</td><td>40</td><td>44</td><td>110,0</td></tr>
      <tr><td>2</td><td>Tỷ lệ hộ nghèo có việc làm trong HTX</td><td>%</td><td>10</td><td>12</td><td>120,0</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.example.vn/tin/9' }).facts;
    expect(fs.map((f) => [f.metric, f.rating, f.refMetric, f.status, f.value, f.asOf])).toEqual([
      ['share', 'fair', 'count', 'target', 40, '2021-12-31'],
      ['share', 'fair', 'count', 'actual', 44, '2021-12-31'],
      ['plan_achievement', 'fair', 'share', 'actual', 110, '2021-12-31'],
    ]);
  });

  it('bare names listed after a district ("…; tiếp đến là Quốc Oai (51 HTX)") or after "các huyện … như" are districts, each its own', () => {
    const fs = facts('Các HTX nông nghiệp tập trung nhiều nhất tại huyện Thạch Thất với 64 HTX; tiếp đến là Quốc Oai (51 HTX), Phúc Thọ (47 HTX). Các huyện phía nam như Thanh Oai có 38 HTX, Phú Xuyên có 35 HTX. Toàn thành phố có 1.200 HTX.');
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [64, 'district', 'huyện Thạch Thất'],
      [51, 'district', 'Quốc Oai'],
      [47, 'district', 'Phúc Thọ'],
      [38, 'district', 'Thanh Oai'],
      [35, 'district', 'Phú Xuyên'],
      [1200, null, null],
    ]);
  });

  it('"ước cả năm" as the verb of a subject after a preamble estimates every figure the sentence lists, but not an earlier point in brackets', () => {
    const fs = facts('Phấn đấu hoàn thành kế hoạch năm\n\nTừ kết quả 6 tháng đầu năm, Liên minh HTX tỉnh ước cả năm 2022 toàn tỉnh thành lập mới 70 HTX, đạt 100% kế hoạch, và 150 THT; giải thể khoảng 25 HTX; đến ngày 31/12/2022 toàn tỉnh có khoảng 980 HTX (đến ngày 31/12/2021 có 935 HTX).', 'Sơ kết 6 tháng đầu năm 2022');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.entity, f.scope, f.value, f.status])).toEqual([
      ['cooperative', 'new', 70, 'estimate'],
      ['cooperative_group', 'new', 150, 'estimate'],
      ['cooperative', 'dissolved', 25, 'estimate'],
      ['cooperative', 'existing', 980, 'estimate'],
      ['cooperative', 'existing', 935, 'actual'],
    ]);
  });

  it('a sector called the main field ("Nông nghiệp vẫn là lĩnh vực chủ lực, chiếm 64% tổng số HTX") and a class with its grades in brackets ("tỷ lệ HTX hoạt động hiệu quả (xếp loại tốt, khá) đạt 70%") give shares', () => {
    const fs = facts('Toàn tỉnh có 650 HTX. Thủy sản là ngành chủ lực của tỉnh, chiếm 41,5% tổng số HTX. Tỷ lệ HTX hoạt động hiệu quả (xếp loại tốt, khá) đạt 70,2%; tỷ lệ HTX hoạt động hiệu quả (mục tiêu 75%) chưa đạt.');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.sector, f.rating, f.value, f.status, f.refMetric])).toEqual([
      ['agriculture', null, 41.5, 'actual', 'count'],
      [null, 'effective', 70.2, 'actual', 'count'],
      [null, 'effective', 75, 'target', 'count'],
    ]);
  });

  it('members after a list headed by cooperatives are the cooperatives\', over the parts of the head (", với N thành viên"; a later sentence\'s "Tổng số thành viên")', () => {
    const fs = facts('Đến cuối năm, toàn tỉnh có 820 HTX, trong đó 760 HTX đang hoạt động và 60 HTX ngừng hoạt động; 4 liên hiệp HTX và 930 tổ hợp tác. Tổng số thành viên đạt hơn 71.200 người.\n\nTrong đó, khu vực tỉnh Quảng Nam (cũ) có 301 HTX, 2 liên hiệp HTX và 455 THT, với 26.400 thành viên.', 'Liên minh HTX thành phố Đà Nẵng tổng kết năm 2025');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.value, f.place?.level ?? null])).toEqual([
      ['cooperative', 71200, null],
      ['cooperative', 26400, 'former_province'],
    ]);
  });

  it('the class a share reaches: "xếp loại hoạt động hiệu quả" is effective, and "số HTX đang hoạt động đạt loại hiệu quả" is of the effective, not of the operating', () => {
    const fs = facts('Năm 2024, Liên minh phấn đấu 72% HTX xếp loại hoạt động hiệu quả.\n\nĐến cuối năm 2023, có 58% số HTX đang hoạt động đạt loại hiệu quả và 21% số HTX đang hoạt động đạt loại tốt.');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.value, f.rating, f.status])).toEqual([
      [72, 'effective', 'target'],
      [58, 'effective', 'actual'],
      [21, 'good', 'actual'],
    ]);
  });

  it('a time printed without its year ("đến cuối năm") is of the year the sentence opened on ("Năm 2024, …"), while "năm nay" stays the article\'s', () => {
    const fs = facts('Năm 2024, tỉnh phấn đấu thành lập mới 40 HTX; đến cuối năm toàn tỉnh có khoảng 700 HTX; doanh thu bình quân đạt 3 tỷ đồng/HTX/năm.\n\nNăm 2022, HTX Hòa Bình đạt doanh thu 2 tỷ đồng; năm nay dự kiến lãi 300 triệu đồng.');
    expect(fs.map((f) => [f.value, f.asOf ?? f.period?.end ?? null])).toEqual([
      [40, '2024-12-31'],
      [700, '2024-12-31'],
      [3000000000, '2024-12-31'],
      [2000000000, '2022-12-31'],
      [300000000, '2023-12-31'],
    ]);
  });

  it('a report on how a plan was carried out ("báo cáo về tình hình thực hiện Kế hoạch phát triển KTTT năm 2022") reports results, not targets', () => {
    const fs = facts('Theo báo cáo của Sở Kế hoạch và Đầu tư về tình hình thực hiện Kế hoạch phát triển kinh tế tập thể năm 2022, đến ngày 31/12/2022, toàn tỉnh có 612 HTX, tăng 21 HTX so với cuối năm 2021; 3 liên hiệp HTX và 870 tổ hợp tác.', 'Kinh tế tập thể năm 2022 tiếp tục tăng trưởng');
    expect(fs.map((f) => [f.entity, f.scope, f.value, f.status])).toEqual([
      ['cooperative', 'existing', 612, 'actual'],
      ['cooperative', 'change', 21, 'actual'],
      ['cooperative_union', 'existing', 3, 'actual'],
      ['cooperative_group', 'existing', 870, 'actual'],
    ]);
  });

  it('a column headed by the kind of organisation whose cells each name one ("Quỹ tín dụng nhân dân | Địa bàn | …") holds names: each row is that fund\'s, of the credit sector, not its district\'s', () => {
    const title = 'Hệ thống quỹ tín dụng nhân dân 6 tháng đầu năm 2023';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Một số quỹ lớn trên địa bàn:</p>
      <table><tr><th>Quỹ tín dụng nhân dân</th><th>Địa bàn</th><th>Thành viên (người)</th><th>Vốn điều lệ (tỷ đồng)</th></tr>
      <tr><td>QTDND Hòa An</td><td>Phụng Hiệp</td><td>2.310</td><td>9,4</td></tr>
      <tr><td>QTDND Long Mỹ</td><td>Long Mỹ</td><td>1.875</td><td>7,1</td></tr></table></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.example.vn/tin/10' }).facts;
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      ['members', 2310, 'credit', 'cooperative', 'QTDND Hòa An'],
      ['charter_capital', 9400000000, 'credit', 'cooperative', 'QTDND Hòa An'],
      ['members', 1875, 'credit', 'cooperative', 'QTDND Long Mỹ'],
      ['charter_capital', 7100000000, 'credit', 'cooperative', 'QTDND Long Mỹ'],
    ]);
  });

  it('a bare "liên hiệp" after a time opening ("6 tháng đầu năm 2022, liên hiệp …") speaks of the union just named, its member cooperatives no other subject; an amount "/liên hiệp" is the unions\'', () => {
    const fs = facts('Liên hiệp HTX Rau quả Đồng Xanh hiện có 5 HTX thành viên. 9 tháng đầu năm 2023, liên hiệp cung ứng giống cho các HTX thành viên, doanh thu đạt 14,2 tỷ đồng.\n\nQuy mô các liên hiệp còn nhỏ, vốn điều lệ bình quân khoảng 2,5 tỷ đồng/liên hiệp.');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.statistic, f.place?.name ?? null])).toEqual([
      ['cooperative_union', 'members', 5, 'total', 'Liên hiệp HTX Rau quả Đồng Xanh'],
      ['cooperative_union', 'revenue', 14200000000, 'total', 'Liên hiệp HTX Rau quả Đồng Xanh'],
      ['cooperative_union', 'charter_capital', 2500000000, 'average', null],
    ]);
  });

  it('a heading that turns to another subject ("Ước thực hiện cả năm 2024") ends the section of the sector an earlier heading opened', () => {
    const title = 'Sơ kết 9 tháng năm 2024';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      <h2>Khối HTX nông nghiệp: mở rộng liên kết</h2><p>Khối HTX nông nghiệp hiện có 3.100 thành viên, doanh thu bình quân 9 tháng đạt 1,2 tỷ đồng/HTX.</p>
      <h2>Mô hình tiêu biểu</h2><p>Doanh thu bình quân của các HTX trồng lúa ước đạt 1,4 tỷ đồng/HTX.</p>
      <h2>Ước thực hiện cả năm 2024</h2><p>Doanh thu bình quân cả năm ước đạt 1,9 tỷ đồng/HTX.</p></article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.example.vn/tin/11' }).facts;
    expect(fs.filter((f) => f.metric === 'revenue').map((f) => [f.value, f.sector])).toEqual([
      [1200000000, 'agriculture'],
      [1400000000, 'agriculture'],
      [1900000000, null],
    ]);
  });

  it('a paragraph whose first figure is a former province\'s after a long preamble of source and time speaks of it in the next sentence too', () => {
    const fs = facts('Theo số liệu của Liên minh HTX tỉnh, tính đến ngày 30/6/2025, thời điểm trước khi hợp nhất, tỉnh Quảng Bình (cũ) có 420 HTX và 510 tổ hợp tác. HTX nông nghiệp chiếm tỷ trọng lớn với 301 HTX.\n\nToàn tỉnh hiện có 1.020 HTX.', 'Kinh tế tập thể tỉnh Quảng Trị năm 2025');
    expect(fs.map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [420, 'former_province'],
      [510, 'former_province'],
      [301, 'former_province'],
      [1020, null],
    ]);
  });

  it('"Năm 2021, tỉnh đặt chỉ tiêu thành lập mới 30 HTX và 40 THT" in a nine-month review: the province\'s plan for the whole year, both items', () => {
    const fs = facts('Huyện Phú Riềng hiện có 24 HTX, tăng 5 HTX so với cuối năm 2020.\n\nNăm 2021, tỉnh đặt chỉ tiêu thành lập mới 30 HTX và 40 THT.', 'Phú Riềng: 9 tháng năm 2021 thêm 5 hợp tác xã');
    expect(fs.filter((f) => f.status === 'target').map((f) => [f.entity, f.value, f.place?.level ?? null, f.period?.end ?? null])).toEqual([
      ['cooperative', 30, null, '2021-12-31'],
      ['cooperative_group', 40, null, '2021-12-31'],
    ]);
  });

  it('a named cooperative introduced by "Tiêu biểu cho … là" is the subject of the figures after it, not the district the sentence before spoke of', () => {
    const fs = facts('Ở vùng cao, huyện Đà Bắc hiện có 7 HTX du lịch cộng đồng. Tiêu biểu cho hướng đi sản xuất hàng hóa là HTX Bưởi Đỏ Tân Lạc, đến nay đã có 38 thành viên.');
    expect(fs.map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [7, 'district', 'huyện Đà Bắc'],
      [38, 'cooperative', 'HTX Bưởi Đỏ Tân Lạc'],
    ]);
  });

  it('a clause of its own that says "hiện" after new groups speaks of all the groups now ("…; các THT hiện thu hút 2.100 tổ viên")', () => {
    const fs = facts('Đối với khu vực THT, đã thành lập mới 15/25 THT, đạt 60% kế hoạch; các THT hiện thu hút 2.100 tổ viên.', 'Sơ kết 6 tháng đầu năm 2024');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.entity, f.scope, f.value])).toEqual([['cooperative_group', 'existing', 2100]]);
  });

  it('terse reports: a rise in brackets after the stock ("THT: 1.940 THT (tăng 85 THT)") is its change, and a class labelled with a colon ("HTX hoạt động có hiệu quả: 61,2%") gives its share', () => {
    const fs = facts('THT: 1.940 THT (tăng 85 THT), 31.500 TV.\n\nHTX hoạt động có hiệu quả: 61,2%; HTX yếu kém: 9,8%.', 'Liên minh HTX tỉnh tổng kết năm 2017');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.rating, f.value])).toEqual([
      ['cooperative_group', 'count', 'existing', null, 1940],
      ['cooperative_group', 'count', 'change', null, 85],
      ['cooperative_group', 'members', 'existing', null, 31500],
      ['cooperative', 'share', 'existing', 'effective', 61.2],
      ['cooperative', 'share', 'existing', 'weak', 9.8],
    ]);
  });

  it('a multiple in brackets after a change ("tăng 96 HTX (gấp 1,8 lần)") and a share risen to after its earlier value ("từ 31% năm 2018 đã tăng lên 52% năm 2022")', () => {
    const fs = facts('Nếu như cuối năm 2017 toàn tỉnh mới có 120 HTX thì đến ngày 31/12/2022 đã có 216 HTX, tăng 96 HTX (gấp 1,8 lần).\n\nTỷ lệ HTX hoạt động hiệu quả từ 31% năm 2018 đã tăng lên 52% năm 2022.', 'Đại hội Liên minh HTX tỉnh nhiệm kỳ 2023 - 2028');
    expect(fs.filter((f) => f.unit === 'times' || f.metric === 'share').map((f) => [f.metric, f.scope, f.unit, f.rating, f.value, f.refMetric])).toEqual([
      ['count', 'change', 'times', null, 1.8, 'count'],
      ['share', 'existing', 'percent', 'effective', 31, 'count'],
      ['share', 'existing', 'percent', 'effective', 52, 'count'],
    ]);
  });

  it('a share after what the counted have ("41 HTX vận tải với 3.600 phương tiện, chiếm 23,7% tổng số HTX") and after an amount\'s rise ("…, tăng 14,6% so với năm 2022, chiếm gần 58% tổng doanh thu")', () => {
    const fs = facts('Thành phố có 36 HTX vận tải với khoảng 2.900 phương tiện các loại, chiếm 21,4% tổng số HTX.\n\nCác HTX vận tải đạt tổng doanh thu khoảng 410 tỷ đồng, tăng 12,5% so với năm 2022, chiếm gần 55% tổng doanh thu của khu vực HTX.');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.sector, f.value, f.refMetric])).toEqual([
      ['transport', 21.4, 'count'],
      ['transport', 55, 'revenue'],
    ]);
  });

  it('"được UBND tỉnh giao kế hoạch tổ chức 9 lớp" is the year\'s plan, and cooperatives that "phải điều chỉnh địa chỉ" after a reorganisation are no stock', () => {
    const fs = facts('Năm 2020, Liên minh HTX tỉnh được UBND tỉnh giao kế hoạch tổ chức 12 lớp bồi dưỡng cho cán bộ quản lý HTX.\n\nSau sắp xếp đơn vị hành chính, có 84 HTX phải điều chỉnh địa chỉ trụ sở.', 'Sơ kết 10 tháng năm 2020');
    expect(fs.map((f) => [f.entity, f.value, f.status, f.period?.end ?? null])).toEqual([['training_course', 12, 'target', '2020-12-31']]);
  });

  it('a change with no time of its own ends where the paragraph\'s opening period or day does, inside the year reported ("11 tháng năm 2022, …. So với cuối năm 2021, số HTX tăng 9 HTX")', () => {
    const fs = facts('11 tháng năm 2022, toàn tỉnh thành lập mới 16 HTX; giải thể 7 HTX. So với cuối năm 2021, số HTX toàn tỉnh tăng 9 HTX.', 'Kinh tế tập thể năm 2022 phát triển ổn định');
    expect(fs.filter((f) => f.scope === 'change').map((f) => [f.value, f.period?.start, f.period?.end])).toEqual([[9, '2022-01-01', '2022-11-30']]);
  });

  it('the kind named before a count ("nâng số HTX điều lên 65 HTX", "dẫn đầu về HTX hồ tiêu với 14 HTX") is the count\'s sector', () => {
    const fs = facts('Năm 2023, tỉnh nâng số HTX cà phê lên 48 HTX. Huyện Krông Năng dẫn đầu về HTX hồ tiêu với 11 HTX.');
    expect(fs.map((f) => [f.value, f.sector, f.sectorLabel])).toEqual([
      [48, 'agriculture', 'cà phê'],
      [11, 'agriculture', 'hồ tiêu'],
    ]);
  });

  it('a comparison with the whole province ("…, thấp hơn mức chung của toàn tỉnh") leaves the former province the paragraph speaks of', () => {
    const fs = facts('Riêng khu vực tỉnh Bình Định (cũ) có 310 HTX. Các HTX chủ yếu làm dịch vụ nông nghiệp; doanh thu bình quân ước đạt 1,9 tỷ đồng/HTX, thấp hơn mức chung của toàn tỉnh.', 'Liên minh HTX tỉnh Gia Lai tổng kết năm 2025');
    expect(fs.map((f) => [f.metric, f.value, f.place?.level ?? null])).toEqual([
      ['count', 310, 'former_province'],
      ['revenue', 1900000000, 'former_province'],
    ]);
  });

  it('a change of one class with the year between ("Số HTX xếp loại tốt năm 2020 tăng 14 HTX") is a change of that class', () => {
    const fs = facts('Số HTX xếp loại tốt năm 2020 tăng 14 HTX. So với năm 2019, số HTX xếp loại yếu năm 2020 tăng 5 HTX.', 'Liên minh HTX tỉnh tổng kết năm 2020');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([
      ['change', 'good', 14],
      ['change', 'weak', 5],
    ]);
  });

  it('the cooperatives graded ("phân loại năm 2024 trên 1.210 HTX đủ điều kiện", "xếp loại năm 2023 (176 HTX gửi báo cáo)") are the base of the grades, no stock', () => {
    const fs = facts('Kết quả đánh giá, phân loại năm 2023 trên 1.210 HTX đủ điều kiện cho thấy: 240 HTX xếp loại tốt, 410 HTX xếp loại khá. Kết quả xếp loại năm 2023 (176 HTX gửi báo cáo): loại tốt 50 HTX; khá 70 HTX.');
    expect(fs.map((f) => [f.value, f.rating])).toEqual([
      [240, 'good'],
      [410, 'fair'],
      [50, 'good'],
      [70, 'fair'],
    ]);
  });

  it('OCOP products counted or given as the cooperatives\' ("nâng số sản phẩm OCOP của HTX lên 96 sản phẩm", "riêng HTX đóng góp 11 sản phẩm") are a subset, while a named one\'s stay its own', () => {
    const fs = facts('Trong năm có thêm 13 sản phẩm được công nhận OCOP, nâng số sản phẩm OCOP của HTX lên 88 sản phẩm. Tỉnh công nhận mới 30 sản phẩm OCOP, riêng HTX đóng góp 9 sản phẩm.\n\nHTX Dịch vụ nông nghiệp Cẩm Thịnh được công nhận thêm 1 sản phẩm OCOP 3 sao, nâng tổng số sản phẩm OCOP của HTX lên 3 sản phẩm.');
    expect(fs.filter((f) => f.entity === 'ocop_product').map((f) => [f.value, f.place?.level ?? null])).toEqual([
      [13, null],
      [30, null],
      [1, 'cooperative'],
      [3, 'cooperative'],
    ]);
  });

  it('OCOP products "của HTX" after a list of their kinds ("9 sản phẩm cà phê, hồ tiêu của HTX") are the cooperatives\' subset; products moved up a star ("được nâng hạng") are no count', () => {
    const fs = facts('Toàn tỉnh có 150 sản phẩm OCOP; 9 sản phẩm cà phê, hồ tiêu của HTX được công nhận OCOP từ 3 sao trở lên. Trong năm có 30 sản phẩm được công nhận mới; 4 sản phẩm được nâng hạng từ 3 sao lên 4 sao.');
    expect(fs.filter((f) => f.entity === 'ocop_product').map((f) => [f.value, f.scope])).toEqual([
      [150, 'existing'],
      [30, 'new'],
    ]);
  });

  it('an amount with no metric word after a place, estimated or with "mới" ("…; khu vực Vĩnh Long (cũ) ước đạt 276 tỷ đồng; Trà Vinh (cũ) ước 198 tỷ đồng", "khu vực tỉnh Bạc Liêu (cũ) đạt 3,03 tỷ đồng/HTX") is the same metric by place', () => {
    const fs = facts('Khu vực Bến Tre (cũ) có doanh thu quý I ước đạt 338 tỷ đồng; khu vực Vĩnh Long (cũ) ước đạt 276 tỷ đồng; Trà Vinh (cũ) ước 198 tỷ đồng.\n\nCác HTX khu vực tỉnh Cà Mau (cũ) đạt doanh thu bình quân 3,72 tỷ đồng/HTX, khu vực tỉnh Bạc Liêu (cũ) mới đạt 3,03 tỷ đồng/HTX.', 'Liên minh HTX tỉnh Vĩnh Long sơ kết quý I năm 2026');
    expect(fs.map((f) => [f.metric, f.value, f.status, f.place?.name ?? null])).toEqual([
      ['revenue', 338000000000, 'estimate', 'Khu vực Bến Tre (cũ)'],
      ['revenue', 276000000000, 'estimate', 'khu vực Vĩnh Long (cũ)'],
      ['revenue', 198000000000, 'estimate', 'Trà Vinh (cũ)'],
      ['revenue', 3720000000, 'actual', 'tỉnh Cà Mau (cũ)'],
      ['revenue', 3030000000, 'actual', 'tỉnh Bạc Liêu (cũ)'],
    ]);
  });

  it('a part of the province named as the subject of its share of all the cooperatives ("số HTX của Tây Hòa chiếm 13,2% tổng số HTX toàn tỉnh", "Như vậy, Định Quán chiếm gần 14% số HTX của tỉnh") carries that place', () => {
    const fs = facts('Đến nay toàn tỉnh có 182 HTX; số HTX của Sơn Hòa chiếm 12,1% tổng số HTX toàn tỉnh. Như vậy, Đồng Xuân chiếm gần 9% số HTX của tỉnh.');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.value, f.place?.level ?? null, f.place?.name ?? null])).toEqual([
      [12.1, 'district', 'Sơn Hòa'],
      [9, 'district', 'Đồng Xuân'],
    ]);
  });

  it('the same share at an earlier year it is compared with ("(năm 2014: 54,2%)", "cao hơn mức 48,7% của năm 2020", "cao hơn năm 2020 (51,4%)") is a point of its own, at that year', () => {
    const fs = facts('Số HTX hoạt động hiệu quả là 180 HTX, chiếm 52% tổng số HTX (năm 2019 chỉ đạt 41%). Tỷ lệ HTX xếp loại tốt đạt 21,5%, cao hơn mức 17,2% của năm 2021. Số HTX yếu là 30 HTX, chiếm 8,7%, thấp hơn năm 2022 (11,3%).');
    expect(fs.filter((f) => f.metric === 'share').map((f) => [f.rating, f.value, f.asOf])).toEqual([
      ['effective', 52, '2023-12-31'],
      ['effective', 41, '2019-12-31'],
      ['good', 21.5, '2023-12-31'],
      ['good', 17.2, '2021-12-31'],
      ['weak', 8.7, '2023-12-31'],
      ['weak', 11.3, '2022-12-31'],
    ]);
  });
  it('a list of grades under its heading, one line or paragraph each ("Tốt: 41 HTX;" then "Khá: 87 HTX;"), gives every line its class', () => {
    const fs = facts('3. Kết quả phân loại HTX năm 2023\n\nTốt: 41 HTX (chiếm 18,2%);<br>Khá: 87 HTX;<br>Trung bình: 64 HTX;<br>Yếu, kém: 33 HTX.');
    expect(fs.filter((f) => f.metric === 'count').map((f) => [f.value, f.rating])).toEqual([
      [41, 'good'],
      [87, 'fair'],
      [64, 'average'],
      [33, 'weak'],
    ]);
  });

  it('a note under a table that lists the years it compares ("(Số liệu năm 2022, năm 2023 tính đến ngày 31/12 hằng năm)") dates nothing after it', () => {
    const fs = facts('Năm 2023, kinh tế tập thể của tỉnh phát triển ổn định.\n\n(Số liệu năm 2022, năm 2023 tính đến ngày 31/12 hằng năm)\n\n3. Vốn, hiệu quả hoạt động\n\nTổng vốn điều lệ của các HTX: 615 tỷ đồng.');
    expect(fs.map((f) => [f.metric, f.value, f.asOf])).toEqual([['charter_capital', 615000000000, '2023-12-31']]);
  });
  it('the classes after "trong đó" are of the sector of the whole, over the list of its kinds before a semicolon, and never of what the whole only includes ("kể cả 12 Quỹ tín dụng nhân dân")', () => {
    const fs = facts('Toàn tỉnh có 41 HTX thủy sản, gồm 30 HTX khai thác hải sản và 11 HTX nuôi trồng thủy sản; trong đó có 36 HTX đang hoạt động, 5 HTX ngừng hoạt động.\n\nHiện nay, toàn tỉnh có 215 HTX, kể cả 14 Quỹ tín dụng nhân dân, trong đó khoảng 198 HTX đang hoạt động.');
    expect(fs.filter((f) => f.rating).map((f) => [f.value, f.rating, f.sector])).toEqual([
      [36, 'operating', 'agriculture'],
      [5, 'inactive', 'agriculture'],
      [198, 'operating', null],
    ]);
  });
  it('the stars of the stock the year\'s new products brought up are of that stock, and a bare "sản phẩm" right after it, place by place, is an OCOP product', () => {
    const fs = facts('Năm 2023, toàn tỉnh có thêm 48 sản phẩm được công nhận OCOP, nâng tổng số sản phẩm OCOP lên 512 sản phẩm, trong đó có 2 sản phẩm 5 sao, 96 sản phẩm 4 sao và 414 sản phẩm 3 sao. Huyện Nghi Xuân có 61 sản phẩm, huyện Can Lộc có 55 sản phẩm.');
    expect(fs.map((f) => [f.value, f.scope, f.place?.name ?? null])).toEqual([
      [48, 'new', null],
      [512, 'existing', null],
      [2, 'existing', null],
      [96, 'existing', null],
      [414, 'existing', null],
      [61, 'existing', 'Huyện Nghi Xuân'],
      [55, 'existing', 'huyện Can Lộc'],
    ]);
    expect(fs.every((f) => f.entity === 'ocop_product')).toBe(true);
  });
  it('falls listed sector by sector after a comma keep measuring the amount the first named; cooperatives and their workers picked by the support they got are no stock', () => {
    const fs = facts('Năm 2023, lợi nhuận của các HTX vận tải giảm 21%, các HTX thương mại, dịch vụ giảm gần 15% so với năm 2022.\n\nĐến nay, 58 HTX với 640 lao động đã được tiếp cận gói hỗ trợ của tỉnh.');
    expect(fs.map((f) => [f.metric, f.refMetric, f.sector, f.value])).toEqual([
      ['profit', 'profit', 'transport', -21],
      ['profit', 'profit', 'trade_services', -15],
    ]);
  });
  it('the day a span starts on in the line above a table ("Từ đầu năm, toàn tỉnh thành lập mới …") dates none of its rows', () => {
    const body = 'Tính đến ngày 30/9/2023, toàn tỉnh có 402 HTX.\n\nTừ đầu năm, toàn tỉnh thành lập mới 21 HTX và giải thể 6 HTX.\n\n<table><tr><td>Lĩnh vực</td><td>Số HTX</td><td>Thành lập mới</td></tr><tr><td>Nông nghiệp</td><td>280</td><td>15</td></tr><tr><td>Vận tải</td><td>22</td><td>2</td></tr></table>';
    const fs = facts(body, 'Hà Tĩnh: 9 tháng năm 2023, thành lập mới 21 HTX').filter((f) => f.rule.startsWith('table.'));
    expect(fs.map((f) => [f.scope, f.value, f.asOf, f.period?.start ?? null, f.period?.end ?? null])).toEqual([
      ['existing', 280, '2023-09-30', null, null],
      ['new', 15, null, '2023-01-01', '2023-09-30'],
      ['existing', 22, '2023-09-30', null, null],
      ['new', 2, null, '2023-01-01', '2023-09-30'],
    ]);
  });
  it('"các HTX này" with no count printed are the sector\'s cooperatives the paragraph\'s last figures were of; an average per cooperative "sử dụng" its workers; "trong các lĩnh vực" names a sector; a rise against another group of people is no change', () => {
    const fs = facts('Các HTX phi nông nghiệp đang tạo việc làm cho 5.120 lao động; bình quân mỗi HTX phi nông nghiệp sử dụng 48 lao động. Thu nhập bình quân của người lao động trong các HTX này đạt 7,4 triệu đồng/người/tháng, cao hơn khoảng 1,2 triệu đồng so với lao động ở các HTX nông nghiệp.\n\nHuyện Kỳ Anh có 31 HTX, trong đó 12 HTX hoạt động trong các lĩnh vực phi nông nghiệp.');
    expect(fs.map((f) => [f.metric, f.statistic, f.sector, f.value])).toEqual([
      ['workers', 'total', 'non_agriculture', 5120],
      ['workers', 'average', 'non_agriculture', 48],
      ['income', 'average', 'non_agriculture', 7400000],
      ['count', 'total', null, 31],
      ['count', 'total', 'non_agriculture', 12],
    ]);
  });
  it('a founding told before "nay" ("Thành lập năm 2016, nay HTX có 41 thành viên") makes no flow of the stock after it', () => {
    const fs = facts('Tiêu biểu là HTX Chè Xanh Kỳ Sơn (xã Kỳ Sơn). Thành lập năm 2016, nay HTX có 41 thành viên, vùng nguyên liệu chè 95 ha.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.place?.level ?? null])).toEqual([
      ['members', 'existing', 41, 'cooperative'],
      ['land_area', 'existing', 95, 'cooperative'],
    ]);
  });
  it('a place named right before its figure after "nhiều HTX là" is no undefined subset; a part in brackets closed before a change is not what changed; cooperatives turned into companies are a subset', () => {
    const fs = facts('Các địa phương có nhiều HTX là huyện Đức Thọ 58 HTX, huyện Can Lộc 44 HTX.\n\nCó 04 HTX đã chuyển sang hoạt động theo loại hình doanh nghiệp.\n\nTổng số thành viên HTX là 210.450 người (trong đó thành viên Quỹ tín dụng nhân dân 38.120 người), giảm 4.210 người so với năm 2022.');
    expect(fs.map((f) => [f.metric, f.scope, f.value, f.sector, f.place?.name ?? null])).toEqual([
      ['count', 'existing', 58, null, 'huyện Đức Thọ'],
      ['count', 'existing', 44, null, 'huyện Can Lộc'],
      ['members', 'existing', 210450, null, null],
      ['members', 'change', -4210, null, null],
      ['members', 'existing', 38120, 'credit', null],
    ]);
  });
  it('a bare "THT" or "tổ" after a named group is that group ("Hiện THT có 12 tổ viên"); "HTX mới đạt khoảng 850 triệu" is "only reached", not new cooperatives', () => {
    const fs = facts('Ở xã Kỳ Tây, THT trồng bưởi Phúc Trạch Xanh được thành lập từ năm 2019. Hiện THT có 14 tổ viên, chăm sóc 9,5 ha bưởi. Năm 2023, bình quân mỗi hộ thu nhập gần 60 triệu đồng/năm.\n\nNăm 2023, doanh thu bình quân của HTX mới đạt khoảng 900 triệu đồng/HTX/năm.');
    expect(fs.map((f) => [f.entity, f.metric, f.scope, f.value, f.place?.name ?? null])).toEqual([
      ['cooperative_group', 'members', 'existing', 14, 'THT trồng bưởi Phúc Trạch Xanh'],
      ['cooperative_group', 'land_area', 'existing', 9.5, 'THT trồng bưởi Phúc Trạch Xanh'],
      ['cooperative_group', 'income', 'existing', 60000000, 'THT trồng bưởi Phúc Trạch Xanh'],
      ['cooperative', 'revenue', 'existing', 900000000, null],
    ]);
  });
  it('a caption line of its own that opens on the cooperatives it counts ("Hợp tác xã nuôi tôm, sản xuất muối phân theo địa bàn") gives the table its sector', () => {
    const body = 'Hợp tác xã nuôi tôm, sản xuất muối phân theo địa bàn (tính đến 30/9/2023)\n\n<table><tr><td>Địa bàn</td><td>Số HTX</td><td>Thành viên (người)</td></tr><tr><td>Huyện Đông Hải</td><td>15</td><td>537</td></tr><tr><td>Huyện Hòa Bình</td><td>9</td><td>264</td></tr></table>';
    const fs = facts(body).filter((f) => f.rule.startsWith('table.'));
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.place?.name ?? null])).toEqual([
      ['count', 15, 'agriculture', 'Huyện Đông Hải'],
      ['members', 537, 'agriculture', 'Huyện Đông Hải'],
      ['count', 9, 'agriculture', 'Huyện Hòa Bình'],
      ['members', 264, 'agriculture', 'Huyện Hòa Bình'],
    ]);
  });
  it('the people "tại Liên hiệp" after a union is named are that union\'s', () => {
    const fs = facts('Liên hiệp HTX Nông lâm sản Hương Sơn là liên hiệp HTX đầu tiên của huyện. Năm 2023, Liên hiệp đạt doanh thu 42,6 tỷ đồng. Thu nhập bình quân của người lao động tại Liên hiệp năm 2023 đạt 6,2 triệu đồng/người/tháng.');
    expect(fs.map((f) => [f.entity, f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['cooperative_union', 'revenue', 42600000000, 'Liên hiệp HTX Nông lâm sản Hương Sơn'],
      ['cooperative_union', 'income', 6200000, 'Liên hiệp HTX Nông lâm sản Hương Sơn'],
    ]);
  });
  it('a sector named as a clause\'s subject right before its count ("…, riêng lĩnh vực nuôi tôm có thêm 6 HTX", "lĩnh vực nông nghiệp (…) chiếm 97 HTX") is the count\'s', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 19 HTX, riêng lĩnh vực chăn nuôi có thêm 5 HTX.\n\nTrong số HTX hiện có, lĩnh vực nông nghiệp (bao gồm thủy sản) chiếm 112 HTX; số còn lại là các HTX dịch vụ.');
    expect(fs.map((f) => [f.scope, f.value, f.sector])).toEqual([
      ['new', 19, null],
      ['new', 5, 'agriculture'],
      ['existing', 112, 'agriculture'],
    ]);
  });
  it('the cooperatives a sentence on who attended lists ("Tham dự hội nghị có … UBND các huyện, thành phố và 45 HTX tiêu biểu") are no count; the alliance\'s member units represented there are', () => {
    const fs = facts('Tham dự hội nghị có lãnh đạo các sở, ngành, UBND các huyện, thành phố và 52 HTX, quỹ tín dụng nhân dân tiêu biểu.\n\nDự Đại hội có lãnh đạo Tỉnh ủy cùng 150 đại biểu đại diện cho 286 đơn vị thành viên trong toàn tỉnh.\n\nToàn tỉnh hiện có 402 HTX.');
    expect(fs.map((f) => [f.entity, f.value])).toEqual([
      ['member_unit', 286],
      ['cooperative', 402],
    ]);
  });
  it('households a cooperative links with or buys from, after what it links or buys ("liên kết thêm 150 ha với 210 hộ dân", "thu mua chè búp tươi của hơn 300 hộ"), are no members; households that take part are', () => {
    const fs = facts('HTX Chè Sơn Kim Xanh hiện có 36 thành viên, liên kết thêm 150 ha với 210 hộ dân trong vùng và thu mua chè búp tươi của hơn 300 hộ.\n\nCác HTX nông nghiệp của huyện liên kết tiêu thụ lúa gạo trên diện tích 2.350 ha, với 2.860 hộ tham gia.');
    expect(fs.filter((f) => f.metric === 'members').map((f) => [f.value, f.unit])).toEqual([
      [36, 'person'],
      [2860, 'count'],
    ]);
  });
  it('OCOP products picked by what they are made of or how far their file has gone are no count', () => {
    const fs = facts('Toàn tỉnh hiện có 118 sản phẩm OCOP, trong đó 37 sản phẩm có nguồn gốc từ dược liệu. Năm 2023 có 12 sản phẩm đạt 4 sao; 3 sản phẩm đang được hoàn thiện hồ sơ.');
    expect(fs.map((f) => f.value)).toEqual([118, 12]);
  });
  it('courses another body ran on its own ("Hội LHPN tỉnh đã mở 6 lớp … cho 310 lượt") and inspections ("14 cuộc thanh tra, kiểm tra") are not the alliance\'s courses', () => {
    const fs = facts('Trong năm 2023, Hội LHPN tỉnh đã mở 5 lớp tập huấn về quản trị HTX cho 240 lượt nữ cán bộ. Liên minh HTX tỉnh tổ chức 8 lớp bồi dưỡng cho 520 lượt cán bộ HTX; thực hiện 12 cuộc thanh tra, kiểm tra tại các quỹ.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([
      ['count', 8],
      ['participants', 520],
    ]);
  });
  it('"mỗi huyện" with an adverb or a plan before its verb ("mỗi huyện mới có 5 HTX", "mỗi huyện phấn đấu thành lập mới ít nhất 3 HTX") gives each place listed its figure', () => {
    const fs = facts('Trong khi đó, huyện Vũ Quang và Hương Khê mỗi huyện mới có 5 HTX. Năm 2024, huyện Nghi Xuân và huyện Lộc Hà mỗi huyện phấn đấu thành lập mới ít nhất 3 HTX.');
    expect(fs.map((f) => [f.value, f.scope, f.status, f.qualifier, f.place?.name])).toEqual([
      [5, 'existing', 'actual', 'exact', 'huyện Vũ Quang'],
      [5, 'existing', 'actual', 'exact', 'Hương Khê'],
      [3, 'new', 'target', 'over', 'huyện Nghi Xuân'],
      [3, 'new', 'target', 'over', 'huyện Lộc Hà'],
    ]);
  });
});

describe('session 18 readings', () => {
  it('members after a list that ends on credit funds, or of cooperatives and funds together, are of no one sector', () => {
    const list = facts('Đến ngày 30/11/2023, toàn tỉnh có 640 HTX, 2 liên hiệp HTX, 915 tổ hợp tác (THT) và 21 quỹ tín dụng nhân dân (QTDND), thu hút 84.300 thành viên, tạo việc làm cho 15.200 lao động.');
    expect(list.filter((f) => f.metric === 'members' || f.metric === 'workers').map((f) => [f.metric, f.value, f.sector])).toEqual([['members', 84300, null], ['workers', 15200, null]]);
    const both = facts('Các HTX, Quỹ TDND thu hút 61.450 thành viên, tạo việc làm thường xuyên cho 7.300 lao động.');
    expect(both.map((f) => [f.metric, f.value, f.sector])).toEqual([['members', 61450, null], ['workers', 7300, null]]);
    const funds = facts('Toàn tỉnh có 19 quỹ tín dụng nhân dân (QTDND), thu hút 38.900 thành viên.');
    expect(funds.filter((f) => f.metric === 'members').map((f) => f.sector)).toEqual(['credit']);
  });

  it('"Khu vực HTX NN" is a sector\'s group, and the places listed after "nhiều HTX NN:" count that sector, abbreviated levels too', () => {
    const fs = facts('Khu vực HTX NN có 142 HTX, chiếm 78,5% tổng số HTX. Các địa phương có nhiều HTX NN: H. Lai Vung 19 HTX, DT SX 8.300 ha; H. Châu Thành 17 HTX, DT SX 7.450 ha.');
    expect(fs.map((f) => [f.metric, f.value, f.sector, f.place?.name ?? null])).toEqual([
      ['count', 142, 'agriculture', null],
      ['share', 78.5, 'agriculture', null],
      ['count', 19, 'agriculture', 'H. Lai Vung'],
      ['land_area', 8300, 'agriculture', 'H. Lai Vung'],
      ['count', 17, 'agriculture', 'H. Châu Thành'],
      ['land_area', 7450, 'agriculture', 'H. Châu Thành'],
    ]);
  });

  it('"Khu vực này" after a former province named in the paragraph, and a bare "huyện … còn", are that place', () => {
    const fs = facts('Trên địa bàn tỉnh Quảng Ngãi (cũ), các HTX ven biển phát triển dịch vụ hậu cần nghề cá. Khu vực này hiện có 305 HTX, chiếm 41,2% tổng số HTX toàn tỉnh.\n\nỞ huyện Đồng Văn, phong trào còn chậm; huyện hiện còn 37 THT với 540 hộ thành viên.', 'Liên minh HTX tỉnh Quảng Ngãi quý I năm 2026');
    expect(fs.map((f) => [f.metric, f.value, f.place ? `${f.place.level}:${f.place.name}` : null])).toEqual([
      ['count', 305, 'former_province:tỉnh Quảng Ngãi (cũ)'],
      ['share', 41.2, 'former_province:tỉnh Quảng Ngãi (cũ)'],
      ['count', 37, 'district:huyện Đồng Văn'],
      ['members', 540, 'district:huyện Đồng Văn'],
    ]);
  });

  it('an average "/HTX đang hoạt động" is over the operating ones, "học viên/lớp" is an average, and cooperatives moved into companies are no dissolution', () => {
    const fs = facts('Lợi nhuận bình quân ước đạt 215 triệu đồng/HTX đang hoạt động. Năm 2023 mở 14 lớp tập huấn với 690 lượt học viên, bình quân khoảng 49 học viên/lớp. Các địa phương đã giải thể 12 HTX, chuyển 3 HTX sang hoạt động theo loại hình doanh nghiệp.');
    expect(fs.map((f) => [f.metric, f.scope, f.rating, f.statistic, f.value])).toEqual([
      ['profit', 'existing', 'operating', 'average', 215000000],
      ['count', 'new', null, 'total', 14],
      ['participants', 'new', null, 'total', 690],
      ['participants', 'new', null, 'average', 49],
      ['count', 'dissolved', null, 'total', 12],
    ]);
  });

  it('the alliance\'s own members are member units, a class may follow "của huyện", and a monthly income is an average', () => {
    const fs = facts('Liên minh HTX tỉnh hiện có 118 thành viên.\n\nHuyện Thanh Trì hiện có 52 HTX; 40 HTX của huyện được đánh giá hoạt động hiệu quả.\n\nNgười lao động có thu nhập 5,5 triệu đồng/tháng.');
    expect(fs.map((f) => [f.entity, f.metric, f.rating, f.statistic, f.value, f.place?.name ?? null])).toEqual([
      ['member_unit', 'count', null, 'total', 118, null],
      ['cooperative', 'count', null, 'total', 52, 'Huyện Thanh Trì'],
      ['cooperative', 'count', 'effective', 'total', 40, 'Huyện Thanh Trì'],
      ['cooperative', 'income', null, 'average', 5500000, null],
    ]);
  });

  it('a region printed right after the counted noun places the count there, level other', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 36 HTX, trong đó có 9 HTX ở khu vực miền núi. Hiện có 215 THT ở vùng đồng bào Khmer.');
    expect(fs.map((f) => [f.entity, f.value, f.place ? `${f.place.level}:${f.place.name}` : null])).toEqual([
      ['cooperative', 36, null],
      ['cooperative', 9, 'other:khu vực miền núi'],
      ['cooperative_group', 215, 'other:vùng đồng bào Khmer'],
    ]);
  });

  it('the grades of a grading the paragraph names by its sector are of that sector, until another sector\'s cooperatives are named', () => {
    const fs = facts('Việc đánh giá, phân loại HTX nông nghiệp theo Thông tư số 09/2017/TT-BNNPTNT được các huyện thực hiện nghiêm túc. Kết quả năm 2022: 28 HTX đạt loại tốt (chiếm 19%); 64 HTX loại khá; 11 HTX loại yếu. So với năm 2021, số HTX yếu giảm 3 HTX. Khối HTX phi nông nghiệp có 8 HTX hoạt động hiệu quả, 5 HTX hoạt động yếu kém.');
    expect(fs.map((f) => [f.metric, f.scope, f.rating, f.value, f.sector])).toEqual([
      ['count', 'existing', 'good', 28, 'agriculture'],
      ['share', 'existing', 'good', 19, 'agriculture'],
      ['count', 'existing', 'fair', 64, 'agriculture'],
      ['count', 'existing', 'weak', 11, 'agriculture'],
      ['count', 'change', 'weak', -3, 'agriculture'],
      ['count', 'existing', 'effective', 8, 'non_agriculture'],
      ['count', 'existing', 'weak', 5, 'non_agriculture'],
    ]);
  });

  it('a bracket that opens on a sector\'s cooperatives is a sentence of its own', () => {
    const fs = facts('Hiện toàn tỉnh có 118 HTX nông nghiệp, chiếm 74% tổng số HTX (năm 2015, HTX nông nghiệp chỉ có 41 HTX, chiếm 55%).');
    expect(fs.map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['count', 118, 'agriculture'],
      ['share', 74, 'agriculture'],
      ['count', 41, 'agriculture'],
      ['share', 55, 'agriculture'],
    ]);
  });

  it('the cooperatives above a size bound, counted after "số HTX có doanh thu trên …", are no fact', () => {
    const fs = facts('Toàn tỉnh có 265 HTX. Tuy nhiên, số HTX có doanh thu trên 2 tỷ đồng/năm mới chỉ có 31 HTX; số HTX có lợi nhuận dưới 100 triệu đồng là 120 HTX.');
    expect(fs.map((f) => f.value)).toEqual([265]);
  });

  it('the workers a course is held for are its trainees, of their cooperatives\' sector', () => {
    const fs = facts('Liên minh HTX tỉnh phối hợp với Trường Trung cấp nghề mở 3 lớp đào tạo nghề cho 95 lao động của các HTX nông nghiệp. Các HTX tạo việc làm cho 4.100 lao động.');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.value])).toEqual([
      ['training_course', 'count', 'agriculture', 3],
      ['training_course', 'participants', 'agriculture', 95],
      ['cooperative', 'workers', null, 4100],
    ]);
  });

  it('a list of courses by topic after "Trong đó" goes on across a semicolon', () => {
    const fs = facts('Trong năm, Liên minh đã tổ chức 16 lớp tập huấn với 980 học viên. Trong đó, có 5 lớp chuyên đề về thương mại điện tử với 310 học viên; 11 lớp bồi dưỡng kiến thức quản trị HTX.');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 16], ['participants', 980]]);
  });

  it('a "% KH" column is the share of the plan the results printed before it achieved, not the estimate after it', () => {
    const table = '<table><tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch năm 2019</th><th>Thực hiện 9 tháng</th><th>% KH</th><th>Ước thực hiện cả năm</th></tr><tr><td>1</td><td>Số HTX thành lập mới</td><td>HTX</td><td>25</td><td>17</td><td>68,0</td><td>26</td></tr></table>';
    const fs = facts(`Kết quả thực hiện các chỉ tiêu kế hoạch năm 2019 như sau:\n\n${table}`, 'Liên minh HTX tỉnh Quảng Ngãi sơ kết 9 tháng năm 2019');
    const ratio = fs.find((f) => f.metric === 'plan_achievement');
    expect([ratio?.value, ratio?.status, ratio?.refMetric]).toEqual([68, 'actual', 'count']);
  });

  it('"lần lượt đạt X% và Y% kế hoạch" gives each result of the list before its share of the plan', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 44 HTX và 118 tổ hợp tác, lần lượt đạt 110% và 98,3% kế hoạch năm.');
    expect(fs.filter((f) => f.metric === 'plan_achievement').map((f) => [f.entity, f.value, f.refMetric])).toEqual([
      ['cooperative', 110, 'count'],
      ['cooperative_group', 98.3, 'count'],
    ]);
  });

  it('the place with the most cooperatives of a sector and class counts that sector and class', () => {
    const fs = facts('Huyện Hải Lăng có số HTX nông nghiệp xếp loại tốt nhiều nhất với 11 HTX.', 'Liên minh HTX tỉnh Quảng Trị tổng kết năm 2019');
    expect(fs.map((f) => [f.value, f.sector, f.rating, f.place?.name ?? null])).toEqual([[11, 'agriculture', 'good', 'Huyện Hải Lăng']]);
  });

  it('workers laid off, and the workers who are members, are no workers\' figure', () => {
    const fs = facts('Do dịch bệnh, HTX Dệt may Thành Công phải cho 35 lao động nghỉ việc trong 3 tháng. Toàn tỉnh có 5.840 lao động thường xuyên (trong đó 1.960 lao động là thành viên HTX).');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['workers', 5840]]);
  });

  it('cooperatives merged into fewer are no stock', () => {
    const fs = facts('Trong quá trình tổ chức lại, có 12 HTX hợp nhất thành 5 HTX; 8 HTX ngừng hoạt động đã giải thể.');
    expect(fs.map((f) => [f.scope, f.value])).toEqual([['dissolved', 8]]);
  });

  it('a plan achieved after a whole and its parts by place is the whole\'s, and so is the plan in brackets', () => {
    const fs = facts('Năm 2023, toàn tỉnh thành lập mới 52 HTX, trong đó huyện Kỳ Anh 31 HTX, huyện Hương Khê 21 HTX, đạt 86,7% kế hoạch năm (kế hoạch năm là 60 HTX).');
    expect(fs.map((f) => [f.metric, f.status, f.value, f.place?.name ?? null])).toEqual([
      ['count', 'actual', 52, null],
      ['count', 'actual', 31, 'huyện Kỳ Anh'],
      ['count', 'actual', 21, 'huyện Hương Khê'],
      ['plan_achievement', 'actual', 86.7, null],
      ['count', 'target', 60, null],
    ]);
    const former = facts('9 tháng đầu năm 2025, toàn tỉnh thành lập mới 41 HTX, trong đó địa bàn tỉnh Quảng Bình (cũ) 23 HTX, tỉnh Quảng Trị (cũ) 18 HTX, đạt 82% kế hoạch năm.', 'Liên minh HTX tỉnh Quảng Trị sơ kết 9 tháng năm 2025');
    expect(former.filter((f) => f.metric === 'plan_achievement').map((f) => [f.value, f.place?.name ?? null])).toEqual([[82, null]]);
  });
});

describe('session 19 readings', () => {
  it('the operating base of a breakdown is a fact when the text counts that class nowhere else, and the part keeps its own class', () => {
    const fs = facts('Năm 2024, trong tổng số 820 HTX đang hoạt động có 515 HTX hoạt động hiệu quả, chiếm 62,8%.', 'Liên minh HTX tỉnh Quảng Ngãi tổng kết năm 2024');
    expect(fs.map((f) => [f.metric, f.value, f.rating])).toEqual([['count', 820, 'operating'], ['count', 515, 'effective'], ['share', 62.8, 'effective']]);
    const stated = facts('Toàn tỉnh có 820 HTX đang hoạt động. Trong tổng số 820 HTX đang hoạt động có 515 HTX hoạt động hiệu quả.', 'Liên minh HTX tỉnh Quảng Ngãi tổng kết năm 2024');
    expect(stated.map((f) => [f.value, f.rating])).toEqual([[820, 'operating'], [515, 'effective']]);
  });

  it('the parts of an estimated whole named again by its figure, a paragraph later, are estimates too', () => {
    const fs = facts('Ước đến ngày 31/12/2025, toàn tỉnh có 1.204 HTX.\n\nTrong số 1.204 HTX nêu trên, khu vực tỉnh Quảng Bình (cũ) có 566 HTX, tỉnh Quảng Trị (cũ) 638 HTX.', 'Liên minh HTX tỉnh Quảng Trị tổng kết năm 2025');
    expect(fs.map((f) => [f.value, f.status])).toEqual([[1204, 'estimate'], [566, 'estimate'], [638, 'estimate']]);
    const actual = facts('Đến ngày 31/12/2025, toàn tỉnh có 1.204 HTX.\n\nTrong số 1.204 HTX nêu trên, khu vực tỉnh Quảng Bình (cũ) có 566 HTX.', 'Liên minh HTX tỉnh Quảng Trị tổng kết năm 2025');
    expect(actual.map((f) => [f.value, f.status])).toEqual([[1204, 'actual'], [566, 'actual']]);
  });

  it('a COVID half-year: cooperatives that had to stop are inactive, founded ones after a dissolution are new, jobs lost are a fall', () => {
    const fs = facts('Do ảnh hưởng của dịch bệnh, 41 HTX đã phải tạm ngừng hoạt động. Trong 6 tháng, 9 HTX đã giải thể, trong khi chỉ có 4 HTX được thành lập mới. Khoảng 900 lao động trong các HTX đã mất việc làm.', 'Liên minh HTX tỉnh Quảng Ninh sơ kết 6 tháng đầu năm 2020');
    expect(fs.map((f) => [f.metric, f.scope, f.rating, f.value])).toEqual([
      ['count', 'existing', 'inactive', 41],
      ['count', 'dissolved', null, 9],
      ['count', 'new', null, 4],
      ['workers', 'change', null, -900],
    ]);
  });

  it('a fall in percent followed by "tương ứng giảm" an amount is the same change in money; whose revenue fell may follow its word', () => {
    const fs = facts('Doanh thu 6 tháng ước đạt 250 tỷ đồng, giảm 20% so với cùng kỳ năm 2019, tương ứng giảm khoảng 62 tỷ đồng. Năm nay, doanh thu của các HTX vận tải 6 tháng giảm khoảng 40% so với cùng kỳ.', 'Liên minh HTX tỉnh Quảng Ninh sơ kết 6 tháng đầu năm 2020');
    expect(fs.map((f) => [f.scope, f.sector, f.status, f.value, f.unit])).toEqual([
      ['existing', null, 'estimate', 250e9, 'VND'],
      ['change', null, 'estimate', -20, 'percent'],
      ['change', null, 'estimate', -62e9, 'VND'],
      ['change', 'transport', 'actual', -40, 'percent'],
    ]);
  });

  it('the amount of a bare "HTX" a paragraph after the named one is that cooperative\'s, unless it is an average', () => {
    const fs = facts('Tại xã Tả Van, HTX Chè Xanh Tả Van là một ví dụ. Đến nay, HTX có 27 thành viên.\n\nGiám đốc HTX cho biết nay HTX bán chè thành phẩm. Doanh thu 8 tháng đầu năm của HTX đạt gần 2,3 tỷ đồng; thu nhập của người lao động từ 4 - 4,5 triệu đồng/người/tháng. Tổng tài sản của HTX hiện khoảng 8,4 tỷ đồng.\n\nDoanh thu bình quân của HTX toàn tỉnh đạt 1,5 tỷ đồng/năm.\n\nThời gian tới, tỉnh tiếp tục hỗ trợ các HTX chuyển đổi số.', 'HTX vùng cao làm giàu');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 27, 'HTX Chè Xanh Tả Van'],
      ['revenue', 2.3e9, 'HTX Chè Xanh Tả Van'],
      ['income', 4e6, 'HTX Chè Xanh Tả Van'],
      ['total_assets', 8.4e9, 'HTX Chè Xanh Tả Van'],
      ['revenue', 1.5e9, null],
    ]);
  });

  it('former provinces\' amounts after an aside, with the metric word closing the clause, and ranked last after a semicolon', () => {
    const t = 'Liên minh HTX tỉnh Đồng Nai sơ kết quý I năm 2026';
    const aside = facts('Doanh thu quý I của khu vực HTX ước đạt 1.386 tỷ đồng. Riêng các HTX khu vực Bình Phước (cũ), chủ yếu trồng và chế biến điều, hồ tiêu, có doanh thu ước 418 tỷ đồng.', t);
    expect(aside.map((f) => [f.value, f.place?.name ?? null])).toEqual([[1386e9, null], [418e9, 'khu vực Bình Phước (cũ)']]);
    const closing = facts('Doanh thu bình quân ước đạt 4,15 tỷ đồng/HTX/năm. Trong đó, các HTX khu vực Hậu Giang (cũ) ước đạt 690 tỷ đồng doanh thu.', 'Liên minh HTX thành phố Cần Thơ tổng kết năm 2025');
    expect(closing.map((f) => [f.metric, f.statistic, f.value, f.place?.name ?? null])).toEqual([['revenue', 'average', 4.15e9, null], ['revenue', 'total', 690e9, 'khu vực Hậu Giang (cũ)']]);
    const ranked = facts('Khu vực tỉnh Vĩnh Phúc (cũ) có doanh thu bình quân cao nhất, ước đạt 5,6 tỷ đồng/HTX; khu vực tỉnh Hòa Bình (cũ) thấp nhất, ước đạt 2,7 tỷ đồng/HTX.', 'Liên minh HTX tỉnh Phú Thọ tổng kết năm 2025');
    expect(ranked.map((f) => [f.statistic, f.value, f.place?.name ?? null])).toEqual([['average', 5.6e9, 'tỉnh Vĩnh Phúc (cũ)'], ['average', 2.7e9, 'tỉnh Hòa Bình (cũ)']]);
  });

  it('under a next year\'s heading, a sentence dated by the reported year, all but over when written, states results', () => {
    const body = 'Toàn tỉnh hiện có 600 HTX.\n\n<h3>Mục tiêu năm 2023</h3>\n\nNăm 2022, Liên minh HTX tỉnh tổ chức 16 lớp bồi dưỡng cho 1.120 lượt cán bộ quản lý HTX.\n\nNăm 2023, tỉnh phấn đấu thành lập mới ít nhất 65 HTX.';
    const html = `<html><head><title>HTX năm 2022</title><meta property="article:published_time" content="2022-12-27T08:00:00+07:00"></head><body><article><h1>HTX năm 2022</h1>${body.split('\n\n').map((p) => (p.startsWith('<h3') ? p : `<p>${p}</p>`)).join('')}</article></body></html>`;
    const fs = extractDocument({ html, url: 'https://lmhtx.bacgiang.gov.vn/tin/1' }).facts;
    expect(fs.map((f) => [f.metric, f.status, f.value])).toEqual([['count', 'actual', 600], ['count', 'actual', 16], ['participants', 'actual', 1120], ['count', 'target', 65]]);
  });

  it('in a paragraph that opens on what comes next, "Toàn tỉnh hiện có …" states what is', () => {
    const fs = facts('Toàn tỉnh có 600 HTX.\n\nThời gian tới, Liên minh HTX tỉnh tiếp tục mở các lớp tập huấn ngay tại HTX. Toàn tỉnh hiện có 212 sản phẩm OCOP. Năm 2024, tỉnh phấn đấu thành lập mới 30 HTX.', 'Chuyển đổi số trong HTX năm 2023');
    expect(fs.map((f) => [f.entity, f.status, f.value])).toEqual([['cooperative', 'actual', 600], ['ocop_product', 'actual', 212], ['cooperative', 'target', 30]]);
  });

  it('a sector named by its sentence outranks the block its paragraph opened on; the next group\'s amount skips an average between', () => {
    const t = 'Liên minh HTX tỉnh Bình Dương sơ kết 6 tháng đầu năm 2019';
    const block = facts('Khối HTX vận tải có tổng vốn điều lệ 186 tỷ đồng. Các HTX xây dựng có 412 thành viên, vốn điều lệ 37,5 tỷ đồng.', t);
    expect(block.map((f) => [f.metric, f.sector, f.value])).toEqual([['charter_capital', 'transport', 186e9], ['members', 'construction', 412], ['charter_capital', 'construction', 37.5e9]]);
    const list = facts('Năm 2018, tổng doanh thu của các HTX vận tải đạt trên 1.120 tỷ đồng, bình quân khoảng 36 tỷ đồng/HTX; các HTX xây dựng đạt 214 tỷ đồng.', t);
    expect(list.map((f) => [f.sector, f.statistic, f.value])).toEqual([['transport', 'total', 1120e9], ['transport', 'average', 36e9], ['construction', 'total', 214e9]]);
  });

  it('a bare "tổ" in the breakdown of the groups just counted, and "bình quân mỗi THT khoảng …" after their revenue', () => {
    const fs = facts('Đến ngày 30/6/2018, toàn tỉnh có 1.020 THT. Trong đó, lĩnh vực nông nghiệp có 760 tổ, chiếm 74,5%; lĩnh vực phi nông nghiệp có 260 tổ.\n\nNăm 2017, tổng doanh thu của các THT đạt trên 180 tỷ đồng, bình quân mỗi THT khoảng 176 triệu đồng/năm.', 'Liên minh HTX tỉnh Hòa Bình sơ kết 6 tháng đầu năm 2018');
    expect(fs.map((f) => [f.entity, f.metric, f.sector, f.statistic, f.value])).toEqual([
      ['cooperative_group', 'count', null, 'total', 1020],
      ['cooperative_group', 'count', 'agriculture', 'total', 760],
      ['cooperative_group', 'share', 'agriculture', 'total', 74.5],
      ['cooperative_group', 'count', 'non_agriculture', 'total', 260],
      ['cooperative_group', 'revenue', null, 'total', 180e9],
      ['cooperative_group', 'revenue', null, 'average', 176e6],
    ]);
  });

  it('what a subset the fields cannot name farms or draws right after it is its own, no fact either', () => {
    const fs = facts('Toàn tỉnh có 520 HTX. Năm 2023 có 214 HTX tổ chức liên kết sản xuất với doanh nghiệp, diện tích liên kết trên 11.200 ha, thu hút hơn 9.800 hộ nông dân tham gia. Hiện có 126 HTX ứng dụng công nghệ cao, với diện tích gần 6.900 ha. Các HTX có tổng diện tích canh tác 24.600 ha.', 'Liên minh HTX tỉnh Lâm Đồng tổng kết năm 2023');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['count', 520], ['land_area', 24600]]);
  });

  it('"100% xã, phường có ít nhất 1 HTX" is a goal for every place, no count', () => {
    const fs = facts('Phấn đấu đến năm 2025, toàn tỉnh có 650 HTX; 100% xã, phường có ít nhất 1 HTX nông nghiệp hoạt động hiệu quả.', 'Liên minh HTX tỉnh Tuyên Quang tổng kết năm 2024');
    expect(fs.map((f) => [f.status, f.value])).toEqual([['target', 650]]);
  });

  it('the operating ones graded, counted nowhere else, are the operating stock; more that "hoàn thành" a process are a subset', () => {
    const fs = facts('Kết quả đánh giá, phân loại năm 2016 đối với 812 HTX đang hoạt động (tại thời điểm 31/12/2016) như sau: loại tốt 98 HTX, loại khá 176 HTX. Đến nay, 701 HTX đã tổ chức lại theo Luật HTX năm 2012; riêng 6 tháng đầu năm có thêm 52 HTX hoàn thành.', 'Liên minh HTX tỉnh Hà Tĩnh sơ kết 6 tháng đầu năm 2017');
    expect(fs.map((f) => [f.scope, f.rating, f.value])).toEqual([['existing', 'operating', 812], ['existing', 'good', 98], ['existing', 'fair', 176]]);
  });

  it('OCOP products the cooperatives gain ("các HTX có thêm 29 sản phẩm") are theirs, a part, like those they have', () => {
    const fs = facts('Năm 2024, toàn tỉnh có thêm 64 sản phẩm được công nhận OCOP, trong đó các HTX có thêm 29 sản phẩm. Năm 2025, phấn đấu hỗ trợ các HTX có thêm ít nhất 25 sản phẩm đạt chuẩn OCOP.', 'Liên minh HTX tỉnh Hà Tĩnh tổng kết năm 2024');
    expect(fs.map((f) => [f.entity, f.status, f.value])).toEqual([['ocop_product', 'actual', 64]]);
  });

  it('what each member puts in ("mỗi thành viên góp") is contributed capital; "bằng 38,3% vốn điều lệ" is no share', () => {
    const fs = facts('Vốn góp thực tế của thành viên đạt 412,5 tỷ đồng, bằng 36,4% vốn điều lệ; bình quân mỗi thành viên góp khoảng 2,7 triệu đồng. Doanh thu của HTX nông nghiệp đạt 500 tỷ đồng, chiếm 40% tổng doanh thu.', 'Liên minh HTX tỉnh Nghệ An tổng kết năm 2016');
    expect(fs.map((f) => [f.metric, f.statistic, f.value])).toEqual([['contributed_capital', 'total', 412.5e9], ['contributed_capital', 'average', 2.7e6], ['revenue', 'total', 500e9], ['share', 'total', 40]]);
  });

  it('"số sản phẩm OCOP của tỉnh tăng gần 1,7 lần" changes the products; the cooperatives\' own products are a part', () => {
    const fs = facts('Đến ngày 15/12/2021, toàn tỉnh có 104 sản phẩm OCOP; so với cuối năm 2020 (có 60 sản phẩm), số sản phẩm OCOP của tỉnh tăng gần 1,7 lần. Riêng số sản phẩm OCOP của các HTX đã tăng gần gấp đôi.', 'Liên minh HTX tỉnh Sóc Trăng tổng kết năm 2021');
    expect(fs.map((f) => [f.entity, f.scope, f.value, f.unit])).toEqual([['ocop_product', 'existing', 104, 'count'], ['ocop_product', 'change', 1.7, 'times'], ['ocop_product', 'existing', 60, 'count']]);
  });

  it('households a cooperative serves ("phục vụ hơn 14.000 hộ dân", "cấp nước sạch cho 3.200 hộ") are no members', () => {
    const fs = facts('HTX Môi trường Xanh Hòa Vang hiện có 45 thành viên, thu gom rác thải phục vụ hơn 12.000 hộ dân; HTX cấp nước sạch cho 2.900 hộ.\n\nToàn thành phố có 120 HTX.', 'HTX dịch vụ đô thị');
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['members', 45], ['count', 120]]);
  });

  it('a column headed "HTX thành viên" whose cells name cooperatives is a column of names, not of members', () => {
    const fs = facts('Kết quả năm 2018 của một số HTX thành viên Liên hiệp như sau:\n\n<table><tr><th>TT</th><th>HTX thành viên</th><th>Số thành viên (người)</th><th>Vốn điều lệ (triệu đồng)</th></tr><tr><td>1</td><td>HTX Vải thiều Hồng Lạc</td><td>94</td><td>650</td></tr><tr><td>2</td><td>HTX Rau sạch Tân Việt</td><td>57</td><td>480</td></tr></table>\n\nLiên hiệp tiếp tục mở rộng liên kết.', 'Liên hiệp HTX Nông sản Thanh Hà đại hội thường niên năm 2019');
    expect(fs.map((f) => [f.metric, f.value, f.place?.name ?? null])).toEqual([
      ['members', 94, 'HTX Vải thiều Hồng Lạc'],
      ['charter_capital', 650e6, 'HTX Vải thiều Hồng Lạc'],
      ['members', 57, 'HTX Rau sạch Tân Việt'],
      ['charter_capital', 480e6, 'HTX Rau sạch Tân Việt'],
    ]);
  });

  it('after the merger, a province merged away is a former province without "(cũ)"; not a body\'s name, nor one of those the sentence says were merged', () => {
    const t = 'Liên minh HTX tỉnh Tây Ninh tổng kết năm 2025';
    const html = (body: string) => `<html><head><title>${t}</title><meta property="article:published_time" content="2026-01-10T08:00:00+07:00"></head><body><article><h1>${t}</h1><p>${body}</p></article></body></html>`;
    const place = (body: string) => extractDocument({ html: html(body), url: 'https://lmhtx.tayninh.gov.vn/tin/1' }).facts.map((f) => [f.value, f.place?.level ?? null]);
    expect(place('Năm 2025, toàn tỉnh có 548 HTX. Trước thời điểm hợp nhất, tính đến ngày 30/6/2025, tỉnh Long An có 301 HTX.')).toEqual([[548, null], [301, 'former_province']]);
    expect(place('Sau 6 tháng hợp nhất tỉnh Long An và tỉnh Tây Ninh, khu vực kinh tế tập thể của tỉnh có hơn 540 HTX.')).toEqual([[540, null]]);
    expect(place('Liên minh HTX tỉnh Long An (trước hợp nhất) đã tổ chức 14 lớp tập huấn trong năm 2025.')).toEqual([[14, null]]);
  });
});
