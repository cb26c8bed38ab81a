// Mentions + their Vietnamese context → facts in the contract's vocabulary.
// One quantity mention gives at most one fact. What does not become a fact is
// kept with the reason, for `htxpress explain`.
import type {
  Entity,
  Metric,
  Mention,
  Period,
  Place,
  Qualifier,
  Rating,
  ReportPeriod,
  Scope,
  Sector,
  Status,
  Unit,
} from '../../schemas/records.js';
import { toneKey } from '../normalize.js';
import { asciiName, lookupProvince } from '../provinces.js';
import { parenDepth, segment, type Paragraph, type Sentence, type Span } from './segment.js';
import { readSector } from './sector.js';
import { tableFacts } from './table.js';
import { classifyStatusCombined } from '../learned/status-classifier.js';
import { statusContext } from '../learned/status-data.js';
import { bareDistrict, cooperativeSubject, labelBefore, namedOrgs, placeBefore, ratingBefore, subjectPhrase } from './subject.js';
import {
  ACHIEVE_LEAD,
  AVERAGE,
  BLOCKING_VERBS,
  CHANGE_LEAD,
  COMPARE,
  METRIC_KEYWORDS,
  NOUNS,
  PARTICIPATION_AFTER,
  SUBSET_AFTER,
  PLAN_ACHIEVEMENT,
  PLAN_SECTION,
  RATINGS,
  SCOPE_TRIGGERS,
  SHARE_LEAD,
  STATUS_TRIGGERS,
  type NounRule,
} from './vocab.js';

export interface DraftFact {
  entity: Entity;
  metric: Metric;
  scope: Scope;
  place: Place | null;
  /** Old province code for a figure of a former province. */
  formerProvince: string | null;
  sector: Sector | null;
  sectorLabel: string | null;
  rating: Rating | null;
  statistic: 'total' | 'average';
  status: Status;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  unit: Unit;
  per: 'year' | 'month' | null;
  refMetric: Metric | null;
  plan: number | null;
  asOf: string | null;
  period: Period | null;
  dateFrom: 'clause' | 'sentence' | 'paragraph' | 'section' | 'report_period' | 'event' | 'none';
  evidence: Span;
  valueSpan: Span;
  confidence: number;
  rule: string;
  /** Internal: a part of a breakdown ("trong đó …", a list after "cụ thể:"), not a subject for later facts. */
  breakdown: boolean;
  /** Internal: the entity was read from the fact's own words. */
  explicit: boolean;
  mention: Mention;
  /** Internal: where the place was named (a paragraph opened by a former province speaks of it throughout). */
  placeAt?: number;
  /** Internal: the period the figure's date came from (for telling plans of a later period). */
  when?: { start: string; end: string | null } | null;
}

export interface Skipped {
  mention: Mention;
  reason: string;
}

export interface FactContext {
  reportPeriod: ReportPeriod | null;
  eventDate: string | null;
  publishedAt: string | null;
  /** Spans of the text that are tables (from the cleaner's blocks). */
  tables?: Span[];
}

/**
 * The status classifier (extractors/learned) is off: on articles it was not trained on it found one plan the
 * rules missed and invented three (see README, "Quality and speed"). HTX_STATUS_MODEL=1 turns it on to measure it.
 */
const STATUS_MODEL_ON = process.env.HTX_STATUS_MODEL === '1';
const STATUS_MODEL_MIN_P = 0.9;

/** Crops and herds after an area: the land is farm land. */
const CROP_AFTER = /^\s*(?:đất\s+)?(?:canh tác\s+|trồng\s+|nuôi\s+|sản xuất\s+)?(lúa|chè|cà phê|vải|nhãn|cao su|điều|tiêu|hồ tiêu|dược liệu|rau|rau màu|cây ăn quả|cây ăn trái|dừa|mía|sắn|ngô|tôm|cá|muối|ruộng muối|rừng|keo|quế|bưởi|cam|xoài|thanh long|lúa gạo|nuôi trồng thủy sản)(?![\p{L}])/u;

/** "6 tháng", "5 năm": a duration, not a quantity of the sector. */
const DURATION_UNITS = new Set(['tháng', 'năm', 'ngày', 'quý', 'tuần', 'giờ', 'phút']);
const QUANTITY_KINDS = new Set(['number', 'money', 'area', 'percent', 'ratio', 'range', 'multiple']);
const TRAINING = /tập huấn|đào tạo|bồi dưỡng|tuyên truyền|học tập|lớp|khóa học|khoá học|hội thảo|truyền thông|phổ biến/u;
const FLOW_METRICS = new Set<Metric>(['revenue', 'profit', 'income', 'participants']);

interface Ctx {
  text: string;
  key: string;
  mentions: Mention[];
  fc: FactContext;
}

export function extractFacts(text: string, mentions: Mention[], fc: FactContext): { facts: DraftFact[]; skipped: Skipped[] } {
  const key = toneKey(text);
  const ctx: Ctx = { text, key, mentions, fc };
  const facts: DraftFact[] = [];
  const skipped: Skipped[] = [];
  const paragraphs = segment(text);
  let planSection = false;
  let sectionPeriod: Mention | null = null;
  for (const p of paragraphs) {
    const pKey = key.slice(p.start, p.end).trim();
    const heading = p.end - p.start < 120 && !/[.;]$/.test(pKey) && !/\d{2,}\s*(?:htx|tht|thành viên)/u.test(pKey);
    // A heading "Phương hướng, nhiệm vụ năm 2024" makes the section that follows a plan; a paragraph that
    // merely opens with such words is a plan itself, and the next paragraph is not.
    const opensPlan = PLAN_SECTION.test(pKey.replace(/^[ivx\d.\-–)\s]+/u, ''));
    if (heading) planSection = opensPlan ? true : /^(?:[ivx\d]+[.)]\s*)?(?:kết quả|tình hình|đánh giá|một số kết quả|những hạn chế|hạn chế|khó khăn)/u.test(pKey) ? false : planSection;
    const planHere = planSection || opensPlan;
    const leadPeriod = paragraphLead(ctx, p);
    if (heading && leadPeriod) sectionPeriod = leadPeriod;
    const table = fc.tables?.find((t) => t.start < p.end && t.end > p.start);
    if (table) {
      facts.push(...fromTable(ctx, table, facts, paragraphs[p.index - 1] ?? null, planHere));
      continue;
    }
    const paraFacts: DraftFact[] = [];
    for (const s of p.sentences) {
      const sFacts: DraftFact[] = [];
      const quantities = mentions.filter((m) => m.start >= s.start && m.end <= s.end && QUANTITY_KINDS.has(m.kind) && !(m.kind === 'number' && m.unit && DURATION_UNITS.has(m.unit)));
      const depth = parenDepth(text, s.start, s.end);
      const consumed = new Set<Mention>();
      for (let qi = 0; qi < quantities.length; qi++) {
        const m = quantities[qi]!;
        if (consumed.has(m)) continue;
        const prevEnd = qi > 0 ? quantities[qi - 1]!.end : s.start;
        const r = classify(ctx, s, m, prevEnd, sFacts, paraFacts, depth[m.start - s.start]! > 0, quantities[qi + 1] ?? null);
        if ('reason' in r) {
          skipped.push({ mention: m, reason: r.reason });
          continue;
        }
        if (r.consumes) consumed.add(r.consumes);
        const f = r.fact;
        // A paragraph about a former province ("Tỉnh Gia Lai (cũ) có 510 HTX. 6 tháng đầu năm thành lập mới 26 HTX")
        // keeps speaking of it until a sentence says "toàn tỉnh".
        const former = [...paraFacts, ...sFacts].find((x) => (x.place?.level === 'former_province' || x.place?.level === 'cooperative') && x.placeAt !== undefined && x.placeAt - p.start < 40);
        if (!f.place && former && !/toàn tỉnh|cả tỉnh|tỉnh mới|toàn thành phố|sau sáp nhập|sau hợp nhất/u.test(key.slice(s.start, s.end))) {
          f.place = former.place;
          f.formerProvince = former.formerProvince;
        }
        finishDates(ctx, p, s, f, leadPeriod ?? sectionPeriod);
        finishStatus(ctx, p, s, f, m, prevEnd, planHere, leadPeriod ?? sectionPeriod);
        sFacts.push(f);
      }
      paraFacts.push(...sFacts);
    }
    facts.push(...paraFacts);
  }
  return { facts, skipped };
}

/** Table rows become facts through the table's header; dates come from the line that introduces the table. */
function fromTable(ctx: Ctx, table: Span, prior: DraftFact[], intro: Paragraph | null, planSection: boolean): DraftFact[] {
  const rp = ctx.fc.reportPeriod;
  const introTemporal = intro ? ctx.mentions.filter((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= intro.start && m.end <= intro.end).pop() : undefined;
  const when = introTemporal ? periodOf(introTemporal) : null;
  const out: DraftFact[] = [];
  for (const t of tableFacts(ctx.text, table, ctx.mentions)) {
    // A total row that repeats a figure the prose already gave is the same fact.
    if (t.sector === null && prior.some((f) => f.entity === t.entity && f.metric === t.metric && f.value === t.value && !f.place)) continue;
    const f: DraftFact = {
      ...blankFact(t.mention, t.entity),
      metric: t.metric,
      unit: t.unit,
      sector: t.sector,
      sectorLabel: t.sectorLabel,
      value: t.value,
      evidence: { start: t.row.start, end: t.row.end },
      rule: `table.${t.rule}`,
      refMetric: t.metric === 'share' ? 'count' : null,
      breakdown: t.sector !== null,
      confidence: 0.88,
      status: planSection ? 'target' : 'actual',
    };
    const flow = FLOW_METRICS.has(t.metric);
    if (when && when.end) {
      if (flow) f.period = { start: when.start, end: when.end };
      else f.asOf = when.end;
      f.dateFrom = 'paragraph';
    } else if (rp && !planSection) {
      if (flow) f.period = { start: rp.start, end: rp.end };
      else f.asOf = rp.end;
      f.dateFrom = 'report_period';
    }
    out.push(f);
  }
  return out;
}

type Classified = { fact: DraftFact; consumes?: Mention } | { reason: string };

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
  const stretch = key.slice(Math.max(clause.start, prevEnd), m.start);
  const value = typeof m.value === 'number' ? m.value : NaN;
  if (!Number.isFinite(value)) return { reason: 'no numeric value' };

  // ---- relative quantities: shares, plan achievement, changes in percent or times
  const isPercent = m.kind === 'percent' || (m.kind === 'number' && SHARE_LEAD.test(before) && value < 100 && !Number.isInteger(value));
  if (isPercent || m.kind === 'multiple') {
    const after = key.slice(m.end, Math.min(clause.end, m.end + 40));
    const anchor = lastFact(sFacts) ?? null;
    if (m.kind === 'percent' && /(?<!đạt và |đạt, )vượt\s*$/u.test(before) && PLAN_ACHIEVEMENT.test(after))
      return { reason: '"vượt X% kế hoạch" says by how much the plan was exceeded, not the share of it achieved' };
    if (m.kind === 'percent' && ACHIEVE_LEAD.test(before) && PLAN_ACHIEVEMENT.test(after)) {
      let target = planAnchor(sFacts) ?? planAnchor(paraFacts);
      // "số HTX thành lập mới trong quý mới đạt 15% kế hoạch năm": the subject names what the plan is of.
      const spPlan = subjectPhrase(ctx, Math.max(clause.start, prevEnd), m.start);
      if (spPlan && !spPlan.counted && spPlan.determiner && /^(?:số|số lượng|tổng số)$/u.test(spPlan.determiner)) {
        const newOnes = /thành lập mới|phát triển mới/u.test(key.slice(spPlan.end, m.start));
        target = { ...blankFact(m, spPlan.entity), scope: newOnes ? 'new' : 'existing', sector: spPlan.sector, sectorLabel: spPlan.sectorLabel, rating: spPlan.rating, evidence: { start: spPlan.start, end: m.end } };
      }
      // "đạt 45% kế hoạch năm về HTX": the plan names its entity.
      const about = /^\s*(?:kế hoạch|chỉ tiêu)[^,;.\d]{0,15}?về\s+(?:số\s+)?(htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.exec(after);
      if (about) {
        const ent: Entity = /^(?:tht|tổ hợp tác)$/u.test(about[1]!) ? 'cooperative_group' : 'cooperative';
        target = [...sFacts, ...paraFacts].reverse().find((f) => f.entity === ent && f.metric === 'count') ?? target;
      }
      if (!target) return { reason: 'plan achievement with no figure it refers to' };
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
    if (isPercent && SHARE_LEAD.test(before)) {
      // "Số HTX hoạt động có hiệu quả hiện chiếm khoảng 47% tổng số HTX": the subject before "chiếm".
      const sp = subjectPhrase(ctx, Math.max(clause.start, prevEnd), m.start);
      if (sp && !sp.counted && ((sp.determiner && /^(?:số|số lượng|tổng số)$/u.test(sp.determiner)) || sp.sector || sp.rating) && /^\s*(?:hiện\s+|đã\s+|vẫn\s+)?$/u.test(key.slice(sp.end, m.start).replace(SHARE_LEAD, ''))) {
        return {
          fact: {
            ...blankFact(m, sp.entity),
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
      if (!anchor) return { reason: 'share with no figure it is a share of' };
      // "…4.870 thành viên, trong đó đồng bào dân tộc thiểu số chiếm 40%": a share of a subgroup the fields cannot name.
      const gap = key.slice(anchor.evidence.end, m.start).replace(SHARE_LEAD, '');
      if (gap.length > 14 && !/^[\s,(]*(?:trong đó|riêng)?[\s,:]*$/u.test(gap)) return { reason: 'share of a part of the figure before that the fields cannot name' };
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
    const ratio = /tỷ lệ\s+(?:số\s+)?((?:htx|hợp tác xã)[^,;.\d]{0,40}?)\s*(?:đạt|là|chiếm|ở mức)?\s*$/u.exec(before);
    if (isPercent && ratio && !CHANGE_LEAD.test(before)) {
      const at = m.start - (before.length - ratio.index!) + ratio[0].indexOf(ratio[1]!);
      const sp = subjectPhrase(ctx, at, m.start);
      if (sp && (sp.rating || sp.sector)) {
        return {
          fact: { ...blankFact(m, sp.entity), metric: 'share', unit: 'percent', refMetric: 'count', sector: sp.sector, sectorLabel: sp.sectorLabel, rating: sp.rating, evidence: { start: at - 'tỷ lệ '.length, end: m.end }, rule: 'fact.share.ratio', confidence: 0.85 },
        };
      }
    }
    // "ít nhất 60% HTX hoạt động hiệu quả", "70% số HTX đang hoạt động": a share of the cooperatives in a class.
    const ofCoops = /^\s*(?:số\s+|tổng số\s+)?(?:các\s+)?(htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.exec(after);
    if (isPercent && ofCoops && !CHANGE_LEAD.test(before)) {
      const sp = subjectPhrase(ctx, m.end, Math.min(clause.end, m.end + 60));
      if (!sp?.rating && /^[^,;.\d]{0,30}?(?:xếp loại|loại|tốt|khá|giỏi|hiệu quả|đang hoạt động)/u.test(after.slice(ofCoops[0].length)))
        return { reason: 'share of a class of cooperatives that no single rating names ("khá trở lên")' };
      return {
        fact: {
          ...blankFact(m, sp?.entity ?? 'cooperative'),
          metric: 'share',
          unit: 'percent',
          refMetric: 'count',
          sector: sp?.sector ?? null,
          sectorLabel: sp?.sectorLabel ?? null,
          rating: sp?.rating ?? null,
          evidence: { start: evidenceStart(key, s, clause, m.start, prevEnd), end: sp ? sp.end : m.end + ofCoops[0].length },
          rule: 'fact.share.of_class',
          confidence: 0.85,
        },
      };
    }
    // A change: "tăng 12,5% so với cùng kỳ", "tăng 2,1 lần so với năm 2015", "gần gấp đôi so với năm 2015".
    const compared = COMPARE.test(key.slice(m.end, clause.end)) || /^\s*(?:năm \d{4}|cùng kỳ)/u.test(key.slice(m.end, clause.end)) || COMPARE.test(key.slice(s.start, m.start));
    if ((CHANGE_LEAD.test(before) || (m.kind === 'multiple' && /gấp/u.test(key.slice(Math.max(clause.start, m.start - 12), m.end)))) && compared) {
      const lead = key.slice(Math.max(clause.start, prevEnd), m.start);
      const kw = metricBefore(key, Math.max(clause.start, prevEnd), m.start);
      // What changed: a metric word ("doanh thu bình quân … tăng"), a subject ("số HTX tăng 1,6 lần"), or the figure just stated.
      const sp = subjectPhrase(ctx, Math.max(clause.start, prevEnd), m.start);
      let target: DraftFact | null | undefined = kw ? [...sFacts].reverse().find((f) => f.metric === kw.rule.metric) : null;
      if (!target && kw && kw.rule.kinds.includes('money')) {
        // "lãi bình quân của HTX giảm 8,5%": the metric word names what changed, though no amount was printed.
        const avg = AVERAGE.test(key.slice(kw.start, m.start));
        target = { ...blankFact(m, sp && !sp.counted ? sp.entity : 'cooperative'), metric: kw.rule.metric, unit: 'VND', statistic: avg ? 'average' : 'total', sector: sp && !sp.counted ? sp.sector : null, sectorLabel: sp && !sp.counted ? sp.sectorLabel : null, evidence: { start: kw.start, end: m.end } };
      }
      if (!target && sp && !sp.counted) {
        target = { ...blankFact(m, sp.entity === 'member_unit' ? 'member_unit' : sp.entity), sector: sp.sector, sectorLabel: sp.sectorLabel, rating: sp.rating, evidence: { start: sp.start, end: m.end } };
      }
      if (!target && !kw && !/(?:số|tổng số|số lượng)\s/u.test(lead)) target = anchor;
      if (!target) return { reason: 'relative change with no figure it refers to' };
      if (target.scope === 'new' && target.metric === 'count') return { reason: 'change of a flow (new cooperatives) against another period: no scope for it' };
      const sign = /giảm/u.test(before.slice(-12)) ? -1 : 1;
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

  // ---- a counted noun right after the number
  const afterStart = m.end;
  const restKey = key.slice(afterStart, Math.min(s.end, afterStart + 80)).replace(/^\s+/, '');
  const gap = key.slice(afterStart).length - key.slice(afterStart).trimStart().length;
  const nounStart = afterStart + gap;
  // "3 sao: 120 sản phẩm" in a sentence about OCOP: a bare "sản phẩm" is an OCOP product.
  const ocopBare =
    /^sản phẩm(?![\p{L}])/u.exec(restKey) &&
    /ocop|(?<![\p{L}])sao(?![\p{L}])/u.test(key.slice(s.start, s.end)) &&
    !/^sản phẩm (?:của|do|chủ lực)/u.test(restKey) &&
    // "Các HTX trong tỉnh đã có 74 sản phẩm": products of the cooperatives, a subset the fields cannot name.
    !/(?:htx|hợp tác xã)[^,;.\d]{0,30}(?:có|đã có|sở hữu)\s*(?:trên|hơn|gần|khoảng)?\s*$/u.test(key.slice(Math.max(s.start, m.start - 50), m.start));
  // "1.500 lượt cán bộ": the mention layer may already have taken "lượt" as the unit.
  const noun = ocopBare && !NOUNS.find((n) => n.id === 'noun.ocop')!.pattern.test(restKey)
    ? { n: NOUNS.find((n) => n.id === 'noun.ocop')!, mm: /^sản phẩm/u.exec(restKey) }
    : m.unit === 'lượt'
      ? { n: NOUNS.find((n) => n.id === 'noun.participants_times')!, mm: /^(?:người|cán bộ|học viên|đại biểu|thành viên)?/u.exec(restKey) }
      : NOUNS.map((n) => ({ n, mm: n.pattern.exec(restKey) })).find((x) => x.mm);
  let rejected: string | null = null;
  if (noun && (m.kind === 'number' || m.kind === 'ratio' || m.kind === 'range')) {
    const r = countFact(ctx, s, clause, m, noun.n, nounStart, nounStart + noun.mm![0].length, prevEnd, sFacts, paraFacts, inParens, next);
    // "Tổng số thành viên HTX 140.749 người": a bare "người" may still be the unit of a metric word before.
    if (!('reason' in r) || noun.n.metric !== 'participants') return r;
    rejected = r.reason;
  }

  // ---- an amount after a metric keyword
  const unitNoun = /^\s*(?:người|lao động)(?![\p{L}])/u.exec(key.slice(m.end));
  // "vốn điều lệ 3.664 tỷ" with "đồng" left out: a scaled number after a money word is an amount of đồng.
  const scaledNumber = m.kind === 'number' && /(?:tỷ|tỉ|triệu)\s*$/u.test(key.slice(m.start, m.end)) && !/^\s*(?:usd|đô|euro)/u.test(key.slice(m.end, m.end + 6));
  const allowedKind = m.kind === 'range' ? (m.unit === 'VND' ? 'money' : m.unit === 'ha' || m.unit === 'm2' ? 'area' : 'number') : scaledNumber ? 'money' : m.kind;
  const kw = metricBefore(key, Math.max(clause.start, prevEnd, m.start - 90), m.start, allowedKind);
  let metric: Metric | null = null;
  let rule = '';
  if (kw && kw.rule.kinds.includes(allowedKind as never)) {
    metric = kw.rule.metric;
    rule = kw.rule.id;
  } else if (allowedKind === 'area') {
    metric = 'land_area';
    rule = 'metric.area_unit';
  }
  if (metric && (metric === 'members' || metric === 'workers') && !unitNoun) metric = null;
  // "vốn hoạt động 95 tỷ đồng, bình quân mỗi HTX 2,5 tỷ đồng": the average of the amount just stated.
  if (!metric && (m.kind === 'money' || m.kind === 'area') && /bình quân\s+(?:mỗi|một|\/)?\s*(?:htx|hợp tác xã|tht|thành viên|người|quỹ)?\s*(?:ước\s+)?(?:đạt|là)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 40), m.start))) {
    const prev = [...sFacts].reverse().find((f) => f.rule.startsWith('metric.') && f.unit === (m.kind === 'money' ? 'VND' : 'ha'));
    if (prev) {
      metric = prev.metric;
      rule = 'metric.average_of_previous';
    }
  }
  // "bình quân 1,9 tỷ đồng/HTX" after "vốn điều lệ …" two clauses back: same metric, per cooperative.
  if (!metric && m.kind === 'money' && /(?:^|\/)(?:htx|hợp tác xã|tht)(?:\/|$)/u.test(toneKey(m.per ?? '')) && /bình quân|trung bình/u.test(key.slice(Math.max(clause.start, m.start - 25), m.start))) {
    const prev = [...sFacts].reverse().find((f) => f.rule.startsWith('metric.') && f.unit === 'VND');
    if (prev) {
      metric = prev.metric;
      rule = 'metric.average_of_previous';
    }
  }
  if (!metric) {
    if (CHANGE_LEAD.test(before) && (m.kind === 'money' || m.kind === 'area')) {
      const target = [...sFacts].reverse().find((f) => f.unit === (m.kind === 'money' ? 'VND' : 'ha'));
      if (target && COMPARE.test(key.slice(m.end, clause.end))) {
        return {
          fact: derive(ctx, s, m, target, {
            metric: target.metric,
            refMetric: null,
            unit: target.unit,
            scope: 'change',
            rule: 'fact.change.amount',
            sign: /giảm/u.test(before.slice(-12)) ? -1 : 1,
            evidenceStart: target.evidence.start,
          }),
        };
      }
    }
    return { reason: rejected ?? (m.kind === 'money' ? 'amount with no metric word (vốn, doanh thu, …)' : 'no counted noun or metric word') };
  }
  if (/(?:một số|nhiều|một vài|hầu hết|có)\s+(?:htx|hợp tác xã|tht|tổ hợp tác)[^,;]{0,40}$/u.test(key.slice(clause.start, kw ? kw.start : m.start)) && /một số|nhiều|một vài|hầu hết/u.test(key.slice(clause.start, m.start)))
    return { reason: 'figure of an undefined subset ("một số HTX")' };
  if (metric === 'land_area' && /trong đó\s*(?:có\s*)?(?:hơn|khoảng|gần|trên)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 20), m.start)))
    return { reason: 'part of an area ("trong đó 3 ha …") that the fields cannot name' };
  if (metric === 'land_area' && /(?:cánh đồng|nhà màng|nhà lưới|vùng nguyên liệu|vườn|mở rộng thêm|mở rộng)[^,;.]{0,25}$/u.test(key.slice(Math.max(clause.start, (kw?.start ?? m.start) - 40), kw?.start ?? m.start)))
    return { reason: 'area of something other than the cooperatives (fields, greenhouses, an expansion)' };
  return amountFact(ctx, s, clause, m, metric, rule, kw?.start ?? m.start, prevEnd, sFacts, paraFacts, unitNoun ? m.end + unitNoun[0].length : m.end);
}

function countFact(
  ctx: Ctx,
  s: Sentence,
  clause: Span,
  m: Mention,
  noun: NounRule,
  nounStart: number,
  nounEnd: number,
  prevEnd: number,
  sFacts: DraftFact[],
  paraFacts: DraftFact[],
  inParens: boolean,
  next: Mention | null,
): Classified {
  const { key, text } = ctx;
  const sentenceKey = key.slice(s.start, s.end);
  if (noun.needsTraining && !TRAINING.test(sentenceKey)) return { reason: `"${text.slice(nounStart, nounEnd)}" outside a training context` };
  if (noun.id === 'noun.participants' && /^(?:người|cán bộ|đại biểu)$/u.test(key.slice(nounStart, nounEnd))) {
    // Bare "người" is a participant count only when the verb says so.
    if (!/^\s*(?:tham dự|tham gia|dự|được)/u.test(key.slice(nounEnd, nounEnd + 12)) && !/(?:cho|với)\s*(?:trên|hơn|gần|khoảng)?\s*$/u.test(key.slice(Math.max(s.start, m.start - 12), m.start)))
      return { reason: 'people counted outside a course' };
  }
  if (noun.id === 'noun.fund' && !/quỹ tín dụng|quỹ tdnd|qtdnd|qtd(?![\p{L}])|tín dụng nhân dân/u.test(key.slice(Math.max(s.start - 600, m.start - 600, 0), Math.min(s.end, nounEnd + 40))))
    return { reason: '"quỹ" that is not a people\'s credit fund' };
  const countNoun = noun.metric === 'count' && noun.entity !== 'training_course';
  const lead = key.slice(Math.max(clause.start, m.start - 40), m.start);
  if (/(?:xuống|giảm xuống)\s*(?:dưới|còn)?\s*$/u.test(lead)) return { reason: 'a bound to bring a class below ("xuống dưới 10 HTX"), not a count' };
  // "thành lập mới 27 HTX, vượt kế hoạch đề ra (25 HTX)": the plan of the figure before, not a figure.
  if (/(?:kế hoạch|chỉ tiêu|kh)(?:\s+(?:đề ra|năm|được giao|giao))?\s*\(\s*$/u.test(lead)) {
    const prev = [...sFacts].reverse().find((f) => f.metric === noun.metric && f.entity === (noun.entity === 'inherit' ? f.entity : noun.entity));
    if (prev && prev.plan === null) prev.plan = m.value as number;
    return { reason: 'the plan of the figure before, in brackets' };
  }
  if (/(?:^|[\s,;:(])(?:giỏi|xuất sắc)\s*:?\s*$/u.test(lead)) return { reason: 'a class ("giỏi") the rating vocabulary does not have' };
  if (/trong số\s*$/u.test(lead)) return { reason: '"trong số N HTX": the base of a breakdown, stated as such' };
  if (noun.id === 'noun.household_members' && (/liên kết(?: với)?\s*(?:trên|hơn|gần|khoảng)?\s*$/u.test(lead) || /^\s*(?:dân\s+)?(?:liên kết|sản xuất liên kết|ký hợp đồng)/u.test(key.slice(nounEnd, nounEnd + 25))))
    return { reason: 'households linked by contract are not members' };
  if (noun.metric === 'participants' && /(?:hỗ trợ|tư vấn|khám|trao)\s*(?:cho\s*)?(?:trên|hơn|gần|khoảng)?\s*$/u.test(lead)) return { reason: 'supported people, not course participants' };
  if (/(?:một số|nhiều|một vài|mỗi|hầu hết)\s+(?:huyện|xã|địa phương|htx|hợp tác xã|nơi)(?!\s+nhất)[^,;]{0,40}$/u.test(lead) && !/nhiều (?:htx|hợp tác xã) nhất/u.test(lead))
    return { reason: 'figure of an undefined subset ("một số huyện", "mỗi HTX")' };
  if (countNoun && BLOCKING_VERBS.pattern.test(lead) && !/(?:toàn tỉnh|hiện|trong đó|gồm)\s*(?:có\s*)?$/u.test(lead))
    return { reason: `counted after "${lead.trim().split(/\s+/).slice(-2).join(' ')}": not a stock or a flow of the sector` };

  // Sector words and rating after the noun ("HTX nông nghiệp đang hoạt động").
  let end = nounEnd;
  let sector: Sector | null = noun.sector ?? null;
  let sectorLabel: string | null = noun.sector ? text.slice(nounStart, nounEnd) : null;
  const star = noun.entity === 'ocop_product' ? /(?:[1-5]|ba|bốn|năm) sao/u.exec(key.slice(nounStart, nounEnd)) : null;
  if (star) sectorLabel = text.slice(nounStart + star.index, nounStart + star.index + star[0].length);
  if (noun.entity === 'ocop_product' && !star) {
    const starBefore = /(?:^|[\s,;:(])(?:hạng\s+|đạt\s+)?([1-5]|ba|bốn|năm)\s+sao\s*:?\s*$/u.exec(key.slice(Math.max(s.start, m.start - 20), m.start));
    const starAfter = /^\s*(?:ocop\s+)?(?:đạt\s+|hạng\s+)?([1-5]|ba|bốn|năm)\s+sao(?![\p{L}])/u.exec(key.slice(nounEnd, nounEnd + 20));
    const st = starBefore ?? starAfter;
    if (st) sectorLabel = `${({ ba: '3', bốn: '4', năm: '5' } as Record<string, string>)[st[1]!] ?? st[1]} sao`;
  }
  const limit = Math.min(clause.end, next ? next.start : clause.end);
  if (noun.metric === 'count' && noun.entity !== 'training_course') {
    const label = readSector(key, end + 1 > limit ? end : end, limit);
    if (label && key.slice(end, label.start).trim().length <= 30) {
      sector = sector === 'credit' ? (label.sector === 'credit' ? 'credit' : sector) : label.sector;
      sectorLabel = text.slice(label.start, label.end);
      end = label.end;
    }
  }
  if (noun.entity === 'training_course' && noun.metric === 'count') {
    const who = /^[^(;]*?(?:cho|dành cho)\s+(?:(?:lãnh đạo|cán bộ|cán bộ quản lý|thành viên)\s+)?(?:các\s+)?/u.exec(key.slice(end, limit));
    if (who) {
      const at = end + who[0].length;
      const head = /^(?:htx|hợp tác xã|tổ hợp tác|tht)\s+/u.exec(key.slice(at, limit));
      const label = readSector(key, head ? at + head[0].length : at, limit, { lead: false });
      if (label) {
        sector = label.sector;
        sectorLabel = text.slice(label.start, label.end);
      } else if (!head) {
        const credit = readSector(key, at, limit, { lead: false });
        if (credit) {
          sector = credit.sector;
          sectorLabel = text.slice(credit.start, credit.end);
        }
      }
    }
  }
  // A label before the number: "Nông nghiệp: 212 HTX", "lĩnh vực nông nghiệp có 86 HTX", a table row.
  const colonLabel = countNoun ? labelBefore(ctx, clause, m.start) : null;
  if (colonLabel && noun.entity === 'cooperative' && !noun.sector) {
    sector = colonLabel.sector;
    sectorLabel = colonLabel.label;
  }
  let rating: Rating | null = countNoun ? ratingBefore(ctx, clause, m.start, s.start) : null;
  const afterNoun = key.slice(end, limit).replace(/^\s+/, '');
  if (countNoun && !rating && /^trung bình(?![\p{L}])/u.test(afterNoun) && /xếp loại|phân loại|đánh giá|loại (?:tốt|khá|yếu)/u.test(key.slice(s.start, s.end))) {
    rating = 'average';
    end += key.slice(end, limit).length - afterNoun.length + 'trung bình'.length;
  }
  if (!rating) for (const r of RATINGS) {
    const rm = r.pattern.exec(afterNoun);
    if (rm) {
      if (/^\s*(?:trở lên|,\s*(?:tốt|khá|giỏi)(?![\p{L}])|và (?:tốt|khá|giỏi)(?![\p{L}]))/u.test(afterNoun.slice(rm[0].length)))
        return { reason: 'cooperatives of two rating classes at once ("khá, tốt"), which no single rating names' };
      rating = r.rating;
      end = end + (key.slice(end, limit).length - afterNoun.length) + rm[0].length;
      break;
    }
  }
  const sp = subjectPhrase(ctx, clause.start, m.start);
  // "Số HTX được đánh giá, phân loại là 850 HTX": the evaluated ones, a subset the fields cannot name.
  if (countNoun && sp && sp.determiner && /^\s*(?:được|tham gia)\s+(?:đánh giá|phân loại|xếp loại)/u.test(key.slice(sp.end, m.start)))
    return { reason: 'the cooperatives that were evaluated: a subset the fields cannot name' };
  if (countNoun && !rating && sp && sp.determiner === 'số' && sp.entity === noun.entity && /^\s*(?:hiện\s+)?(?:là|có|đạt|chỉ có|còn)?\s*$/u.test(key.slice(sp.end, m.start))) {
    rating = sp.rating;
    if (!sector && sp.sector) {
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
    }
  }
  if (countNoun && PARTICIPATION_AFTER.test(key.slice(end, Math.min(clause.end, end + 60))))
    return { reason: 'cooperatives counted as taking part in something, not as a stock' };
  // For OCOP products "được công nhận đạt chuẩn OCOP" defines them; for cooperatives such words name a subset.
  if (countNoun && noun.entity !== 'ocop_product' && SUBSET_AFTER.test(key.slice(end, Math.min(clause.end, end + 50))))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };

  // Scope: a change ("tăng 11 HTX so với …"), the last trigger before the number, or the list it continues.
  const stretch = key.slice(Math.max(clause.start, prevEnd), m.start);
  const before = key.slice(Math.max(s.start, m.start - 30), m.start);
  let scope: Scope;
  let sign = 1;
  const subject = subjectOf(sFacts) ?? subjectOf(paraFacts);
  if (CHANGE_LEAD.test(before) && (COMPARE.test(key.slice(m.end, s.end)) || COMPARE.test(key.slice(s.start, m.start)))) {
    const prevCount = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === noun.entity);
    // "thành lập mới 38 HTX, tăng 7 HTX so với cùng kỳ": a change in the number of new ones has no scope of its own.
    if (prevCount && prevCount.scope === 'new') return { reason: 'change of a flow (new cooperatives) against another period: no scope for it' };
    scope = 'change';
    sign = /giảm/u.test(before.slice(-12)) ? -1 : 1;
  } else {
    const trig = lastTrigger(stretch);
    if (trig) scope = trig;
    else if (noun.entity === 'training_course') scope = 'new';
    else if (noun.entity === 'inherit' || !countNoun) scope = subject && subject.scope !== 'change' ? subject.scope : 'existing';
    else {
      const prevCount = [...sFacts].reverse().find((f) => f.metric === 'count' && f.scope !== 'change');
      const sameClause = prevCount && prevCount.valueSpan.start >= clause.start;
      // "thành lập mới 20 HTX …, kế hoạch cả năm là 35 HTX": the plan is of the same flow.
      const planOfIt = prevCount && /kế hoạch|chỉ tiêu/u.test(stretch) && prevCount.entity === noun.entity;
      scope = sameClause || planOfIt ? prevCount!.scope : 'existing';
    }
    if (noun.entity === 'training_course') scope = 'new';
    // "có thêm 41 sản phẩm …, gồm 5 sản phẩm 4 sao và 36 sản phẩm 3 sao": the parts share the scope of the whole.
    if (afterListIntro(key, clause, m.start) || inParens) {
      const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.entity === noun.entity);
      if (whole && whole.scope !== 'change') scope = whole.scope;
    }
    // "có thêm 58 sản phẩm được công nhận", "Trong quý có 18 sản phẩm OCOP": products recognised during the period.
    if (noun.entity === 'ocop_product' && !trig && (/^[^,;.\d]{0,40}?(?:công nhận mới|chứng nhận mới|được công nhận|được chứng nhận)/u.test(key.slice(nounEnd, s.end)) && !/(?:đến nay|toàn tỉnh có|hiện có|tổng số|lũy kế)/u.test(stretch + before)) ) scope = 'new';
    if (noun.entity === 'ocop_product' && ((trig !== 'existing' && /trong (?:quý|năm|kỳ|tháng)|có thêm/u.test(stretch + before)) || /từ đầu năm/u.test(stretch + before))) scope = 'new';
  }

  // Entity: the noun's own, or the figure this one describes.
  let entity: Entity;
  let explicit = true;
  let place: Place | null = null;
  if (noun.entity === 'inherit') {
    explicit = false;
    const nextWords = key.slice(nounEnd, nounEnd + 30);
    if (/^\s*(?:của\s+)?(?:các\s+)?(?:htx|hợp tác xã)(?![\p{L}])/u.test(nextWords)) {
      entity = 'cooperative';
      explicit = true;
    } else if (/^\s*(?:của\s+)?(?:các\s+)?(?:tht|tổ hợp tác)(?![\p{L}])/u.test(nextWords)) {
      entity = 'cooperative_group';
      explicit = true;
    } else if (sp && !(subject && isList(sFacts, subject) && subject.valueSpan.end <= sp.nounStart && sp.nounStart - subject.valueSpan.end < 3 && (subject.entity !== 'cooperative_group' || /^\s*với\s+tổng\s+số/u.test(key.slice(sp.nounEnd, m.start))))) {
      // "Các HTX nông nghiệp hiện có 523.000 hộ thành viên", "615 tổ hợp tác với 7.860 thành viên".
      entity = sp.entity === 'member_unit' ? 'cooperative' : sp.entity;
      explicit = true;
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
      if (subject && subject.valueSpan.end <= sp.nounStart && sp.nounStart - subject.valueSpan.end < 3) place = subject.place;
    } else {
      const prevSame = [...sFacts].reverse().find((f) => f.explicit && (f.metric === 'members' || f.metric === 'workers') && !f.breakdown);
      const subj = prevSame ?? (subject && !isList(sFacts, subject) ? subject : null);
      const opening = sentenceSubject(ctx, s, m.start);
      entity = opening ? opening.entity : subj ? (subj.entity === 'training_course' || subj.entity === 'ocop_product' || subj.entity === 'member_unit' ? 'cooperative' : subj.entity) : 'cooperative';
      if (opening) {
        sector = opening.sector;
        sectorLabel = opening.sectorLabel;
      } else if (subj) {
        place = subj.place ?? namedPlaceAfter(ctx, subj, m.start);
        if (!sector && subj.sector && noun.metric !== 'count' && subj.valueSpan.start >= s.start) {
          sector = subj.sector;
          sectorLabel = subj.sectorLabel;
        }
      }
    }
  } else entity = noun.entity;
  if (noun.id === 'noun.member_coops' && subject) entity = subject.entity === 'cooperative' ? 'cooperative' : subject.entity;
  // "kết nạp 12 thành viên mới", "đơn vị thành viên của Liên minh": members of the alliance itself.
  if (noun.metric === 'members' && (/thành viên (?:của )?liên minh|đơn vị thành viên/u.test(key.slice(Math.max(s.start, m.start - 60), Math.min(s.end, nounEnd + 30))) || (/kết nạp/u.test(key.slice(Math.max(s.start, m.start - 40), m.start)) && /liên minh/u.test(key.slice(s.start, s.end)))) && !/(?:của|các)\s+(?:htx|hợp tác xã|tht)/u.test(key.slice(nounEnd, nounEnd + 15))) {
    entity = 'member_unit';
    explicit = true;
  }
  const coop = cooperativeSubject(ctx, clause, s.start, m.start);
  let coopAt: number | undefined;
  if (coop && noun.entity === 'ocop_product') place = coop.place;
  if (coop && noun.entity === 'inherit') {
    place = coop.place;
    coopAt = coop.at;
    // A named people's credit fund is a cooperative of the credit sector.
    const fund = /^(?:quỹ|qtdnd)/iu.test(coop.place.name);
    if (scope === 'new' && !lastTrigger(stretch)) scope = 'existing';
    if (noun.entity === 'inherit' && entity !== 'member_unit') entity = coop.entity;
    sector = fund ? 'credit' : null;
    sectorLabel = fund ? coop.place.name.split(/\s+/).slice(0, 2).join(' ') : null;
  }

  // Ratio: value/plan when the sentence speaks of a plan, else "x out of y".
  let plan: number | null = null;
  if (m.kind === 'ratio' && m.denominator !== undefined) {
    const planWords = /kế hoạch|chỉ tiêu|(?<![\p{L}])kh(?![\p{L}])/u.test(key.slice(s.start, s.end));
    if (planWords) plan = m.denominator;
  }
  // A plan printed in brackets after the actual: "thành lập mới 15 HTX (kế hoạch 20 HTX)".
  let consumes: Mention | undefined;
  const bracket = /^\s*\(\s*(?:kế hoạch|kh|chỉ tiêu)\s*(?:là|đề ra|giao)?\s*:?\s*$/u;
  if (next && bracket.test(key.slice(end, next.start)) && next.kind === 'number') {
    plan = next.value as number;
    consumes = next;
  }

  let own: { place: Place; formerProvince: string | null; at?: number } | null = place ? { place, formerProvince: null } : placeBefore(ctx, clause, m.start) ?? bareDistrict(ctx, clause, m.start);
  // "Toàn huyện Thiệu Hóa hiện có 41 HTX, trong đó 35 HTX hoạt động hiệu quả": the breakdown is of the district.
  if (!own && afterListIntro(key, clause, m.start)) {
    const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.place && f.entity === entity);
    if (whole?.place) own = { place: whole.place, formerProvince: whole.formerProvince };
  }
  const finalMetric: Metric = entity === 'member_unit' && noun.metric === 'members' ? 'count' : noun.metric;
  const fact: DraftFact = {
    entity,
    metric: finalMetric,
    scope,
    place: own?.place ?? null,
    formerProvince: own?.formerProvince ?? null,
    sector,
    sectorLabel,
    rating: scope === 'change' || scope === 'dissolved' ? null : rating,
    statistic: 'total',
    status: 'actual',
    value: sign * (m.value as number),
    valueMax: m.valueMax ?? null,
    qualifier: m.qualifier ?? 'exact',
    unit: finalMetric === 'count' && entity === 'member_unit' ? 'count' : noun.unit,
    per: null,
    refMetric: null,
    plan,
    asOf: null,
    period: null,
    dateFrom: 'none',
    evidence: { start: evidenceStart(key, s, clause, m.start, prevEnd), end },
    valueSpan: { start: m.start, end: m.end },
    confidence: 0.92,
    rule: noun.id,
    breakdown: inParens || !!colonLabel || afterListIntro(key, clause, m.start),
    explicit,
    mention: m,
    ...(own && 'at' in own && own.at !== undefined ? { placeAt: own.at } : coopAt !== undefined ? { placeAt: coopAt } : {}),
  };
  if (!explicit) fact.confidence -= 0.07;
  if (noun.metric === 'participants') fact.confidence -= 0.05;
  return consumes ? { fact, consumes } : { fact };
}

function amountFact(
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
  // "doanh thu của các HTX", "thành viên HTX là", "doanh thu của khu vực HTX tỉnh …".
  const of = /(?<![\/\p{L}])(?:(?:của|các|khu vực|toàn bộ)\s+)*(htx|hợp tác xã|tht|tổ hợp tác|liên hiệp htx|liên hiệp hợp tác xã|quỹ tín dụng nhân dân|quỹ tdnd)(?![\p{L}])/u.exec(between);
  if (of) {
    const e = of[1]!;
    entity = /^(?:tht|tổ hợp tác)$/u.test(e) ? 'cooperative_group' : /^liên hiệp/u.test(e) ? 'cooperative_union' : 'cooperative';
    if (/quỹ/u.test(e)) sector = 'credit';
    explicit = true;
    const at = kwStart + of.index + of[0].length;
    const label = readSector(key, at, m.start, { lead: true });
    if (label) {
      sector = label.sector;
      sectorLabel = text.slice(label.start, label.end);
    } else if (sector) sectorLabel = text.slice(kwStart + of.index + of[0].length - e.length, at);
  }
  const perPath = m.per ?? '';
  const perKey = toneKey(perPath);
  if (!of) {
    // "Các quỹ tín dụng nhân dân … với tổng nguồn vốn hoạt động …": the clause's own subject,
    // or the subject that opens the sentence ("Các HTX thu hút 27.099 thành viên, tổng vốn điều lệ …").
    const sp = subjectPhrase(ctx, clause.start, kwStart) ?? sentenceSubject(ctx, s, kwStart);
    // "Hiện HTX có 86 thành viên, vốn điều lệ 2,4 tỷ đồng": a bare singular "HTX" is the cooperative just named.
    const bareSubject = sp && !sp.determiner && !sp.sector && !sp.rating && [...sFacts].some((f) => f.place?.level === 'cooperative');
    if (sp && sp.entity !== 'member_unit' && !sp.counted && !bareSubject) {
      entity = sp.entity;
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
      explicit = true;
    }
  }
  const subject = subjectOf(sFacts) ?? subjectOf(paraFacts);
  const prevAmount = [...sFacts].reverse().find((f) => !f.breakdown && f.rule.startsWith('metric.'));
  const perEntity: Entity | null = /(?:^|\/)(?:htx|hợp tác xã)(?:\/|$)/u.test(perKey) ? 'cooperative' : /(?:^|\/)(?:tht|tổ hợp tác)(?:\/|$)/u.test(perKey) ? 'cooperative_group' : null;
  if (!entity && perEntity) {
    // "thu lãi ước đạt 87 triệu đồng/HTX/năm" after "doanh thu bình quân của các HTX nông nghiệp": the same cooperatives.
    entity = perEntity;
    explicit = true;
    const same = prevAmount && prevAmount.entity === perEntity && prevAmount.valueSpan.start >= s.start ? prevAmount : subject && subject.entity === perEntity && !isList(sFacts, subject) ? subject : null;
    if (same) {
      sector = same.sector;
      sectorLabel = same.sectorLabel;
    }
  }
  let scope: Scope = 'existing';
  if (!explicit) {
    const lastInSentence = [...sFacts].reverse().find((f) => !f.breakdown && f.rule.startsWith('noun.') && f.metric !== 'count');
    // After a list ("182 HTX và 4 liên hiệp HTX, tổng vốn điều lệ …") the amount is the cooperatives'.
    const coopCounts = sFacts.filter((f) => f.metric === 'count' && !f.breakdown && f.entity === 'cooperative');
    // The whole, not a sector of it: the latest stock of all cooperatives, else the first count.
    const listHead = subject && isList(sFacts, subject) ? ([...coopCounts].reverse().find((f) => f.scope === 'existing' && f.sector === null) ?? coopCounts[0]) : undefined;
    const from = prevAmount && prevAmount.explicit && prevAmount.valueSpan.start >= s.start ? prevAmount : listHead ?? subject ?? lastInSentence;
    if (from) {
      entity = from.entity === 'training_course' || from.entity === 'ocop_product' || from.entity === 'member_unit' ? 'cooperative' : from.entity;
      // A sector is inherited only within the sentence, and not from one item of a list; a paragraph
      // about people's credit funds keeps speaking of them.
      if (((!isList(sFacts, from) || from === prevAmount) && from.valueSpan.start >= s.start) || (from.sector === 'credit' && !isList(paraFacts, from))) {
        sector = from.sector;
        sectorLabel = from.sectorLabel;
      }
      scope = from.scope === 'change' ? 'existing' : from.scope;
      place = from.place ?? namedPlaceAfter(ctx, from, m.start);
      formerProvince = from.formerProvince;
      if (from === prevAmount) scope = from.scope;
    }
  }
  if (/\(\s*(?:không tính|không kể|trừ|ngoài)\s/u.test(between)) return { reason: 'figure of a subset ("không tính Quỹ TDND") the fields cannot name' };
  // Cooperative groups have no charter; a charter capital inherited from a group count is the cooperatives'.
  if ((metric === 'charter_capital' || metric === 'total_assets') && entity === 'cooperative_group' && !explicit) entity = 'cooperative';
  // Revenue, profit and income are of the cooperatives as a whole, not "new" ones, unless the clause says so.
  if (FLOW_METRICS.has(metric) && scope === 'new') scope = 'existing';
  const trig = lastTrigger(key.slice(Math.max(clause.start, prevEnd), m.start));
  if (trig && trig !== 'existing') scope = trig;
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
  const coop = cooperativeSubject(ctx, clause, s.start, kwStart);
  // "doanh thu của khu vực HTX tỉnh Trà Vinh (cũ) ước đạt …": the place may stand between the metric word and the amount.
  const own = coop ? { place: coop.place, formerProvince: null } : placeBefore(ctx, clause, kwStart) ?? placeBefore(ctx, { start: kwStart, end: clause.end }, m.start);
  if (coop) {
    entity = coop.entity;
    // A named people's credit fund is a cooperative of the credit sector.
    sector = /^(?:quỹ|qtdnd)/iu.test(coop.place.name) ? 'credit' : null;
    sectorLabel = sector ? coop.place.name.split(/\s+/).slice(0, /^qtdnd/iu.test(coop.place.name) ? 1 : 2).join(' ') : null;
    // "Liên hiệp HTX … được thành lập trong quý II, … vốn điều lệ 1,5 tỷ đồng": the new one's capital.
    if (/(?:được|mới|vừa) thành lập|thành lập mới/u.test(key.slice(s.start, m.start)) && !FLOW_METRICS.has(metric)) scope = 'new';
  }
  if (own) {
    place = own.place;
    formerProvince = own.formerProvince;
  }

  // Averages need a denominator; income is per member by nature.
  const avgWord = AVERAGE.test(key.slice(Math.max(clause.start, kwStart - 30), m.start));
  const perDenominator = /(?:^|\/)(?:htx|tht|hợp tác xã|tổ hợp tác|thành viên|người|hộ|lao động|xã viên|tổ viên)(?:\/|$)/u.test(perKey);
  const denominator = !!of || perDenominator || /bình quân\s+(?:mỗi\s+|một\s+|\/\s*)?(?:htx|tht|thành viên|người|hộ|lao động)/u.test(key.slice(Math.max(clause.start, kwStart - 30), m.start));
  // A per-unit amount ("87 triệu đồng/HTX/năm") is an average even without "bình quân"; "bình quân" with no denominator is not.
  const statistic: 'total' | 'average' = perDenominator || rule === 'metric.average_of_previous' || (avgWord && (denominator || metric === 'income')) ? 'average' : 'total';
  const lastPer = perKey.split('/').pop() ?? '';
  const per: 'year' | 'month' | null = /^năm$/u.test(lastPer) ? 'year' : /^tháng$/u.test(lastPer) ? 'month' : null;
  const unit: Unit = m.kind === 'money' || m.unit === 'VND' || (m.kind === 'number' && metric !== 'members' && metric !== 'workers' && /(?:tỷ|tỉ|triệu)\s*$/u.test(key.slice(m.start, m.end))) ? 'VND' : m.kind === 'area' || m.unit === 'ha' || m.unit === 'm2' ? 'ha' : metric === 'members' || metric === 'workers' ? 'person' : 'count';
  // "210 ha vải", "52.300 ha lúa": land named by its crop is farm land.
  if (metric === 'land_area' && !sector && place?.level !== 'cooperative') {
    const crop = CROP_AFTER.exec(key.slice(m.end, m.end + 30));
    if (crop) {
      sector = 'agriculture';
      sectorLabel = text.slice(m.end + crop.index + crop[0].length - crop[1]!.length, m.end + crop.index + crop[0].length);
    }
  }
  let value = m.value as number;
  let valueMax = m.valueMax ?? null;
  if (m.unit === 'm2') {
    value = value / 10000;
    if (valueMax !== null) valueMax = valueMax / 10000;
  }
  const fact: DraftFact = {
    entity,
    metric,
    scope,
    place,
    formerProvince,
    sector,
    sectorLabel,
    rating: null,
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

// ---------------------------------------------------------------- helpers

function derive(
  ctx: Ctx,
  s: Sentence,
  m: Mention,
  from: DraftFact,
  o: { metric: Metric; refMetric: Metric | null; unit: Unit; rule: string; scope?: Scope; sign?: number; evidenceStart: number },
): DraftFact {
  const end = Math.min(s.end, m.end + (/^\s*(?:kế hoạch|chỉ tiêu)[\p{L} ]{0,20}/u.exec(ctx.key.slice(m.end))?.[0].length ?? 0));
  const scope = o.scope ?? from.scope;
  return {
    ...from,
    metric: o.metric,
    scope,
    refMetric: o.refMetric,
    unit: o.unit,
    value: (o.sign ?? 1) * (m.value as number),
    valueMax: null,
    plan: null,
    qualifier: m.qualifier ?? 'exact',
    rating: scope === 'change' && o.unit === 'times' ? from.rating : from.rating,
    per: o.metric === 'share' || o.metric === 'plan_achievement' || scope === 'change' ? (o.unit === 'VND' ? from.per : null) : from.per,
    evidence: { start: Math.min(o.evidenceStart, m.start), end: Math.max(end, m.end) },
    valueSpan: { start: m.start, end: m.end },
    confidence: Math.min(from.confidence, 0.9),
    rule: o.rule,
    breakdown: true,
    mention: m,
    asOf: null,
    period: null,
  };
}

/** A fact with no attributes yet, for relative figures whose subject is a noun phrase rather than another fact. */
function blankFact(m: Mention, entity: Entity): DraftFact {
  return {
    entity,
    metric: 'count',
    scope: 'existing',
    place: null,
    formerProvince: null,
    sector: null,
    sectorLabel: null,
    rating: null,
    statistic: 'total',
    status: 'actual',
    value: m.value as number,
    valueMax: null,
    qualifier: m.qualifier ?? 'exact',
    unit: 'count',
    per: null,
    refMetric: null,
    plan: null,
    asOf: null,
    period: null,
    dateFrom: 'none',
    evidence: { start: m.start, end: m.end },
    valueSpan: { start: m.start, end: m.end },
    confidence: 0.85,
    rule: 'fact.subject',
    breakdown: true,
    explicit: true,
    mention: m,
  };
}

/** A subject noun phrase that opens the sentence ("Các HTX …", "Năm 2023, các quỹ tín dụng nhân dân …"). */
function sentenceSubject(ctx: Ctx, s: Sentence, until: number): ReturnType<typeof subjectPhrase> {
  const lead = /^(?:(?:năm \d{4}|hiện nay|hiện|đến nay|ngoài ra|bên cạnh đó|nhìn chung|tính chung)[\s,]+)?(?:(?:khối|hệ thống|toàn bộ)\s+)?/u.exec(ctx.key.slice(s.start, s.start + 40));
  const from = s.start + (lead?.[0].length ?? 0);
  // The noun phrase that opens the sentence, read up to its first word that is not part of it.
  const head = /^(?:(?:các|số|tổng số)\s+)?(?:liên hiệp (?:htx|hợp tác xã)|htx|hợp tác xã|tht|tổ hợp tác|quỹ tín dụng nhân dân|quỹ tdnd|qtdnd)(?![\p{L}])(?:\s+[\p{L}]+){0,6}/u.exec(ctx.key.slice(from, Math.min(until, from + 80)));
  if (!head) return null;
  const sp = subjectPhrase(ctx, from, Math.min(until, from + head[0].length));
  if (!sp || sp.start !== from || sp.counted) return null;
  return sp;
}

function lastFact(fs: DraftFact[]): DraftFact | undefined {
  return fs[fs.length - 1];
}

/** The figure a plan achievement refers to: the latest count with a plan, else the latest count. */
function planAnchor(fs: DraftFact[]): DraftFact | undefined {
  const counts = fs.filter((f) => f.metric === 'count' || f.metric === 'revenue' || f.metric === 'members');
  return [...counts].reverse().find((f) => f.plan !== null) ?? counts[counts.length - 1] ?? fs[fs.length - 1];
}

/** The subject of a sentence: its latest figure that is not part of a breakdown. */
function subjectOf(fs: DraftFact[]): DraftFact | undefined {
  return [...fs].reverse().find((f) => !f.breakdown && f.metric === 'count' && f.scope !== 'change');
}

/** A subject followed by other counts of the same clause is one item of an enumeration. */
function isList(fs: DraftFact[], subject: DraftFact): boolean {
  const counts = fs.filter((f) => f.metric === 'count' && f.scope === subject.scope && !f.breakdown);
  return counts.length > 1;
}

function refMetricAfter(after: string): Metric | null {
  const m = /^\s*(?:kế hoạch|chỉ tiêu)\s+(?:năm\s+)?([\p{L} ]{2,30})/u.exec(after);
  if (!m) return null;
  const words = m[1]!;
  for (const rule of METRIC_KEYWORDS) if (rule.pattern.test(words) && words.search(rule.pattern) === 0) return rule.metric;
  return null;
}

function metricBefore(key: string, from: number, to: number, kind?: string): { rule: (typeof METRIC_KEYWORDS)[number]; start: number } | null {
  const stretch = key.slice(from, to);
  let best: { rule: (typeof METRIC_KEYWORDS)[number]; start: number; end: number } | null = null;
  for (const rule of METRIC_KEYWORDS) {
    if (kind && !rule.kinds.includes(kind as never)) continue;
    const re = new RegExp(rule.pattern.source, 'gu');
    for (const mm of stretch.matchAll(re)) {
      const start = from + mm.index;
      const end = start + mm[0].length;
      if (!best || end > best.end || (end === best.end && start < best.start)) best = { rule, start, end };
    }
  }
  if (!best) return null;
  // Another clause or a sentence break between keyword and amount cancels it.
  if (/[;.](?!\d)/u.test(key.slice(best.end, to))) return null;
  return { rule: best.rule, start: best.start };
}

function lastTrigger(stretch: string): Scope | null {
  let best: { scope: Scope; at: number } | null = null;
  for (const t of SCOPE_TRIGGERS) {
    const re = new RegExp(t.pattern.source, 'gu');
    for (const mm of stretch.matchAll(re)) {
      const at = mm.index + mm[0].length;
      if (!best || at > best.at) best = { scope: t.scope, at };
    }
  }
  return best?.scope ?? null;
}

function afterListIntro(key: string, clause: Span, at: number): boolean {
  return /(?:cụ thể|bao gồm|gồm|trong đó)\s*(?:có\s*)?:?[^;]*$/u.test(key.slice(clause.start, at));
}

function lastSeparator(key: string, floor: number, at: number, includeComma: boolean): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = key[i]!;
    if (c === ';' || c === ':' || c === '(' || (includeComma && c === ',')) return i + 1;
  }
  return floor;
}

function evidenceStart(key: string, s: Sentence, clause: Span, at: number, prevEnd: number): number {
  let st = lastSeparator(key, Math.max(clause.start, s.start), at, true);
  // Keep the verb phrase before a comma when it is short ("Kết quả, đến 31/12/2021, toàn tỉnh có 458 HTX").
  if (at - st < 6 && st > clause.start) st = lastSeparator(key, clause.start, st - 1, true);
  st = Math.max(st, Math.min(prevEnd, at));
  while (st < at && /\s/.test(key[st]!)) st++;
  return st;
}

/** A paragraph that opens with a period ("6 tháng đầu năm 2023, …", "Năm 2022, …") sets the time of its figures. */
function paragraphLead(ctx: Ctx, p: Paragraph): Mention | null {
  for (const m of ctx.mentions) {
    if (m.start < p.start) continue;
    if (m.start > p.start + 40 || m.start >= p.end) break;
    if (m.value === null) continue;
    if (m.kind === 'period') return m;
    // A date opens a paragraph as its point in time only as "đến 31/12/2022"; "Chiều 15/1/2019, … tổ chức" dates an event.
    if (m.kind === 'date' && /(?:đến|tính đến|đến hết|tới)\s*(?:ngày\s*)?$/u.test(ctx.key.slice(Math.max(p.start, m.start - 15), m.start))) return m;
  }
  return null;
}

/** Properties following "01 Liên hiệp hợp tác xã Giang Thành, vốn điều lệ …" belong to that named cooperative. */
function namedPlaceAfter(ctx: Ctx, subject: DraftFact, until: number): Place | null {
  const org = namedOrgs(ctx, subject.valueSpan.end, until)[0];
  if (!org || org.start - subject.valueSpan.end > 3) return null;
  return { level: 'cooperative', name: org.name };
}

// ---------------------------------------------------------------- dates and status

function periodOf(m: Mention): Period | null {
  const v = m.value as { start?: string; end?: string | null } | null;
  if (m.kind === 'period' && v && typeof v === 'object' && v.start) return { start: v.start, end: v.end ?? null };
  if (m.kind === 'date' && typeof m.value === 'string') return { start: m.value, end: m.value };
  return null;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function isStock(f: DraftFact): boolean {
  if (f.scope !== 'existing') return false;
  if (FLOW_METRICS.has(f.metric) || f.entity === 'training_course') return false;
  if ((f.metric === 'share' || f.metric === 'plan_achievement') && f.refMetric && FLOW_METRICS.has(f.refMetric)) return false;
  return true;
}

function finishDates(ctx: Ctx, p: Paragraph, s: Sentence, f: DraftFact, lead: Mention | null): void {
  const { key, mentions, fc } = ctx;
  const temporal = mentions.filter((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= s.start && m.end <= f.valueSpan.start);
  // "so với cuối năm 2021 (có 514 HTX)": the compared point dates the stock in brackets, and starts the change.
  let compared: Mention | null = null;
  let own: Mention | null = null;
  for (const t of temporal) {
    const lead2 = key.slice(Math.max(s.start, t.start - 25), t.start);
    if (/so (?:với|cùng)[^,;]*$/u.test(lead2)) compared = t;
    else own = t;
  }
  if (compared && own && own.start > compared.start) compared = null;
  if (f.scope === 'change' && !compared) {
    // "tăng 14 HTX so với cuối năm 2022": the compared point follows the number.
    const clauseEnd = s.clauses.find((c) => c.start <= f.valueSpan.start && f.valueSpan.end <= c.end)?.end ?? s.end;
    const tail = key.slice(f.valueSpan.end, clauseEnd);
    const so = /so (?:với|cùng)/u.exec(tail);
    if (so) compared = mentions.find((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= f.valueSpan.end + so.index && m.end <= clauseEnd) ?? null;
  }
  const stock = isStock(f);
  const rp = fc.reportPeriod;
  if (f.scope === 'change') {
    const cp = compared ? periodOf(compared) : null;
    const endRef = own ? periodOf(own) : rp ? { start: rp.start, end: rp.end } : null;
    if (cp && cp.end) {
      // "so với cuối năm 2021": the change runs from the day after; "so với đầu năm": from that day.
      const from = compared && /đầu/u.test(toneKey(compared.text)) ? cp.start : dayAfter(cp.end);
      f.period = { start: from, end: endRef?.end ?? null };
      f.dateFrom = own ? 'sentence' : 'report_period';
    } else if (endRef) {
      f.period = { start: endRef.start, end: endRef.end };
      f.dateFrom = own ? 'sentence' : 'report_period';
    }
    return;
  }
  if (stock && compared && /^[^;]{0,25}\(\s*(?:có|là|với|đạt)?\s*$/u.test(key.slice(compared.end, f.valueSpan.start))) {
    const cp = periodOf(compared)!;
    f.asOf = cp.end;
    f.dateFrom = 'clause';
    return;
  }
  const use = own ?? (lead && lead.start < f.valueSpan.start ? lead : null);
  const from: DraftFact['dateFrom'] = own ? 'sentence' : use ? 'paragraph' : 'report_period';
  let pp = use ? periodOf(use) : null;
  // An as-of day ("đến hết tháng 6/2021") has passed by definition: it never marks a plan.
  f.when = use && use.kind === 'date' ? null : pp;
  // A section headed by the reported term ("Nhiều dấu ấn trong nhiệm kỳ 2020 - 2025") means the report period itself.
  if (pp && rp && pp.start === rp.start && pp.end && pp.end > rp.end) pp = { start: rp.start, end: rp.end };
  if (stock) {
    if (pp && pp.end) {
      f.asOf = pp.end;
      f.dateFrom = from;
    } else if (rp && f.status !== 'target') {
      f.asOf = rp.end;
      f.dateFrom = 'report_period';
    }
    return;
  }
  if (pp && use) {
    if (use.kind === 'date') {
      // "Đến hết tháng 6/2023, … đã tổ chức 04 lớp": from the start of the reported period up to that day.
      const start = rp && rp.start <= pp.start && rp.end >= pp.start ? rp.start : `${pp.start.slice(0, 4)}-01-01`;
      f.period = { start, end: pp.end };
    } else f.period = pp;
    f.dateFrom = from;
  } else if (rp && f.status !== 'target') {
    f.period = { start: rp.start, end: rp.end };
    f.dateFrom = 'report_period';
  }

  void p;
}

function finishStatus(ctx: Ctx, p: Paragraph, s: Sentence, f: DraftFact, m: Mention, prevEnd: number, planSection: boolean, lead: Mention | null): void {
  const { key, fc } = ctx;
  const stretch = key.slice(Math.max(s.start, prevEnd), m.start);
  // "đạt/vượt kế hoạch đề ra" speaks of a result against a plan, not of a plan.
  const sentenceBefore = key.slice(s.start, m.start).replace(/(?:đạt|vượt|bằng|so với|theo|hoàn thành)[^,;]{0,20}(?:kế hoạch|chỉ tiêu)(?:\s+(?:đề ra|năm|giao|được giao|của tỉnh))*/gu, '');
  const est = STATUS_TRIGGERS.find((t) => t.id === 'status.estimate')!;
  const tgt = STATUS_TRIGGERS.find((t) => t.id === 'status.target')!;
  const near = STATUS_TRIGGERS.find((t) => t.id === 'status.target_near')!;
  const rp = fc.reportPeriod;
  const own = f.when === undefined ? periodFor(f) : f.when;
  // A period after the reported one that had not begun when the article was written is a plan.
  const written = fc.eventDate ?? fc.publishedAt?.slice(0, 10) ?? null;
  const notBegun = (start: string): boolean => !written || daysBetween(start, written) < 31;
  const leadP = lead && lead.kind === 'period' ? periodOf(lead) : null;
  const future = !!(rp && own && own.start > rp.end && notBegun(own.start)) || !!(rp && lead && leadP && leadP.start > rp.end && notBegun(leadP.start) && lead.start >= p.start);
  const derived = f.rule.startsWith('fact.');
  const nearStretch = key.slice(Math.max(s.start, m.start - 70), m.start).replace(/(?:đạt|vượt|bằng)[^,;]{0,20}(?:kế hoạch|chỉ tiêu)/gu, '');
  if (planSection || future || tgt.pattern.test(sentenceBefore) || near.pattern.test(nearStretch)) f.status = f.metric === 'plan_achievement' ? f.status : 'target';
  else if (est.pattern.test(stretch)) f.status = 'estimate';
  else if (!derived) f.status = 'actual';
  // Where plan words stand in the clause or its context and the rules could read it either way, the
  // classifier trained on the annotated clauses decides (eval/learned.ts measures both).
  if (!derived && STATUS_MODEL_ON) {
    const clause = s.clauses.find((c) => c.start <= m.start && m.end <= c.end) ?? s;
    const ml = classifyStatusCombined(ctx.text.slice(clause.start, clause.end), statusContext(ctx.text, clause.start, clause.end));
    // The model only finds plans and estimates the rules missed; it never overrules a rule that fired.
    if (ml.by === 'model' && ml.p >= STATUS_MODEL_MIN_P && f.status === 'actual' && ml.label !== 'actual' && f.metric !== 'plan_achievement') f.status = ml.label;
  }
  // A share, plan achievement or relative change keeps the status of the figure it relates to ("ước đạt …, bằng 27% kế hoạch").
  if (f.status === 'target' && f.dateFrom === 'report_period') {
    // A target is for the plan's period, which the report period is not.
    f.asOf = null;
    f.period = null;
    f.dateFrom = 'none';
  }
  if (f.status === 'target' && rp && f.period && f.period.start <= rp.end && f.dateFrom !== 'report_period' && !future) {
    // keep: a target stated for the reported period itself
  }
  // A flow reported at an event ends no later than the event (a congress in July reporting on "2020-2025");
  // a year-end review a few days before 31/12 still reports on the year.
  if (f.period && fc.eventDate && f.period.end && f.status !== 'target' && daysBetween(fc.eventDate, f.period.end) > 31)
    f.period = { start: f.period.start, end: fc.eventDate };
  if (f.status !== 'actual') f.confidence -= 0.05;
  if (f.dateFrom === 'report_period') f.confidence -= 0.03;
}

function periodFor(f: DraftFact): { start: string; end: string | null } | null {
  if (f.period) return f.period;
  if (f.asOf) return { start: f.asOf, end: f.asOf };
  return null;
}

export { asciiName };
