// The fact layer's working record and the small helpers its readers share:
// a draft fact (the contract's fields plus what the rules need to know about
// how it was read), the context of one document, and lookups over the facts
// already read in the sentence and paragraph.
import type { Entity, Metric, Mention, Period, Place, Qualifier, Rating, ReportPeriod, Scope, Sector, Status, Unit } from '../../schemas/records.js';
import { type Paragraph, type Sentence, type Span } from './segment.js';
import { namedOrgs, subjectPhrase } from './subject.js';
import { COMPARE, METRIC_KEYWORDS, SCOPE_TRIGGERS } from './vocab.js';


export interface DraftFact {
  /** Counted among the cooperatives the alliance helped found ("tư vấn thành lập mới 39 HTX"). */
  helpedFound?: boolean;
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
  dateFrom: 'clause' | 'sentence' | 'paragraph' | 'section' | 'document' | 'report_period' | 'event' | 'none';
  evidence: Span;
  valueSpan: Span;
  confidence: number;
  rule: string;
  /** Internal: a part of a breakdown ("trong đó …", a list after "cụ thể:"), not a subject for later facts. */
  breakdown: boolean;
  /** Internal: the stock before a change ("tăng từ 118 lên 152"): its date is not printed, and none is guessed. */
  undated?: boolean;
  /** The stock at a point of comparison ("so với cuối năm 2015 (381 HTX)"): past, so never an estimate or a target. */
  comparedPoint?: boolean;
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
  /** Spans of the text that are short <h2>–<h6> subheadings inside the article (from the cleaner's blocks). */
  subheadings?: Span[];
  /** The headline: one that names a former province ("Khu vực Bình Thuận (cũ): …") makes the article that province's. */
  title?: string | null;
}

/**
 * The status classifier (extractors/learned) is off: on articles it was not trained on it found one plan the
 * rules missed and invented three (see README, "Quality and speed"). HTX_STATUS_MODEL=1 turns it on to measure it.
 */
export const STATUS_MODEL_ON = process.env.HTX_STATUS_MODEL === '1';
export const STATUS_MODEL_MIN_P = 0.9;

/** Crops and herds after an area: the land is farm land. */
export const CROP_AFTER = /^\s*(?:đất\s+)?(?:canh tác\s+|trồng\s+|nuôi\s+|sản xuất\s+)?(lúa|chè|cà phê|vải|nhãn|cao su|điều|tiêu|hồ tiêu|dược liệu|rau|rau màu|cây ăn quả|cây ăn trái|dừa|mía|sắn|ngô|tôm|cá|muối|ruộng muối|rừng|keo|quế|bưởi|cam|xoài|thanh long|lúa gạo|nuôi trồng thủy sản|nho|hoa|cây cảnh|nấm|sâm|mắc ca|chanh leo|chanh|chuối|dứa|khóm|sầu riêng|bò|lợn|heo|gà|vịt|dê|ong|nghêu|sò|hàu|cua|mận hậu|mận|quýt|ca cao|thảo quả|dâu tằm|trâu|sơn tra)(?![\p{L}])/u;

/** "6 tháng", "5 năm": a duration, not a quantity of the sector. */
export const DURATION_UNITS = new Set(['tháng', 'năm', 'ngày', 'quý', 'tuần', 'giờ', 'phút']);
export const QUANTITY_KINDS = new Set(['number', 'money', 'area', 'percent', 'ratio', 'range', 'multiple']);
export const TRAINING = /tập huấn|đào tạo|bồi dưỡng|tuyên truyền|học tập|lớp|khóa học|khoá học|hội thảo|truyền thông|phổ biến/u;
export const FLOW_METRICS = new Set<Metric>(['revenue', 'profit', 'income', 'participants']);

export interface Ctx {
  text: string;
  key: string;
  mentions: Mention[];
  fc: FactContext;
  /** The facts of the paragraphs read so far (for back-references across paragraphs: "Nhóm 96 HTX này …"). */
  earlier?: DraftFact[];
  /** The text speaks of people's credit funds somewhere. */
  creditText: boolean;
  /** The paragraph being read stands in a plan section ("Nhiệm vụ năm 2024"). */
  inPlan?: boolean;
  /** The paragraph being read stands under a heading that gives its figures as estimates ("(số liệu ước đến 30/6/2024)"). */
  inEstimate?: boolean;
}

export type Classified = { fact: DraftFact; consumes?: Mention } | { reason: string };


export function derive(
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

/** A figure read through a course, a product or a member unit speaks of the cooperatives behind it. */
export function cooperativeOf(e: Entity): Entity {
  return e === 'training_course' || e === 'ocop_product' || e === 'member_unit' ? 'cooperative' : e;
}

/** A fact with no attributes yet, for relative figures whose subject is a noun phrase rather than another fact. */
export function blankFact(m: Mention, entity: Entity): DraftFact {
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
export function sentenceSubject(ctx: Ctx, s: Sentence, until: number): ReturnType<typeof subjectPhrase> {
  const lead = /^(?:(?:năm \d{4}|hiện nay|hiện|đến nay|ngoài ra|bên cạnh đó|nhìn chung|tính chung)[\s,]+)?(?:(?:khối|hệ thống|toàn bộ)\s+)?/u.exec(ctx.key.slice(s.start, s.start + 40));
  const from = s.start + (lead?.[0].length ?? 0);
  // The noun phrase that opens the sentence, read up to its first word that is not part of it.
  const head = /^(?:(?:các|số|tổng số)\s+)?(?:liên hiệp (?:htx|hợp tác xã)|htx|hợp tác xã|tht|tổ hợp tác|quỹ tín dụng nhân dân|quỹ tdnd|qtdnd)(?![\p{L}])(?:\s+[\p{L}]+){0,6}/u.exec(ctx.key.slice(from, Math.min(until, from + 80)));
  if (!head) return null;
  const sp = subjectPhrase(ctx, from, Math.min(until, from + head[0].length));
  if (!sp || sp.start !== from || sp.counted) return null;
  return sp;
}

export function lastFact(fs: DraftFact[]): DraftFact | undefined {
  return fs[fs.length - 1];
}

/** The figure a plan achievement refers to: the latest count with a plan, else the latest count. */
export function planAnchor(fs: DraftFact[]): DraftFact | undefined {
  // "ước đạt 2.135 tỷ đồng, tăng 8,4% so với cùng kỳ và bằng 76% kế hoạch năm": the plan is of the amount, not of its change.
  const counts = fs.filter((f) => (f.metric === 'count' || f.metric === 'revenue' || f.metric === 'members') && !(f.scope === 'change' && (f.unit === 'percent' || f.unit === 'times')));
  const last = counts[counts.length - 1];
  // "… 118 HTX, đạt 78,7% kế hoạch năm (kế hoạch 150 HTX) …; thành lập mới 146 THT, đạt 97,3% kế hoạch": another
  // entity's planned figure is no anchor for the latest one's achievement.
  return [...counts].reverse().find((f) => f.plan !== null && f.entity === last!.entity) ?? last ?? fs[fs.length - 1];
}

/**
 * "- Liên hiệp HTX: 02 LH.\n- LĐ thường xuyên: 3.912 LĐ.": a sentence that is one bullet of a terse list, whose figures
 * take no subject, sector or entity from the bullets above it.
 */
export function bulletItem(text: string, s: Span): boolean {
  if (!/^\s*$/u.test(text.slice(text.lastIndexOf('\n', s.start) + 1, s.start))) return false;
  // "VĐL: 1.046 tỷ đ (BQ 1,47 tỷ đ/HTX)." on a line of its own, under "Thành lập mới: 121 HTX": a labelled line of a
  // terse report stands alone like a bullet.
  return /^\s*[-–•+*]\s/u.test(text.slice(s.start, s.start + 3)) || (text.lastIndexOf('\n\n', s.start) < text.lastIndexOf('\n', s.start) && /^[^\d:;.\n]{2,30}:\s/u.test(text.slice(s.start, s.start + 32)));
}

/** The subject of a sentence: its latest figure that is not part of a breakdown. */
export function subjectOf(fs: DraftFact[]): DraftFact | undefined {
  return [...fs].reverse().find((f) => !f.breakdown && f.metric === 'count' && f.scope !== 'change');
}

/** A subject followed by other counts of the same clause is one item of an enumeration. */
export function isList(fs: DraftFact[], subject: DraftFact): boolean {
  const counts = fs.filter((f) => f.metric === 'count' && f.scope === subject.scope && !f.breakdown);
  return counts.length > 1;
}

export function refMetricAfter(after: string): Metric | null {
  const m = /^\s*(?:kế hoạch|chỉ tiêu)\s+(?:năm\s+)?([\p{L} ]{2,30})/u.exec(after);
  if (!m) return null;
  const words = m[1]!;
  for (const rule of METRIC_KEYWORDS) if (rule.pattern.test(words) && words.search(rule.pattern) === 0) return rule.metric;
  return null;
}

export function metricBefore(key: string, from: number, to: number, kind?: string): { rule: (typeof METRIC_KEYWORDS)[number]; start: number } | null {
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

export function lastTrigger(text: string): Scope | null {
  // "(không tính các HTX mới thành lập, ngừng hoạt động) cho thấy: có 22 HTX xếp loại tốt": an aside closed before
  // the figure sets none of its scope.
  const stretch = text.replace(/\([^()]*\)/gu, (x) => ' '.repeat(x.length));
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

/**
 * A change whose own words name what it compares with ("tăng 6,8% so với cùng kỳ năm 2024"): a bare rise after it in the
 * same sentence or paragraph ("…, tăng 5,1%") is against the same point.
 */
export function namesComparison(key: string, f: DraftFact): boolean {
  return f.scope === 'change' && COMPARE.test(key.slice(f.valueSpan.end, f.valueSpan.end + 30));
}

export function afterListIntro(key: string, clause: Span, at: number): boolean {
  return /(?:cụ thể|bao gồm|gồm|trong đó)\s*(?:có\s*)?:?[^;]*$/u.test(key.slice(clause.start, at));
}

export function lastSeparator(key: string, floor: number, at: number, includeComma: boolean): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = key[i]!;
    // A bracket closed before the figure is read as one word: "Số HTX hoạt động hiệu quả (xếp loại khá, tốt) năm 2019
    // là 68 HTX" keeps its subject in the evidence.
    if (c === ')') {
      const open = key.lastIndexOf('(', i);
      if (open >= floor && !key.slice(open, i).includes(';')) {
        i = open;
        continue;
      }
    }
    if (c === ';' || c === ':' || c === '(' || (includeComma && c === ',')) return i + 1;
  }
  return floor;
}

export function evidenceStart(key: string, s: Sentence, clause: Span, at: number, prevEnd: number): number {
  let st = lastSeparator(key, Math.max(clause.start, s.start), at, true);
  // Keep the verb phrase before a comma when it is short ("Kết quả, đến 31/12/2021, toàn tỉnh có 458 HTX").
  if (at - st < 6 && st > clause.start) st = lastSeparator(key, clause.start, st - 1, true);
  st = Math.max(st, Math.min(prevEnd, at));
  while (st < at && /\s/.test(key[st]!)) st++;
  return st;
}

/** A paragraph that opens with a period ("6 tháng đầu năm 2023, …", "Năm 2022, …") sets the time of its figures. */
export function paragraphLead(ctx: Ctx, p: Paragraph): Mention | null {
  for (const m of ctx.mentions) {
    if (m.start < p.start) continue;
    if (m.start > p.start + 40 || m.start >= p.end) break;
    if (m.value === null) continue;
    // "Kết quả đánh giá, phân loại năm 2023 cho thấy …": the year of a classification dates that, not the paragraph.
    if (m.kind === 'period' && /(?:đánh giá|phân loại|xếp loại)(?:\s+(?:htx|hợp tác xã))?\s*$/u.test(ctx.key.slice(Math.max(p.start, m.start - 30), m.start))) continue;
    // "Tổng số: 512 HTX (tăng 14 HTX so với năm 2018)": the point compared with is not the paragraph's time.
    // "tăng 9 HTX so CK" likewise.
    if (m.kind === 'period' && /(?:so với|(?<![\p{L}])so|bằng|gấp)(?:\s+(?:cùng kỳ|cuối|đầu|hết))?\s*$/u.test(ctx.key.slice(Math.max(p.start, m.start - 20), m.start))) continue;
    // "(Số liệu năm 2019, năm 2020 tính đến ngày 31/12 hằng năm)" under a table: a list of years names no one time.
    if (m.kind === 'period' && /^\s*(?:,|và)\s*(?:năm\s+)?\d{4}(?!\d)/u.test(ctx.key.slice(m.end, m.end + 12))) continue;
    if (m.kind === 'period') return m;
    // A date opens a paragraph as its point in time only as "đến 31/12/2022"; "Chiều 15/1/2019, … tổ chức" dates an event.
    if (m.kind === 'date' && /(?:đến|tính đến|đến hết|tới)\s*(?:ngày\s*)?$/u.test(ctx.key.slice(Math.max(p.start, m.start - 15), m.start))) return m;
  }
  return null;
}

/** Properties following "01 Liên hiệp hợp tác xã Giang Thành, vốn điều lệ …" belong to that named cooperative. */
export function namedPlaceAfter(ctx: Ctx, subject: DraftFact, until: number): Place | null {
  const org = namedOrgs(ctx, subject.valueSpan.end, until)[0];
  if (!org || org.start - subject.valueSpan.end > 3) return null;
  return { level: 'cooperative', name: org.name };
}

/** "các HTX này", "nhóm 96 HTX này", "khối này": the cooperatives a count has just given. */
export const THESE_COOPERATIVES = /(?:nhóm|số|các)(?: [\d.,]+)? (?:htx|hợp tác xã) (?:này|đó|trên)(?![\p{L}])(?! địa bàn)|khối này/u;

/** The count "các HTX này" refers to: the last "N HTX" printed before `at` (not a restatement), if it made a fact. */
export function referentCount(ctx: Ctx, s: Span, at: number, facts: DraftFact[]): DraftFact | undefined {
  const from = Math.max(0, s.start - 800);
  // A count in brackets ("tập trung tại huyện Hoa Lư (6 HTX)") is a part of the one before it, not the referent.
  const counts = [...ctx.key.slice(from, at).matchAll(/\d[\d.,]*\s+(?:htx|hợp tác xã)(?![\p{L}])(?!\s+(?:này|nói trên|kể trên))/gu)].filter((c) => {
    const i = from + c.index!;
    return ctx.key.lastIndexOf('(', i) <= ctx.key.lastIndexOf(')', i);
  });
  const lastCount = counts.length ? from + counts[counts.length - 1]!.index! : -1;
  return [...(ctx.earlier ?? []), ...facts].find((f) => f.metric === 'count' && f.valueSpan.start === lastCount);
}
