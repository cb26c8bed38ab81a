// Who a figure is about, read from the words before it in its clause: a
// subject noun phrase ("Các HTX nông nghiệp có …", "Số HTX đang hoạt động là …"),
// a sector label ("Nông nghiệp: 212 HTX"), or a place — a district, a commune,
// a former province, one named cooperative — whose figures never pass for the
// province's. All functions read toneKey(text) for words and the text itself
// for capitals (names).
import type { Entity, Place, Rating, Sector } from '../../schemas/records.js';
import { lookupProvince } from '../provinces.js';
import { toneKey } from '../normalize.js';
import type { Ctx } from './draft.js';
import type { Span } from './segment.js';
import { readSector } from './sector.js';
import { RATINGS } from './vocab.js';

export interface Texts {
  text: string;
  key: string;
}

// ---------------------------------------------------------------- subject noun phrase

export const SUBJECT_RE =
  /(?<![\/\p{L}\p{N}])(?:(?:số lượng|tổng số|số|các|toàn bộ|hệ thống)\s+)?(?:(?:thành viên|lao động|xã viên|người lao động)\s+(?:của\s+)?(?:các\s+)?)?(?<!liên minh |liên minh các |kinh tế tập thể, |kinh tế tập thể và |luật )(liên hiệp (?:htx|hợp tác xã)|htxnn|htx|hợp tác xã|tht|tổ hợp tác|quỹ tín dụng nhân dân|quỹ tdnd|qtdnd|qtd|(?<=các )quỹ(?! hỗ trợ| phát triển| quốc gia| khen thưởng| đầu tư| bảo lãnh)|đơn vị thành viên)(?![\p{L}])/gu;

export const SUBJECT_EXAMPLES = [
  { text: 'Các HTX nông nghiệp hiện có hơn 5.000 hộ thành viên', entity: 'cooperative', sector: 'agriculture', rating: null },
  { text: 'Số HTX đang hoạt động là 301 HTX', entity: 'cooperative', sector: null, rating: 'operating' },
  { text: 'Hệ thống quỹ tín dụng nhân dân có hơn 11.000 thành viên', entity: 'cooperative', sector: 'credit', rating: null },
  { text: 'Các QTD có 11.250 TV', entity: 'cooperative', sector: 'credit', rating: null },
  { text: 'Tổng số thành viên HTX là 21.350 thành viên', entity: 'cooperative', sector: null, rating: null },
] as const;

export interface SubjectPhrase {
  entity: Entity;
  sector: Sector | null;
  sectorLabel: string | null;
  rating: Rating | null;
  start: number;
  /** End of the noun itself. */
  nounStart: number;
  nounEnd: number;
  end: number;
  determiner: string | null;
  /** The noun is counted by a number right before it ("654 tổ hợp tác …"): a counted item, not a subject. */
  counted: boolean;
}

function entityOfNoun(noun: string): { entity: Entity; sector: Sector | null } {
  if (/^(?:liên hiệp|lh htx|lhhtx)/u.test(noun)) return { entity: 'cooperative_union', sector: null };
  if (noun === 'tht' || noun === 'tổ hợp tác') return { entity: 'cooperative_group', sector: null };
  if (/quỹ|qtd/u.test(noun)) return { entity: 'cooperative', sector: 'credit' };
  if (noun === 'htxnn') return { entity: 'cooperative', sector: 'agriculture' };
  if (noun === 'đơn vị thành viên') return { entity: 'member_unit', sector: null };
  return { entity: 'cooperative', sector: null };
}

/**
 * The class a phrase opens on ("xếp loại tốt", "yếu"), with the length it takes (leading blanks included); 'two' when two
 * classes stand together ("khá trở lên", "tốt, khá"), which no single rating fits. "từ 60% số HTX hoạt động hiệu quả trở
 * lên" is at least 60% of one class.
 */
export function classAtStart(rest: string): { rating: Rating; length: number } | 'two' | null {
  const trimmed = rest.trimStart();
  for (const r of RATINGS) {
    const rm = r.pattern.exec(trimmed);
    if (!rm) continue;
    const after = trimmed.slice(rm[0].length);
    const atLeast = (r.rating === 'effective' || r.rating === 'operating') && /^\s*trở lên/u.test(after);
    if (!atLeast && /^\s*(?:trở lên|,\s*(?:tốt|khá|giỏi)|và (?:tốt|khá|giỏi))/u.test(after)) return 'two';
    return { rating: r.rating, length: rest.length - trimmed.length + rm[0].length };
  }
  return null;
}

/** The last subject noun phrase in [from, at) with no number between it and `at`. */
export function subjectPhrase(t: Texts, from: number, at: number): SubjectPhrase | null {
  const seg = t.key.slice(from, at);
  let last: RegExpMatchArray | null = null;
  for (const mm of seg.matchAll(SUBJECT_RE)) last = mm;
  if (!last || last.index === undefined) return null;
  const start = from + last.index;
  const nounEnd = start + last[0].length;
  const nounStart = nounEnd - last[1]!.length;
  // "số HTX hoạt động hiệu quả năm 2019 tăng gần gấp đôi": a year in the phrase is no other figure.
  const stretch = t.key.slice(nounEnd, at);
  if (/[\d)]/u.test(/[,;:]/u.test(stretch) ? stretch : stretch.replace(/(?<![\p{L}])năm\s+(?:19|20)\d{2}(?!\d)/gu, ''))) return null;
  const { entity, sector: nounSector } = entityOfNoun(last[1]!);
  // "Các HTX, Quỹ TDND thu hút 589.720 thành viên": the funds named with the cooperatives are one subject of no sector.
  const withCoops = nounSector === 'credit' && /(?<![\p{L}])(?:htx|hợp tác xã)\s*(?:,|và|cùng)\s*(?:các\s+)?$/u.test(t.key.slice(Math.max(from, nounStart - 24), nounStart));
  let sector = withCoops ? null : nounSector;
  let sectorLabel = sector ? t.text.slice(nounStart, nounEnd) : null;
  let end = nounEnd;
  const label = withCoops ? null : readSector(t.key, end, at);
  if (label && label.start - end <= 30 && !nounSector) {
    sector = label.sector;
    sectorLabel = t.text.slice(label.start, label.end);
    end = label.end;
  }
  let rating: Rating | null = null;
  // "25% HTX trên địa bàn hoạt động yếu kém": where they are says nothing of their class.
  const where = /^\s*(?:trên địa bàn(?:\s+(?:tỉnh|huyện|thành phố))?|toàn tỉnh|của tỉnh|trong tỉnh)(?![\p{L}])/u.exec(t.key.slice(end, at));
  const cls = classAtStart(t.key.slice(end + (where?.[0].length ?? 0), at));
  if (cls === 'two') return null;
  if (cls) {
    rating = cls.rating;
    end += (where?.[0].length ?? 0) + cls.length;
    // "60% số HTX đang hoạt động đạt loại hiệu quả": the operating ones are the base; the class they reach is the share's.
    const reached = rating === 'operating' ? /^\s*(?:đạt|được xếp|xếp)\s+loại\s+/u.exec(t.key.slice(end, at)) : null;
    const then = reached ? classAtStart(t.key.slice(end + reached[0].length, at)) : null;
    if (reached && then && then !== 'two') {
      rating = then.rating;
      end += reached[0].length + then.length;
    }
  }
  const det = /^(số lượng|tổng số|số|các|toàn bộ|hệ thống)\s/u.exec(last[0]);
  const counted = /\d\s*$/u.test(t.key.slice(Math.max(0, start - 4), start));
  return { entity, sector, sectorLabel, rating, start, nounStart, nounEnd, end, determiner: det ? det[1]! : null, counted };
}

// ---------------------------------------------------------------- sector label before a number

/** Words between a sector label and its number: "Nông nghiệp: 212 HTX", "lĩnh vực nông nghiệp có 86 HTX", "Vận tải | 13 HTX". */
const CONNECTOR = /(?:\s*[:|]\s*|\s*,?\s+(?:(?:còn |cũng )?có|với|là|gồm|đạt|hiện có|có tổng số|(?:vẫn |tiếp tục )?(?:chiếm|là)(?:[^,;\d]|[\d.,]+\s*%){0,40}?với)\s+|\s+)(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$/u;
const LABEL_LEAD = /^(?:[-–—•+*]\s*|\(\d{1,2}\)\s*|\d{1,2}[.)]\s+)?(?:(?:trong đó\s*,?\s*riêng|trong đó|bao gồm|gồm|cụ thể|riêng|còn lại là|còn lại|tiếp đến là|tiếp theo là|sau đó là|kế đến là)\s*(?:có\s+)?)?(?:các\s+)?(?:(?:về|khối|nhóm|lĩnh vực|ngành)\s+)*(?:(?:htx|hợp tác xã)\s+)?/u;

export const LABEL_EXAMPLES = [
  { text: 'Nông nghiệp: 212 HTX', sector: 'agriculture' },
  { text: 'HTX tài nguyên môi trường (khai thác cát): 01 HTX', sector: 'mining' },
  { text: 'lĩnh vực nông nghiệp có 86 HTX', sector: 'agriculture' },
  { text: 'Lĩnh vực thủy sản chiếm tỷ trọng lớn nhất với 214 HTX', sector: 'agriculture' },
  { text: 'Vận tải | 13 HTX', sector: 'transport' },
  { text: 'thương mại, dịch vụ 15 HTX', sector: 'trade_services' },
  { text: '- Xây dựng: 41 HTX', sector: 'construction' },
  { text: 'lĩnh vực nông nghiệp – thủy sản tiếp tục là “xương sống” với 146 HTX', sector: 'agriculture' },
  { text: 'tiếp đến là thương mại – dịch vụ 71 HTX', sector: 'trade_services' },
  { text: 'lĩnh vực nông nghiệp có trên 160 HTX', sector: 'agriculture' },
  { text: 'còn lại là thương mại - dịch vụ 21 HTX', sector: 'trade_services' },
  { text: 'lĩnh vực nông nghiệp còn có 2.416 tổ hợp tác', sector: 'agriculture' },
] as const;

export function labelBefore(t: Texts, clause: Span, at: number): { sector: Sector; label: string; start: number } | null {
  const { key, text } = t;
  const head = key.slice(clause.start, at);
  const conn = CONNECTOR.exec(head);
  if (!conn) return null;
  const labelEnd = at - conn[0].length;
  if (labelEnd <= clause.start) return null;
  // A bracketed gloss inside the label ("(khai thác cát)") is read as blank.
  const blanked = key.slice(0, labelEnd).replace(/\([^()]*\)\s*$/u, (p) => ' '.repeat(p.length));
  let end = labelEnd;
  while (end > clause.start && blanked[end - 1] === ' ') end--;
  const floor = Math.max(clause.start, end - 100);
  const starts: number[] = [floor];
  for (let i = floor; i < end; i++) if (/[,;:(|]/.test(blanked[i]!)) starts.push(i + 1);
  // "…, lâm nghiệp 38 HTX và diêm nghiệp 9 HTX": the last item of a list starts after "và".
  for (const mm of blanked.slice(floor, end).matchAll(/\svà\s+/gu)) starts.push(floor + mm.index! + mm[0].length);
  // "chủ yếu hoạt động trong lĩnh vực nông nghiệp với 198 HTX": a label may start right after "lĩnh vực".
  for (const mm of blanked.slice(floor, end).matchAll(/(?:lĩnh vực|ngành)\s+/gu)) starts.push(floor + mm.index! + mm[0].length);
  for (const st of starts) {
    let a = st;
    while (a < end && blanked[a] === ' ') a++;
    const lead = LABEL_LEAD.exec(blanked.slice(a, end));
    const from = a + (lead?.[0].length ?? 0);
    if (from >= end) continue;
    const label = readSector(blanked, from, end, { lead: false, exact: true });
    if (label) return { sector: label.sector, label: text.slice(label.start, labelEnd).trim(), start: a };
  }
  return null;
}

/** "Trong lĩnh vực nông nghiệp, toàn tỉnh có 120 HTX": a sector that opens the sentence frames its figures. */
export function sectorOpening(t: Texts, sentenceStart: number, at: number): { sector: Sector; label: string } | null {
  const lead = /^\s*(?:trong|ở|về|đối với|riêng|tại|với(?=\s+(?:lĩnh vực|ngành|khối|nhóm)\s))\s+(?:(?:lĩnh vực|ngành|khu vực|khối|nhóm)\s+)?(?:(?:htx|hợp tác xã)\s+)?/u.exec(t.key.slice(sentenceStart, at));
  if (!lead) {
    // "9 tháng qua, các HTX du lịch trên địa bàn thị xã đón khoảng 86.000 lượt khách, doanh thu ước đạt 42 tỷ đồng": the
    // sentence's subject, one sector's cooperatives, is the subject of its figures up to a semicolon.
    // "Nhóm HTX hồ tiêu ít hơn với 21 HTX, 1.046 thành viên", "Trong đó, số HTX tôm - rừng hiện có 41 HTX": a group named by
    // its sector too.
    // "HTX nông nghiệp tiếp tục giữ vai trò chủ lực với 462 HTX", "Lĩnh vực nông nghiệp … với 462 HTX": the bare sector
    // noun as the sentence's subject, in lower case (a capital starts a cooperative's name: "HTX Nông nghiệp Tân Hà").
    // "9 tháng năm 2024, các HTX du lịch đón …": a time may open the sentence.
    const subject = /^\s*(?:[^,;:\d]{0,30}(?:\d[^,;:]{0,16})?,\s*)?(?:(?:riêng|còn)\s+)?(?:(?:các|những|nhóm|khối|số|khu vực)\s+(?:htx|hợp tác xã)|(?:htx|hợp tác xã|lĩnh vực|ngành))\s+/u.exec(t.key.slice(sentenceStart, at));
    if (!subject) return null;
    // "Khu vực HTX NN có 167 HTX": the cooperatives' "area" of one sector is a group too.
    const bareNoun = !/(?:các|những|nhóm|khối|số|khu vực)\s+(?:htx|hợp tác xã)\s+$/u.test(subject[0]);
    const label = readSector(t.key, sentenceStart + subject[0].length, at, { lead: false });
    if (!label || /[;]|(?<![\p{L}])(?:htx|hợp tác xã|quỹ|tổ hợp tác|tht)(?![\p{L}])|\d/u.test(t.key.slice(label.end, at).replace(/(?<![\p{L}\d])[\d.,]+\s+lượt(?: khách)?/gu, ''))) return null;
    if (bareNoun && (label.start !== sentenceStart + subject[0].length || /\p{Lu}/u.test(t.text.slice(label.start, at)))) return null;
    return { sector: label.sector, label: t.text.slice(label.start, label.end) };
  }
  const from = sentenceStart + lead[0].length;
  const comma = t.key.indexOf(',', from);
  if (comma < 0 || comma > at) return null;
  const label = readSector(t.key, from, comma, { lead: false, exact: true });
  return label ? { sector: label.sector, label: t.text.slice(label.start, label.end) } : null;
}

/**
 * "trong số 85 HTX nông nghiệp được đánh giá, có 7 HTX đạt loại tốt, …": the parts of a base
 * named with its sector belong to that sector.
 */
export function baseSector(t: Texts, sentenceStart: number, at: number): { sector: Sector; label: string } | null {
  const base = /(?:^|[\s,;:(])trong (?:tổng )?số\s+[\d.]+\s+(?:htx|hợp tác xã)\s+/u.exec(t.key.slice(sentenceStart, at));
  if (!base) return null;
  const from = sentenceStart + base.index + base[0].length;
  const stop = t.key.slice(from, at).search(/[,;:]/u);
  const label = readSector(t.key, from, stop < 0 ? at : from + stop, { lead: false });
  return label ? { sector: label.sector, label: t.text.slice(label.start, label.end) } : null;
}

/** "loại khá 51 HTX", "xếp loại tốt: 22 HTX": a rating printed before the number. */
export function ratingBefore(t: Texts, clause: Span, at: number, sentenceStart?: number): Rating | null {
  const head = t.key.slice(Math.max(clause.start, at - 40), at);
  const classes: Record<string, Rating> = { tốt: 'good', 'xuất sắc': 'good', khá: 'fair', 'trung bình': 'average', tb: 'average', yếu: 'weak', kém: 'weak', 'yếu kém': 'weak' };
  // "có số HTX nông nghiệp xếp loại tốt nhiều nhất với 14 HTX": the place with the most of a class counts that class.
  const m = /(?:^|[\s,;:(])(?:(?:được\s+)?(?:xếp|đánh giá|phân)\s+)?loại\s+(tốt|khá|trung bình|yếu kém|yếu|kém|xuất sắc)(?:\s+nhiều nhất)?\s*(?::|có|là|với)?\s*$/u.exec(head);
  if (m) return classes[m[1]!] ?? null;
  // "ngừng hoạt động 15 HTX", "đang hoạt động: 200 HTX", terse "HTX đang HĐ: 356 HTX", "HTX HĐ hiệu quả (xếp loại khá,
  // tốt): 198 HTX" (a gloss in brackets).
  // "ngừng HĐ chờ giải thể: 41 HTX": still inactive while it waits.
  const op = /(?:^|[\s,;:(])(đang hoạt động|đang hđ|ngừng hoạt động|ngừng hđ|tạm ngừng hoạt động|không hoạt động|(?:hoạt động|hđ) (?:có )?hiệu quả)(?:\s*\([^()]{0,40}\))?(?:\s*,?\s*(?:đang\s+)?chờ giải thể)?\s*(?::|là|có)?\s*$/u.exec(head);
  if (op) return /ngừng|không/u.test(op[1]!) ? 'inactive' : /hiệu quả/u.test(op[1]!) ? 'effective' : 'operating';
  // A list of classes after "phân loại:" / "xếp loại": "tốt 45 HTX, khá 60 HTX, trung bình 30 HTX, yếu 12 HTX".
  const bare = /(?:^|[\s,;:(])(tốt|khá|trung bình|tb|yếu kém|yếu|kém|xuất sắc)\s*:?\s*$/u.exec(head);
  if (bare && /xếp loại|phân loại|đánh giá|loại/u.test(t.key.slice(Math.max(0, (sentenceStart ?? clause.start)), at))) return classes[bare[1]!] ?? null;
  // "3. Đánh giá, xếp loại năm 2019" then "- Tốt: 64 HTX; Khá: 181 HTX": a heading of grades heads the list below it.
  // "3. Đánh giá, xếp loại năm 2019" then "- Tốt: 64 HTX; Khá: 181 HTX": a heading of grades heads the list below it,
  // over the lines of grades above this one ("Tốt: 58 HTX;" then "Khá: 96 HTX;", a line or a paragraph each).
  if (bare && gradeListHeading(t.key, sentenceStart ?? clause.start))
    return classes[bare[1]!] ?? null;
  return null;
}

// ---------------------------------------------------------------- places

export interface PlaceHit {
  place: Place;
  formerProvince: string | null;
  /** Where the place is named in the text. */
  at?: number;
}

/** A capitalised name right before "(cũ)": "Gia Lai (cũ)". */
// "(Bình Định cũ 11 quỹ, Gia Lai cũ 8 quỹ)": without brackets too, when the figure follows at once.
const BARE_FORMER = /(?<![\p{L}])(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3})\s*(?:\(cũ\)|cũ(?=\s+\d|\s*$))/gu;
const PLACE_WORD_BEFORE = /(?:huyện|thị xã|thành phố|tp\.?|quận|xã|phường|thị trấn|tỉnh|khu vực|địa bàn)\s*$/u;
// "H. Vĩnh Bảo", "TX. Sơn Tây": the level words abbreviated, as terse reports print them.
// "Ngày Hợp tác xã Việt Nam": the "xã" of "hợp tác xã" is no commune.
// "Riêng vùng Đồng Tháp Mười có 38 HTX": a named region, a place of no administrative level.
const PLACE_WORD = /(?<=^|[\s,(;])(huyện(?: đảo)?|h\.|tx\.|thị xã|thành phố|tp\.?|quận|(?<!hợp tác )xã|phường|thị trấn|tỉnh|khu vực|địa bàn|vùng)\s*(?<=\.\s*|\s)(?=[\p{L}\d])/gu;
/** Words before a place that make it the subject of what follows. */
const PLACE_LEAD = /(?:^[-–+•*]?|(?<=\p{L}\s*):|(?:tại|riêng|ở|trên địa bàn|(?:riêng )?(?:địa bàn|khu vực)|đối với|toàn|và|kế đến(?: là)?|tiếp đến(?: là)?|tiếp theo(?: là)?|sau đó là|trong khi(?: đó\s*,)?|còn)\s*)$/u;
/** Words after a place that make it the subject: "Huyện Châu Thành có 42 HTX", "… là địa phương có nhiều HTX nhất với 19 HTX". */
// "huyện Krông Búk mới có 9 HTX", "huyện X chỉ có 3 HTX", "huyện Y vẫn có 12 HTX".
const PLACE_FOLLOW = /^\s*(?:,\s*)?(?:hiện\s+|đã\s+|cũng\s+|mới\s+|chỉ\s+|vẫn\s+|tiếp tục\s+|ước\s+|ước tính\s+|(?:phấn đấu|dự kiến|đặt mục tiêu)(?:\s+đến)?(?:\s+năm\s+\d{4})?\s+)?(?:có|đạt|thành lập|tl mới|là địa phương|dẫn đầu|với|\(|:)/u;

export const PLACE_EXAMPLES = [
  { text: 'Huyện Châu Thành có 42 HTX.', level: 'district', name: 'Huyện Châu Thành' },
  { text: '- Huyện Lý Nhân: 52 HTX', level: 'district', name: 'Huyện Lý Nhân' },
  { text: 'Riêng thành phố Ngã Bảy thành lập mới 2 HTX.', level: 'district', name: 'thành phố Ngã Bảy' },
  { text: '- Theo địa bàn: huyện Mộ Đức TL mới 3 HTX', level: 'district', name: 'huyện Mộ Đức' },
  { text: 'Tại xã Thanh Xuân (huyện Thanh Hà), 2 HTX vải thiều có 145 ha.', level: 'commune', name: 'xã Thanh Xuân' },
  { text: 'Tính đến 30/6/2025, tỉnh Yên Bái (cũ) có 512 HTX.', level: 'former_province', name: 'tỉnh Yên Bái (cũ)' },
  { text: 'Riêng địa bàn tỉnh Hậu Giang (cũ), đến 30/9/2025 có 215 HTX.', level: 'former_province', name: 'tỉnh Hậu Giang (cũ)' },
  { text: 'Riêng khu vực tỉnh Bắc Kạn (cũ), 6 tháng đầu năm thành lập mới 21 HTX.', level: 'former_province', name: 'tỉnh Bắc Kạn (cũ)' },
  { text: 'kế đến là huyện Thới Lai (19 HTX)', level: 'district', name: 'huyện Thới Lai' },
  { text: 'Khu vực thành phố Cần Thơ (cũ) có 71 HTX.', level: 'former_province', name: 'thành phố Cần Thơ (cũ)' },
  { text: 'Riêng khu vực Hà Giang (cũ) thành lập mới 55 HTX.', level: 'former_province', name: 'khu vực Hà Giang (cũ)' },
  { text: 'Huyện đảo Cô Tô thành lập mới 2 HTX.', level: 'district', name: 'Huyện đảo Cô Tô' },
  { text: 'Một số địa phương như H. Vĩnh Bảo: 61 HTX, 14.200 thành viên.', level: 'district', name: 'H. Vĩnh Bảo' },
  { text: 'Trong đó, Quảng Bình (cũ) có 204 HTX.', level: 'former_province', name: 'Quảng Bình (cũ)' },
  { text: 'Trong khi đó, huyện Krông Búk mới có 9 HTX cà phê.', level: 'district', name: 'huyện Krông Búk' },
  { text: 'thành lập mới nhiều HTX (trong đó khu vực Kon Tum cũ 8 HTX', level: 'former_province', name: 'khu vực Kon Tum cũ' },
] as const;

function capitalizedName(text: string, at: number): { name: string; end: number } | null {
  const m = /^((?:[\p{Lu}\d][\p{L}\d'’]*(?:[ -](?=[\p{Lu}\d])| [-–] (?=\p{Lu})|\s*$|(?=[\s,.;:()]))){1,5})/u.exec(text.slice(at, at + 60));
  if (!m) return null;
  let raw = m[1]!.trimEnd();
  // "Phường 3" is a name; "trên địa bàn huyện 10 tháng ước đạt …" is a time, not "huyện 10".
  if (/^\d/u.test(raw) && /^\d+\s*(?:tháng|năm|ngày|quý|tuần|%)/u.test(text.slice(at, at + 12))) return null;
  // "huyện Trấn Yên 27 HTX": a number before a counted noun is the figure, not part of a name like "Phường 3".
  const figure = /\s+\d[\d.,]*(?=\s*(?:HTX|THT|hợp tác xã|tổ hợp tác|quỹ|sản phẩm|thành viên|lao động)(?![\p{L}]))/u.exec(text.slice(at, at + raw.length + 20));
  if (figure && figure.index < raw.length) raw = raw.slice(0, figure.index);
  // "huyện Mộ Đức TL mới 3 HTX": a report's abbreviation ends the name.
  const abbrev = /\s(?:TL|TLM|HTX|THT|KH|CK|DT|LN|TV|LĐ|LH|HĐ|QTDND|LMHTX)(?![\p{L}])/u.exec(raw);
  if (abbrev) raw = raw.slice(0, abbrev.index);
  const name = raw.trim();
  return name ? { name, end: at + raw.length } : null;
}

/** Districts the text has named with their level word, lists included: "các huyện Sa Pa, Bắc Hà và Bát Xát". */
const districtCache = new WeakMap<object, Map<string, string>>();
/** Words of a district's kind between its level word and its name: "huyện vùng cao biên giới Mường Tè". */
const DISTRICT_KIND = String.raw`(?:vùng cao|miền núi|biên giới|vùng sâu|ven biển)`;
const KIND_BEFORE_NAME = new RegExp(String.raw`^(?:${DISTRICT_KIND}\s+){1,2}(?=\p{Lu})`, 'u');

function districtsNamed(t: Texts): Map<string, string> {
  let names = districtCache.get(t);
  if (names) return names;
  names = new Map();
  const NAME = String.raw`\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*){0,3}`;
  for (const mm of t.text.matchAll(new RegExp(String.raw`(?<![\p{L}])([Hh]uyện|[Tt]hị xã|[Qq]uận)\s+(?:${DISTRICT_KIND}\s+){0,2}((?:${NAME})(?:\s*(?:,|và)\s*(?:${NAME}))*)`, 'gu'))) {
    for (const name of mm[2]!.split(/\s*(?:,|\svà\s)\s*/u)) if (name && !lookupProvince(name)) names.set(name, `${mm[1]!.toLowerCase()} ${name}`);
  }
  districtCache.set(t, names);
  return names;
}

/**
 * "Sa Pa có thêm 5 HTX", "Yên Thành là địa phương dẫn đầu với 11 HTX": a district the text has named with its level
 * word, printed bare at the head of a clause, is the subject. The names come from the text, never from a list.
 */
export function namedDistrictBare(t: Texts, clause: Span, at: number, ledOnly = false): PlaceHit | null {
  const names = districtsNamed(t);
  if (!names.size) return null;
  // "…, tiếp đến là Tam Đường 43 HTX, Tân Uyên 38 HTX", "tập trung ở Mường Tè (9 HTX), Sìn Hồ (8 HTX)": a named
  // district right before its figure, or its bracketed figure, in a list.
  if (!ledOnly) {
    // "kế đến là Tân Hiệp với 19 HTX và Hòn Đất với 16 HTX": "với" may join them too.
    const item = /(?:^|[,;:]\s*|(?<![\p{L}])(?:là|ở|tại|riêng|tiếp đến|tiếp theo|kế đến|sau đó|và)\s+)((?:\p{Lu}[\p{Ll}'’]*)(?: \p{Lu}[\p{Ll}'’]*){0,3})\s*(?:\(\s*|với\s+(?:(?:khoảng|gần|hơn|trên)\s+)?)?$/u.exec(t.text.slice(clause.start, at));
    if (item && names.has(item[1]!)) return { place: { level: 'district', name: names.get(item[1]!)! }, formerProvince: null, at: clause.start + item.index + item[0].indexOf(item[1]!) };
  }
  const head = /^\s*(?:[-–•+]\s*)?(?:[^,;:]{0,25},\s*)?(?:[Rr]iêng|[Tt]ại|[Ởở]|[Cc]òn|[Tt]rong đó)?\s*,?\s*((?:\p{Lu}[\p{Ll}'’]*)(?: \p{Lu}[\p{Ll}'’]*){0,3})(?:\s+|(?=,))/u.exec(t.text.slice(clause.start, at));
  if (!head || !names.has(head[1]!)) return null;
  // "Quản Bạ (cũ) có 27 sản phẩm OCOP": a district as it was before the merger, marked as such.
  const rest = t.key.slice(clause.start + head.index + head[0].length).replace(/^\s*\(cũ\)/u, '');
  // "Tại Bắc Hà, đến cuối tháng 10/2017 có 31 HTX": after "tại", a time may stand between the name and its verb.
  const led = /(?:riêng|tại|ở)\s*,?\s*$/u.test(t.key.slice(clause.start, clause.start + head.index + head[0].indexOf(head[1]!)));
  if (ledOnly && !led) return null;
  if (!/^\s*(?:(?:hiện|đã|vẫn|cũng|nay)\s+)*(?:có|còn|đạt|thành lập|là địa phương|là huyện|dẫn đầu|với)(?![\p{L}])/u.test(rest) && !(led && /^\s*,\s*[^,;]{0,30}?,?\s*(?:(?:hiện|đã|vẫn|cũng|nay)\s+)*(?:có|còn|đạt|thành lập)(?![\p{L}])/u.test(rest))) return null;
  const start = clause.start + head.index + head[0].indexOf(head[1]!);
  return { place: { level: 'district', name: names.get(head[1]!)! }, formerProvince: null, at: start };
}

/** "Năm 2021, huyện thành lập mới 7 HTX" after "Huyện Lạc Sơn …": a bare "huyện" is the district just named. */
export function bareDistrict(t: Texts, clause: Span, at: number): PlaceHit | null {
  const seg = t.key.slice(clause.start, at);
  // "phối hợp với các quận, huyện thành lập mới 12 HTX": a level word listed after another is no subject.
  // "Trên địa bàn tỉnh Bình Định (cũ), … Khu vực này hiện có 512 HTX": the former province just named.
  const these = /(?:^|[\s,;:])(?:khu vực|địa bàn|vùng) (?:này|đó)\s+(?:đã\s+|hiện\s+|cũng\s+)?(?:có|còn|thành lập|đạt)/u.exec(seg);
  if (these) {
    const paraStart = t.key.lastIndexOf('\n', clause.start) + 1;
    let last: PlaceHit | null = null;
    for (const f of t.text.slice(paraStart, clause.start).matchAll(/(?:tỉnh|thành phố)\s+(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3})\s*\(cũ\)/gu)) {
      const row = lookupProvince(f[1]!);
      if (row) last = { place: { level: 'former_province', name: f[0] }, formerProvince: row.code, at: paraStart + f.index! };
    }
    if (last) return last;
  }
  // "Ở huyện Mèo Vạc, …; huyện hiện còn 41 THT": "còn" states the stock too.
  const m = /(?:^|[\s,;:])(?:toàn |cả )?(huyện|thị xã|xã)\s+(?!\p{Lu})(?:đã\s+|hiện\s+|cũng\s+)?(?:có|còn|thành lập|đạt|phát triển)/u.exec(seg);
  if (!m || /(?:quận|huyện|xã|phường|thị trấn|thành phố)\s*[,;]\s*$/u.test(seg.slice(0, m.index + m[0].indexOf(m[1]!))) || /[\p{Lu}]/u.test(t.text[clause.start + m.index + m[0].indexOf(m[1]!) + m[1]!.length + 1] ?? '')) return null;
  const word = m[1]!;
  const prior = t.key.slice(Math.max(0, clause.start - 2000), clause.start);
  const re = new RegExp(`(?:^|[\\s,(;:])${word}\\s+`, 'gu');
  let last: { name: string; at: number } | null = null;
  for (const mm of prior.matchAll(re)) {
    const nameAt = Math.max(0, clause.start - 2000) + mm.index! + mm[0].length;
    const n = capitalizedName(t.text, nameAt);
    if (n) last = { name: t.text.slice(nameAt - word.length - 1, n.end), at: nameAt - word.length - 1 };
  }
  if (!last) return null;
  return { place: { level: word === 'xã' ? 'commune' : 'district', name: last.name }, formerProvince: null, at: last.at };
}

const LIST_NAME = String.raw`\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*){0,3}`;
/** "…, thành phố Lai Châu 36 HTX, Phong Thổ 34 HTX": a later item may keep its own level word. */
const LIST_LEVEL = String.raw`(?:(?:thành phố|thị xã|huyện|quận|TP\.?)\s+)?`;
const LIST_ITEM = String.raw`(?:\s+(?:có\s+)?[\d.,]+\s+(?:HTX|hợp tác xã)|\s*\(\s*[\d.,]+\s+(?:HTX|hợp tác xã|THT|tổ hợp tác)\s*\))`;
/**
 * "tiếp đến huyện Trấn Yên 27 HTX, Yên Bình 25 HTX", "tập trung ở huyện Bù Đăng (5 HTX), Bù Gia Mập (4 HTX) và Lộc
 * Ninh (3 HTX)": the list's first item has the level word.
 */
const LIST_HEAD = new RegExp(String.raw`(?:^|[\s,;:])([Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+${LIST_NAME}${LIST_ITEM}(?:\s*,\s*${LIST_LEVEL}${LIST_NAME}${LIST_ITEM})*\s*(?:,|và)\s*(${LIST_LEVEL}${LIST_NAME})\s*\(?\s*$`, 'u');

type SectorHit = { sector: Sector; start: number; end: number };

/**
 * The sector printed right after the last `lead` in [from, to). With `lastOnly`, only the last lead counts (a later one
 * with no sector clears an earlier one); otherwise the last lead that has a sector. A lead right after "riêng", "trong đó"
 * (a part of what came before) is passed over when `skipParts`.
 */
function lastSectorAfter(t: Texts, from: number, to: number, lead: RegExp, opts: { lastOnly?: boolean; skipParts?: boolean } = {}): SectorHit | null {
  let found: SectorHit | null = null;
  for (const lm of t.key.slice(from, to).matchAll(lead)) {
    const at = from + lm.index + lm[0].length;
    if (opts.skipParts && /(?<![\p{L}])(?:riêng|trong đó|trong số đó)(?![\p{L}])[^.;]{0,40}$/u.test(t.key.slice(Math.max(from, at - lm[0].length - 45), at - lm[0].length))) continue;
    const l = readSector(t.key, at, Math.min(to, at + 40), { lead: true });
    const hit = l && l.start - at < 3 ? { sector: l.sector, start: l.start, end: l.end } : null;
    if (hit || opts.lastOnly) found = hit;
  }
  return found;
}

/** The sector of the last "khối (HTX) <sector>" a paragraph names in [from, to): what "khối này" refers to. */
export function lastBlockSector(t: Texts, from: number, to: number): SectorHit | null {
  return lastSectorAfter(t, from, to, /(?<![\p{L}])khối\s+(?:(?:các\s+)?(?:htx|hợp tác xã)\s+)?/gu);
}

/**
 * "Khối này giải quyết việc làm cho 6.750 lao động": a sentence that opens on "khối này" speaks of the block just named;
 * one that opens on "Các HTX này" speaks of the cooperatives the paragraph last counted ("Hiện có 96 HTX nông nghiệp ứng
 * dụng công nghệ cao … Riêng huyện Đơn Dương có 21 HTX. Các HTX này thu hút …"), passing over a part of them.
 */
export function blockOpening(t: Texts, sStart: number): SectorHit | null {
  const head = t.key.slice(sStart, sStart + 24);
  const paraStart = t.key.lastIndexOf('\n', sStart) + 1;
  if (/^\s*(?:khối|nhóm) (?:(?:htx|hợp tác xã) )?này(?![\p{L}])/u.test(head)) return lastBlockSector(t, paraStart, sStart);
  const these = /^\s*(?:các|những) (htx|hợp tác xã|tht|tổ hợp tác) (?:này|nói trên)(?![\p{L}])/u.exec(head);
  if (!these) return null;
  const counted = /^(?:tht|tổ hợp tác)$/u.test(these[1]!) ? /\d\s+(?:tht|tổ hợp tác)(?![\p{L}])\s*/gu : /\d\s+(?:htx|hợp tác xã)(?![\p{L}])\s*/gu;
  return lastSectorAfter(t, paraStart, sStart, counted, { lastOnly: true, skipParts: true });
}

/** "Kim Sơn là địa phương hiện có nhiều HTX nhất với 52 HTX": a bare name that calls itself a place is that district. */
export function selfNamedPlace(t: Texts, clause: Span, at: number): PlaceHit | null {
  // "Địa bàn: Vĩnh Tường nhiều nhất với 52 HTX; Tam Đảo ít nhất, 17 HTX": a bare name that leads or trails the others.
  // "Hàm Yên hiện là huyện có nhiều HTX nhất với 84 HTX": an adverb may come before "là".
  const m = /(?:^|[,:;]\s*|\s)(\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*){0,3}) (?:(?:(?:hiện|cũng|vẫn|nay) )?là (?:địa phương|huyện|một trong những địa phương)(?![\p{L}])[^;.\d]{0,60}|(?:nhiều nhất|ít nhất)(?:\s*,|\s+với|\s+có)?\s*)$/u.exec(t.text.slice(clause.start, at));
  if (!m || lookupProvince(m[1]!) || readSector(toneKey(m[1]!), 0, m[1]!.length, { lead: true }) || /^(?:Liên minh|Hợp tác|Tổ hợp|Quỹ|Ban|Sở|Phòng|Ủy ban|Nhà nước|Chính phủ|Đây|Đó|Năm|Tỉnh|Huyện)(?![\p{L}])/u.test(m[1]!)) return null;
  return { place: { level: 'district', name: m[1]! }, formerProvince: null, at: clause.start + m.index + m[0].indexOf(m[1]!) };
}

/** A bare name in a list whose first item named its level: "huyện Văn Chấn 4 HTX, Trấn Yên 3 HTX". */
export function listedPlace(t: Texts, clause: Span, at: number): PlaceHit | null {
  const m = LIST_HEAD.exec(t.text.slice(clause.start, at));
  if (!m || lookupProvince(m[2]!)) return null;
  const level: Place['level'] = /^(?:xã|phường|thị trấn)$/u.test(m[1]!.toLowerCase()) ? 'commune' : 'district';
  return { place: { level, name: m[2]! }, formerProvince: null, at: clause.start + m.index! + m[0].lastIndexOf(m[2]!) };
}

/** The place a clause's figure at `at` is about, if the clause makes one its subject. */
/** "khu vực phía Đông (tỉnh Bình Định cũ)": a name the text gives a former province's area, and the province. */
const FORMER_ALIAS = /(?<![\p{L}])((?:khu vực|vùng|địa bàn)\s+[\p{Ll}\p{Lu} ]{2,25}?)\s*\(\s*(?:tỉnh\s+|thành phố\s+)?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3})\s*(?:cũ|\(cũ\))\s*\)/gu;
let aliasCache: { text: string; aliases: { key: string; name: string; code: string }[] } | null = null;

function formerAliases(t: Texts): { key: string; name: string; code: string }[] {
  if (aliasCache?.text === t.text) return aliasCache.aliases;
  const aliases: { key: string; name: string; code: string }[] = [];
  for (const m of t.text.matchAll(FORMER_ALIAS)) {
    const row = lookupProvince(m[2]!);
    const phrase = t.key.slice(m.index!, m.index! + m[1]!.length).trim();
    if (row && !aliases.some((a) => a.key === phrase)) aliases.push({ key: phrase, name: m[1]!.trim(), code: row.code });
  }
  aliasCache = { text: t.text, aliases };
  return aliases;
}

/**
 * "Riêng khu vực phía Đông, các HTX có khoảng 78.500 thành viên" after "khu vực phía Đông (tỉnh Bình Định cũ) có 452 HTX":
 * the area the text named after a former province, named again without it.
 */
function aliasBefore(t: Texts, clause: Span, at: number): PlaceHit | null {
  const seg = t.key.slice(clause.start, at);
  let best: PlaceHit | null = null;
  for (const a of formerAliases(t)) {
    const i = seg.lastIndexOf(a.key);
    if (i < 0 || /^\s*\(/u.test(seg.slice(i + a.key.length))) continue;
    const after = seg.slice(i + a.key.length);
    if (/\d/u.test(after) || PLACE_WORD_ANY.test(after)) continue;
    if (!best || clause.start + i > best.at!) best = { place: { level: 'former_province', name: a.name }, formerProvince: a.code, at: clause.start + i };
  }
  return best;
}
const PLACE_WORD_ANY = /(?<![\p{L}])(?:huyện|thị xã|thành phố|quận|(?<!hợp tác )xã|phường|thị trấn|tỉnh|khu vực|vùng)\s+\p{L}/u;

/** The paragraph right above the one holding `at`, when it is a heading (short, not ending like a sentence); else ''. */
const GRADE_LINE = /^\s*(?:[-–•+*]\s*)?(?:tốt|khá|trung bình|tb|yếu,? kém|yếu|kém|xuất sắc)\s*:/u;
function gradeListHeading(key: string, at: number): boolean {
  const lineStart = key.lastIndexOf('\n', at - 1) + 1;
  if (!/^\s*(?:[-–•+*]\s*)?$/u.test(key.slice(lineStart, at))) return false;
  const above = key.slice(Math.max(0, lineStart - 2000), lineStart).split('\n').filter((l) => l.trim()).reverse();
  const heading = above.find((l) => !GRADE_LINE.test(l));
  return heading !== undefined && heading.length < 200 && !/[.;]\s*$/u.test(heading) && /xếp loại|phân loại|đánh giá/u.test(heading);
}

function headingAbove(key: string, at: number): string {
  const paraStart = key.lastIndexOf('\n\n', at - 1);
  if (paraStart <= 0) return '';
  const heading = key.slice(key.lastIndexOf('\n\n', paraStart - 1) + 2, paraStart);
  return heading.length < 120 && !/[.;]\s*$/u.test(heading) ? heading : '';
}

// "4. Theo địa bàn" then lines "Vị Xuyên: 97 HTX (TL mới 15 HTX)": under a heading that lists by district, a line
// opening on a bare name is that district's.
const DISTRICT_HEADING = /(?:theo|phân theo|chia theo)\s+(?:địa bàn|đơn vị hành chính|huyện|địa phương|từng huyện|các huyện)/u;
export const DISTRICT_LINE_EXAMPLES = [
  { heading: '4. Theo địa bàn', line: 'Bắc Quang: 104 HTX (TL mới 17 HTX)', name: 'Bắc Quang' },
  { heading: 'Phân theo huyện', line: 'Hoàng Su Phì: 58 HTX', name: 'Hoàng Su Phì' },
];
export function districtLine(t: Texts, at: number): PlaceHit | null {
  const { key, text } = t;
  const lineStart = key.lastIndexOf('\n', at - 1) + 1;
  const m = /^\s*(?:[-–•+*]\s*)?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3})\s*:/u.exec(text.slice(lineStart, at));
  if (!m) return null;
  if (!DISTRICT_HEADING.test(headingAbove(key, at))) return null;
  const start = lineStart + m.index + m[0].indexOf(m[1]!);
  return { place: { level: 'district', name: m[1]! }, formerProvince: null, at: start };
}

const OWN_COUNT_BETWEEN = /^\s*(?:\(cũ\))?\s*(?:hiện\s+)?có\s+(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s+(?:htx|hợp tác xã|quỹ|tht|tổ hợp tác)\s*,?\s*(?:với|thu hút)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u;

export function placeBefore(t: Texts, clause: Span, at: number): PlaceHit | null {
  const { key, text } = t;
  const alias = aliasBefore(t, clause, at);
  if (alias) return alias;
  const line = districtLine(t, at);
  if (line) return line;
  const seg = key.slice(clause.start, at);
  let depth = 0;
  const depthAt: number[] = [];
  for (let i = 0; i < seg.length; i++) {
    if (seg[i] === '(') depth++;
    depthAt.push(depth);
    if (seg[i] === ')' && depth > 0) depth--;
  }
  let found: PlaceHit | null = null;
  // "Gia Lai (cũ) có 326 HTX", "(… Gia Lai (cũ) 17 HTX)": a province's name marked former needs no place word.
  for (const mm of text.slice(clause.start, at).matchAll(BARE_FORMER)) {
    const start = clause.start + mm.index! + mm[0].indexOf(mm[1]!);
    const end = clause.start + mm.index! + mm[0].length;
    const row = lookupProvince(mm[1]!);
    if (!row || PLACE_WORD_BEFORE.test(key.slice(Math.max(clause.start, start - 12), start))) continue;
    if (!/^[^,;\d)]{0,30}$/u.test(key.slice(end, at)) && !OWN_COUNT_BETWEEN.test(key.slice(end, at))) continue;
    found = { place: { level: 'former_province', name: text.slice(start, end).trim() }, formerProvince: row.code, at: start };
  }
  if (found) return found;
  for (const mm of seg.matchAll(PLACE_WORD)) {
    const word = mm[1]!;
    const wStart = clause.start + mm.index! + mm[0].indexOf(word);
    // "huyện vùng cao biên giới Mường Tè có 20 HTX": a few words of its kind may stand between the level word and the name.
    const kind = KIND_BEFORE_NAME.exec(text.slice(clause.start + mm.index! + mm[0].length, at));
    const nameAt = clause.start + mm.index! + mm[0].length + (kind?.[0].length ?? 0);
    // "(huyện Thoại Sơn)" glosses a name, it is no subject; "(khu vực Bình Định cũ 14 HTX, …)" lists parts.
    if ((depthAt[mm.index!] ?? 0) && !/^[\p{L} ]{0,30}?\s(?:\(cũ\)|cũ(?![\p{L}]))/u.test(key.slice(nameAt, at))) continue;
    const n = capitalizedName(text, nameAt);
    if (!n || n.end > at) continue;
    // "Huyện Trà Cú – địa phương có trên 60% dân số là người Khmer – hiện có 27 HTX": an aside between dashes.
    // "Tại xã Sín Chải, nơi 98% dân số là người Mông, hiện có 4 HTX": so is one between commas that opens on "nơi".
    // "Riêng các HTX thuộc khu vực Bình Phước (cũ), chủ yếu trồng và chế biến điều, hồ tiêu, cao su, có doanh thu …": and
    // one that says what they mostly do, up to the verb of the figure.
    const between = key
      .slice(n.end, at)
      .replace(/^\s[–-]\s[^–]{0,80}?\s[–-](?=\s)|^\s*,\s*(?:là\s+)?(?:nơi|địa phương)\s[^,;]{0,80},/u, '')
      .replace(/^(\s*\(cũ\))?\s*,\s*(?:chủ yếu|phần lớn|đa số)\s[^;.\d]{0,100},(?=\s*(?:có|đạt|ước|với)(?![\p{L}])[^,;\d]*$)/u, '$1 ');
    // A date between the place and the figure ("tỉnh X (cũ), đến 30/9/2025 có 598 HTX") is no other figure; nor is
    // the place's own count before its members ("khu vực An Giang (cũ) có 318 HTX với 143.260 thành viên").
    if (!OWN_COUNT_BETWEEN.test(between) && /\d/u.test(between.replace(/\d{1,2} tháng(?: (?:đầu|cuối))? năm(?: \d{4})?|năm \d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}/gu, '')) && !/^\s*(?:\(cũ\))?\s*\(\s*$/u.test(key.slice(n.end, at))) {
      // another number stands between the place and this figure: only a bracketed count "(24 HTX)" may.
      if (!/^\s*\(\s*$/u.test(key.slice(n.end, at))) continue;
    }
    const before = key.slice(clause.start, wStart);
    // "Toàn tỉnh có 9 HTX sản xuất muối, tập trung ở huyện Đông Hải và thị xã Giá Rai, với 1.215 hộ thành viên": where
    // the counted ones stand is no subject of the figures after it.
    // Its own figure right after it ("tập trung tại huyện Hoa Lư (6 HTX)", "… khu vực Bình Định (cũ) với 29 quỹ") is its own,
    // and so are the places listed after a colon ("phân bố chủ yếu ở các huyện trung du: huyện Thanh Sơn có 14 HTX").
    if (/(?:tập trung|chủ yếu|phân bố|nằm)\s+(?:ở|tại)\s+[^;.:\d]{0,60}$/u.test(before) && !/^\s*(?:\(cũ\)\s*)?(?:\(|với)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(between)) continue;
    const after = between;
    const former = /^\s*\(cũ\)|^\s*cũ(?![\p{L}])/u.test(after);
    const afterFormer = former ? after.replace(/^\s*\(cũ\)|^\s*cũ/u, '') : after;
    // "Trong số HTX thành lập mới, huyện Văn Chấn 4 HTX": a district with its level word right before its figure.
    // "…, thành phố Lai Châu 36 HTX": a provincial city too.
    const direct = /^(?:huyện|h\.|tx\.|thị xã|thành phố|tp\.?|quận|xã|phường|thị trấn)$/u.test(word) && /^\s*$/u.test(afterFormer);
    const subject = direct || PLACE_LEAD.test(before.replace(/[\s,]*$/u, '')) || PLACE_FOLLOW.test(afterFormer) || /^\s*\(\s*$/u.test(afterFormer) || (former && /^[^,;\d]{0,30}$/u.test(afterFormer));
    if (!subject) continue;
    // A region is the subject only when its verb follows it ("vùng Đồng Tháp Mười có 38 HTX"), not where it says where
    // others stand ("tập trung ở vùng Đồng Tháp Mười, nhiều nhất là các huyện …").
    if (word === 'vùng' && !PLACE_FOLLOW.test(afterFormer)) continue;
    // A city run by the centre ("thành phố Đà Nẵng (cũ)") is a province, not a district.
    // "TP.HCM (cũ)": the gazetteer knows the abbreviation only with its level word.
    const cityRow = /^(?:thành phố|tp\.?)$/u.test(word) ? (lookupProvince(n.name) ?? lookupProvince(text.slice(wStart, n.end))) : null;
    // "riêng khu vực Hà Giang (cũ) thành lập mới 55 HTX": an area named by a former province alone.
    if ((word === 'khu vực' || word === 'địa bàn') && !former) continue;
    if (word === 'tỉnh' || word === 'khu vực' || word === 'địa bàn' || cityRow?.type === 'thành phố') {
      // "Trước thời điểm hợp nhất, tính đến ngày 30/6/2025, tỉnh Long An có 301 HTX" in an article of 2026: a province
      // merged into another since is a former province, "(cũ)" or not.
      // Not the name of a body ("Liên minh HTX tỉnh Kiên Giang (trước hợp nhất) đã tổ chức …"), nor one of the provinces
      // the sentence says were merged ("Sau gần 5 tháng hợp nhất TP.HCM, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, …").
      const merged = !former && word === 'tỉnh' && ((t as Partial<Ctx>).fc?.publishedAt ?? '') >= '2025-07-01' && !/(?:htx|hợp tác xã|liên minh|ubnd|ủy ban nhân dân|hội đồng nhân dân|của|sở\s+[\p{L}\s]{2,30})\s*$|(?:hợp nhất|sáp nhập)(?:[^.;\d]|\.(?=\p{L})){0,80}$/u.test(key.slice(Math.max(0, wStart - 80), wStart)) ? lookupProvince(n.name) : null;
      if (merged && merged.currentName !== merged.name) return { place: { level: 'former_province', name: text.slice(wStart, n.end).trim() }, formerProvince: merged.code, at: wStart };
      if (!former) continue;
      const row = cityRow ?? lookupProvince(n.name);
      if (!row) continue;
      const end = n.end + (after.length - afterFormer.length);
      return { place: { level: 'former_province', name: text.slice(wStart, end).trim() }, formerProvince: row.code, at: wStart };
    }
    const level: Place['level'] = /^(?:xã|phường|thị trấn)$/u.test(word) ? 'commune' : word === 'vùng' ? 'other' : 'district';
    found ??= { place: { level, name: text.slice(wStart, n.end) }, formerProvince: null, at: wStart };
  }
  return found;
}

// ---------------------------------------------------------------- named cooperatives

// A name never runs over a paragraph or line break ("… có 226 HTX" heading, then "Theo Liên minh …").
const ORG_WORD = /(?:^|[\s,(;:"“])(liên hiệp (?:htx|hợp tác xã)|lh htx|lhhtx|htx|hợp tác xã|tổ hợp tác|tht|quỹ tín dụng nhân dân|quỹ tdnd|qtdnd)[^\S\n]+/gu;

export interface NamedOrg {
  name: string;
  entity: Entity;
  start: number;
  end: number;
  /** The proper name without the kind words ("Vàm Cỏ Đông" of "Liên hiệp HTX Lúa gạo Vàm Cỏ Đông"). */
  proper: string;
}

/** Phrases `namedOrgs` must read, with the name it must give (null: no name). */
export const NAMED_ORG_EXAMPLES: { text: string; name: string | null }[] = [
  { text: 'HTX Nông nghiệp công nghệ cao Thiệu Phúc đạt doanh thu', name: 'HTX Nông nghiệp công nghệ cao Thiệu Phúc' },
  { text: 'Liên hiệp hợp tác xã Giang Thành có', name: 'Liên hiệp hợp tác xã Giang Thành' },
  { text: 'HTX Nông nghiệp và du lịch sinh thái Hương Phong', name: 'HTX Nông nghiệp và du lịch sinh thái Hương Phong' },
  { text: 'HTX Rau sạch Yên Hòa với 25 thành viên', name: 'HTX Rau sạch Yên Hòa' },
  { text: 'HTX Rau hoa công nghệ cao Hiệp An Xanh (huyện Đức Trọng)', name: 'HTX Rau hoa công nghệ cao Hiệp An Xanh' },
  { text: 'Liên hiệp HTX Nông nghiệp Hợp Thành được thành lập', name: 'Liên hiệp HTX Nông nghiệp Hợp Thành' },
  { text: 'HTX Nông nghiệp dịch vụ dừa hữu cơ Phước Hiệp hiện có 312 thành viên', name: 'HTX Nông nghiệp dịch vụ dừa hữu cơ Phước Hiệp' },
  { text: 'HTX Nông sản an toàn Tân Sơn năm 2023 đạt doanh thu', name: 'HTX Nông sản an toàn Tân Sơn' },
  { text: 'HTX An Đồng có 40 thành viên', name: 'HTX An Đồng' },
  { text: 'Tổ hợp tác dệt thổ cẩm bản Mển có 27 tổ viên', name: 'Tổ hợp tác dệt thổ cẩm bản Mển' },
  { text: 'tổ hợp tác sản xuất lúa với khoảng 23.000 tổ viên', name: null },
  { text: 'là HTX Dịch vụ nông nghiệp Yên Thắng: vốn điều lệ', name: 'HTX Dịch vụ nông nghiệp Yên Thắng' },
  { text: 'HTX Nông nghiệp Thạnh Đức, huyện Gò Dầu', name: 'HTX Nông nghiệp Thạnh Đức' },
  { text: 'tổng vốn hoạt động của Quỹ TDND 2.480 tỷ đồng', name: null },
  { text: 'Quỹ TDND Diễn Thịnh có', name: 'Quỹ TDND Diễn Thịnh' },
  { text: 'các HTX nông nghiệp trên địa bàn', name: null },
  { text: 'HTX Nông nghiệp đạt doanh thu', name: null },
  { text: 'thành lập mới 25 HTX và 20 THT', name: null },
  { text: 'HTX NN Cát Tài (Phù Cát) DT 6 tháng ước 5,4 tỷ đồng', name: 'HTX NN Cát Tài' },
  { text: 'HTX Nông lâm sản Khau Phạ (xã Mù Cang Chải) hiện có', name: 'HTX Nông lâm sản Khau Phạ' },
  { text: 'có 12 HTX, 3 Quỹ TDND và 40 THT', name: null },
  { text: 'HTX Nông lâm nghiệp Đại Sơn (huyện Văn Yên) hiện quản lý 450 ha', name: 'HTX Nông lâm nghiệp Đại Sơn' },
  { text: 'Lớn nhất là Quỹ TDND Liên Nghĩa với 3.120 thành viên', name: 'Quỹ TDND Liên Nghĩa' },
  { text: 'HTX Liên minh Nông nghiệp', name: null },
  { text: 'HTX Rau hoa Ka Đô Xanh (xã Ka Đô) có', name: 'HTX Rau hoa Ka Đô Xanh' },
  { text: 'THT chè Shan tuyết Tả Phìn có 30 tổ viên', name: 'THT chè Shan tuyết Tả Phìn' },
  { text: 'HTX Quyết Thắng xã Tân Lập có', name: 'HTX Quyết Thắng' },
  { text: 'HTX Rau quả sạch Hòa Phong hiện có 64 thành viên', name: 'HTX Rau quả sạch Hòa Phong' },
  { text: 'HTX Trái cây an toàn Mỹ Lợi có', name: 'HTX Trái cây an toàn Mỹ Lợi' },
];

/**
 * Named cooperatives in [from, to): "HTX Nông nghiệp Thạnh Đức", "HTX Nông nghiệp
 * công nghệ cao Thiệu Phúc", "Liên hiệp hợp tác xã Giang Thành": the noun, up to
 * four kind words, then at least one capitalised word.
 */
export function namedOrgs(t: Texts, from: number, to: number): NamedOrg[] {
  const out: NamedOrg[] = [];
  const seg = t.key.slice(from, to);
  for (const mm of seg.matchAll(ORG_WORD)) {
    const noun = mm[1]!;
    const nStart = from + mm.index! + mm[0].indexOf(noun);
    let at = from + mm.index! + mm[0].length;
    // "25 HTX và 20 THT": a conjunction right after the noun joins another noun, it starts no name.
    if (/^(?:và|với|cùng)\s/u.test(t.key.slice(at, at + 5))) continue;
    // "Các HTX nông nghiệp CNC": cooperatives of a kind, many of them, no name.
    if (/(?<![\p{L}])(?:các|những|nhiều|một số|mọi|toàn bộ)\s+$/u.test(t.key.slice(Math.max(0, nStart - 10), nStart))) continue;
    // Kind words first, in any case: "Nông nghiệp", "dịch vụ nông nghiệp", "công nghệ cao".
    for (let i = 0; i < 5; i++) {
      const f = NAME_FILLER.exec(t.key.slice(at, at + 30));
      if (!f || !f[0].length) break;
      at += f[0].length;
    }
    // "Tổ hợp tác dệt thổ cẩm bản Mển": a group's name describes its trade in any words before its place name.
    if (/^(?:tổ hợp tác|tht)$/u.test(noun)) {
      const trade = /^(?:(?!(?:ở|tại|của|với|và|cho|thuộc|có|đạt|được|trên|trong|các|những|này|đã|hiện|do)\s)[\p{Ll}]+\s+){1,6}(?=\p{Lu})/u.exec(t.text.slice(at, Math.min(to, at + 60)));
      if (trade) at += trade[0].length;
    }
    let end = -1;
    let capitals = 0;
    for (let i = 0; i < 9; i++) {
      // A name may end on punctuation: "HTX Dịch vụ nông nghiệp Yên Thắng: vốn điều lệ …".
      const w = /^([\p{L}\d'’]+(?:-[\p{L}\d]+)*)([^\S\n]+|[^\S\n]*-[^\S\n]*|(?=[,.;:()\n](?!\d))|$)/u.exec(t.text.slice(at, Math.min(to, at + 40)));
      if (!w) break;
      const word = w[1]!;
      const capital = /^[\p{Lu}\d]/u.test(word);
      // "HTX Rau hoa Ka Đô Xanh", "THT chè Shan tuyết Tả Phìn": one or two lowercase words of its trade may stand
      // inside a name when a capitalised word follows them; a verb, a place word or a preposition ends the name.
      if (!capital) {
        // "HTX Dịch vụ nông nghiệp và tiêu thụ vải Hồng Lạc": a second trade joined by "và" after the first may take three.
        const joined = at > nStart + noun.length + 1 && /(?:^|\s)và\s+$/u.test(t.key.slice(Math.max(nStart, at - 5), at));
        const inner = (joined ? /^((?:[\p{Ll}]+\s+){1,3})(?=\p{Lu}\p{Ll})/u : /^((?:[\p{Ll}]+\s+){1,2})(?=\p{Lu}\p{Ll})/u).exec(t.text.slice(at, Math.min(to, at + (joined ? 40 : 30))));
        if (inner && !inner[1]!.trim().split(/\s+/u).some((x) => NAME_STOP.has(x))) {
          at += inner[0].length;
          continue;
        }
        break;
      }
      // "Liên minh", "Liên hiệp" start another body; "Quỹ TDND Liên Nghĩa" is a name.
      // "Hợp tác xã …" starts another body; "HTX Nông nghiệp Hợp Thành" is a name.
      if (capital && (/^(?:HTX|THT|QTDND|UBND|Quỹ|TDND)$/u.test(word) || (word === 'Hợp' && /^Hợp\s+tác/iu.test(t.text.slice(at, at + 10))) || (word === 'Liên' && /^Liên\s+(?:minh|hiệp|Minh|Hiệp)/u.test(t.text.slice(at, at + 12)))) && capitals === 0 && i === 0) break;
      if (capital) {
        capitals++;
        end = at + word.length;
      }
      at += w[0].length;
    }
    // The kind words alone ("HTX Nông nghiệp") make no name: a proper name follows them.
    if (end < 0) continue;
    const name = t.text.slice(nStart, end);
    const words = name.split(/\s+/).slice(1);
    const proper = words.filter((w) => /^[\p{Lu}]/u.test(w) && !/^(?:Nông|Nghiệp|Dịch|Vụ|Sản|Xuất|Thương|Mại|Du|Lịch|Tổng|Hợp|Kinh|Doanh|Vận|Tải|Môi|Trường|Xây|Dựng|SXKD|DV|Rau|Chè|Lúa|Sạch|HTX|THT|TDND|QTDND|CNC|UDCNC)$/u.test(w));
    if (!proper.length) continue;
    out.push({ name, entity: entityOfNoun(noun).entity, start: nStart, end, proper: proper.join(' ') });
  }
  return out;
}

/** Lowercase words that end a name rather than stand inside it. */
const NAME_STOP = new Set('ở tại của với và cho thuộc có đạt được trên trong các những này đã hiện do là năm xã huyện thôn bản ấp phường thị tỉnh thành quận khu tổ ông bà anh chị giám đốc chủ tịch theo từ đến sau khi nay vẫn cũng còn tiếp luôn đang sẽ mới vừa ra vào lên về như gồm cùng nhưng mà thì nên vì tháng ngày'.split(' '));

/** Kind words a cooperative's name may carry before its proper name. */
const NAME_FILLER = /^(?:nông lâm nghiệp|lâm nghiệp|nông nghiệp|nn|dịch vụ|hậu cần nghề cá|nghề cá|nuôi tôm|khai thác|sản xuất|kinh doanh|thương mại|du lịch|sxkd|dv|tổng hợp|công nghệ cao|ứng dụng công nghệ cao|nông lâm sản|nông sản|lâm sản|nông|lâm|thủy sản|thuỷ sản|chăn nuôi|trồng trọt|vận tải|môi trường|xây dựng|diêm nghiệp|du lịch sinh thái|sinh thái|du lịch cộng đồng|cộng đồng|hữu cơ|an toàn|rau sạch|rau củ quả|rau quả|trái cây|cây ăn trái|rau|chè|lúa|gạo|sạch|thủy hải sản|hải sản|thực phẩm|dược liệu|cây ăn quả|mây tre đan|hoa|cây cảnh|cà phê|hồ tiêu|thanh long|bưởi|nấm|mật ong|dừa|tôm|muối|quế|sâm|trà|chăn nuôi bò|và|-|–)(?![\p{L}])\s*/u;

/** Lead words before a cooperative that is the subject of a clause. */
const ORG_LEAD = /(?:^[-–•+*]?\s*|(?:(?:htx|hợp tác xã|liên hiệp htx|liên hiệp hợp tác xã|quỹ tdnd|quỹ tín dụng nhân dân) là|(?:nổi bật|điển hình|tiêu biểu)(?:\s+(?:cho|của|trong|về)\s[^,;.\d]{0,50}?(?= là| như))?(?: là| như)?|như|mô hình|ví dụ(?: như)?|tôi lấy ví dụ|riêng|trong đó|hiện nay|hiện|năm \d{4}|đến nay|nhờ đó|ngoài ra|cụ thể)[\s,:]*)$/u;

/**
 * The named cooperative a clause's figure is about: one named at the start of
 * the sentence or a clause ("HTX Nông nghiệp Thạnh Đức đạt doanh thu …"), or a
 * bare "HTX" subject ("Hiện HTX có 86 thành viên") that refers back to the last
 * one named.
 */
/** A bare "HTX" opening a clause, after a time or link word and before adverbs: the cooperative the text has named. */
const BARE_LEAD = String.raw`^\s*(?:(?:hiện nay|hiện|năm \d{4}|đến nay|nhờ đó|ngoài ra|bên cạnh đó)[\s,]+)?(?:htx|hợp tác xã)\s+(?:(?:hiện|đã|cũng|chỉ|còn|ước|vẫn|nay)\s+)*`;
const BARE_SUBJECT = new RegExp(String.raw`${BARE_LEAD}(?:có|đạt|với|thu hút|tạo|canh tác|sản xuất|liên kết)(?![\p{L}])`, 'u');
const OPENS_ON_BARE = new RegExp(String.raw`${BARE_LEAD}(?:có|đạt|với|thu hút|tạo|canh tác|sản xuất|liên kết|tiêu thụ|cung ứng|thu mua|bao tiêu|xuất khẩu)(?![\p{L}])[^;]*$`, 'u');
const BARE_BEFORE_METRIC = new RegExp(String.raw`${BARE_LEAD}$`, 'u');

export function cooperativeSubject(t: Texts, clause: Span, sentenceStart: number, at: number, valueAt = at): { place: Place; entity: Entity; at?: number } | null {
  // "Doanh thu 9 tháng của Liên hiệp HTX Vận tải X ước đạt 26,8 tỷ đồng": named after the metric word's "của".
  if (valueAt > at)
    for (const org of namedOrgs(t, at, valueAt))
      if (/^[\p{L}\d ]{0,40}?của\s*$/u.test(t.key.slice(at, org.start)) && !/^\s*(?:\([^)]*\)\s*)?(?:và|,|cùng)/u.test(t.key.slice(org.end, valueAt)))
        return { place: { level: 'cooperative', name: org.name }, entity: org.entity, at: org.start };
  const orgs = namedOrgs(t, sentenceStart, at);
  for (let i = orgs.length - 1; i >= 0; i--) {
    const org = orgs[i]!;
    const sepBefore = Math.max(sentenceStart, t.key.lastIndexOf(',', org.start) + 1, t.key.lastIndexOf(';', org.start) + 1, t.key.lastIndexOf(':', org.start) + 1);
    const before = t.key.slice(Math.max(sentenceStart, sepBefore), org.start).trim();
    // "Một trong những điển hình … là HTX X: vốn điều lệ 4,8 tỷ đồng, …": the figures after its colon are its own.
    const colonAfter = /^\s*(?:\([^)]*\))?\s*:/u.test(t.key.slice(org.end, at));
    // "… nhưng HTX rau an toàn Việt Hùng cũng đã có 37 thành viên": the name right before its verb is the subject.
    // "HTX Nông sản an toàn Tân Sơn năm 2023 đạt doanh thu": a time may stand between the name and its verb.
    // "HTX Nông nghiệp Thiên Lộc Xanh ở huyện Can Lộc hiện có 68 thành viên": where it stands may come between too.
    const verbAfter = /^\s*(?:\([^)]*\)\s*|(?:ở|tại)\s+(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tp\.?|quận)\s+[\p{L} ]{1,30}?\s+)?(?:,?\s*(?:năm \d{4}|\d{1,2} tháng(?: đầu| cuối)? năm(?: \d{4})?)\s*,?\s+)?(?:(?:hiện|cũng|đã|nay|vẫn|ước)\s+)*(?:có|đạt|thu hút|canh tác|quản lý|tạo việc làm|với)(?![\p{L}])/u.test(t.key.slice(org.end, at));
    // "HTX Nông lâm nghiệp Đại Sơn (huyện Văn Yên) hiện quản lý 450 ha", "HTX X hiện canh tác 46 ha": the metric word
    // itself is the verb right after the name.
    const metricAfter = valueAt > at && /^\s*(?:\([^)]*\)\s*)?(?:(?:hiện|cũng|đã|nay|vẫn|ước|còn)\s+)*$/u.test(t.key.slice(org.end, at));
    if (!ORG_LEAD.test(before) && !verbAfter && !metricAfter && !(colonAfter && /(?:điển hình|tiêu biểu|nổi bật|mô hình)[^,;:]{0,60}?(?:là|như)\s*$/u.test(t.key.slice(sentenceStart, org.start)))) continue;
    return { place: { level: 'cooperative', name: org.name }, entity: org.entity, at: org.start };
  }
  // A bare singular "HTX" as subject refers to the cooperative the text has just named.
  const sep = Math.max(sentenceStart, t.key.lastIndexOf(',', at - 1) + 1, t.key.lastIndexOf(';', at - 1) + 1, clause.start);
  const seg = t.key.slice(sep, at);
  // "khi mới thành lập, HTX chỉ có 19 thành viên", "HTX ước đạt doanh thu", "HTX còn tạo việc làm": adverbs may stand between.
  const bare = BARE_SUBJECT;
  // "doanh thu bình quân của HTX" is an average over cooperatives, not the one just named.
  const ofBare = /(?:doanh thu|lợi nhuận|lãi|vốn điều lệ|diện tích|thu nhập)(?: (?!bình quân)[\p{L}\d]+){0,3}? của (?:htx|hợp tác xã)(?![\p{L}]| (?:nông|các|trên|trong))/u;
  // "Năm 2016, HTX tiêu thụ hơn 900 tấn vải, doanh thu 12,3 tỷ đồng": the sentence opens on the bare subject.
  const opensBare = OPENS_ON_BARE;
  // "doanh thu của HTX đạt 7,2 tỷ đồng": the metric word's own "của HTX" counts, up to the figure.
  // "Tính đến cuối tháng 10/2019, Liên hiệp có 11 HTX thành viên": a bare "Liên hiệp" is the union the text has named.
  // "tổng doanh thu của Liên hiệp đạt 52,7 tỷ đồng": so is a figure "của Liên hiệp".
  const bareUnion =
    /^\s*(?:[^,;]{0,40},\s*)?liên hiệp\s+(?:hiện\s+|đã\s+|cũng\s+)?(?:có|đạt|với|thu hút|tạo việc làm|kết nạp|đặt mục tiêu|phấn đấu|dự kiến)(?![\p{L}])/u.test(t.key.slice(sentenceStart, at)) ||
    /(?:doanh thu|lợi nhuận|lãi|vốn[\p{L} ]{0,12}|thu nhập|lao động)(?: [\p{L}\d]+){0,3}? (?:của|vào) liên hiệp(?![\p{L}]| (?:htx|hợp tác xã))/u.test(t.key.slice(sentenceStart, valueAt));
  if (bareUnion) {
    const union = namedOrgs(t, Math.max(0, sentenceStart - 3000), sentenceStart).filter((o) => o.entity === 'cooperative_union').pop();
    if (union) return { place: { level: 'cooperative', name: union.name }, entity: union.entity };
  }
  // "Tổ hiện có 27 tổ viên", "tổ thu về khoảng 950 triệu đồng": a bare "tổ" is the group the text has named.
  if (/(?:^|[\s,;])tổ\s+(?:hiện\s+|đã\s+|nay\s+|cũng\s+)*(?:có|đạt|thu về|thu được|với)(?![\p{L}])/u.test(t.key.slice(Math.max(sentenceStart, at - 40), at))) {
    const group = namedOrgs(t, Math.max(0, sentenceStart - 3000), sentenceStart).filter((o) => o.entity === 'cooperative_group').pop();
    if (group) return { place: { level: 'cooperative', name: group.name }, entity: group.entity };
  }
  // "Năm 2023, HTX ước doanh thu 18,6 tỷ đồng": the metric word itself may be the verb after the bare subject.
  const bareMetric = valueAt > at && BARE_BEFORE_METRIC.test(seg);
  if (bare.test(seg) || bareMetric || ofBare.test(t.key.slice(sentenceStart, valueAt)) || opensBare.test(t.key.slice(sentenceStart, at))) {
    const prior = namedOrgs(t, Math.max(0, sentenceStart - 3000), sentenceStart + seg.length + (sep - sentenceStart)).filter((o) => o.entity === 'cooperative');
    const last = prior[prior.length - 1];
    if (last) return { place: { level: 'cooperative', name: last.name }, entity: last.entity };
  }
  return null;
}
