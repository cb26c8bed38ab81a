// When and how sure: a fact's date (asOf for stocks, period for flows, from the
// clause, the paragraph or the report period, and marked as such) and its
// status (actual, estimate, target).
import type { Mention, Period } from '../../schemas/records.js';
import { toneKey } from '../normalize.js';
import { asciiName } from '../provinces.js';
import { type Paragraph, type Sentence } from './segment.js';
import { classifyStatusCombined } from '../learned/status-classifier.js';
import { statusContext } from '../learned/status-data.js';
import { STATUS_TRIGGERS } from './vocab.js';
import { type Ctx, type DraftFact, FLOW_METRICS, STATUS_MODEL_MIN_P, STATUS_MODEL_ON } from './draft.js';



export function periodOf(m: Mention): Period | null {
  const v = m.value as { start?: string; end?: string | null } | null;
  if (m.kind === 'period' && v && typeof v === 'object' && v.start) return { start: v.start, end: v.end ?? null };
  if (m.kind === 'date' && typeof m.value === 'string') return { start: m.value, end: m.value };
  return null;
}

export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;
}

export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function isStock(f: DraftFact): boolean {
  if (f.scope !== 'existing') return false;
  if (FLOW_METRICS.has(f.metric) || f.entity === 'training_course') return false;
  if ((f.metric === 'share' || f.metric === 'plan_achievement') && f.refMetric && FLOW_METRICS.has(f.refMetric)) return false;
  return true;
}

/** "tính đến ngày 31/10/2024", "đến hết tháng 6/2023": the words before a day the text reports its stocks at. */
const AS_OF_LEAD = /(?:tính đến|đến hết|đến cuối|đến)\s*(?:ngày\s*)?$/u;
interface AsOfDay {
  start: number;
  end: number;
  day: string;
}
const asOfCache = new WeakMap<Ctx, AsOfDay[]>();
/** Every as-of day the text prints, in order, read once per document. */
function asOfDays(ctx: Ctx): AsOfDay[] {
  let days = asOfCache.get(ctx);
  if (days) return days;
  days = [];
  for (const m of ctx.mentions) {
    if ((m.kind !== 'date' && m.kind !== 'period') || m.value === null) continue;
    if (!AS_OF_LEAD.test(ctx.key.slice(Math.max(0, m.start - 15), m.start))) continue;
    const pp = periodOf(m);
    if (pp?.end) days.push({ start: m.start, end: m.end, day: pp.end });
  }
  asOfCache.set(ctx, days);
  return days;
}

/** The last as-of day the paragraph printed before `at` (and after `after`). */
function paragraphAsOf(ctx: Ctx, p: Paragraph, at: number, after = -1): string | null {
  let day: string | null = null;
  for (const d of asOfDays(ctx)) {
    if (d.start < Math.max(p.start, after + 1) || d.end > at) continue;
    // The lead words must stand in the paragraph itself.
    if (d.start - 15 < p.start && !AS_OF_LEAD.test(ctx.key.slice(p.start, d.start))) continue;
    day = d.day;
  }
  return day;
}

/** The one day the text before `at` reports its stocks at ("Tính đến ngày 30/11/2023, …"), when it names exactly one. */
function documentAsOf(ctx: Ctx, at: number): string | null {
  const days = new Set(asOfDays(ctx).filter((d) => d.end <= at).map((d) => d.day));
  return days.size === 1 ? [...days][0]! : null;
}

/** "9 HTX được xếp loại tốt năm 2024": the class between a graded count and the year that dates it. */
const GRADE_AFTER = /^\s*(?:htx|hợp tác xã)\s+(?:được\s+)?(?:(?:xếp|đánh giá|phân) loại\s+|đạt\s+(?:loại\s+)?|loại\s+)?(?:tốt|khá|trung bình|yếu(?:,? kém)?|kém)\s*$/u;

export function finishDates(ctx: Ctx, p: Paragraph, s: Sentence, f: DraftFact, lead: Mention | null): void {
  datesOf(ctx, p, s, f, lead);
  // "doanh thu bình quân 3 tỷ đồng/HTX/năm" in a half-year review: a rate per year is the year's, not the half's.
  if (f.per === 'year' && f.period?.end && f.period.start.endsWith('-01-01') && f.period.start.slice(0, 4) === f.period.end.slice(0, 4) && !f.period.end.endsWith('-12-31'))
    f.period = { start: f.period.start, end: `${f.period.start.slice(0, 4)}-12-31` };
  // Readings that disagree (a start after the end) give no period rather than a wrong one.
  if (f.period?.start && f.period.end && f.period.start > f.period.end) {
    f.period = null;
    f.dateFrom = 'none';
  }
}

function datesOf(ctx: Ctx, p: Paragraph, s: Sentence, f: DraftFact, lead: Mention | null): void {
  const { key, mentions, fc } = ctx;
  if (f.undated) {
    f.dateFrom = 'none';
    return;
  }
  // "tăng từ 3,6 triệu đồng năm 2017 lên 4,9 triệu đồng trong 6 tháng đầu năm 2020": the later value's time is its own,
  // after "lên"; the earlier one's is not.
  const again = f.rule === 'metric.same_again' || f.rule === 'noun.people_again' ? Math.max(s.start, key.lastIndexOf(' lên', f.valueSpan.start), key.lastIndexOf(' xuống', f.valueSpan.start)) : s.start;
  const temporal = mentions.filter((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= again && m.end <= f.valueSpan.start);
  // "so với cuối năm 2021 (có 514 HTX)": the compared point dates the stock in brackets, and starts the change.
  let compared: Mention | null = null;
  let own: Mention | null = null;
  for (const t of temporal) {
    const lead2 = key.slice(Math.max(s.start, t.start - 25), t.start);
    // "tăng từ 182 HTX (cuối năm 2019) lên 205 HTX": a date in brackets right after another figure dates that one.
    if (/\d[\d.,]*\s*(?:[\p{L}]+\s*){0,2}\(\s*$/u.test(lead2) && /^\s*\)/u.test(key.slice(t.end, t.end + 3)) && t.end < f.valueSpan.start) continue;
    // "HTX Chanh không hạt Tân Lợi, thành viên mới kết nạp tháng 3/2019, có 76 thành viên và 95 ha chanh": the time of an
    // aside about how the subject came to be dates none of its stocks after the aside.
    // "… mới thành lập tháng 5/2018 nhưng đã sản xuất rau an toàn trên diện tích 12 ha" too.
    if (isStock(f) && ((/,\s*[^,;]{0,40}(?:kết nạp|thành lập|ra đời|gia nhập)[^,;\d]{0,20}$/u.test(key.slice(s.start, t.start)) && /^[^,;]{0,10},\s*(?:hiện\s+|nay\s+)?(?:có|với)\s/u.test(key.slice(t.end, f.valueSpan.start))) || (/(?:kết nạp|thành lập|ra đời|gia nhập)[^,;\d]{0,20}$/u.test(key.slice(s.start, t.start)) && /^\s*,?\s*nhưng(?![\p{L}])/u.test(key.slice(t.end, f.valueSpan.start))))) continue;
    // "thành lập mới 28 HTX (năm 2024: 31 HTX), giải thể 11 HTX": a bracket that opens on a time dates only what it holds.
    // A change still reads its points there ("tăng từ 182 HTX (cuối năm 2015) lên 257 HTX (30/6/2020), tăng 75 HTX").
    if (f.scope !== 'change' && /\(\s*$/u.test(key.slice(Math.max(s.start, t.start - 3), t.start)) && key.slice(t.end, f.valueSpan.start).includes(')')) continue;
    // "kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2026)": the dates of an anniversary date nothing.
    if (/kỷ niệm[^.;()]{0,80}\(\s*$/u.test(key.slice(Math.max(s.start, t.start - 90), t.start))) continue;
    // "Kết luận số 70-KL/TW ngày 9/3/2020": the date of a document cited dates nothing.
    if (/\d[\p{L}\d-]*\/[\p{L}][\p{L}\d/-]*\s+(?:ngày\s*|năm\s*)?$/u.test(lead2)) continue;
    // "triển khai Quyết định số 461/QĐ-TTg … về phát triển 15.000 HTX … đến năm 2020; phấn đấu thành lập mới 13 HTX":
    // a period in the title of a document cited dates nothing after the clause.
    if (key.slice(t.end, f.valueSpan.start).includes(';') && /(?:quyết định|nghị quyết|chỉ thị|kế hoạch|chương trình|đề án|kết luận|thông tư|nghị định|luật)(?:\s+số)?\s+[\p{L}\d/.-]*\d[^;]{0,150}\svề\s[^;]*$/u.test(key.slice(Math.max(s.start, t.start - 200), t.start))) continue;
    // "ban hành kế hoạch phát triển KTTT giai đoạn 2026 - 2030; phấn đấu thành lập mới 23 HTX": the term of a plan
    // document named in an earlier clause dates nothing after it.
    if (key.slice(t.end, f.valueSpan.start).includes(';') && /(?:kế hoạch|chiến lược|đề án|chương trình|nghị quyết|quy hoạch)(?:\s+[\p{L},]+){1,8}\s*$/u.test(key.slice(Math.max(s.start, t.start - 80), t.start))) continue;
    // "gấp 1,6 lần năm 2020": a point of comparison, like "so với năm 2020".
    if (/(?:so (?:với|cùng)|(?<![\p{L}])so(?=\s*$)|(?:cao|nhiều|ít|thấp) hơn)[^,;]*$/u.test(lead2) || /(?:gấp|bằng)[^;]{0,12}(?:lần|đôi|rưỡi)\s*$/u.test(lead2)) compared = t;
    // "thành lập năm 2013, nay có 25 thành viên": "nay" takes the stock back to the time of writing.
    else if (isStock(f) && /(?:^|[\s,])(?:nay|hiện nay|hiện|đến nay)(?![\p{L}])/u.test(key.slice(t.end, f.valueSpan.start))) own = null;
    else own = t;
  }
  // "tăng từ 48% năm 2020 lên 62,5% năm 2024": a year right after the figure dates it.
  const trailing = f.scope !== 'change' && f.unit !== 'times' && mentions.find((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= f.valueSpan.end && m.start - f.valueSpan.end <= (f.rating !== null ? 40 : 22) && (/^\s*(?:%|htx|hợp tác xã|tht|tổ hợp tác|thành viên|người|sản phẩm|đơn vị)?\s*(?:trong\s+|của\s+)?\(?\s*$/u.test(key.slice(f.valueSpan.end, m.start)) || (f.rating !== null && GRADE_AFTER.test(key.slice(f.valueSpan.end, m.start)))) && /^(?:năm|cuối năm|đầu năm)\s/u.test(toneKey(m.text)) && !/^\s*(?:là|:)\s*(?:khoảng\s*)?\d/u.test(key.slice(m.end, m.end + 12)));
  if (trailing) own = trailing;
  else if (f.rule === 'metric.same_again' && again > s.start) {
    const after = mentions.find((m) => m.kind === 'period' && m.value !== null && m.start >= f.valueSpan.end && m.start - f.valueSpan.end <= 30 && /^[^,;.\d]*$/u.test(key.slice(f.valueSpan.end, m.start)));
    if (after) own = after;
  }
  // "Năm 2024, thành phố phấn đấu …; đến cuối năm có 60% số HTX …": a time printed without its year is of the year the
  // sentence opened on, not of the article's.
  // "năm nay", "năm tới" point from the day of writing, not from the sentence's year.
  if (own && !trailing && !/(?:19|20)\d{2}/u.test(own.text) && !/(?<![\p{L}])(?:nay|tới|sau|trước|qua|ngoái|này)(?![\p{L}])/u.test(toneKey(own.text))) {
    const opened = temporal.find((t) => t.start < own!.start && t.start - s.start < 15 && t.kind === 'period' && /^(?:năm|trong năm)\s+(?:19|20)\d{2}$/u.test(toneKey(t.text).trim()));
    const year = opened ? toneKey(opened.text).match(/(?:19|20)\d{2}/u)![0] : null;
    const was = periodOf(own);
    if (year && was?.start && was.end && was.start.slice(0, 4) === was.end.slice(0, 4) && was.start.slice(0, 4) !== year) {
      const shift = (d: string): string => `${year}${d.slice(4)}`.replace(/^(\d{4})-02-29$/u, (x, y) => (Number(y) % 4 === 0 ? x : `${y}-02-28`));
      own = { ...own, value: own.kind === 'date' ? shift(was.start) : { start: shift(was.start), end: shift(was.end) } } as Mention;
    }
  }
  // "ước đến 31/12/2020 … tăng từ 182 HTX (cuối năm 2019) lên 205 HTX": the stock a rise starts from, dated
  // by its own past point, is known, not estimated.
  if (trailing && isStock(f) && /(?:^|\s)từ\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, f.valueSpan.start - 20), f.valueSpan.start))) f.comparedPoint = true;
  // A change keeps its compared point however its own time is placed ("So với năm 2015, số HTX … năm 2019 tăng gần gấp đôi").
  if (compared && own && own.start > compared.start && f.scope !== 'change') compared = null;
  if (f.scope === 'change' && !compared) {
    // "tăng 14 HTX so với cuối năm 2022": the compared point follows the number.
    const clauseEnd = s.clauses.find((c) => c.start <= f.valueSpan.start && f.valueSpan.end <= c.end)?.end ?? s.end;
    const tail = key.slice(f.valueSpan.end, clauseEnd);
    const so = /so (?:với|cùng)|so ck(?![\p{L}])|^\s*(?=năm \d{4}|cuối năm \d{4})/u.exec(tail);
    if (so) compared = mentions.find((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= f.valueSpan.end + so.index && m.end <= clauseEnd) ?? null;
    // "nếu như cuối năm 2013 toàn tỉnh có 176 HTX thì đến ngày 31/12/2018 đã có 191 HTX, tăng 15 HTX": the earlier of two
    // points the sentence named before the change is where it starts.
    else {
      const points = mentions.filter((m) => (m.kind === 'date' || m.kind === 'period') && m.value !== null && m.start >= s.start && m.end <= f.valueSpan.start);
      const a = points.length >= 2 ? periodOf(points[0]!) : null;
      const b = points.length >= 2 ? periodOf(points[points.length - 1]!) : null;
      if (a?.end && b?.end && a.end < b.end && /nếu như|nếu|từ mức/u.test(key.slice(s.start, points[0]!.start))) compared = points[0]!;
    }
  }
  const stock = isStock(f);
  const rp = fc.reportPeriod;
  if (f.scope === 'change') {
    const cp = compared ? periodOf(compared) : null;
    // "Năm 2013, toàn tỉnh chỉ có 39 HTX loại tốt; so với năm 2013, số HTX tốt đã tăng gần 2,7 lần": a time no later than
    // the point compared with is no end of the change.
    const ownEnd = own ? periodOf(own)?.end ?? null : null;
    const ownFits = own && !(cp?.end && ownEnd && ownEnd <= cp.end);
    // "11 tháng năm 2022, toàn tỉnh thành lập mới 16 HTX …. So với cuối năm 2021, số HTX toàn tỉnh tăng 9 HTX": with no
    // time of its own, a change ends where the paragraph's opening period does, inside the period reported.
    // Flows keep the period reported: their rise is over the same months as the flow.
    const leadP = !ownFits && lead && lead.start >= p.start && lead.start < s.start && !FLOW_METRICS.has(f.metric) ? periodOf(lead) : null;
    const leadFits = !!(leadP?.end && rp && leadP.end >= rp.start && leadP.end < rp.end && (!cp?.end || leadP.end > cp.end));
    const endRef = ownFits ? periodOf(own!) : leadFits ? { start: rp!.start, end: leadP!.end } : rp ? { start: rp.start, end: rp.end } : null;
    // "tăng 9,3% so với cùng kỳ (năm 2021)": the flow of this period against the same months a year before;
    // the change is of this period.
    const sameTime = compared !== null && /cùng kỳ|(?<![\p{L}])ck(?![\p{L}])/u.test(key.slice(Math.max(s.start, compared.start - 25), compared.end));
    // A stock against the same time a year before ("có 786 HTX, tăng 19 HTX so với cùng kỳ") changed over that year.
    const stockChange = !FLOW_METRICS.has(f.metric) && f.entity !== 'training_course' && f.metric !== 'participants';
    if (sameTime && endRef && stockChange && endRef.end) {
      const end = endRef.end;
      f.period = { start: dayAfter(`${Number(end.slice(0, 4)) - 1}${end.slice(4)}`), end };
      f.dateFrom = own ? 'sentence' : 'report_period';
    } else if (sameTime && endRef) {
      f.period = { start: endRef.start, end: endRef.end };
      f.dateFrom = own ? 'sentence' : 'report_period';
    } else if (cp && cp.end) {
      // "so với cuối năm 2021": the change runs from the day after; "so với đầu năm": from that day.
      const from = compared && /đầu/u.test(toneKey(compared.text)) ? cp.start : dayAfter(cp.end);
      f.period = { start: from, end: endRef?.end ?? null };
      f.dateFrom = ownFits ? 'sentence' : 'report_period';
    } else if (endRef) {
      f.period = { start: endRef.start, end: endRef.end };
      f.dateFrom = own ? 'sentence' : 'report_period';
    }
    return;
  }
  // "so với cuối năm 2021 (514 HTX)", "so với cùng kỳ năm 2023 là 303 HTX": the stock at the compared point.
  if (stock && compared && /^(?:[^;]{0,25}\(\s*(?:có|là|với|đạt)?|\s*\(\s*(?:thời điểm|lúc|khi)[^();]{0,40}\s(?:có|là|đạt)|\s*(?:là|có))\s*$/u.test(key.slice(compared.end, f.valueSpan.start))) {
    const cp = periodOf(compared)!;
    f.asOf = cp.end;
    f.dateFrom = 'clause';
    f.comparedPoint = true;
    return;
  }
  // "tăng 36,2% so với năm 2013 (3,23 tỷ đồng/HTX)": the flow of the year compared with, in brackets after it.
  // "so với năm 2022 (15 lớp, 828 học viên)": the courses of the year compared with.
  // "… so với cùng kỳ (năm 2019 đạt 3,75 triệu đồng/người/tháng)": the year opening the bracket, then its figure.
  const yearInBracket = !!compared && /\(\s*$/u.test(key.slice(Math.max(s.start, compared.start - 3), compared.start)) && /^\s*(?:đạt|là|:)?\s*(?:khoảng|gần|hơn|trên)?\s*$/u.test(key.slice(compared.end, f.valueSpan.start));
  if (!stock && compared && (f.rule === 'metric.same_again' || f.rule.startsWith('noun.')) && (yearInBracket || /^\s*\((?:[^(),;]*,\s*)?\s*(?:khoảng|gần|hơn|trên)?\s*$/u.test(key.slice(compared.end, f.valueSpan.start)))) {
    const cp = periodOf(compared)!;
    f.period = { start: cp.start, end: cp.end };
    f.dateFrom = 'clause';
    f.comparedPoint = true;
    return;
  }
  // "Năm 2016, HTX được thành lập với 9 thành viên … Hiện HTX có 58 hộ thành viên": a stock said to be now is not
  // of the year the paragraph opened on.
  const nowStock = stock && !own && /(?<![\p{L}])(?<!(?:thực|xuất|thể|phát) )(?:hiện nay|hiện tại|hiện|đến nay|tới nay)(?![\p{L}])/u.test(key.slice(s.start, f.valueSpan.start));
  const leadEnd = lead ? periodOf(lead)?.end ?? null : null;
  const pastLead = nowStock && rp !== null && leadEnd !== null && leadEnd < rp.start;
  const use = own ?? (lead && lead.start < f.valueSpan.start && !pastLead ? lead : null);
  const from: DraftFact['dateFrom'] = own ? 'sentence' : use ? 'paragraph' : 'report_period';
  let pp = use ? periodOf(use) : null;
  // An as-of day ("đến hết tháng 6/2021") has passed by definition: it never marks a plan.
  f.when = use && use.kind === 'date' ? null : pp;
  // A section headed by the reported term ("Nhiều dấu ấn trong nhiệm kỳ 2020 - 2025") means the report period itself.
  // A year the sentence itself gives a plan for ("năm 2021 Liên minh phấn đấu …" in a first-quarter report) is the year.
  const plannedYear = use === own && own !== null && /^(?:năm|cả năm)\s/u.test(toneKey(own.text)) && (/(?:phấn đấu|mục tiêu|chỉ tiêu|giao kế hoạch|dự kiến|đặt ra|đề ra)[^,;.\d]{0,40}$/u.test(key.slice(own.end, f.valueSpan.start).replace(/\d[\d.,]*\s+(?:htx|hợp tác xã|tht|tổ hợp tác)\s*(?:và|,)\s*/gu, '')) || /^\s*(?:theo\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)\s*$/u.test(key.slice(s.start, own.start)));
  // "II. ƯỚC THỰC HIỆN CẢ NĂM 2017" in a half-year report: the whole year, said so, stays the whole year.
  const wholeYear = !!use && /(?<![\p{L}])cả\s*$/u.test(key.slice(Math.max(0, use.start - 5), use.start));
  if (pp && rp && use !== trailing && !plannedYear && !wholeYear && pp.start === rp.start && pp.end && pp.end > rp.end) pp = { start: rp.start, end: rp.end };
  if (stock) {
    // "5 năm qua, … Tính đến ngày 30/6/2020, toàn tỉnh có 512 HTX …; các HTX thu hút 98.650 thành viên": a day the
    // paragraph reported at after its opening period is the later word.
    const later = !own && use ? paragraphAsOf(ctx, p, f.valueSpan.start, use.start) : null;
    if (later) {
      f.asOf = later;
      f.dateFrom = 'paragraph';
    } else if (pp && pp.end) {
      f.asOf = pp.end;
      f.dateFrom = from;
    } else if (f.status !== 'target') {
      // "Tính đến ngày 31/10/2024, toàn tỉnh có 412 HTX. Trong đó, 376 HTX đang hoạt động": the day the paragraph
      // has reported its stocks at, inside the report period (or with none), dates the stocks after it too.
      const day = paragraphAsOf(ctx, p, f.valueSpan.start);
      const inside = day !== null && (!rp || (day >= rp.start && day <= rp.end));
      // The stocks of the whole province after the article's one reporting day are at that day; a district's, a
      // named cooperative's and the alliance's own members are described as they stand now (annotators date them
      // by the report's end or the meeting).
      // "Đến nay, toàn tỉnh có 231 HTX" says now: the report's end, as the contract has it.
      const now = /(?:^|[\s,(])(?:tính\s+)?đến nay(?![\p{L}])/u.test(key.slice(s.start, f.valueSpan.start));
      const docDay = inside || now || f.place || f.entity === 'member_unit' ? null : documentAsOf(ctx, f.valueSpan.start);
      if (inside) {
        f.asOf = day;
        f.dateFrom = 'paragraph';
      } else if (docDay && rp && docDay >= rp.start && docDay <= rp.end) {
        f.asOf = docDay;
        f.dateFrom = 'document';
      } else if (rp) {
        f.asOf = rp.end;
        f.dateFrom = 'report_period';
      }
    }
    return;
  }
  // "kế hoạch cả năm là 35 HTX", "phấn đấu cả năm thành lập mới 25 HTX" in a half-year report: the whole year.
  const clauseStart = s.clauses.find((c) => c.start <= f.valueSpan.start && f.valueSpan.end <= c.end)?.start ?? s.start;
  const yearOf = (pp?.end ?? (rp ? rp.end : null))?.slice(0, 4);
  if (/cả năm/u.test(key.slice(clauseStart, f.valueSpan.start)) && yearOf) {
    f.period = { start: `${yearOf}-01-01`, end: `${yearOf}-12-31` };
    f.dateFrom = pp ? from : 'report_period';
    return;
  }
  // "từ đầu năm đến nay", "từ năm 2016 đến nay": now is the report's end, as for a stock that "hiện có" (the contract
  // leaves the end open only with no report period). Annotators split on this: 59 dates of the corpus agreed and 40
  // left the end open when it was measured (session 17).
  if (pp && use && use.kind === 'period' && /(?:đến|tới)\s+(?:nay|hiện nay|bây giờ)$/u.test(toneKey(use.text))) {
    const end = rp && rp.end >= pp.start ? rp.end : null;
    f.period = { start: pp.start, end };
    f.dateFrom = end ? 'report_period' : from;
    return;
  }
  // "Từ ngày 01/7/2013 đến nay, … thành lập mới 356 HTX", "Ngay từ tháng 1, … tổ chức 4 lớp": the day or month is where
  // the flow starts; it ends now ("đến nay": no end given) or with the reported period.
  if (pp && use && /(?:^|[\s,(])(?:ngay\s+)?từ\s*(?:ngày\s*)?$/u.test(key.slice(Math.max(0, use.start - 12), use.start))) {
    const tail = key.slice(use.end, use.end + 14);
    if (!/^\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d/u.test(tail)) {
      const now = /^\s*(?:đến|tới)\s+(?:nay|hiện nay|bây giờ)/u.test(tail);
      f.period = { start: pp.start, end: rp && rp.end >= pp.start ? rp.end : null };
      f.dateFrom = now && f.period.end ? 'report_period' : from;
      return;
    }
  }
  if (pp && use) {
    if (use.kind === 'date') {
      // "Đến hết tháng 6/2023, … đã tổ chức 04 lớp": from the start of the reported period up to that day.
      // "Những tháng cuối năm, … phấn đấu tổ chức thêm 7 lớp", "từ nay đến cuối năm" in a nine-month review: the months
      // left after the reported period ("phấn đấu đến cuối năm 2024 …" aims at the whole year).
      const rest = !!rp && f.metric !== 'plan_achievement' && rp.end < pp.start && rp.end.slice(0, 4) === pp.start.slice(0, 4) && /(?:(?:những|các|\d+)\s+tháng|từ nay đến|từ nay tới)\s*$/u.test(key.slice(Math.max(s.start, use.start - 15), use.start));
      const start = rest ? dayAfter(rp!.end) : rp && rp.start <= pp.start && rp.end >= pp.start ? rp.start : `${pp.start.slice(0, 4)}-01-01`;
      f.period = { start, end: pp.end };
    } else f.period = pp;
    f.dateFrom = from;
  } else if (rp && f.status !== 'target') {
    f.period = { start: rp.start, end: rp.end };
    f.dateFrom = 'report_period';
  }

  void p;
}

/**
 * "ước đến ngày 31/12/2016, toàn tỉnh có 398 HTX, …, gồm: 301 HTX …; 39 HTX …": an estimated point reaches the
 * figures of its clause and of a list it introduces, not the next clause after a semicolon ("…; trong quý, thành lập mới 9 HTX").
 */
function estimatedPoint(before: string): boolean {
  const m = /(?:^|[\s,])(?:ước|ước tính|dự kiến|dự ước)\s+(?:đến|tới|hết|cuối)(?![\p{L}])/u.exec(before);
  if (!m) return false;
  // A colon inside brackets ("(kế hoạch năm 2023: 60 HTX)") introduces no list.
  const after = before.slice(m.index).replace(/\([^()]*\)/gu, '');
  // "ước đến ngày 31/12/2020, toàn tỉnh có 392 HTX, …; 3 liên hiệp HTX và 1.215 tổ hợp tác": a clause that is only the
  // list's next items, with no verb of its own, is still under the estimate.
  const lastClause = after.slice(after.lastIndexOf(';') + 1);
  return !after.includes(';') || after.includes(':') || /^\s*(?:và\s+)?(?:(?:khoảng|gần|hơn|trên)\s*)?(?:\d|$)/u.test(lastClause);
}

/**
 * "đạt 131% chỉ tiêu Nghị quyết Đại hội đề ra": a result measured against a plan, which speaks of no plan. One
 * builder for the sentence-wide and the near reading; they differ in the verbs that lead and the words that close.
 */
function againstPlan(leads: string, closers: string): RegExp {
  return new RegExp(String.raw`(?:${leads})(?:[^,;(]|,(?=\d)){0,20}(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:${closers}))*(?:[^,;.\d(]{0,45}?\s(?:đề ra|giao|được giao)(?![\p{L}]))?`, 'gu');
}
const AGAINST_PLAN_SENTENCE = againstPlan('đạt|vượt|bằng|so với|theo|hoàn thành|tình hình thực hiện|kết quả thực hiện', 'đề ra|năm|giao|được giao|của tỉnh');
const AGAINST_PLAN_NEAR = againstPlan('đạt|vượt|bằng', 'đề ra|năm|giao|được giao');

/**
 * "Ước đến 31/12/2021, toàn tỉnh có …", "Năm 2023, ước …": an estimate opening the sentence covers all of it; "Doanh
 * thu bình quân ước đạt 2,9 tỷ đồng; thu nhập … khoảng 5,2 triệu đồng" estimates its own clause, not the next one.
 */
function estimatedOpening(before: string): boolean {
  // "DT, LN (ước cả năm): tổng DT 658,9 tỷ đ; DT BQ 1,02 tỷ đ/HTX/năm": a label marked estimated heads its whole line.
  // "Kết quả đánh giá, phân loại HTX năm 2024 (ước): 68 HTX xếp loại tốt; 104 HTX khá; …": a longer label with a year too.
  if (/^[^:;.]{0,80}?\(\s*(?:ước|dự ước|ước tính|ước thực hiện|dự kiến)(?![\p{L}])[^()]*\)\s*:/u.test(before)) return true;
  // "Theo dự báo của Liên minh HTX tỉnh, đến 31/12/2023 toàn tỉnh dự kiến có 623 HTX; cả năm thành lập mới khoảng 52
  // HTX": a sentence that opens on a forecast estimates every figure in it.
  if (/^\s*theo (?:dự báo|ước tính|số liệu ước tính|dự ước)(?![\p{L}])[^;.]{0,50}?,/u.test(before)) return true;
  // "Trên cơ sở kết quả đạt được, Liên minh HTX tỉnh ước cả năm 2021 toàn tỉnh thành lập mới 95 HTX, …; giải thể khoảng
  // 40 HTX; …": "ước" as the verb of a subject, over the year, estimates every figure the sentence lists after it, but
  // not an earlier point in brackets ("(đến ngày 30/6/2025, hai tỉnh có tổng cộng 775 HTX)").
  if (!/\([^()]*$/u.test(before) && /^(?:[^\d;.]|\d{1,2}\s+tháng|(?:19|20)\d{2}){0,80}?(?<![\p{L}])(?:ước|dự ước|ước tính)\s+(?:cả năm|năm (?:19|20)\d{2}|đến (?:hết )?(?:ngày|cuối năm))(?![\p{L}])/u.test(before)) return true;
  // "Theo báo cáo tại hội nghị, ước thực hiện năm 2024, toàn tỉnh có …": a source may stand before the estimate.
  const open = /^(?:[\p{L}\d ,]{0,20}?[\s,]|theo [\p{L} ]{0,40}?,\s*)?(ước tính|ước thực hiện|ước|dự kiến|dự ước)(?![\p{L}])(\s+đạt)?/u.exec(before.slice(0, 70));
  if (!open) return false;
  // "DT BQ 1 HTX ước 640 tr.đ; lãi BQ khoảng 45 tr.đ": an "ước" right before its own figure is that figure's.
  const rest = before.slice(open.index + open[0].length);
  return !(open[2] || /^\s*(?:(?:khoảng|gần|hơn|trên)\s*)?\d/u.test(rest)) || !rest.includes(';');
}

export function finishStatus(ctx: Ctx, p: Paragraph, s: Sentence, f: DraftFact, m: Mention, prevEnd: number, planSection: boolean, lead: Mention | null): void {
  const { key, fc } = ctx;
  const stretch = key.slice(Math.max(s.start, prevEnd), m.start);
  // "đạt/vượt kế hoạch đề ra" speaks of a result against a plan, not of a plan.
  // A plan in brackets after a result ("27 HTX (chỉ tiêu giao 20 HTX)") is no plan statement either.
  const sentenceBefore = key
    .slice(s.start, m.start)
    .replace(AGAINST_PLAN_SENTENCE, '')
    .replace(/\(\s*(?:kế hoạch|kh|chỉ tiêu)[^()]*\)/gu, '');
  const est = STATUS_TRIGGERS.find((t) => t.id === 'status.estimate')!;
  const tgt = STATUS_TRIGGERS.find((t) => t.id === 'status.target')!;
  const near = STATUS_TRIGGERS.find((t) => t.id === 'status.target_near')!;
  const rp = fc.reportPeriod;
  const own = f.when === undefined ? periodFor(f) : f.when;
  // A period after the reported one that had not begun when the article was written is a plan.
  const written = fc.eventDate ?? fc.publishedAt?.slice(0, 10) ?? null;
  const notBegun = (start: string): boolean => !written || daysBetween(start, written) < 31;
  const leadP = lead && lead.kind === 'period' ? periodOf(lead) : null;
  // A fact dated by its own past time ("được thành lập ngày 15/3/2012") is no plan, whatever later month the paragraph opens on.
  const dated = own ?? periodFor(f);
  const ownPast = !!(rp && (own || f.dateFrom === 'sentence') && dated?.end && dated.end < rp.start);
  // "Về xã Ngọc Biên những ngày giữa tháng 9, … Đến nay, HTX có 126 hộ thành viên": a paragraph set in the month of writing
  // reports what is there now, not a plan.
  const saysNow = /(?<![\p{L}])(?:đến nay|hiện nay|hiện có|hiện tại)(?![\p{L}])/u.test(key.slice(s.start, m.start));
  // "Đến năm 2025, toàn tỉnh có trên 200 HTX" in a congress report of 2020 that fixes no report period: a point the
  // article had not reached is a plan too.
  const future = !!(rp && own && own.start > rp.end && notBegun(own.start) && !(saysNow && f.dateFrom !== 'sentence')) || !!(rp && lead && leadP && leadP.start > rp.end && notBegun(leadP.start) && lead.start >= p.start && !ownPast && !saysNow) || !!(!rp && written && own && f.dateFrom === 'sentence' && own.start > written && notBegun(own.start) && !saysNow);
  const derived = f.rule.startsWith('fact.');
  const nearStretch = key.slice(Math.max(s.start, m.start - 70), m.start).replace(AGAINST_PLAN_NEAR, '');
  // "Mục tiêu năm 2019" heading, then "Trong năm 2018, Liên minh đã mở 9 lớp" or "tính đến cuối năm 2020, toàn
  // tỉnh có 239 HTX": a sentence dated by its own period, over before the article was written, reports a result
  // even in a plan section.
  // "Mục tiêu năm 2023" heading, then "Năm 2022, Liên minh HTX tỉnh tổ chức 16 lớp" written on 27/12/2022: the reported
  // year, all but over when written, is no plan either.
  const pastOwn = f.dateFrom === 'sentence' && dated !== null && dated.end !== null && written !== null && (dated.end <= written || (!!rp && dated.start === rp.start && dated.end === rp.end && daysBetween(written, dated.end) <= 31));
  // "Nhiệm vụ quý IV" heading, then "Trong 9 tháng, Liên minh HTX tỉnh tổ chức 21 lớp …. Liên minh kết nạp mới 23 đơn vị
  // thành viên": a paragraph that opens on a period over when the article was written reports results, sentence by
  // sentence, unless one names a plan.
  const pastLead = !!(lead && leadP && leadP.end && (written ?? rp?.end) && lead.start >= p.start && lead.start - p.start < 25 && leadP.end <= (written ?? rp!.end) && !tgt.pattern.test(sentenceBefore) && !near.pattern.test(nearStretch));
  // "Hiện Liên minh có 243 đơn vị thành viên" under "Nhiệm vụ năm 2020": a sentence that opens on now states what is.
  // "Thời gian tới, Liên minh … tiếp tục …. Toàn tỉnh hiện có 212 sản phẩm OCOP": after the whole province too.
  const nowOpening = /^\s*(?:(?:toàn tỉnh|cả tỉnh|toàn thành phố)\s+)?(?:hiện|hiện nay|hiện tại|đến nay|tính đến nay)\s*,?\s/u.test(key.slice(s.start, m.start)) && !tgt.pattern.test(sentenceBefore) && !near.pattern.test(nearStretch);
  // "Tỉnh phấn đấu … thành lập mới 120 HTX; doanh thu bình quân cả năm ước đạt 7,4 tỷ đồng": a clause of its own
  // that says "ước" estimates, whatever plan the sentence opened on.
  const clause = s.clauses.find((c) => c.start <= m.start && m.end <= c.end) ?? s;
  const clauseStart = clause.start;
  // "tỉnh giao chỉ tiêu thành lập mới 20 HTX; đến cuối tháng 10 đã thành lập được 17 HTX": a later clause that says
  // "đã" and names no plan of its own reports the result against the plan the sentence opened on.
  const clauseBefore = key.slice(clauseStart, m.start);
  const doneClause = clauseStart > s.start && /(?<![\p{L}])đã(?![\p{L}])/u.test(clauseBefore) && !tgt.pattern.test(clauseBefore) && !near.pattern.test(clauseBefore);
  const ownEstimate = clauseStart > s.start && est.pattern.test(stretch) && !tgt.pattern.test(key.slice(clauseStart, m.start)) && !near.pattern.test(key.slice(clauseStart, m.start));
  // "vượt mục tiêu Nghị quyết đề ra (45 HTX)": the figure in brackets after the plan word is the plan.
  const planInBrackets = /(?:kế hoạch|chỉ tiêu|mục tiêu)[^().;,]{0,40}\(\s*(?:khoảng\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 60), m.start));
  // "đạt 78,7% so với mục tiêu 150 HTX", "vượt so với kế hoạch 10 HTX": the figure right after the plan word is the plan.
  const planRightBefore = /(?<![\p{L}])(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:năm\s+(?:19|20)\d{2}|năm|đề ra|giao|được giao|của tỉnh|của đề án))?\s*(?:là\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 50), m.start));
  // "Theo kế hoạch năm 2021, Liên minh tổ chức 25 lớp": a sentence that opens on the plan states it, unless it says done.
  const planOpening = /^\s*theo kế hoạch(?:\s+(?:năm \d{4}|cả năm|đề ra))?\s*,/u.test(key.slice(s.start, m.start)) && !/(?<![\p{L}])(?:đã|được)(?![\p{L}])/u.test(key.slice(s.start, m.start));
  // "Ước cả năm 2020, … thành lập mới 66 HTX (năm 2019 thành lập mới 44 HTX)": a bracket that opens on an earlier
  // year reports that year's result, not the estimate.
  const earlierInBrackets = !!rp && !!own && own.end !== null && own.end < rp.start && /\(\s*(?:năm|cuối năm|so với năm)\s+(?:19|20)\d{2}[^()]*$/u.test(key.slice(s.start, m.start));
  // "Ước đến ngày 31/12/2020, toàn tỉnh có 183 HTX … Cơ cấu theo lĩnh vực: HTX nông nghiệp có 139 HTX": a stock a later
  // sentence dates by the paragraph's estimated day is estimated too.
  // Only a paragraph that says "ước" before the sentence can have dated it by an estimated day.
  const paraDay = f.dateFrom === 'paragraph' && isStock(f) && f.asOf && !f.place && f.rating === null && key.slice(p.start, s.start).includes('ước') ? ctx.mentions.filter((x) => x.kind === 'date' && x.value === f.asOf && x.start >= p.start && x.end <= s.start).pop() : undefined;
  // "Bên cạnh đó, hiện toàn tỉnh còn có 02 liên hiệp HTX": a sentence that says "hiện" states the present, not the estimate.
  const leadEstimated = !!paraDay && !/(?<![\p{L}])hiện(?:\s+nay)?\s+(?:toàn tỉnh|cả tỉnh|có|còn)(?![\p{L}])/u.test(key.slice(s.start, m.start)) && /(?:^|[\s,(])ước(?:\s+tính)?\s+(?:đến|tính đến)\s*(?:hết\s+)?(?:ngày\s*)?$/u.test(key.slice(Math.max(p.start, paraDay.start - 25), paraDay.start));
  if (f.comparedPoint || earlierInBrackets) f.status = 'actual';
  // "(KH năm 2019: TL mới 35 HTX)": a bracket that opens on the plan word states the plan.
  else if (planInBrackets || (planRightBefore && f.metric !== 'plan_achievement') || (f.metric !== 'plan_achievement' && /\(\s*(?:kế hoạch|kh|chỉ tiêu)(?![\p{L}])[^()]*$/u.test(key.slice(s.start, m.start)))) f.status = 'target';
  // "KH năm 2018: …" then "Ước cả năm 2018: DT bình quân 3,1 tỷ đồng/HTX": a sentence that opens on "Ước" estimates, in a
  // plan section too, unless it names a plan of its own.
  // "6 tháng cuối năm 2017, … phấn đấu …. Ước cả năm 2017, tổng doanh thu … đạt khoảng 1.150 tỷ đồng": so does a
  // paragraph that opens on a later period.
  else if (((ownEstimate && !future) || ((planSection || future) && /^\s*(?:ước|dự ước|ước tính|ước thực hiện)(?:\s+(?:cả|đến|hết))?\s+(?:năm|cả năm)(?![\p{L}])/u.test(key.slice(s.start, m.start)) && !tgt.pattern.test(sentenceBefore) && !near.pattern.test(nearStretch)))) f.status = 'estimate';
  else if ((planSection && !pastOwn && !pastLead && !nowOpening) || future || planOpening || (tgt.pattern.test(sentenceBefore) && !doneClause) || near.pattern.test(nearStretch)) f.status = f.metric === 'plan_achievement' ? f.status : 'target';
  // "ước đến ngày 31/12/2016, toàn tỉnh có 398 HTX, …, gồm: 301 HTX …": an estimated point dates an estimated stock.
  else if (est.pattern.test(stretch) || estimatedOpening(key.slice(s.start, m.start)) || estimatedPoint(key.slice(s.start, m.start)) || leadEstimated || (ctx.inEstimate && !pastOwn && !f.place)) f.status = 'estimate';
  else if (!derived) f.status = 'actual';
  // Where plan words stand in the clause or its context and the rules could read it either way, the
  // classifier trained on the annotated clauses decides (eval/learned.ts measures both).
  if (!derived && STATUS_MODEL_ON && !f.comparedPoint) {
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
  // "đạt 78,7% kế hoạch năm (kế hoạch 150 HTX)" in a 9-month review: the year's plan is for the whole year.
  if (f.status === 'target' && f.period?.end && f.period.start.slice(0, 4) === f.period.end.slice(0, 4) && /(?<!hoàn thành )(?:kế hoạch|chỉ tiêu|(?<![\p{L}])kh)(?: cả)? năm/u.test(key.slice(Math.max(clauseStart, m.start - 70), m.start))) {
    const y = f.period.start.slice(0, 4);
    f.period = { start: `${y}-01-01`, end: `${y}-12-31` };
  }
  // "hoàn thành các chỉ tiêu năm 2026: …; 60% số HTX đang hoạt động đạt hiệu quả" in a review of nine months: a stock the
  // year's plan sets is for the year's end.
  const yearPlan = /(?:kế hoạch|chỉ tiêu|mục tiêu)(?: cả)? năm ((?:19|20)\d{2})(?!\d)[^.]*$/u.exec(key.slice(s.start, m.start));
  if (f.status === 'target' && f.asOf && yearPlan && f.asOf.startsWith(yearPlan[1]!) && f.asOf < `${yearPlan[1]}-12-31`) f.asOf = `${yearPlan[1]}-12-31`;
  if (f.status === 'target' && rp && f.period && f.period.start <= rp.end && f.dateFrom !== 'report_period' && !future) {
    // keep: a target stated for the reported period itself
  }
  // A flow reported at an event ends no later than the event (a congress in July reporting on "2020-2025");
  // a year-end review a few days before 31/12 still reports on the year.
  // An estimate for the whole year ("ước cả năm 2017") keeps the year even when given in October.
  if (f.period && fc.eventDate && f.period.end && f.status !== 'target' && f.status !== 'estimate' && daysBetween(fc.eventDate, f.period.end) > 31) {
    // A period that begins after the event ("6 tháng cuối năm" said in June) is a plan, not a result cut short.
    if (f.period.start > fc.eventDate) f.status = 'target';
    else f.period = { start: f.period.start, end: fc.eventDate };
  }
  if (f.status !== 'actual') f.confidence -= 0.05;
  if (f.dateFrom === 'report_period') f.confidence -= 0.03;
}

export function periodFor(f: DraftFact): { start: string; end: string | null } | null {
  if (f.period) return f.period;
  if (f.asOf) return { start: f.asOf, end: f.asOf };
  return null;
}

export { asciiName };
