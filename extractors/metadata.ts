// Document-level metadata that needs the article's words, not its markup:
// the province it reports on, the date of the event it covers and the period
// its figures describe. Each rule table carries the phrases it must match.
import type { Mention, ProvinceRef, ReportPeriod } from '../schemas/records.js';
import { findMentions } from './mentions/index.js';
import { toneKey } from './normalize.js';
import { findProvinceMentions } from './learned/fuzzy-names.js';
import { nameForms, provinceAt, provinceFromHost, type ProvinceRow } from './provinces.js';

// ---------------------------------------------------------------- province

interface ProvinceRule {
  id: string;
  where: 'title' | 'text';
  /** Matched on toneKey(text) (lowercase, new tone placement); `NAME` stands for any gazetteer name. */
  pattern: string;
  score: number;
  /** Only this many hits of the rule count. */
  cap: number;
  examples: { text: string; where: 'title' | 'text'; province: string }[];
}

export const PROVINCE_RULES: ProvinceRule[] = [
  {
    id: 'province.alliance.title',
    where: 'title',
    pattern: String.raw`liên minh (?:hợp tác xã|htx)(?: \((?:htx|lmhtx|lm htx)\))? (?:tỉnh |thành phố |tp\.? ?)?NAME`,
    score: 10,
    cap: 1,
    examples: [{ text: 'Liên minh Hợp tác xã tỉnh An Giang sơ kết hoạt động', where: 'title', province: 'An Giang' }],
  },
  {
    id: 'province.prefix.title',
    where: 'title',
    pattern: String.raw`^NAME\s*[:–-]`,
    score: 9,
    cap: 1,
    examples: [{ text: 'An Giang: Phát huy vai trò của Liên minh', where: 'title', province: 'An Giang' }],
  },
  {
    id: 'province.admin.title',
    where: 'title',
    pattern: String.raw`(?:tỉnh|thành phố) NAME`,
    score: 7,
    cap: 1,
    examples: [{ text: 'Kinh tế tập thể tỉnh Nghệ An có bước phát triển mới', where: 'title', province: 'Nghệ An' }],
  },
  {
    // "Hợp tác xã Tiền Giang chật vật vượt khó", "Kinh tế tập thể Bắc Ninh năm 2023": the province's cooperatives.
    id: 'province.sector.title',
    where: 'title',
    pattern: String.raw`(?:hợp tác xã|htx|kinh tế tập thể) NAME`,
    score: 6,
    cap: 1,
    examples: [{ text: 'Hợp tác xã Tiền Giang chật vật vượt khó sau dịch', where: 'title', province: 'Tiền Giang' }],
  },
  {
    id: 'province.alliance.text',
    where: 'text',
    // "Theo báo cáo của LMHTX tỉnh Đồng Tháp": terse reports abbreviate the alliance too.
    pattern: String.raw`(?:liên minh (?:hợp tác xã|htx)(?: \((?:htx|lmhtx|lm htx)\))?|lmhtx|lm htx) (?:tỉnh |thành phố |tp\.? ?)?NAME`,
    score: 8,
    cap: 1,
    examples: [
      { text: 'Năm 2020, Liên minh Hợp tác xã (HTX) tỉnh An Giang được sự quan tâm', where: 'text', province: 'An Giang' },
      { text: 'Sáng nay, Liên minh HTX thành phố Cần Thơ tổ chức hội nghị.', where: 'text', province: 'Cần Thơ' },
      { text: '(LMHTX) - Theo số liệu của LMHTX tỉnh Bến Tre, đến 30/6/2019 toàn tỉnh có 112 HTX.', where: 'text', province: 'Bến Tre' },
    ],
  },
  {
    id: 'province.whole.text',
    where: 'text',
    pattern: String.raw`(?:toàn tỉnh|ubnd tỉnh|ủy ban nhân dân tỉnh|tỉnh ủy|hđnd tỉnh|trên địa bàn tỉnh|của tỉnh) NAME`,
    score: 3,
    cap: 2,
    examples: [{ text: 'Toàn tỉnh Hà Tĩnh hiện có 480 HTX.', where: 'text', province: 'Hà Tĩnh' }],
  },
  {
    // "tính đến ngày 30/11/2023, tỉnh Bà Rịa - Vũng Tàu có 34 HTX": the province named as the subject of a count of its own.
    id: 'province.subject.text',
    where: 'text',
    pattern: String.raw`(?:tỉnh|thành phố) NAME(?= (?:hiện |đã |cũng |vẫn )?có (?:khoảng |gần |hơn |trên )?\d)`,
    score: 3,
    cap: 1,
    examples: [{ text: 'Tính đến ngày 30/11/2023, tỉnh Bà Rịa - Vũng Tàu có 34 HTX hoạt động trong lĩnh vực thủy sản.', where: 'text', province: 'Bà Rịa - Vũng Tàu' }],
  },
  {
    // "… - Báo Sóc Trăng điện tử": a provincial newspaper carries its province's name, as an alliance's site does.
    id: 'province.paper.title',
    where: 'title',
    // "… | Quảng Trị điện tử": an online paper named by its province alone.
    pattern: String.raw`(?:(?:^|[-–|:]\s*)báo |(?:^|[-–|:]\s*)(?=[^-–|:]{2,30} (?:điện tử|online)\s*$))NAME`,
    score: 3,
    cap: 1,
    examples: [
      { text: 'Chủ tịch Liên minh HTX tỉnh: lấy con tôm làm nền - Báo Sóc Trăng điện tử', where: 'title', province: 'Sóc Trăng' },
      { text: 'Hợp tác xã chè vùng cao vươn lên | Quảng Trị điện tử', where: 'title', province: 'Quảng Trị' },
    ],
  },
  {
    // "Cổng Thông tin điện tử tỉnh Lai Châu > Tin tức > Kinh tế": the province's own portal, as its host would.
    id: 'province.portal.title',
    where: 'title',
    pattern: String.raw`cổng thông tin(?: điện tử)? (?:tỉnh |thành phố |tp\.? ?)NAME`,
    score: 3,
    cap: 1,
    examples: [{ text: 'Cổng Thông tin điện tử tỉnh Lai Châu > Tin tức > Kinh tế', where: 'title', province: 'Lai Châu' }],
  },
  {
    // "Kinh tế tập thể của Sóc Trăng đang có nhiều chuyển biến": the province named bare as the sector's owner.
    id: 'province.owner.text',
    where: 'text',
    pattern: String.raw`(?:kinh tế tập thể|khu vực (?:htx|hợp tác xã)|các (?:htx|hợp tác xã)) (?:của|tại|ở) NAME`,
    score: 2,
    cap: 1,
    examples: [{ text: 'Kinh tế tập thể của Sóc Trăng đang có nhiều chuyển biến.', where: 'text', province: 'Sóc Trăng' }],
  },
  {
    id: 'province.plain.text',
    where: 'text',
    pattern: String.raw`(?:tỉnh|thành phố) NAME`,
    score: 1,
    cap: 3,
    examples: [{ text: 'tại xã Bình Định, huyện Kiến Xương, tỉnh Thái Bình', where: 'text', province: 'Thái Bình' }],
  },
];

/** A province named only this weakly (one passing "tỉnh X") is not taken as the article's province. */
export const PROVINCE_MIN_SCORE = 3;
const HOST_SCORE = 6;

let nameAlternation: string | null = null;
function names(): string {
  if (nameAlternation) return nameAlternation;
  nameAlternation = nameForms()
    .map((f) => f.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return nameAlternation;
}

const compiled = new Map<string, RegExp>();
function ruleRegex(rule: ProvinceRule): RegExp {
  let re = compiled.get(rule.id);
  if (!re) {
    // The name must end at a word boundary: "Hà Nam" must not match inside "Hà Nam Định".
    re = new RegExp(rule.pattern.replace('NAME', `(${names()})(?![\\p{L}\\p{N}])`), 'gu');
    compiled.set(rule.id, re);
  }
  return re;
}

function rowForKey(key: string): ProvinceRow | null {
  return nameForms().find((f) => f.key === key)?.row ?? null;
}

export interface ProvinceHit {
  row: ProvinceRow;
  rule: string;
  where: 'title' | 'text' | 'host';
  start: number;
  end: number;
}

export function provinceHits(title: string, text: string): ProvinceHit[] {
  const hits: ProvinceHit[] = [];
  const keys = { title: toneKey(title), text: toneKey(text) };
  for (const rule of PROVINCE_RULES) {
    const re = ruleRegex(rule);
    re.lastIndex = 0;
    for (const m of keys[rule.where].matchAll(re)) {
      const key = m[1]!;
      const row = rowForKey(key);
      if (!row) continue;
      const end = m.index + m[0].length;
      hits.push({ row, rule: rule.id, where: rule.where, start: end - key.length, end });
    }
  }
  return hits;
}

export interface ProvinceDecision {
  province: ProvinceRef | null;
  warnings: string[];
  /** Scores per candidate, for explain. */
  scores: { name: string; score: number }[];
}

export function detectProvince(
  title: string,
  text: string,
  host: string | null,
  date: string | null,
  siteName: string | null = null,
): ProvinceDecision {
  const warnings: string[] = [];
  const score = new Map<string, { row: ProvinceRow; score: number; best: ProvinceHit | null; bestScore: number }>();
  const add = (row: ProvinceRow, s: number, hit: ProvinceHit | null): void => {
    const cur = score.get(row.code) ?? { row, score: 0, best: null, bestScore: -1 };
    cur.score += s;
    if (s > cur.bestScore) {
      cur.best = hit;
      cur.bestScore = s;
    }
    score.set(row.code, cur);
  };
  const used = new Map<string, number>();
  for (const hit of provinceHits(title, text)) {
    const rule = PROVINCE_RULES.find((r) => r.id === hit.rule)!;
    const k = `${rule.id}:${hit.row.code}`;
    const n = used.get(k) ?? 0;
    if (n >= rule.cap) continue;
    used.set(k, n + 1);
    add(hit.row, rule.score, hit);
  }
  // The site's own name ("… | Liên minh HTX Thái Bình") is the alliance's name, like the host.
  if (siteName) {
    const siteHits = provinceHits(siteName, '');
    const site = siteHits.find((h) => h.rule === 'province.alliance.title');
    if (site) add(site.row, HOST_SCORE, { ...site, where: 'host' });
    // "Báo Sóc Trăng điện tử": the provincial paper's name, weaker than the alliance's own.
    const paper = site ? undefined : siteHits.find((h) => h.rule === 'province.paper.title');
    if (paper) add(paper.row, 3, { ...paper, where: 'host' });
    // "Cổng Thông tin điện tử tỉnh Lai Châu": the province's government portal names it as its host does.
    const portal = site || paper ? undefined : siteHits.find((h) => h.rule === 'province.portal.title');
    if (portal) add(portal.row, HOST_SCORE, { ...portal, where: 'host' });
  }
  const fromHost = provinceFromHost(host);
  if (fromHost) add(fromHost, HOST_SCORE, { row: fromHost, rule: 'province.host', where: 'host', start: 0, end: 0 });

  const ranked = [...score.values()].sort((a, b) => b.score - a.score || a.row.code.localeCompare(b.row.code));
  const scores = ranked.map((r) => ({ name: r.row.name, score: r.score }));
  const top = ranked[0];
  if (!top || top.score < PROVINCE_MIN_SCORE) {
    // Fallback: the alliance or "toàn tỉnh" named with a typo or without diacritics ("Lien minh HTX tinh Kien Giang").
    const fuzzy = findProvinceMentions(title + '\n' + text).filter((h) => h.how !== 'exact' && h.how !== 'tone');
    const counts = new Map<string, { row: ProvinceRow; n: number; first: (typeof fuzzy)[number] }>();
    for (const h of fuzzy) counts.set(h.row.code, { row: h.row, n: (counts.get(h.row.code)?.n ?? 0) + 1, first: counts.get(h.row.code)?.first ?? h });
    const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (best && best.n >= 2 && [...counts.values()].filter((c) => c.n === best.n).length === 1) {
      const entry = provinceAt(best.row, date);
      const off = best.first.start - title.length - 1;
      warnings.push(`province: ${best.row.name} read from "${best.first.text}", printed with a typo or without diacritics`);
      return {
        province: { code: entry.code, name: entry.name, nameAscii: entry.nameAscii, current: entry.currentName, currentCode: entry.currentCode, from: 'text', evidence: off >= 0 ? { start: off, end: off + best.first.text.length, text: text.slice(off, off + best.first.text.length) } : null },
        warnings,
        scores,
      };
    }
    warnings.push('province: nothing in the title, text or host names the province; left null');
    return { province: null, warnings, scores };
  }
  // "Phú Yên cũ" and "Đắk Lắk" named as often in 2026: since the merger both are the one province Đắk Lắk.
  const second = ranked.find((r) => r !== top && provinceAt(r.row, date).code !== provinceAt(top.row, date).code);
  if (second && second.score === top.score) {
    warnings.push(`province: ${top.row.name} and ${second.row.name} are named equally often; left null`);
    return { province: null, warnings, scores };
  }
  const entry = provinceAt(top.row, date);
  const best = top.best!;
  const from: ProvinceRef['from'] =
    best.where === 'host' ? 'host' : best.where === 'title' ? 'title' : best.rule.includes('alliance') ? 'alliance' : 'text';
  if (entry.list === 'new' && entry.name !== top.row.name) {
    warnings.push(
      `province: the article names ${top.row.name}, which is part of ${entry.name} since ${'2025-07-01'}; the document uses the province in force when published`,
    );
  }
  return {
    province: {
      code: entry.code,
      name: entry.name,
      nameAscii: entry.nameAscii,
      current: entry.currentName,
      currentCode: entry.currentCode,
      from: from === 'text' && best.rule.includes('alliance') ? 'alliance' : from,
      evidence:
        best.where === 'text' ? { start: best.start, end: best.end, text: text.slice(best.start, best.end) } : null,
    },
    warnings,
    scores,
  };
}

// ---------------------------------------------------------------- event date

/** Words that, right before a date at the top of an article, make it the day of the reported event. */
export const EVENT_DATE_LEAD = /(?:^|[\s,(])(?:sáng|chiều|tối|trưa|ngày|hôm|vào|trong ngày|vào ngày)\s*(?:ngày\s*)?$/iu;
/** The sentence must say that something took place. */
export const EVENT_VERB = /tổ chức|diễn ra|khai mạc|họp|hội nghị|đại hội|hội thảo|tọa đàm|phiên|lễ|gặp mặt|họp mặt|long trọng|ban hành|công bố|khánh thành|ra mắt|phát động|ký kết/u;

export const EVENT_DATE_EXAMPLES = [
  { text: 'Sáng ngày 30/6/2023, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị', date: '2023-06-30' },
  { text: 'Sáng 12 tháng 01 năm 2022, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị Tổng kết', date: '2022-01-12' },
  { text: 'Năm 2020, Liên minh Hợp tác xã tỉnh được sự quan tâm của các cấp.', date: null },
  { text: 'Tính đến ngày 31/3/2022, toàn tỉnh có 262 HTX; hội nghị đã thống nhất.', date: null },
  { text: 'Ngày 08/10/2021, UBND tỉnh ban hành Quyết định công nhận 27 sản phẩm OCOP.', date: '2021-10-08' },
  { text: 'UBND tỉnh vừa ban hành Báo cáo số 18/BC-UBND ngày 15/01/2018 về kinh tế tập thể.', date: null },
  { text: 'Từ ngày 24 - 26/5/2022, Liên minh HTX tỉnh tổ chức lớp tập huấn.', date: '2022-05-24' },
];

/** Where the sentence that goes on at `from` ends: a full stop that does not close an abbreviation ("TP. Buôn Ma Thuột"). */
function sentenceEnd(key: string, from: number): number {
  const re = /\./g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key))) if (!/(?:^|[\s(])(?:tp|tx|tt|q|p|x|h|ths|ts|pgs|gs|th)$/u.test(key.slice(Math.max(0, m.index - 4), m.index))) return m.index;
  return -1;
}

export function detectEventDate(text: string, mentions: Mention[]): string | null {
  // Only the opening of the article reports its own event; later dates belong to decisions and plans.
  const head = Math.min(text.length, Math.max(400, text.indexOf('\n\n', 200)));
  const key = toneKey(text);
  for (const m of mentions) {
    if (m.start > head) break;
    // "Từ ngày 24 - 26/5/2022, … tổ chức lớp tập huấn": an event of a few days starts on its first.
    const span = m.kind === 'period' && m.value && typeof m.value === 'object' && 'start' in m.value && m.value.end && m.value.start ? m.value : null;
    if (span && /(?:^|[\s,(])(?:từ|trong)\s+(?:\d+\s+)?(?:ngày\s+)?$/u.test(key.slice(Math.max(0, m.start - 16), m.start)) && (Date.parse(span.end!) - Date.parse(span.start!)) / 864e5 <= 7) {
      const sentEnd = sentenceEnd(key, m.end);
      if (EVENT_VERB.test(key.slice(m.start, sentEnd < 0 ? key.length : sentEnd))) return span.start!;
    }
    if (m.kind !== 'date' || typeof m.value !== 'string') continue;
    const before = key.slice(Math.max(0, m.start - 20), m.start);
    if (/(?:đến|tới|từ|trước|sau)\s*(?:ngày\s*)?$/u.test(before)) continue;
    // "Báo cáo số 18/BC-UBND ngày 15/01/2018": the date of a document cited, not of an event.
    if (/\d[\p{L}\d-]*\/[\p{L}][\p{L}\d/-]*\s+(?:ngày\s*)?$/u.test(key.slice(Math.max(0, m.start - 30), m.start))) continue;
    const lead = EVENT_DATE_LEAD.test(before) || m.text.toLowerCase().startsWith('ngày');
    if (!lead) continue;
    const sentEnd = sentenceEnd(key, m.end);
    const sentence = key.slice(Math.max(0, key.lastIndexOf('.', m.start) + 1), sentEnd < 0 ? key.length : sentEnd);
    if (EVENT_VERB.test(sentence)) return m.value;
  }
  return null;
}

// ---------------------------------------------------------------- report period

/** Words right before a period that make it a comparison or a plan, not what the article reports on. */
export const NOT_REPORTED = /(?:so với|cùng kỳ|từ|trước|sau|đến|triển khai|phương hướng|nhiệm vụ|kế hoạch|phấn đấu|chương trình|mục tiêu)\s+(?:[^\s,.;]+\s+){0,3}$/u;

export const REPORT_PERIOD_EXAMPLES = [
  { title: 'Liên minh Hợp tác xã tỉnh An Giang sơ kết hoạt động 6 tháng đầu năm 2023', text: '', label: '6 tháng đầu năm 2023' },
  { title: 'Liên minh HTX tỉnh tổ chức tổng kết năm 2022 và triển khai nhiệm vụ năm 2023', text: '', label: 'năm 2022' },
  { title: 'Phát huy vai trò của Liên minh', text: 'Năm 2020, Liên minh HTX tỉnh đã phát huy vai trò.', label: 'năm 2020', date: '2021-01-15' },
  // A feature of September 2019 on last year's figures of one cooperative: the year dates that sentence only.
  { title: 'Hợp tác xã giúp bà con vùng ven biển thoát nghèo', text: 'Hiện HTX có 52 hộ thành viên. Năm 2018, HTX đạt doanh thu 3 tỷ đồng.', label: null, date: '2019-09-10' },
  { title: 'Đại hội đại biểu Liên minh HTX tỉnh lần thứ VII, nhiệm kỳ 2025 - 2030', text: 'Ngày 22/5/2025, Liên minh tổ chức Đại hội. Báo cáo nêu rõ, nhiệm kỳ 2020 - 2025, kinh tế tập thể phát triển.', label: 'nhiệm kỳ 2020 - 2025' },
  { title: 'Kinh tế tập thể phát triển', text: 'Nhân dịp kỷ niệm 75 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2021), phóng viên trao đổi với ông Chủ tịch.', label: null },
  { title: 'Vũ Thư: HTX đổi mới nhờ liên kết', text: 'Từ đầu năm 2025 đến nay, huyện đã hỗ trợ thành lập mới 2 HTX.', label: null },
  { title: 'Bế giảng lớp bồi dưỡng cán bộ HTX', text: 'Chiều 12/12/2021, Liên minh HTX tỉnh bế giảng lớp học. Tính chung cả năm 2021, Liên minh mở 9 lớp. Năm 2022, Liên minh phấn đấu mở 10 lớp.', label: 'năm 2021', date: '2021-12-12' },
  { title: 'Đại hội đại biểu Liên minh HTX tỉnh lần thứ V, nhiệm kỳ 2020 - 2025', text: 'Ngày 20/8/2020, Liên minh tổ chức Đại hội. Báo cáo chính trị nêu rõ, 5 năm qua, khu vực kinh tế tập thể phát triển.', label: '5 năm qua', date: '2020-08-20', end: '2020-08-20' },
  { title: 'Quảng Trị: 6 tháng, thành lập mới 14 HTX', text: 'Tính đến ngày 30/6/2022, toàn tỉnh có 402 HTX.', label: '6 tháng đầu năm 2022', date: '2022-07-12' },
  { title: 'Hợp tác xã nâng giá trị cây chè ở hai huyện vùng cao', text: 'Khởi đầu với vài hộ, đến nay HTX có 40 thành viên. Năm 2022, HTX thu về 5 tỷ đồng. 9 tháng đầu năm 2023, toàn tỉnh thành lập mới 18 HTX.', label: '9 tháng đầu năm 2023', date: '2023-10-17' },
  // A founding year the feature opens on, then the year all but over when the article appeared (21 December).
  { title: 'Cây quế giúp hợp tác xã vùng cao làm giàu', text: 'Năm 2016, từ một nhóm hộ trồng quế, HTX Quế Xanh được thành lập. Đến nay, HTX có 30 thành viên. Năm 2021, doanh thu của HTX đạt 9 tỷ đồng.', label: 'năm 2021', date: '2021-12-21' },
  { title: 'Sơ kết 3 năm thực hiện Nghị quyết về kinh tế tập thể', text: 'Ngày 9/12/2016, Tỉnh ủy tổ chức hội nghị. Tính đến 30/11/2016, toàn tỉnh có 512 HTX.', label: 'sơ kết 3 năm thực hiện', date: '2016-12-09', end: '2016-11-30' },
  // A title year that had only just begun when the article appeared is the year planned; the opening's is reported.
  { title: 'Chủ tịch Liên minh HTX tỉnh: “Năm 2024, lấy chất lượng làm thước đo”', text: 'Năm 2023, khu vực kinh tế tập thể của tỉnh tăng cả về số lượng và chất lượng.', label: 'năm 2023', date: '2024-01-05' },
  { title: 'Bến Tre: 10 năm thi hành Luật Hợp tác xã năm 2012', text: 'Sáng 26/7/2022, UBND tỉnh tổ chức hội nghị. Tính đến ngày 30/6/2022, toàn tỉnh có 142 HTX.', label: '10 năm thi hành', date: '2022-07-26', end: '2022-06-30' },
  // A feature that names no period: a run of years up to a month in its opening is the window of its figures …
  { title: 'Chính sách hỗ trợ HTX thành lập mới', text: 'Ông Phó Chủ tịch cho biết: "Từ năm 2017 đến hết tháng 11/2020, đã có 268 HTX thành lập mới được nhận hỗ trợ."', label: 'Từ năm 2017 đến hết tháng 11/2020', date: '2020-12-10', end: '2020-11-30' },
  // … and otherwise the months up to the day its opening reports its figures at (derived).
  { title: 'Sản phẩm OCOP của hợp tác xã: chất lượng nâng lên', text: 'Theo số liệu của Liên minh HTX tỉnh, tính đến ngày 31/5/2024, toàn tỉnh có 152 sản phẩm OCOP.', label: '5 tháng đầu năm 2024', date: '2024-06-18', end: '2024-05-31' },
  { title: 'Hợp tác xã vùng cao: điểm tựa sinh kế', text: 'Theo Liên minh HTX tỉnh, đến hết tháng 10/2025, toàn tỉnh có 2.148 HTX. Ông Giám đốc HTX chia sẻ: “Có HTX, bà con yên tâm sản xuất. Năm nay giá cam ổn định.”', label: '10 tháng đầu năm 2025', date: '2025-11-20', end: '2025-10-31' },
  // A congress of October 2025 whose report gathered its figures up to 30 September: the term reviewed ends there.
  { title: 'Đại hội đại biểu Liên minh HTX tỉnh lần thứ VI, nhiệm kỳ 2025 - 2030', text: 'Ngày 16/10/2025, Liên minh tổ chức Đại hội. Báo cáo đánh giá nhiệm kỳ 2020 – 2025. Số liệu trong báo cáo được tổng hợp đến ngày 30/9/2025.', label: 'nhiệm kỳ 2020 – 2025', date: '2025-10-17', end: '2025-09-30' },
  { title: 'Liên minh HTX tỉnh sơ kết 9 tháng, ước cả năm 2024 thành lập mới 62 hợp tác xã', text: 'Chiều ngày 4/10/2024, Liên minh tổ chức hội nghị sơ kết công tác 9 tháng đầu năm 2024. Khu vực kinh tế tập thể phát triển.', label: '9 tháng đầu năm 2024', date: '2024-10-08' },
  // A note under a table that lists the years it compares is no window of the report's figures.
  { title: 'Tổng kết kinh tế tập thể năm 2021, triển khai nhiệm vụ năm 2022', text: 'Chỉ tiêu | Năm 2020 | Năm 2021\n\nSố HTX | 210 | 224\n\n(Số liệu năm 2020, năm 2021 tính đến ngày 31/12 hằng năm)', label: 'năm 2021', date: '2022-01-12' },
  { title: 'Hội nghị Ban Chấp hành Liên minh HTX tỉnh', text: 'Chiều 20/12/2021, Ban Chấp hành họp. Năm 2022, Liên minh phấn đấu thành lập mới 30 HTX. Trong năm 2021, toàn tỉnh thành lập mới 26 HTX.', label: 'năm 2021', date: '2021-12-20' },
];

function asPeriod(m: Mention): { start: string; end: string } | null {
  const v = m.value as { start?: string; end?: string | null } | null;
  return v && typeof v === 'object' && v.start && v.end ? { start: v.start, end: v.end } : null;
}

const TERM = /giai đoạn|nhiệm kỳ/u;
/** Words before a period in the body that make it the period under review. */
export const REVIEW_WORDS = /(?:sơ kết|tổng kết|kết quả|tình hình|báo cáo|đánh giá|hoạt động|trong|qua|nêu rõ,?)\s+(?:[^\s,.;]+\s+){0,5}$/u;
/** An anniversary or any span written as two full dates is no reporting period. */
const DATE_SPAN = /\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]\s*\d{1,2}\/\d{1,2}\/\d{4}/u;

function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

function yearsOf(p: { start: string; end: string }): number {
  return Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4)) + 1;
}

export interface PeriodDecision {
  reportPeriod: ReportPeriod | null;
  warnings: string[];
}

/** "đến (hết|cuối) …", "tính đến …" right before a day or a month: the day figures are reported at. */
const AS_OF = /(?:tính đến|đến)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?$/u;

export function detectReportPeriod(title: string, text: string, textMentions: Mention[], fallbackDate: string | null): PeriodDecision {
  const warnings: string[] = [];
  const titleKey = toneKey(title);
  const textKey = toneKey(text);
  const congress = /đại hội/u.test(titleKey);
  const multiYear = congress || /(?:tổng kết|sau|qua)\s+\d+\s+năm|giai đoạn|nhiệm kỳ/u.test(titleKey);
  const reported = (key: string, m: Mention, where: 'title' | 'text'): boolean => {
    if (m.kind !== 'period' || DATE_SPAN.test(m.text)) return false;
    // "“… Năm nay giá cam ổn định …”, ông Giám đốc chia sẻ": a speaker's words inside quotation marks report nothing.
    if (where === 'text' && /“[^”]*$/u.test(key.slice(Math.max(0, m.start - 300), m.start))) return false;
    // "Từ đầu năm 2019 đến nay" runs to the day of writing: a span of the story, not a period reported on.
    if (m.rule === 'period.since' || m.rule === 'period.year_so_far') return false;
    if (NOT_REPORTED.test(key.slice(Math.max(0, m.start - 50), m.start))) return false;
    if (/cuối năm/u.test(toneKey(m.text))) return false;
    const p = asPeriod(m);
    const term = TERM.test(toneKey(m.text)) || (p !== null && yearsOf(p) > 1);
    if (term && !multiYear) return false;
    // A month in the body is a date of something, not the article's period; in a title it may be.
    if (where === 'text' && p && !term && p.start.slice(0, 7) === p.end.slice(0, 7)) return false;
    // "Năm 2023, Liên minh phấn đấu …" in a December 2022 article: a period not yet begun is planned, not reported.
    if (where === 'text' && p && fallbackDate && p.start > fallbackDate.slice(0, 10)) return false;
    // In the body, a period reported on opens a sentence ("Năm 2020, …") or follows a review word.
    if (where === 'text') {
      const before = key.slice(Math.max(0, m.start - 45), m.start);
      const opens = /(?:^|[.!?\n]\s*|^\s*)(?:(?:trong|tính chung|qua|sau|kết quả)\s+)?(?:cả\s+)?$/u.test(before);
      if (!opens && !REVIEW_WORDS.test(before)) return false;
    }
    return true;
  };
  // "Số liệu trong báo cáo được tổng hợp đến ngày 30/9/2025": the day the report's figures were gathered up to.
  const cutoff = textMentions.find((m) => m.end <= 2500 && m.kind === 'date' && typeof m.value === 'string' && /số liệu[^.;]{0,40}?(?:được\s+)?(?:tổng hợp|tính|cập nhật|thống kê)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/u.test(textKey.slice(Math.max(0, m.start - 70), m.start)))?.value as string | undefined;
  const clampEnd = (p: { start: string; end: string }): { start: string; end: string } => {
    // A term reviewed at its congress ends on the congress day, or on the day its figures were gathered up to.
    if (cutoff && yearsOf(p) > 1 && cutoff >= p.start && cutoff < p.end && (!fallbackDate || cutoff <= fallbackDate)) {
      warnings.push(`reportPeriod: the figures were gathered up to ${cutoff}, which ends "${p.start.slice(0, 4)}–${p.end.slice(0, 4)}"`);
      return { start: p.start, end: cutoff };
    }
    if (fallbackDate && p.end > fallbackDate && yearsOf(p) > 1) return { start: p.start, end: fallbackDate };
    return p;
  };
  const label = (m: Mention): string => m.label ?? m.text;

  const titleMentions = findMentions(title).filter((m) => reported(titleKey, m, 'title'));
  const head = Math.min(text.length, 2500);
  const bodyMentions = textMentions.filter((m) => m.end <= head && reported(textKey, m, 'text'));

  // "(số liệu tính từ ngày 01/01/2015 đến ngày 30/6/2020)": the report states the window of its figures.
  // "(Số liệu năm 2019, năm 2020 tính đến ngày 31/12 hằng năm)" under a table lists the years compared: no window.
  const window = textMentions.find((m) => m.end <= head && m.kind === 'period' && asPeriod(m) && /số liệu\s+(?:được\s+)?(?:tính\s+)?(?:từ\s+)?(?:ngày\s+)?$/u.test(textKey.slice(Math.max(0, m.start - 30), m.start)) && !/^\s*,\s*(?:năm\s+)?\d{4}/u.test(textKey.slice(m.end, m.end + 12)));
  if (window) return { reportPeriod: { label: label(window), ...asPeriod(window)! }, warnings };

  if (congress) {
    // The title names the coming term; the report reviews the one that ends now. Without one in the title, a
    // term starting in the congress's year is the coming one.
    const coming = findMentions(title).find((m) => m.kind === 'period' && TERM.test(toneKey(m.text)));
    const comingStart = coming ? asPeriod(coming)?.start : fallbackDate ? `${fallbackDate.slice(0, 4)}-01-01` : null;
    const earlier = (m: Mention): boolean => {
      const p = asPeriod(m);
      return !!p && (TERM.test(toneKey(m.text)) || yearsOf(p) > 1) && (!comingStart || p.start < comingStart);
    };
    // The term ending now ("nhiệm kỳ 2020 – 2025") wherever the opening names it, before any other span of years.
    const past =
      textMentions.find((m) => m.end <= head && m.kind === 'period' && /^nhiệm kỳ/u.test(toneKey(m.text)) && !NOT_REPORTED.test(textKey.slice(Math.max(0, m.start - 50), m.start)) && earlier(m)) ??
      bodyMentions.find(earlier);
    // "5 năm qua" at the congress of the term 2020 – 2025: the term under review runs up to the congress day.
    if (past && comingStart && fallbackDate && !TERM.test(toneKey(past.text)) && fallbackDate.slice(0, 4) === comingStart.slice(0, 4) && asPeriod(past)!.end.slice(0, 4) === String(Number(comingStart.slice(0, 4)) - 1)) {
      warnings.push(`reportPeriod: "${past.text}" read as the term that ends at the congress (${fallbackDate.slice(0, 10)})`);
      return { reportPeriod: { label: label(past), start: asPeriod(past)!.start, end: fallbackDate.slice(0, 10) }, warnings };
    }
    if (past) return { reportPeriod: { label: label(past), ...clampEnd(asPeriod(past)!) }, warnings };
    warnings.push('reportPeriod: a congress article that names no reviewed term; left null');
    return { reportPeriod: null, warnings };
  }

  if (multiYear) {
    // "tổng kết 5 năm thi hành Luật … (giai đoạn 2013 - 2017)": the term is the period, wherever it is printed.
    const term = [...findMentions(title), ...textMentions.filter((m) => m.end <= head)].find(
      (m) => m.kind === 'period' && TERM.test(toneKey(m.text)) && asPeriod(m) && !DATE_SPAN.test(m.text) && (!fallbackDate || asPeriod(m)!.start <= fallbackDate),
    );
    if (term) return { reportPeriod: { label: label(term), ...clampEnd(asPeriod(term)!) }, warnings };
  }
  // "Năm 2024, lấy hiệu quả làm thước đo" on 3 January 2024, "sơ kết 9 tháng, ước cả năm 2024" in October: a period
  // that ends months after the article was written is planned or estimated, not the one reported on, when the title
  // or the opening names another.
  // Such a period had only just begun, or the title estimates or plans it.
  // "sơ kết 9 tháng, ước cả năm 2024 …" on 8 October: a year the title estimates is unfinished however near its end.
  const unfinished = (m: Mention): boolean => {
    const p = asPeriod(m);
    if (!fallbackDate || !p || yearsOf(p) !== 1) return false;
    if (p.end > fallbackDate.slice(0, 10) && /(?:ước|dự kiến|phấn đấu|mục tiêu)(?:\s+(?:đạt|tính|cả))?\s*$/u.test(titleKey.slice(Math.max(0, m.start - 15), m.start))) return true;
    if (monthsBetween(fallbackDate.slice(0, 10), p.end) <= 2) return false;
    return monthsBetween(p.start, fallbackDate.slice(0, 10)) < 1;
  };
  const t = titleMentions.find((m) => asPeriod(m) && !unfinished(m)) ?? titleMentions.find((m) => asPeriod(m) && !titleMentions.some((x) => x.value === null) && !bodyMentions.some((x) => asPeriod(x) && !unfinished(x)));
  if (t) return { reportPeriod: { label: label(t), ...clampEnd(asPeriod(t)!) }, warnings };

  // A title period printed without its year ("sơ kết 6 tháng đầu năm"): the body usually prints it in full.
  const titleUnresolved = titleMentions.find((m) => m.value === null);
  if (titleUnresolved) {
    const key = toneKey(titleUnresolved.text);
    const full = bodyMentions.find((m) => asPeriod(m) && toneKey(m.text).startsWith(key));
    if (full) return { reportPeriod: { label: label(full), ...asPeriod(full)! }, warnings };
    if (fallbackDate) {
      const again = findMentions(title, { referenceDate: fallbackDate.slice(0, 10) }).find((m) => m.start === titleUnresolved.start && asPeriod(m));
      if (again) {
        warnings.push(`reportPeriod: "${titleUnresolved.text}" has no year; the year was taken from the document's date`);
        return { reportPeriod: { label: label(again), ...asPeriod(again)! }, warnings };
      }
    }
  }
  // "Hà Tĩnh: 9 tháng, khu vực HTX thành lập mới 52 HTX": a headline's bare "9 tháng" is the months of the year so far.
  const bare = /(?:^|[:–-]\s*)((?:3|6|9|10|11) tháng)(?=\s*[,:])/u.exec(title);
  if (bare && fallbackDate) {
    const months = findMentions(`${bare[1]} đầu năm`, { referenceDate: fallbackDate.slice(0, 10) }).find((m) => asPeriod(m));
    if (months) {
      warnings.push(`reportPeriod: "${bare[1]}" in the headline has no year; read as the months of the year of the document's date`);
      return { reportPeriod: { label: `${bare[1]} đầu năm ${asPeriod(months)!.start.slice(0, 4)}`, ...asPeriod(months)! }, warnings };
    }
  }
  // A period that ended before the day the text has already reported at ("đến cuối tháng 9/2021 …; Năm 2020,
  // doanh thu …") looks back; it is not the period reported on.
  const namedBefore = (m: Mention): string | null =>
    textMentions.filter((x) => x.end <= m.start && (x.kind === 'date' || x.kind === 'period') && x.value !== null && (AS_OF.test(textKey.slice(Math.max(0, x.start - 20), x.start)) || x.rule === 'period.years_to_month')).map((x) => asPeriod(x)?.end ?? (typeof x.value === 'string' ? x.value : '')).sort().pop() ?? null;
  const b = bodyMentions.find((m) => {
    const p = asPeriod(m);
    const seen = p ? namedBefore(m) : null;
    return p && !(seen && p.end < seen);
  });
  // A feature that opens on last year's figures of one cooperative and then gives this year's review: the
  // report is on the later period when the first ended long before the article was written.
  const later =
    b && fallbackDate && monthsBetween(asPeriod(b)!.end, fallbackDate.slice(0, 10)) > 6
      ? // "Năm 2020, thu nhập …" in an article of 21 December 2020: a year all but over is reviewed too.
        bodyMentions.filter((m) => asPeriod(m) && asPeriod(m)!.end > asPeriod(b)!.end && (asPeriod(m)!.end <= fallbackDate.slice(0, 10) || monthsBetween(fallbackDate.slice(0, 10), asPeriod(m)!.end) < 1)).sort((x, y) => (asPeriod(y)!.end < asPeriod(x)!.end ? -1 : 1))[0]
      : undefined;
  if (later) {
    warnings.push(`reportPeriod: "${b!.text}" ended long before the article; the later "${later.text}" it also reviews was taken`);
    return { reportPeriod: { label: label(later), ...clampEnd(asPeriod(later)!) }, warnings };
  }
  // "Năm 2016, HTX đạt doanh thu 2,3 tỷ đồng" in a feature of August 2017: a year that ended long before the article
  // dates that sentence's figures, not the present the feature describes ("Hiện HTX có 48 hộ thành viên").
  const stale = b && fallbackDate && monthsBetween(asPeriod(b)!.end, fallbackDate.slice(0, 10)) > 6;
  if (stale) warnings.push(`reportPeriod: "${b!.text}" ended long before the article and was not taken as the period reported on`);
  if (b && !stale) return { reportPeriod: { label: label(b), ...clampEnd(asPeriod(b)!) }, warnings };
  // "Sơ kết 3 năm thực hiện Nghị quyết …" at a meeting in December 2016: the three years up to the figures' day.
  const years = /(?:(?:sơ kết|tổng kết|sau|qua)\s+|^|:\s*)(\d{1,2})\s+năm\s+(?:thực hiện|thi hành|triển khai)/u.exec(titleKey);
  if (years && fallbackDate) {
    const n = Number(years[1]);
    const upTo = textMentions.find((m) => m.end <= head && m.kind === 'date' && typeof m.value === 'string' && m.value <= fallbackDate.slice(0, 10) && AS_OF.test(textKey.slice(Math.max(0, m.start - 20), m.start)));
    const end = upTo ? (upTo.value as string) : fallbackDate.slice(0, 10);
    const start = `${Number(end.slice(0, 4)) - n + 1}-01-01`;
    warnings.push(`reportPeriod: "${years[0].replace(/^[:\s]+/u, '')}" in the headline read as the ${n} years up to ${end}; the start is the first of January ${n - 1} years earlier, derived`);
    const printed = years[0].replace(/^[:\s]+/u, '');
    return { reportPeriod: { label: printed, start, end }, warnings };
  }
  // "Theo số liệu của Liên minh HTX tỉnh, tính đến ngày 30/4/2024, toàn tỉnh có …" opening a feature that names no
  // period: the months of that year up to the day its figures are at.
  // "Từ năm 2017 đến hết tháng 11/2020, đã có 268 HTX …": a run of years up to a month is the window itself.
  const run = textMentions.find((m) => m.end <= Math.min(head, 1200) && m.rule === 'period.years_to_month' && asPeriod(m) && (!fallbackDate || asPeriod(m)!.end <= fallbackDate.slice(0, 10)));
  if (run) {
    warnings.push(`reportPeriod: no period named; the run "${run.text}" in the opening read as the window of the figures (derived)`);
    return { reportPeriod: { label: label(run), ...asPeriod(run)! }, warnings };
  }
  const upTo = textMentions.find((m) => m.end <= Math.min(head, 1200) && (m.kind === 'date' || m.kind === 'period') && m.value !== null && AS_OF.test(textKey.slice(Math.max(0, m.start - 20), m.start)));
  const upToEnd = upTo ? (typeof upTo.value === 'string' ? upTo.value : asPeriod(upTo)?.end ?? null) : null;
  if (upTo && upToEnd && /^\d{4}-\d{2}-\d{2}$/u.test(upToEnd) && (!fallbackDate || upToEnd <= fallbackDate.slice(0, 10))) {
    const y = upToEnd.slice(0, 4);
    const month = Number(upToEnd.slice(5, 7));
    const monthEnd = new Date(Date.UTC(Number(y), month, 0)).getUTCDate() === Number(upToEnd.slice(8, 10));
    const printed = monthEnd ? (month === 12 ? `năm ${y}` : `${month} tháng đầu năm ${y}`) : `từ đầu năm ${y} đến ngày ${Number(upToEnd.slice(8, 10))}/${month}/${y}`;
    warnings.push(`reportPeriod: no period named; "${upTo.text}", the day the opening reports its figures at, read as the end of "${printed}" (derived)`);
    return { reportPeriod: { label: printed, start: `${y}-01-01`, end: upToEnd }, warnings };
  }
  warnings.push('reportPeriod: no period found in the title or the opening of the text; left null');
  return { reportPeriod: null, warnings };
}
