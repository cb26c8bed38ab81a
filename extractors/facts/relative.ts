// Figures that relate to another figure: shares, plan achievements, changes.
import type { Entity, Mention } from '../../schemas/records.js';
import { type Sentence, type Span } from './segment.js';
import { lastBlockSector, placeBefore, subjectPhrase } from './subject.js';
import { readSector, sectorAfterNoun } from './sector.js';
import { toneKey } from '../normalize.js';
import { lookupProvince } from '../provinces.js';
import { ACHIEVE_LEAD, AVERAGE, OTHER_GROUP, CHANGE_LEAD, COMPARE, FALL, PLAN_ACHIEVEMENT, RATINGS, SHARE_LEAD } from './vocab.js';
import { blankFact, type Classified, type Ctx, derive, type DraftFact, evidenceStart, lastFact, lastSeparator, metricBefore, planAnchor, namesComparison, refMetricAfter } from './draft.js';


/** Where the noun phrase after a figure ends: at the next figure or punctuation. */
function phraseEnd(key: string, from: number, limit: number): number {
  // "ít nhất 25% số HTX xếp loại tốt, giảm tỷ lệ HTX yếu …": a comma and a verb open the next clause.
  const stop = /[\d;.()]|,\s*(?:giảm|tăng|nâng|đưa|phấn đấu|đạt)(?![\p{L}])/u.exec(key.slice(from, Math.min(limit, from + 60)));
  return stop ? from + stop.index : Math.min(limit, from + 60);
}

/**
 * Shares, plan achievements and changes in percent or times: a percentage or a multiple that
 * relates to another figure (the one before it, or the subject the clause names).
 */
// "tỷ lệ này năm 2013 chỉ khoảng", "Tỷ lệ này ở khu vực Thái Nguyên (cũ) là": the same share, at another time or place.
const PLACE_OF_SHARE = String.raw`(?:(?:ở|tại|của)\s+(?:khu vực|huyện|thị xã|thành phố|tỉnh|xã)?\s*[^,;.\d()]{2,30}?(?:\s*\(cũ\)|\s+cũ)?\s+)?`;
const SAME_SHARE = new RegExp(String.raw`tỷ lệ (?:này|đó|trên)\s+(?:(?:vào\s+)?(?:cuối\s+)?năm\s+\d{4}\s+)?` + PLACE_OF_SHARE + String.raw`(?:(?:mới|chỉ|là|đạt|ở mức|vào khoảng)\s*)*(?:(?:khoảng|gần|hơn|trên)\s*)?$`, 'u');
// "…, ở khu vực Bắc Kạn (cũ) là 58,9%": the next place of that list.
const SAME_SHARE_NEXT_PLACE = /^\s*,\s*(?:ở|tại)\s+(?:khu vực|huyện|thị xã|thành phố|tỉnh|xã)\s+[^,;.\d()]{2,30}?(?:\s*\(cũ\)|\s+cũ)?\s+là\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u;

export function relativeFact(
  ctx: Ctx,
  s: Sentence,
  clause: Span,
  m: Mention,
  prevEnd: number,
  sFacts: DraftFact[],
  paraFacts: DraftFact[],
  before: string,
  value: number,
): Classified | null {
  const { key } = ctx;
  const isPercent = m.kind === 'percent' || (m.kind === 'number' && SHARE_LEAD.test(before) && value < 100 && !Number.isInteger(value));
  if (!(isPercent || m.kind === 'multiple')) return null;
  const after = key.slice(m.end, Math.min(clause.end, m.end + 40));
  // A plan in brackets after a result ("…, bằng 47,2% kế hoạch năm (kế hoạch 3.000 tỷ đồng), tăng 8,6%") is an aside: what
  // changes is the result.
  const anchor = lastFact(sFacts.filter((f) => !planAside(f))) ?? null;
  // "thu nhập bình quân của thành viên HTX là đồng bào Khmer tăng 1,5 lần": the income of the members of one people.
  if ((isPercent || m.kind === 'multiple') && /thành viên (?:(?:htx|hợp tác xã)\s+)?là (?:đồng bào|người (?:dân tộc|khmer|mông|thái|dao)|phụ nữ|nữ|thanh niên)[^;.\d]{0,40}$/u.test(key.slice(Math.max(clause.start, m.start - 80), m.start)))
    return { reason: 'income of a subset of the members the fields cannot name' };
  // "tổng nguồn vốn … đạt 3.418 tỷ đồng, tăng 5,2% …; tổng dư nợ cho vay 2.965 tỷ đồng, tăng 6,8%": the rise right after
  // an amount that is no fact (loans) is that amount's, not the fact's before it.
  if ((isPercent || m.kind === 'multiple') && anchor && CHANGE_LEAD.test(before) && ctx.mentions.some((x) => (x.kind === 'money' || x.kind === 'area') && x.start > anchor.valueSpan.end && x.end <= m.start && x.start >= s.start && m.start - x.end < 25 && !sFacts.some((f) => f.mention === x)))
    return { reason: 'a rise of an amount that is no fact (loans, prices) between it and the fact before' };
  // "tăng 2.915 thành viên (tương đương 1,58%)", "tăng 826 tỷ đồng (+9,95%)": the same change in percent of the metric.
  if (m.kind === 'percent' && anchor && anchor.scope === 'change' && anchor.unit !== 'percent' && anchor.unit !== 'times' && ((/^[^()\d;]{0,25}\(\s*(?:tương đương|tương ứng|bằng)?\s*(?:tăng|giảm)?\s*[+−–-]?\s*$/u.test(key.slice(anchor.valueSpan.end, m.start)) && /^\s*\)/u.test(key.slice(m.end, m.end + 3))) || /^[^()\d;]{0,25},\s*(?:tương đương|tương ứng)\s*(?:(?:tăng|giảm)\s*)?$/u.test(key.slice(anchor.valueSpan.end, m.start))))
    return { fact: derive(ctx, s, m, anchor, { metric: anchor.metric, refMetric: anchor.metric, unit: 'percent', scope: 'change', rule: 'fact.change.percent_of_amount', sign: (anchor.value < 0) !== ((m.value as number) < 0) ? -1 : 1, evidenceStart: anchor.evidence.start }) };
  // "đã có 215 HTX, tăng 117 HTX (gấp 2,2 lần)": the same change as a multiple of the earlier stock.
  if (m.kind === 'multiple' && anchor && anchor.scope === 'change' && anchor.unit === 'count' && /^[^()\d;]{0,25}\(\s*(?:tương đương|tương ứng|bằng)?\s*(?:gấp\s*)?$/u.test(key.slice(anchor.valueSpan.end, m.start)) && /^\s*\)/u.test(key.slice(m.end, m.end + 3)))
    return { fact: derive(ctx, s, m, anchor, { metric: anchor.metric, refMetric: anchor.metric, unit: 'times', scope: 'change', rule: 'fact.change.times_of_count', evidenceStart: anchor.evidence.start }) };
  // "Tỷ lệ HTX hoạt động hiệu quả tăng từ 48% năm 2020 lên 62,5% năm 2024": the later value of the same share.
  // "từ 25% năm 2015 đã tăng lên 48% năm 2019": the rise may follow the earlier value.
  const fromTo = m.kind === 'percent' && /(?:(?:tăng|giảm)\s+từ\s+[\d.,]+\s*%[^;,\d]{0,25}(?:\d{4})?\s*(?:lên|xuống)|(?<![\p{L}])từ\s+[\d.,]+\s*%[^;,\d]{0,25}(?:\d{4})?\s*,?\s*(?:đã\s+)?(?:tăng|giảm)\s+(?:lên|xuống))\s*$/u.test(key.slice(Math.max(clause.start, m.start - 60), m.start));
  if (fromTo && anchor && anchor.metric === 'share' && anchor.unit === 'percent') {
    return { fact: { ...derive(ctx, s, m, anchor, { metric: 'share', refMetric: anchor.refMetric, unit: 'percent', rule: 'fact.share.from_to', evidenceStart: key.lastIndexOf(key.slice(0, m.start).trimEnd().endsWith('xuống') ? 'xuống' : 'lên', m.start) }), breakdown: false } };
  }
  // "chiếm 55,1% (năm 2015 chỉ đạt 28,4%)", "58,6% (năm 2014: 54,2%)", "đạt 65,4%, cao hơn mức 48,7% của năm 2020", "chiếm 56%
  // …, cao hơn năm 2020 (51,4%)": the same share at an earlier year it is compared with, a point of its own.
  if (m.kind === 'percent' && anchor && anchor.metric === 'share' && anchor.unit === 'percent' && anchor.valueSpan.start >= s.start) {
    const gap = key.slice(anchor.valueSpan.end, m.start);
    const yearIn = /^[^;.\d]{0,60}?\(\s*(?:cuối\s+)?năm\s+(?:19|20)\d{2}\s*(?::|là|(?:chỉ|mới)\s+(?:đạt|là|có|ở mức)|đạt)?\s*(?:khoảng|gần|hơn|trên)?\s*$/u.test(gap);
    const yearThen = /^[^;.\d]{0,60}?(?:cao|thấp)\s+hơn\s+(?:nhiều\s+)?(?:so với\s+)?mức\s*$/u.test(gap) && /^\s*(?:của\s+)?(?:cuối\s+)?năm\s+(?:19|20)\d{2}(?!\d)/u.test(key.slice(m.end, m.end + 20));
    const yearBefore = /^[^;.\d]{0,60}?(?:(?:cao|thấp)\s+hơn|(?:tăng|giảm)\s+so với)\s+(?:cuối\s+)?năm\s+(?:19|20)\d{2}\s*\(\s*$/u.test(gap);
    if (yearIn || yearThen || yearBefore)
      return { fact: { ...derive(ctx, s, m, anchor, { metric: 'share', refMetric: anchor.refMetric, unit: 'percent', rule: 'fact.share.earlier', evidenceStart: m.start }), breakdown: false, comparedPoint: true } };
  }
  // "…, chiếm 59,5% số HTX đang hoạt động; trong khi tỷ lệ này năm 2013 chỉ khoảng 31%": the same share at another time.
  // "Tỷ lệ này ở khu vực Thái Nguyên (cũ) là 78,1%, ở khu vực Bắc Kạn (cũ) là 58,9%": the same share of a place.
  const sameShare = m.kind === 'percent' && (SAME_SHARE.test(key.slice(Math.max(clause.start, m.start - 70), m.start)) || (SAME_SHARE_NEXT_PLACE.test(key.slice(sFacts[sFacts.length - 1]?.valueSpan.end ?? m.start, m.start)) && sFacts[sFacts.length - 1]?.rule === 'fact.share.again'))
    ? [...sFacts, ...paraFacts].reverse().find((f) => f.metric === 'share' && f.unit === 'percent')
    : undefined;
  if (sameShare) {
    const again = { ...derive(ctx, s, m, sameShare, { metric: 'share', refMetric: sameShare.refMetric, unit: 'percent', rule: 'fact.share.again', evidenceStart: key.lastIndexOf('tỷ lệ', m.start) }), breakdown: false };
    const from = Math.max(s.start, key.lastIndexOf(',', m.start) + 1, key.lastIndexOf('tỷ lệ', m.start));
    const own = placeBefore(ctx, { start: from, end: m.end }, m.start);
    if (own) {
      again.place = own.place;
      again.formerProvince = own.formerProvince;
    }
    return { fact: again };
  }
  if (m.kind === 'percent' && /(?<!đạt và |đạt, )vượt\s*$/u.test(before) && PLAN_ACHIEVEMENT.test(after))
    return { reason: '"vượt X% kế hoạch" says by how much the plan was exceeded, not the share of it achieved' };
  // "41 THT (kế hoạch năm 70 THT), đạt 58,6%": the plan in brackets makes the bare "đạt X%" its achievement.
  // "thành lập mới 58/80 HTX theo kế hoạch năm, đạt 72,5%", "9 HTX (kế hoạch năm 2024 là 40 HTX, đạt 22,5%)": so does
  // a plan named just before it.
  // "thành lập mới 57 HTX, vượt mục tiêu Nghị quyết đề ra (45 HTX), đạt 126,7%": the plan in brackets is no result.
  const achieved = anchor?.status === 'target' ? ([...sFacts].reverse().find((f) => f.status !== 'target' && f.metric === anchor.metric && f.entity === anchor.entity) ?? anchor) : anchor;
  const planBefore = achieved != null && /^[^.;]{0,80}(?:\)|theo kế hoạch(?: năm)?|(?:\(\s*)?(?:kế hoạch|chỉ tiêu)[^.;()]{0,40})\s*,?\s*(?:đạt|bằng)\s*$/u.test(key.slice(achieved.valueSpan.end, m.start));
  if (m.kind === 'percent' && achieved && (achieved.plan !== null || /kế hoạch|chỉ tiêu|mục tiêu/u.test(key.slice(achieved.valueSpan.end, m.start))) && !PLAN_ACHIEVEMENT.test(after) && planBefore) {
    return {
      fact: derive(ctx, s, m, achieved, { metric: 'plan_achievement', refMetric: achieved.metric, unit: 'percent', rule: 'fact.plan_achievement.bracket', evidenceStart: achieved.evidence.start }),
    };
  }
  // "thành lập mới 96 HTX … và 142 tổ hợp tác, lần lượt đạt 120% và 104% kế hoạch năm": each share of the plan is of
  // the result in the same place of the list before.
  const respectively = m.kind === 'percent' ? /lần lượt\s+(?:đạt|bằng)\s*((?:[\d.,]+\s*%\s*(?:,|và)\s*)*)$/u.exec(key.slice(Math.max(s.start, m.start - 60), m.start)) : null;
  if (respectively) {
    const more = /^((?:\s*(?:,|và)\s*[\d.,]+\s*%)*)\s*(?:so với\s+)?(?:kế hoạch|kh|chỉ tiêu)(?![\p{L}])/u.exec(key.slice(m.end, Math.min(s.end, m.end + 80)));
    if (more) {
      const index = (respectively[1]!.match(/%/gu) ?? []).length;
      const size = index + 1 + (more[1]!.match(/%/gu) ?? []).length;
      const listAt = Math.max(s.start, m.start - 60) + respectively.index;
      const results = sFacts.filter((f) => f.valueSpan.end <= listAt && !f.breakdown && f.metric !== 'plan_achievement' && f.metric !== 'share' && f.unit !== 'percent').slice(-size);
      if (results.length === size) {
        const target = results[index]!;
        return { fact: derive(ctx, s, m, target, { metric: 'plan_achievement', refMetric: target.metric, unit: 'percent', rule: 'fact.plan_achievement.respectively', evidenceStart: listAt }) };
      }
    }
  }
  if (m.kind === 'percent' && ACHIEVE_LEAD.test(before) && PLAN_ACHIEVEMENT.test(after)) {
    let target = planAnchor(sFacts) ?? planAnchor(paraFacts);
    // "thành lập mới 97 HTX (Gia Lai cũ 52 HTX, Bình Định cũ 45 HTX), đạt 80,8% kế hoạch năm": the whole before the bracket of parts.
    if (target?.breakdown && /^[^()]*\)\s*,?\s*(?:và\s+)?(?:đạt|bằng)/u.test(key.slice(target.valueSpan.end, m.start))) {
      const open = key.lastIndexOf('(', target.valueSpan.start);
      target = [...sFacts].reverse().find((f) => !f.breakdown && f.entity === target!.entity && f.metric === target!.metric && f.valueSpan.end <= open) ?? target;
    } else if (target?.breakdown && /^(?:[^;()\d]|\(cũ\)){0,30},\s*(?:và\s+)?(?:đạt|bằng)\s*$/u.test(key.slice(target.valueSpan.end, m.start))) {
      // "thành lập mới 47 HTX, trong đó huyện Cần Đước 29 HTX, huyện Đức Hòa 18 HTX, đạt 78,3% kế hoạch năm": so is the
      // whole before "trong đó" and its list of parts.
      const part = target;
      const whole = [...sFacts].reverse().find((f) => !f.breakdown && f.entity === part.entity && f.metric === part.metric && f.scope === part.scope && f.valueSpan.end <= part.valueSpan.start);
      // "trong đó địa bàn tỉnh Long An (cũ) 29 HTX, …": a former province's "(cũ)" is part of its name.
      if (whole && /^[^;()\d]{0,30},\s*(?:trong đó|gồm|bao gồm)(?![\p{L}])(?:[^;()]|\(cũ\))*$/u.test(key.slice(whole.valueSpan.end, part.valueSpan.start))) target = whole;
    }
    // "số HTX thành lập mới trong quý mới đạt 15% kế hoạch năm": the subject names what the plan is of.
    const spPlan = subjectPhrase(ctx, Math.max(clause.start, prevEnd), m.start);
    if (spPlan && !spPlan.counted && spPlan.determiner && /^(?:số|số lượng|tổng số)$/u.test(spPlan.determiner)) {
      const newOnes = /thành lập mới|phát triển mới/u.test(key.slice(spPlan.end, m.start));
      target = { ...blankFact(m, spPlan.entity), scope: newOnes ? 'new' : 'existing', sector: spPlan.sector, sectorLabel: spPlan.sectorLabel, rating: spPlan.rating, evidence: { start: spPlan.start, end: m.end } };
    }
    // "đạt 45% kế hoạch năm về HTX": the plan names its entity.
    // "đạt 25,7% kế hoạch thành lập mới HTX": so does the plan of founding them.
    const about = /^\s*(?:kế hoạch|chỉ tiêu)[^,;.\d]{0,15}?(?:về|(?:thành lập|phát triển)(?:\s+mới)?)\s+(?:số\s+)?(htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.exec(after);
    if (about) {
      const ent: Entity = /^(?:tht|tổ hợp tác)$/u.test(about[1]!) ? 'cooperative_group' : 'cooperative';
      const founding = /thành lập|phát triển/u.test(about[0]);
      const named = [...paraFacts, ...sFacts].reverse().filter((f) => f.entity === ent && f.metric === 'count' && (!founding || f.scope === 'new'));
      target = named.find((f) => f.status !== 'target') ?? named[0] ?? target;
    }
    if (!target) return { reason: 'plan achievement with no figure it refers to' };
    // "giải ngân cho 17 dự án …, đạt 85% kế hoạch vốn", "đạt 28% kế hoạch giải ngân năm": a support fund's lending
    // against its plan, no figure of the cooperatives.
    if (/^\s*(?:kế hoạch|kh|chỉ tiêu)\s+(?:giải ngân|vốn(?!\s+(?:điều lệ|góp|hoạt động))|cho vay|thu hồi)/u.test(after)) return { reason: 'a plan of lending or disbursing, no figure of the cooperatives' };
    // "Kế hoạch năm 2019 thành lập mới 20 HTX, như vậy sau quý I đã đạt 20% kế hoạch năm": the share achieved is the
    // result's (the 4 HTX founded), not the plan's.
    if (target.status === 'target') {
      const planned = target;
      // A district's part of it ("huyện Trà Ôn 1 HTX") is not what the province's plan measures.
      const results = [...paraFacts, ...sFacts].reverse().filter((f) => f.status !== 'target' && f.metric === planned.metric && f.entity === planned.entity && f.scope === planned.scope);
      target = results.find((f) => (f.place?.name ?? null) === (planned.place?.name ?? null)) ?? results[0] ?? target;
    }
    const ref = refMetricAfter(after) ?? target.metric;
    return {
      fact: derive(ctx, s, m, target, {
        metric: 'plan_achievement',
        refMetric: ref,
        unit: 'percent',
        rule: 'fact.plan_achievement',
        evidenceStart: Math.max(clause.start, lastSeparator(key, s.start, m.start, true)),
      }),
    };
  }
  // "30 HTX phi nông nghiệp (24,5%)": a bare percentage in brackets right after a count is its share.
  if (m.kind === 'percent' && anchor && anchor.metric === 'count' && /^\s*[(,]\s*$/u.test(key.slice(anchor.evidence.end, m.start)) && /^\s*\)/u.test(key.slice(m.end, m.end + 3))) {
    return {
      fact: derive(ctx, s, m, anchor, { metric: 'share', refMetric: 'count', unit: 'percent', rule: 'fact.share.bracket', evidenceStart: anchor.evidence.start }),
    };
  }
  // "tỷ lệ HTX xếp loại tốt chiếm 12,3%, loại khá 28,7%, loại trung bình 40,1% và loại yếu, kém 18,9%": the next classes
  // of a list of shares.
  if (m.kind === 'percent') {
    const prevShare = [...sFacts].reverse().find((f) => f.metric === 'share' && f.rating !== null);
    const item = /(?:,|;|và)\s*(?:(?:loại|xếp loại|hạng)\s+)([\p{L}, ]{2,25}?)\s*(?::\s*)?$/u.exec(before);
    if (prevShare && item && prevShare.valueSpan.end <= m.start && !/[;.]/u.test(key.slice(prevShare.valueSpan.end, m.start).replace(/\d[.,]\d/gu, ''))) {
      const words = item[1]!.trim();
      // With the class word read first, "trung bình" is the average class, not an average.
      const r = RATINGS.find((x) => x.pattern.exec(words)?.index === 0 || x.pattern.exec(`loại ${words}`)?.index === 0);
      if (r)
        return { fact: { ...derive(ctx, s, m, prevShare, { metric: 'share', refMetric: prevShare.refMetric ?? 'count', unit: 'percent', rule: 'fact.share.list', evidenceStart: m.start - item[0].length + item[0].search(/\p{L}/u) }), rating: r.rating } };
    }
  }
  if (isPercent && SHARE_LEAD.test(before)) {
    // "Số HTX hoạt động có hiệu quả hiện chiếm khoảng 47% tổng số HTX": the subject before "chiếm", a year of it between
    // too ("Số HTX hoạt động hiệu quả năm 2019 chiếm 52,4%").
    const sp = subjectPhrase(ctx, Math.max(clause.start, prevEnd), m.start);
    if (sp && !sp.counted && ((sp.determiner && /^(?:số|số lượng|tổng số)$/u.test(sp.determiner)) || sp.sector || sp.rating) && /^\s*(?:năm\s+(?:19|20)\d{2}\s*,?\s*)?(?:(?:hiện|đã|vẫn|mới|chỉ|cũng|ước|ước tính)\s+)*(?:chiếm\s+(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ)\s+(?:lớn nhất|cao nhất|chủ yếu|cao|lớn)\s*,\s*)?$/u.test(key.slice(sp.end, m.start).replace(SHARE_LEAD, ''))) {
      // "HTX nông, lâm nghiệp vẫn chiếm tỷ trọng lớn nhất, chiếm 68,5% tổng số HTX": the largest part, then its share.
      // "Riêng địa bàn Hòa Bình (cũ), số HTX yếu vẫn chiếm 14,5%": a place the clause opens on is the share's.
      const own = placeBefore(ctx, clause, sp.start);
      return {
        fact: {
          ...blankFact(m, sp.entity),
          ...(own ? { place: own.place, formerProvince: own.formerProvince } : {}),
          metric: 'share',
          unit: 'percent',
          refMetric: 'count',
          sector: sp.sector,
          sectorLabel: sp.sectorLabel,
          rating: sp.rating,
          evidence: { start: sp.start, end: Math.min(clause.end, m.end + (/^\s*(?:tổng số|số)?\s*(?:htx|hợp tác xã)/u.exec(key.slice(m.end))?.[0].length ?? 0)) },
          rule: 'fact.share.subject',
          confidence: 0.87,
        },
      };
    }
    // "khối phi nông nghiệp chiếm gần 70% tổng số HTX": a sector named by its group word, a share of the count.
    // The last group word counts: "Về cơ cấu ngành nghề, khối phi nông nghiệp chiếm …".
    // "Nông nghiệp vẫn là lĩnh vực chủ lực, chiếm 64,2% tổng số HTX": or the sector opening the sentence, called one.
    const groupFrom = Math.max(clause.start, prevEnd);
    const calledFrom = Math.max(s.start, prevEnd);
    const called = /^(\s*)((?:[\p{L}\s,-]){3,40}?)\s+(?:(?:hiện|vẫn|luôn|đã)\s+)*là\s+(?:lĩnh vực|ngành|khối)(?:\s+\p{L}+){0,4}\s*,\s*$/u.exec(key.slice(calledFrom, m.start).replace(SHARE_LEAD, ''));
    const group = called ? null : /(?:^|[\s,;:])(?:khối|nhóm|lĩnh vực|nhóm ngành|ngành)\s+((?:(?!khối |nhóm |lĩnh vực |ngành )[\p{L}\s,-]){3,60}?)\s+(?:(?:hiện|vẫn|đã|chỉ|cũng)\s+)*$/u.exec(key.slice(groupFrom, m.start).replace(SHARE_LEAD, ''));
    const named = called ? { at: calledFrom + called[1]!.length, length: called[2]!.length, evidence: calledFrom + called[1]!.length } : group ? { at: groupFrom + group.index! + group[0].indexOf(group[1]!), length: group[1]!.length, evidence: groupFrom + group.index! + (group[0].length - group[0].trimStart().length) } : null;
    if (named && /^\s*(?:tổng\s+)?(?:số\s+)?(?:htx|hợp tác xã)(?![\p{L}])/u.test(key.slice(m.end, m.end + 25))) {
      const label = readSector(key, named.at, named.at + named.length, { lead: false, exact: true });
      if (label)
        return {
          fact: {
            ...blankFact(m, 'cooperative'),
            metric: 'share',
            unit: 'percent',
            refMetric: 'count',
            sector: label.sector,
            sectorLabel: ctx.text.slice(label.start, label.end),
            evidence: { start: named.evidence, end: Math.min(clause.end, m.end + (/^\s*(?:tổng\s+)?(?:số\s+)?(?:htx|hợp tác xã)/u.exec(key.slice(m.end))?.[0].length ?? 0)) },
            rule: called ? 'fact.share.sector_called' : 'fact.share.sector_group',
            confidence: 0.85,
          },
        };
    }
    // "số HTX của Tây Hòa chiếm 13,2% tổng số HTX toàn tỉnh", "khu vực Bình Thuận (cũ) chiếm 11,9% số HTX toàn tỉnh", "Như
    // vậy, Định Quán chiếm gần 14% số HTX của tỉnh": a part of the province, named as the subject, and its share of all.
    if (/^\s*(?:tổng\s+)?số\s+(?:htx|hợp tác xã)\s+(?:(?:của\s+)?(?:toàn|cả)\s+tỉnh|của\s+tỉnh)(?![\p{L}])/u.test(after)) {
      const from = Math.max(clause.start, prevEnd);
      const part = /(?:^|[,;:]\s*|\s)(?:số\s+(?:HTX|hợp tác xã)\s+(?:của\s+)?)?(?:([Kk]hu vực|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận|[Xx]ã)\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})(\s*\(cũ\))?\s+(?:(?:hiện|vẫn|đã)\s+)?$/u.exec(ctx.text.slice(from, m.start).replace(SHARE_LEAD, ''));
      const row = part ? lookupProvince(part[2]!) : null;
      if (part && (part[3] ? row : !row) && !/^(?:Như|Riêng|Trong|Theo|Toàn|Tỉnh|Liên|Hợp)/u.test(part[2]!)) {
        const at = from + part.index + part[0].indexOf(part[1] ?? part[2]!);
        const name = `${part[1] ? `${part[1]} ` : ''}${part[2]}${part[3] ?? ''}`;
        const level = part[3] ? 'former_province' : /^[Xx]ã$/u.test(part[1] ?? '') ? 'commune' : 'district';
        return {
          fact: {
            ...blankFact(m, 'cooperative'),
            place: { level, name },
            formerProvince: part[3] ? row!.code : null,
            metric: 'share',
            unit: 'percent',
            refMetric: 'count',
            evidence: { start: at, end: m.end },
            rule: 'fact.share.of_province',
            confidence: 0.85,
          },
        };
      }
    }
    if (!anchor) return { reason: 'share with no figure it is a share of' };
    // "…4.870 thành viên, trong đó đồng bào dân tộc thiểu số chiếm 40%": a share of a subgroup the fields cannot name.
    // The anchor's own sector words ("112 HTX chuyên sản xuất, kinh doanh cà phê") are no part of the gap.
    const labelAt = anchor.sectorLabel ? key.indexOf(toneKey(anchor.sectorLabel), anchor.valueSpan.end) : -1;
    const gapFrom = labelAt >= 0 && labelAt - anchor.evidence.end < 20 && labelAt < m.start ? Math.max(anchor.evidence.end, labelAt + anchor.sectorLabel!.length) : anchor.evidence.end;
    // "78 HTX hoạt động hiệu quả (xếp loại tốt, khá), chiếm 59,5%": a bracket that restates the class is no part.
    const gap = key.slice(gapFrom, m.start).replace(SHARE_LEAD, '').replace(/^\s*\(\s*(?:(?:được\s+)?(?:xếp|đạt|đánh giá)\s+)?(?:loại\s+)?(?:tốt|khá|giỏi|xuất sắc|trung bình)(?:\s*(?:,|và|hoặc)\s*(?:loại\s+)?(?:tốt|khá|giỏi|xuất sắc|trung bình))*(?:\s+trở lên)?\s*\)/u, '');
    // "41 HTX vận tải với khoảng 3.600 phương tiện các loại (…), chiếm 23,7% tổng số HTX": what the counted have, after
    // "với", describes them; the share of all cooperatives is still theirs.
    const described = anchor.metric === 'count' && /^\s*(?:,\s*)?với\s[^;]*,\s*$/u.test(gap) && /^\s*(?:tổng\s+)?số\s+(?:htx|hợp tác xã)(?![\p{L}])/u.test(after);
    // "đạt tổng doanh thu khoảng 588 tỷ đồng, tăng 14,6% so với năm 2022, chiếm gần 58% tổng doanh thu của khu vực HTX":
    // after the amount's rise, the share of the whole that names the amount's metric is the amount's.
    const risen = anchor.scope === 'change' && anchor.unit === 'percent' && /^\s*(?:so (?:với|cùng)[^,;]{0,30})?,?\s*$/u.test(gap) ? [...sFacts].reverse().find((f) => f !== anchor && f.metric === anchor.metric && f.unit === 'VND' && f.scope !== 'change' && f.valueSpan.end <= anchor.valueSpan.start && anchor.valueSpan.start - f.valueSpan.end < 40) : undefined;
    // The whole's metric word, read by the metric vocabulary, right after the share ("tổng doanh thu của khu vực HTX").
    const whole = risen && /^\s*(?:tổng\s+)?\p{L}/u.test(after) ? metricBefore(key, m.end, Math.min(clause.end, m.end + 20), 'money')?.rule.metric : undefined;
    if (risen && whole === risen.metric)
      return { fact: derive(ctx, s, m, risen, { metric: 'share', refMetric: risen.metric, unit: 'percent', rule: 'fact.share.of_amount', evidenceStart: risen.evidence.start }) };
    if (gap.length > 14 && !described && !/^[\s,(]*(?:trong đó|riêng)?[\s,:]*$/u.test(gap)) return { reason: 'share of a part of the figure before that the fields cannot name' };
    // "vốn góp thực tế … đạt 438,6 tỷ đồng, bằng 38,3% vốn điều lệ": one metric against another, no part of a whole.
    const againstEnd = m.end + (/[;.,](?!\d)/u.exec(after)?.index ?? after.length);
    const against = anchor.unit === 'VND' && /^\s*(?:tổng\s+)?\p{L}/u.test(after) ? metricBefore(key, m.end, Math.min(againstEnd, m.end + 20), 'money') : null;
    if (against && against.rule.metric !== anchor.metric && against.start - m.end < 8) return { reason: 'a ratio of one amount to another metric, no share of a whole' };
    return {
      fact: derive(ctx, s, m, anchor, {
        metric: 'share',
        refMetric: anchor.metric,
        unit: 'percent',
        rule: 'fact.share',
        evidenceStart: anchor.evidence.start,
      }),
    };
  }
  // "tỷ lệ HTX hoạt động hiệu quả đạt trên 65%": a share named before its value.
  // "Tỷ lệ HTX yếu, kém vẫn ở mức hơn 20%", "HTX loại yếu chỉ còn dưới 5%", "giảm số HTX yếu xuống dưới 15%": the level
  // a class's share stands at (or is brought to), not a change of it.
  // "Tỷ lệ HTX hoạt động hiệu quả năm 2018 là 30%": a year may stand between.
  const named = /tỷ lệ\s+(?:số\s+)?((?:htx|hợp tác xã)(?:\([^()\d]{0,40}\)|[^,;.\d(]|\((?=[^()\d]{0,40}$)|(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])){0,40}?)\s*(?:đạt|là|chiếm|ở mức)?\s*$/u.exec(before);
  const ratio =
    named ??
    /(?:tỷ lệ|(?:^|[\s,;:])số|^|[,;:])\s*((?:htx|hợp tác xã)\s[^;.\d]{0,30}?)\s*(?:(?:vẫn|chỉ|đã|sẽ|ước|giảm|xuống|còn|lên|đạt|ở mức|từ)\s+)*(?:xuống|còn|ở mức|lên|đạt)\s*(?:mức\s*)?(?:khoảng|gần|hơn|trên|dưới)?\s*$/u.exec(key.slice(clause.start, m.start));
  const level = ratio !== null && /(?:xuống|còn|ở mức|lên)\s*(?:mức\s*)?(?:khoảng|gần|hơn|trên|dưới)?\s*$/u.test(before);
  if (isPercent && ratio && (level || !CHANGE_LEAD.test(before))) {
    const own = ratio === named;
    const at = own ? m.start - (before.length - ratio.index!) + ratio[0].indexOf(ratio[1]!) : clause.start + ratio.index! + ratio[0].indexOf(ratio[1]!);
    let evStart = own ? at - 'tỷ lệ '.length : clause.start + ratio.index!;
    while (evStart < at && /[\s,;:]/u.test(key[evStart]!)) evStart++;
    // "tỷ lệ HTX hoạt động hiệu quả (tốt và khá) đạt 74,5%": the class is named before the grades it gathers.
    const aside = own ? key.indexOf('(', at) : -1;
    const sp = subjectPhrase(ctx, at, m.start) ?? (aside > at && aside < m.start ? subjectPhrase(ctx, at, aside) : null);
    // "số HTX hoạt động hiệu quả đạt khoảng 35%": a class reaching a share, not a result against a plan.
    const reached = ratio !== named && /đạt\s*(?:mức\s*)?(?:khoảng|gần|hơn|trên|dưới)?\s*$/u.test(before);
    if (sp && (sp.rating || sp.sector) && (!reached || (sp.rating && !/^\s*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|so với)(?![\p{L}])/u.test(after)))) {
      return {
        fact: { ...blankFact(m, sp.entity), metric: 'share', unit: 'percent', refMetric: 'count', sector: sp.sector, sectorLabel: sp.sectorLabel, rating: sp.rating, evidence: { start: Math.max(clause.start, evStart), end: m.end }, rule: 'fact.share.ratio', confidence: 0.85 },
      };
    }
  }
  // "Toàn tỉnh có 120 HTX, khoảng 30% trong số đó hoạt động có hiệu quả": a share of a class of the cooperatives just counted.
  const those = anchor?.metric === 'count' && (!anchor.rating || anchor.rating === 'operating') ? anchor : !anchor ? [...paraFacts].reverse().find((f) => f.metric === 'count' && f.entity === 'cooperative' && !f.breakdown && !f.rating && f.scope === 'existing') : undefined;
  // "… có 200 HTX, trong đó ít nhất 70% hoạt động hiệu quả": the class right after the share, after "trong đó".
  const inWhich = isPercent && those && /trong đó[\s,:]*(?:có\s*)?(?:(?:ít nhất|khoảng|trên|hơn|gần|từ)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 25), m.start)) ? /^\s*/u.exec(after) : null;
  const ofThose = isPercent && those ? /^\s*(?:trong số (?:đó|này)|số này)\s+/u.exec(after) ?? inWhich : null;
  if (ofThose && those) {
    const rest = after.slice(ofThose[0].length);
    const r = RATINGS.find((x) => x.pattern.exec(rest)?.index === 0);
    if (r && !/^\s*(?:trở lên|,\s*(?:tốt|khá)|và\s+(?:tốt|khá))/u.test(rest.slice(r.pattern.exec(rest)![0].length)))
      return { fact: { ...derive(ctx, s, m, those, { metric: 'share', refMetric: 'count', unit: 'percent', rule: 'fact.share.of_those', evidenceStart: those === anchor ? those.evidence.start : lastSeparator(key, s.start, m.start, true) }), rating: r.rating, breakdown: false } };
  }
  // "HTX hoạt động có hiệu quả: 58,6%; HTX yếu kém: 12,3%": a terse report labels a class's share with a colon.
  const labelled = isPercent ? /(?:^|[;\n]\s*|\.\s+)((?:htx|hợp tác xã)\s[^;.\d:()]{2,30}?)\s*:\s*(?:(?:khoảng|gần|hơn|trên|dưới)\s*)?$/u.exec(key.slice(s.start, m.start)) : null;
  if (labelled && !/^\s*(?:\/|htx|hợp tác xã)/u.test(after)) {
    const at = s.start + labelled.index! + labelled[0].indexOf(labelled[1]!);
    const sp = subjectPhrase(ctx, at, at + labelled[1]!.length);
    if (sp?.rating && !sp.sector)
      return { fact: { ...blankFact(m, sp.entity), metric: 'share', unit: 'percent', refMetric: 'count', rating: sp.rating, evidence: { start: at, end: m.end }, rule: 'fact.share.labelled', confidence: 0.85 } };
  }
  // "ít nhất 60% HTX hoạt động hiệu quả", "70% số HTX đang hoạt động": a share of the cooperatives in a class.
  const ofCoops = /^\s*(?:số\s+|tổng số\s+)?(?:các\s+)?(htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.exec(after);
  if (isPercent && ofCoops && !CHANGE_LEAD.test(before)) {
    const sp = subjectPhrase(ctx, m.end, phraseEnd(key, m.end, clause.end));
    if (!sp?.rating && /^[^,;.\d]{0,30}?(?:xếp loại|loại|tốt|khá|giỏi|hiệu quả|đang hoạt động)/u.test(after.slice(ofCoops[0].length)))
      return { reason: 'share of a class of cooperatives that no single rating names ("khá trở lên")' };
    // "65% HTX có tài khoản ngân hàng": a class defined by a property the fields cannot carry.
    if (!sp?.rating && !sp?.sector) return { reason: 'share of cooperatives with a property the fields cannot name' };
    // "100% HTX cà phê có hợp đồng liên kết", "100% HTX đang hoạt động sử dụng hóa đơn điện tử": the class is only
    // the base; the share is of those with a property.
    // "70% số HTX đang hoạt động đạt hiệu quả": the operating ones are the base, the class after them is the share's.
    const classAfter = sp?.rating === 'operating' ? /^\s*(?:(?:đạt|hoạt động|hđ)\s+)?(?:có\s+)?hiệu quả(?![\p{L}])/u.test(key.slice(sp.end, Math.min(clause.end, sp.end + 30))) : false;
    // "… chưa có trụ sở làm việc riêng", "… hoàn thành chuyển đổi theo Luật HTX năm 2012": so is one with a property.
    if (sp && !classAfter && /^\s*(?:(?:đều|cũng|đã|sẽ|chưa|không)\s+)?(?:có|tham gia|sử dụng|ứng dụng|áp dụng|được|liên kết|đưa|bán|xây dựng|thực hiện|đạt chuẩn|chuyển đổi|hoàn thành|hoàn thiện)(?![\p{L}])/u.test(key.slice(sp.end, Math.min(clause.end, sp.end + 30))))
      return { reason: 'share of cooperatives with a property the fields cannot name' };
    // "HTX HĐ hiệu quả đạt 55% số HTX đang HĐ": the operating ones are the base; the class before the share is its own.
    const ownClass = sp?.rating === 'operating' ? RATINGS.find((r) => r.rating !== 'operating' && new RegExp(String.raw`(?:htx|hợp tác xã)\s+(?:${r.pattern.source.replace(/^\^/u, '')})[^,;.\d]{0,25}?(?:đạt|chiếm|là|bằng)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$`, 'u').test(before)) : undefined;
    return {
      fact: {
        ...blankFact(m, sp?.entity ?? 'cooperative'),
        metric: 'share',
        unit: 'percent',
        refMetric: 'count',
        sector: sp?.sector ?? null,
        sectorLabel: sp?.sectorLabel ?? null,
        rating: classAfter ? 'effective' : ownClass?.rating ?? sp?.rating ?? null,
        evidence: { start: evidenceStart(key, s, clause, m.start, prevEnd), end: sp ? sp.end : m.end + ofCoops[0].length },
        rule: 'fact.share.of_class',
        confidence: 0.85,
      },
    };
  }
  // "vốn điều lệ đạt 612,8 tỷ đồng và tổng tài sản hơn 1.040 tỷ đồng, tăng lần lượt 9,6% và 12,3%": the k-th change of
  // the list is the k-th of as many figures before it.
  const respective = isPercent ? /(tăng|giảm)\s+lần lượt\s+((?:[\d.,]+\s*%\s*(?:,|và)\s*)*)$/u.exec(key.slice(clause.start, m.start)) : null;
  if (respective) {
    const listStart = m.start - respective[2]!.length;
    const k = (respective[2]!.match(/%/gu) ?? []).length;
    const n = (/^(?:[\d.,]+\s*%\s*(?:,|và)\s*)*[\d.,]+\s*%/u.exec(key.slice(listStart))?.[0].match(/%/gu) ?? []).length;
    const figures = sFacts.filter((f) => f.scope !== 'change' && !f.rule.startsWith('fact.') && f.valueSpan.end <= listStart);
    const target = n >= 2 && figures.length >= n ? figures[figures.length - n + k] : undefined;
    if (!target) return { reason: 'a change "lần lượt" with fewer figures before it than changes' };
    return {
      fact: derive(ctx, s, m, target, {
        metric: target.metric,
        refMetric: target.metric,
        unit: 'percent',
        scope: 'change',
        rule: 'fact.change.respective',
        sign: respective[1] === 'giảm' ? -1 : 1,
        evidenceStart: target.evidence.start,
      }),
    };
  }
  // "cao gần gấp đôi so với hộ sản xuất riêng lẻ": a comparison with another group, not with another time.
  if ((isPercent || m.kind === 'multiple') && OTHER_GROUP.test(key.slice(m.end, Math.min(clause.end, m.end + 50))))
    return { reason: 'compared with another group, not another time: no change' };
  // A change: "tăng 12,5% so với cùng kỳ", "tăng 2,1 lần so với năm 2015", "gần gấp đôi so với năm 2015".
  // "phấn đấu tổng nguồn vốn hoạt động tăng 12%": a target's growth is against the year before, said or not.
  // So is a metric's growth listed in a plan section ("Nhiệm vụ năm 2024: … Nguồn vốn hoạt động tăng 8 - 10%").
  const targetGrowth = m.kind === 'percent' && (/phấn đấu|mục tiêu|chỉ tiêu|dự kiến/u.test(key.slice(s.start, m.start)) || (ctx.inPlan === true && metricBefore(key, Math.max(clause.start, prevEnd), m.start, 'money') !== null));
  // "Tổng vốn điều lệ 612,4 tỷ đồng (tăng 3,1%)": a bare change in brackets after a figure is against the same time before.
  const bracketed = /\(\s*(?:tăng|giảm)\s*$/u.test(key.slice(Math.max(clause.start, m.start - 8), m.start)) && /^\s*\)/u.test(key.slice(m.end, m.end + 3));
  // "…, tăng 6,8% so với cùng kỳ năm 2024 (1.137 HTX). Trong đó, 1.032 HTX đang hoạt động, tăng 5,1%": a bare rise right
  // after a figure, in a paragraph that has just named what it compares with, is against the same point.
  // "Năm 2024, doanh thu bình quân … tăng 10,9% so với năm 2023; … Thu nhập bình quân của người lao động tăng 8,5%": so is a
  // metric's bare rise.
  const nearFigure = /,\s*(?:tăng|giảm)\s*$/u.test(key.slice(Math.max(clause.start, m.start - 10), m.start)) && !!anchor && anchor.valueSpan.end > m.start - 40;
  const metricRise = /(?:thu nhập|doanh thu|lợi nhuận|lãi|vốn điều lệ|tổng tài sản|số thành viên|số lao động)[^,;.\d]{0,40}?\s(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên|tới))?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 60), m.start));
  // "…, giảm 9,8% so với năm 2019; …" then, in the next paragraph, "Các HTX vận tải …, doanh thu ước giảm khoảng 38%": the
  // paragraph right before named the comparison for the metric's falls that follow.
  const paraStart = key.lastIndexOf('\n', s.start) + 1;
  const prevPara = paraStart > 2 ? key.slice(key.lastIndexOf('\n', paraStart - 3) + 1, paraStart) : '';
  // A sentence naming one cooperative ("Giám đốc HTX Vận tải ô tô Đông Hà cho biết, doanh thu … giảm gần 50%") speaks of its own.
  const prevCompared = metricRise && !/(?:HTX|[Hh]ợp tác xã)\s+\p{Lu}/u.test(ctx.text.slice(s.start, m.start)) && /(?:tăng|giảm)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s*%\s*so (?:với|cùng)/u.test(prevPara);
  // "…, doanh thu ước giảm khoảng 38%; các HTX thương mại, dịch vụ ước giảm 24,6%": the next item of a list of falls after a semicolon.
  const nextFall = clause.start > s.start && sFacts.some((f) => f.scope === 'change' && f.unit === 'percent' && f.refMetric !== null && f.refMetric !== 'count' && f.valueSpan.end <= clause.start);
  const carried = m.kind === 'percent' && (((nearFigure || metricRise) && [...paraFacts, ...sFacts].some((f) => f.unit === 'percent' && f.valueSpan.start < m.start && namesComparison(key, f))) || prevCompared || nextFall);
  const compared = bracketed || COMPARE.test(key.slice(m.end, clause.end)) || /^\s*(?:năm \d{4}|cùng kỳ|năm trước|năm ngoái|đầu nhiệm kỳ)/u.test(key.slice(m.end, clause.end)) || COMPARE.test(key.slice(s.start, m.start)) || targetGrowth || carried;
  if ((CHANGE_LEAD.test(before) || (m.kind === 'multiple' && /gấp/u.test(key.slice(Math.max(clause.start, m.start - 12), m.end)))) && compared) {
    const lead = key.slice(Math.max(clause.start, prevEnd), m.start);
    const kw0 = metricBefore(key, Math.max(clause.start, prevEnd), m.start);
    // "thu nhập bình quân của thành viên HTX tăng 1,5 lần": the people are whose income it is, not what changed.
    const earnerOf = kw0 && (kw0.rule.metric === 'members' || kw0.rule.metric === 'workers') && /thu nhập(?:\s+bình quân)?\s+(?:của\s+)?(?:các\s+)?$/u.test(key.slice(Math.max(clause.start, kw0.start - 30), kw0.start));
    const kw = earnerOf ? metricBefore(key, Math.max(clause.start, prevEnd), kw0!.start) ?? kw0 : kw0;
    // What changed: a metric word ("doanh thu bình quân … tăng"), a subject ("số HTX tăng 1,6 lần"), or the figure just stated.
    const sp = subjectPhrase(ctx, Math.max(clause.start, prevEnd), m.start);
    let target: DraftFact | null | undefined = kw ? [...sFacts].reverse().find((f) => f.metric === kw.rule.metric) : null;
    if (!target && kw && kw.rule.kinds.includes('money')) {
      // "lãi bình quân của HTX giảm 8,5%": the metric word names what changed, though no amount was printed.
      const avg = AVERAGE.test(key.slice(kw.start, m.start));
      target = { ...blankFact(m, sp && !sp.counted ? sp.entity : 'cooperative'), metric: kw.rule.metric, unit: 'VND', statistic: avg ? 'average' : 'total', sector: sp && !sp.counted ? sp.sector : null, sectorLabel: sp && !sp.counted ? sp.sectorLabel : null, evidence: { start: kw.start, end: m.end } };
      // "Bị ảnh hưởng nặng nhất là nhóm HTX vận tải, doanh thu giảm tới 45%": the sector the sentence named just before.
      // "Doanh thu của các HTX vận tải 4 tháng giảm khoảng 45%": or whose the metric is, right after its word.
      const whose = /^[\p{L}\s]{0,20}?của\s+(?:các\s+|nhóm\s+|khối\s+)?(?=htx|hợp tác xã)/u.exec(key.slice(kw.start, m.start));
      const named = target.sector ? null : (!/\d/u.test(key.slice(s.start, kw.start)) ? sectorAfterNoun(key, s.start, kw.start) : null) ?? (whose ? sectorAfterNoun(key, kw.start + whose[0].length - 1, m.start) : null);
      if (named) {
        target.sector = named.sector;
        target.sectorLabel = ctx.text.slice(named.start, named.end);
      }
      // "Các HTX du lịch cộng đồng của huyện Mai Châu doanh thu giảm trên 60%": the place the clause opened on.
      placeOpening(ctx, clause, kw.start, target);
    }
    // "Số lao động làm việc thường xuyên trong HTX ước tăng 4,6%", "Số thành viên HTX tăng 2,1%": the people counted changed,
    // not the cooperatives the phrase goes on to name.
    const people = !target ? /(?:^|[\s,;:])(?:tổng\s+)?số\s+(?:lượng\s+)?(thành viên|xã viên|tổ viên|lao động|người lao động)(?![\p{L}])[^,;.\d]{0,60}$/u.exec(lead) : null;
    if (people) {
      const start = Math.max(clause.start, prevEnd) + people.index + people[0].indexOf(people[1]!);
      const earlier = [...sFacts].reverse().find((f) => f.metric === (/lao động/u.test(people[1]!) ? 'workers' : 'members') && f.scope !== 'change');
      target = earlier ?? { ...blankFact(m, people[1] === 'tổ viên' ? 'cooperative_group' : 'cooperative'), metric: /lao động/u.test(people[1]!) ? 'workers' : 'members', unit: 'person', evidence: { start, end: m.end } };
      // "Số lao động của khối này giảm khoảng 18%": the people of the block the paragraph just named.
      if (!earlier && /(?<![\p{L}])của khối này(?![\p{L}])/u.test(lead)) {
        const block = lastBlockSector(ctx, key.lastIndexOf('\n', s.start) + 1, m.start);
        if (block) target = { ...target, sector: block.sector, sectorLabel: ctx.text.slice(block.start, block.end) };
      }
    }
    // "so với cuối năm 2020 (có 66 sản phẩm), số sản phẩm OCOP của tỉnh tăng gần 1,7 lần": the products counted changed.
    const products = !target && /ocop/u.test(key.slice(s.start, s.end)) ? /(?:^|[\s,;:])(?:tổng\s+)?số\s+(?:lượng\s+)?sản phẩm(?:\s+ocop)?(?![\p{L}])[^,;.\d]{0,40}$/u.exec(lead) : null;
    // "số sản phẩm OCOP của các HTX đã tăng gần gấp đôi": the cooperatives' own products are a part the fields cannot name.
    if (products && /của\s+(?:các\s+)?(?:htx|hợp tác xã)(?![\p{L}])/u.test(products[0])) return { reason: "change of the cooperatives' own products, a part the fields cannot name" };
    if (products) {
      const start = Math.max(clause.start, prevEnd) + products.index + products[0].search(/số/u);
      target = [...sFacts].reverse().find((f) => f.entity === 'ocop_product' && f.metric === 'count' && f.scope === 'existing' && !f.breakdown && !f.comparedPoint) ?? { ...blankFact(m, 'ocop_product'), metric: 'count', unit: 'count', evidence: { start, end: m.end } };
    }
    // "Số HTX hoạt động hiệu quả đạt 1.130 HTX, chiếm 56,1% tổng số HTX, gần gấp đôi so với năm 2015": the whole a
    // share was of names no subject of the change after it; the figure before the share changed.
    if (!target && anchor?.metric === 'share' && /^[^,;.\d]{0,40},\s*[^,;.\d]{0,20}$/u.test(key.slice(anchor.valueSpan.end, m.start))) {
      target = [...sFacts].reverse().find((f) => f.metric !== 'plan_achievement' && f.metric !== 'share' && f.scope !== 'change' && f.valueSpan.end <= anchor.valueSpan.start) ?? null;
    }
    // "… doanh thu giảm 62% so với cùng kỳ; các HTX thương mại, dịch vụ giảm khoảng 35%; HTX nông nghiệp giảm 18,7%": a list
    // of falls by sector after one of an amount goes on measuring that amount.
    // "doanh thu của các HTX vận tải giảm 38%, các HTX thương mại, dịch vụ, du lịch giảm trên 30%": sector by sector, a comma will do.
    const amountFall = (before: number): DraftFact | undefined => [...sFacts].reverse().find((f) => f.scope === 'change' && f.unit === 'percent' && f.refMetric !== null && f.refMetric !== 'count' && f.valueSpan.end <= before);
    const listing = !target && sp && !sp.counted && !kw;
    const afterSemicolon = listing ? amountFall(clause.start - 1) : undefined;
    const prior = listing && sp.sector ? amountFall(sp.start) : undefined;
    const listed =
      afterSemicolon && /;\s*$/u.test(key.slice(afterSemicolon.valueSpan.end, clause.start).replace(/\s*so (?:với|cùng)[^;]*$/u, ''))
        ? afterSemicolon
        : prior?.sector && prior.sector !== sp!.sector && /^\s*%?\s*,\s*$/u.test(key.slice(prior.valueSpan.end, sp!.start))
          ? prior
          : undefined;
    if (listed && sp) {
      target = { ...blankFact(m, sp.entity), metric: listed.refMetric!, unit: 'VND', statistic: listed.statistic, sector: sp.sector, sectorLabel: sp.sectorLabel, evidence: { start: sp.start, end: m.end } };
    }
    if (!target && sp && !sp.counted) {
      target = { ...blankFact(m, sp.entity === 'member_unit' ? 'member_unit' : sp.entity), sector: sp.sector, sectorLabel: sp.sectorLabel, rating: sp.rating, evidence: { start: sp.start, end: m.end } };
      // "Ở huyện Cư Jút, số HTX nông nghiệp tăng gần gấp đôi": the place the clause opens on.
      if (sp.entity !== 'member_unit' && sp.entity !== 'training_course') placeOpening(ctx, clause, sp.start, target);
    }
    // "thu nhập … ước đạt 5,6 triệu đồng, đạt 93,3% kế hoạch, tăng 7,7%": a plan's share or a share does not change;
    // the figure before them does.
    if (!target && !kw && !/(?:số|tổng số|số lượng)\s/u.test(lead)) target = anchor && (anchor.metric === 'plan_achievement' || anchor.metric === 'share') ? [...sFacts].reverse().find((f) => f.metric !== 'plan_achievement' && f.metric !== 'share' && f.scope !== 'change' && !planAside(f)) ?? null : anchor;
    if (!target) return { reason: 'relative change with no figure it refers to' };
    if (target.scope === 'new' && target.metric === 'count') return { reason: 'change of a flow (new cooperatives) against another period: no scope for it' };
    const sign = FALL.test(before.slice(-12)) ? -1 : 1;
    return {
      fact: derive(ctx, s, m, target, {
        metric: target.metric,
        refMetric: target.metric,
        unit: m.kind === 'multiple' ? 'times' : 'percent',
        scope: 'change',
        rule: m.kind === 'multiple' ? 'fact.change.times' : 'fact.change.percent',
        sign,
        evidenceStart: Math.min(target.evidence.start, sp?.start ?? m.start),
      }),
    };
  }
  return { reason: m.kind === 'multiple' ? 'multiple without a change it measures' : 'percentage with no role (share, plan, change)' };
}

/** A plan in brackets after the result it plans ("… (kế hoạch 3.000 tỷ đồng)"): an aside, never what a change is of. */
function planAside(f: DraftFact): boolean {
  return f.rule.endsWith('.plan_in_brackets');
}

/** The place a clause opens on, for a change whose subject is named by words, not by a figure before it. */
function placeOpening(ctx: Ctx, clause: Span, at: number, target: DraftFact): void {
  const own = placeBefore(ctx, clause, at);
  if (own) {
    target.place = own.place;
    target.formerProvince = own.formerProvince;
  }
}
