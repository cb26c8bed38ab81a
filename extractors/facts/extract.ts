// Mentions + their Vietnamese context → facts in the contract's vocabulary.
// One quantity mention gives at most one fact. What does not become a fact is
// kept with the reason, for `htxpress explain`. The readers live beside this
// file: count.ts (counted nouns), amount.ts (metric words), relative.ts
// (shares, plans, changes), table.ts, and when.ts for dates and status.
import type { Entity, Metric, Mention, Place, Sector } from '../../schemas/records.js';
import { toneKey } from '../normalize.js';
import { lookupProvince } from '../provinces.js';
import { parenDepth, segment, type Paragraph, type Sentence, type Span } from './segment.js';
import { COLUMNS, SINCE_BEFORE, tableFacts } from './table.js';
import { ALLIANCE_PLAN_BEFORE, BOUND_WORD, CHANGE_LEAD, EACH_PLACE, EACH_PLACE_NAME, COMPARE, FALL, HAVE_VERB, KIND_OF_COOPERATIVES, NOT_THEIR_LAND, NOUNS, OTHER_GROUP, PLAN_SECTION } from './vocab.js';
import { withoutShareOfWhole } from './district-article.js';
import { blankFact, bulletItem, namesComparison, type Classified, type Ctx, derive, type DraftFact, DURATION_UNITS, type FactContext, FLOW_METRICS, lastTrigger, metricBefore, paragraphLead, QUANTITY_KINDS, type Skipped } from './draft.js';
import { finishDates, finishStatus, periodOf } from './when.js';
import { relativeFact } from './relative.js';
import { countFact, labelledCount, PLAN_AFTER_SHARE, UNIT_OF_AVERAGE } from './count.js';
import { amountFact } from './amount.js';
import { namedOrgs, subjectPhrase } from './subject.js';
import { readSector, sectorAfterNoun } from './sector.js';


export type { DraftFact, FactContext, Skipped } from './draft.js';

const PART_OF_SUBSET = 'a part of a subset the fields cannot name';

/** The last mention skipped in sentence `s` before `m` that `keep` accepts (read backwards, without copying the list). */
function skippedBefore(skipped: Skipped[], s: Sentence, m: Mention, keep: (x: Skipped) => boolean = () => true): Skipped | undefined {
  for (let i = skipped.length - 1; i >= 0; i--) {
    const x = skipped[i]!;
    if (x.mention.start >= s.start && x.mention.end <= m.start && keep(x)) return x;
  }
  return undefined;
}

/** "Các HTX trong tỉnh đã có 74 sản phẩm", "HTX làm chủ thể 31 sản phẩm": products the cooperatives have or own. */
const COOPS_OWN_BEFORE = new RegExp(String.raw`(?:htx|hợp tác xã)[^,;.\d]{0,30}(?:${HAVE_VERB}|làm chủ thể|là chủ thể)\s*${BOUND_WORD}?\s*$`, 'u');

export function extractFacts(text: string, mentions: Mention[], fc: FactContext): { facts: DraftFact[]; skipped: Skipped[] } {
  const key = toneKey(text);
  const facts: DraftFact[] = [];
  // A text that speaks of people's credit funds anywhere, asked by every "quỹ" and every figure of the funds.
  const ctx: Ctx = { text, key, mentions, fc, earlier: facts, creditText: /quỹ tín dụng nhân dân|qtdnd|quỹ tdnd/u.test(key) };
  const skipped: Skipped[] = [];
  const paragraphs = segment(text);
  let planSection = false;
  let estimateSection = false;
  let sectionPeriod: Mention | null = null;
  let sectionFormer: { place: Place; formerProvince: string } | null = null;
  // "Khu vực Bình Thuận (cũ): HTX thanh long … giữ nhịp sản xuất": the whole article is the former province's, through
  // its sections, until a paragraph speaks of the whole new province ("Tính chung toàn tỉnh Lâm Đồng sau hợp nhất").
  let articleFormer = fc.title ? formerProvinceHeading(fc.title) : null;
  let sectionCoop: { place: Place; entity: Entity } | null = null;
  let sectionSector: { sector: Sector; label: string } | null = null;
  for (const p of paragraphs) {
    const pKey = key.slice(p.start, p.end).trim();
    const heading = p.end - p.start < 120 && !/[.;]$/.test(pKey) && !/\d{2,}\s*(?:htx|tht|thành viên)/u.test(pKey);
    // A heading "Phương hướng, nhiệm vụ năm 2024" makes the section that follows a plan; a paragraph that
    // merely opens with such words is a plan itself, and the next paragraph is not.
    const opensPlan = PLAN_SECTION.test(pKey.replace(/^[ivx\d.\-–)\s]+/u, ''));
    // "Một số chỉ tiêu chủ yếu năm 2023:" after "Nhiệm vụ năm 2024", in a review of 2023: a heading on the reported year
    // (or an earlier one) returns to results.
    const headYear = Number(/(?:năm|\/)\s*(\d{4})(?!\s*[-–]\s*\d)/u.exec(pKey)?.[1] ?? NaN);
    const pastHeading = headYear <= Number(fc.reportPeriod?.end?.slice(0, 4) ?? NaN) && !/kế hoạch|phấn đấu|mục tiêu|nhiệm vụ|phương hướng|giải pháp|định hướng/u.test(pKey);
    if (heading) planSection = opensPlan ? true : pastHeading || /^(?:[ivx\d]+[.)]\s*)?(?:kết quả|tình hình|đánh giá|một số kết quả|những hạn chế|hạn chế|khó khăn|bức tranh|thực trạng|toàn cảnh)/u.test(pKey) ? false : planSection;
    const planHere = planSection || opensPlan;
    ctx.inPlan = planHere;
    // "1. Số lượng, quy mô (số liệu ước đến 30/6/2024)", "3. Ước kết quả SXKD 6 tháng": a heading that gives its
    // section's figures as estimates.
    if (heading) estimateSection = /(?:số liệu|số ước)\s+ước|\(\s*ước(?:\s+(?:tính|thực hiện))?\s+(?:đến|tính đến)|^(?:[ivx\d]+[.)]\s*)?ước (?:thực hiện|tính|kết quả|đạt|cả năm)/u.test(pKey);
    ctx.inEstimate = estimateSection;
    const leadPeriod = paragraphLead(ctx, p);
    if (heading && leadPeriod) sectionPeriod = leadPeriod;
    // "Khu vực Kiên Giang (cũ): tăng cả số lượng và quy mô": the section that follows is the former province's.
    if (heading) sectionFormer = formerProvinceHeading(text.slice(p.start, p.end));
    // … until a paragraph speaks of the whole province again ("9 tháng năm 2025, toàn tỉnh thành lập mới 68 HTX").
    else if (sectionFormer && wholeProvinceAgain(pKey, /toàn tỉnh|cả tỉnh|toàn thành phố|tỉnh mới/u)) sectionFormer = null;
    if (articleFormer && !heading && wholeProvinceAgain(pKey, /toàn tỉnh|cả tỉnh|toàn thành phố|tỉnh mới|sau hợp nhất|sau sáp nhập/u)) articleFormer = null;
    // "2. Khối HTX phi nông nghiệp" heads a section of that sector; "Khối HTX nông nghiệp: …" opens a paragraph of it.
    const ownSector = sectorSection(text.slice(p.start, p.end), heading);
    // An unnumbered heading under a sector's keeps it ("Mô hình tiêu biểu"), unless it names another subject: the alliance,
    // the credit funds, the whole province or the year's estimates and plans ("Ước thực hiện cả năm 2018").
    if (heading) sectionSector = ownSector ?? (/^(?:[ivx\d]+[.)]|[-–•+*])/u.test(pKey) || !sectionSector || OTHER_SUBJECT_HEADING.test(pKey) ? null : sectionSector);
    const paraSector = ownSector ?? sectionSector;
    // "1. HTX Vải thiều Thanh Xá (huyện Thanh Hà)": a section headed by one named cooperative speaks of it.
    if (heading) sectionCoop = cooperativeHeading(text.slice(p.start, p.end));
    // … until the text speaks of the whole province again.
    else if (/toàn tỉnh|cả tỉnh|toàn thành phố|khu vực htx|khu vực kinh tế tập thể/u.test(pKey)) sectionCoop = null;
    const table = fc.tables?.find((t) => t.start < p.end && t.end > p.start);
    if (table) {
      // A table's header cell "Chỉ tiêu" (indicator) opens no plan: only the section it stands in can.
      facts.push(...fromTable(ctx, table, facts, paragraphs[p.index - 1] ?? null, planSection));
      continue;
    }
    const paraFacts: DraftFact[] = [];
    for (const s of p.sentences) {
      const sFacts: DraftFact[] = [];
      const quantities = mentions.filter((m) => m.start >= s.start && m.end <= s.end && QUANTITY_KINDS.has(m.kind) && !(m.kind === 'number' && m.unit && DURATION_UNITS.has(m.unit)));
      const depth = parenDepth(text, s.start, s.end);
      const consumed = new Set<Mention>();
      // "Doanh thu bình quân 1 HTX đạt 1,9 tỷ đồng": a number that is part of the metric's words hides none of them.
      const transparent = new Set<Mention>();
      for (let qi = 0; qi < quantities.length; qi++) {
        const m = quantities[qi]!;
        if (consumed.has(m)) continue;
        let pi = qi - 1;
        while (pi >= 0 && transparent.has(quantities[pi]!)) pi--;
        const prevEnd = pi >= 0 ? quantities[pi]!.end : s.start;
        const r = classify(ctx, s, m, prevEnd, sFacts, paraFacts, depth[m.start - s.start]! > 0, quantities[qi + 1] ?? null);
        if ('reason' in r) {
          skipped.push({ mention: m, reason: r.reason });
          if (r.reason === UNIT_OF_AVERAGE) transparent.add(m);
          continue;
        }
        if (r.consumes) consumed.add(r.consumes);
        const f = r.fact;
        // "57 HTX do nữ làm giám đốc, chiếm 17,9% tổng số HTX, tăng 15 HTX so với cuối năm 2017": the change of a subset
        // the fields cannot name is of that subset too.
        if (f.scope === 'change' && f.metric === 'count') {
          const subset = skippedBefore(skipped, s, m, (x) => x.mention.kind !== 'percent');
          if (subset && /subset|cannot name|cannot carry|taking part/u.test(subset.reason) && !sFacts.some((x) => x.valueSpan.start > subset.mention.end) && /^[^;.\d]{0,60}(?:chiếm\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s*%[^;.\d]{0,40})?(?:,\s*)?(?:tăng|giảm)\s*(?:thêm\s*)?$/u.test(key.slice(subset.mention.end, m.start))) {
            skipped.push({ mention: m, reason: 'the change of a subset the fields cannot name' });
            continue;
          }
        }
        // "có 398 HTX đã hoàn thành việc … đăng ký lại …, chiếm 91,3% tổng số HTX; trong đó HTX nông nghiệp 281 HTX, HTX phi
        // nông nghiệp 32 HTX": the parts of such a subset are of that subset too.
        if (f.metric === 'count' && f.scope === 'existing') {
          const subset = skippedBefore(skipped, s, m, (x) => x.mention.kind !== 'percent' && x.reason !== PART_OF_SUBSET);
          if (subset && /subset defined by a property/u.test(subset.reason) && !sFacts.some((x) => x.valueSpan.start > subset.mention.end) && /(?:^|[\s,;(])(?:trong đó|gồm|bao gồm)(?![\p{L}])/u.test(key.slice(subset.mention.end, m.start)) && !/[.]/u.test(key.slice(subset.mention.end, m.start))) {
            skipped.push({ mention: m, reason: PART_OF_SUBSET });
            continue;
          }
        }
        // "Hiện có 126 HTX ứng dụng công nghệ cao trong sản xuất, với diện tích gần 6.900 ha": what such a subset farms,
        // counts or earns, right after it, is its own too.
        if (['land_area', 'members', 'workers', 'revenue', 'profit'].includes(f.metric) && f.scope === 'existing' && !f.place) {
          const subset = skippedBefore(skipped, s, m, (x) => x.mention.kind === 'number' && /subset defined by a property/u.test(x.reason));
          const between = subset ? key.slice(subset.mention.end, m.start) : '';
          if (subset && !sFacts.some((x) => x.valueSpan.start > subset.mention.end) && !/;|\.(?!\d)/u.test(between) && !/toàn tỉnh|cả tỉnh|(?:các|tổng số|toàn bộ)\s+(?:htx|hợp tác xã)/u.test(between)) {
            skipped.push({ mention: m, reason: 'a figure of a subset the fields cannot name' });
            continue;
          }
        }
        // "… tăng 17 HTX so với cùng kỳ năm 2023 (125 HTX)": and so is the earlier point of that change.
        if (f.metric === 'count' && f.scope === 'existing') {
          const change = skippedBefore(skipped, s, m);
          if (change?.reason === 'the change of a subset the fields cannot name' && /^[^;.\d]{0,50}\(\s*$/u.test(key.slice(change.mention.end, m.start).replace(/(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/gu, 'Y'))) {
            skipped.push({ mention: m, reason: 'the earlier point of a subset the fields cannot name' });
            continue;
          }
        }
        placeFromContext(ctx, p, s, f, { facts, paraFacts, sFacts, sectionCoop, sectionFormer: sectionFormer ?? articleFormer });
        // "Tổng nguồn vốn hoạt động của hệ thống …", "bình quân 108,6 tỷ đồng/quỹ": in a text about people's credit
        // funds, figures whose subject is the funds are the credit sector's.
        // "Hoạt động kinh doanh của các quỹ có hiệu quả. Tổng doanh thu năm 2019 đạt 142,8 tỷ đồng": so are those of a
        // paragraph that opened on the funds and has named no cooperatives since.
        const fundsParagraph = (): boolean => {
          const paraBefore = key.slice(p.start, s.start).replace(/liên minh (?:htx|hợp tác xã)/gu, '');
          return s.start > p.start && !bulletItem(text, s) && FUNDS_SUBJECT.test(paraBefore) && !/(?<![\p{L}])(?:htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.test(paraBefore);
        };
        if (f.entity === 'cooperative' && !f.sector && !f.place && ctx.creditText && (FUNDS_SUBJECT.test(key.slice(s.start, f.valueSpan.start)) || /^[^,;]{0,20}?\/\s*quỹ(?![\p{L}])/u.test(key.slice(f.valueSpan.start, s.end)) || fundsParagraph()) && !/(?<![\p{L}])(?:htx|hợp tác xã)(?![\p{L}])/u.test(key.slice(s.start, s.end).replace(/liên minh (?:htx|hợp tác xã)/gu, ''))) {
          f.sector = 'credit';
          f.sectorLabel = text.slice(s.start, s.end).match(/quỹ tín dụng nhân dân|QTDND|Quỹ TDND|quỹ|hệ thống/iu)?.[0] ?? null;
        }
        if (f.entity === 'cooperative' && f.metric === 'count' && !f.sector && f.place && f.place.level !== 'cooperative' && f.place.level !== 'former_province') {
          const lead = sectorListLead(key, s.start, f.valueSpan.start);
          if (lead) {
            f.sector = lead.sector;
            f.sectorLabel = text.slice(lead.start, lead.end);
          }
        }
        // "Năm 2025, tỉnh phấn đấu thành lập mới 15 HTX": the province's own plan, under a section of one sector too.
        if (paraSector && f.entity === 'cooperative' && !f.sector && !f.place && !/toàn tỉnh|cả tỉnh|toàn thành phố|tổng số|(?<![\p{L}])(?:tỉnh|thành phố)\s+(?:phấn đấu|đặt (?:mục tiêu|chỉ tiêu))/u.test(key.slice(s.start, s.end)) && !ALLIANCE_PLAN_BEFORE.test(key.slice(s.start, f.valueSpan.start))) {
          f.sector = paraSector.sector;
          f.sectorLabel = paraSector.label;
        }
        // "Các HTX mới có gần 400 thành viên, vốn điều lệ …, tạo việc làm cho 520 lao động": a sentence whose subject is
        // the new cooperatives speaks of them throughout.
        if (f.scope === 'existing' && f.entity === 'cooperative' && f.metric !== 'count' && !FLOW_METRICS.has(f.metric) && f.metric !== 'share' && f.metric !== 'plan_achievement' && !f.place) {
          const opening = NEW_SUBJECT.exec(key.slice(s.start, f.valueSpan.start));
          // "Các HTX thành lập mới có tổng số 412 thành viên, tổng vốn điều lệ hơn 7,3 tỷ đồng": their total is no stock word.
          if (opening && !lastTrigger(key.slice(s.start + opening[0].length, f.valueSpan.start).replace(/(?<![\p{L}])tổng(?:\s+số)?(?![\p{L}])/gu, ' '))) f.scope = 'new';
        }
        // "số HTX thành lập mới tăng đều qua các năm: năm 2017 có 58 HTX; năm 2018 có 79 HTX": a list under an intro that
        // counts new ones.
        if (f.metric === 'count' && f.scope === 'existing' && !f.sector && !f.place) {
          const intro = /(?:số\s+)?(?:htx|hợp tác xã|tht|tổ hợp tác)\s+(?:được\s+)?thành lập mới[^:;.]{0,50}:/u.exec(key.slice(s.start, f.valueSpan.start));
          if (intro && !lastTrigger(key.slice(s.start + intro.index + intro[0].length, f.valueSpan.start))) f.scope = 'new';
        }
        // "Các HTX mới thành lập tập trung ở 4 huyện:" then lines "Huyện Cái Bè: 5 HTX, …": each district's new ones.
        if (f.metric === 'count' && f.scope === 'existing' && f.place?.level === 'district' && !lastTrigger(key.slice(s.start, f.valueSpan.start)) && newPlaceListItem(ctx, paragraphs, p, f, facts)) f.scope = 'new';
        // "… thành lập mới 21 HTX. … Phân theo lĩnh vực, có 15 HTX nông, lâm nghiệp, 4 HTX …": a breakdown by sector
        // that opens a sentence with no trigger of its own is of the last flow the paragraph counted.
        if (f.metric === 'count' && f.scope === 'existing' && f.sector && !sFacts.some((x) => x.metric === 'count' && x.entity === f.entity && !x.sector)) {
          const opening = /^\s*(?:phân theo lĩnh vực|theo lĩnh vực|chia theo lĩnh vực|về lĩnh vực|xét theo lĩnh vực)\s*,?\s*(?:có\s*)?/u.exec(key.slice(s.start, s.end));
          const flow = [...paraFacts].reverse().find((x) => x.metric === 'count' && x.entity === f.entity && !x.breakdown && !x.sector);
          // A stock in the same paragraph ("toàn tỉnh có 402 HTX …; thành lập mới 31 HTX. Phân theo lĩnh vực: …") may be what is broken down.
          const stock = paraFacts.some((x) => x.metric === 'count' && x.entity === f.entity && !x.breakdown && !x.sector && x.scope === 'existing');
          // A part larger than the flow ("giải thể 3 HTX … Phân theo lĩnh vực, nông, lâm nghiệp có 498 HTX") is of the stock.
          if (opening && flow && !stock && (flow.scope === 'new' || flow.scope === 'dissolved') && f.value <= flow.value && !lastTrigger(key.slice(s.start, f.valueSpan.start))) f.scope = flow.scope;
        }
        // "… tổ chức 28/22 lớp …, với 1.946 lượt người tham gia. Cụ thể:" then "06 lớp bồi dưỡng … cho giám đốc HTX, với 388
        // lượt người;": the courses of one topic are a part the fields cannot tell from the whole; a part of one sector
        // ("03 lớp cho QTDND: 204 lượt") or place keeps its own fact.
        if (f.entity === 'training_course' && !f.sector && !f.place && courseListItem(ctx, paragraphs, p, f, facts)) {
          skipped.push({ mention: m, reason: 'courses of one topic in a list under the total, a part the fields cannot tell from the whole' });
          continue;
        }
        // Figures that are read but are no fact of the province's cooperatives (FACT_SKIPS), left out before they are dated.
        const skip = FACT_SKIPS.find((r) => r.test(key, s, f));
        if (skip) {
          skipped.push({ mention: m, reason: skip.reason });
          continue;
        }
        finishDates(ctx, p, s, f, leadPeriod ?? sectionPeriod);
        finishStatus(ctx, p, s, f, m, prevEnd, planHere, leadPeriod ?? sectionPeriod);
        // "Liên minh tư vấn thành lập mới 39 HTX": see below. With a plan ("Tư vấn thành lập mới 33/15 HTX đạt 220% kế
        // hoạch") it is the year's founding result the report measures; a district that helped found its own ("huyện
        // đã hỗ trợ thành lập mới 2 HTX") counts its new ones.
        const planned = f.plan !== null || /^[^;]{0,80}?(?:kế hoạch|chỉ tiêu)/u.test(key.slice(m.end, s.end));
        if (f.scope === 'new' && f.metric === 'count' && f.status !== 'target' && !f.place && !planned && HELPED_FOUND.test(key.slice(Math.max(s.start, m.start - 40), m.start)) && !/(?<![\p{L}])(?:huyện|xã|quận|thị xã|phường)(?![\p{L}])/u.test(key.slice(s.start, m.start))) f.helpedFound = true;
        // "dự kiến có khoảng 101 HTX với trên 22.000 thành viên": what comes "với" the estimate is estimated too.
        const before = sFacts[sFacts.length - 1];
        // "năm 2024 ước đạt doanh thu 14,6 tỷ đồng, lợi nhuận sau thuế 1,2 tỷ đồng": the estimate verb before a list of
        // amounts estimates each amount of the list, up to the clause's end.
        if (before && before.status === 'estimate' && f.status === 'actual' && before.unit === 'VND' && f.unit === 'VND' && FLOW_METRICS.has(f.metric) && before.scope === 'existing' && f.scope === 'existing' && /^\s*,\s*(?:lợi nhuận|lãi|doanh thu)(?: (?:sau thuế|trước thuế|ròng))?\s*(?:đạt\s*)?(?:khoảng|hơn|trên|gần)?\s*$/u.test(key.slice(before.valueSpan.end, m.start)) && /(?<![\p{L}])ước(?: tính)?(?: đạt)?\s+(?:doanh thu|lợi nhuận|lãi)|(?:doanh thu|lợi nhuận|lãi)[^,;.\d]{0,20}ước(?: tính)?(?: đạt)?\s*$/u.test(key.slice(Math.max(s.start, before.valueSpan.start - 40), before.valueSpan.start))) f.status = 'estimate';
        // "ước đến ngày 31/12/2025, toàn tỉnh có 812 HTX …; số HTX tăng 37 HTX so với …": the change of an estimated stock
        // is estimated too.
        // So is a change of estimated members ("Tổng số thành viên ước đạt 52.300 người, tăng 1.450 thành viên").
        if (f.scope === 'change' && (f.unit === 'count' || f.unit === 'person') && f.status === 'actual') {
          const stock = [...paraFacts, ...sFacts].reverse().find((x) => x.metric === f.metric && x.entity === f.entity && x.scope === 'existing' && !x.breakdown && x.place === null && x.sector === null && x.rating === f.rating && x.valueSpan.end <= m.start);
          if (stock?.status === 'estimate' && f.place === null && !/(?<![\p{L}])(?:đã|thực hiện)(?![\p{L}])/u.test(key.slice(Math.max(s.start, m.start - 30), m.start))) f.status = 'estimate';
        }
        // The people "cho"/"với" the courses just counted share their status and place: "năm 2024 Liên minh sẽ tổ chức 20 lớp
        // tập huấn cho khoảng 1.200 lượt học viên" (planned courses, planned people), "Riêng tại huyện Lập Thạch, Liên minh
        // tổ chức 3 lớp tập huấn cho 215 lượt cán bộ" (a place's courses, its people).
        if (before && f.metric === 'participants' && before.entity === 'training_course' && before.metric === 'count' && /^[^;.\d]{0,80}(?<![\p{L}])(?:cho|với)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(before.valueSpan.end, m.start))) {
          if (before.status === 'target' && f.status === 'actual') f.status = 'target';
          if (!f.place && before.place && before.place.level !== 'cooperative') {
            f.place = before.place;
            f.formerProvince = before.formerProvince;
          }
        }
        // "ước đến ngày 30/6/2025, toàn tỉnh có 512 HTX …; cùng với đó là 4 liên hiệp HTX và 1.085 tổ hợp tác": the stocks
        // listed along with an estimated one are estimated too.
        const estimatedStock = sFacts.find((x) => x.status === 'estimate' && x.scope === 'existing' && !x.comparedPoint && !x.breakdown);
        if (estimatedStock && f.status === 'actual' && f.scope === 'existing' && /;\s*cùng với (?:đó|các htx này)(?: là| có)?\s[^;]*$/u.test(key.slice(estimatedStock.valueSpan.end, m.start).replace(/\([^()]*\)/gu, ''))) f.status = 'estimate';
        // "ước cả năm thành lập mới 26 HTX, đạt 130% kế hoạch; đồng thời giải thể 3 HTX": "đồng thời" keeps the estimate.
        if (before && before.status === 'estimate' && f.status === 'actual' && (/^[^;.\d]{0,25}(?<![\p{L}])với\s*(?:trên|hơn|khoảng|gần)?\s*$/u.test(key.slice(before.valueSpan.end, m.start)) || /^[^.\d]{0,40}[;,]\s*đồng thời\s+[^;.\d]{0,30}$/u.test(key.slice(before.valueSpan.end, m.start)))) f.status = 'estimate';
        // "… thành lập mới 4 HTX và 11 THT. Trong đó, huyện Long Hồ có 2 HTX …", "… thành lập mới 19 HTX …. Trong số này có 15
        // HTX thuộc lĩnh vực nông, lâm nghiệp": the parts of the new ones counted last are new too, over the same period.
        if (f.metric === 'count' && f.scope === 'existing' && !f.comparedPoint && /^\s*(?:trong đó|trong số (?:này|đó))(?![\p{L}])/u.test(key.slice(s.start, s.end)) && (lastTrigger(key.slice(s.start, m.start)) ?? 'existing') === 'existing' && !/(?<![\p{L}])(?:hiện|hiện có|hiện nay|đến nay|còn)(?![\p{L}])/u.test(key.slice(s.start, m.start))) {
          const lastCount = [...paraFacts].reverse().find((x) => x.metric === 'count' && x.entity === f.entity);
          if (lastCount && (lastCount.scope === 'new' || lastCount.scope === 'dissolved') && !lastCount.breakdown && lastCount.place === null && lastCount.value > f.value) {
            f.scope = lastCount.scope;
            f.asOf = null;
            f.period = lastCount.period;
            f.dateFrom = lastCount.dateFrom;
          }
        }
        // "ước đến 31/12/2021, toàn tỉnh có 379 HTX. Trong đó có 288 HTX nông nghiệp; …": a breakdown of an estimated
        // whole in the next sentence is estimated too, and so is one after a semicolon ("ước … có 156 HTX, tăng 8 HTX so với
        // cuối năm 2016; trong đó 131 HTX đang hoạt động").
        const partClause = Math.max(s.start, key.lastIndexOf(';', m.start) + 1);
        if (f.status === 'actual' && f.metric === 'count' && /^\s*(?:trong đó|trong số (?:này|đó)|trong tổng số(?: (?:htx|hợp tác xã)(?![\p{L}]))?|cụ thể|bao gồm)(?![\p{L}])/u.test(key.slice(partClause, s.end))) {
          const whole = [...paraFacts, ...sFacts].reverse().find((x) => x.metric === 'count' && x.entity === f.entity && !x.breakdown && !x.comparedPoint && x.scope === f.scope);
          if (whole && whole.status === 'estimate') f.status = 'estimate';
        }
        // "Ước đến ngày 31/12/2025, toàn tỉnh có 1.318 HTX …" then "Trong số 1.318 HTX nêu trên, khu vực tỉnh X (cũ) có
        // 621 HTX": the whole named by its figure, in an earlier paragraph too.
        const namedWhole = /^\s*trong (?:tổng )?số\s+([\d.,]+)\s+(?:htx|hợp tác xã)(?![\p{L}])[^,;.\d]{0,20},/u.exec(key.slice(s.start, m.start));
        if (f.status === 'actual' && f.metric === 'count' && namedWhole) {
          const whole = [...facts, ...sFacts].reverse().find((x) => x.metric === 'count' && x.entity === f.entity && x.scope === f.scope && !x.breakdown && x.valueSpan.start < s.start && key.slice(x.valueSpan.start, x.valueSpan.end) === namedWhole[1]);
          if (whole && whole.status === 'estimate') f.status = 'estimate';
        }
        // "Doanh thu … ước đạt 286 tỷ đồng, bình quân 2,3 tỷ đồng/HTX": the average of an estimate is an estimate, and so
        // are its parts by place ("…; trong đó khu vực Gia Lai (cũ) đạt 5,9 triệu đồng/người/tháng").
        if ((f.rule === 'metric.average_of_previous' || f.rule === 'metric.same_by_part') && f.status === 'actual') {
          const prev = [...sFacts].reverse().find((x) => x.metric === f.metric && x.rule.startsWith('metric.'));
          if (prev && prev.status === 'estimate') f.status = 'estimate';
        }
        // "lợi nhuận ước đạt 21 tỷ 340 triệu đồng, bình quân mỗi HTX lãi khoảng 245 triệu đồng": so is the average that
        // follows its estimated total after a comma, whatever metric word it repeats.
        if (f.statistic === 'average' && f.status === 'actual' && f.unit === 'VND') {
          const prev = sFacts[sFacts.length - 1];
          if (prev && prev.status === 'estimate' && prev.metric === f.metric && prev.statistic === 'total' && /^[^;.\d]{0,12},\s*(?:bình quân|trung bình)(?![\p{L}])[^;.\d]{0,30}$/u.test(key.slice(prev.valueSpan.end, m.start))) f.status = 'estimate';
        }
        // "221 thành viên/HTX": people per cooperative are the cooperatives' average, whatever entity the sentence named before.
        if ((f.metric === 'members' || f.metric === 'workers') && f.unit === 'person') {
          const per = /^\s*(?:thành viên|xã viên|lao động|người|tổ viên)\s*\/\s*(htx|hợp tác xã|tht|tổ hợp tác|quỹ)(?![\p{L}])/u.exec(key.slice(f.valueSpan.end, f.valueSpan.end + 30));
          if (per) {
            f.entity = /^(?:tht|tổ hợp tác)$/u.test(per[1]!) ? 'cooperative_group' : 'cooperative';
            f.statistic = 'average';
          }
        }
        // "giải thể 25 HTX ngừng hoạt động, gồm 11 HTX thuộc khu vực Quảng Bình (cũ) và 14 HTX …": the parts of the dissolved
        // share their class.
        if (f.metric === 'count' && f.scope === 'dissolved' && !f.rating) {
          const whole = [...sFacts].reverse().find((x) => x.metric === 'count' && x.scope === 'dissolved' && x.entity === f.entity && x.rating !== null && x.value > f.value);
          if (whole && /(?:gồm|trong đó|bao gồm)(?![\p{L}])/u.test(key.slice(whole.valueSpan.end, f.valueSpan.start)) && !/[;.]/u.test(key.slice(whole.valueSpan.end, f.valueSpan.start))) f.rating = whole.rating;
        }
        // "01 liên hiệp HTX (Liên hiệp HTX Nông nghiệp Hậu Giang Xanh, gồm 06 HTX thành viên)": the members of the one union
        // named in the clause are that union's own.
        if (f.entity === 'cooperative_union' && f.metric === 'members' && f.unit === 'count' && !f.place) {
          const from = Math.max(s.start, key.lastIndexOf(';', f.valueSpan.start) + 1);
          const unions = namedOrgs(ctx, from, f.valueSpan.start).filter((o) => o.entity === 'cooperative_union');
          const union = unions.length === 1 ? unions[0] : undefined;
          if (union && !/\d/u.test(key.slice(union.end, f.valueSpan.start)) && f.valueSpan.start - union.end < 30) ofNamedOrg(f, union.name);
        }
        // "số HTX xếp loại yếu, kém hiện còn 58 HTX, giảm 9 HTX so với cuối năm 2024 (67 HTX)": the earlier point of a
        // change is of the change's class, not of the base the sentence opened on ("Trong số 412 HTX đang hoạt động, …").
        if (f.comparedPoint && f.metric === 'count' && f.scope === 'existing') {
          const change = [...sFacts].reverse().find((x) => x.metric === 'count' && x.scope === 'change' && x.entity === f.entity && x.unit === 'count');
          if (change?.rating && change.rating !== f.rating) f.rating = change.rating;
        }
        // "tổng doanh thu của các HTX du lịch cộng đồng đạt 94,2 tỷ đồng; bình quân mỗi HTX đạt 3,04 tỷ đồng": the average
        // of an amount is of the same cooperatives.
        if (f.rule === 'metric.average_of_previous' && !f.sector && !f.place) {
          const prev = [...sFacts].reverse().find((x) => x.metric === f.metric && x.rule.startsWith('metric.') && x.statistic === 'total');
          if (prev && (prev.sector || prev.place) && prev.entity === f.entity) {
            f.sector = prev.sector;
            f.sectorLabel = prev.sectorLabel;
            f.place = prev.place;
            f.formerProvince = prev.formerProvince;
          }
        }
        sFacts.push(f);
      }
      // "Với 1.250 thành viên là hộ người Mông …, HTX Chè Tủa Chùa Xanh (huyện Tủa Chùa) đang quản lý 680 ha": the
      // cooperative named right after an opening "Với …" clause is whose members and land that clause gives.
      const withOpening = /^\s*với\s(?:[^.;]|\.(?=\d))*?,\s*(?=(?:htx|hợp tác xã|liên hiệp|quỹ|tổ hợp tác|tht)\s)/u.exec(key.slice(s.start, s.end));
      if (withOpening) {
        const orgAt = s.start + withOpening[0].length;
        const org = namedOrgs(ctx, orgAt - 1, Math.min(s.end, orgAt + 120))[0];
        if (org && org.start <= orgAt + 1) {
          for (const f of sFacts) {
            if (f.valueSpan.start >= orgAt || f.place || !['cooperative', 'cooperative_union', 'cooperative_group'].includes(f.entity)) continue;
            ofNamedOrg(f, org.name);
            if (f.entity === 'cooperative') f.entity = org.entity;
          }
        }
      }
      respectivePlaces(ctx, s, sFacts);
      eachPlace(ctx, s, sFacts);
      listedPlaces(ctx, s, sFacts);
      paraFacts.push(...sFacts);
    }
    facts.push(...paraFacts);
  }
  // "Hơn 500 HTX, gần 97.000 thành viên", "Từ 376 lên 512 HTX" as a subheading: it rounds or restates what the
  // paragraphs under it state with their dates and subjects; the text's are the facts.
  for (const f of facts.filter((x) => (fc.subheadings ?? []).some((h) => x.valueSpan.start >= h.start && x.valueSpan.end <= h.end))) {
    facts.splice(facts.indexOf(f), 1);
    skipped.push({ mention: f.mention, reason: 'subheading (announces what the text under it states)' });
  }
  // "Liên minh tư vấn thành lập mới 39 HTX" beside "toàn tỉnh thành lập mới 68 HTX": the ones the alliance helped
  // found are a part of the new ones that the fields cannot name. Alone, they are the new ones the text reports; so
  // are they over a term when the other count is one year of it ("Giai đoạn 2013 - 2017, … tư vấn thành lập mới 214
  // HTX, riêng năm 2017 là 58 HTX").
  const helped = facts.filter((f) => f.helpedFound);
  const within = (g: DraftFact, f: DraftFact): boolean => g.valueSpan.start > f.valueSpan.end && /^[^.;\d]{0,12}riêng\s/u.test(key.slice(f.valueSpan.end, g.valueSpan.start)) && !!g.period && !!f.period && g.period.start > f.period.start && (g.period.end ?? '9') <= (f.period.end ?? '9');
  for (const f of helped) {
    const whole = facts.some((g) => g !== f && !g.helpedFound && g.scope === 'new' && g.metric === 'count' && g.entity === f.entity && g.place === null && g.sector === null && g.status !== 'target' && !g.breakdown && !within(g, f));
    if (!whole) continue;
    facts.splice(facts.indexOf(f), 1);
    skipped.push({ mention: f.mention, reason: 'cooperatives the alliance helped found, a part of the new ones the text counts' });
  }
  // "Liên hiệp … nâng tổng số lên 9 HTX thành viên ở 6 xã, với tổng cộng 1.146 hộ thành viên": a union's members are
  // cooperatives; the people and households are members of those cooperatives (the union stays the place).
  for (const f of facts) if (f.entity === 'cooperative_union' && f.metric === 'members' && (f.unit === 'person' || f.rule === 'noun.household_members')) f.entity = 'cooperative';
  // "HTX … hiện quản lý 412 ha lúa": the crop names what one cooperative grows, not a sector its figure stands for.
  for (const f of facts) {
    if (f.metric === 'land_area' && f.place?.level === 'cooperative' && f.sector === 'agriculture') {
      f.sector = null;
      f.sectorLabel = null;
    }
  }
  return { facts, skipped };
}

/** "nâng tổng số <noun> … lên N": a stock counted by the noun named before the number. */
function raisedCount(ctx: Ctx, clause: Span, m: Mention): Classified | null {
  if (m.kind !== 'number' || !Number.isInteger(m.value)) return null;
  const r = /(?:nâng|đưa)\s+(?:tổng\s+)?số\s+((?:[\p{L}]+\s+){1,7}?)lên\s*(?:thành\s*)?$/u.exec(ctx.key.slice(clause.start, m.start));
  if (!r) return null;
  const phrase = r[1]!;
  const hit = NOUNS.map((n) => ({ n, mm: n.pattern.exec(phrase) })).find((x) => x.mm);
  if (!hit || hit.n.metric === 'participants' || hit.n.entity === 'training_course') return null;
  // What follows the noun may only say whose or where: "đơn vị thành viên LMHTX", "THT toàn tỉnh", "sản phẩm OCOP của tỉnh".
  const tail = phrase.slice(hit.mm![0].length).trim();
  if (tail && !/^(?:(?:của\s+)?(?:lmhtx|liên minh(?: htx| hợp tác xã)?|toàn tỉnh|tỉnh|trên địa bàn|cả tỉnh)\s*)+$/u.test(tail)) return null;
  // "nâng tổng số thành viên của Liên minh lên 97 đơn vị": the alliance's member units, not people.
  const alliance = hit.n.metric === 'members' && /liên minh|lmhtx/u.test(tail);
  const entity = alliance ? 'member_unit' : hit.n.entity === 'inherit' ? 'cooperative' : hit.n.entity;
  const start = clause.start + r.index;
  const fact: DraftFact = { ...blankFact(m, entity), metric: alliance ? 'count' : hit.n.metric, unit: alliance ? 'count' : hit.n.unit, rule: 'noun.raised', evidence: { start, end: m.end }, breakdown: false, confidence: 0.9 };
  return { fact };
}

/** A sentence opening on the new cooperatives ("Các HTX mới có …", "Số HTX thành lập mới có …"). */
const NEW_SUBJECT = /^\s*(?:[^,.;]{0,25},\s*)?(?:các|số|những)\s+(?:htx|hợp tác xã)\s+(?:mới thành lập|mới được thành lập|được thành lập mới|thành lập mới|mới)(?![\p{L}])(?:\s+(?:này|nói trên|trên))?/u;

const LOCAL_LEVEL: Record<string, Place['level']> = { huyện: 'district', 'thị xã': 'district', quận: 'district', xã: 'commune', phường: 'commune', 'thị trấn': 'commune' };

// The level word must stand alone: "toàn huyện hiện có", not "huyện Tam Dương" (a name) nor "toàn xã hội" (society).
const LEVEL = String.raw`(huyện|thị xã|quận|xã|phường|thị trấn)(?![\p{L}])(?!\s+(?:\p{Lu}|hội|viên))`;
const LEVEL_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]oàn|[Cc]ả|[Tt]rên địa bàn|của|tại|ở|trong)\s+` + LEVEL, 'gu');
// "Tính đến cuối năm 2023, huyện có 142 HTX": a bare level word as the clause's subject too.
// "phối hợp với các quận, huyện thành lập mới 12 HTX": a level word listed after another is no subject.
const LEVEL_SUBJECT = new RegExp(String.raw`(?:^|(?<!(?:quận|huyện|xã|phường|thị xã|thị trấn|thành phố))[,;:])\s*` + LEVEL + String.raw`(?=\s+(?:(?:hiện|đã|cũng|vẫn)\s+)*(?:có|đạt|thành lập)(?![\p{L}]))`, 'gu');
const NAMED_AT_LEVEL = Object.fromEntries(Object.keys(LOCAL_LEVEL).map((w) => [w, new RegExp(String.raw`(?<![\p{L}])[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})`, 'gu')]));
const OTHER_PLACE = /tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|khu vực|địa phương/u;
/** A proper name ("Tân Uyên"), not an abbreviation ("HTX"). */
const PROPER_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}/u;
const BARE_AREA = /trên địa bàn(?![\p{L}])(?!\s+(?:tỉnh|thành phố|huyện|xã|quận|phường|thị xã|thị trấn|\p{Lu}))/u;

/**
 * "Phó Chủ tịch UBND huyện Tam Dương cho biết toàn huyện hiện có 49 HTX", "các HTX trên địa bàn xã ước đạt …":
 * "toàn huyện", "trên địa bàn xã" speak of the district or commune the paragraph has just named; a bare "trên địa
 * bàn" ("Tại huyện Quản Bạ hiện có 57 HTX; các HTX trên địa bàn đạt …") is the place the sentence has just given.
 */
export function localPlace(ctx: Ctx, p: Paragraph, s: Sentence, at: number, sFacts: DraftFact[] = []): { place: Place; formerProvince: string | null } | null {
  const clauseBefore = ctx.text.slice(Math.max(s.start, ctx.key.lastIndexOf(';', at) + 1), at);
  const ref = [...clauseBefore.matchAll(LEVEL_AFTER), ...clauseBefore.matchAll(LEVEL_SUBJECT)].sort((a, b) => a.index! - b.index!).pop();
  if (ref) {
    const word = ref[1]!;
    const named = [...ctx.text.slice(p.start, at).matchAll(NAMED_AT_LEVEL[word]!)].pop();
    if (named) return { place: { level: LOCAL_LEVEL[word]!, name: `${word} ${named[1]!}` }, formerProvince: null };
    // "Lục Ngạn là địa phương có nhiều HTX nhất tỉnh. …, huyện có 142 HTX": a place that calls itself one, then
    // the bare level word.
    const self = [...ctx.text.slice(p.start, at).matchAll(/(?:^|[.;:]\s*|\s)(\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*){0,3}) là (?:địa phương|một trong những địa phương|huyện|xã)(?![\p{L}])/gu)].pop();
    if (self && !lookupProvince(self[1]!)) return { place: { level: LOCAL_LEVEL[word]!, name: `${word} ${self[1]!}` }, formerProvince: null };
    // "Bắc Trà My được xem là “thủ phủ” của cây quế. … hiện toàn huyện có 14 HTX": the name that opens the paragraph.
    const opener = /^(\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*){1,3})(?= (?:được|là|có|nằm|hiện|vốn|từ lâu|nổi tiếng)(?![\p{L}]))/u.exec(ctx.text.slice(p.start, at));
    if (opener && !lookupProvince(opener[1]!) && !/^(?:Liên minh|Hợp tác|Tổ hợp|Quỹ|Ban|Sở|Phòng|Ủy ban|Nhà nước|Chính phủ)/u.test(opener[1]!)) return { place: { level: LOCAL_LEVEL[word]!, name: opener[1]! }, formerProvince: null };
    // Unnamed, "toàn huyện" is still no province: its words as printed.
    if (/^(?:toàn|cả)\s/iu.test(ref[0].trim())) return { place: { level: LOCAL_LEVEL[word]!, name: ref[0].trim() }, formerProvince: null };
  }
  // "Huyện Bắc Quang: có 74 HTX …; giai đoạn 2017 - 2022 thành lập mới 46 HTX": a list line headed by a place is
  // about that place to its end, over semicolons too.
  const lineStart = ctx.text.lastIndexOf('\n', at) + 1;
  const lineHead = LINE_PLACE.exec(ctx.text.slice(Math.max(lineStart, p.start), at));
  if (lineHead && !lookupProvince(lineHead[2]!) && !NAMED_PLACE.test(ctx.text.slice(Math.max(lineStart, p.start) + lineHead[0].length, at)))
    return { place: { level: /^(?:xã|phường|thị trấn)$/iu.test(lineHead[1]!) ? 'commune' : 'district', name: `${lineHead[1]} ${lineHead[2]}`.replace(/\.\s+/u, '. ') }, formerProvince: null };
  const placed = [...sFacts].reverse().find((x) => x.place && x.place.level !== 'cooperative');
  if (!placed?.place) return null;
  if (BARE_AREA.test(ctx.text.slice(s.start, at))) return { place: placed.place, formerProvince: placed.formerProvince };
  // "Hiện toàn huyện có 34 HTX với 507 thành viên; các HTX giải quyết việc làm cho 380 lao động": the sentence goes
  // on speaking of the district it placed its figures in until it names another place.
  // Over a comma the district stays the subject ("huyện Vĩnh Bảo hiện có 64 HTX, doanh thu bình quân 4,7 tỷ
  // đồng/HTX"); over a semicolon only when the clause speaks of the cooperatives again, and never after an aside
  // ("riêng huyện Châu Thành có 3 HTX thành lập mới; giải thể 2 HTX").
  const last = sFacts[sFacts.length - 1]!;
  const gap = ctx.key.slice(placed.valueSpan.end, at);
  const clauseStart = Math.max(s.start, ctx.key.lastIndexOf(';', at) + 1);
  const placedClause = ctx.key.slice(Math.max(s.start, ctx.key.lastIndexOf(';', placed.valueSpan.start) + 1), placed.valueSpan.start);
  // "Tại huyện đảo Kiên Hải, hiện có 5 HTX …; doanh thu năm 2024 của các HTX ước đạt 19 tỷ đồng" too.
  const goesOn = !gap.includes(';') || (/^\s*(?:các\s+)?(?:htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])|^[^;.]{0,40}?của các (?:htx|hợp tác xã)(?![\p{L}])/u.test(ctx.key.slice(clauseStart, at)) && !/(?<![\p{L}])riêng(?![\p{L}])/u.test(placedClause));
  if (last === placed && (placed.place!.level === 'district' || placed.place!.level === 'commune') && goesOn && !OTHER_PLACE.test(gap) && !PROPER_NAME.test(ctx.text.slice(placed.valueSpan.end, at)))
    return { place: placed.place!, formerProvince: placed.formerProvince };
  return null;
}

/**
 * "Hiện khu vực này có 655 HTX …. Doanh thu bình quân … ước đạt 1,48 tỷ đồng/HTX": a paragraph whose first figure is a
 * former province's speaks of it. One that lists several ("TP.HCM (cũ) có 736 HTX, tỉnh Bình Dương (cũ) có 187 HTX và …")
 * gives the parts of a whole: then only a clause that opened on one of them speaks of it ("…; tỉnh Tuyên Quang (cũ) có
 * 572 HTX, …, với 19.070 thành viên").
 */
function paragraphFormer(key: string, p: Paragraph, s: Sentence, f: DraftFact, paraFacts: DraftFact[], sFacts: DraftFact[]): DraftFact | undefined {
  const placed = [...paraFacts, ...sFacts].filter((x) => x.place?.level === 'former_province');
  if (new Set(placed.filter((x) => x.formerProvince).map((x) => x.formerProvince)).size <= 1)
    // "Theo số liệu …, tính đến ngày 30/6/2025, thời điểm trước khi hợp nhất, tỉnh Phú Yên (cũ) có 176 HTX …": the first
    // figure of the paragraph, placed in its first sentence, after a longer preamble of source and time.
    return placed.find((x) => (x.placeAt !== undefined && x.placeAt - p.start < 60) || (x === paraFacts[0] && (x.valueSpan.start - p.start < 60 || (x.placeAt !== undefined && x.placeAt - p.start < 160 && !/[.!?]\s/u.test(key.slice(p.start, x.placeAt))))));
  const clauseStart = Math.max(s.start, key.lastIndexOf(';', f.valueSpan.start) + 1);
  return [...sFacts].reverse().find((x) => x.place?.level === 'former_province' && x.formerProvince && x.placeAt !== undefined && x.placeAt >= clauseStart && x.placeAt - clauseStart < 40 && x.valueSpan.end <= f.valueSpan.start);
}

/** The place that heads a list line: "Huyện Bắc Quang: có 74 HTX", "- H. Vĩnh Bảo: 61 HTX". */
const NAMED_PLACE = /(?<![\p{L}])(?:(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Pp]hường|[Tt]hị trấn|(?<!tác )[Xx]ã)\s+\p{Lu}|(?:[Tt]oàn|[Cc]ả) tỉnh(?![\p{L}]))/u;
const LINE_PLACE = /^\s*(?:[-–•+*]\s*)?(Huyện|Thị xã|Thành phố|TP\.?|Quận|Xã|Phường|Thị trấn|H\.|TX\.)\s*(\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){0,3})\s*:/u;

/** A place right after a counted noun: "11 HTX thuộc khu vực Quảng Bình (cũ)", "3 HTX ở huyện Đông Hải". */
const PLACE_AFTER_COUNT = /^\s*(?:HTX|[Hh]ợp tác xã|THT|[Tt]ổ hợp tác|[Qq]uỹ(?: TDND)?)?\s*(?:đều\s+)?(?:thuộc|ở|tại)\s+(?:(?:khu vực|địa bàn)\s+)?(?:([Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+|([Tt]ỉnh|[Tt]hành phố)\s+)?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3})(\s*\(cũ\)|\s+cũ(?![\p{L}]))?/u;

/** A region right after a counted noun: "11 HTX ở khu vực miền núi", "392 THT ở vùng đồng bào Khmer". */
const REGION_AFTER_COUNT = /^\s*(?:HTX|[Hh]ợp tác xã|THT|[Tt]ổ hợp tác)?\s*(?:đều\s+)?(?:thuộc|ở|tại)\s+((?:khu vực|vùng|các huyện|các xã|các quận)\s+(?:miền núi|vùng cao|vùng sâu(?:,? vùng xa)?|đồng bào (?:Khmer|dân tộc(?: thiểu số)?)|ven biển|biên giới|ngoại thành|nội thành|đặc biệt khó khăn))(?![\p{L}])/u;

/** Several districts or communes taken together: "ba huyện vùng cao", "9 huyện miền núi", "các xã đặc biệt khó khăn". */
// "5 quận (Ninh Kiều, Bình Thủy, …) hiện có 94 HTX", "4 huyện ngoại thành": a counted group listed in brackets, or the
// city's inner and outer districts.
const PLACE_GROUP = /(?<![\p{L}])(?:(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những)\s+(?:huyện|xã|thị xã|quận|phường|địa phương)\s+(?:vùng cao nguyên đá|vùng cao|miền núi|vùng sâu(?:,? vùng xa)?|biên giới|đặc biệt khó khăn|vùng đồng bào dân tộc(?: thiểu số)?|còn lại|nội thành|ngoại thành)|(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:huyện|xã|thị xã|quận|phường)(?=\s*\(\s*\p{L})|(?:vùng|khu vực) đồng bào (?:dân tộc(?: thiểu số)?|khmer|chăm|hoa)|(?:(?:các|những|mỗi)\s+)?(?:htx|hợp tác xã)(?:\s+\p{Ll}+){0,2}?\s+(?:miền núi|vùng cao|nội thành|ngoại thành)|khu vực (?:miền núi|vùng cao|nội thành|ngoại thành))(?![\p{L}])/gu;

/** The names of a group's places: "Sa Pa, Bắc Hà và Bát Xát", "Đồng Văn gồm Quản Bạ, Yên Minh, Đồng Văn và Mèo Vạc". */
const PLACE_GROUP_NAMES = /^(?:\s*,?\s*(?:và\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)*(?:\s*\([^()\d]{2,200}\))?(?:\s*,?\s*(?:gồm|là)(?:\s+các\s+(?:huyện|xã))?\s*:?(?:\s*,?\s*(?:và\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)+)?/u;

/** Sentences whose first figure is about a group of places (name) or not (null); the test reads this table. */
export const PLACE_GROUP_EXAMPLES: { text: string; name: string | null }[] = [
  { text: 'Tại 4 huyện vùng cao Mèo Vạc, Đồng Văn, Yên Minh và Quản Bạ hiện có 120 HTX.', name: '4 huyện vùng cao' },
  { text: 'Riêng 7 huyện miền núi thành lập mới 12 HTX.', name: '7 huyện miền núi' },
  { text: 'Số HTX có trụ sở tại các xã đặc biệt khó khăn là 98 HTX.', name: 'các xã đặc biệt khó khăn' },
  { text: 'Liên minh hỗ trợ các huyện miền núi; toàn tỉnh có 410 HTX.', name: null },
  { text: 'Các địa phương còn lại từ 1 - 2 HTX.', name: 'Các địa phương còn lại' },
  { text: 'Các quận còn lại có 115 HTX.', name: 'Các quận còn lại' },
  { text: 'Theo địa bàn: các quận còn lại 115 HTX.', name: 'các quận còn lại' },
  { text: 'Trong đó, 9 huyện miền núi (Tây Giang, Đông Giang, Nam Giang) có 187 HTX.', name: '9 huyện miền núi' },
  { text: 'Các HTX miền núi đang quản lý khoảng 5.300 ha đất sản xuất.', name: 'Các HTX miền núi' },
  { text: 'Vùng đồng bào Khmer hiện có 58 HTX.', name: 'Vùng đồng bào Khmer' },
  { text: 'Đến nay, 3 huyện vùng cao nguyên Mộc Châu gồm Vân Hồ, Mộc Châu và Yên Châu có 95 HTX.', name: '3 huyện vùng cao' },
  { text: 'Ba huyện miền núi phía tây đã thành lập mới 14 HTX.', name: 'Ba huyện miền núi' },
  { text: 'Các huyện miền núi còn nhiều khó khăn, tỉnh có 410 HTX.', name: null },
  { text: '5 quận (Ninh Kiều, Bình Thủy, Cái Răng) hiện có 94 HTX.', name: '5 quận' },
  { text: '4 huyện ngoại thành (Phong Điền, Cờ Đỏ) có 204 HTX.', name: '4 huyện ngoại thành' },
];

/**
 * "Tại 5 huyện vùng cao Mường Nhé, Nậm Pồ … hiện có 161 HTX", "riêng 9 huyện miền núi thành lập mới 15 HTX": a
 * group of places as the clause's subject makes its figures no province figures (place level other).
 */
function placeGroup(ctx: Ctx, s: Sentence, at: number): Place | null {
  const before = ctx.key.slice(s.start, at);
  const hit = [...before.matchAll(PLACE_GROUP)].pop();
  if (!hit) return null;
  const lead = before.slice(0, hit.index!);
  const tail = before.slice(hit.index! + hit[0].length);
  // Its own list of names may follow ("ba huyện vùng cao Sa Pa, Bắc Hà, Bát Xát hiện có"), then the verb; a few more words
  // of its kind may come first, and the list may be introduced ("4 huyện vùng cao nguyên đá Đồng Văn gồm Quản Bạ, … có").
  const after = ctx.text.slice(s.start + hit.index! + hit[0].length, at);
  // "Các HTX miền núi đang quản lý … 5.300 ha", "mỗi HTX miền núi khoảng 61 thành viên": cooperatives named by where they
  // stand are the group's, whatever the verb.
  if (/^(?:(?:các|những|mỗi)\s+)?(?:htx|hợp tác xã)/u.test(hit[0]) || /^khu vực/u.test(hit[0])) {
    if (tail.length > 60 || /[;]|toàn tỉnh|cả tỉnh/u.test(tail) || /\d/u.test(tail.replace(/(?<![\p{L}\d])(?:năm\s+)?(?:19|20)\d{2}(?!\d)/gu, ''))) return null;
    return { level: 'other', name: ctx.text.slice(s.start + hit.index!, s.start + hit.index! + hit[0].length) };
  }
  const leadOnly = /(?:^|[\s,])(?:tại|ở|riêng|của|trong|thuộc|trên địa bàn)\s*$/u.test(lead);
  let rest: string | null = null;
  const kindWords = after.match(/^(?:\s+\p{Ll}+){0,3}/u)![0].match(/\s+\p{Ll}+/gu) ?? [];
  for (let k = 0; k <= kindWords.length; k++) {
    const words = kindWords.slice(0, k).join('');
    const names = PLACE_GROUP_NAMES.exec(after.slice(words.length))![0];
    const r = tail.slice(words.length + names.length);
    // "Tại 9 huyện miền núi của tỉnh hiện có 156 HTX".
    // "…; các quận còn lại 115 HTX": in a list, the group right before its figure.
    if (leadOnly ? words === '' : /^\s*,?\s*(?:(?:của|trong|thuộc)\s+tỉnh\s+)?(?:(?:hiện|đã|cũng)\s+)*(?:có|thành lập|với|là|đạt|từ)(?![\p{L}])|^\s*:?\s*$/u.test(r)) {
      rest = r;
      break;
    }
  }
  if (rest === null || /[;]|toàn tỉnh|cả tỉnh/u.test(rest)) return null;
  return { level: 'other', name: ctx.text.slice(s.start + hit.index!, s.start + hit.index! + hit[0].length) };
}

/** A named cooperative, union or group printed between: "HTX Nông nghiệp Tân Phú", "Liên hiệp HTX …". */
const NAMED_COOPERATIVE_WORD = /(?:HTX|[Hh]ợp tác xã|THT|[Tt]ổ hợp tác|[Ll]iên hiệp|[Qq]uỹ(?: TDND| tín dụng nhân dân)?)\s+\p{Lu}/u;
/** Words that make a sentence speak of many cooperatives or of the whole province, not of one. */
const MANY_COOPERATIVES = /toàn tỉnh|toàn huyện|cả tỉnh|toàn hệ thống|cả hệ thống|(?:các|những|nhiều|số|mỗi|một)\s+(?:htx|hợp tác xã)(?![\p{L}])|khu vực htx|tổng số|\/\s*(?:htx|hợp tác xã)(?![\p{L}])|bình quân\s+(?:của\s+)?(?:htx|hợp tác xã)(?![\p{L}])|trên địa bàn/u;
const COOPERATIVE_FAMILY = new Set<Entity>(['cooperative', 'cooperative_union', 'cooperative_group', 'ocop_product']);
/** A bare singular "HTX" (or "Liên hiệp") opening a clause anywhere in the sentence: "năm 2020 HTX vẫn đón", "HTX đặt mục tiêu", "do HTX quản lý". */
// "Ông Tuấn cho biết HTX hiện có 54 thành viên": a speaker's words open on the bare subject too.
// "Xưởng chế biến của HTX tạo việc làm cho 56 lao động": the cooperative's own works, opening the sentence.
const BARE_COOPERATIVE_SUBJECT = /(?:^|[,;:.“"]|(?<![\p{L}])do|(?<![\p{L}])(?:cho biết|chia sẻ|thông tin)(?:\s+thêm)?|^\s*(?:xưởng|nhà xưởng|nhà máy|cửa hàng|trang trại|cơ sở)(?:\s+[\p{Ll}]+){0,2}\s+của)\s*(?:(?:năm \d{4}|năm nay|quý [ivx\d]+(?:\/\d{4})?|\d+ tháng(?: đầu năm| qua)?|hiện nay|hiện|nay|đến nay|sau đó|nhờ đó|nhờ vậy|ngoài ra|bên cạnh đó|từ đó|mỗi năm|mỗi tháng|riêng)\s*,?\s*)?(htx|hợp tác xã|liên hiệp|quỹ|tht|tổ hợp tác|tổ)\s+(?:(?:hiện|đã|cũng|vẫn|còn|nay|chỉ|ước|sẽ|đang|luôn)\s+)*(?:có|gồm|bao gồm|đạt|thu hút|tạo|canh tác|sản xuất|liên kết|tiêu thụ|cung ứng|cung cấp|thu mua|bao tiêu|xuất khẩu|xuất bán|đón|đầu tư|lãi|thu về|đặt mục tiêu|phấn đấu|dự kiến|kết nạp|nâng|mở rộng|quản lý|trích|dành|chia|bán|chế biến|giải quyết|duy trì|ký|được thành lập|thành lập (?:năm|từ năm|tháng|ngày)|ra đời|trồng|nuôi|chăn nuôi|giữ được|giữ)(?![\p{L}])/u;

/**
 * The named cooperative a sentence speaks of through a bare "HTX" subject: the last one named before it, when the
 * sentence names no other and speaks of no many, nor do the paragraphs between.
 */
/** "thu nhập bình quân của người lao động tại HTX đạt …": the people of one cooperative, named by a bare "HTX". */
// "Người lao động của HTX có thu nhập bình quân 7,2 triệu đồng": "của" too.
// "thu nhập bình quân của thành viên HTX khoảng 62 triệu đồng/năm" after "HTX Rau an toàn Bình An …": with no "của" too.
// "Thu nhập bình quân của người lao động tại Liên hiệp năm 2017 đạt …": of the union just named.
const BARE_COOPERATIVE_PEOPLE = /(?:người lao động|lao động|thành viên|xã viên)\s+(?:(?:tại|của)\s+)?(htx|hợp tác xã|(?<=(?:tại|của)\s+)liên hiệp)\s+(?:(?:năm \d{4}|hiện|nay|chỉ|cũng|đã|ước)\s+)*(?:đạt|là|khoảng|ước|có|từ|được|tăng|lên)(?![\p{L}])/u;

/** "Liên hiệp đang vận hành một nhà máy …": a bare "Liên hiệp" opening a sentence, whatever its verb, is the union just named. */
// "6 tháng đầu năm 2022, liên hiệp cung ứng …": a time may open the sentence before it.
const BARE_UNION = /^\s*(?:(?:[^,;:\d]|\d{1,2}\s+tháng|(?<![\d])(?:19|20)\d{2}(?!\d)|quý\s+[ivx\d]+){0,25},\s*)?(liên hiệp)\s+(?!htx|hợp tác xã)(?=\p{Ll})/u;

/** "Doanh thu 8 tháng đầu năm của HTX đạt gần 2,3 tỷ đồng": an amount of a bare singular "HTX", no average of all. */
const BARE_COOPERATIVE_AMOUNT = /(?:doanh thu|lợi nhuận|tổng tài sản|vốn điều lệ)(?:\s+(?:năm \d{4}|\d+ tháng(?: đầu năm)?(?: \d{4})?|cả năm))?\s+của\s+(htx|hợp tác xã|liên hiệp)\s+(?:(?:năm \d{4}|ước|ước tính|hiện|hiện nay)\s+)?(?:đạt|là|khoảng|ước)(?![\p{L}])/u;

function focusCooperative(ctx: Ctx, s: Sentence): { place: Place; entity: Entity } | null {
  const sentence = ctx.key.slice(s.start, s.end);
  // The amount of a bare "HTX" is only the named one's when it was named in this paragraph or the one before, and the
  // sentence speaks of no average.
  const amountOf = BARE_COOPERATIVE_AMOUNT.exec(sentence);
  const paraStart = ctx.key.lastIndexOf('\n\n', s.start);
  const amount = amountOf && !/bình quân|trung bình/u.test(sentence) ? amountOf : null;
  const bare = BARE_COOPERATIVE_SUBJECT.exec(sentence) ?? BARE_COOPERATIVE_PEOPLE.exec(sentence) ?? BARE_UNION.exec(sentence) ?? amount;
  // A union's own member cooperatives ("cho các HTX thành viên") are no other subject.
  if (!bare || MANY_COOPERATIVES.test(bare[1] === 'liên hiệp' ? sentence.replace(/(?:các|những) (?:htx|hợp tác xã) thành viên/gu, ' ') : sentence)) return null;
  // "Giám đốc HTX Tân Lập chia sẻ: “HTX hiện có 86 hộ thành viên …”": a name before the bare subject is the one it
  // refers to; a name after it is another subject.
  const at = s.start + bare.index;
  if (namedOrgs(ctx, at, s.end).length) return null;
  const org = namedOrgs(ctx, Math.max(0, s.start - 3000), at).pop();
  if (bare === amount && org && org.end < (paraStart < 0 ? 0 : ctx.key.lastIndexOf('\n\n', paraStart - 1))) return null;
  // "Năm 2017, Liên hiệp tiêu thụ …": a bare "Liên hiệp" speaks of the union just named, a bare "HTX" of a cooperative,
  // a bare "THT" or "tổ" ("Hiện THT có 12 tổ viên", "Năm 2016, tổ thu về …") of the group just named.
  const kind: Entity = bare[1] === 'liên hiệp' ? 'cooperative_union' : /^(?:tht|tổ hợp tác|tổ)$/u.test(bare[1]!) ? 'cooperative_group' : 'cooperative';
  if (!org || org.entity !== kind) return null;
  // "Quỹ tín dụng nhân dân Hoằng Phụ … đến nay quỹ đã có 3.120 thành viên": a bare "quỹ" speaks of the fund just named.
  if (bare[1] === 'quỹ' && !/^(?:quỹ|qtdnd)/iu.test(org.name)) return null;
  const orgParagraphEnd = ctx.key.indexOf('\n\n', org.end);
  // A union's own member cooperatives ("các HTX thành viên") are still its story.
  if (orgParagraphEnd >= 0 && orgParagraphEnd < s.start && MANY_COOPERATIVES.test(ctx.key.slice(orgParagraphEnd, s.start).replace(/(?:các|những) (?:htx|hợp tác xã) thành viên/gu, ' '))) return null;
  return { place: { level: 'cooperative', name: org.name }, entity: org.entity };
}

/** A heading that is one named cooperative, union, fund or group: "1. HTX Vải thiều Thanh Xá (huyện Thanh Hà)". */
export function cooperativeHeading(heading: string): { place: Place; entity: Entity } | null {
  const m = /^\s*(?:[ivxIVX\d]+[.)]\s*|[-–•+]\s*)?((HTX|Hợp tác xã|Liên hiệp HTX|Liên hiệp hợp tác xã|Quỹ TDND|Quỹ tín dụng nhân dân|QTDND|Tổ hợp tác|THT)\s+[^():;,.]+?)\s*(?:\([^)]*\))?\s*:?\s*$/u.exec(heading);
  if (!m) return null;
  const name = m[1]!.trim();
  // A proper name must follow the kind words: "HTX nông nghiệp" alone names none.
  if (!/\s\p{Lu}[\p{Ll}]/u.test(name.slice(m[2]!.length))) return null;
  const noun = m[2]!.toLowerCase();
  const entity: Entity = noun.startsWith('liên hiệp') ? 'cooperative_union' : /^(?:tổ hợp tác|tht)$/u.test(noun) ? 'cooperative_group' : 'cooperative';
  return { place: { level: 'cooperative', name }, entity };
}

export const COOPERATIVE_HEADING_EXAMPLES: { text: string; name: string | null }[] = [
  { text: '2. HTX Vải thiều Thanh Xá (huyện Thanh Hà)', name: 'HTX Vải thiều Thanh Xá' },
  { text: 'Liên hiệp HTX Rau an toàn Điện Bàn', name: 'Liên hiệp HTX Rau an toàn Điện Bàn' },
  { text: 'HTX nông nghiệp phát triển mạnh', name: null },
  { text: 'Kết quả hoạt động của HTX', name: null },
];

/**
 * A fact read from a figure that speaks of no stock or flow of the province's cooperatives: left out, with the reason
 * `explain` gives. First match wins; each rule's test sentences are in test/facts.rules.test.ts.
 */
export const FACT_SKIPS: { id: string; reason: string; test: (key: string, s: Sentence, f: DraftFact) => boolean }[] = [
  {
    // "đã thành lập mới 356 HTX, chiếm 86,4% tổng số HTX hiện có": new ones over the stock mix a flow and a stock.
    id: 'skip.new_share_of_stock',
    reason: 'new ones as a share of the stock: a flow over a stock, no share of a whole',
    test: (key, _s, f) => f.metric === 'share' && (f.scope === 'new' || f.scope === 'dissolved') && /^\s*(?:tổng\s+)?số\s+(?:htx|hợp tác xã|tht|tổ hợp tác)\s+(?:hiện có|hiện nay|toàn tỉnh|của tỉnh|đang hoạt động)/u.test(key.slice(f.valueSpan.end, f.valueSpan.end + 40)),
  },
  {
    // "Các HTX do phụ nữ làm chủ thu hút 4.380 thành viên": cooperatives of a kind the fields cannot name; the
    // province-wide figure beside them ("… mức bình quân chung của khu vực HTX toàn tỉnh") stays.
    id: 'skip.of_a_kind',
    reason: 'a figure of cooperatives of a kind the fact fields cannot name',
    test: (key, s, f) => {
      if (f.metric === 'count' || f.place) return false;
      const stretch = key.slice(Math.max(s.start, key.lastIndexOf(';', f.valueSpan.start) + 1), f.valueSpan.start);
      const kind = OF_A_KIND.exec(stretch);
      return !!kind && !/khu vực (?:htx|hợp tác xã)|toàn tỉnh|cả tỉnh|chung/u.test(stretch.slice(kind.index));
    },
  },
  {
    // "Số lao động nữ làm việc thường xuyên trong HTX là 4.120 người", "Số HTX do phụ nữ giữ chức giám đốc hiện là 58 HTX":
    // women among the people or the cooperatives are a part the fields cannot name.
    id: 'skip.women',
    reason: 'women among the people or cooperatives: a part the fact fields cannot name',
    test: (key, s, f) => /(?:^|[\s,;:(])(?:(?:(?:tổng\s+)?số\s+)?(?:lao động|thành viên|xã viên|tổ viên)\s+(?:là\s+)?(?:nữ|phụ nữ)|(?:tổng\s+)?số\s+(?:htx|hợp tác xã|tht|tổ hợp tác)\s+do\s+(?:nữ|phụ nữ))(?![\p{L}])[^;.\d]{0,80}$/u.test(key.slice(Math.max(s.start, key.lastIndexOf(';', f.valueSpan.start) + 1), f.valueSpan.start)),
  },
  {
    // "Khi đủ 30 tổ viên, tổ sẽ chuyển thành HTX".
    id: 'skip.condition',
    reason: 'a condition ("khi đủ 30 tổ viên"), not a figure',
    test: (key, s, f) => /(?:^|[\s“"(,])(?:khi|nếu)\s+(?:có\s+)?(?:đủ|đạt)\s*(?:(?:khoảng|hơn|trên|từ)\s*)?$/u.test(key.slice(Math.max(s.start, f.valueSpan.start - 20), f.valueSpan.start)),
  },
  {
    // "thành lập mới 38 THT, bằng 126,7% so với cùng kỳ": a ratio to another period, never a share of a whole.
    id: 'skip.share_over_100',
    reason: 'a share above 100%: a ratio to another figure, not a part of a whole',
    test: (_key, _s, f) => f.metric === 'share' && f.value > 100,
  },
  {
    // "HTX muối có vốn điều lệ dưới 500 triệu đồng", "riêng HTX có từ 50 thành viên": a threshold that sorts cooperatives by size.
    id: 'skip.size_threshold',
    reason: 'a size threshold ("vốn điều lệ dưới 500 triệu đồng"), not a figure',
    test: (key, s, f) => (f.unit === 'VND' || f.metric === 'members') && f.scope !== 'change' && isThreshold(key, s.start, f.valueSpan.start, f.valueSpan.end),
  },
  {
    // "Cả nước hiện có 31.000 HTX", "bình quân chung của khu vực HTX cả nước (khoảng 4,1 triệu đồng)": the country's figure.
    id: 'skip.national',
    reason: "a national figure, not the province's",
    test: (key, s, f) => !f.place && (NATIONAL_BEFORE.test(key.slice(Math.max(s.start, f.valueSpan.start - 90), f.valueSpan.start)) || NATIONAL_AFTER.test(key.slice(f.valueSpan.end, Math.min(s.end, f.valueSpan.end + 40)))),
  },
];

/** A threshold of size: "HTX … có vốn điều lệ dưới", "có từ 50 thành viên", "vốn điều lệ từ 2 tỷ đồng trở lên". */
export function isThreshold(key: string, sentenceStart: number, at: number, end: number): boolean {
  const before = key.slice(Math.max(sentenceStart, at - 80), at);
  const over = /^\s*(?:[\p{L}/]+\s*){0,3}?trở (?:lên|xuống)/u.test(key.slice(end, end + 25));
  if (/(?:htx|hợp tác xã)(?:\s+[^\d,;.]{0,40})?\s+(?:có|với)\s+(?:(?:vốn điều lệ|vốn góp|quy mô)\s+)?(?:từ|dưới|tối thiểu|ít nhất)\s*$/u.test(before) && !/tổng/u.test(before)) return true;
  // "khoảng 12 HTX có doanh thu trên 3 tỷ đồng/năm", "nhiều HTX … doanh thu dưới 500 triệu đồng/năm": a class bound by
  // a revenue or profit, not the figure of any cooperative.
  const bound = String.raw`(?:mức\s+)?(?:doanh thu|lợi nhuận)(?:\s+(?:hằng năm|hàng năm|mỗi năm))?\s+(?:trên|dưới|hơn|từ|ít nhất|tối thiểu)\s*$`;
  if (!/(?:tổng|bình quân|đạt)\s+(?:doanh thu|lợi nhuận)/u.test(before) && (new RegExp(String.raw`(?:htx|hợp tác xã)(?:\s+[^\d;.]{0,40}?)?\s+(?:có|với)\s+` + bound, 'u').test(before) || new RegExp(String.raw`(?:nhiều|phần lớn|đa số|một số|hầu hết)\s+(?:htx|hợp tác xã)[^;.]{0,60}?,\s*` + bound, 'u').test(before))) return true;
  // "chỉ 26 HTX có tổng tài sản trên 10 tỷ đồng": a counted class bound by a size, "tổng" or not.
  // "có 41 HTX lãi trên 300 triệu đồng": so is a profit bound with no "có".
  // "Có 27 HTX đạt doanh thu trên 10 tỷ đồng/năm": so is one that reaches it.
  // "7 quỹ có tổng tài sản dưới 20 tỷ đồng": so are funds and groups.
  if (/(?<![\p{L}])\d(?:[\d.,]*\d)?\s+(?:htx|hợp tác xã|quỹ(?: tdnd| tín dụng nhân dân)?|qtdnd|tht|tổ hợp tác)\s+(?:(?:có|với|đạt)\s+(?:tổng\s+)?(?:tài sản|vốn điều lệ|vốn góp|vốn hoạt động|doanh thu|lợi nhuận)|(?:có\s+)?lãi)(?:\s+bình quân)?\s+(?:trên|dưới|hơn|từ|ít nhất|tối thiểu)\s*$/u.test(before)) return true;
  // "lợi nhuận bình quân 410 triệu đồng/HTX, có HTX lãi trên 2 tỷ đồng": what some cooperative reaches, no figure of any.
  if (/(?:^|[\s,;])có\s+(?:những\s+|nhiều\s+)?(?:htx|hợp tác xã)\s+(?:(?:có\s+)?lãi|đạt\s+(?:doanh thu|lợi nhuận)|doanh thu)\s+(?:trên|hơn|tới|đến|từ)\s*$/u.test(before)) return true;
  // "phần lớn HTX có dưới 20 thành viên, vốn điều lệ dưới 1 tỷ đồng": the next threshold of the same list.
  if (/(?:htx|hợp tác xã)(?:\s+[^\d,;.]{0,40})?\s+(?:có|với)\s+(?:từ|dưới|tối thiểu|ít nhất)\s+\d[^;.]{0,40}(?:,|và)\s*(?:vốn điều lệ|vốn góp)\s+(?:từ|dưới|tối thiểu|ít nhất)\s*$/u.test(before)) return true;
  return over && /(?<!tổng\s)(?:vốn điều lệ|vốn góp)\s+(?:từ|tối thiểu|ít nhất)\s*$/u.test(before);
}
export const THRESHOLD_EXAMPLES: { text: string; threshold: boolean }[] = [
  { text: 'Hơn 70% HTX muối có vốn điều lệ dưới 500 triệu đồng.', threshold: true },
  { text: 'Một số HTX mới có vốn điều lệ từ 2 tỷ đồng trở lên.', threshold: true },
  { text: 'Riêng HTX có từ 50 thành viên được hỗ trợ thêm.', threshold: true },
  { text: 'Các HTX có tổng vốn điều lệ trên 2 tỷ đồng.', threshold: false },
  { text: 'HTX có 50 thành viên, vốn điều lệ 2 tỷ đồng.', threshold: false },
  { text: 'Phần lớn HTX có dưới 20 thành viên, vốn điều lệ dưới 1 tỷ đồng.', threshold: true },
  { text: 'Khoảng 12 HTX có doanh thu trên 3 tỷ đồng/năm.', threshold: true },
  { text: 'Nhiều HTX nông nghiệp chỉ làm 2 - 3 khâu dịch vụ, doanh thu dưới 500 triệu đồng/năm.', threshold: true },
  { text: 'Các HTX có tổng doanh thu trên 300 tỷ đồng.', threshold: false },
  { text: 'Vẫn còn 6 quỹ có vốn điều lệ dưới 1 tỷ đồng.', threshold: true },
  { text: 'Năm 2021, các HTX thủy sản làm ăn hiệu quả, có HTX lãi trên 2 tỷ đồng.', threshold: true },
  { text: 'Quy mô nhiều quỹ còn nhỏ, 5 quỹ có tổng tài sản dưới 20 tỷ đồng.', threshold: true },
  { text: 'Năm 2023, HTX đạt doanh thu trên 26 tỷ đồng.', threshold: false },
  { text: 'Bình quân mỗi HTX đạt doanh thu hơn 4 tỷ đồng/năm.', threshold: false },
  { text: 'Chỉ 26 HTX có tổng tài sản trên 10 tỷ đồng.', threshold: true },
  { text: 'Có 41 HTX lãi trên 300 triệu đồng.', threshold: true },
  { text: 'Có 19 HTX đạt doanh thu trên 5 tỷ đồng/năm.', threshold: true },
  { text: 'Năm 2017, HTX lãi hơn 4 tỷ đồng.', threshold: false },
];

/**
 * "huyện Thới Lai và huyện Cờ Đỏ có nhiều HTX nhất, lần lượt 38 và 35 HTX", "Mù Cang Chải và Trạm Tấu lần lượt có 8 và
 * 6 HTX": two places, then their counts in the same order. The first count shares the second's noun; each takes its place.
 */
export const RESPECTIVE_PLACES = /((?:(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Qq]uận|[Xx]ã|[Pp]hường)\s+)?\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})\s+(?:và|,)\s+((?:(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Qq]uận|[Xx]ã|[Pp]hường)\s+)?\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})\s+[^.;\d]{0,90}?lần lượt\s*(?:(?:có|là|với|đạt)\s+)?(?:khoảng\s+)?(\d[\d.,]*)\s+(?:và|,)\s+(\d[\d.,]*)\s+(?:HTX|[Hh]ợp tác xã|THT|[Tt]ổ hợp tác)(?![\p{L}])/u;
function respectivePlaces(ctx: Ctx, s: Sentence, sFacts: DraftFact[]): void {
  const mm = RESPECTIVE_PLACES.exec(ctx.text.slice(s.start, s.end));
  if (!mm) return;
  const at = (g: number) => s.start + mm.index + mm[0].indexOf(mm[g]!, g === 4 ? mm[0].indexOf(mm[3]!) + mm[3]!.length : 0);
  const second = sFacts.find((f) => f.valueSpan.start === at(4) && f.metric === 'count');
  if (!second || second.place) return;
  // A group word before the names gives their level ("Hai huyện vùng cao Mù Cang Chải và Trạm Tấu").
  const group = /(?:huyện|thị xã|xã|phường)(?=[^.;]{0,30}$)/iu.exec(ctx.text.slice(Math.max(s.start, at(1) - 40), at(1)))?.[0].toLowerCase();
  const placeOf = (name: string): Place => {
    const lvl = /^(xã|phường)\s/iu.test(name) || (!/^(?:huyện|thị xã|thành phố|tp\.?|quận)\s/iu.test(name) && (group === 'xã' || group === 'phường')) ? 'commune' : 'district';
    return { level: lvl, name };
  };
  const firstMention = ctx.mentions.find((x) => x.start === at(3) && typeof x.value === 'number');
  if (!firstMention || sFacts.some((f) => f.valueSpan.start === firstMention.start)) return;
  second.place = placeOf(mm[2]!);
  // "… là hai địa phương có nhiều HTX nông nghiệp hoạt động hiệu quả nhất, với lần lượt 11 và 8 HTX": the kind counted.
  const namesEnd = at(2) + mm[2]!.length;
  const kind = subjectPhrase(ctx, namesEnd, ctx.key.indexOf('lần lượt', namesEnd));
  if (kind && !kind.counted && !second.sector && !second.rating) {
    second.sector = kind.sector;
    second.sectorLabel = kind.sectorLabel;
    second.rating = kind.rating;
  }
  sFacts.splice(sFacts.indexOf(second), 0, { ...second, value: firstMention.value as number, valueSpan: { start: firstMention.start, end: firstMention.end }, mention: firstMention, place: placeOf(mm[1]!), evidence: { start: at(1), end: second.evidence.end }, rule: 'noun.respective' });
}

function eachPlace(ctx: Ctx, s: Sentence, sFacts: DraftFact[]): void {
  for (const f of [...sFacts]) {
    if (f.metric !== 'count' || f.place?.level === 'cooperative') continue;
    const from = Math.max(s.start, f.valueSpan.start - 160);
    const mm = EACH_PLACE.exec(ctx.text.slice(from, f.valueSpan.start));
    if (!mm || (f.breakdown && !mm[0].includes('('))) continue;
    const level: Place['level'] = /^(?:xã|phường)$/u.test(mm[2]!) ? 'commune' : 'district';
    const listStart = from + mm.index;
    const names = [...mm[1]!.matchAll(new RegExp(EACH_PLACE_NAME, 'gu'))].map((n) => ({ name: n[0], start: listStart + n.index! }));
    // "Huyện Mường Tè dẫn đầu với 4 HTX mới; huyện Phong Thổ 3 HTX; Sìn Hồ và Nậm Nhùn mỗi huyện 2 HTX": the next
    // items of a list of new ones, with no verb of their own, are new too.
    const prev = [...sFacts].reverse().find((g) => g !== f && g.valueSpan.end < listStart && g.metric === 'count' && g.entity === f.entity && g.place && g.place.level !== 'cooperative');
    const between = prev ? lastTrigger(ctx.key.slice(prev.valueSpan.end, listStart)) : null;
    const scope = f.scope === 'existing' && prev && (prev.scope === 'new' || prev.scope === 'dissolved') && (between === null || between === prev.scope) ? prev.scope : f.scope;
    const period = scope !== f.scope ? prev!.period : f.period;
    const asOf = scope !== f.scope ? null : f.asOf;
    const clones = names.map((n) => ({ ...f, scope, period, asOf, place: { level, name: n.name }, formerProvince: null, evidence: { start: n.start, end: Math.max(f.evidence.end, f.valueSpan.end) }, rule: 'noun.each_place' }));
    sFacts.splice(sFacts.indexOf(f), 1, ...clones);
  }
}

/**
 * "… nhiều nhất tại huyện Ba Vì với 94 HTX; tiếp đến là Ứng Hòa (87 HTX), Mỹ Đức (72 HTX)", "Các huyện ven đô như Đông
 * Anh có 53 HTX, Gia Lâm có 41 HTX": bare names listed after a district, or after "các huyện … như", are districts too.
 */
function listedPlaces(ctx: Ctx, s: Sentence, sFacts: DraftFact[]): void {
  for (const f of sFacts) {
    // A place the figure only inherited from the clause before gives way to the name printed right before it.
    if ((f.place && f.place.level !== 'district' && f.place.level !== 'commune') || f.metric !== 'count' || !COOPERATIVE_FAMILY.has(f.entity)) continue;
    const before = ctx.text.slice(Math.max(s.start, f.valueSpan.start - 60), f.valueSpan.start);
    const item = /(?:^|[,;:]\s*|\s(?:là|như|và)\s+)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})\s*(?:\(\s*|có\s+|với\s+)$/u.exec(before);
    if (!item || f.place?.name.endsWith(item[1]!) || lookupProvince(item[1]!) || /^(?:Liên|Hợp|Tổ|Quỹ|Ban|Sở|Phòng|Ủy|Nhà|Chính|Tỉnh|Thành|Huyện|Xã)\s/u.test(item[1]!)) continue;
    const itemAt = f.valueSpan.start - before.length + item.index! + item[0].indexOf(item[1]!);
    const prev = [...sFacts].reverse().find((g) => g !== f && g.valueSpan.end <= itemAt && g.metric === 'count' && (g.place?.level === 'district' || g.place?.level === 'commune'));
    const group = /(?:các|những)\s+(huyện|xã|quận)(?:\s+[\p{Ll}]+){0,3}\s+(?:như|là|gồm)\s+$/u.exec(ctx.key.slice(s.start, itemAt));
    const between = prev ? ctx.key.slice(prev.valueSpan.end, itemAt) : '';
    const listed = prev && !between.includes('.') && (!between.includes(';') || /;\s*(?:tiếp (?:đến|theo)|kế (?:đến|tiếp)|sau đó|thứ hai)(?![\p{L}])[^;]*$/u.test(between));
    const level = listed ? prev!.place!.level : group ? (group[1] === 'xã' ? 'commune' : 'district') : null;
    if (!level) continue;
    f.place = { level, name: item[1]! };
    f.formerProvince = null;
  }
}

/** A heading that turns from a sector's section to another subject. */
const OTHER_SUBJECT_HEADING = /liên minh|quỹ tín dụng|qtdnd|toàn tỉnh|cả tỉnh|cả năm|(?<![\p{L}])ước(?![\p{L}])|nhiệm vụ|phương hướng|kế hoạch|mục tiêu|giải pháp|kiến nghị|đề xuất|(?<![\p{L}])năm (?:19|20)\d{2}/u;

/** Cooperatives of a kind that is no field: led by women or young people, supported, in a chain, with OCOP products. */
export const OF_A_KIND = new RegExp(String.raw`(?:htx|hợp tác xã)\s+(?:` + KIND_OF_COOPERATIVES + String.raw`|do\s+(?:nữ|phụ nữ|thanh niên|đồng bào|người dân tộc))`, 'u');

/** The country as the subject before a figure, or as the whole it is counted in after it. */
export const NATIONAL_BEFORE = /(?:(?:^|[\s,;:(])(?:cả nước|toàn quốc)(?:\s+(?:hiện|đã|cũng|hiện nay|đến nay))*\s+(?:có|đạt|là|thành lập|phát triển|giải thể|tăng|giảm)(?![\p{L}])|(?:của|trên|trong)\s+(?:(?:khu vực|các|toàn bộ)\s+)?(?:(?:htx|hợp tác xã)\s+)?(?:cả nước|toàn quốc))(?:[^;.\d]{0,40}?\d[\d.,]*\s+(?:htx|hợp tác xã|liên hiệp(?: htx| hợp tác xã)?|tht|tổ hợp tác|quỹ tdnd|quỹ tín dụng nhân dân|qtdnd)(?:\s*\([^()]{0,20}\))?\s*(?:,|và)\s*){0,4}[^;.\d]{0,40}$/u;
export const NATIONAL_AFTER = /^\s*(?:htx|hợp tác xã|tht|tổ hợp tác|thành viên|sản phẩm(?: ocop)?)?\s*(?:trên|của|trong)\s+(?:cả nước|toàn quốc)(?![\p{L}])/u;
export const NATIONAL_EXAMPLES: { text: string; national: boolean }[] = [
  { text: 'Cả nước hiện có 31.000 HTX.', national: true },
  { text: 'thu nhập vẫn thấp hơn bình quân chung của khu vực HTX cả nước (khoảng 4,1 triệu đồng/người/tháng).', national: true },
  { text: 'Hiện có hơn 29.000 HTX trên cả nước.', national: true },
  // The list goes on being the country's: "cả nước hiện có hơn 24.000 HTX và 1.180 Quỹ TDND".
  { text: 'Đồng chí cho biết, cả nước hiện có hơn 24.000 HTX và 1.180 Quỹ TDND; tỉnh là một trong những địa phương dẫn đầu.', national: true },
  { text: 'Tỉnh dẫn đầu cả nước với 1.250 HTX.', national: false },
  { text: 'Theo Liên minh HTX Việt Nam, năm 2020 cả nước thành lập mới hơn 2.000 HTX.', national: true },
];

/** "tư vấn thành lập mới", "hỗ trợ thành lập", "trực tiếp tư vấn, hỗ trợ thành lập mới thêm": right before the count. */
export const HELPED_FOUND = /(?:tư vấn|hỗ trợ|hướng dẫn)(?:\s*(?:,|và)\s*(?:tư vấn|hỗ trợ|hướng dẫn))*\s+(?:thành lập|thành lập mới|tl mới|tlm)(?:\s+(?:mới|thêm|được))*\s*$/u;

/** The funds as a subject: "các quỹ", "mỗi quỹ", "/quỹ", "của hệ thống", "toàn hệ thống" (not the support fund). */
export const FUNDS_SUBJECT = /(?:(?:các|mỗi|những|toàn bộ|\d+(?:\/\d+)?)\s+quỹ(?!\s+(?:hỗ trợ|đầu tư|phát triển|bảo lãnh))|\/\s*quỹ|(?:toàn|của|cả)\s+hệ thống)(?![\p{L}])/u;

/** A paragraph that opens on a sector's label and a colon, or a heading that is only that label. */
// "3. Quỹ tín dụng nhân dân": the funds' name is their sector's too.
export const SECTOR_SECTION = /^(?:[-–•+*]\s*)?(?:[ivx\d]+[.)]\s*)?(?:(?:khối|nhóm|lĩnh vực|đối với|về)\s+(?:các\s+)?(?:(?:htx|hợp tác xã)\s+)?|(?:các\s+)?(?:htx|hợp tác xã)\s+|(?<=[.)]\s*)(?=(?:quỹ tín dụng nhân dân|quỹ tdnd|qtdnd)\s*$))/u;
export const SECTOR_SECTION_EXAMPLES: { text: string; sector: Sector | null }[] = [
  { text: 'Khối HTX nông nghiệp: các HTX làm tốt khâu dịch vụ đầu vào', sector: 'agriculture' },
  { text: '- Đối với HTX vận tải: doanh thu đạt 12 tỷ đồng', sector: 'transport' },
  { text: '2. Khối HTX phi nông nghiệp', sector: 'non_agriculture' },
  { text: '3. Quỹ tín dụng nhân dân', sector: 'credit' },
  { text: 'Khối quỹ tín dụng nhân dân: các quỹ có 31.870 thành viên', sector: 'credit' },
  { text: 'HTX Quý Hiền: doanh thu năm 2023 đạt 4 tỷ đồng', sector: null },
  { text: 'Khối HTX nông nghiệp hoạt động ổn định, doanh thu 120 tỷ đồng.', sector: null },
];

/**
 * "Khối HTX nông nghiệp: … Tổng doanh thu 9 tháng ước đạt 412,5 tỷ đồng": a paragraph opened by a sector's label
 * and a colon, or a section under a heading that is only that label, speaks of that sector's cooperatives.
 */
export function sectorSection(pText: string, heading: boolean): { sector: Sector; label: string } | null {
  const k = toneKey(pText.trim());
  const lead = SECTOR_SECTION.exec(k);
  if (!lead) return null;
  const colon = k.indexOf(':');
  const end = heading && colon < 0 ? k.replace(/[.\s]+$/u, '').length : colon;
  if (end <= lead[0].length) return null;
  const label = readSector(k, lead[0].length, end, { lead: false, exact: true });
  return label ? { sector: label.sector, label: pText.trim().slice(label.start, label.end) } : null;
}

/**
 * "HTX vận tải tập trung ở khu vực nội thành: quận Lê Chân 14 HTX, …", "Các HTX chè phân bố chủ yếu ở các huyện trung
 * du: huyện Thanh Sơn có 14 HTX, …": a sentence that opens on one sector's cooperatives and lists places after a colon
 * counts that sector's cooperatives in each place.
 */
export const SECTOR_LIST_LEAD = /^(?:[-–•+*]\s*)?(?:(?:các|số)\s+)?(?:htx|hợp tác xã)\s+/u;
export const SECTOR_LIST_LEAD_EXAMPLES: { text: string; sector: Sector | null }[] = [
  { text: 'HTX vận tải tập trung ở khu vực nội thành: quận Lê Chân 14 HTX', sector: 'transport' },
  { text: 'Các HTX chè phân bố chủ yếu ở các huyện trung du: huyện Thanh Sơn có 14 HTX', sector: 'agriculture' },
  { text: 'HTX nông nghiệp: huyện Vĩnh Bảo 52 HTX', sector: 'agriculture' },
  { text: 'Toàn tỉnh có 320 HTX: huyện Vĩnh Bảo 52 HTX', sector: null },
  { text: 'HTX vận tải năm 2023 có 41 HTX: quận Lê Chân 14 HTX', sector: null },
];
export function sectorListLead(key: string, sentenceStart: number, at: number): { start: number; end: number; sector: Sector } | null {
  const colon = key.indexOf(':', sentenceStart);
  if (colon < 0 || colon >= at || /\d/u.test(key.slice(sentenceStart, colon))) return null;
  const lead = SECTOR_LIST_LEAD.exec(key.slice(sentenceStart, colon));
  if (!lead) return null;
  const label = readSector(key, sentenceStart + lead[0].length, colon, { lead: false });
  return label ? { start: label.start, end: label.end, sector: label.sector } : null;
}

/** A list line ("06 lớp …", "- 8 lớp …") under an introduction that counts the courses and ends on a colon. */
function courseListItem(ctx: Ctx, paragraphs: Paragraph[], p: Paragraph, f: DraftFact, facts: DraftFact[]): boolean {
  const listLine = (from: number, to: number): boolean => /^\s*(?:[-–•+*]\s*)?(?:\d+[.)]\s*)?\d/u.test(ctx.text.slice(from, to)) && to - from < 400;
  const lineStart = ctx.text.lastIndexOf('\n', f.valueSpan.start) + 1;
  const lineEnd = ctx.text.indexOf('\n', f.valueSpan.start);
  if (!listLine(Math.max(p.start, lineStart), lineEnd < 0 ? p.end : Math.min(p.end, lineEnd))) return false;
  const intro = listIntro(ctx, paragraphs, p, listLine);
  if (!intro) return false;
  return facts.some((x) => x.entity === 'training_course' && x.metric === 'count' && !x.place && !x.sector && x.valueSpan.start >= intro.start && x.valueSpan.end <= intro.end);
}

/** A figure of one named cooperative, union or group: its place, and no sector of the province's. */
function ofNamedOrg(f: DraftFact, name: string): void {
  f.place = { level: 'cooperative', name };
  f.sector = null;
  f.sectorLabel = null;
}

/** The introduction, ending on a colon, over the list paragraph `p` and the list paragraphs right before it. */
function listIntro(ctx: Ctx, paragraphs: Paragraph[], p: Paragraph, isItem: (from: number, to: number) => boolean): Paragraph | null {
  let j = p.index - 1;
  while (j >= 0 && isItem(paragraphs[j]!.start, paragraphs[j]!.end)) j--;
  const intro = paragraphs[j];
  return intro && /:\s*$/u.test(ctx.text.slice(intro.start, intro.end)) ? intro : null;
}

/** A line "Huyện Cái Bè: 5 HTX, …" in a list under an introduction, ending on a colon, that says where the new ones are. */
function newPlaceListItem(ctx: Ctx, paragraphs: Paragraph[], p: Paragraph, f: DraftFact, facts: DraftFact[]): boolean {
  const placeLine = (from: number, to: number): boolean => /^\s*(?:[-–•+*]\s*)?(?:huyện|thị xã|thành phố|tp\.?|quận)\s+[^:;,.\d]{2,30}:\s*\d/u.test(ctx.key.slice(from, to));
  const lineStart = Math.max(p.start, ctx.text.lastIndexOf('\n', f.valueSpan.start) + 1);
  if (!placeLine(lineStart, f.valueSpan.end)) return false;
  const intro = listIntro(ctx, paragraphs, p, placeLine);
  if (!intro) return false;
  const last = ctx.key.slice(Math.max(intro.start, ctx.key.lastIndexOf('.', intro.end - 2) + 1), intro.end);
  if (!/(?:htx|hợp tác xã|tht|tổ hợp tác)\s+(?:mới thành lập|thành lập mới|được thành lập mới|mới được thành lập)(?![\p{L}])/u.test(last)) return false;
  return facts.some((x) => x.entity === f.entity && x.metric === 'count' && x.scope === 'new' && !x.place && x.valueSpan.start >= intro.start && x.valueSpan.end <= intro.end && x.value >= f.value);
}

/** A paragraph that speaks of the whole province in `words`, and does not open on a former one ("… (cũ)"). */
function wholeProvinceAgain(pKey: string, words: RegExp): boolean {
  return words.test(pKey) && !/\(cũ\)|(?<![\p{L}])cũ(?![\p{L}])/u.test(pKey.slice(0, 60));
}

/** A heading that names a former province: "Khu vực Kiên Giang (cũ): …", "Tỉnh Trà Vinh (cũ)". */
export function formerProvinceHeading(heading: string): { place: Place; formerProvince: string } | null {
  const m = /(?:^|[\s:–-])(?:(?:khu vực|địa bàn)\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s+)?((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3})\s*\(cũ\)/u.exec(heading);
  const row = m ? lookupProvince(m[1]!) : null;
  return row && m ? { place: { level: 'former_province', name: m[0].replace(/^[\s:–-]+/u, '').trim() }, formerProvince: row.code } : null;
}

/** A header cell of a part ("Trong đó: HTX sản xuất lúa"): its sector is its column's, not the table's. */
const HEADER_PART = /(?:^|\|)\s*(?:trong đó|riêng)\s*:?[^|]*(?:htx|hợp tác xã)/u;

/** Table rows become facts through the table's header; dates come from the line that introduces the table. */
function fromTable(ctx: Ctx, table: Span, prior: DraftFact[], intro: Paragraph | null, planSection: boolean): DraftFact[] {
  const rp = ctx.fc.reportPeriod;
  // The caption inside the table ("… theo lĩnh vực năm 2023") first, else the introducing line; a point
  // of comparison ("tăng 8,6% so với năm 2022") dates nothing in the table.
  const rows = tableFacts(ctx.text, table, ctx.mentions, intro ? ctx.text.slice(intro.start, intro.end) : '');
  const firstRow = rows.length ? Math.min(...rows.map((r) => r.row.start)) : table.end;
  // A day a header cell starts a column's flow on ("Giải thể (từ 01/7/2013)") dates that column only, not the table.
  const since = (m: Mention): boolean => SINCE_BEFORE.test(ctx.key.slice(Math.max(table.start, m.start - 12), m.start)) && ctx.text.slice(ctx.text.lastIndexOf('\n', m.start) + 1, m.start).includes(' | ');
  const dated = (from: number, to: number) =>
    // "Từ đầu năm, toàn tỉnh thành lập mới 38 HTX" above the table: the day a span starts on is no time of the rows.
    ctx.mentions.filter((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= from && m.end <= to && !since(m) && !/so (?:với|cùng)[^,;]*$/u.test(ctx.key.slice(Math.max(from, m.start - 25), m.start)) && !(m.kind === 'date' && /(?:^|[\s,(])từ\s*(?:ngày\s*)?$/u.test(ctx.key.slice(Math.max(from, m.start - 10), m.start)))).pop();
  // A caption's own day ("(tính đến 30/11/2015)") before a header that prints others ("(xếp loại năm 2014)").
  const headerLine = ctx.text.slice(table.start, firstRow).search(/[^\n]* \| [^\n]*(?:\n|$)/u);
  const introTemporal = (headerLine > 0 ? dated(table.start, table.start + headerLine) : undefined) ?? dated(table.start, firstRow) ?? (intro ? dated(intro.start, intro.end) : undefined);
  // "(số HTX, thành viên tính đến 30/11/2024; doanh thu ước cả năm 2024)": the day dates the stocks, the period the flows.
  const captionDay = ctx.mentions.filter((m) => m.kind === 'date' && typeof m.value === 'string' && m.start >= table.start && m.end <= firstRow && !since(m)).pop();
  // "Cơ cấu HTX theo lĩnh vực (ước đến 31/12/2025)": a caption that says "ước" makes the rows estimates.
  // A caption printed as a line of its own right above the table counts as the table's.
  const introCaption = intro && intro.end - intro.start < 200 && !/[.:]\s*$/u.test(ctx.key.slice(intro.start, intro.end)) ? ctx.key.slice(intro.start, intro.end) : '';
  const captionKey = `${introCaption} ${ctx.key.slice(table.start, firstRow)}`;
  const estimated = /(?<![\p{L}])(?:ước|ước tính|dự kiến|dự ước)(?![\p{L}])/u.test(captionKey);
  // "(số liệu đến 30/9/2025; doanh thu, lợi nhuận 9 tháng là số ước)": the clause that says "ước" may name the
  // metrics it estimates; the others are counted.
  const estimateClause = captionKey.split(/[;()]/u).find((c) => /(?<![\p{L}])(?:ước|ước tính|dự ước)(?![\p{L}])/u.test(c)) ?? '';
  const estimatedMetrics = new Set(COLUMNS.filter((r) => r.metric && r.unit === 'VND' && r.pattern.test(estimateClause)).map((r) => r.metric));
  const when = introTemporal ? periodOf(introTemporal) : null;
  const columnEstimates = rows.some((r) => r.estimated);
  // "Kết quả đánh giá, phân loại HTX nông nghiệp năm 2016 như sau:": the cooperatives of the short line that opens the
  // table (or its caption) are those of one sector, when the line counts none itself.
  // "Bảng: Tình hình HTX nông nghiệp …" right above it is the table's caption too.
  // "Hợp tác xã nuôi tôm, sản xuất muối phân theo địa bàn (tính đến 30/9/2018)": a caption line of its own that opens
  // on the cooperatives it counts is one too.
  const opener = intro && intro.end - intro.start < 160 && (/:\s*$/u.test(ctx.key.slice(intro.start, intro.end)) || /^\s*bảng(?:\s+\d+)?\s*[:.]/u.test(ctx.key.slice(intro.start, intro.end)) || (introCaption !== '' && /^\s*(?:số\s+(?:lượng\s+)?)?(?:htx|hợp tác xã)\s/u.test(introCaption))) ? intro : null;
  const headKey = `${opener ? ctx.key.slice(opener.start, opener.end) : ''} ${ctx.key.slice(table.start, firstRow)}`;
  const headText = `${opener ? ctx.text.slice(opener.start, opener.end) : ''} ${ctx.text.slice(table.start, firstRow)}`;
  const tableSector = /\d[\d.,]*\s+(?:htx|hợp tác xã|quỹ)(?![\p{L}])/u.test(headKey) ? null : sectorAfterNoun(headKey, 0, headKey.length);
  const captionOnly = `${opener ? ctx.key.slice(opener.start, opener.end) : ''}\n${ctx.key.slice(table.start, firstRow).split('\n').filter((l) => !l.includes(' | ')).join('\n')}`;
  const captionSector = tableSector ? sectorAfterNoun(captionOnly, 0, captionOnly.length) : null;
  const out: DraftFact[] = [];
  for (const t of rows) {
    // A total row that repeats a figure the prose already gave is the same fact.
    if (t.sector === null && t.place === null && t.year === undefined && prior.some((f) => f.entity === t.entity && f.metric === t.metric && f.value === t.value && !f.place)) continue;
    const f: DraftFact = {
      ...blankFact(t.mention, t.entity),
      metric: t.metric,
      unit: t.unit,
      sector: t.sector,
      sectorLabel: t.sectorLabel,
      place: t.place,
      value: t.value,
      evidence: { start: t.row.start, end: t.row.end },
      rule: `table.${t.rule}`,
      refMetric: t.refMetric ?? (t.metric === 'share' || t.metric === 'plan_achievement' ? 'count' : t.change && (t.unit === 'percent' || t.unit === 'times') ? t.metric : null),
      scope: t.change ? 'change' : (t.scope ?? 'existing'),
      statistic: t.statistic ?? 'total',
      per: t.per ?? null,
      breakdown: t.sector !== null || t.place !== null,
      confidence: 0.88,
      // A header that marks its own columns ("Năm 2023 | Ước năm 2024") estimates only those.
      status: planSection || t.target ? 'target' : (estimated && !columnEstimates && (estimatedMetrics.size === 0 || estimatedMetrics.has(t.metric))) || t.estimated ? 'estimate' : 'actual',
      formerProvince: t.formerProvince ?? null,
      rating: t.rating ?? null,
    };
    // A share of plan of a flow ("Doanh thu BQ/HTX | … | 104,7") is of the flow's period.
    const flow = FLOW_METRICS.has(t.metric) || t.scope !== undefined || (t.refMetric !== undefined && FLOW_METRICS.has(t.refMetric));
    if (t.asOf) {
      // A column of a day ("Đến 30/6/2022"): its stocks are of that day, its flows of that year up to it.
      if (flow) f.period = { start: `${t.asOf.slice(0, 4)}-01-01`, end: t.asOf };
      else f.asOf = t.asOf;
      f.dateFrom = 'paragraph';
    } else if (t.period) {
      if (flow || t.change) f.period = t.period;
      else f.asOf = t.period.end;
      f.dateFrom = 'paragraph';
    } else if (t.year !== undefined) {
      // A column's year: the report period when it is that year, else the whole year.
      const y = String(t.year);
      const span = rp && rp.end.startsWith(y) ? { start: rp.start, end: rp.end } : { start: `${y}-01-01`, end: `${y}-12-31` };
      if (flow || t.change) f.period = span;
      else f.asOf = span.end;
      f.dateFrom = 'paragraph';
    } else if (when && when.end) {
      // A day in the caption ("tính đến 30/9/2025") ends a flow that began with the reported period (or the year).
      const dayOnly = when.start === when.end;
      const flowStart = dayOnly ? (rp && rp.start <= when.end && rp.end >= when.end ? rp.start : `${when.end.slice(0, 4)}-01-01`) : when.start;
      if (flow) f.period = { start: t.since && t.since <= when.end ? t.since : flowStart, end: when.end };
      else f.asOf = captionDay ? (captionDay.value as string) : when.end;
      f.dateFrom = 'paragraph';
    } else if (rp && !planSection) {
      if (flow) f.period = { start: rp.start, end: rp.end };
      else f.asOf = rp.end;
      f.dateFrom = 'report_period';
    }
    // "Bảng: Tình hình HTX nông nghiệp … | Huyện | …": a caption's sector holds for the rows by district too (a header
    // cell's, "Trong đó: HTX nông nghiệp", only for its column).
    if (tableSector && f.entity === 'cooperative' && f.sector === null && (f.place === null ? captionSector || !HEADER_PART.test(headKey) : (f.place.level === 'district' || f.place.level === 'commune') && captionSector)) {
      f.sector = tableSector.sector;
      f.sectorLabel = headText.slice(tableSector.start, tableSector.end);
    }
    out.push(f);
  }
  return out;
}

function classify(
  ctx: Ctx,
  s: Sentence,
  m: Mention,
  prevEnd: number,
  sFacts: DraftFact[],
  paraFacts: DraftFact[],
  inParens: boolean,
  next: Mention | null,
): Classified {
  const { key } = ctx;
  const clause = s.clauses.find((c) => c.start <= m.start && m.end <= c.end) ?? s;
  const before = key.slice(Math.max(clause.start, m.start - 60), m.start);
  const value = typeof m.value === 'number' ? m.value : NaN;
  if (!Number.isFinite(value)) return { reason: 'no numeric value' };

  // "nhà mình … thu được gần 90 triệu đồng từ 1,2 ha chè": one household speaking of its own, no statistic of the sector.
  if (/(?:nhà mình|nhà tôi|gia đình tôi|gia đình mình|của tôi|của mình|nhà (?:chị|anh|bà|ông|cô|chú)|gia đình (?:chị|anh|bà|ông))(?![\p{L}])/u.test(key.slice(s.start, m.start)))
    return { reason: 'a person or household speaking of its own figures' };

  // ---- relative quantities: shares, plan achievement, changes in percent or times
  const relative = relativeFact(ctx, s, clause, m, prevEnd, sFacts, paraFacts, before, value);
  if (relative) return relative;

  // "triển khai Quyết định số 461/QĐ-TTg … về phát triển 15.000 HTX": a figure of the document cited, not of the province.
  if (/(?:quyết định|nghị quyết|chỉ thị|đề án|chương trình)\s+(?:số\s+)?\d+[\d/\p{L}-]*[^,;.]{0,80}?\svề\s[^,;.]*$/u.test(key.slice(clause.start, m.start)))
    return { reason: 'a figure of the document cited ("Quyết định … về phát triển 15.000 HTX")' };

  // ---- a counted noun right after the number
  const afterStart = m.end;
  const restKey = key.slice(afterStart, Math.min(s.end, afterStart + 80)).replace(/^\s+/, '');
  const gap = key.slice(afterStart).length - key.slice(afterStart).trimStart().length;
  const nounStart = afterStart + gap;
  // "3 sao: 120 sản phẩm" in a sentence about OCOP: a bare "sản phẩm" is an OCOP product.
  const ocopBare =
    /^(?:sản phẩm|sp)(?![\p{L}])/u.exec(restKey) &&
    // "Hiện toàn tỉnh có 487 sản phẩm OCOP … Riêng 9 tháng, có thêm 54 sản phẩm được công nhận": the paragraph's products.
    // "… nâng tổng số sản phẩm OCOP lên 1.204 sản phẩm. Khu vực Hưng Yên (cũ) có 802 sản phẩm": right after the paragraph's
    // last count of products, the places' share of them.
    (/ocop|(?<![\p{L}])sao(?![\p{L}])/u.test(key.slice(s.start, s.end)) || (paraFacts.some((f) => f.entity === 'ocop_product') && /^(?:sản phẩm|sp) (?:được|đạt|mới)/u.test(restKey)) || (paraFacts[paraFacts.length - 1]?.entity === 'ocop_product' && paraFacts[paraFacts.length - 1]!.metric === 'count' && /(?:^|[\s,])có\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 12), m.start)) && /^(?:sản phẩm|sp)\s*(?:[,;.]|và(?![\p{L}])|$)/u.test(restKey))) &&
    !/^sản phẩm (?:của|do|chủ lực)/u.test(restKey) &&
    // "Các HTX trong tỉnh đã có 74 sản phẩm": products of the cooperatives, a subset the fields cannot name.
    // "hỗ trợ các HTX có thêm ít nhất 25 sản phẩm đạt chuẩn OCOP": more of them, likewise.
    !COOPS_OWN_BEFORE.test(key.slice(Math.max(s.start, m.start - 50), m.start));
  // "1.500 lượt cán bộ": the mention layer may already have taken "lượt" as the unit.
  // "nâng tổng số đơn vị thành viên của Liên minh lên 96 đơn vị": the bare classifier repeats the noun named before.
  // "Liên minh hiện có 198 đơn vị thành viên; từ năm 2016 đến nay đã kết nạp mới 41 đơn vị": across the semicolon too.
  // "…; kết nạp mới 9 đơn vị, tăng 6 đơn vị so với cuối năm 2023 (136 đơn vị)": or right after the units just counted.
  const lastUnits = sFacts[sFacts.length - 1];
  const memberUnitsBefore = /(?:đơn vị|tổ chức) (?:thành viên|tv)(?![\p{L}])/u.test(key.slice(Math.max(s.start, m.start - 80), m.start)) || (lastUnits?.entity === 'member_unit' && m.start - lastUnits.valueSpan.end < 50 && !/[;.]/u.test(key.slice(lastUnits.valueSpan.end, m.start)));
  // "Kết nạp 11 thành viên mới, nâng tổng số đơn vị thành viên LMHTX lên 186": the alliance's members are member units.
  const admitted = /kết nạp\s*(?:thêm\s*|được\s*|mới\s*)*$/u.test(key.slice(Math.max(clause.start, m.start - 20), m.start)) && /đơn vị thành viên|liên minh|lmhtx/u.test(key.slice(s.start, s.end));
  // "Liên minh kết nạp mới 9 đơn vị, nâng tổng số đơn vị thành viên lên 186": units admitted to the alliance.
  const unitsBack = (rest: string) => ((memberUnitsBefore || admitted) && /^đơn vị(?![\p{L}])(?! thành viên)/u.test(rest)) || (admitted && /^thành viên(?![\p{L}])(?! (?:htx|hợp tác xã|tổ hợp tác))/u.test(rest));
  // "nâng tổng số THT toàn tỉnh lên 1.118 tổ": a bare "tổ" repeats the cooperative groups named before.
  // "toàn tỉnh có 1.146 THT …. Trong đó, lĩnh vực nông, lâm nghiệp, thủy sản có 893 tổ": or the groups the sentence counted.
  const groupsBefore = /(?<![\p{L}])(?:tht|tổ hợp tác)(?![\p{L}])/u.test(key.slice(Math.max(clause.start, m.start - 80), m.start)) || (/^\s*trong đó(?![\p{L}])/u.test(key.slice(s.start, s.start + 12)) && [...paraFacts, ...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown)?.entity === 'cooperative_group');
  const groupsBack = (rest: string) => groupsBefore && /^tổ(?![\p{L}])(?! (?:viên|công tác|dân phố|chức|trưởng|hợp tác))/u.test(rest);
  // "So với cuối năm 2017 (có 481 HTX), số HTX tăng 31 đơn vị": the units counted are the cooperatives that rose.
  const coopsBack = (rest: string) => /^đơn vị(?![\p{L}])(?! thành viên)/u.test(rest) && /(?:^|[\s,;:])số (?:lượng\s+)?(?:htx|hợp tác xã)\s+(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 30), m.start));
  const nounOf = (rest: string) =>
    unitsBack(rest)
      ? { n: NOUNS.find((n) => n.id === 'noun.member_units')!, mm: /^(?:đơn vị|thành viên)/u.exec(rest) }
      : coopsBack(rest)
      ? { n: NOUNS.find((n) => n.id === 'noun.cooperative')!, mm: /^đơn vị/u.exec(rest) }
      : groupsBack(rest)
        ? { n: NOUNS.find((n) => n.id === 'noun.group')!, mm: /^tổ/u.exec(rest) }
        : NOUNS.map((n) => ({ n, mm: n.pattern.exec(rest) })).find((x) => x.mm);
  const noun = unitsBack(restKey)
    ? nounOf(restKey)
    : ocopBare && !NOUNS.find((n) => n.id === 'noun.ocop')!.pattern.test(restKey)
    ? { n: NOUNS.find((n) => n.id === 'noun.ocop')!, mm: /^(?:sản phẩm|sp)/u.exec(restKey) }
    : m.unit === 'lượt' && !/^(?:htx|hợp tác xã|tht|tổ hợp tác|doanh nghiệp|hộ)(?![\p{L}])/u.test(restKey)
      ? { n: NOUNS.find((n) => n.id === 'noun.participants_times')!, mm: /^(?:người|cán bộ|học viên|đại biểu|thành viên)?/u.exec(restKey) }
      : nounOf(restKey);
  let rejected: string | null = null;
  // "Số đơn vị thành viên tăng từ 118 lên 152 đơn vị": the earlier stock is counted by the noun after the later one.
  if (!noun && m.kind === 'number' && next?.kind === 'number' && /(?:tăng|giảm)\s+từ\s*$/u.test(before) && /^\s*(?:lên|xuống)\s*$/u.test(key.slice(m.end, next.start))) {
    const laterRest = key.slice(next.end, Math.min(s.end, next.end + 80));
    const laterStart = next.end + (laterRest.length - laterRest.trimStart().length);
    const later = nounOf(laterRest.trimStart());
    if (later && later.n.metric === 'count') {
      const r = countFact(ctx, s, clause, m, later.n, laterStart, laterStart + later.mm![0].length, prevEnd, sFacts, paraFacts, inParens, null);
      if (!('reason' in r)) return { fact: { ...r.fact, scope: 'existing', asOf: null, period: null, dateFrom: 'none', undated: true, breakdown: true, evidence: { start: r.fact.evidence.start, end: m.end } } };
    }
  }
  if (noun && (m.kind === 'number' || m.kind === 'ratio' || m.kind === 'range')) {
    const r = countFact(ctx, s, clause, m, noun.n, nounStart, nounStart + noun.mm![0].length, prevEnd, sFacts, paraFacts, inParens, next);
    // "Tổng số thành viên HTX 140.749 người": a bare "người" may still be the unit of a metric word before.
    if (!('reason' in r) || noun.n.metric !== 'participants') return r;
    rejected = r.reason;
  }

  // ---- "nâng tổng số đơn vị thành viên LMHTX lên 186", "đưa tổng số sản phẩm OCOP lên 238": the noun before "lên"
  if (!noun || (noun.n.metric === 'participants' && /^người/u.test(restKey))) {
    const raised = raisedCount(ctx, clause, m);
    if (raised) return raised;
  }
  // ---- a terse list item that prints the noun before the number ("HTX nông nghiệp 241", "QTDND 8")
  if (!noun) {
    const labelled = labelledCount(ctx, clause, m, prevEnd, sFacts);
    if (labelled) return labelled;
  }

  // ---- an amount after a metric keyword
  const unitNoun = /^\s*(?:người|lao động)(?![\p{L}])/u.exec(key.slice(m.end));
  // "vốn điều lệ 3.664 tỷ" with "đồng" left out: a scaled number after a money word is an amount of đồng.
  const scaledNumber = m.kind === 'number' && /(?:tỷ|tỉ|triệu)\s*$/u.test(key.slice(m.start, m.end)) && !/^\s*(?:usd|đô|euro)/u.test(key.slice(m.end, m.end + 6));
  const allowedKind = m.kind === 'range' ? (m.unit === 'VND' ? 'money' : m.unit === 'ha' || m.unit === 'm2' ? 'area' : 'number') : scaledNumber ? 'money' : m.kind;
  // "tổng nguồn vốn hoạt động của 19 Quỹ tín dụng nhân dân đạt 2.874 tỷ đồng": the count names whose amount it is.
  const ofCounted = /của\s+[\d.,]+\s+[\p{L}\s]{1,40}$/u.test(key.slice(clause.start, m.start));
  // "DT BQ 1 HTX ước 640 tr.đ": one cooperative is the unit of the average, not a figure the keyword stops at.
  const perOne = /(?:bq|bình quân|trung bình)\s+(?:1|một)\s+(?:htx|hợp tác xã)\s+(?:(?:ước|đạt|ước đạt|khoảng)\s+)?$/u.test(key.slice(clause.start, m.start));
  const kw = metricBefore(key, Math.max(clause.start, ofCounted || perOne ? 0 : prevEnd, m.start - 120), m.start, allowedKind);
  let metric: Metric | null = null;
  let rule = '';
  if (kw && kw.rule.kinds.includes(allowedKind as never)) {
    metric = kw.rule.metric;
    rule = kw.rule.id;
  } else if (allowedKind === 'area' && !(CHANGE_LEAD.test(before) && COMPARE.test(key.slice(m.end, clause.end)))) {
    // "diện tích 9.840 ha, tăng 610 ha so với cuối năm 2016": the second area is the change (below).
    metric = 'land_area';
    rule = 'metric.area_unit';
  }
  if (metric && (metric === 'members' || metric === 'workers') && !unitNoun) metric = null;
  // "bình quân ước 8,37 tỷ đồng doanh thu/HTX": the metric word between the amount and its unit of average.
  // The word is read by the metric table, as before an amount.
  const wordAfter = !metric && m.kind === 'money' ? /^\s*(doanh thu|lợi nhuận|lãi|vốn điều lệ|thu nhập)\s*\/\s*(?:htx|hợp tác xã|tht|người|thành viên|quỹ)(?![\p{L}])/u.exec(key.slice(m.end, m.end + 30)) : null;
  // "các HTX khu vực Hậu Giang (cũ) ước đạt 690 tỷ đồng doanh thu": or closing the clause, after a verb of reaching.
  const closing = !metric && !wordAfter && m.kind === 'money' && /(?:đạt|mang về|thu về)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(before) ? /^\s*(doanh thu|lợi nhuận)(?=\s*(?:[,;.]|$))/u.exec(key.slice(m.end, m.end + 30)) : null;
  const word = wordAfter ?? closing;
  const after = word ? metricBefore(key, m.end, m.end + word[0].indexOf(word[1]!) + word[1]!.length, 'money') : null;
  if (after) {
    metric = after.rule.metric;
    rule = wordAfter ? 'metric.word_after' : 'metric.word_closing';
  }
  // "vốn hoạt động 95 tỷ đồng, bình quân mỗi HTX 2,5 tỷ đồng": the average of the amount just stated.
  if (!metric && (m.kind === 'money' || m.kind === 'area') && /(?:bình quân|(?<![\p{L}])bq)\s+(?:mỗi|một|\/)?\s*(?:htx|hợp tác xã|tht|thành viên|người|quỹ)?\s*(?:ước\s+)?(?:đạt|là)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 40), m.start))) {
    const prev = lastAmount(sFacts, m.kind === 'money' ? 'VND' : 'ha');
    if (prev) {
      metric = prev.metric;
      rule = 'metric.average_of_previous';
    }
  }
  // "bình quân 1,9 tỷ đồng/HTX" after "vốn điều lệ …" two clauses back: same metric, per cooperative.
  if (!metric && m.kind === 'money' && /(?:^|\/)(?:htx|hợp tác xã|tht)(?:\/|$)/u.test(toneKey(m.per ?? '')) && /bình quân|trung bình|(?<![\p{L}])bq(?![\p{L}])/u.test(key.slice(Math.max(clause.start, m.start - 25), m.start))) {
    const prev = lastAmount(sFacts, 'VND');
    if (prev) {
      metric = prev.metric;
      rule = 'metric.average_of_previous';
    }
  }
  // "tăng từ 3,6 triệu đồng/người/tháng năm 2017 lên 4,9 triệu đồng/người/tháng", "3,6 triệu đồng (năm 2017 là 3,1
  // triệu đồng)", "trong khi năm 2013 mới ở mức 2,4 triệu đồng", "gấp 3,4 lần năm 2013 (114 tỷ đồng)": the same metric
  // as the figure before, at another time.
  if (!metric && m.kind === 'money' && SAME_METRIC_AGAIN.test(key.slice(Math.max(s.start, m.start - 120), m.start))) {
    const prev = lastAmount(sFacts, 'VND');
    if (prev) {
      metric = prev.metric;
      rule = 'metric.same_again';
    }
  }
  // "Năm 2023, doanh thu của HTX đạt 2,1 tỷ đồng; 11 tháng năm 2024 đạt 2,6 tỷ đồng": the same flow over another period.
  // "…; ước cả năm 2024 đạt xấp xỉ 900 tỷ đồng", "(quý I/2022 đạt 165,5 tỷ đồng)" likewise.
  if (!metric && m.kind === 'money' && /(?:;|\()\s*(?:ước(?: tính)?\s+)?(?:(?:\d{1,2}|sáu|chín) tháng(?: đầu)?(?: năm)?(?:\s+\d{4})?|(?:cả\s+)?năm\s+\d{4}|cả năm|quý\s+[ivx\d]+(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?)\s*,?\s*(?:ước(?: tính)?\s+)?(?:đạt|là)\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 50), m.start))) {
    const prev = lastAmount(sFacts, 'VND');
    if (prev && (prev.metric === 'revenue' || prev.metric === 'profit' || prev.metric === 'income') && prev.valueSpan.start >= s.start) {
      metric = prev.metric;
      rule = 'metric.same_again';
    }
  }
  // "…, ước đạt 5,6 triệu đồng/người/tháng; trong đó khu vực Gia Lai (cũ) đạt 5,9 triệu đồng/người/tháng, Bình Định (cũ) đạt
  // 5,3 triệu đồng/người/tháng": the same metric, place by place, in the same unit.
  // "…, trong đó các HTX sản xuất lúa ước đạt 141,2 tỷ đồng", "riêng khối HTX phi nông nghiệp đạt 6,9 triệu đồng/người/
  // tháng": so are the parts by group.
  if (!metric && m.kind === 'money' && (BY_PLACE_AGAIN.test(ctx.text.slice(Math.max(s.start, m.start - 60), m.start)) || BY_GROUP_AGAIN.test(key.slice(Math.max(s.start, m.start - 90), m.start)))) {
    // "… đạt trên 1.120 tỷ đồng, bình quân khoảng 36 tỷ đồng/HTX; các HTX xây dựng đạt 214 tỷ đồng": the last amount in the
    // same unit, past an average in between.
    const per = (t: string) => toneKey(t).split('/').slice(1).join('/');
    const prev = [...sFacts].reverse().find((f) => f.rule.startsWith('metric.') && f.unit === 'VND' && f.scope !== 'change' && per(ctx.text.slice(f.valueSpan.start, f.valueSpan.end)) === per(m.text));
    if (prev) {
      metric = prev.metric;
      rule = 'metric.same_by_part';
    }
  }
  // "… 2,27 tỷ đồng/HTX/năm, vẫn thấp hơn mức 2,6 tỷ đồng/HTX/năm của toàn khu vực HTX": the level compared with is
  // the same metric's average, of whatever "của" names after it (or before it: "mức bình quân chung của HTX nông
  // nghiệp toàn tỉnh (2,6 tỷ đồng/HTX)").
  let compared: { sector: Sector | null; label: string | null } | null = null;
  if (!metric && m.kind === 'money' && m.per && COMPARED_LEVEL.test(key.slice(Math.max(clause.start, m.start - 70), m.start))) {
    const prev = lastAmount(sFacts, 'VND', true);
    // The figure compared may itself be no fact ("doanh thu bình quân của nhóm HTX này … thấp hơn mức …"): its word.
    const word = prev ? null : metricBefore(key, s.start, m.start, 'money');
    if (prev || word) {
      metric = prev?.metric ?? word!.rule.metric;
      rule = 'metric.compared_level';
      const owner = /^\s*\)?\s*của\s+((?:toàn\s+)?(?:khu vực\s+)?(?:các\s+)?(?:htx|hợp tác xã)[^,;.()]{0,30})/u.exec(key.slice(m.end, m.end + 50)) ?? /của\s+((?:toàn\s+)?(?:khu vực\s+)?(?:các\s+)?(?:htx|hợp tác xã)[^,;.()\d]{0,30})\(?\s*$/u.exec(key.slice(Math.max(clause.start, m.start - 60), m.start));
      const at = owner ? key.indexOf(owner[1]!, owner.index) : -1;
      const label = owner && at >= 0 ? sectorAfterNoun(key, at, at + owner[1]!.length) : null;
      compared = { sector: label?.sector ?? null, label: label ? ctx.text.slice(label.start, label.end) : null };
    }
  }
  // "Thu nhập bình quân của người lao động tăng 8,5%, tương đương khoảng 5,1 triệu đồng/người/tháng": the level the
  // metric that rose has reached.
  if (!metric && m.kind === 'money' && /(?:,|\()\s*tương đương(?:\s+với)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 30), m.start))) {
    const rise = sFacts[sFacts.length - 1];
    if (rise && rise.scope === 'change' && rise.unit === 'percent' && rise.refMetric && ['income', 'revenue', 'profit'].includes(rise.refMetric) && m.start - rise.valueSpan.end < 35) {
      metric = rise.refMetric;
      rule = 'metric.equivalent_level';
    }
  }
  // "Tổng doanh thu … ước đạt 1.415 tỷ đồng, bằng 47,2% kế hoạch năm (kế hoạch 3.000 tỷ đồng)": the plan the share
  // achieved was of, a target of the amount's metric, as for counts (noun.plan_in_brackets).
  if (!metric && m.kind === 'money') {
    const result = [...sFacts].reverse().find((f) => f.unit === 'VND' && f.status !== 'target' && f.scope !== 'change' && f.valueSpan.end <= m.start);
    if (result && m.start - result.valueSpan.end < 90 && PLAN_AFTER_SHARE.test(key.slice(Math.max(result.valueSpan.end, m.start - 90), m.start))) {
      return { fact: { ...derive(ctx, s, m, result, { metric: result.metric, refMetric: null, unit: 'VND', rule: 'metric.plan_in_brackets', evidenceStart: m.start }), status: 'target' } };
    }
  }
  if (!metric) {
    // "Số thành viên là 23.650 người, tăng 1.180 người so với năm 2019": people after a count of people.
    const people = m.kind === 'number' && unitNoun && !/lên\s*$/u.test(before);
    if (CHANGE_LEAD.test(before) && (m.kind === 'money' || m.kind === 'area' || people) && OTHER_GROUP.test(key.slice(m.end, Math.min(clause.end, m.end + 60)).replace(/^\s*(?:đồng|triệu đồng|tỷ đồng|ha|người)(?:\/[\p{L}]+)*/u, '')))
      return { reason: 'compared with another group, not another time: no change' };
    if (CHANGE_LEAD.test(before) && (m.kind === 'money' || m.kind === 'area' || people)) {
      // "386.540 người (trong đó thành viên Quỹ tín dụng nhân dân 71.320 người), giảm 9.815 người": a part in brackets
      // closed before the change is not what changed.
      const inClosedBracket = (f: DraftFact): boolean => key.lastIndexOf('(', f.valueSpan.start) > key.lastIndexOf(')', f.valueSpan.start) && key.slice(f.valueSpan.end, m.start).includes(')');
      const target = [...sFacts].reverse().find((f) => f.unit === (m.kind === 'money' ? 'VND' : m.kind === 'area' ? 'ha' : 'person') && f.scope !== 'change' && !inClosedBracket(f));
      // "… có 126 HTX, tăng 38 HTX so với năm 2010 (88 HTX); tổng số xã viên 41.350 người, tăng 9.870 người": a bare rise
      // right after a figure, in a sentence that has just named what it compares with, is against the same point.
      const carried = !!target && target.valueSpan.end > m.start - 40 && /,\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 12), m.start)) && sFacts.some((f) => f.valueSpan.end < target.valueSpan.start && namesComparison(key, f));
      // "giảm 31,2% so với cùng kỳ năm 2019, tương ứng giảm khoảng 180 tỷ đồng": the same change, in money.
      const pctBefore = sFacts[sFacts.length - 1];
      const equivalent = !!target && !!pctBefore && pctBefore.scope === 'change' && pctBefore.unit === 'percent' && pctBefore.refMetric === target.metric && m.start - pctBefore.valueSpan.end < 90 && /^(?:[^.;\d]|(?<!\d)(?:19|20)\d{2}(?!\d))*,\s*(?:tương ứng|tương đương)(?:\s+với)?\s+(?:tăng|giảm)(?:\s+thêm)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(pctBefore.valueSpan.end, m.start));
      if (target && (COMPARE.test(key.slice(m.end, clause.end)) || /cao hơn/u.test(before) || carried || equivalent)) {
        return {
          fact: derive(ctx, s, m, target, {
            metric: target.metric,
            refMetric: null,
            unit: target.unit,
            scope: 'change',
            rule: 'fact.change.amount',
            sign: FALL.test(before.slice(-12)) ? -1 : 1,
            evidenceStart: target.evidence.start,
          }),
        };
      }
    }
    return { reason: rejected ?? (m.kind === 'money' ? 'amount with no metric word (vốn, doanh thu, …)' : 'no counted noun or metric word') };
  }
  if (/(?:một số|nhiều|một vài|hầu hết|phần lớn|đa số|có)\s+(?:các\s+)?(?:htx|hợp tác xã|tht|tổ hợp tác)[^,;]{0,40}$/u.test(key.slice(clause.start, kw ? kw.start : m.start)) && /một số|nhiều|một vài|hầu hết|phần lớn|đa số/u.test(key.slice(clause.start, m.start)))
    return { reason: 'figure of an undefined subset ("một số HTX")' };
  // "HTX có 52 thành viên, tăng 10 người": a bare rise after another figure of the metric, with nothing compared, is
  // neither a stock nor a change the fields can date.
  if (rule.startsWith('metric.') && CHANGE_LEAD.test(before) && sFacts.some((f) => f.metric === metric && f.scope !== 'change' && f.valueSpan.end <= m.start && m.start - f.valueSpan.end < 40) && /,\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 12), m.start)))
    return { reason: 'a rise after a figure with no point compared with' };
  // "tổng diện tích sản xuất 4.210 ha, trong đó diện tích nhà kính, nhà lưới khoảng 1.380 ha": the part too.
  const lastLand = [...sFacts].reverse().find((f) => f.metric === 'land_area');
  // "… 185 ha sầu riêng; trong đó 120 ha đạt chứng nhận VietGAP và 60 ha được cấp mã số": the parts go on.
  if (metric === 'land_area' && (/trong đó\s*(?:có\s*)?(?:hơn|khoảng|gần|trên)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 20), m.start)) || /trong đó\s+(?:có\s+)?(?:tổng\s+)?diện tích[^;.\d]{0,50}$/u.test(key.slice(s.start, m.start)) || (lastLand && /(?:^|[\s,;])trong đó[^.]*$/u.test(key.slice(Math.max(s.start, lastLand.valueSpan.end), m.start)) && (/(?:,|và)\s*(?:(?:hơn|khoảng|gần|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 12), m.start)) || /trong đó\s+[^;.\d]{1,40}?\s(?:chiếm|là|có|đạt)\s*(?:(?:hơn|khoảng|gần|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 60), m.start))))))
    return { reason: 'part of an area ("trong đó 3 ha …") that the fields cannot name' };
  // "Đắk Nông hiện có khoảng 139.000 ha cà phê": an area with no metric word in a clause that names no
  // cooperative is the province's or the crop's, not the cooperatives'.
  if (metric === 'land_area' && rule === 'metric.area_unit' && !/(?<![\p{L}])(?:htx|hợp tác xã|tht|tổ hợp tác|tổ|liên hiệp|thành viên)(?![\p{L}])/u.test(key.slice(s.start, m.start)))
    return { reason: 'an area in a sentence that names no cooperative' };
  // "Suất đầu tư một ha …", "trên mỗi ha": a unit of measure, not an area.
  if (metric === 'land_area' && m.value === 1 && /(?:suất|mỗi|trên|cho|bình quân|đầu tư)\s*(?:đầu tư\s*)?(?:mỗi\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 20), m.start)))
    return { reason: 'one hectare as a unit of measure ("suất đầu tư một ha")' };
  // "Trong đó, dừa 4.275 ha, cây ăn trái 1.985 ha": the area by crop, parts the fields cannot name.
  // "… khoảng 71.200 ha. Trong đó, diện tích trồng lúa 63.450 ha; diện tích nuôi trồng thủy sản 2.630 ha" too, after the whole.
  if (metric === 'land_area' && /^\s*trong đó[\s,:]/u.test(key.slice(s.start, s.end)) && (rule === 'metric.area_unit' || [...paraFacts, ...sFacts].some((f) => f.metric === 'land_area' && f.unit === 'ha')))
    return { reason: 'area of one crop inside a total area, a part the fields cannot name' };
  // "Xã mới có diện tích tự nhiên 41,6 km2", "với diện tích toàn tỉnh hơn 31.000 ha": the land of a place, not the cooperatives'.
  // "(cả tỉnh hiện có khoảng 33.000 ha thanh long)", "Cây dừa là thế mạnh của các huyện …, với tổng diện tích trên 20.000 ha".
  const placeLand = /(?:toàn|cả|của) (?:tỉnh|huyện|xã)(?![\p{L}])/u.test(key.slice(kw?.start ?? m.start, m.start)) || /(?<![\p{L}])(?:tỉnh|huyện|thị xã|xã|địa phương)\s+(?:hiện\s+)?có\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(clause.start, kw?.start ?? m.start)) || (/(?:của|ở|tại) (?:các )?(?:tỉnh|huyện|xã)(?![\p{L}])/u.test(key.slice(s.start, kw?.start ?? m.start)) && !/(?<![\p{L}])(?:htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.test(key.slice(s.start, m.start)));
  if (metric === 'land_area' && (/diện tích tự nhiên/u.test(key.slice(Math.max(clause.start, (kw?.start ?? m.start) - 10), m.start)) || (placeLand && !/(?<![\p{L}])(?:htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.test(key.slice(Math.max(s.start, (kw?.start ?? m.start) - 30), m.start)))))
    return { reason: 'the land of a place (its natural area, the province\'s crop), not the cooperatives\'' };
  // "thu nhập bình quân đầu người của xã Chân Lý đạt 54 triệu đồng": income per head of a place, not of members.
  if (metric === 'income' && /thu nhập\s+(?:bình quân\s+)?đầu người/u.test(key.slice(Math.max(clause.start, m.start - 80), m.start)))
    return { reason: 'income per head of a place, not of cooperative members' };
  // "… HTX có quy mô trên 100 ha", "HTX có diện tích dưới 20 ha": a size class, not an area.
  const sizeLead = key.slice(Math.max(clause.start, m.start - 40), m.start);
  if (metric === 'land_area' && /(?:htx|hợp tác xã)\s+(?:có\s+)?(?:quy mô|diện tích)\s*(?:(?:trên|dưới|từ|hơn|chưa đến)\s*)?$/u.test(sizeLead) && (m.qualifier || /(?:trên|dưới|từ|hơn|chưa đến)\s*$/u.test(sizeLead)))
    return { reason: 'a size class of cooperatives ("quy mô trên 100 ha"), not an area' };
  // Land the text names as something else than the area the cooperatives farm: one table, read before the figure
  // or its metric word.
  if (metric === 'land_area')
    for (const rule of NOT_THEIR_LAND) {
      if (rule.before === 'between') {
        if (kw && rule.pattern.test(key.slice(kw.start, m.start))) return { reason: rule.reason };
        continue;
      }
      const anchor = rule.before === 'figure' ? m.start : (kw?.start ?? m.start);
      if (rule.pattern.test(key.slice(Math.max(clause.start, anchor - 70), anchor))) return { reason: rule.reason };
    }
  const r = amountFact(ctx, s, clause, m, metric, rule, kw?.start ?? m.start, prevEnd, sFacts, paraFacts, unitNoun ? m.end + unitNoun[0].length : m.end);
  // "315 ha hồ tiêu đạt tiêu chuẩn VietGAP, hữu cơ", "640 ha hồ tiêu đạt chứng nhận hữu cơ": the certified part of all
  // the cooperatives' land. A named cooperative's certified land ("1.240 ha tôm - rừng đạt chứng nhận hữu cơ") is all
  // it farms.
  if (metric === 'land_area' && 'fact' in r && r.fact.place?.level !== 'cooperative' && /^\s*(?:[\p{L} –-]{0,25}?\s)?(?:đã\s+)?(?:được cấp|được|đạt)\s+(?:chứng nhận|tiêu chuẩn)(?![\p{L}])/u.test(key.slice(m.end, m.end + 50)))
    return { reason: 'area of land with a property (certified, linked) the fact fields cannot carry' };
  if (compared && 'fact' in r) {
    r.fact.sector = compared.sector;
    r.fact.sectorLabel = compared.label;
    r.fact.statistic = 'average';
    r.fact.place = null;
  }
  return r;
}

/** The sentence's last amount read after a metric word, in `unit` (an average only, if asked). */
function lastAmount(sFacts: DraftFact[], unit: 'VND' | 'ha', average = false): DraftFact | undefined {
  return [...sFacts].reverse().find((f) => f.rule.startsWith('metric.') && f.unit === unit && (!average || f.statistic === 'average'));
}

/** The second value of one metric: "tăng từ … lên", "(năm 2017 là …)", "trong khi năm 2013 mới ở mức". */
const SAME_METRIC_AGAIN = /(?:(?:so với|so cùng kỳ|gấp[^;()]{0,15}?(?:lần|đôi|rưỡi))\s+(?:cuối\s+|đầu\s+)?năm\s+\d{4}\s*\(\s*|(?:tăng|giảm)\s+từ\s+\d[^;]{0,90}?\s(?:lên|xuống)\s*(?:mức\s*)?|\(\s*(?:năm\s+\d{4}|cuối năm\s+\d{4}|cùng kỳ(?:\s+năm\s+\d{4})?)\s*(?:là|:)\s*|\(\s*cùng kỳ\s+|(?:năm\s+\d{4}|trước đây|trước đó)\s+(?:mới|chỉ)?\s*(?:ở\s+)?mức\s*|(?:trong khi|còn)\s+(?:năm\s+\d{4}|trước đây|trước đó)\s+(?:(?:mới|chỉ)(?:\s+(?:đạt|có))?|là|đạt)\s*)(?:(?:khoảng|gần|hơn|trên)\s*)?$/u;

/** "trong đó khu vực Gia Lai (cũ) đạt", ", Bình Định (cũ) đạt", "riêng huyện Mỹ Xuyên là": a place before an amount of a list. */
/** "trong đó các HTX sản xuất lúa ước đạt", "riêng khối HTX phi nông nghiệp đạt", "nhóm HTX phi nông nghiệp (…) đạt". */
const BY_GROUP_AGAIN = /(?:trong đó|riêng|[,;])\s*(?:(?:các|nhóm|khối)\s+)*(?:htx|hợp tác xã)\s+[^,;.\d]{2,60}?\s*(?:ước\s+)?(?:đạt|là)\s*(?:khoảng|gần|hơn|trên|xấp xỉ)?\s*$/u;
// "…; khu vực Vĩnh Long (cũ) ước đạt 276 tỷ đồng …; Trà Vinh (cũ) ước 198 tỷ đồng", "khu vực Bắc Kạn (cũ) mới đạt khoảng
// 1,7 tỷ đồng/HTX/năm": an estimate or a "mới/chỉ" may stand before the verb.
// "…, ước đạt 5,6 tỷ đồng/HTX; khu vực tỉnh Hòa Bình (cũ) thấp nhất, ước đạt 2,7 tỷ đồng/HTX": a place ranked first or last.
const BY_PLACE_AGAIN = /(?:trong đó|riêng|[,;])\s*(?:(?:khu vực|địa bàn)\s+)?(?:(?:huyện|thị xã|thành phố|tỉnh)\s+)?\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3}\s*(?:\(cũ\)|cũ)?\s*(?:(?:cao|thấp) nhất\s*,?\s*)?(?:ước(?:\s+(?:đạt|là))?|(?:(?:mới|chỉ|cũng)\s+)?(?:đạt|là|có)|:)?\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/** "thấp hơn mức", "so với mức bình quân chung của …": a level the figure before is compared with. */
const COMPARED_LEVEL = /(?:hơn|bằng|so với|với|vượt|lần)\s+mức\s*(?:bình quân\s*)?(?:chung\s*)?(?:của[^,;.\d]{0,40}?)?(?:toàn tỉnh\s*)?(?:là\s*)?\(?\s*$/u;

/**
 * Where a fact whose own clause named no place stands, read from its context, in this order: the named cooperative
 * the text has just spoken of (and what its people earn), the cooperative a bare "HTX" subject means, one class of a
 * list of courses held in a district, the sentence's own place words, a paragraph that opened on a former province,
 * "khu vực này" and an unnamed "huyện", a section headed by a cooperative, a group of places, a section headed by a
 * former province. A sentence about the whole province stops the carrying.
 */
function placeFromContext(
  ctx: Ctx,
  p: Paragraph,
  s: Sentence,
  f: DraftFact,
  scope: { facts: DraftFact[]; paraFacts: DraftFact[]; sFacts: DraftFact[]; sectionCoop: { place: Place; entity: Entity } | null; sectionFormer: { place: Place; formerProvince: string } | null },
): void {
  const { key, text } = ctx;
  const { facts, paraFacts, sFacts, sectionCoop, sectionFormer } = scope;
  // "gồm 11 HTX thuộc khu vực Quảng Bình (cũ) và 14 HTX thuộc khu vực Quảng Trị (cũ)", "3 HTX ở huyện Đông Hải": the place
  // printed right after the counted noun is the count's own, whatever the sentence named before.
  if (f.metric === 'count' && COOPERATIVE_FAMILY.has(f.entity)) {
    const tail = text.slice(f.valueSpan.end, Math.min(s.end, f.valueSpan.end + 80));
    const after = PLACE_AFTER_COUNT.exec(tail);
    // "2 HTX ở huyện Tiên Phước và Hiệp Đức": several places, of no one level the fields can name.
    if (after && !/^\s*(?:,|và)\s*\p{Lu}/u.test(tail.slice(after[0].length))) {
      const row = after[1] ? null : lookupProvince(after[3]!);
      if (after[4] && row) {
        f.place = { level: 'former_province', name: after[0].replace(/^.*?(?:thuộc|ở|tại)\s+/u, '').trim() };
        f.formerProvince = row.code;
        return;
      }
      if (after[1] && !lookupProvince(after[3]!)) {
        f.place = { level: /^(?:xã|phường|thị trấn)$/iu.test(after[1]) ? 'commune' : 'district', name: `${after[1]} ${after[3]}` };
        return;
      }
    }
    // "11 HTX ở khu vực miền núi", "392 THT ở vùng đồng bào Khmer": a region named by where it lies, no administrative level.
    const region = REGION_AFTER_COUNT.exec(tail);
    // "… tại các huyện miền núi Quỳ Châu, Con Cuông": several named places, of no one level the fields can name.
    if (region && !/^\s*(?:(?:,|và)\s*)?(?:\p{Lu}|khu vực|vùng)/u.test(tail.slice(region[0].length))) {
      f.place = { level: 'other', name: region[1]! };
      return;
    }
  }
  // A paragraph about a former province ("Tỉnh Gia Lai (cũ) có 510 HTX. 6 tháng đầu năm thành lập mới 26 HTX")
  // keeps speaking of it until a sentence says "toàn tỉnh".
  // A figure with no subject of its own, right after sentences about one named cooperative, is still about it.
  const lastPlaced = [...paraFacts].reverse()[0];
  // "Doanh thu 6 tháng … của HTX ước đạt 14 tỷ đồng": a bare singular "của HTX" is the cooperative just named too.
  const bareOf = f.explicit && !f.sector && /(?<![\p{L}])của\s+(?:htx|hợp tác xã)(?=\s+(?:đạt|ước|trong|năm|là|tăng|giảm|khoảng|hơn|gần|trên|\d)|[\s,;:]*$)/u.test(key.slice(Math.max(s.start, f.valueSpan.start - 80), f.valueSpan.start));
  // "xã Đại Bái hiện có 4 HTX …. Trong đó, HTX Đúc đồng … có 35 thành viên …. Thu nhập bình quân của người lao động đạt
  // 6,5 triệu đồng": what people earn, after the named cooperative, is its own, not the place's an earlier sentence named.
  const placeOfEarlier = f.metric === 'income' && f.place !== null && f.place.level !== 'cooperative' && !key.slice(s.start, s.end).includes(toneKey(f.place.name).replace(/^(?:huyện|xã|thị xã|thành phố|phường|thị trấn)\s+/u, ''));
  if ((!f.place || placeOfEarlier) && (!f.explicit || bareOf || placeOfEarlier) && lastPlaced?.place?.level === 'cooperative' && !MANY_COOPERATIVES.test(key.slice(s.start, s.end))) {
    f.place = lastPlaced.place;
    // A named group's figures are the group's ("Tổ hợp tác … Phú Tâm … thu nhập bình quân của tổ viên").
    f.entity = lastPlaced.entity === 'cooperative_union' || lastPlaced.entity === 'cooperative_group' ? lastPlaced.entity : 'cooperative';
    f.sector = lastPlaced.sector;
    f.sectorLabel = lastPlaced.sectorLabel;
  }
  // "HTX Dịch vụ du lịch Sen Vàng (xã Ninh Hải). Với 312 thành viên …, năm 2020 HTX vẫn đón …": a sentence whose
  // subject is a bare singular "HTX" speaks, all of it, of the cooperative the text has just named.
  if (!f.place && COOPERATIVE_FAMILY.has(f.entity)) {
    const focus = focusCooperative(ctx, s);
    if (focus) {
      f.place = focus.place;
      if (f.entity === 'cooperative') f.entity = focus.entity;
      // A named people's credit fund is a cooperative of the credit sector.
      if (/^(?:quỹ|qtdnd)/iu.test(focus.place.name) && f.entity === 'cooperative') {
        f.sector = 'credit';
        f.sectorLabel = focus.place.name.split(/\s+/u).slice(0, /^qtdnd/iu.test(focus.place.name) ? 1 : 4).join(' ');
      }
    }
  }
  // Courses and the alliance's member units belong to no place the text names …
  const placeable = f.entity !== 'training_course' && f.entity !== 'member_unit';
  // … except one class of a list, held in a district ("Lớp kế toán HTX tại huyện Văn Bàn (ngày 02 - 03/3/2021): 60
  // học viên"): a part of the courses counted, which must not pass for the province's.
  if (f.entity === 'training_course' && !f.place) {
    const one = /^\s*(?:[-–•+*]\s*)?[Ll]ớp\s[^;:.]{0,80}?\s(?:tại|ở)\s+((?:huyện|thị xã|thành phố|TP\.?|xã|phường|thị trấn)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})/u.exec(text.slice(Math.max(s.start, text.lastIndexOf(';', f.valueSpan.start) + 1, text.lastIndexOf('\n', f.valueSpan.start) + 1), f.valueSpan.start));
    if (one) f.place = { level: /^(?:xã|phường|thị trấn)/u.test(one[1]!) ? 'commune' : 'district', name: one[1]! };
  }
  // "… chiếm 23,7% tổng số HTX toàn tỉnh": the province as the whole a share is of says nothing of whose figures these are.
  // "9 huyện miền núi có 187 HTX …; …, trong khi mức bình quân chung của toàn tỉnh là 221 thành viên/HTX": the province
  // named in a later clause, to compare, leaves this clause's place alone, and so does a share of the whole ("chiếm 57,9%
  // số HTX thành lập mới của toàn tỉnh").
  const clauseEnd = key.indexOf(';', f.valueSpan.end);
  const wholeProvince = /toàn tỉnh|cả tỉnh|tỉnh mới|toàn thành phố|sau sáp nhập|sau hợp nhất/u.test(withoutShareOfWhole(key.slice(s.start, clauseEnd >= 0 && clauseEnd < s.end ? clauseEnd : s.end)));
  if (!f.place && !wholeProvince && placeable) {
    const local = localPlace(ctx, p, s, f.valueSpan.start, sFacts);
    if (local) {
      f.place = local.place;
      f.formerProvince = local.formerProvince;
    }
  }
  const former = !f.place && !wholeProvince ? paragraphFormer(key, p, s, f, paraFacts, sFacts) : undefined;
  if (former) {
    f.place = former.place;
    f.formerProvince = former.formerProvince;
  }
  // "Huyện Gio Linh có 57 HTX, thu hút 6.120 thành viên. Doanh thu 9 tháng của các HTX trên địa bàn đạt 94 tỷ đồng": a
  // paragraph that opens on a district's own count speaks of it, until it names another place, a cooperative or the
  // whole province.
  if (!f.place && !wholeProvince && placeable && COOPERATIVE_FAMILY.has(f.entity)) {
    const opener = paraFacts[0] ?? sFacts[0];
    const sinceOpener = opener ? key.slice(opener.valueSpan.end, f.valueSpan.start) : '';
    if (opener?.place && (opener.place.level === 'district' || opener.place.level === 'commune') && opener.metric === 'count' && opener.placeAt !== undefined && opener.placeAt - p.start < 5 && !/(?<![\p{L}])(?:huyện|thị xã|thành phố|tp\.?|quận|xã|phường|thị trấn|tỉnh|khu vực|địa bàn\s+\p{L}+\s+\p{L}+)\s+\p{L}/u.test(sinceOpener.replace(/trên địa bàn(?!\s+(?:huyện|xã|thị xã|thành phố|tỉnh|quận)\s)/gu, '')) && !NAMED_COOPERATIVE_WORD.test(text.slice(opener.valueSpan.end, f.valueSpan.start)))
      f.place = opener.place;
  }
  // "Doanh thu bình quân của HTX khu vực này …": the area the text has just spoken of.
  // "Toàn huyện hiện có 31 HTX … tổng doanh thu của các HTX trên địa bàn huyện đạt …": an unnamed "huyện" is the district
  // the paragraph has just spoken of.
  // "Tại thành phố Dĩ An … Doanh thu 9 tháng của các HTX trên địa bàn thành phố …": so is a district-level town or city
  // the text has just named so.
  const unnamedLevel = /(?:trên địa bàn|toàn|của) (huyện|thị xã|thành phố)(?!\s*\p{Lu})(?![\p{L}])/u.exec(text.slice(s.start, s.end))?.[1];
  const thisDistrict = !!unnamedLevel;
  if (!f.place && (thisDistrict || /(?:khu vực|địa bàn|tỉnh|huyện) này(?![\p{L}])/u.test(key.slice(s.start, s.end)))) {
    const back = [...facts, ...paraFacts, ...sFacts].reverse().find((x) => x.place && (x.place.level === 'former_province' || x.place.level === 'district') && (!thisDistrict || (x.place.level === 'district' && (unnamedLevel === 'huyện' || x.place.name.toLowerCase().startsWith(unnamedLevel!)))));
    if (back) {
      f.place = back.place;
      f.formerProvince = back.formerProvince;
    }
  }
  if (!f.place && sectionCoop && !wholeProvince && !/(?<![\p{L}])(?:các|số|toàn|tổng số)\s+(?:htx|hợp tác xã)(?![\p{L}])|toàn (?:tỉnh|huyện|xã)/u.test(key.slice(s.start, f.valueSpan.start)) && placeable) {
    f.place = sectionCoop.place;
    if (f.entity === 'cooperative' || f.entity === 'cooperative_union' || f.entity === 'cooperative_group') {
      f.entity = sectionCoop.entity;
      f.sector = null;
      f.sectorLabel = null;
    }
  }
  if (!wholeProvince && placeable && f.place?.level !== 'cooperative') {
    const group = placeGroup(ctx, s, f.valueSpan.start);
    // "huyện Văn Chấn 4 HTX, các địa phương còn lại từ 1 - 2 HTX": a group right before the figure outranks a place named earlier.
    const groupAt = group ? key.lastIndexOf(toneKey(group.name), f.valueSpan.start) : -1;
    // "… tập trung ở khu vực nội thành: quận Lê Chân 14 HTX": a place named after the group is one of its members.
    const ownAfter = f.place !== null && key.lastIndexOf(toneKey(f.place.name), f.valueSpan.start) > groupAt;
    if (group && (!f.place || (groupAt >= 0 && !ownAfter && !/\d/u.test(key.slice(groupAt, f.valueSpan.start))))) f.place = group;
  }
  if (!f.place && sectionFormer && !wholeProvince) {
    f.place = sectionFormer.place;
    f.formerProvince = sectionFormer.formerProvince;
  }
}
