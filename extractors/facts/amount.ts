// An amount after a metric word: "vốn điều lệ 8.076.287.000 đồng", "diện tích 56 ha".
import type { Entity, Metric, Mention, Place, Rating, Scope, Sector, Unit } from '../../schemas/records.js';
import { toneKey } from '../normalize.js';
import { type Sentence, type Span } from './segment.js';
import { readSector } from './sector.js';
import { blockOpening, classAtStart, cooperativeSubject, lastBlockSector, placeBefore, sectorOpening, subjectPhrase } from './subject.js';
import { AVERAGE, COMPARE, PARTICIPATION_AFTER, SUPPORTED_SUBSET } from './vocab.js';
import { bulletItem, type Classified, cooperativeOf, CROP_AFTER, type Ctx, type DraftFact, evidenceStart, FLOW_METRICS, isList, lastTrigger, namedPlaceAfter, referentCount, sentenceSubject, subjectOf, THESE_COOPERATIVES } from './draft.js';

/**
 * "… có 447 HTX, 6 liên hiệp HTX và 1.204 THT. Thu nhập bình quân … đạt 4,8 triệu đồng": a later
 * sentence's amount speaks of the cooperatives that head the list, not of its last item.
 */
function headOfList(key: string, fs: DraftFact[], last: DraftFact | undefined): DraftFact | undefined {
  if (!last || (last.entity !== 'cooperative_group' && last.entity !== 'cooperative_union')) return undefined;
  // "… có 1.064 HTX, trong đó 994 HTX đang hoạt động và 70 HTX ngừng hoạt động; 6 liên hiệp HTX và 1.315 THT": the
  // cooperatives' parts may stand between the head and the last item, in the same sentence.
  return fs.find(
    (f) => f.metric === 'count' && !f.breakdown && f.entity === 'cooperative' && f.scope === last.scope && f.sector === null && f.place === null && last.place === null && f.valueSpan.end <= last.valueSpan.start && (last.valueSpan.start - f.valueSpan.end < 80 || (last.valueSpan.start - f.valueSpan.end < 200 && !/[.!?]\s/u.test(key.slice(f.valueSpan.end, last.valueSpan.start)))),
  );
}

export function amountFact(
  ctx: Ctx,
  s: Sentence,
  clause: Span,
  m: Mention,
  metric: Metric,
  rule: string,
  kwStart: number,
  prevEnd: number,
  sFacts: DraftFact[],
  paraFacts: DraftFact[],
  end: number,
): Classified {
  const { key, text } = ctx;
  const between = key.slice(kwStart, m.start);
  // Whose figure: "của (các) HTX nông nghiệp", "/HTX" in the unit, or the subject of the sentence.
  let entity: Entity | null = null;
  let sector: Sector | null = null;
  let sectorLabel: string | null = null;
  let explicit = false;
  let place: Place | null = null;
  let formerProvince: string | null = null;
  // "Doanh thu bình quân của nhóm HTX xếp loại tốt", "nhóm HTX yếu có doanh thu bình quân …": the class of the
  // cooperatives whose amount it is.
  let rating: Rating | null = null;
  const classAt = (from: number): Rating | null => {
    const cls = classAtStart(key.slice(from, m.start));
    return cls && cls !== 'two' ? cls.rating : null;
  };
  // "doanh thu của các HTX", "thành viên HTX là", "doanh thu của khu vực HTX tỉnh …".
  // "của 7 quỹ đạt …", "của các quỹ đạt …": funds counted or listed are the people's credit funds.
  const of = /(?<![\/\p{L}])(?:(?:của|các|khu vực|toàn bộ)\s+)*(htx|hợp tác xã|tht|tổ hợp tác|liên hiệp htx|liên hiệp hợp tác xã|liên hiệp(?! htx| hợp tác xã)|quỹ tín dụng nhân dân|quỹ tdnd|qtdnd|(?<=của (?:\d+|các) )quỹ(?=\s+(?:(?:đến|tính đến)\s+[^,;.]{0,25}?\s+)?(?:đạt|là|có|ước|tăng)|\s*$))(?![\p{L}])/u.exec(between);
  if (of) {
    const e = of[1]!;
    entity = /^(?:tht|tổ hợp tác)$/u.test(e) ? 'cooperative_group' : /^liên hiệp/u.test(e) ? 'cooperative_union' : 'cooperative';
    if (/quỹ|qtdnd/u.test(e)) sector = 'credit';
    explicit = true;
    const at = kwStart + of.index + of[0].length;
    const label = readSector(key, at, m.start, { lead: true });
    if (label) {
      sector = label.sector;
      sectorLabel = text.slice(label.start, label.end);
    } else if (sector) sectorLabel = text.slice(kwStart + of.index + of[0].length - e.length, at);
    if (/nhóm\s+(?:htx|hợp tác xã)\s*$/u.test(key.slice(kwStart, at))) rating = classAt(label ? label.end : at);
  }
  // "Tổng số tổ viên 41.260 người": "tổ viên" are members of groups, whatever the paragraph counted before.
  if (!of && metric === 'members' && /^(?:tổng số\s+)?tổ viên(?![\p{L}])/u.test(between)) {
    entity = 'cooperative_group';
    explicit = true;
  }
  // "doanh thu khối thương mại - dịch vụ", "Doanh thu của khối này" after "Khối HTX vận tải …": the block of one sector.
  const block = of ? null : /(?<![\p{L}])(?:của\s+)?khối\s+(?:(?:các\s+)?(?:htx|hợp tác xã)\s+)?/u.exec(between);
  if (block) {
    const at = kwStart + block.index + block[0].length;
    const own = readSector(key, at, m.start, { lead: true });
    const named = own && own.start - at < 3 ? own : null;
    const earlier = !named && /^này(?![\p{L}])/u.test(key.slice(at, at + 4)) ? lastBlockSector(ctx, key.lastIndexOf('\n', kwStart) + 1, kwStart) : null;
    const label = named ?? earlier;
    if (label) {
      entity = 'cooperative';
      sector = label.sector;
      sectorLabel = text.slice(label.start, label.end);
      explicit = true;
    }
  }
  // "Khối này giải quyết việc làm cho 6.750 lao động; thu nhập bình quân … đạt 7,2 triệu đồng": the block just named.
  // "Khối tiểu thủ công nghiệp, làng nghề hiện có 38 HTX …. Doanh thu … của khối này …. Thu nhập bình quân của người lao
  // động khoảng 6,2 triệu đồng": a paragraph that opens on one block's cooperatives keeps speaking of them.
  const paraStart = key.lastIndexOf('\n', s.start) + 1;
  // "… Các HTX xây dựng có 412 thành viên, vốn điều lệ 37,5 tỷ đồng": not a sentence that opens on cooperatives of a
  // sector of their own.
  const blockParagraph = !of && !explicit && s.start > paraStart && /^\s*khối\s/u.test(key.slice(paraStart, paraStart + 8)) && !sentenceSubject(ctx, s, kwStart)?.sector ? lastBlockSector(ctx, paraStart, s.start) : null;
  const opening = of || explicit ? null : blockOpening(ctx, s.start) ?? blockParagraph;
  if (opening) {
    entity = 'cooperative';
    sector = opening.sector;
    sectorLabel = text.slice(opening.start, opening.end);
    explicit = true;
  }
  const perPath = m.per ?? '';
  const perKey = toneKey(perPath);
  if (!of && !explicit) {
    // "Các quỹ tín dụng nhân dân … với tổng nguồn vốn hoạt động …": the clause's own subject,
    // or the subject that opens the sentence ("Các HTX thu hút 27.099 thành viên, tổng vốn điều lệ …").
    const sp = subjectPhrase(ctx, clause.start, kwStart) ?? sentenceSubject(ctx, s, kwStart);
    // "Hiện HTX có 86 thành viên, vốn điều lệ 2,4 tỷ đồng": a bare singular "HTX" is the cooperative just named.
    const bareSubject = sp && !sp.determiner && !sp.sector && !sp.rating && [...sFacts].some((f) => f.place?.level === 'cooperative');
    // "Nổi bật là khối HTX nuôi tôm, thủy sản với 412 HTX, tổng diện tích …": a count of a sector between the subject and
    // the amount says better whose amount it is.
    const sectorCountAfter = sp && !sp.sector && sFacts.some((f) => f.metric === 'count' && !f.breakdown && f.sector && f.valueSpan.start >= sp.end && f.valueSpan.end <= kwStart);
    if (sp && sp.entity !== 'member_unit' && !sp.counted && !bareSubject && !sectorCountAfter) {
      entity = sp.entity;
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
      explicit = true;
      if (sp.determiner === null && /nhóm\s+(?:htx|hợp tác xã)\s*$/u.test(key.slice(Math.max(s.start, sp.nounEnd - 12), sp.nounEnd))) rating = sp.rating;
    }
  }
  const bullet = bulletItem(text, s);
  const subject = subjectOf(sFacts) ?? (bullet ? undefined : subjectOf(paraFacts));
  const prevAmount = [...sFacts].reverse().find((f) => !f.breakdown && f.rule.startsWith('metric.'));
  // "Vốn điều lệ bình quân đạt 5,2 tỷ đồng/quỹ": an average per fund is the credit funds'.
  const perFund = /(?:^|\/)\s*(?:quỹ|qtdnd|quỹ tdnd|quỹ tín dụng nhân dân)\s*(?:\/|$)/u.exec(perKey);
  if (!explicit && perFund) {
    entity = 'cooperative';
    sector = 'credit';
    sectorLabel = perPath.slice(perFund.index, perFund.index + perFund[0].length).replace(/\//gu, '').trim();
    explicit = true;
  }
  // "2,9 tỷ đồng/liên hiệp": an amount per union is the unions'.
  const perEntity: Entity | null = /(?:^|\/)(?:htx|hợp tác xã)(?:\/|$)/u.test(perKey) ? 'cooperative' : /(?:^|\/)(?:tht|tổ hợp tác)(?:\/|$)/u.test(perKey) ? 'cooperative_group' : /(?:^|\/)liên hiệp(?: htx| hợp tác xã)?(?:\/|$)/u.test(perKey) ? 'cooperative_union' : null;
  if (!entity && perEntity) {
    // "thu lãi ước đạt 87 triệu đồng/HTX/năm" after "doanh thu bình quân của các HTX nông nghiệp": the same cooperatives.
    entity = perEntity;
    explicit = true;
    // A count of one sector in an earlier sentence ("Trong tổng số HTX có 587 HTX nông nghiệp. Khu vực HTX thu hút …;
    // doanh thu bình quân đạt 3,2 tỷ đồng/HTX/năm") lends no sector to a sentence about the whole sector.
    const wholeSector = /(?<![\p{L}])(?:khu vực (?:htx|hợp tác xã|kinh tế tập thể)|toàn tỉnh|cả tỉnh|toàn thành phố)(?![\p{L}])/u.test(key.slice(s.start, m.start));
    const same = prevAmount && prevAmount.entity === perEntity && prevAmount.valueSpan.start >= s.start ? prevAmount : subject && subject.entity === perEntity && !isList(sFacts, subject) && !(wholeSector && subject.valueSpan.start < s.start) ? subject : null;
    if (same) {
      sector = same.sector;
      sectorLabel = same.sectorLabel;
      if (same === prevAmount) rating = same.rating;
    }
  }
  let scope: Scope = 'existing';
  if (!explicit) {
    const lastInSentence = [...sFacts].reverse().find((f) => !f.breakdown && f.rule.startsWith('noun.') && f.metric !== 'count');
    // After a list ("182 HTX và 4 liên hiệp HTX, tổng vốn điều lệ …") the amount is the cooperatives'.
    const coopCounts = sFacts.filter((f) => f.metric === 'count' && !f.breakdown && f.entity === 'cooperative');
    // The whole, not a sector of it: the latest stock of all cooperatives, else the first count.
    const listHead = subject && isList(sFacts, subject) ? ([...coopCounts].reverse().find((f) => f.scope === 'existing' && f.sector === null) ?? coopCounts[0]) : undefined;
    // A member or land figure of this sentence ("HTX … với 32 thành viên, diện tích nuôi 85 ha") outranks a subject of an earlier sentence.
    // "…; (5) 28 Quỹ tín dụng nhân dân …, tổng nguồn vốn hoạt động đạt 2.315 tỷ đồng": a count in the amount's own
    // clause outranks an amount of an earlier clause.
    const clauseCount = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.valueSpan.start >= clause.start && f.entity !== 'ocop_product' && f.entity !== 'training_course');
    const earlierClause = prevAmount && prevAmount.valueSpan.start < clause.start && clauseCount;
    // "Khối HTX nuôi tôm, thủy sản có 412 HTX, tổng diện tích …": the one count of the sentence, read as a labelled item of
    // the sectors, is still whose amount follows.
    const sentenceCounts = sFacts.filter((f) => f.metric === 'count' && f.valueSpan.start >= s.start);
    const soleLabelled = sentenceCounts.length === 1 && sentenceCounts[0]!.breakdown && sentenceCounts[0]!.sector ? sentenceCounts[0] : undefined;
    // "… ngoài ra còn có 3 liên hiệp HTX. Tổng vốn điều lệ của các HTX đạt …. Tuy nhiên, … vốn góp thực tế của thành
    // viên mới đạt 418,3 tỷ đồng": an amount the paragraph gave its cooperatives since says better whose it is than a
    // count before it.
    const laterAmount = subject && subject.entity !== 'cooperative' ? [...paraFacts].reverse().find((f) => f.explicit && f.unit === 'VND' && f.entity === 'cooperative' && !f.place && !f.breakdown && f.valueSpan.start > subject.valueSpan.end) : undefined;
    const from = prevAmount && prevAmount.explicit && prevAmount.valueSpan.start >= s.start && !earlierClause ? prevAmount : (earlierClause ? clauseCount : undefined) ?? listHead ?? subjectOf(sFacts) ?? soleLabelled ?? lastInSentence ?? headOfList(key, paraFacts, subject) ?? laterAmount ?? subject;
    if (from) {
      entity = cooperativeOf(from.entity);
      // A sector is inherited only within the sentence, and not from one item of a list; a paragraph
      // about people's credit funds keeps speaking of them.
      // An item of a list counted in the amount's own clause ("…; 37 HTX hoạt động trong lĩnh vực hồ tiêu với diện tích
      // 3.215 ha") is the subject of that clause.
      // "doanh thu bình quân của HTX nông nghiệp đạt 3,2 tỷ đồng/năm; thu nhập bình quân của thành viên, người lao động đạt
      // 6,8 triệu đồng": the reports' two standard indicators side by side; the clause after the semicolon, whose own
      // subject is the people, names no sector's cooperatives. After a sector of its own ("doanh thu của khối HTX du
      // lịch …; thu nhập bình quân của thành viên …") the people are that sector's.
      const ownPeople = from === prevAmount && metric === 'income' && /^(?:nông nghiệp|htx nông nghiệp|hợp tác xã nông nghiệp)$/u.test(toneKey(from.sectorLabel ?? '')) && /;/u.test(key.slice(from.valueSpan.end, kwStart)) && /^(?:[^;]*?\s)?(?:của|cho)\s+(?:các\s+)?(?:thành viên|người lao động|lao động|xã viên)/u.test(key.slice(kwStart, m.start));
      if (!ownPeople && (((!isList(sFacts, from) || from === prevAmount || (earlierClause && from === clauseCount)) && from.valueSpan.start >= s.start) || (from.sector === 'credit' && !isList(paraFacts, from) && !bullet))) {
        sector = from.sector;
        sectorLabel = from.sectorLabel;
      }
      // Money and land are never the dissolved ones' unless the clause says so: a later sentence's income is of those that remain.
      scope = from.scope === 'change' || (from.scope === 'dissolved' && from.valueSpan.start < clause.start) ? 'existing' : from.scope;
      place = from.place ?? namedPlaceAfter(ctx, from, m.start);
      // "…, huyện Mường Tè ít nhất với 14 HTX; tổng vốn điều lệ ước 512,6 tỷ đồng": a total in a later clause is the province's.
      if (place && place.level !== 'cooperative' && from.valueSpan.start < clause.start && /(?<![\p{L}])(?:tổng|toàn tỉnh|cả tỉnh|toàn thành phố)(?![\p{L}])/u.test(key.slice(clause.start, m.start))) {
        place = null;
        sector = null;
        sectorLabel = null;
      }
      formerProvince = from.formerProvince;
      if (from === prevAmount) scope = from.scope;
    } else {
      // "Về nguồn vốn, vốn điều lệ của các quỹ đạt 62 tỷ đồng. Tổng nguồn vốn hoạt động đạt 2.871 tỷ đồng": a paragraph
      // about people's credit funds keeps speaking of them when a sentence names no one.
      const funds = bullet ? undefined : [...paraFacts].reverse().find((f) => f.explicit && f.unit === 'VND' && !f.place && !f.breakdown);
      if (funds?.sector === 'credit') {
        entity = funds.entity;
        sector = funds.sector;
        sectorLabel = funds.sectorLabel;
      }
    }
  }
  // "trong đó An Giang (cũ) có 142 HTX, diện tích 58.600 ha": an amount right after a placed count in its clause is that
  // place's, even when its sector was read on its own.
  // The count may be a placed part of a head ("… 486 HTX …; trong đó An Giang (cũ) có 142 HTX").
  const lastCount = place ? undefined : [...sFacts].reverse().find((f) => f.metric === 'count');
  if (lastCount?.place && lastCount.place.level !== 'cooperative' && lastCount.valueSpan.start >= Math.max(s.start, key.lastIndexOf(';', m.start) + 1) && /^[^;.\d]{0,40}$/u.test(key.slice(lastCount.valueSpan.end, kwStart))) {
    place = lastCount.place;
    formerProvince = lastCount.formerProvince;
  }
  if (/\(\s*(?:không tính|không kể|trừ|ngoài)\s/u.test(between)) return { reason: 'figure of a subset ("không tính Quỹ TDND") the fields cannot name' };
  // "tổng nguồn vốn của Quỹ đạt 21,5 tỷ đồng" in an article on the cooperative support fund (Quỹ hỗ trợ phát triển HTX),
  // "Quỹ hỗ trợ phát triển HTX giải ngân …; tổng nguồn vốn Quỹ đến cuối năm 12,5 tỷ đ": the fund's money, lent to
  // cooperatives, is no figure of theirs.
  const sentenceBefore = key.slice(s.start, m.start);
  if (
    (/(?:của|cho|từ)\s+quỹ(?![\p{L}])(?!\s+(?:tín dụng|tdnd))/u.test(key.slice(Math.max(clause.start, kwStart - 20), m.start)) && /quỹ hỗ trợ phát triển/u.test(key)) ||
    (m.kind === 'money' && /quỹ hỗ trợ/u.test(sentenceBefore) && !/quỹ (?:tín dụng|tdnd)|qtdnd/u.test(sentenceBefore)) ||
    // "Quỹ hỗ trợ phát triển HTX tỉnh … được thành lập năm 2011. Từ nguồn vốn điều lệ ban đầu 10 tỷ đồng, …": a
    // paragraph about the fund, in a sentence that names no cooperative.
    (m.kind === 'money' && /^\s*(?:[-–•+]\s*)?quỹ hỗ trợ phát triển/u.test(key.slice(key.lastIndexOf('\n\n', s.start) + 1, s.start + 1)) && !/(?<![\p{L}])(?:htx|hợp tác xã|tht|tổ hợp tác|quỹ tín dụng|qtdnd)(?![\p{L}])/u.test(sentenceBefore))
  )
    return { reason: 'an amount of the cooperative support fund, not of the cooperatives' };
  // "Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa …": a figure in the name of a programme.
  if (/(?<![\p{L}])(?:đề án|chương trình|dự án)(?: [\p{L}-]+){1,8}\s*$/u.test(key.slice(clause.start, m.start))) return { reason: 'a figure in the name of a programme ("Đề án … 1 triệu ha"), not a figure of the cooperatives' };
  // "Doanh thu vượt mốc 2 nghìn tỷ đồng": a round mark passed, not the figure.
  if (/(?:vượt|qua)\s+(?:mốc|ngưỡng)\s*$/u.test(key.slice(Math.max(clause.start, m.start - 15), m.start))) return { reason: 'a round mark passed ("vượt mốc 2 nghìn tỷ"), not the figure' };
  // "95 triệu đồng/ha/năm": per hectare, a yield of land, not a figure of the cooperatives.
  // "4.000 - 5.000 đồng/con": per head of stock, per litre, per dozen fruit, the same.
  if (/(?:^|\/)(?:ha|héc-ta|hecta|sào|m2|kg|tấn|con|lít|chục|cây|quả|trái)(?:\/|$)/u.test(toneKey(m.per ?? ''))) return { reason: 'an amount per hectare or per tonne, not a figure of the cooperatives' };
  // "Mỗi hécta thanh long trái vụ … cho lãi khoảng 350 triệu đồng": the same, with the unit before the amount.
  if (/(?:mỗi|một|(?<![\d.,])1)\s+(?:ha|hécta|héc-ta|hecta|sào|tấn)(?![\p{L}])/u.test(key.slice(clause.start, m.start))) return { reason: 'an amount per hectare or per tonne, not a figure of the cooperatives' };
  if (SUPPORTED_SUBSET.test(key.slice(s.start, m.start))) return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "Lao động: 9.860 người, trong đó LĐ là TV: 5.120 người": workers who are members, people of two kinds at once.
  if ((metric === 'members' || metric === 'workers') && /(?:lđ|lao động|tv|thành viên)\s+(?:đồng thời\s+)?là\s+(?:tv|thành viên|lđ|lao động|người lao động)\s*:?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 40), m.start)))
    return { reason: 'workers who are members, people of two kinds the fields cannot name' };
  // "Năm 2024 có 42 HTX với diện tích 14.300 ha tham gia Đề án …": the land of cooperatives counted as taking part.
  const sizedCount = /(?<![\d.,])[\d.,]+\s+(?:htx|hợp tác xã)\s+với\s+(?:tổng\s+)?(?:diện tích|quy mô)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.exec(key.slice(clause.start, m.start));
  if (sizedCount && PARTICIPATION_AFTER.test(key.slice(clause.start + sizedCount.index! + sizedCount[0].search(/\s+với/u), clause.end)))
    return { reason: 'the land of cooperatives counted as taking part in something, a subset the fields cannot name' };
  // "doanh thu bán hàng qua kênh trực tuyến", "doanh thu từ giao dịch với thành viên", "của nhóm HTX này": a part.
  // "thu nhập của thành viên trực tiếp làm du lịch": the income of some members only.
  // "thu nhập bình quân của thành viên HTX là đồng bào Khmer": of the members of one people.
  if (metric === 'income' && /thành viên (?:trực tiếp|tham gia) (?:làm|sản xuất|kinh doanh)|thành viên (?:(?:htx|hợp tác xã)\s+)?là (?:đồng bào|người (?:dân tộc|khmer|mông|thái|dao)|phụ nữ|nữ|thanh niên)/u.test(key.slice(Math.max(clause.start, kwStart), m.start)))
    return { reason: 'income of a subset of the members the fields cannot name' };
  if (/^(?:doanh thu|doanh số|lợi nhuận)\s+(?:bán hàng|từ|qua|xuất khẩu|trực tuyến|của hoạt động|giao dịch)/u.test(between))
    return { reason: 'part of the revenue or of the cooperatives that the fields cannot name' };
  // "… có 112 HTX cà phê. Thu nhập của thành viên các HTX này …": "các HTX này" are the sector's cooperatives just
  // counted; after a subset no fact names ("14 HTX ứng dụng công nghệ cao"), they are that subset.
  if (THESE_COOPERATIVES.test(key.slice(Math.max(clause.start, kwStart - 30), m.start)) && !(block && sector)) {
    // "… các HTX phi nông nghiệp đang tạo việc làm cho 7.460 lao động; … Thu nhập … trong các HTX này": with no count
    // printed, the sector's cooperatives the paragraph's last figures were of.
    const counted = referentCount(ctx, s, kwStart, [...paraFacts, ...sFacts]);
    const named = !/(?:các)\s+(?:htx|hợp tác xã)\s+này/u.test(key.slice(Math.max(clause.start, kwStart - 30), m.start)) ? undefined : [...paraFacts, ...sFacts].reverse().find((f) => f.entity === 'cooperative' && f.valueSpan.end <= kwStart && kwStart - f.valueSpan.end < 400 && f.sector !== null && f.sector !== 'multiple' && !f.place && /(?:^|[\s,;:])các\s+(?:htx|hợp tác xã)\s/u.test(key.slice(f.evidence.start, f.valueSpan.start)) && !/\d[\d.,]*\s+(?:htx|hợp tác xã)(?![\p{L}])/u.test(key.slice(f.valueSpan.end, kwStart)));
    const referent = named && (!counted || named.valueSpan.start > counted.valueSpan.start) ? named : counted;
    if (!referent || (!referent.sector && !referent.place)) return { reason: 'part of the revenue or of the cooperatives that the fields cannot name' };
    sector = referent.sector;
    sectorLabel = referent.sectorLabel;
    if (referent.place) {
      place = referent.place;
      formerProvince = referent.formerProvince;
    }
  }
  // "Với khối thương mại - dịch vụ, 10 tháng năm 2018 doanh thu bình quân ước 2,3 tỷ đồng/HTX": a sentence that opens on
  // one sector speaks of its cooperatives.
  // "Thị xã Sa Pa hiện có 58 HTX. 9 tháng qua, các HTX du lịch trên địa bàn thị xã đón …, doanh thu ước đạt 42 tỷ đồng":
  // in a district too.
  if (!sector && (!place || place.level === 'district' || place.level === 'commune') && (entity === 'cooperative' || entity === null)) {
    const opening = sectorOpening(ctx, s.start, kwStart);
    if (opening) {
      sector = opening.sector;
      sectorLabel = opening.label;
    }
  }
  // Cooperative groups have no charter; a charter capital inherited from a group count is the cooperatives'.
  if ((metric === 'charter_capital' || metric === 'total_assets') && entity === 'cooperative_group' && !explicit) entity = 'cooperative';
  // Revenue, profit and income are of the cooperatives as a whole, not "new" ones, unless the clause says so.
  if (FLOW_METRICS.has(metric) && scope === 'new') scope = 'existing';
  const trig = lastTrigger(key.slice(Math.max(clause.start, prevEnd), m.start));
  // The land of a new cooperative is its land at founding only when the founding gives it "với" (see above).
  const landNow = metric === 'land_area' && trig === 'new' && !/(?:thành lập|tl mới)[^;.]{0,80}?(?<![\p{L}])với(?![\p{L}])[^;.]*$/u.test(key.slice(Math.max(clause.start, prevEnd), m.start));
  // "mỗi tổ viên có thêm thu nhập 2,5 – 3 triệu đồng/tháng": earnings are never "new" ones, whatever the clause says.
  if (trig && trig !== 'existing' && !landNow) scope = trig === 'new' && metric === 'income' ? 'existing' : trig;
  // "Doanh thu tăng 20 tỷ đồng so với năm 2019", "số thành viên ước giảm 120 người so với cùng kỳ": the
  // change, not the amount ("tăng lên 500 tỷ" is the new level and stays one).
  const rise = /(?<![\p{L}])(?:tăng thêm|tăng|giảm)\s*(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s*)?$/u.exec(between);
  const sign = rise && /^giảm/u.test(rise[0]) ? -1 : 1;
  if (rise && COMPARE.test(key.slice(clause.start, clause.end))) scope = 'change';
  if (!entity) entity = 'cooperative';
  // "HTX … đạt doanh thu 9,6 tỷ đồng, lãi 620 triệu đồng": later amounts of the sentence stay with the named cooperative.
  if (!place && !explicit) {
    const placed = [...sFacts].reverse().find((f) => f.place?.level === 'cooperative' && !f.breakdown);
    if (placed) {
      place = placed.place;
      entity = placed.entity === 'training_course' || placed.entity === 'ocop_product' ? 'cooperative' : placed.entity;
      sector = placed.sector;
      sectorLabel = placed.sectorLabel;
    }
  }
  const coop = cooperativeSubject(ctx, clause, s.start, kwStart, m.start);
  // "doanh thu của khu vực HTX tỉnh Trà Vinh (cũ) ước đạt …": the place may stand between the metric word and the amount.
  // A sentence that opens on its subject and puts an aside before the figure's clause, with no other figure before it.
  const opensOnSubject = clause.start > s.start && !/\d/u.test(key.slice(s.start, clause.start));
  const own = coop ? { place: coop.place, formerProvince: null } : placeBefore(ctx, clause, kwStart) ?? placeBefore(ctx, { start: kwStart, end: clause.end }, m.start) ?? (opensOnSubject ? placeBefore(ctx, { start: s.start, end: clause.end }, kwStart) : null);
  if (coop) {
    entity = coop.entity;
    // A named people's credit fund is a cooperative of the credit sector.
    sector = /^(?:quỹ|qtdnd)/iu.test(coop.place.name) ? 'credit' : null;
    sectorLabel = sector ? coop.place.name.split(/\s+/).slice(0, /^qtdnd/iu.test(coop.place.name) ? 1 : 2).join(' ') : null;
    // "Liên hiệp HTX … được thành lập trong quý II, … vốn điều lệ 1,5 tỷ đồng": the new one's capital.
    // "HTX … được thành lập năm 2019, hiện có 27 thành viên, vốn điều lệ 2,5 tỷ đồng": founded long ago, its capital now.
    const founded = /(?:được|mới|vừa) thành lập|thành lập mới/u.exec(key.slice(s.start, m.start));
    // Land is the new cooperative's at founding only when the founding clause gives it ("thành lập … với 9 thành viên và 5
    // ha"); "mới thành lập tháng 5/2018 nhưng đã sản xuất rau an toàn trên diện tích 12 ha" is what it farms now.
    const foundingLand = metric !== 'land_area' || /^[^;.]{0,80}?(?<![\p{L}])với(?![\p{L}])[^;.]*$/u.test(key.slice(s.start + (founded?.index ?? 0) + (founded?.[0].length ?? 0), m.start));
    if (founded && foundingLand && !FLOW_METRICS.has(metric) && !/^\s*(?:từ |vào )?(?:năm|tháng|ngày)\s+\d|(?<![\p{L}])(?:hiện có|hiện nay|đến nay)(?![\p{L}])/u.test(key.slice(s.start + founded.index + founded[0].length, m.start))) scope = 'new';
    // "… được thành lập ngày 20/8/2012 với vốn điều lệ ban đầu 1,5 tỷ đồng" in a report on 2017: its capital of that day.
    const rpStart = ctx.fc.reportPeriod?.start;
    const foundedOn = founded && /^\s*(?:từ |vào )?(?:ngày|tháng|năm)\s+[\d/.-]*((?:19|20)\d{2})(?!\d)/u.exec(key.slice(s.start + founded.index + founded[0].length, m.start));
    if (scope === 'new' && foundedOn && rpStart && foundedOn[1]! < rpStart.slice(0, 4) && !FLOW_METRICS.has(metric)) scope = 'existing';
  }
  if (own) {
    place = own.place;
    formerProvince = own.formerProvince;
  }

  // Averages need a denominator; income is per member by nature.
  // "Bình quân mỗi HTX nông nghiệp có lãi …": the average word may open the clause well before the metric word.
  const avgWord = AVERAGE.test(key.slice(Math.max(clause.start, kwStart - 45), m.start));
  // "210 tr.đ/tổ/năm" in a sentence about cooperative groups, "đồng/quỹ" of credit funds.
  const perDenominator = /(?:^|\/)(?:htx|tht|hợp tác xã|tổ hợp tác|tổ|quỹ|liên hiệp|thành viên|người|hộ|lao động|người lao động|xã viên|tổ viên)(?:\/|$)/u.test(perKey);
  // "mỗi HTX đạt doanh thu bình quân 4,85 tỷ đồng": the denominator before the metric word.
  const eachBefore = /(?:^|[\s,;:])mỗi\s+(?:htx|hợp tác xã|tht|quỹ)(?:\s+[\p{L}]+){0,2}?\s*$/u.test(key.slice(clause.start, kwStart));
  const denominator = !!of || perDenominator || eachBefore || /bình quân\s+(?:mỗi\s+|một\s+|\/\s*)?(?:htx|tht|thành viên|người|hộ|lao động)/u.test(key.slice(Math.max(clause.start, kwStart - 45), m.start));
  // A per-unit amount ("87 triệu đồng/HTX/năm") is an average even without "bình quân"; "bình quân" with no denominator is not.
  // "lãi bình quân đạt 210 triệu đồng mỗi HTX": the denominator after the amount.
  const perAfter = /^\s*(?:\/|mỗi|một|cho mỗi)\s*(?:htx|hợp tác xã|tht|quỹ|thành viên|người|hộ)(?![\p{L}])/u.test(key.slice(m.end, m.end + 20));
  // An average per cooperative ("… đồng/HTX/năm") is across cooperatives, never one named cooperative's.
  if (place?.level === 'cooperative' && /(?:^|\/)(?:htx|hợp tác xã)(?:\/|$)/u.test(perKey)) place = null;
  // "doanh thu bình quân của một HTX đạt 1,8 tỷ đồng, lãi bình quân 120 triệu đồng": the same denominator.
  const avgBefore = avgWord && sFacts.some((f) => f.statistic === 'average' && f.unit === 'VND' && f.metric !== 'income' && !f.breakdown && f.valueSpan.start >= s.start);
  // "Bình quân mỗi HTX có doanh thu khoảng 1,1 tỷ đồng/năm, lãi 92 triệu đồng/năm": an opening "bình quân mỗi HTX"
  // covers the amounts of its list, up to a semicolon.
  const eachOpening = metric !== 'income' && /^\s*(?:[^,;]{0,25},\s*)?bình quân\s+(?:mỗi|một)\s+(?:htx|hợp tác xã)(?![\p{L}])[^;]*$/u.test(key.slice(s.start, m.start));
  // "3,6 triệu đồng/người/tháng (năm 2013 là 2,5 triệu đồng)": the second value of an average is the same average.
  const again = rule === 'metric.same_again' && !perKey ? [...sFacts].reverse().find((f) => f.metric === metric && f.unit === 'VND') : undefined;
  // "mỗi tổ viên có thêm thu nhập …": per person, an average.
  const perPerson = metric === 'income' && /(?<![\p{L}])mỗi\s+(?:hộ|tổ viên|thành viên|người|lao động|xã viên|chị em)(?![\p{L}])[^,;.\d]{0,40}$/u.test(key.slice(Math.max(s.start, m.start - 50), m.start));
  // "Người lao động có thu nhập 6–7 triệu đồng/tháng": a monthly income is a person's (every annotator reads it so).
  const lastPer = perKey.split('/').pop() ?? '';
  const monthlyIncome = metric === 'income' && /^\s*tháng\s*$/u.test(lastPer);
  const statistic: 'total' | 'average' = monthlyIncome || perPerson || again?.statistic === 'average' || perDenominator || eachOpening || (avgWord && perAfter) || rule === 'metric.average_of_previous' || rule === 'metric.word_after' || (avgWord && (denominator || metric === 'income' || avgBefore)) ? 'average' : 'total';
  const per: 'year' | 'month' | null = /^năm$/u.test(lastPer) ? 'year' : /^tháng$/u.test(lastPer) ? 'month' : (again?.per ?? null);
  const unit: Unit = m.kind === 'money' || m.unit === 'VND' || (m.kind === 'number' && metric !== 'members' && metric !== 'workers' && /(?:tỷ|tỉ|triệu)\s*$/u.test(key.slice(m.start, m.end))) ? 'VND' : m.kind === 'area' || m.unit === 'ha' || m.unit === 'm2' ? 'ha' : metric === 'members' || metric === 'workers' ? 'person' : 'count';
  // "210 ha vải", "52.300 ha lúa", "diện tích chè … 1.450 ha", "185.000 ha đất sản xuất nông nghiệp": farm land.
  if (metric === 'land_area' && !sector && place?.level !== 'cooperative') {
    const crop = CROP_AFTER.exec(key.slice(m.end, m.end + 30));
    const cropBefore = crop ? null : /^(?:tổng\s+)?diện tích\s*/u.exec(key.slice(kwStart, m.start));
    const named = cropBefore ? CROP_AFTER.exec(key.slice(kwStart + cropBefore[0].length, m.start)) : null;
    const farmLand = crop || named ? null : /^\s*đất\s+(?:sản xuất\s+)?(nông nghiệp|nông, lâm nghiệp|lâm nghiệp|nuôi trồng thủy sản)(?![\p{L}])/u.exec(key.slice(m.end, m.end + 40));
    const at = crop ? m.end : named ? kwStart + cropBefore![0].length : m.end;
    const hit = crop ?? named ?? farmLand;
    if (hit) {
      sector = 'agriculture';
      sectorLabel = text.slice(at + hit.index + hit[0].length - hit[1]!.length, at + hit.index + hit[0].length);
    }
  }
  // "Thu nhập bình quân của lái xe, phụ xe chỉ còn 5,2 triệu đồng": what drivers earn is the transport cooperatives'.
  if (metric === 'income' && !sector && !place) {
    const drivers = /(?<![\p{L}])(?:lái xe|tài xế|phụ xe)(?![\p{L}])/u.exec(key.slice(Math.max(clause.start, kwStart), m.start));
    if (drivers) {
      sector = 'transport';
      sectorLabel = text.slice(Math.max(clause.start, kwStart) + drivers.index, Math.max(clause.start, kwStart) + drivers.index + drivers[0].length);
    }
  }
  // "thu nhập bình quân của tổ viên", "mỗi hộ tổ viên có thu nhập": what the members of groups earn.
  if (metric === 'income' && !place && /(?<![\p{L}])tổ viên(?![\p{L}])/u.test(key.slice(Math.max(s.start, kwStart - 25), m.start)) && !/(?<![\p{L}])(?:thành viên|xã viên)(?![\p{L}])/u.test(key.slice(Math.max(s.start, kwStart - 25), m.start))) entity = 'cooperative_group';
  // "mở rộng vùng nguyên liệu lên 650 ha": land brought up to a figure is a stock, whatever flow came before.
  // So is capital raised to a figure ("nâng vốn điều lệ lên 3,2 tỷ đồng", "vốn điều lệ tăng lên 20 tỷ đồng").
  if (!FLOW_METRICS.has(metric) && scope === 'new' && /(?<![\p{L}])lên\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 14), m.start))) scope = 'existing';
  let value = (m.value as number) * (scope === 'change' ? sign : 1);
  let valueMax = m.valueMax == null ? null : m.valueMax * (scope === 'change' ? sign : 1);
  if (m.unit === 'm2') {
    value = value / 10000;
    if (valueMax !== null) valueMax = valueMax / 10000;
  }
  // "doanh thu bình quân ước đạt 1,84 tỷ đồng/HTX đang hoạt động": the average is over the operating ones.
  if (!rating && perEntity === 'cooperative' && /^\s*(?:đang hoạt động|đang hđ)(?![\p{L}])/u.test(key.slice(m.end, m.end + 20))) rating = 'operating';
  const fact: DraftFact = {
    entity,
    metric,
    scope,
    place,
    formerProvince,
    sector,
    sectorLabel,
    rating,
    statistic,
    status: 'actual',
    value,
    valueMax,
    qualifier: m.qualifier ?? 'exact',
    unit,
    per,
    refMetric: null,
    plan: null,
    asOf: null,
    period: null,
    dateFrom: 'none',
    evidence: { start: Math.min(kwStart, evidenceStart(key, s, clause, m.start, prevEnd)), end },
    valueSpan: { start: m.start, end: m.end },
    confidence: explicit ? 0.93 : 0.88,
    rule,
    breakdown: false,
    explicit,
    mention: m,
  };
  return { fact };
}
