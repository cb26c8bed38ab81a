// A number followed by a counted noun: "279 HTX", "585 tổ viên", "06/04 lớp".
import type { Entity, Metric, Mention, Place, Rating, Scope, Sector } from '../../schemas/records.js';
import { parenDepth, type Sentence, type Span } from './segment.js';
import { lookupProvince } from '../provinces.js';
import { toneKey } from '../normalize.js';
import { readSector, sectorAfterNoun } from './sector.js';
import { bareDistrict, blockOpening, lastBlockSector, listedPlace, namedDistrictBare, namedOrgs, selfNamedPlace, baseSector, cooperativeSubject, labelBefore, placeBefore, ratingBefore, sectorOpening, subjectPhrase } from './subject.js';
import { BLOCKING_VERBS, BOUND_WORD, EACH_PLACE, HAVE_VERB, CHANGE_LEAD, COMPARE, FALL, NOUNS, PARTICIPATION_AFTER, SUBSET_AFTER, SUPPORTED_SUBSET, RATINGS, type NounRule } from './vocab.js';
import { afterListIntro, blankFact, bulletItem, type Classified, cooperativeOf, CROP_AFTER, type Ctx, type DraftFact, evidenceStart, isList, lastTrigger, namedPlaceAfter, referentCount, sentenceSubject, subjectOf, THESE_COOPERATIVES, TRAINING } from './draft.js';

/** Another body as the subject that runs courses: "Hội LHPN tỉnh đã mở", "Hội Nông dân tỉnh tổ chức". */
const OTHER_ORGANISER = /(?:^|[\s,;:])(?:hội lhpn|hội liên hiệp phụ nữ|hội phụ nữ|hội nông dân|hội cựu chiến binh|tỉnh đoàn|đoàn thanh niên|trung tâm khuyến nông)(?:\s+(?:tỉnh|huyện|thành phố))?\s+(?:đã\s+|cũng\s+)?(?:mở|tổ chức|triển khai)(?![\p{L}])[^;.]*$/u;

/** The noun rule of course trainees, which the workers a course was held for are read as. */
const TRAINEES = NOUNS.find((n) => n.id === 'noun.participants');

/** "nâng tổng số sản phẩm OCOP lên": the words that bring a stock up to the figure after them. */
const RAISED_TO = /(?:nâng|đưa)\s+(?:tổng\s+)?số(?![\p{L}])[^;.\d]{0,80}?lên\s*(?:thành\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$/u;


/** The count whose number stands right before a noun ("120 HTX"), if one was read. */
function countedBefore(fs: DraftFact[], nounStart: number): DraftFact | undefined {
  return fs.find((f) => f.metric === 'count' && f.valueSpan.end <= nounStart && nounStart - f.valueSpan.end < 3);
}

/** "… có 586 HTX, 2 liên hiệp HTX, 612 THT với": the groups counted last in a list its clause opened on cooperatives. */
function listOfCooperatives(key: string, fs: DraftFact[], groupsNoun: number, at: number): boolean {
  const groups = countedBefore(fs, groupsNoun);
  if (!groups) return false;
  // "Trong đó, khu vực tỉnh Long An (cũ) có 418 HTX, 5 liên hiệp HTX, 412 THT với …": a part of the province's count
  // heads the list of its own place.
  return fs.some((f) => f.metric === 'count' && f.entity === 'cooperative' && (!f.breakdown || (!!f.place && f.place.name === groups.place?.name)) && f.valueSpan.end <= groups.valueSpan.start && !key.slice(f.valueSpan.end, at).includes(';') && /^[^;.]*$/u.test(key.slice(f.valueSpan.end, groups.valueSpan.start)));
}

/** The count right before a bracket of its parts that closes just before "với"/"có" and the figure. */
function headBeforeBracket(key: string, fs: DraftFact[], at: number): DraftFact | undefined {
  const closeAt = key.lastIndexOf(')', at);
  const openAt = closeAt > 0 ? key.lastIndexOf('(', closeAt) : -1;
  // "18 quỹ tín dụng nhân dân (QTDND), thu hút 96.430 thành viên": a bracket with no figure spells out a name, it
  // breaks nothing down; the members are the whole list's.
  if (openAt < 0 || !/\d/u.test(key.slice(openAt, closeAt)) || !/^\)\s*,?\s*(?:với|có|thu hút)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(closeAt, at))) return undefined;
  return [...fs].reverse().find((f) => f.metric === 'count' && !f.place && f.valueSpan.end <= openAt && openAt - f.valueSpan.end < 25);
}

/** "… là địa phương có nhiều HTX nông nghiệp nhất với 11 HTX": the count is of that sector. */
function mostSector(ctx: Ctx, from: number, at: number): { sector: Sector; label: string } | null {
  // "nâng số HTX điều lên 65 HTX", "dẫn đầu về HTX hồ tiêu với 14 HTX": the kind named before the count is its own too.
  const mm = /nhiều (?:htx|hợp tác xã) ((?:[\p{L}]+ ){1,4}?)nhất(?:\s+(?:tỉnh|toàn tỉnh|cả tỉnh|thành phố|huyện))?\s+(?:với|là|có)\s*$/u.exec(ctx.key.slice(from, at)) ?? /(?:(?<![\p{L}])số|dẫn đầu về|về số) (?:htx|hợp tác xã) ((?:[\p{L}]+ ){1,4}?)(?:(?:được )?(?:xếp loại|đạt loại|loại) (?:tốt|khá|trung bình|yếu) nhiều nhất\s+)?(?:(?:hiện|đã)\s+)?(?:lên|với|là)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.exec(ctx.key.slice(from, at));
  if (!mm) return null;
  const start = from + mm.index + mm[0].indexOf(mm[1]!);
  const label = readSector(ctx.key, start, start + mm[1]!.trimEnd().length, { lead: false });
  if (label) return { sector: label.sector, label: ctx.text.slice(label.start, label.end) };
  // "nhiều HTX điều nhất": a crop is farming.
  const crop = CROP_AFTER.exec(' ' + mm[1]!);
  return crop && crop.index === 0 ? { sector: 'agriculture', label: ctx.text.slice(start + crop[0].length - 1 - crop[1]!.length, start + crop[0].length - 1) } : null;
}

/**
 * "Một số địa phương có nhiều HTX NN: H. Tháp Mười 26 HTX, DT SX 12.640 ha; H. Tam Nông 21 HTX": the places listed after
 * "nhiều HTX <sector>:" count that sector's cooperatives.
 */
function listOfMostSector(ctx: Ctx, from: number, at: number): { sector: Sector; label: string } | null {
  const mm = /nhiều (?:htx|hợp tác xã) ((?:[\p{L}]+ ){0,3}?[\p{L}]+)\s*:(?:[^:]*;)?[^;:\d]{0,40}$/u.exec(ctx.key.slice(from, at));
  if (!mm) return null;
  const start = from + mm.index + mm[0].indexOf(mm[1]!, 'nhiều '.length);
  const label = readSector(ctx.key, start, start + mm[1]!.length, { lead: false, exact: true });
  return label ? { sector: label.sector, label: ctx.text.slice(label.start, label.end) } : null;
}

/** The sector of the grading the paragraph before `at` names: "đánh giá, phân loại HTX nông nghiệp theo Thông tư 09". */
function gradingSector(ctx: Ctx, from: number, at: number): { sector: Sector; label: string } | null {
  const stretch = ctx.key.slice(from, at);
  const hit = [...stretch.matchAll(/(?:đánh giá|phân loại|xếp loại)(?:\s*,\s*(?:đánh giá|phân loại|xếp loại))*\s+(?:đối với\s+)?(?:[\d.]+\s+)?(?:các\s+)?(?:htx|hợp tác xã)\s+/gu)].pop();
  if (!hit) return null;
  const start = from + hit.index! + hit[0].length;
  const label = readSector(ctx.key, start, Math.min(at, start + 40), { lead: false });
  if (!label || label.start !== start) return null;
  // Another sector's cooperatives named since then end it ("Năm 2015, khối HTX phi nông nghiệp có 9 HTX hoạt động hiệu quả").
  for (const o of ctx.key.slice(label.end, at).matchAll(/(?:htx|hợp tác xã)\s+/gu)) {
    const at2 = label.end + o.index! + o[0].length;
    const other = readSector(ctx.key, at2, Math.min(at, at2 + 40), { lead: false });
    if (other && other.start === at2 && other.sector !== label.sector) return null;
  }
  return { sector: label.sector, label: ctx.text.slice(label.start, label.end) };
}

/** Brackets open at `at` within the sentence that starts at `from` (the shared per-character depth). */
function depthAt(key: string, from: number, at: number): number {
  return at > from ? parenDepth(key, from, at + 1)[at - from]! : 0;
}

/** "… từ 86 HTX năm 2015 xuống còn": the later point of a stock printed from one value to another. */
// "từ 46 HTX (chiếm 26,1%) năm 2013 xuống còn": a share in brackets may stand beside the earlier point.
const FROM_TO_LATER = String.raw`từ\s*[\d.,]+[^;.\d]{0,30}?(?:\(\s*chiếm\s*[\d.,]+\s*%\s*\)[^;.\d]{0,5})?(?:\d{4}[^;.\d]{0,5})?(?:lên|xuống)\s*(?:còn\s*)?`;
const LATER_POINT = new RegExp(FROM_TO_LATER + '$', 'u');
/** Between "Số HTX yếu kém" and its figure: "giảm từ " (the earlier point) or "giảm từ 86 HTX … xuống còn " (the later). */
const SUBJECT_FROM_TO = new RegExp(String.raw`^\s*(?:(?:đã|cũng)\s+)?(?:tăng|giảm)(?:\s+(?:mạnh|đáng kể|nhanh|rõ rệt))?\s*,?\s+(?:từ\s*|${FROM_TO_LATER})$`, 'u');

/** After workers or members: a kind of people, a subset the fact fields cannot carry (the contract's "360 lao động là thành viên"). */
const PEOPLE_OF_A_KIND = /^\s*(?:thường xuyên\s+)?là\s+(?:thành viên|xã viên|nữ|phụ nữ|lao động nữ|người dân tộc|đồng bào|thanh niên|người khuyết tật|người khmer)/u;

export const UNIT_OF_AVERAGE = 'the unit of an average ("bình quân 1 HTX"), not a count';

/** The cooperatives as owners of OCOP products: "HTX làm chủ thể", "các HTX hiện là chủ thể". */
/** The plan words right before a plan printed after its figure (see where they are read). */
const PLAN_WORD_BEFORE = /(?:kế hoạch|chỉ tiêu|kh)(?:\s+(?:đề ra|cả năm|năm|được giao|giao))?\s*\(\s*$/u;
const PLAN_SLASH_BEFORE = /(?:htx|tht|hợp tác xã|tổ hợp tác|lớp)\s*\/\s*(?:kh|kế hoạch)\s*$/u;
const PLAN_SET_BY_BEFORE = /(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+[^\s(;,.]+){1,8}?\s+(?:đề ra|giao|đặt ra)\s*\(\s*$/u;
/** "đạt 63% kế hoạch năm (kế hoạch giao ", "đạt 72,5% kế hoạch năm (": the share of a plan just achieved, then its figure. */
export const PLAN_AFTER_SHARE = /(?:đạt|bằng)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s*%\s*(?:so với\s+)?(?:kế hoạch|kh|chỉ tiêu)(?:\s+(?:năm|giao|được giao))?(?:\s+\d{4})?\s*\(\s*(?:(?:kế hoạch|kh|chỉ tiêu)(?:\s+(?:năm|giao|được giao|giải thể|thành lập mới))?(?:\s+\d{4})?\s*:?\s*)?(?:là\s*)?$/u;
const PLAN_BRACKET_BEFORE = /\(\s*(?:kế hoạch|kh|chỉ tiêu)(?:\s+(?!năm)[\p{L}]+){0,4}?(?:\s+năm(?:\s+\d{4})?)?\s*:?\s*$/u;
/** The boards of a cooperative or of the alliance, whose members are none of the cooperatives' members. */
const BOARDS = String.raw`(?:hội đồng quản trị|hđqt|ban kiểm soát|ban chấp hành|ban điều hành|ban thường vụ|ban giám đốc`;
/** "Ban kiểm soát 3 thành viên", "Hội đồng quản trị nhiệm kỳ II gồm 5 thành viên". */
// "Hội đồng quản trị nhiệm kỳ 2016 – 2021 gồm 5 thành viên": a term with a dash may stand between.
const BOARD_BEFORE = new RegExp(BOARDS + String.raw`|bks|ban quản lý|ban quản trị)(?:\s+(?:[–-]\s+)?[\p{L}\d]+){0,6}?\s*(?:gồm|có|với|là)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$`, 'u');
/** "bầu bổ sung 01 thành viên Hội đồng quản trị". */
const BOARD_AFTER = new RegExp(String.raw`^\s*` + BOARDS + String.raw`)(?![\p{L}])`, 'u');
/** What owning OCOP products is called: "đứng tên", "sở hữu", "là chủ thể của". */
const OWNS = String.raw`(?:sở hữu|đứng tên|làm chủ thể|là chủ thể)`;
const OWNED_IN_SENTENCE = new RegExp(String.raw`(?:htx|hợp tác xã)(?:[^;.\d]{0,30})\s` + OWNS + String.raw`\s[^;.]*$`, 'u');
const OWNED_BY_OTHERS = new RegExp(String.raw`(?:tổ hợp tác|tht|hộ sản xuất|hộ kinh doanh|doanh nghiệp|cơ sở sản xuất)[^;,.\d]{0,30}\s` + OWNS + String.raw`(?:\s+của)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$`, 'u');
const COOP_OWNER = String.raw`(?:htx|hợp tác xã)\s+(?:[^,;.\d]{0,20}\s)?(?:(?:làm|là)\s+chủ thể|đứng tên)`;
const OWNED_BY_COOPS = String.raw`do\s+(?:các\s+)?(?:htx|hợp tác xã)\s+(?:làm|là)\s+chủ thể`;
const OWNED_AFTER = new RegExp(String.raw`^\s*(?:[^,;.\d]{0,25}\s)?` + OWNED_BY_COOPS, 'u');
// "Khu vực HTX hiện có 97 sản phẩm OCOP, trong đó 12 sản phẩm 4 sao": the head of the breakdown is the cooperatives' own.
const OWNED_IN = new RegExp(String.raw`${COOP_OWNER}|${OWNED_BY_COOPS}|(?:khu vực|các|những)\s+(?:htx|hợp tác xã)[^,;.\d]{0,30}(?:có|đã có|sở hữu)\s*(?:trên|hơn|gần|khoảng)?\s*\d[\d.,]*\s+(?:sản phẩm|sp)(?![\p{L}])`, 'u');
// "hỗ trợ các HTX có thêm ít nhất 25 sản phẩm đạt chuẩn OCOP": more of them, at least so many, are theirs too.
const COOP_PRODUCTS_LEAD = new RegExp(String.raw`(?:(?:khu vực|các|những)\s+(?:htx|hợp tác xã)[^,;.\d]{0,30}(?:${HAVE_VERB})|${COOP_OWNER}(?:\s+của)?)\s*${BOUND_WORD}?\s*$`, 'u');
/** "… HTX được thành lập mới": the founding verb right after the noun or its sector label. */
// "149/158 HTX thành lập trước ngày Luật có hiệu lực": founded before a day is a group, not new ones.
// "Huyện Mường Tè dẫn đầu với 4 HTX mới, …", "có 4 HTX mới trong lĩnh vực gốm sứ": a bare "mới" closing the clause, or
// before the sector, right after the noun says new ones too.
// "21 HTX mới có 274 thành viên": so does "mới" before the new ones' people.
const FOUNDED_AFTER = /^\s*(?:(?:mới\s+)?(?:được\s+)?(?:thành lập(?:\s+mới)?|ra đời)(?![\p{L}])(?!\s+(?:trước|từ trước|sau ngày))|mới(?=\s*(?:[,;.)]|$)|\s+(?:thuộc|trong)\s+lĩnh vực|\s+(?:có|với|thu hút)\s+(?:(?:khoảng|gần|hơn|trên|tổng số)\s+)?[\d.,]+\s+(?:thành viên|lao động|tv|người|hộ)(?![\p{L}])))/u;

/** The grades of a classification (Thông tư 09/2017), as against operating or not. */
const GRADES: string[] = ['good', 'fair', 'average', 'weak'];

export const LABELLED_COUNT_EXAMPLES: { text: string; value: number | null; sector?: string; rating?: string; entity?: string }[] = [
  { text: 'gồm: HTX nông nghiệp 241 (chiếm 77,2%)', value: 241, sector: 'agriculture', entity: 'cooperative' },
  { text: 'HTX phi nông nghiệp 63 (20,2%)', value: 63, sector: 'non_agriculture', entity: 'cooperative' },
  { text: 'Đến cuối năm, toàn tỉnh có 312 HTX, gồm: QTDND 8 (2,6%)', value: 8, sector: 'credit', entity: 'cooperative' },
  { text: 'Số HTX đang hoạt động 274; ngừng HĐ 38.', value: 274, rating: 'operating', entity: 'cooperative' },
  { text: 'Đến cuối năm, toàn tỉnh có 04 LHHTX; THT 1.146', value: 1146, entity: 'cooperative_group' },
  { text: 'Tổng số HTX: 412 HTX. LH HTX: 02; THT: 1.186', value: 2, entity: 'cooperative_union' },
  { text: 'HTX được hỗ trợ 20 lần', value: null },
  { text: 'Đến cuối năm, toàn tỉnh có 1.125 HTX; TV: 178.420; LĐ thường xuyên: 7.960.', value: 178420, entity: 'cooperative' },
  { text: 'HTX Nông nghiệp Tân Lập 3 năm liền', value: null },
  { text: 'Số HTX đang hoạt động là 241, chiếm 84,3% tổng số', value: 241, rating: 'operating', entity: 'cooperative' },
  { text: 'HTX phi NN: 69 HTX (CN-TTCN: 21; XD: 06)', value: 21, sector: 'industry_handicraft', entity: 'cooperative' },
  { text: 'HTX phi nông nghiệp: 69 HTX (xây dựng: 6; vận tải: 14)', value: 6, sector: 'construction', entity: 'cooperative' },
  { text: 'HTX phi NN: 201 HTX (VT 52, XD 21)', value: 52, sector: 'transport', entity: 'cooperative' },
];

const LABELLED = /(?:^|[\s,;:(\-–•])(?:(?:số|tổng số)\s+)?(liên hiệp htx|liên hiệp hợp tác xã|lhhtx|lh htx|htx|hợp tác xã|qtdnd|quỹ tdnd|quỹ tín dụng nhân dân|qtd|tht|tổ hợp tác)((?:\s+[\p{L}]+(?:\s*-\s*[\p{L}]+)*){0,5}?)\s*:?\s*$/u;

/** "TV: 178.420", "LĐ thường xuyên: 7.960", "Tổng số thành viên: 9.100": people counted by a label and a colon. */
const LABELLED_PEOPLE = /(?:^|[\s,;:(\-–•])(?:tổng số\s+)?(tv|thành viên|tổ viên|lđ|lao động)(?:\s+(?:htx|hợp tác xã|thường xuyên))*\s*:\s*$/u;

/**
 * A sector label alone before a number, between the list's previous figure and this one ("; xây dựng: 12", "(CN-TTCN: 21"):
 * an item of the list its head began, of the head's entity. `stretch` reads the words; a sector the head already has is
 * no item of its breakdown.
 */
function sectorItem(ctx: Ctx, m: Mention, prev: DraftFact, stretch: RegExp, notSector: Sector | null = null): Classified | null {
  const words = stretch.exec(ctx.key.slice(prev.valueSpan.end, m.start));
  if (!words) return null;
  const at = prev.valueSpan.end + words[0].lastIndexOf(words[1]!);
  const label = readSector(ctx.key, at, at + words[1]!.length, { lead: false, exact: true });
  if (!label || label.start !== at || label.sector === notSector) return null;
  return { fact: { ...blankFact(m, prev.entity), scope: prev.scope, sector: label.sector, sectorLabel: ctx.text.slice(label.start, label.end), rule: 'noun.labelled', evidence: { start: at, end: m.end }, breakdown: true, confidence: 0.85 } };
}

const BARE_NAME = String.raw`\p{Lu}[\p{Ll}'’]*(?: \p{Lu}[\p{Ll}'’]*){0,3}`;
/** Bare names and numbers, up to the name of the figure being read: "Hoằng Hóa 6, Nông Cống 5, Thọ Xuân". */
const PLACE_BRACKET = new RegExp(String.raw`^(?:\s*${BARE_NAME}\s*:?\s*\d[\d.,]*\s*[,;])*\s*(${BARE_NAME})\s*:?\s*$`, 'u');

/**
 * "TL mới 6 tháng: đạt 45/60 HTX (Hoằng Hóa 6, Nông Cống 5, Thọ Xuân 4, các huyện khác 30)": a bracket of bare names
 * and numbers right after a count gives each place its part.
 */
function placeItem(ctx: Ctx, m: Mention, sFacts: DraftFact[]): Classified | null {
  const { key, text } = ctx;
  const open = key.lastIndexOf('(', m.start);
  if (open < 0 || open < key.lastIndexOf(')', m.start) || !/^\s*(?:[,;)]|$)/u.test(key.slice(m.end, m.end + 3))) return null;
  const head = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && !f.place);
  if (!head || open <= head.valueSpan.end || !/^[^;()\d]{0,12}(?:[^;()]{0,40})$/u.test(key.slice(head.valueSpan.end, open))) return null;
  if (sFacts.some((f) => f.valueSpan.start > head.valueSpan.end && f.valueSpan.start < open && f.metric === 'count')) return null;
  const bracket = text.slice(open + 1, m.start);
  const name = PLACE_BRACKET.exec(bracket)?.[1];
  if (!name || lookupProvince(name) || readSector(toneKey(name), 0, name.length, { lead: false })) return null;
  const at = open + 1 + bracket.lastIndexOf(name);
  return { fact: { ...blankFact(m, head.entity), scope: head.scope, place: { level: 'district', name }, rule: 'noun.labelled', evidence: { start: at, end: m.end }, breakdown: true, confidence: 0.8 } };
}

/**
 * Terse list items that print the counted noun before the number: "HTX nông nghiệp 241 (chiếm 77,2%)", "QTDND 8",
 * "Số HTX đang hoạt động 274". null: not read as a count.
 */
export function labelledCount(ctx: Ctx, clause: Span, m: Mention, prevEnd: number, sFacts: DraftFact[] = []): Classified | null {
  if (m.kind !== 'number' || !Number.isInteger(m.value)) return null;
  const { key, text } = ctx;
  const from = Math.max(clause.start, prevEnd);
  const people = LABELLED_PEOPLE.exec(key.slice(from, m.start));
  // "LĐ thường xuyên: 3.912 LĐ": the label's noun may be printed again after the number.
  if (people && /^\s*(?:(?:tv|lđ|người|thành viên|lao động)(?![\p{L}])\s*)?(?:[,;.)(]|$|và\s)/u.test(key.slice(m.end, m.end + 14))) {
    const workers = /^(?:lđ|lao động)$/u.test(people[1]!);
    const start = from + people.index + (people[0].length - people[0].trimStart().length);
    const fact: DraftFact = { ...blankFact(m, people[1] === 'tổ viên' ? 'cooperative_group' : 'cooperative'), metric: workers ? 'workers' : 'members', unit: 'person', rule: 'noun.labelled', evidence: { start, end: m.end }, breakdown: false, confidence: 0.9 };
    return { fact };
  }
  const lead = LABELLED.exec(key.slice(from, m.start));
  // "Số HTX đang hoạt động 274; ngừng HĐ 38": a class alone goes on the list its labelled item began.
  const prev = sFacts[sFacts.length - 1];
  if (!lead && prev && prev.rule === 'noun.labelled' && prev.rating && /^\s*(?:[,.)(;]|$)/u.test(key.slice(m.end, m.end + 3))) {
    const words = /^\s*[;,]\s*([\p{L} ]{2,30}?)\s*:?\s*$/u.exec(key.slice(prev.valueSpan.end, m.start));
    const r = words ? RATINGS.find((x) => x.pattern.exec(words[1]!)?.[0] === words[1]) : undefined;
    if (words && r) {
      const start = prev.valueSpan.end + words.index + words[0].indexOf(words[1]!);
      return { fact: { ...blankFact(m, prev.entity), rating: r.rating, rule: 'noun.labelled', evidence: { start, end: m.end }, breakdown: true, confidence: 0.85 } };
    }
  }
  // "HTX nông nghiệp 248; công nghiệp - tiểu thủ công nghiệp 51; xây dựng 12": a sector alone goes on the list its
  // labelled item began.
  if (!lead && prev && prev.rule === 'noun.labelled' && prev.sector && prev.metric === 'count' && /^\s*(?:[,.)(;]|$)/u.test(key.slice(m.end, m.end + 3))) {
    // "(CN-TTCN 64, VT 52, XD 21)": inside a bracket of sectors, commas part the items too.
    const bracketed = key.lastIndexOf('(', m.start) > key.lastIndexOf(')', m.start) && key.lastIndexOf('(', m.start) < prev.valueSpan.start;
    const item = sectorItem(ctx, m, prev, bracketed ? /^\s*[;,]\s*([\p{L} –-]{2,50}?)\s*:?\s*$/u : /^\s*;\s*([\p{L} ,–-]{2,50}?)\s*:?\s*$/u);
    if (item) return item;
  }
  if (!lead) {
    const item = placeItem(ctx, m, sFacts);
    if (item) return item;
  }
  // "HTX phi NN: 69 HTX (CN-TTCN: 21; XD: 06; VT: 14)": a bracket of sectors and numbers right after a count breaks it
  // down; its first item opens the list the others follow.
  // "thành lập mới 24/20 HTX, đạt 120% KH (NN 9; VT 5; TM-DV 7; lĩnh vực khác 3)": of new ones too, after the share of plan.
  const head = prev && prev.metric === 'plan_achievement' ? [...sFacts].reverse().find((f) => f.metric === 'count' && f.valueSpan.end <= prev.valueSpan.start) : prev;
  if (!lead && head && head.metric === 'count' && /^\s*(?:[,;)]|$)/u.test(key.slice(m.end, m.end + 3))) {
    const item = sectorItem(ctx, m, head, /^\s*(?:htx|hợp tác xã|tht|tổ hợp tác|quỹ)?\s*(?:,\s*(?:đạt|bằng|vượt)\s*[\d.,]+\s*%\s*(?:kh|kế hoạch)(?:\s+năm)?\s*)?\(\s*(?:(?:trong đó|gồm)\s*:?\s*)?([\p{L} ,–-]{2,50}?)\s*:?\s*$/u, head.sector);
    if (item) return item;
  }
  if (!lead || !/^\s*(?:[,;.)(]|$|và\s)/u.test(key.slice(m.end, m.end + 8))) return null;
  const noun = lead[1]!;
  const entity: Entity = /^(?:tht|tổ hợp tác)$/u.test(noun) ? 'cooperative_group' : /^(?:liên hiệp|lhhtx|lh htx)/u.test(noun) ? 'cooperative_union' : 'cooperative';
  const wordsStart = from + lead.index + lead[0].indexOf(noun) + noun.length;
  // "Số HTX đang hoạt động là 241": the copula ends the label.
  const words = lead[2]!.trim().replace(/\s+là$/u, '');
  let sector: Sector | null = /^(?:qtd|quỹ)/u.test(noun) ? 'credit' : null;
  let sectorLabel: string | null = sector ? text.slice(wordsStart - noun.length, wordsStart) : null;
  let rating: Rating | null = null;
  if (words) {
    const r = RATINGS.find((x) => x.pattern.exec(words)?.[0] === words);
    const label = r ? null : readSector(key, wordsStart + lead[2]!.indexOf(words), wordsStart + lead[2]!.length, { lead: false, exact: true });
    // Anything else after the noun ("được hỗ trợ", a cooperative's name) makes no labelled count.
    if (!r && !label) return null;
    if (r) rating = r.rating;
    if (label) {
      sector = label.sector;
      sectorLabel = text.slice(label.start, label.end);
    }
  }
  const start = from + lead.index + (lead[0].length - lead[0].trimStart().length);
  const fact: DraftFact = { ...blankFact(m, entity), sector, sectorLabel, rating, rule: 'noun.labelled', evidence: { start, end: m.end }, breakdown: sector !== null || rating !== null, confidence: 0.9 };
  return { fact };
}

export function countFact(
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
  // "mở 2 lớp đào tạo sơ cấp nghề cho 70 lao động của các HTX nông nghiệp": the workers a course was held for are its
  // trainees.
  if (noun.id === 'noun.workers') {
    const courses = sFacts[sFacts.length - 1];
    if (courses && courses.entity === 'training_course' && courses.metric === 'count' && /^[^;()\d]{0,120}?\s(?:cho|với)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(courses.valueSpan.end, m.start))) {
      if (TRAINEES) return countFact(ctx, s, clause, m, TRAINEES, nounStart, nounEnd, prevEnd, sFacts, paraFacts, inParens, next);
    }
  }
  // "Số lao động … giảm từ 3.420 người (cuối năm 2020) xuống còn 2.870 người": the later point of the people just counted.
  if (noun.needsTraining && !TRAINING.test(sentenceKey)) {
    const from = [...sFacts].reverse().find((f) => (f.metric === 'workers' || f.metric === 'members') && f.unit === 'person' && f.scope === 'existing');
    if (from && /(?:tăng|giảm)\s+từ\s*$/u.test(key.slice(Math.max(s.start, from.valueSpan.start - 12), from.valueSpan.start)) && /(?:lên|xuống|xuống còn|còn)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(from.valueSpan.end, m.start)))
      return { fact: { ...blankFact(m, from.entity), metric: from.metric, unit: 'person', sector: from.sector, sectorLabel: from.sectorLabel, place: from.place, rule: 'noun.people_again', evidence: { start: from.evidence.start, end: nounEnd }, breakdown: false, confidence: 0.85 } };
    return { reason: `"${text.slice(nounStart, nounEnd)}" outside a training context` };
  }
  if (noun.id === 'noun.participants' && /^(?:người|cán bộ|đại biểu)$/u.test(key.slice(nounStart, nounEnd))) {
    // Bare "người" is a participant count only when the verb says so.
    if (!/^\s*(?:tham dự|tham gia|dự|được)/u.test(key.slice(nounEnd, nounEnd + 12)) && !/(?:cho|với)\s*(?:trên|hơn|gần|khoảng)?\s*$/u.test(key.slice(Math.max(s.start, m.start - 12), m.start)))
      return { reason: 'people counted outside a course' };
  }
  // The support fund ("Quỹ hỗ trợ phát triển HTX") near the figure makes "quỹ" that fund; else a text that speaks of
  // people's credit funds anywhere means them.
  const nearFunds = key.slice(Math.max(m.start - 600, 0), Math.min(s.end, nounEnd + 40));
  if (noun.id === 'noun.fund' && !/quỹ tín dụng|quỹ tdnd|qtdnd|qtd(?![\p{L}])|tín dụng nhân dân/u.test(nearFunds) && (/quỹ (?:hỗ trợ|đầu tư|phát triển|bảo lãnh)/u.test(nearFunds) || !ctx.creditText))
    return { reason: '"quỹ" that is not a people\'s credit fund' };
  const countNoun = noun.metric === 'count' && noun.entity !== 'training_course';
  // "Dự hội nghị có … đại diện gần 150 HTX", "lãnh đạo hơn 90 HTX": the cooperatives a meeting heard from.
  if (countNoun && (noun.entity === 'cooperative' || noun.entity === 'cooperative_group' || noun.entity === 'cooperative_union') && /(?<![\p{L}])(?:đại diện|lãnh đạo|đại biểu)(?:\s+(?:của|cho|đến từ))?(?:\s+(?:các|gần|hơn|khoảng|trên))*\s*$/u.test(key.slice(Math.max(s.start, m.start - 30), m.start)) && /(?<![\p{L}])(?:dự|tham dự|hội nghị|đại biểu)(?![\p{L}])/u.test(key.slice(s.start, s.end)))
    return { reason: 'cooperatives represented at a meeting, not a count of them' };
  // "Tham dự hội nghị có … đại diện lãnh đạo các sở, ngành, UBND các huyện, thành phố và 45 HTX, quỹ tín dụng nhân dân
  // tiêu biểu": whoever a sentence on who attended lists attended.
  // The alliance's member units represented there ("đại diện cho 312 đơn vị thành viên") are all of them, a stock.
  if (countNoun && noun.entity !== 'member_unit' && /^\s*(?:tham dự|dự|đến dự|tới dự|cùng dự)(?:\s+và\s+chỉ đạo)?(?:\s+(?:hội nghị|đại hội|hội thảo|buổi lễ|lễ|chương trình|diễn đàn|sự kiện))?\s+(?:có|gồm)\s/u.test(key.slice(s.start, m.start)))
    return { reason: 'cooperatives represented at a meeting, not a count of them' };
  // "nâng tổng số thành viên của Liên minh lên 236 đơn vị, trong đó có 221 HTX, 02 liên hiệp HTX": the alliance's
  // members by kind, parts the fields cannot name.
  if (countNoun && noun.entity !== 'member_unit' && afterListIntro(key, clause, m.start) && sFacts.some((f) => f.entity === 'member_unit' && !f.breakdown && f.valueSpan.start >= clause.start - 200) && /(?:đơn vị|thành viên)[^;.\d]{0,20}?,?\s*(?:trong đó|gồm|bao gồm)[^;.]*$/u.test(key.slice(s.start, m.start)))
    return { reason: 'the alliance\'s members by kind, parts the fields cannot name' };
  // "DT BQ 1 HTX ước 640 tr.đ": one cooperative as the unit of an average, not a count.
  if (countNoun && m.value === 1 && /(?<![\p{L}])(?:bq|bình quân|trung bình)\s*$/u.test(key.slice(Math.max(s.start, m.start - 14), m.start)))
    return { reason: 'one cooperative as the unit of an average ("bình quân 1 HTX")' };
  // "mở 8 lớp tập huấn …, trong đó 3 lớp tổ chức trực tuyến", "… trong đó 6 lớp dành cho công chức xã": courses of
  // one kind, audience or topic among those just counted. Courses for the leaders of one kind of cooperative stay:
  // their sector is a field ("trong đó 03 lớp cho lãnh đạo các HTX dịch vụ nông nghiệp", seed 004).
  // "Trong số 21 lớp, có 2 lớp được tổ chức trực tuyến": a part of the courses just counted, whatever it is.
  if (noun.entity === 'training_course' && /trong số\s+\d+\s+lớp[\s,:]*(?:có\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 24), m.start)))
    return { reason: 'courses of one kind, audience or topic, a part the fields cannot name' };
  if (noun.entity === 'training_course' && /(?:trong đó|trong số đó)[\s,:]*(?:có\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 24), m.start)) && !sectorAfterNoun(key, nounEnd, Math.min(clause.end, nounEnd + 60)) &&
    (sFacts.some((f) => f.entity === 'training_course' && f.metric === 'count') || (/^\s*(?:[\p{L}]+\s+){0,3}?(?:dành cho|cho|về|chuyên đề)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 40)) && !/htx|hợp tác xã|quỹ|tdnd|tổ hợp tác/u.test(key.slice(nounEnd, nounEnd + 60)))))
    return { reason: 'courses of one kind, audience or topic, a part the fields cannot name' };
  // "Cụ thể: 05 lớp bồi dưỡng … giám đốc HTX (278 học viên); 04 lớp … kế toán (186 học viên)": the courses of the
  // sentence before, item by item by topic; an item for one kind of cooperative keeps its sector.
  if (noun.entity === 'training_course' && /^\s*(?:cụ thể|trong đó|bao gồm|gồm)\s*:/u.test(key.slice(s.start, s.start + 20)) && [...(ctx.earlier ?? []), ...paraFacts].some((f) => f.entity === 'training_course' && f.metric === 'count')) {
    const ITEM_BREAK = /;|,\s*(?=\d)|\s+và\s+(?=\d)/gu;
    let itemStart = s.start;
    for (const b of key.slice(s.start, m.start).matchAll(ITEM_BREAK)) itemStart = s.start + b.index + b[0].length;
    const next = new RegExp(ITEM_BREAK.source, 'u').exec(key.slice(m.end, s.end));
    const itemEnd = next ? m.end + next.index : s.end;
    if (!sectorAfterNoun(key, itemStart, itemEnd)) return { reason: 'courses of one kind, audience or topic, a part the fields cannot name' };
  }
  // "… trong đó 12 lớp bồi dưỡng cán bộ quản lý, 8 lớp tập huấn kỹ thuật, 5 lớp về chuyển đổi số": the list goes on.
  if (noun.entity === 'training_course' && /(?:trong đó|trong số đó)[\s,:]*(?:có\s*)?\d[\d.,]*\s+lớp[^.]*(?:,|và|;)\s*$/u.test(key.slice(s.start, m.start)) && [...sFacts, ...paraFacts].some((f) => f.entity === 'training_course' && f.metric === 'count') && !sectorAfterNoun(key, nounEnd, Math.min(clause.end, nounEnd + 60)))
    return { reason: 'courses of one kind, audience or topic, a part the fields cannot name' };
  const lead = key.slice(Math.max(clause.start, m.start - 40), m.start);
  // "giảm số HTX loại yếu xuống dưới 25 HTX" is that class's count, aimed at (every annotator reads it so); a bound
  // with no class named before it is none.
  const loweredClass = /số\s+(?:htx|hợp tác xã|tht|tổ hợp tác)\s+([\p{L} ]{2,25}?)\s+(?:xuống|giảm xuống)\s*(?:dưới|còn)?\s*$/u.exec(lead);
  const loweredRating = loweredClass ? RATINGS.find((x) => x.pattern.exec(loweredClass[1]!.replace(/^loại\s+/u, ''))?.[0] === loweredClass[1]!.replace(/^loại\s+/u, '')) : undefined;
  // "giảm từ 86 HTX năm 2015 xuống còn 41 HTX năm 2017": the later value of a stock, not a bound.
  if (/(?:xuống|giảm xuống)\s*(?:dưới|còn)?\s*$/u.test(lead) && !LATER_POINT.test(key.slice(Math.max(clause.start, m.start - 60), m.start)) && !loweredRating) return { reason: 'a bound to bring a class below ("xuống dưới 10 HTX"), not a count' };
  // A plan printed after the figure it plans is that figure's plan, not a figure of its own:
  // - said so right before it: "thành lập mới 27 HTX, vượt kế hoạch đề ra (25 HTX)", "vượt chỉ tiêu Nghị quyết Đại hội
  //   lần thứ IV đề ra (70 HTX)" (who set it may stand between), "Thành lập mới: 26 HTX/KH 20 HTX";
  // - a bracket that opens on the plan word, when an actual of the same kind stands before it: "thành lập mới 86 HTX,
  //   đạt 107,5% kế hoạch năm (kế hoạch 80 HTX)", "9 lớp tập huấn, bồi dưỡng (kế hoạch năm 16 lớp)".
  const statedPlan = PLAN_WORD_BEFORE.test(lead) || PLAN_SLASH_BEFORE.test(lead) || PLAN_SET_BY_BEFORE.test(key.slice(Math.max(clause.start, m.start - 80), m.start));
  const planBracket = statedPlan ? null : PLAN_BRACKET_BEFORE.exec(key.slice(Math.max(s.start, m.start - 60), m.start));
  if (statedPlan || planBracket) {
    const open = planBracket ? m.start - planBracket[0].length : m.start;
    const planned = [...sFacts].reverse().find((f) => f.metric === noun.metric && f.entity === (noun.entity === 'inherit' ? f.entity : noun.entity) && (statedPlan || (f.status !== 'target' && f.valueSpan.end <= open)));
    if (statedPlan || planned) {
      // The plan is of the whole result, not of its last part in brackets ("97 HTX (Gia Lai cũ 52 HTX, Bình Định cũ 45
      // HTX), đạt 80,8% kế hoạch năm (120 HTX)").
      const whole = [...sFacts].reverse().find((f) => f.metric === planned?.metric && f.entity === planned?.entity && f.status !== 'target' && !f.breakdown && f.valueSpan.end <= open);
      const result = whole ?? planned;
      if (result && result.plan === null) result.plan = m.value as number;
      // "thành lập mới 19 HTX, đạt 63% kế hoạch năm (kế hoạch giao 30 HTX)": the share achieved, then the plan it was of,
      // is a plan stated in its own right (the annotators record it as a target); after "vượt kế hoạch đề ra (25 HTX)"
      // or a resolution's goal it only qualifies the result.
      if (whole && PLAN_AFTER_SHARE.test(key.slice(Math.max(planned!.valueSpan.end, m.start - 90), m.start))) {
        return {
          fact: {
            ...whole,
            status: 'target',
            value: m.value as number,
            valueMax: null,
            qualifier: m.qualifier ?? 'exact',
            plan: null,
            rating: null,
            valueSpan: { start: m.start, end: m.end },
            evidence: { start: Math.max(s.start, m.start - 40 + Math.max(0, key.slice(m.start - 40, m.start).search(/kế hoạch|kh|chỉ tiêu/u))), end: nounEnd },
            rule: 'noun.plan_in_brackets',
            breakdown: true,
            explicit: true,
            mention: m,
          },
        };
      }
      return { reason: 'the plan of the figure before, in brackets' };
    }
  }
  if (/(?:^|[\s,;:(])(?:giỏi|xuất sắc)\s*:?\s*$/u.test(lead)) return { reason: 'a class ("giỏi") the rating vocabulary does not have' };
  // "trong số 85 HTX …", "trong 308 HTX nông nghiệp, thủy sản có 58 HTX đạt loại tốt": the base of a breakdown.
  // Whether the text has already counted this many of anything (an operating stock stated before its breakdown).
  const valueCounted = (value: Mention['value']): boolean => [...(ctx.earlier ?? []), ...paraFacts, ...sFacts].some((f) => f.metric === 'count' && f.value === value);
  // The base is a fact of its own when it is the only place the text counts that class ("Ước cả năm, trong tổng số
  // 1.170 HTX đang hoạt động có 742 HTX hoạt động hiệu quả"): the operating stock is stated nowhere else.
  if ((/trong (?:tổng )?số\s*$/u.test(lead) || (/(?:^|[\s,;:])trong\s*$/u.test(lead) && /^[^;.\d]{0,40}?\s(?:có|là)\s+[\d.,]+\s/u.test(key.slice(nounEnd, Math.min(s.end, nounEnd + 60))))) &&
    !(countNoun && /^\s*đang hoạt động\s+có\s+[\d.,]+\s/u.test(key.slice(nounEnd, nounEnd + 40)) && !valueCounted(m.value)))
    return { reason: '"trong số N HTX": the base of a breakdown, stated as such' };
  // "Trong số đó, 826 HTX đang hoạt động": a class or sector of the whole just counted stays a fact; any other
  // property ("58 HTX do phụ nữ làm chủ") makes a subset the fields cannot name.
  // "96 HTX hoạt động trong lĩnh vực trồng, chế biến cà phê": a sector stated with its words.
  const namedPart = RATINGS.some((r) => r.pattern.exec(key.slice(nounEnd, nounEnd + 40).trimStart())?.index === 0) || readSector(key, nounEnd + 1, Math.min(clause.end, nounEnd + 40)) !== null || /^\s*(?:hoạt động\s+)?(?:trong|thuộc)\s+(?:các\s+)?lĩnh vực(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 40));
  const wholeBefore = [...sFacts, ...paraFacts].some((f) => f.metric === 'count' && f.entity === (noun.entity === 'inherit' ? f.entity : noun.entity) && f.rating === null && f.sector === null && f.place === null);
  if (/trong số (?:đó|này)[\s,:]*(?:có\s*)?$/u.test(lead) && !(countNoun && namedPart && wholeBefore)) return { reason: '"trong số đó, N HTX …": a subset of a subset' };
  // "19,5% HTX (tương đương 62 HTX) đưa sản phẩm lên các sàn …": a count restating a share that made no fact (a part the
  // fields cannot name) is no fact either.
  if (countNoun && /\(\s*(?:tương đương|tức là|tức|khoảng)\s*(?:với\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 25), m.start))) {
    const open = key.lastIndexOf('(', m.start);
    const pct = ctx.mentions.find((x) => x.kind === 'percent' && x.end <= open && open - x.end < 25);
    if (pct && !sFacts.some((f) => f.valueSpan.start === pct.start)) return { reason: 'a count restating a share of a part the fields cannot name' };
  }
  // "giảm lãi suất cho vay … đối với 3.100 thành viên bị ảnh hưởng bởi dịch bệnh": the members a measure reached.
  if ((noun.metric === 'members' || noun.metric === 'workers') && /(?:đối với|cho)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(lead) && /^\s*(?:bị|được|gặp|chịu)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 10)))
    return { reason: 'the members a measure reached, a part the fields cannot name' };
  // "Hội đồng quản trị nhiệm kỳ II gồm 5 thành viên, Ban kiểm soát 3 thành viên": the members of a board.
  if (noun.metric === 'members' && BOARD_BEFORE.test(key.slice(Math.max(clause.start, m.start - 60), m.start)))
    return { reason: 'the members of a board, not of the cooperative' };
  // "trong đó có 5 HTX được xây dựng theo mô hình kiểu mới", "trong đó 9 HTX ở các xã có đông đồng bào Khmer": a part
  // picked by what was done to it or where a group of places lies, which no field names.
  if (countNoun && /(?:trong đó|trong số đó|trong số (?:htx|hợp tác xã)[^,;.\d]{0,30}?)[\s,:]*(?:có\s*)?$/u.test(lead) && /^\s*(?:mới\s+)?(?:(?:đã\s+|đều\s+)?được\s+(?!(?:thành lập|đánh giá|xếp loại|phân loại|công nhận)(?![\p{L}]))|(?:ở|tại)\s+(?:các|những)\s|mới tạm)/u.test(key.slice(nounEnd, nounEnd + 40)))
    return { reason: 'a part of the breakdown picked by a property the fields cannot name' };
  // "… với 28 hộ thành viên liên kết với một công ty": members who link up are members all the same.
  if (noun.id === 'noun.household_members' && (/liên kết(?: với| (?:tiêu thụ|bao tiêu|sản xuất)[^,;.\d]{0,25}?(?:cho|với))?\s*(?:trên|hơn|gần|khoảng)?\s*$/u.test(lead) || (!/thành viên/u.test(key.slice(m.end, nounEnd)) && /^\s*(?:dân\s+)?(?:liên kết|sản xuất liên kết|ký hợp đồng)/u.test(key.slice(nounEnd, nounEnd + 25)))))
    return { reason: 'households linked by contract are not members' };
  // "xây dựng 126 cánh đồng lớn với tổng diện tích 48.600 ha, có 19.750 hộ tham gia": households of the large fields.
  if (noun.id === 'noun.household_members' && /cánh đồng (?:lớn|mẫu)(?:[^;.]|\.(?=\d)){0,80}$/u.test(key.slice(s.start, m.start)) && !/(?<![\p{L}])(?:htx|hợp tác xã)(?![\p{L}])/u.test(key.slice(key.lastIndexOf('cánh đồng', m.start), m.start)))
    return { reason: 'households of the large fields are not members' };
  // "bao tiêu búp chè tươi cho hơn 150 hộ", "thu gom rác thải cho khoảng 3.200 hộ dân": households the cooperative serves.
  // "liên kết thêm 150 ha với 210 hộ dân", "bao tiêu sâm giống, sâm củ cho 68 hộ", "thu mua chè búp tươi của hơn 300 hộ":
  // what is linked or bought may take a list or an area first.
  // "thu gom rác thải phục vụ hơn 14.000 hộ dân", "cấp nước sạch cho 3.200 hộ": households served, with no "cho" too.
  if (noun.id === 'noun.household_members' && !/thành viên/u.test(key.slice(m.end, nounEnd)) && (/(?:bao tiêu|tiêu thụ|thu mua|cung ứng|cung cấp|(?<![\p{L}])cấp nước|thu gom|phục vụ|cho vay|liên kết)[^,;.\d]{0,40}?\scho\s*(?:(?:khoảng|hơn|gần|trên)\s*)?$|(?<![\p{L}])phục vụ\s*(?:(?:khoảng|hơn|gần|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 60), m.start)) || (/(?:bao tiêu|thu mua|liên kết)(?:[^;.]|\.(?=\d)){0,80}?\s(?:cho|với|của)\s*(?:(?:khoảng|hơn|gần|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 100), m.start)) && !/^\s*(?:dân\s+)?tham gia/u.test(key.slice(nounEnd, nounEnd + 16)))))
    return { reason: 'households the cooperative serves are not members' };
  // "bao tiêu sản phẩm cho 45 hộ nông dân ngoài HTX": households outside the cooperative.
  if (noun.id === 'noun.household_members' && /^\s*(?:nông dân|dân|sản xuất)?\s*(?:ngoài htx|ngoài hợp tác xã|không phải (?:là )?thành viên|chưa là thành viên)/u.test(key.slice(nounEnd, nounEnd + 30)))
    return { reason: 'households outside the cooperative are not members' };
  // "…, trong đó có 6 lớp bồi dưỡng nghiệp vụ kế toán HTX với 241 học viên": the people of courses of one kind,
  // skipped as such, are a part too.
  if (noun.metric === 'participants') {
    const courses = /(?:trong đó|trong số đó)[\s,:]*(?:có\s*)?(\d[\d.,]*)\s+lớp[^;()]*?(?:với|cho)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.exec(key.slice(clause.start, m.start));
    if (courses && !sFacts.some((f) => f.entity === 'training_course' && f.metric === 'count' && f.valueSpan.start >= clause.start + courses.index && f.valueSpan.start < m.start))
      return { reason: 'courses of one kind, audience or topic, a part the fields cannot name' };
  }
  if (noun.metric === 'participants' && /(?:hỗ trợ|tư vấn|khám|trao)\s*(?:cho\s*)?(?:trên|hơn|gần|khoảng)?\s*$/u.test(lead)) return { reason: 'supported people, not course participants' };
  // "thành phố đã hỗ trợ theo Nghị quyết 42/NQ-CP cho 1.126 lao động": workers a measure reached, not the cooperatives'.
  if (noun.metric === 'workers' && /(?<![\p{L}])(?:hỗ trợ|chi trả|trợ cấp)(?![\p{L}])[^,;.]{0,60}?(?<![\p{L}])(?:cho|tới)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 80), m.start)))
    return { reason: 'workers a support measure reached, not the cooperatives\' workers' };
  // "phải cho 40 lao động nghỉ việc suốt 5 tháng": the workers laid off; "(trong đó 2.130 LĐ là TV HTX)": the workers who
  // are members. Subsets of the workers the fields cannot name.
  if (noun.metric === 'workers' && /^\s*(?:[^,;.\d]{0,12}\s)?(?:phải\s+)?(?:tạm\s+)?(?:nghỉ việc|thôi việc|giãn việc|nghỉ không lương)|^\s*là\s+(?:thành viên|tv|xã viên)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 40)))
    return { reason: 'workers laid off, or those who are members: a subset the fields cannot name' };
  // "công nhận lại và nâng hạng 23 sản phẩm": products recognised again or upgraded are neither new nor the stock.
  if (noun.entity === 'ocop_product' && /(?:công nhận lại|tái công nhận|nâng hạng|gia hạn)(?:\s*(?:,|và)\s*(?:công nhận lại|tái công nhận|nâng hạng|gia hạn))*\s*(?:cho\s*)?(?:trên|hơn|gần|khoảng)?\s*$/u.test(lead))
    return { reason: 'OCOP products recognised again or upgraded: neither new nor the stock' };
  // "… một số huyện làm tốt như Lâm Thao (5 HTX)": a district named by its count in brackets is no undefined subset.
  const namedInBrackets = inParens && /(?:^|[\s,:;])\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){0,3}\s*\(\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));
  // "bình quân mỗi HTX chỉ có 154 thành viên và 18 lao động": an average per cooperative, no subset.
  // "Bình quân mỗi HTX thành lập mới có 23 thành viên", "… mỗi HTX nông nghiệp có từ 100 đến 150", "… có 346 ha và 89 thành viên".
  const perCooperative = (noun.metric === 'members' || noun.metric === 'workers') && /bình quân\s+(?:mỗi|một)\s+(?:htx|hợp tác xã|quỹ|tht|tổ hợp tác|tổ)(?:\s+[^\d,;]{2,25}?)?\s+(?:(?:chỉ|hiện|đã)\s+)*(?:có|thu hút|sử dụng|tạo việc làm cho|giải quyết việc làm cho)\s*(?:(?:khoảng|gần|hơn|trên|từ)\s*)?(?:[\d.,]+\s+(?:thành viên|người|xã viên|ha)\s+và\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 80), m.start));
  // "Đức Hòa, Thạnh Hóa, Châu Thành mỗi huyện 2 HTX": each of the places named, no undefined subset.
  const eachNamed = EACH_PLACE.test(ctx.text.slice(Math.max(clause.start, m.start - 160), m.start));
  // "Các địa phương có nhiều HTX là huyện Hải Hậu 62 HTX": a place named right before the figure is no undefined one.
  // "Một số địa phương có nhiều HTX NN: H. Tháp Mười 26 HTX": the level may be capitalised or abbreviated.
  const namedRightBefore = /(?:^|[\s,:;])(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|tp\.?|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn|H\.|TX\.)\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}\s*:?\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 50), m.start));
  // "100% xã, phường có ít nhất 1 HTX nông nghiệp hoạt động hiệu quả": every one of them, a goal per place.
  if (!namedInBrackets && !perCooperative && !eachNamed && !namedRightBefore && /(?:một số|nhiều|một vài|mỗi|hầu hết|phần lớn|đa số|100\s*%|tất cả(?: các)?)\s+(?:các\s+)?(?:huyện|xã|địa phương|htx|hợp tác xã|nơi)(?:\s*,\s*(?:phường|thị trấn|xã|huyện|thị xã|thành phố))*(?!\s+nhất)[^,;]{0,40}$/u.test(lead) && !/nhiều (?:htx|hợp tác xã)(?: [\p{L}]+){0,3}? nhất/u.test(lead))
    return { reason: 'figure of an undefined subset ("một số huyện", "mỗi HTX")' };
  // "Khu vực HTX hiện có 97 sản phẩm OCOP", "HTX là chủ thể 71 SP": the cooperatives' own products, a subset.
  // A named cooperative's products ("HTX Dừa Phước Long có 4 sản phẩm") stay its own facts.
  // "Các HTX đang sở hữu 3 sản phẩm 5 sao, 49 sản phẩm 4 sao và 135 sản phẩm 3 sao": the list goes on owning.
  // "tổ hợp tác và hộ sản xuất sở hữu 37 sản phẩm": any owner but the province is a part too.
  // "nâng số sản phẩm OCOP của HTX lên 96 sản phẩm", "riêng HTX đóng góp 11 sản phẩm": so are those counted or given as theirs.
  const theirsBefore = /(?:sản phẩm(?:\s+ocop)?\s+của\s+(?:các\s+)?(?:htx|hợp tác xã)(?![\p{L}])(?!\s+\p{L}+\s+\p{Lu})\s+(?:lên|là|đạt|có)|(?:riêng|các|khu vực)\s+(?:htx|hợp tác xã)\s+(?:đóng góp|chiếm))\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(lead);
  // A bare "của HTX" after a cooperative the sentence names is that one's ("HTX … Cẩm Hưng Thịnh được công nhận thêm 1 sản
  // phẩm, nâng tổng số sản phẩm OCOP của HTX lên 3 sản phẩm").
  let named: boolean | undefined;
  const namesOne = (): boolean => (named ??= namedOrgs(ctx, s.start, m.start).length > 0);
  if (noun.entity === 'ocop_product' && (COOP_PRODUCTS_LEAD.test(lead) || (theirsBefore && !namesOne()) || OWNED_IN_SENTENCE.test(key.slice(s.start, m.start)) || OWNED_BY_OTHERS.test(lead)))
    return { reason: 'OCOP products of the cooperatives, a subset of the province\'s the fields cannot name' };
  // "… 67 sản phẩm do HTX làm chủ thể, trong đó 11 sản phẩm 4 sao": the stars of that subset are no facts either.
  // "có thêm 20 sản phẩm OCOP của HTX" (docs/records.md: "14 sản phẩm OCOP của HTX" is no fact); a named one's ("của HTX
  // Dừa Phước Long") stay its own.
  // "11 sản phẩm cà phê, hồ tiêu của HTX": a list of the products' kinds may stand between, when the sentence names no
  // cooperative the bare "HTX" could be.
  const ofCoops = /^\s*(?:([^;.\d(),][^;.\d()]{0,24})\s)?của\s+(?:các\s+)?(?:HTX|[Hh]ợp tác xã)(?![\p{L}])(?!\s+\p{Lu})/u.exec(text.slice(nounEnd, nounEnd + 50));
  if (noun.entity === 'ocop_product' && ofCoops && (!ofCoops[1]?.includes(',') || !namesOne()))
    return { reason: 'OCOP products of the cooperatives, a subset of the province\'s the fields cannot name' };
  if (noun.entity === 'ocop_product' && (OWNED_AFTER.test(key.slice(nounEnd, nounEnd + 50)) || (/(?:trong đó|gồm)[^.;]{0,60}$/u.test(key.slice(Math.max(s.start, m.start - 70), m.start)) && OWNED_IN.test(key.slice(s.start, m.start)))))
    return { reason: 'OCOP products of the cooperatives, a subset of the province\'s the fields cannot name' };
  // "5 sản phẩm được nâng hạng từ 3 sao lên 4 sao": products moved up a star, an event of some of them, no stock or new ones.
  if (noun.entity === 'ocop_product' && /^\s*(?:[^,;.\d]{0,20}\s)?(?:được\s+)?nâng hạng(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 40)))
    return { reason: 'OCOP products moved up a star, an event of a part the fields cannot name' };
  // "công nhận thêm 71 sản phẩm" is how OCOP products come into being, not an award to some of them.
  const ocopRecognised = noun.entity === 'ocop_product' && /công nhận(?:\s+(?:thêm|mới|được))*\s*$/u.test(lead);
  // "…, chuyển 5 HTX sang hoạt động theo loại hình doanh nghiệp": cooperatives turned into companies are neither dissolved
  // nor new, a subset the fields cannot name (as "HTX chuyển sang loại hình doanh nghiệp").
  if (countNoun && /(?:^|\s)chuyển\s*$/u.test(lead) && /^\s*sang\s+(?:hoạt động theo\s+)?(?:hình thức|loại hình|mô hình)\s+(?:doanh nghiệp|công ty)/u.test(key.slice(nounEnd, nounEnd + 60)))
    return { reason: 'cooperatives turned into companies: a subset the fields cannot name' };
  // "Kết quả đánh giá, phân loại năm 2016 đối với 846 HTX đang hoạt động (tại thời điểm 31/12/2016)": the operating ones
  // graded, when the text counts them nowhere else, are the operating stock.
  const gradedOperating = /(?:^|\s)đối với\s*$/u.test(lead) && /đánh giá|phân loại|xếp loại/u.test(key.slice(s.start, m.start)) && /^\s*đang hoạt động(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 20)) && !valueCounted(m.value);
  if (countNoun && BLOCKING_VERBS.pattern.test(lead) && !ocopRecognised && !gradedOperating && !/(?:toàn tỉnh|hiện|trong đó|gồm)\s*(?:có\s*)?$/u.test(lead))
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
  // Where the noun's own words end, before any sector label read below.
  const nounTail = end;
  // "2 sản phẩm nho ăn tươi": what a product is made of names no sector of cooperatives.
  if (noun.metric === 'count' && noun.entity !== 'training_course' && noun.entity !== 'ocop_product') {
    const label = readSector(key, end + 1 > limit ? end : end, limit);
    if (label && key.slice(end, label.start).trim().length <= 30) {
      sector = sector === 'credit' ? (label.sector === 'credit' ? 'credit' : sector) : label.sector;
      sectorLabel = text.slice(label.start, label.end);
      end = label.end;
    }
  }
  // "175 HTX còn lại hoạt động trong các lĩnh vực công nghiệp, thương mại, dịch vụ, vận tải": several fields, none farming.
  if (noun.metric === 'count' && (noun.entity === 'cooperative' || noun.entity === 'cooperative_group') && !sector) {
    // "86 HTX và 57 tổ hợp tác hoạt động trong lĩnh vực sản xuất, tiêu thụ vải thiều": the field after a pair names both.
    const pair = /^\s*và\s+\d[\d.,]*\s+(?:tổ hợp tác|tht)(?=\s+(?:hoạt động\s+)?(?:trong|thuộc)\s)/u.exec(key.slice(end, clause.end));
    const fieldsAt = pair ? end + pair[0].length : end;
    const fields = /^\s*(?:còn lại\s+)?(?:hoạt động\s+)?(?:trong|ở|thuộc)\s+(?:các\s+)?(?:lĩnh vực|ngành)\s+/u.exec(key.slice(fieldsAt, clause.end));
    if (pair && fields) {
      const crop = CROP_AFTER.exec(key.slice(fieldsAt + fields[0].length, clause.end));
      const label = crop && crop.index === 0 ? null : readSector(key, fieldsAt + fields[0].length, clause.end, { lead: false });
      if (crop && crop.index === 0) {
        sector = 'agriculture';
        sectorLabel = text.slice(fieldsAt + fields[0].length + crop[0].length - crop[1]!.length, fieldsAt + fields[0].length + crop[0].length);
      } else if (label) {
        sector = label.sector;
        sectorLabel = text.slice(label.start, label.end);
      }
    }
  }
  if (noun.metric === 'count' && (noun.entity === 'cooperative' || noun.entity === 'cooperative_group') && !sector) {
    const fields = /^\s*(?:còn lại\s+)?(?:hoạt động\s+)?(?:trong|ở|thuộc)\s+(?:các\s+)?(?:lĩnh vực|ngành)\s+/u.exec(key.slice(end, clause.end));
    // "13 HTX hoạt động trong các lĩnh vực khác"; "52 HTX hoạt động trong lĩnh vực điều": one crop is farming.
    const otherFields = fields && /^khác(?![\p{L}])/u.exec(key.slice(end + fields[0].length, clause.end));
    const crop = fields && !otherFields ? CROP_AFTER.exec(key.slice(end + fields[0].length, clause.end)) : null;
    if (otherFields) {
      sector = 'other';
      sectorLabel = text.slice(end + fields[0].length, end + fields[0].length + otherFields[0].length);
    } else if (crop && crop.index === 0) {
      sector = 'agriculture';
      sectorLabel = text.slice(end + fields![0].length + crop[0].length - crop[1]!.length, end + fields![0].length + crop[0].length);
    } else if (fields) {
      const from = end + fields[0].length;
      const items = key.slice(from, clause.end).split(/,\s*|\s+và\s+/u);
      let at = from;
      const sectors: Sector[] = [];
      for (const it of items) {
        const lead = key.slice(at).indexOf(it);
        const label = it.trim() ? readSector(key, at + lead, at + lead + it.length, { lead: false }) : null;
        if (label) sectors.push(label.sector);
        at += lead + it.length;
      }
      if (sectors.length >= 2 && !sectors.includes('agriculture') && !sectors.includes('credit')) {
        sector = 'non_agriculture';
        sectorLabel = text.slice(from, at).trim();
      }
    }
  }
  if (noun.entity === 'training_course' && noun.metric === 'count') {
    // "cho cán bộ, thành viên các HTX cà phê, hồ tiêu": who the courses were for, several kinds of them.
    const who = /^[^(;]*?(?:cho|dành cho)\s+(?:(?:cán bộ quản lý|cán bộ chủ chốt|lãnh đạo|cán bộ|thành viên)(?:\s*,\s*|\s+và\s+|\s+))*(?:các\s+)?/u.exec(key.slice(end, limit));
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
  // "Khối phi nông nghiệp có 96 HTX thương mại, dịch vụ, du lịch": the sector printed after the noun is finer.
  if (colonLabel && (noun.entity === 'cooperative' || noun.entity === 'cooperative_group') && !noun.sector && !(sector && end > nounTail)) {
    sector = colonLabel.sector;
    sectorLabel = colonLabel.label;
  }
  // "Khối HTX nông nghiệp (276 HTX, 178.200 thành viên)": figures in brackets right after a sector's subject are its own.
  if (countNoun && !sector && !noun.sector && inParens) {
    const open = key.lastIndexOf('(', m.start);
    const head = open >= s.start ? subjectPhrase(ctx, s.start, open) : null;
    if (head && !head.counted && head.sector && head.entity === noun.entity && /^\s*$/u.test(key.slice(head.end, open))) {
      sector = head.sector;
      sectorLabel = head.sectorLabel;
    }
  }
  // "Với cây hồ tiêu, toàn tỉnh có 17 HTX với 690 thành viên": a crop the sentence opens on is farming.
  const cropLead = countNoun && !sector && !noun.sector ? /^\s*(?:với|đối với|về|riêng|trong)\s+(?:cây|con|ngành|lĩnh vực)\s+([\p{L} ]{2,20}?)\s*,/u.exec(key.slice(s.start, m.start)) : null;
  const crop = cropLead ? CROP_AFTER.exec(' ' + cropLead[1]!) : null;
  const cropLabelAt = cropLead ? s.start + cropLead[0].indexOf(cropLead[1]!) : 0;
  const cropOpening = crop && crop[0].trim() === cropLead![1]!.trim() ? { sector: 'agriculture' as Sector, label: text.slice(cropLabelAt, cropLabelAt + cropLead![1]!.length) } : null;
  // "…, riêng lĩnh vực nuôi tôm có thêm 6 HTX", "…, lĩnh vực nông nghiệp (bao gồm thủy sản và diêm nghiệp) chiếm 97 HTX":
  // a sector named as a clause's subject right before its count.
  const clauseSector = (): { sector: Sector; label: string } | null => {
    const lead = /(?:^\s*|[,;:]\s*)(?:(?:riêng|còn|trong đó)\s+)?(?:lĩnh vực|ngành|khối)\s+$/u;
    const verb = /^(?:\s*\([^()]{0,80}\))?\s+(?:(?:hiện|đã|cũng)\s+)?(?:có(?:\s+thêm)?|chiếm|với|là)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u;
    const clauseStart = Math.max(s.start, key.lastIndexOf(',', m.start - 1) + 1, key.lastIndexOf(';', m.start - 1) + 1);
    const head = /(?:lĩnh vực|ngành|khối)\s+/u.exec(key.slice(clauseStart, m.start));
    if (!head || !lead.test(key.slice(clauseStart, clauseStart + head.index + head[0].length))) return null;
    const from = clauseStart + head.index + head[0].length;
    const label = readSector(key, from, m.start, { lead: false });
    if (!label || label.start !== from || !verb.test(key.slice(label.end, m.start))) return null;
    return { sector: label.sector, label: text.slice(label.start, label.end) };
  };
  // "… (năm 2013, HTX nông nghiệp chỉ có 29 HTX, chiếm 50%)": a bracket opens a sentence of its own.
  const bracketOpening = (): { sector: Sector; label: string } | null => (inParens ? sectorOpening(ctx, key.lastIndexOf('(', m.start) + 1, m.start) : null);
  const opening = countNoun && !sector && !noun.sector ? sectorOpening(ctx, s.start, m.start) ?? cropOpening ?? clauseSector() ?? bracketOpening() : null;
  const base = countNoun && !sector && !noun.sector && !opening && noun.entity === 'cooperative' ? (baseSector(ctx, s.start, m.start) ?? mostSector(ctx, clause.start, m.start) ?? listOfMostSector(ctx, s.start, m.start)) : null;
  if (opening ?? base) {
    sector = (opening ?? base)!.sector;
    sectorLabel = (opening ?? base)!.label;
  }
  let rating: Rating | null = countNoun ? ratingBefore(ctx, clause, m.start, s.start) ?? loweredRating?.rating ?? null : null;
  // "40 HTX ngừng hoạt động …, tập trung ở Mường Tè (9 HTX), Sìn Hồ (8 HTX)": where a class of cooperatives stands,
  // each place's share in brackets is of that class.
  if (countNoun && !rating && namedInBrackets) {
    const head = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && !f.place && f.entity === noun.entity && f.rating);
    const where = /^[^;.]{0,80}?(?:tập trung(?:\s+(?:chủ yếu|nhiều|nhiều nhất|phần lớn))?\s+(?:ở|tại)|chủ yếu (?:ở|tại)|nhiều nhất (?:ở|tại|là))[^;.]*$/u;
    if (head && where.test(key.slice(head.valueSpan.end, m.start))) rating = head.rating;
    // "Các HTX yếu tập trung chủ yếu ở huyện Bù Đăng (5 HTX), …": so is the class the sentence opens on.
    else if (!head) {
      const sp = subjectPhrase(ctx, s.start, Math.min(m.start, s.start + 40));
      if (sp?.rating && sp.determiner && sp.start - s.start < 5 && where.test(key.slice(sp.end, m.start))) rating = sp.rating;
    }
  }
  // The class printed right after the noun: "giải thể 14 HTX ngừng hoạt động" names the dissolved ones' class.
  let ratingAfter: Rating | null = null;
  const afterNoun = key.slice(end, limit).replace(/^\s+/, '');
  // "38 HTX hoạt động tốt, 61 HTX khá, 52 HTX trung bình": in a list of grades too.
  if (countNoun && !rating && /^trung bình(?![\p{L}])/u.test(afterNoun) && (/xếp loại|phân loại|đánh giá|loại (?:tốt|khá|yếu)/u.test(key.slice(s.start, s.end)) || sFacts.some((f) => f.metric === 'count' && f.rating !== null && GRADES.includes(f.rating)))) {
    rating = ratingAfter = 'average';
    end += key.slice(end, limit).length - afterNoun.length + 'trung bình'.length;
  }
  // "185 HTX còn lại ngừng hoạt động": the rest, of that class; "22 HTX còn yếu": still of that class.
  // "71 HTX của huyện được đánh giá hoạt động hiệu quả": whose they are may come before the class.
  const restLead = /^(?:còn lại|(?:vẫn )?còn(?= (?:yếu|ngừng|tạm ngừng|khá|trung bình)))\s+/u.exec(afterNoun)?.[0].length ?? 0;
  const rest = restLead + (/^của (?:huyện|thị xã|thành phố|xã|tỉnh)(?: này)?\s+(?=(?:được |đã được )?(?:đánh giá|xếp loại|hoạt động|đạt loại))/u.exec(afterNoun.slice(restLead))?.[0].length ?? 0);
  // "trong số HTX đang hoạt động có 241 HTX đạt loại tốt": the grade after the noun is finer than the class before it.
  // "trong tổng số 1.170 HTX đang hoạt động có 742 HTX hoạt động hiệu quả": so is the effective class.
  const graded = rating === 'operating' && /^(?:(?:đạt |xếp |được xếp )?loại (?:tốt|khá|trung bình|yếu)|(?:được đánh giá\s+)?hoạt động (?:có )?hiệu quả)/u.test(afterNoun.slice(rest));
  if (graded) rating = null;
  if (!rating) for (const r of RATINGS) {
    const rm = r.pattern.exec(afterNoun.slice(rest));
    if (rm) {
      // "có từ 300 HTX hoạt động hiệu quả trở lên": at least 300, not a class "and above".
      const atLeast = /(?:^|\s)từ\s*$/u.test(key.slice(Math.max(clause.start, m.start - 6), m.start));
      if (/^\s*(?:trở lên|,\s*(?:tốt|khá|giỏi)(?![\p{L}])|và (?:tốt|khá|giỏi)(?![\p{L}]))/u.test(afterNoun.slice(rest + rm[0].length)) && !(atLeast && /^\s*trở lên/u.test(afterNoun.slice(rest + rm[0].length))))
        return { reason: 'cooperatives of two rating classes at once ("khá, tốt"), which no single rating names' };
      rating = ratingAfter = r.rating;
      end = end + (key.slice(end, limit).length - afterNoun.length) + rest + rm[0].length;
      break;
    }
  }
  // "498 HTX đang hoạt động, chiếm 81,4% (trong đó: 371 HTX nông nghiệp; 64 HTX …)": the parts in the bracket are of
  // the class of the count it follows. "89 HTX ngừng hoạt động (trong đó 37 HTX tạm ngừng kinh doanh có thời hạn)",
  // "giải thể 19 HTX (trong đó 15 HTX giải thể bắt buộc, …)": a part of no sector, place or class of its own, of the
  // same scope, would pass for the whole.
  if (countNoun && !rating && inParens) {
    const open = key.lastIndexOf('(', m.start);
    const head = /^\(\s*(?:trong đó|bao gồm|gồm)\s*:?[^()]*$/u.test(key.slice(open, m.start)) ? [...sFacts].reverse().find((f) => f.metric === 'count' && f.valueSpan.end <= open) : undefined;
    if (head && head.entity === noun.entity && /^[^.;()\d]{0,40}(?:,\s*chiếm\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s*%[^.;()\d]{0,30})?$/u.test(key.slice(head.valueSpan.end, open))) {
      const itemStart = Math.max(open, ...[',', ';', ':'].map((c) => key.lastIndexOf(c, m.start))) + 1;
      const itemEnd = Math.min(...[',', ';', ')'].map((c) => { const at = key.indexOf(c, nounEnd); return at < 0 ? key.length : at; }));
      const item = text.slice(itemStart, m.start).replace(/^\s*\(?\s*trong đó\s*:?/iu, '');
      const partScope = lastTrigger(key.slice(itemStart, itemEnd)) ?? head.scope;
      if (!sector && !sectorLabel && !noun.sector && !/\p{Lu}/u.test(item) && partScope === head.scope && !RATINGS.some((r) => r.pattern.test(key.slice(nounEnd, itemEnd).trimStart())))
        return { reason: 'a part that the fields cannot tell from the whole' };
      if (head.rating && head.scope === 'existing') rating = head.rating;
    }
  }
  // "Công tác đánh giá, phân loại HTX nông nghiệp … được thực hiện nghiêm túc. Kết quả năm 2023: 37 HTX đạt loại tốt": the
  // grades of a grading the paragraph names by its sector are of that sector.
  if (countNoun && !sector && !noun.sector && noun.entity === 'cooperative' && rating && GRADES.includes(rating)) {
    // "Phân loại theo Thông tư số 09/2017/TT-BNNPTNT có 40 HTX tốt": a sentence that opens on a grading of its own is its own.
    const ownGrading = /^\s*(?:kết quả\s+)?(?:đánh giá|phân loại|xếp loại)(?![\p{L}])/u.test(key.slice(s.start, m.start));
    const graded = gradingSector(ctx, ownGrading ? s.start : key.lastIndexOf('\n', s.start) + 1, m.start);
    if (graded) {
      sector = graded.sector;
      sectorLabel = graded.label;
    }
  }
  const sp = subjectPhrase(ctx, clause.start, m.start);
  // "có 9 HTX hợp nhất thành 4 HTX": the cooperatives a merger joined and the ones it made are an event of some of them,
  // no stock and no new ones.
  if (countNoun && (/(?:hợp nhất|sáp nhập)(?:\s+lại)?\s+thành\s*$/u.test(key.slice(Math.max(s.start, m.start - 30), m.start)) || /^\s*(?:[^,;.\d]{0,20}\s)?(?:hợp nhất|sáp nhập)(?:\s+lại)?\s+thành\s+\d/u.test(key.slice(nounEnd, nounEnd + 40))))
    return { reason: 'cooperatives merged into fewer: an event of some of them, no stock' };
  // "số HTX có doanh thu trên 1 tỷ đồng mới chỉ có 24 HTX": the ones above a size bound, a class no field names.
  if (countNoun && /(?:^|[\s,;:])số (?:htx|hợp tác xã)(?:\s+[\p{L}]+){0,3}?\s+(?:có|đạt)\s+(?:tổng\s+)?(?:doanh thu|lợi nhuận|lãi|tài sản|vốn điều lệ|vốn góp|vốn hoạt động|quy mô)(?:\s+bình quân)?\s+(?:trên|dưới|hơn|từ|ít nhất|tối thiểu)\s+[\d.,]+\s*(?:tỷ|tỉ|triệu)?\s*(?:đồng)?(?:\s*\/\s*năm)?\s+(?:(?:mới|chỉ|hiện|đã|mới chỉ)\s+)*(?:có|là|đạt)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 120), m.start)))
    return { reason: 'cooperatives above or below a size bound: a class the fields cannot name' };
  // "Số HTX được đánh giá, phân loại là 850 HTX": the evaluated ones, a subset the fields cannot name.
  if (countNoun && sp && sp.determiner && /^\s*(?:được|tham gia)\s+(?:đánh giá|phân loại|xếp loại)/u.test(key.slice(sp.end, m.start)))
    return { reason: 'the cooperatives that were evaluated: a subset the fields cannot name' };
  // "số HTX nông nghiệp tăng 37 HTX", "số HTX loại yếu giảm 23 HTX": the subject's sector and class carry to its change.
  let changeOfClass = false;
  // "… giảm từ 86 HTX năm 2015 xuống còn 41 HTX": the later point is of the class and sector of the earlier one.
  const earlierPoint = countNoun && !rating && LATER_POINT.test(key.slice(Math.max(clause.start, m.start - 60), m.start)) ? sFacts[sFacts.length - 1] : undefined;
  if (earlierPoint && earlierPoint.metric === 'count' && earlierPoint.entity === noun.entity && earlierPoint.scope === 'existing') {
    rating = earlierPoint.rating;
    if (!sector && earlierPoint.sector) {
      sector = earlierPoint.sector;
      sectorLabel = earlierPoint.sectorLabel;
    }
  }
  // "Số HTX yếu kém giảm từ 86 HTX năm 2015 xuống còn 41 HTX": both points are of that class.
  if (countNoun && !rating && sp && sp.determiner === 'số' && sp.entity === noun.entity && (/^\s*(?:năm\s+(?:19|20)\d{2}\s+)?(?:hiện\s+)?(?:là|có|đạt|chỉ có|còn|(?:(?:đã|ước|cũng)\s+)?(?:tăng|giảm)(?:\s+(?:thêm|được))?)?\s*$/u.test(key.slice(sp.end, m.start)) || SUBJECT_FROM_TO.test(key.slice(sp.end, m.start)))) {
    rating = sp.rating;
    changeOfClass = rating !== null && /(?:tăng|giảm)/u.test(key.slice(sp.end, m.start));
    if (!sector && sp.sector) {
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
    }
  }
  // "nâng tổng số THT nông nghiệp lên 812 tổ": the stock the flow brings up is of the subject's sector and class.
  if (countNoun && sp && sp.determiner === 'tổng số' && sp.entity === noun.entity && /(?:nâng|đưa)\s+$/u.test(key.slice(Math.max(clause.start, sp.start - 6), sp.start)) && /^\s*lên\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(sp.end, m.start))) {
    if (!rating) rating = sp.rating;
    if (!sector && sp.sector) {
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
    }
  }
  // "số HTX hoạt động hiệu quả, xếp loại khá trở lên là 201 HTX": the subject's class, across the comma.
  if (countNoun && !rating && noun.entity === 'cooperative') {
    // "Số HTX hoạt động hiệu quả (xếp loại khá, tốt) năm 2019 là 68 HTX": a bracket restating the class and the year
    // the count is of stand between.
    const tail = key.slice(s.start, m.start).replace(/\([^()]*\)/gu, (x) => ' '.repeat(x.length)).replace(/(?<![\p{L}])(?:năm|cuối năm|đến|tính đến|hết)\s+(?:ngày\s+)?\d[\d/]*/gu, (x) => ' '.repeat(x.length));
    // "Số HTX tốt, khá tăng 17 HTX so với năm 2016": the change of two classes at once is no fact either.
    const subj = /(?:^|[\s;:,])số (?:htx|hợp tác xã)\s+([^;.\d]{0,60}?)\s*(?:là|đạt|chỉ có|còn|ước(?:\s+(?:đạt|tính|khoảng))?|(?:tăng|giảm)(?:\s+thêm)?)\s*$/u.exec(tail);
    const r = subj ? RATINGS.find((x) => x.pattern.exec(subj[1]!)?.index === 0) : undefined;
    if (r && ['good', 'fair', 'average', 'weak'].includes(r.rating) && /(?:tốt|khá|giỏi|trung bình|yếu)\s*(?:,|và|hoặc)\s*(?:tốt|khá|giỏi|xuất sắc)(?![\p{L}])|trở lên/u.test(subj![1]!))
      return { reason: 'cooperatives of two rating classes at once ("khá, giỏi"), which no single rating names' };
    if (r && r.rating !== 'average') rating = r.rating;
    // "Số HTX đã tổ chức lại hoạt động cho phù hợp với Luật HTX năm 2012 là 112/148 HTX": the number of a part picked by
    // what was done, which no field names.
    if (subj && !r && SUBSET_AFTER.test(` ${subj[1]!.replace(/^đã\s+/u, '')}`)) return { reason: 'a subset defined by a property the fact fields cannot carry' };
  }
  // "198 HTX nông nghiệp đạt loại tốt, 301 HTX khá, 236 HTX trung bình": the grades of one classification share
  // its sector; "phân loại HTX nông nghiệp năm 2020: 38 HTX đạt loại tốt, …" names it before the list.
  if (countNoun && noun.entity === 'cooperative' && !sector && rating && GRADES.includes(rating)) {
    // "… 81 HTX loại yếu. Số HTX yếu đã giảm 19 HTX so với năm 2018": the change of a grade is of the grades just listed.
    const graded = [...sFacts, ...(changeOfClass ? paraFacts : [])].reverse().find((f) => f.metric === 'count' && f.entity === 'cooperative' && f.rating !== null && GRADES.includes(f.rating) && f.place === null);
    // A list of grades may follow its intro sentence ("… như sau:" then "- Loại tốt: 168 HTX;").
    const intro = /:\s*(?:[-–+•]\s*)?$/u.test(key.slice(Math.max(0, s.start - 12), s.start)) || /^\s*[-–+•]/u.test(key.slice(s.start, s.start + 3)) ? key.lastIndexOf('.', s.start - 1) + 1 : s.start;
    const from = intro < s.start && s.start - intro < 600 ? intro : s.start;
    // "phân loại năm 2019 đối với các HTX nông nghiệp theo Thông tư số 09/2017/TT-BNNPTNT cho thấy: …": a year may stand between.
    // "… đánh giá, phân loại năm 2019 theo Thông tư … đối với 186 HTX nông nghiệp đang hoạt động cho thấy": the set the
    // grading was of, counted.
    const named = graded ? null : /(?:phân loại|xếp loại|đánh giá)(?:[^;.\d]|(?<![\d/])(?:19|20)\d{2}(?![\d/])){0,40}?(?:các\s+)?(?:(?:htx|hợp tác xã)\s+(?:dịch vụ\s+)?(nông nghiệp|nn)|(htxnn))(?![\p{L}])/du.exec(key.slice(from, m.start)) ?? /(?:phân loại|xếp loại|đánh giá)[^;]{0,160}?đối với\s+(?:(?:tổng số\s+)?\d[\d.]*\s+)?(?:các\s+)?(?:(?:htx|hợp tác xã)\s+(?:dịch vụ\s+)?(nông nghiệp|nn)|(htxnn))(?![\p{L}])/du.exec(key.slice(from, m.start))
      // "các HTX nông nghiệp được đánh giá, phân loại theo Thông tư …: loại tốt 38 HTX": the graded named before the verb.
      ?? /(?:các\s+)?(?:(?:htx|hợp tác xã)\s+(?:dịch vụ\s+)?(nông nghiệp|nn)|(htxnn))\s+(?:đã\s+)?được\s+(?:đánh giá|phân loại|xếp loại)(?![\p{L}])[^;]{0,120}$/du.exec(key.slice(from, m.start));
    if (graded?.sector) {
      sector = graded.sector;
      sectorLabel = graded.sectorLabel;
    } else if (named) {
      sector = 'agriculture';
      const [a, b] = (named.indices![1] ?? named.indices![2])!;
      sectorLabel = text.slice(from + a, from + b);
    }
  }
  // "62 học viên …, trong đó có 24 giám đốc HTX; 17 kế toán …; 13 tổ trưởng tổ hợp tác": the people of a course by role.
  if (noun.metric === 'participants') {
    const whole = [...sFacts].reverse().find((f) => f.metric === 'participants' && !f.breakdown);
    // A part of the courses with its people ("trong đó 7 lớp … với 512 lượt người") stays.
    if (whole && /(?:trong đó|bao gồm|gồm)(?![\p{L}])/u.test(key.slice(whole.valueSpan.end, m.start)) && !/\d[\d.,]*\s+(?:lớp|khóa|khoá|cuộc|đợt)(?![\p{L}])/u.test(key.slice(whole.valueSpan.end, m.start))) return { reason: 'participants of one role, a part of those counted before that the fields cannot name' };
  }
  // "quỹ ít nhất chỉ có 412 thành viên": the one unit at an extreme, unnamed, is no figure of the sector.
  if ((noun.metric === 'members' || noun.metric === 'workers') && /(?:quỹ|htx|hợp tác xã|tht|tổ)\s+(?:ít nhất|nhiều nhất|lớn nhất|nhỏ nhất|cao nhất|thấp nhất)\s+(?:(?:chỉ|cũng|đã)\s+)?(?:có|đạt|thu hút)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 40), m.start)))
    return { reason: 'the one unit at an extreme ("quỹ ít nhất chỉ có"), unnamed' };
  // "(trong đó có 2.140 thành viên là pháp nhân)": members of one kind, a subset the fields cannot name.
  if ((noun.metric === 'members' || noun.metric === 'workers') && /trong đó\s*(?:có\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 25), m.start)) && /^\s*là\s+(?:pháp nhân|cá nhân|hộ gia đình|người đồng bào|đồng bào|phụ nữ|nữ|lao động nữ|thanh niên)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 25)))
    return { reason: 'members of one kind ("là pháp nhân"), a subset the fields cannot name' };
  // "bầu bổ sung 01 thành viên Hội đồng quản trị": members of a board, not of the cooperative.
  if (noun.metric === 'members' && BOARD_AFTER.test(key.slice(nounEnd, nounEnd + 25)))
    return { reason: 'members of a board, not of the cooperatives' };
  // "Cử 22 lượt cán bộ đi tập huấn", "02 đoàn với 46 cán bộ HTX đi học tập kinh nghiệm": people sent to others' courses or
  // on study tours, not the people of the alliance's courses.
  if (noun.metric === 'participants' && /(?:(?<![\p{L}])cử|(?<![\p{L}])đoàn\s+(?:với|gồm))\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 20), m.start)))
    return { reason: 'people sent to others\' courses or on study tours, not the alliance\'s course participants' };
  // "Trong năm 2020, Hội LHPN tỉnh đã mở 6 lớp tập huấn … cho 310 lượt nữ cán bộ": courses another body ran on its own.
  if ((noun.entity === 'training_course' || noun.metric === 'participants') && OTHER_ORGANISER.test(key.slice(s.start, m.start)) && !/liên minh|lmhtx/u.test(key.slice(s.start, m.start)))
    return { reason: 'courses another body ran on its own, not the alliance\'s' };
  // "Từ 9 hộ người Dao đỏ ban đầu, đến nay HTX có 27 thành viên": where it started, at no date the text gives.
  if ((noun.metric === 'members' || noun.metric === 'workers') && /(?:^|[,;:.(])\s*từ\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(s.start, m.start)) && /^[^.;\d]{0,60}?,\s*(?:đến nay|nay|hiện nay|hiện)(?![\p{L}])/u.test(key.slice(nounEnd, Math.min(s.end, nounEnd + 80))))
    return { reason: 'a starting point at no date the text gives ("Từ 9 hộ ban đầu, đến nay …")' };
  // "Phân loại: tốt 21 HTX; …; chưa phân loại: 12 HTX": the unrated ones, a subset the fields cannot name.
  if (countNoun && /(?<![\p{L}])chưa (?:được\s+)?(?:phân loại|xếp loại|đánh giá)\s*:?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 30), m.start)))
    return { reason: 'the cooperatives not yet rated, a subset the fields cannot name' };
  // "Lao động: 9.860 người, trong đó LĐ là TV: 5.120 người": workers who are members, people of two kinds at once.
  if ((noun.metric === 'members' || noun.metric === 'workers') && /(?:lđ|lao động)\s+là\s+(?:tv|thành viên)\s*:?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 30), m.start)))
    return { reason: 'workers who are members, people of two kinds the fields cannot name' };
  // "68 học viên … đến từ 45 HTX": where people came from, not a stock of cooperatives.
  if (countNoun && /(?:đến|tới) từ\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 20), m.start)))
    return { reason: 'cooperatives people came from ("đến từ 45 HTX"), not a stock' };
  if (countNoun && PARTICIPATION_AFTER.test(key.slice(end, Math.min(clause.end, end + 60))))
    return { reason: 'cooperatives counted as taking part in something, not as a stock' };
  // For OCOP products "được công nhận đạt chuẩn OCOP" defines them; for cooperatives such words name a subset.
  // "giải thể 15 HTX và chuyển đổi 3 HTX": the words after "và" belong to the next figure, not to this one.
  const nextItem = /^\s*(?:và|,)\s*[\p{L}\s]{0,25}?\d/u.test(key.slice(end, Math.min(clause.end, end + 40)));
  // "HTX nông nghiệp 241 HTX, trong đó 96 HTX sản xuất, kinh doanh cà phê": the cooperatives of one crop,
  // a part of the farming count beside them. With no farming count in the sentence, "38 HTX nuôi tôm"
  // are the farming cooperatives the sentence speaks of.
  const cropAt = sector === 'agriculture' ? nounTail : end;
  const cropWork = /^\s*(?:(?:sản xuất|kinh doanh|chế biến|sơ chế|tiêu thụ|trồng|nuôi|chuyên)\s*(?:,|và)?\s*)+/u.exec(key.slice(cropAt, Math.min(clause.end, cropAt + 60)));
  const cropOf = cropWork ? CROP_AFTER.exec(key.slice(cropAt + cropWork[0].length, Math.min(clause.end, cropAt + 80))) : null;
  if (countNoun && cropOf) {
    // A part only when introduced as one ("trong đó", "riêng"), not as one more item of a list of sectors.
    if (sFacts.some((f) => f.metric === 'count' && f.entity === noun.entity && f.sector === 'agriculture' && /trong đó|riêng|bao gồm|gồm/u.test(key.slice(f.valueSpan.end, m.start)))) return { reason: 'cooperatives of one crop or herd, a part the fields cannot name' };
    if (!sector && noun.entity !== 'ocop_product') {
      sector = 'agriculture';
      const labelStart = cropAt + cropWork![0].length - cropWork![0].trimStart().length;
      sectorLabel = text.slice(labelStart, cropAt + cropWork![0].length + cropOf[0].length);
    }
  }
  // "Doanh thu bình quân 1 HTX đạt 1,9 tỷ đồng": the unit an average is taken over, not a count.
  if (countNoun && m.value === 1 && /(?:bình quân|trung bình)\s*(?:của\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 20), m.start)))
    return { reason: UNIT_OF_AVERAGE };
  // "Nhóm 96 HTX này thu hút 3.872 thành viên": the count just given, named again as a subject.
  if (countNoun && /^\s*(?:này|nói trên|kể trên)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 12)))
    return { reason: 'a count given before, named again ("nhóm 96 HTX này")' };
  // "126 HTX đạt từ 5 tỷ đồng/năm trở lên; còn lại 413 HTX dưới 1 tỷ đồng": size classes by revenue, not stocks.
  if (countNoun && /^\s*(?:(?:đạt|có)\s+)?(?:doanh thu\s+)?(?:từ|trên|dưới)\s+\d[\d.,]*\s*(?:đến|-|–|tỷ|triệu)/u.test(key.slice(nounEnd, nounEnd + 50)))
    return { reason: 'a size class of cooperatives by revenue, not a stock' };
  // "27 HTX ngừng hoạt động (11 HTX trong số này đang hoàn tất thủ tục giải thể)": a part of the count just given,
  // picked by what follows.
  if (countNoun && /^\s*trong số (?:này|đó|trên)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 20)) && !RATINGS.some((r) => r.pattern.exec(key.slice(nounEnd, nounEnd + 60).replace(/^\s*trong số (?:này|đó|trên)\s*,?\s*/u, ''))?.index === 0))
    return { reason: '"N HTX trong số này …": a part of the count before, picked by a property' };
  // "21 HTX khác đang làm thủ tục giải thể": cooperatives winding up, with no class printed, are a subset the
  // fields cannot name ("44 HTX ngừng hoạt động đang làm thủ tục giải thể" stays a count of inactive ones).
  if (countNoun && /^\s*(?:khác\s+)?(?:hiện\s+|còn\s+)?đang\s+(?:làm|tiến hành|hoàn thiện)\s+thủ tục/u.test(key.slice(nounEnd, nounEnd + 50)))
    return { reason: 'cooperatives winding up, a subset the fact fields cannot name' };
  // "44 HTX ngừng hoạt động đang được hướng dẫn hoàn thiện hồ sơ giải thể": what is being done with the inactive ones
  // does not make them fewer than all of that class.
  // "31 HTX ngừng hoạt động hoặc đang hoàn thiện thủ tục giải thể" likewise.
  const windingUp = /^\s*(?:tạm\s+)?(?:ngừng|không)\s+hoạt động\s*,?\s*(?:và\s+|hoặc\s+)?(?:đang|chờ)\s+[^,;.]{0,40}giải thể/u.test(key.slice(nounEnd, Math.min(clause.end, nounEnd + 80)));
  // "số THT giảm 56 tổ do nhiều THT đã chuyển đổi lên HTX": a cause after the figure defines no subset.
  const because = /^\s*do\s+(?:nhiều|các|một số|việc|số|những|có)(?![\p{L}])/u.test(key.slice(end, end + 30));
  if (countNoun && noun.entity !== 'ocop_product' && !nextItem && !windingUp && !because && SUBSET_AFTER.test(key.slice(end, Math.min(clause.end, end + 50))))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "trong đó 41 sản phẩm có nguồn gốc từ dược liệu", "2 sản phẩm đang được hoàn thiện hồ sơ": products picked by what they
  // are made of or how far their file has gone, which no field names.
  if (noun.entity === 'ocop_product' && /^\s*(?:[^,;.\d]{0,20}?\s)?(?:có nguồn gốc|được làm từ|đang (?:được\s+)?(?:hoàn thiện|hoàn tất|chờ|đề nghị|xây dựng))(?![\p{L}])/u.test(key.slice(nounEnd, Math.min(clause.end, nounEnd + 50))))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "63 HTX và 418 THT có đồng bào Khmer tham gia": the property after the pair is of both.
  // Only a bare first item shares it ("296 HTX đang hoạt động và 22 HTX …", "214 HTX nuôi tôm và 96 HTX sản xuất theo …" are two).
  const pair = countNoun && !windingUp && !because ? /^\s*và\s+[\d.,]+\s+(?:htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.exec(key.slice(nounEnd, nounEnd + 30)) : null;
  if (pair && SUBSET_AFTER.test(key.slice(nounEnd + pair[0].length, Math.min(clause.end, nounEnd + pair[0].length + 50))) && !RATINGS.some((r) => r.pattern.test(key.slice(nounEnd + pair[0].length).trimStart())))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "126 HTX với 1.415 lao động đã được tiếp cận gói hỗ trợ": the property after the cooperatives and their people is of both.
  const withPeople = countNoun && !windingUp && !because ? /^\s*,?\s*với\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s+(?:lao động|thành viên|người|xã viên|hộ(?: thành viên)?)(?![\p{L}])/u.exec(key.slice(nounEnd, nounEnd + 60)) : null;
  if (withPeople && SUBSET_AFTER.test(key.slice(nounEnd + withPeople[0].length, Math.min(clause.end, nounEnd + withPeople[0].length + 50))))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  if (!countNoun && noun.entity === 'inherit' && /\d[\d.,]*\s+(?:htx|hợp tác xã|tht|tổ hợp tác)\s*,?\s*với\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/u.test(key.slice(Math.max(clause.start, m.start - 40), m.start)) && SUBSET_AFTER.test(key.slice(end, Math.min(clause.end, end + 50))))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "- HTX ứng dụng công nghệ cao: 19 HTX; HTX có sản phẩm OCOP: 46 HTX": a subset named by the label before the colon.
  const subsetLabel = countNoun ? /(?:^|[;\-–•+])\s*(?:số\s+)?(?:htx|hợp tác xã|tht|tổ hợp tác)(\s[^:;.\d]{2,60}?)\s*:\s*$/u.exec(key.slice(clause.start, m.start)) : null;
  if (subsetLabel && SUBSET_AFTER.test(subsetLabel[1]!)) return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "có 152 HTX đủ điều kiện được đánh giá (tăng 17 HTX so với năm 2017)": the change of a subset is no change of the stock.
  const subsetBefore = inParens ? /\d[\d.,]*\s+(?:htx|hợp tác xã|tht|tổ hợp tác)([^()\d;.]{0,60})\(\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/u.exec(key.slice(Math.max(s.start, m.start - 110), m.start)) : null;
  if (countNoun && subsetBefore && SUBSET_AFTER.test(subsetBefore[1]!))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "Liên minh có 127 đơn vị thành viên, gồm 121 HTX, 1 liên hiệp HTX": the alliance's members by kind, not the sector's stock.
  if (countNoun && noun.entity !== 'member_unit' && /(?:đơn vị|tổ chức) thành viên[^.;\d]{0,15}(?:gồm|bao gồm|trong đó)[^.;]{0,60}$/u.test(key.slice(Math.max(s.start, m.start - 90), m.start)))
    return { reason: "the alliance's member units by kind, not the sector's stock" };
  // "Kết quả đánh giá, phân loại năm 2025 trên 1.398 HTX đủ điều kiện", "… xếp loại năm 2022 (188 HTX gửi báo cáo)": the
  // cooperatives graded, the base of the grades, which no field names.
  if (countNoun && noun.entity === 'cooperative' && !gradedOperating && /(?:đánh giá|phân loại|xếp loại)(?:[^,;.\d()]|(?<!\d)(?:19|20)\d{2}(?!\d)){0,25}?\s*(?:trên|đối với|\()\s*(?:tổng số\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 60), m.start)))
    return { reason: 'the cooperatives graded, the base of a grading, not a stock' };
  // "Tân Long Phát là một trong 11 HTX …": membership of a group the sentence describes, not a stock.
  if (countNoun && /(?:là\s+)?một trong(?:\s+số)?(?:\s+(?:những|các))?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 25), m.start)))
    return { reason: 'one of a group ("một trong 11 HTX"), not a stock' };
  // "phối hợp đưa 87 lao động trẻ tốt nghiệp đại học về làm việc tại HTX": young graduates placed in cooperatives by a
  // programme, not the cooperatives' workers.
  if (noun.metric === 'workers' && /(?:^|\s)đưa\s*$/u.test(key.slice(Math.max(clause.start, m.start - 8), m.start)))
    return { reason: 'people placed in cooperatives by a programme, not their workers' };
  // "với trên 61.000 thành viên đang có dư nợ": the members who borrow, a part the fields cannot name.
  if (noun.metric === 'members' && /^\s*(?:đang\s+)?(?:có dư nợ|còn dư nợ|vay vốn|được vay|đang vay)/u.test(key.slice(nounEnd, nounEnd + 25)))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "trong đó 360 lao động là thành viên", "1.200 thành viên là đồng bào dân tộc thiểu số": people of a kind.
  if ((noun.metric === 'workers' || noun.metric === 'members') && SUPPORTED_SUBSET.test(key.slice(s.start, m.start)))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };
  // "hiện có 46 thành viên là phụ nữ người Dao" says who all of them are: only a part of a total given before is a subset.
  if ((noun.metric === 'workers' || noun.metric === 'members') && PEOPLE_OF_A_KIND.test(key.slice(end, Math.min(clause.end, end + 40))) && /(?:trong đó|trong số (?:này|đó)|bao gồm|gồm)[^;.\d]{0,20}$/u.test(key.slice(s.start, m.start)))
    return { reason: 'a subset defined by a property the fact fields cannot carry' };

  // "thành lập mới 74 HTX …, nhiều hơn cùng kỳ năm 2024 là 9 HTX": a change of the flow, which has no scope.
  if ((/(?:nhiều|ít) hơn\s+(?:so với\s+)?(?:cùng kỳ|năm)[^,;]{0,20}?(?:\s+là)?\s*$/u.test(key.slice(Math.max(clause.start, m.start - 45), m.start)) && sFacts.some((f) => f.metric === 'count' && f.scope === 'new')) ||
    // "Số HTX thành lập mới tăng 9 HTX so với cùng kỳ".
    /(?:thành lập mới|thành lập)\s+(?:trong\s+\S+\s+)?(?:tăng|giảm)\s*(?:thêm\s*)?$/u.test(key.slice(Math.max(clause.start, m.start - 45), m.start)))
    return { reason: 'change of a flow (new cooperatives) against another period: no scope for it' };
  // Scope: a change ("tăng 11 HTX so với …"), the last trigger before the number, or the list it continues.
  // "HTX …, thành viên mới kết nạp tháng 3/2019, có 76 thành viên": an aside on how the subject came to be sets no scope
  // for the stock after it.
  // "Thành lập năm 2018, nay HTX có 58 thành viên": the founding told before "nay" is no flow of what follows.
  const stretch = key.slice(Math.max(clause.start, prevEnd), m.start).replace(/(?:^|,)\s*[^,;]{0,40}(?:kết nạp|thành lập|ra đời|gia nhập)[^,;]{0,30},(?=\s*(?:hiện\s+|nay\s+)?(?:(?:htx|hợp tác xã|tht|tổ hợp tác)\s+)?(?:có|với)\s[^,;]*$)/u, (a) => ' '.repeat(a.length));
  const before = key.slice(Math.max(s.start, m.start - 30), m.start);
  let scope: Scope;
  let sign = 1;
  // "- Liên hiệp HTX: 02 LH.\n- LĐ thường xuyên: 3.912 LĐ.": a bullet of a terse list has no subject from the bullets above.
  const subject = subjectOf(sFacts) ?? (bulletItem(text, s) ? undefined : subjectOf(paraFacts));
  // "nếu như cuối năm 2013 toàn tỉnh có 176 HTX thì đến ngày 31/12/2018 đã có 191 HTX, tăng 15 HTX": two points, then the change.
  const twoPoints = () => {
    const stocks = sFacts.filter((f) => f.metric === 'count' && f.entity === noun.entity && f.scope === 'existing' && !f.breakdown);
    return stocks.length >= 2 && /^[^.;\d]{0,12},\s*(?:(?:đã|ước)\s+)?(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(stocks[stocks.length - 1]!.valueSpan.end, m.start));
  };
  // "Số HTX yếu giảm 9 HTX": the number of a kind that rose or fell says a change with no point compared to.
  // "Số HTX xếp loại tốt năm 2020 tăng 14 HTX": a year may name the time between.
  const numberOf = /(?:^|[\s,;:])số (?:lượng\s+)?(?:htx|hợp tác xã|tht|tổ hợp tác|quỹ)(?![\p{L}])(?:[^;.\d]|(?<!\d)(?:19|20)\d{2}(?!\d)){0,40}?\s(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(Math.max(s.start, m.start - 70), m.start));
  // "tăng 4 lớp và 198 học viên": the second figure of one rise rose too.
  const prevChange = sFacts[sFacts.length - 1];
  const andChange = prevChange && prevChange.scope === 'change' && prevChange.unit !== 'percent' && prevChange.unit !== 'times' && /^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s+và\s*$/u.test(key.slice(prevChange.valueSpan.end, m.start));
  // "THT: 2.865 THT (tăng 112 THT)": a rise in brackets right after the stock is the stock's change over the period reported.
  const bracketRise = () => {
    const stock = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === noun.entity && f.scope === 'existing' && !f.breakdown);
    return !!stock && /^\s*(?:[\p{L}]+\s*){0,2}\(\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(stock.valueSpan.end, m.start));
  };
  if (andChange) {
    scope = 'change';
    sign = prevChange.value < 0 ? -1 : 1;
  } else if (noun.metric === 'workers' && /^\s*(?:[^,;.\d]{0,30}\s)?(?:đã\s+)?(?:bị\s+)?mất việc(?:\s+làm)?(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 50))) {
    // "Khoảng 1.870 lao động trong các HTX đã mất việc làm": the jobs lost over the period, a fall in the workers.
    scope = 'change';
    sign = -1;
  } else if (CHANGE_LEAD.test(before) && (COMPARE.test(key.slice(m.end, s.end)) || COMPARE.test(key.slice(s.start, m.start)) || twoPoints() || numberOf || bracketRise())) {
    const prevCount = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === noun.entity);
    // "thành lập mới 38 HTX, tăng 7 HTX so với cùng kỳ": a change in the number of new ones has no scope of its own.
    // Courses and their people are only ever counted as held, so their rise is a change of that flow.
    // "có 142 đơn vị thành viên; trong 6 tháng kết nạp mới 9 đơn vị, tăng 6 đơn vị so với cuối năm 2023": compared with a
    // point, the rise is the stock's, stated before the new ones.
    const stockRise = /^[^;.]{0,30}?so với\s+(?:(?:thời điểm\s+)?(?:cuối|đầu|hết)\s+(?:năm|tháng|quý)|(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4})/u.test(key.slice(m.end, s.end)) && sFacts.some((f) => f.metric === 'count' && f.entity === noun.entity && f.scope === 'existing' && !f.breakdown && !f.place);
    if (prevCount && prevCount.scope === 'new' && noun.entity !== 'training_course' && !stockRise) return { reason: 'change of a flow (new cooperatives) against another period: no scope for it' };
    scope = 'change';
    sign = FALL.test(before.slice(-12)) ? -1 : 1;
  } else if (CHANGE_LEAD.test(before) && (noun.metric === 'members' || noun.metric === 'workers') && /,\s*(?:(?:đã|ước)\s+)?(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(before) && sFacts.some((f) => f.metric === noun.metric && f.scope === 'existing' && m.start - f.valueSpan.end < 40)) {
    // "Từ đầu năm 2021 đến 30/6/2023, … Tổng số thành viên HTX hiện là 218.650 thành viên, tăng 9.200 thành viên": a rise
    // right after the stock, in a paragraph that opened on a span, is over that span; with nothing to measure it against
    // it is no fact, and never a stock.
    const paraStart = key.lastIndexOf('\n', s.start) + 1;
    if (!/^\s*từ\s+(?:đầu\s+)?(?:năm\s+)?(?:19|20)\d{2}\s+(?:đến|tới)/u.test(key.slice(paraStart, paraStart + 40))) return { reason: 'a rise with nothing compared' };
    scope = 'change';
    sign = FALL.test(before.slice(-12)) ? -1 : 1;
  } else if (/so (?:với|cùng)[^;()]{0,40}\(\s*(?:có|là|với|đạt)?\s*$/u.test(key.slice(Math.max(s.start, m.start - 60), m.start)) && countNoun) {
    // "… giảm 8 HTX so với cuối năm 2016 (có 460 HTX)": the stock at the point compared with, whatever flow came before.
    scope = 'existing';
  } else {
    const trig = lastTrigger(stretch);
    if (trig) scope = trig;
    else if (noun.entity === 'training_course') scope = 'new';
    // Members and workers share a "new" scope only with a count of the same sentence ("thành lập mới 7 HTX. Với 52.300 thành viên, …").
    else if (noun.entity === 'inherit' || !countNoun) {
      // "Phát triển mới 600 tổ viên THT và 500 thành viên HTX": the next item of the same list.
      const prevItem = [...sFacts].reverse().find((f) => !f.breakdown && (f.metric === 'members' || f.metric === 'workers') && f.scope === 'new');
      // "đã thành lập mới 12/30 THT, đạt 40% kế hoạch; các THT hiện thu hút 3.920 tổ viên": a clause of its own that says
      // "hiện" speaks of all of them now, not of the new ones.
      const nowClause = clause.start > s.start && /(?<![\p{L}])(?:hiện|hiện nay|đến nay|hiện tại)(?![\p{L}])/u.test(key.slice(clause.start, m.start));
      scope = prevItem && /^\s*[\p{L}\s]{0,30}(?:và|,)\s*$/u.test(key.slice(prevItem.evidence.end, m.start)) ? 'new'
        : subject && subject.scope !== 'change' && subject.scope !== 'dissolved' && (subject.scope !== 'new' || (subject.valueSpan.start >= s.start && !nowClause)) ? subject.scope : 'existing';
    }
    else {
      const prevCount = [...sFacts].reverse().find((f) => f.metric === 'count' && f.scope !== 'change');
      const sameClause = prevCount && prevCount.valueSpan.start >= clause.start;
      // "thành lập mới 20 HTX …, kế hoạch cả năm là 35 HTX": the plan is of the same flow.
      const planOfIt = prevCount && /kế hoạch|chỉ tiêu/u.test(stretch) && prevCount.entity === noun.entity;
      // "Trong số HTX thành lập mới, 46 HTX …; 11 HTX còn lại …": an opening that names the flow covers the sentence.
      const opener = /^\s*(?:trong số|trong|riêng|đối với)\s+(?:các\s+|số\s+)?(?:htx|hợp tác xã)\s+(?:(thành lập mới|mới thành lập|được thành lập|thành lập)|(giải thể|bị giải thể))(?![\p{L}])/u.exec(key.slice(s.start, m.start));
      // "thành lập mới 78 HTX, đạt 111,4% KH năm; 214 THT, đạt 107% KH": a clause that is the bare next item of the
      // flow before it shares its verb; so does a bare last item after the flow's bracket of parts ("… (NN 9; VT 5); 11 THT.").
      const elliptic = !sameClause && prevCount?.scope === 'new' && prevCount.valueSpan.start >= s.start && /^[\s;]*$/u.test(key.slice(clause.start, m.start)) && key.lastIndexOf(';', m.start) > prevCount.valueSpan.end && !/[;]/u.test(key.slice(key.lastIndexOf(';', m.start) + 1, m.start)) && key.slice(prevCount.valueSpan.end, m.start).split(';').length === 2 && (/^[^;.\d]{0,12},\s*(?:đạt|bằng|vượt)\s+[\d.,]+\s*%\s*(?:kh|kế hoạch)/u.test(key.slice(nounEnd, nounEnd + 40)) || (/^\s*(?:\.|$)/u.test(key.slice(nounEnd, nounEnd + 3)) && /\)\s*;\s*$/u.test(key.slice(prevCount.valueSpan.end, m.start))));
      // "THT mới tập trung chủ yếu ở huyện Quảng Điền (9 THT), …": where the new ones stand, place by place.
      const newWhere = /^\s*(?:các\s+|số\s+)?(?:htx|hợp tác xã|tht|tổ hợp tác)\s+(?:mới(?:\s+(?:được\s+)?thành lập)?|(?:được\s+)?thành lập mới)\s+(?:(?:tập trung|phân bố|nằm)(?:\s+chủ yếu)?|chủ yếu)\s+(?:ở|tại)\s/u.test(key.slice(s.start, m.start));
      scope = sameClause || planOfIt || elliptic ? prevCount!.scope : opener ? (opener[1] ? 'new' : 'dissolved') : newWhere ? 'new' : 'existing';
    }
    // "… giải thể 12 HTX, các HTX thu hút 247.500 thành viên": a dissolution reaches members only right before them.
    if (trig === 'dissolved' && noun.entity === 'inherit' && !/giải thể\s*(?:\S+\s+){0,2}$/u.test(key.slice(Math.max(clause.start, m.start - 25), m.start))) scope = 'existing';
    if (noun.entity === 'training_course') scope = 'new';
    // "9 tháng có 46 tổ hợp tác được thành lập mới": the trigger may follow the noun.
    // "14 HTX cà phê được thành lập mới": after the sector label too.
    // "11 HTX đã giải thể, trong khi chỉ có 6 HTX được thành lập mới": it outranks a dissolution read before, as the
    // dissolution below outranks a founding.
    const foundedAfter = (!trig || trig === 'existing' || (trig === 'dissolved' && /^\s*(?:đã\s+)?được\s+thành lập/u.test(key.slice(nounEnd, nounEnd + 30)))) && noun.entity !== 'ocop_product' && (FOUNDED_AFTER.test(key.slice(nounEnd, nounEnd + 30)) || (sectorLabel !== null && FOUNDED_AFTER.test(key.slice(end, end + 30))));
    if (foundedAfter) scope = 'new';
    // "23 THT giải thể": so does a dissolution.
    // "… được thành lập mới, 21 HTX giải thể": the verb right after the noun outranks a trigger read before.
    // "3 HTX ngừng hoạt động đã hoàn tất thủ tục giải thể": the class may stand between, and the formalities done.
    if ((!trig || trig === 'new') && /^\s*(?:(?:ngừng|không)\s+hoạt động(?:\s+(?:kéo dài|lâu năm|nhiều năm))?\s+)?(?:(?:ở|tại|thuộc)\s+[^,;.\d]{2,40}?\s+)?(?:đã\s+)?(?:được\s+|bị\s+)?(?:(?:hoàn tất|hoàn thành|làm xong)\s+thủ tục\s+)?giải thể(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 60))) scope = 'dissolved';
    let partOfRaised = false;
    // "có thêm 41 sản phẩm …, gồm 5 sản phẩm 4 sao và 36 sản phẩm 3 sao": the parts share the scope of the whole.
    if ((afterListIntro(key, clause, m.start) || inParens) && (!trig || trig === 'existing') && !foundedAfter) {
      // A stock brought up by the flow before it ("…, nâng tổng số sản phẩm OCOP lên 1.204 sản phẩm, trong đó …") is a whole.
      const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && (!f.breakdown || RAISED_TO.test(key.slice(Math.max(clause.start, f.valueSpan.start - 100), f.valueSpan.start))) && f.entity === noun.entity);
      if (whole && whole.scope !== 'change') scope = whole.scope;
      partOfRaised = !!whole && RAISED_TO.test(key.slice(Math.max(clause.start, whole.valueSpan.start - 100), whole.valueSpan.start));
    }
    // "có thêm 58 sản phẩm được công nhận", "Trong quý có 18 sản phẩm OCOP": products recognised during the period.
    if (noun.entity === 'ocop_product' && !trig && (/^[^,;.\d]{0,40}?(?:công nhận mới|chứng nhận mới|được công nhận|được chứng nhận)/u.test(key.slice(m.end, s.end)) && !/(?:đến nay|toàn tỉnh có|hiện có|tổng số|lũy kế)/u.test(stretch + before)) ) scope = 'new';
    // "… có thêm 156 sản phẩm …, nâng tổng số sản phẩm OCOP lên 1.204 sản phẩm, trong đó có 5 sản phẩm 5 sao": the parts
    // after the stock the flow brought up are of that stock.
    const ofRaised = scope === 'existing' && partOfRaised;
    if (noun.entity === 'ocop_product' && !ofRaised && ((trig !== 'existing' && /trong (?:quý|năm|kỳ|tháng)|có thêm/u.test(stretch + before)) || /từ đầu năm/u.test(stretch + before))) scope = 'new';
    // "Trong đợt đánh giá tháng 8/2019, UBND tỉnh đã công nhận 21 sản phẩm OCOP": recognised by the act the sentence tells.
    if (noun.entity === 'ocop_product' && !trig && /(?:^|\s)(?:đã\s+)?(?:quyết định\s+)?công nhận\s*$/u.test(lead) && !/(?:đến nay|toàn tỉnh có|hiện có|tổng số|lũy kế|nâng tổng)/u.test(stretch + before)) scope = 'new';
    // "công nhận 52 sản phẩm OCOP mới", "có 45 sản phẩm được công nhận mới": new ones said so, even after "toàn tỉnh có";
    // "Năm 2020, toàn tỉnh có 67 sản phẩm được công nhận OCOP": recognised within a year the sentence opens on.
    if (noun.entity === 'ocop_product' && (!trig || trig === 'existing') && scope === 'existing') {
      // From the number on: the noun itself may carry the recognition ("67 sản phẩm được công nhận OCOP").
      const afterNoun = key.slice(m.end, Math.min(s.end, nounEnd + 40));
      const saidNew = /^\s*sản phẩm\s+(?:ocop\s+)?mới(?![\p{L}])|^[^,;.\d]{0,40}?(?:công nhận|chứng nhận) mới/u.test(afterNoun);
      const inYear = /^[^,;.\d]{0,40}?được (?:công nhận|chứng nhận)/u.test(afterNoun) && /^\s*(?:riêng\s+|trong\s+)?năm \d{4}\s*,/u.test(key.slice(s.start, m.start)) && !/(?:tính đến|đến nay|lũy kế|hiện có|nâng tổng)/u.test(key.slice(s.start, m.start));
      if (saidNew || inYear) scope = 'new';
    }
    // "…, nâng tổng số sản phẩm OCOP toàn tỉnh lên 247 sản phẩm": the flow just read brings the stock to this.
    // "nâng tổng số HTX thành lập mới trong năm lên 25 HTX" stays a flow.
    const raised = /(?:nâng|đưa)\s+(?:tổng\s+)?số(?![\p{L}])([^;.\d]{0,80}?)lên\s*(?:thành\s*)?$/u.exec(key.slice(clause.start, m.start));
    // "nâng tổng số HTX đã chuyển đổi lên 263 HTX": the stock of a subset the fields cannot name.
    if (raised && SUBSET_AFTER.test(raised[1]!.replace(/^\s*(?:htx|hợp tác xã|tht|tổ hợp tác)/u, ''))) return { reason: 'a subset defined by a property the fact fields cannot carry' };
    if (raised && (lastTrigger(raised[1]!) ?? 'existing') === 'existing') scope = 'existing';
    // The class brought down to a bound is a stock, whatever flow the sentence spoke of before.
    if (loweredRating) scope = 'existing';
  }

  // Entity: the noun's own, or the figure this one describes.
  let entity: Entity;
  let explicit = true;
  let place: Place | null = null;
  let listOwn: { place: Place; formerProvince: string | null } | null = null;
  // The count a share's whole ("chiếm 27,2% tổng số HTX") was taken of: the last count of the sentence before "chiếm".
  const shareWhole = noun.entity === 'inherit' && sp && /chiếm\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s*%\s*(?:(?:trong|so với|của|trên)\s+)?$/u.test(key.slice(Math.max(s.start, sp.start - 30), sp.start))
    ? [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.valueSpan.end <= sp.start && (f.entity === 'cooperative' || f.entity === 'cooperative_group'))
    : undefined;
  if (noun.entity === 'inherit') {
    explicit = false;
    const head = headBeforeBracket(key, sFacts, m.start);
    const semi = key.lastIndexOf(';', m.start);
    const clauseCounts = semi > s.start ? sFacts.filter((f) => f.metric === 'count' && !f.breakdown && f.valueSpan.start > semi && f.valueSpan.end <= m.start) : [];
    const clauseCount = clauseCounts.length === 1 ? clauseCounts[0] : undefined;
    const nextWords = key.slice(nounEnd, nounEnd + 30);
    // "Liên minh HTX tỉnh hiện có 126 thành viên": the alliance's own members are its member units.
    // Read on the text: the province's name after "tỉnh" is capitalised, the verb after it is not.
    const allianceOwn = noun.metric === 'members' && /(?:^|[\s,;:])[Ll]iên minh (?:HTX|htx|[Hh]ợp tác xã)(?:\s+(?:tỉnh|thành phố|tp\.?)(?:\s+\p{Lu}[\p{L}]*){0,3})?\s+(?:hiện\s+|đã\s+|cũng\s+|hiện nay\s+)?(?:có|gồm|với)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(text.slice(clause.start, m.start));
    if (allianceOwn) {
      entity = 'member_unit';
      explicit = true;
    } else if (/^\s*(?:của\s+|(?:mới\s+)?(?:tham gia|vào)\s+)?(?:các\s+)?(?:htx|hợp tác xã)(?![\p{L}])/u.test(nextWords)) {
      entity = 'cooperative';
      explicit = true;
    } else if (/^\s*(?:của\s+)?(?:các\s+)?(?:tht|tổ hợp tác)(?![\p{L}])/u.test(nextWords)) {
      entity = 'cooperative_group';
      explicit = true;
    } else if (head?.sector) {
      // "gồm 19 quỹ (Bình Định cũ 11 quỹ, Gia Lai cũ 8 quỹ) với 41.760 thành viên": the members of the head, not of its last part.
      entity = head.entity === 'member_unit' ? 'cooperative' : head.entity;
      explicit = true;
      sector = head.sector;
      sectorLabel = head.sectorLabel;
    } else if (sp && sp.counted && countedBefore(sFacts, sp.nounStart)?.sector && !isList(sFacts, countedBefore(sFacts, sp.nounStart)!)) {
      // "Trong lĩnh vực nông nghiệp, toàn tỉnh có 120 HTX với 8.000 thành viên": the members of the count just read.
      const counted = countedBefore(sFacts, sp.nounStart)!;
      entity = counted.entity === 'member_unit' ? 'cooperative' : counted.entity;
      explicit = true;
      sector = counted.sector;
      sectorLabel = counted.sectorLabel;
      place = counted.place;
    } else if (sp && sp.counted && sp.entity === 'cooperative_group' && listOfCooperatives(key, sFacts, sp.nounStart, m.start) && /^\s*(?:,\s*(?:(?:hiện|đã)\s+)?(?:thu hút|thu hút được)|,?\s*với)\s*(?:(?:khoảng|gần|hơn|trên|tổng số)\s*)?$/u.test(key.slice(sp.nounEnd, m.start))) {
      // "có 1.046 HTX, 3 liên hiệp HTX và gần 1.100 tổ hợp tác, thu hút hơn 37.000 thành viên", "… 2 liên hiệp HTX, 612 THT
      // với 31.200 thành viên": the whole list's members, which a series keeps with the cooperatives', of the list's place.
      entity = 'cooperative';
      const groups = countedBefore(sFacts, sp.nounStart);
      if (groups?.place) listOwn = { place: groups.place, formerProvince: groups.formerProvince };
    } else if (sp && shareWhole && shareWhole.entity !== 'member_unit') {
      // "có 112 HTX chuyên trồng cà phê, chiếm 27,2% tổng số HTX toàn tỉnh, với 9.860 thành viên": the whole after
      // "chiếm N%" is the share's denominator; the members are of the cooperatives just counted.
      entity = shareWhole.entity;
      explicit = true;
      sector = shareWhole.sector;
      sectorLabel = shareWhole.sectorLabel;
      place = shareWhole.place;
    } else if (sp && !(subject && isList(sFacts, subject) && subject.valueSpan.end <= sp.nounStart && sp.nounStart - subject.valueSpan.end < 3 && (subject.entity !== 'cooperative_group' || /^\s*với\s+tổng\s+số/u.test(key.slice(sp.nounEnd, m.start))))) {
      // "Các HTX nông nghiệp hiện có 523.000 hộ thành viên", "615 tổ hợp tác với 7.860 thành viên".
      entity = sp.entity === 'member_unit' ? 'cooperative' : sp.entity;
      explicit = true;
      sector = sp.sector;
      sectorLabel = sp.sectorLabel;
      if (subject && subject.valueSpan.end <= sp.nounStart && sp.nounStart - subject.valueSpan.end < 3) place = subject.place;
    } else if (clauseCount && noun.id !== 'noun.member_coops' && clauseCount.entity !== 'member_unit' && clauseCount.entity !== 'ocop_product' && clauseCount.entity !== 'training_course') {
      // "…; 37 HTX hoạt động trong lĩnh vực hồ tiêu với diện tích 3.215 ha, 1.412 thành viên": after a semicolon, the one
      // count of the clause is whose members they are. Not explicit: a later clause's people are not the item's.
      entity = clauseCount.entity;
      sector = clauseCount.sector;
      sectorLabel = clauseCount.sectorLabel;
      place = clauseCount.place;
    } else {
      // "Tổng số thành viên ước đạt 52.300 người, tăng 1.450 thành viên": the people of the same metric the sentence just gave.
      const prevSame = [...sFacts].reverse().find((f) => (f.explicit || (f.metric === noun.metric && /^[^;.\d]{0,25}?,\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(key.slice(f.valueSpan.end, m.start)))) && (f.metric === 'members' || f.metric === 'workers') && !f.breakdown);
      const subj = prevSame ?? (subject && !isList(sFacts, subject) ? subject : null);
      const opening = sentenceSubject(ctx, s, m.start);
      entity = opening ? opening.entity : subj ? cooperativeOf(subj.entity) : 'cooperative';
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
      // "HTX đạt doanh thu 7 tỷ đồng, lợi nhuận 900 triệu đồng, tạo việc làm cho 45 lao động": a bare singular
      // "HTX" (or none) still speaks of the cooperative the sentence's amounts were placed at.
      const bare = !opening || (!opening.sector && /^(?:htx|hợp tác xã)$/u.test(key.slice(opening.start, opening.nounEnd)));
      const placed = !place && bare ? [...sFacts].reverse().find((f) => f.place?.level === 'cooperative' && !f.breakdown) : undefined;
      if (placed) {
        place = placed.place;
        entity = cooperativeOf(placed.entity);
        sector = placed.sector;
        sectorLabel = placed.sectorLabel;
      }
    }
  } else entity = noun.entity;
  // "7 tổ hợp tác chăn nuôi lợn, gà với 85 tổ viên": the members of the groups of the sector just counted.
  if (noun.id === 'noun.group_members' && !sector) {
    const groups = sFacts[sFacts.length - 1];
    if (groups && groups.metric === 'count' && groups.entity === 'cooperative_group' && groups.sector && /^[^;.\d]{0,60}?\s(?:với|gồm|thu hút)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(groups.valueSpan.end, m.start))) {
      sector = groups.sector;
      sectorLabel = groups.sectorLabel;
    }
  }
  // "Nhóm 96 HTX này thu hút 3.872 thành viên": the members of the sector's cooperatives just counted.
  if (noun.entity === 'inherit' && entity === 'cooperative' && !sector && !place && THESE_COOPERATIVES.test(key.slice(Math.max(clause.start, s.start), m.start))) {
    const referent = referentCount(ctx, s, m.start, [...paraFacts, ...sFacts]);
    if (referent?.sector && referent.entity === 'cooperative') {
      sector = referent.sector;
      sectorLabel = referent.sectorLabel;
    }
  }
  // "… 2 HTX thương mại và 1 HTX môi trường, với tổng cộng 478 thành viên": a total after a list by sector is the whole list's.
  // "toàn tỉnh có 142 HTX, trong đó 98 HTX nông nghiệp, với tổng số 7.126 thành viên": so is one after a whole and its part.
  const wholeThenPart = sFacts.some((f) => f.metric === 'count' && f.entity === 'cooperative' && f.sector === null && f.place === null && !f.breakdown && /(?<![\p{L}])trong đó(?![\p{L}])/u.test(key.slice(f.valueSpan.end, m.start)));
  // "gồm 351 HTX nông nghiệp, 85 Quỹ TDND và 31 HTX phi nông nghiệp, thu hút trên 575.000 thành viên", "có 14 HTX nông
  // nghiệp, 3 HTX thương mại - dịch vụ và 2 HTX vận tải; các HTX này có 612 thành viên": after the list's end, the whole list's.
  const listedSectors = new Set(sFacts.filter((f) => f.metric === 'count' && f.sector !== null).map((f) => f.sector)).size;
  const lastItem = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === 'cooperative');
  const afterList = !!lastItem && listedSectors >= 2 && /^[^\d;.]{0,40}?[,;]\s*(?:(?:các|những) (?:htx|hợp tác xã) (?:này|trên)\s+)?(?:thu hút|có|với|gồm)\s+(?:tổng (?:cộng|số)\s+)?(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(lastItem.evidence.end, m.start));
  if (noun.entity === 'inherit' && sector && (afterList || /(?:tổng cộng|tổng số)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 25), m.start))) && (afterList || wholeThenPart || listedSectors >= 2)) {
    sector = null;
    sectorLabel = null;
  }
  // "1.962 tổ hợp tác nông nghiệp với khoảng 21.300 tổ viên": the members of the groups just counted, of their sector.
  if (noun.id === 'noun.group_members' && !sector) {
    const groups = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === 'cooperative_group' && !f.breakdown);
    if (groups?.sector && /^[^,;.\d]{0,40}với\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(groups.valueSpan.end, m.start))) {
      sector = groups.sector;
      sectorLabel = groups.sectorLabel;
    }
  }
  if (noun.id === 'noun.member_coops' && subject) entity = subject.entity === 'cooperative' ? 'cooperative' : subject.entity;
  // "cùng 2 liên hiệp HTX (…) quy tụ 13 HTX thành viên", "01 liên hiệp HTX lúa gạo với 9 HTX thành viên": the members
  // of the unions just counted.
  const unions = noun.id === 'noun.member_coops' ? sFacts[sFacts.length - 1] : undefined;
  if (unions && unions.metric === 'count' && unions.entity === 'cooperative_union' && /^[^.;\d]{0,90}?(?:với|quy tụ|gồm|có|thu hút)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(unions.valueSpan.end, m.start))) {
    entity = 'cooperative_union';
    place = unions.place;
    if (!sector) {
      sector = unions.sector;
      sectorLabel = unions.sectorLabel;
    }
  }
  // "Liên hiệp HTX … ra mắt với 06 HTX thành viên": the founding members of a union set up in the period reported are
  // new; "hiện gồm 7 HTX thành viên" is the union now.
  let founded = false;
  if (noun.id === 'noun.member_coops') {
    const lead = key.slice(Math.max(s.start, m.start - 20), m.start);
    const rp = ctx.fc.reportPeriod;
    const years = [...key.slice(s.start, m.start).matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((y) => y[1]!);
    if (/(?:^|[\s,])(?:hiện|hiện nay|nay|đến nay)\s+(?:gồm|có)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(lead)) scope = 'existing';
    else if ((scope === 'existing' || scope === 'new') && /(?<![\p{L}])(?:ra mắt|ra đời|được thành lập|mới thành lập)(?![\p{L}])/u.test(key.slice(s.start, m.start)) && (!rp || years.every((y) => y >= rp.start.slice(0, 4)))) {
      scope = 'new';
      founded = true;
    }
  }
  // "kết nạp 12 thành viên mới", "đơn vị thành viên của Liên minh": members of the alliance itself.
  // Terse: "Kết nạp mới 12 TV; tổng số TV của LMHTX: 318 đơn vị".
  if (noun.metric === 'members' && (/(?:thành viên|tv) (?:của )?(?:liên minh|lmhtx)|đơn vị thành viên/u.test(key.slice(Math.max(s.start, m.start - 60), Math.min(s.end, nounEnd + 30))) || (/kết nạp/u.test(key.slice(Math.max(s.start, m.start - 40), m.start)) && /liên minh|lmhtx/u.test(key.slice(s.start, s.end)))) && !/(?:của|các)\s+(?:htx|hợp tác xã|tht)/u.test(key.slice(nounEnd, nounEnd + 15)) && !/^[\d.,\s]*(?:thành viên|tv)\s+(?:htx|hợp tác xã|tht)(?![\p{L}])/u.test(key.slice(m.end, nounEnd + 15))) {
    // "kết nạp mới 1.000 thành viên HTX": members of the cooperatives, whoever recruits them.
    entity = 'member_unit';
    explicit = true;
  }
  // "Liên minh đã kết nạp thêm 3 HTX làm đơn vị thành viên": the alliance's new member units.
  // "Liên minh cũng kết nạp 27 HTX vào hệ thống tư vấn pháp lý miễn phí": admitted to a programme, a subset.
  if (countNoun && /kết nạp(?:\s+(?:thêm|mới))?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 25), m.start)) && /^\s*(?:vào|tham gia)\s+(?!liên minh|lmhtx)/u.test(key.slice(nounEnd, nounEnd + 30)))
    return { reason: 'cooperatives admitted to a programme, a subset the fields cannot name' };
  // "kết nạp mới 14 HTX vào Liên minh", "Liên minh cũng kết nạp 27 HTX": so are those the alliance admits.
  if (countNoun && entity === 'cooperative' && /kết nạp/u.test(key.slice(Math.max(s.start, m.start - 40), m.start)) && (/^\s*(?:làm|là)\s+(?:đơn vị\s+)?thành viên|^\s*(?:vào|gia nhập)\s+(?:liên minh|lmhtx)/u.test(key.slice(nounEnd, nounEnd + 30)) || /(?:liên minh|lmhtx)(?:\s+(?:htx|hợp tác xã)(?:\s+tỉnh)?)?\s+(?:(?:cũng|đã|còn)\s+)*kết nạp(?:\s+(?:thêm|mới))?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(Math.max(s.start, m.start - 60), m.start)) && !/^\s*vào\s+(?!liên minh|lmhtx)/u.test(key.slice(nounEnd, nounEnd + 30)))) {
    entity = 'member_unit';
    if (scope === 'existing') scope = 'new';
  }
  const coop = cooperativeSubject(ctx, clause, s.start, m.start);
  let coopAt: number | undefined;
  if (coop && noun.entity === 'ocop_product') place = coop.place;
  // "Tổ hiện có 27 tổ viên" after "Tổ hợp tác … Phước Hưng": the named group's members.
  if (coop && noun.id === 'noun.group_members' && coop.entity === 'cooperative_group') place = coop.place;
  if (coop && noun.entity === 'inherit') {
    place = coop.place;
    coopAt = coop.at;
    // A named people's credit fund is a cooperative of the credit sector.
    const fund = /^(?:quỹ|qtdnd)/iu.test(coop.place.name);
    if (scope === 'new' && !lastTrigger(stretch) && !founded) scope = 'existing';
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
  // "(chỉ tiêu UBND tỉnh giao 20 HTX)": who set the plan may stand between.
  // "9 lớp tập huấn (kế hoạch năm 16 lớp)": the noun's own words may stand before the bracket.
  const bracket = /^(?:\s+(?!và|với|của)[\p{L}]+){0,3}\s*\(\s*(?:kế hoạch|kh|chỉ tiêu)(?:\s+(?!là|đề ra|giao)[\p{L}]+){0,4}?(?:\s+năm\s+\d{4})?\s*(?:là|đề ra|giao|được giao)?\s*:?\s*$/u;
  if (next && bracket.test(key.slice(end, next.start)) && next.kind === 'number') {
    plan = next.value as number;
    consumes = next;
  }

  let own: { place: Place; formerProvince: string | null; at?: number } | null = listOwn ?? (place ? { place, formerProvince: null } : null) ?? placeBefore(ctx, clause, m.start) ?? bareDistrict(ctx, clause, m.start) ?? listedPlace(ctx, clause, m.start) ?? namedDistrictBare(ctx, clause, m.start) ?? (clause.start > s.start ? namedDistrictBare(ctx, { start: s.start, end: clause.end }, m.start, true) : null) ?? selfNamedPlace(ctx, clause, m.start);
  // "Theo địa bàn: huyện Mộ Đức TL mới 3 HTX; huyện Tư Nghĩa 2 HTX; …": the next place of a list of a flow, with no verb of
  // its own, shares the flow; "…; các địa phương khác 5 HTX" is the rest of the places, which no place field names.
  const semiBefore = key.lastIndexOf(';', m.start);
  const prevPlaced = countNoun && semiBefore > s.start ? [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.entity === noun.entity) : undefined;
  const listOfPlaces = !!prevPlaced?.place && prevPlaced.place.level !== 'cooperative' && prevPlaced.valueSpan.end < semiBefore && !key.slice(prevPlaced.valueSpan.end, semiBefore).includes(';');
  if (listOfPlaces && /^\s*(?:các|những)\s+(?:địa phương|huyện|xã|đơn vị)\s+(?:khác|còn lại)\s*(?:có\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(semiBefore + 1, m.start)))
    return { reason: 'the rest of a list of places, which no place field names' };
  // Only under a list's intro ("Theo địa bàn: …"): elsewhere the next place may well state its stock.
  // "Huyện Mường Tè dẫn đầu với 4 HTX mới; huyện Phong Thổ 3 HTX": so does a ranking of places.
  if (listOfPlaces && scope === 'existing' && (prevPlaced!.scope === 'new' || prevPlaced!.scope === 'dissolved') && (key.slice(s.start, prevPlaced!.valueSpan.start).includes(':') || /(?<![\p{L}])(?:dẫn đầu|nhiều nhất|cao nhất)(?![\p{L}])/u.test(key.slice(s.start, prevPlaced!.valueSpan.start))) && !lastTrigger(key.slice(semiBefore, m.start)) && /^\s*(?:huyện|thị xã|thành phố|tp\.?|quận|xã|phường|thị trấn)\s+\p{L}[^,;\d]{0,30}$/u.test(key.slice(semiBefore + 1, m.start)))
    scope = prevPlaced!.scope;
  // "Một số huyện làm tốt … như Lâm Thao (5 HTX), Thanh Sơn (4 HTX)": a bare name before a bracketed count, in a
  // sentence about districts, is a district.
  if (!own && countNoun && inParens) {
    const open = key.lastIndexOf('(', m.start);
    const bare = /(?:^|[\s,:;])((?:\p{Lu}[\p{L}'’]*)(?: \p{Lu}[\p{L}'’]*){0,3})\s*$/u.exec(text.slice(Math.max(s.start, open - 40), open));
    if (bare && /(?<![\p{L}])(?:các|một số|nhiều|những) (?:huyện|địa phương)(?![\p{L}])/u.test(key.slice(s.start, open)) && /^\s*\(\s*$/u.test(key.slice(open, m.start)) && !lookupProvince(bare[1]!))
      own = { place: { level: 'district', name: bare[1]! }, formerProvince: null };
  }
  // "Huyện X có 35 HTX và 96 tổ hợp tác": the items of one list share the place of its subject.
  if (!own && countNoun) {
    // The subject may itself be a part ("Trong đó, khu vực thành phố X (cũ) có 71 HTX, 1 liên hiệp HTX").
    const first = sFacts.find((f) => f.metric === 'count' && f.place && f.place.level !== 'cooperative' && f.valueSpan.start >= clause.start);
    // A part in brackets ("31 HTX (… Gia Lai (cũ) 17 HTX) và 58 THT") is no subject after its bracket closes.
    // "thành lập mới 47 HTX, trong đó huyện Cần Đước 29 HTX, …, đạt 78,3% kế hoạch năm (kế hoạch năm là 60 HTX)": a part
    // after its whole is no subject either.
    const partOfWhole = first?.breakdown && sFacts.some((f) => f.metric === 'count' && !f.breakdown && !f.place && f.entity === first.entity && f.valueSpan.end <= first.valueSpan.start && f.valueSpan.start >= s.start);
    if (first?.place && !partOfWhole && !/toàn tỉnh|cả tỉnh|toàn thành phố/u.test(key.slice(first.valueSpan.end, m.start)) && !(depthAt(key, s.start, first.valueSpan.start) > depthAt(key, s.start, m.start))) own = { place: first.place, formerProvince: first.formerProvince };
  }
  // "Toàn huyện Thiệu Hóa hiện có 41 HTX, trong đó 35 HTX hoạt động hiệu quả": the breakdown is of the district.
  // "27 HTX nông nghiệp, trong đó có 9 HTX được xếp loại tốt": a class among the cooperatives of one sector is of it.
  // "203 HTX, kể cả 12 Quỹ tín dụng nhân dân, trong đó khoảng 190 HTX đang hoạt động": what the total includes is not it.
  if (countNoun && !sector && !noun.sector && rating && afterListIntro(key, clause, m.start)) {
    const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.entity === noun.entity && f.scope === 'existing' && f.rating === null && !/(?:kể cả|tính cả|bao gồm cả)\s*(?:các\s+)?$/u.test(key.slice(Math.max(0, f.valueSpan.start - 16), f.valueSpan.start)));
    // "34 HTX thủy sản và diêm nghiệp, gồm 24 HTX …, 6 HTX … và 4 HTX …; trong đó có 29 HTX đang hoạt động": the list
    // of its kinds before a semicolon still speaks of the whole.
    const between = whole ? key.slice(whole.valueSpan.end, m.start) : '';
    if (whole?.sector && whole.sector !== 'multiple' && !/[.;]/u.test(between.replace(/^[^.;]*?(?:,|:)\s*(?:bao\s+)?gồm[^.;]*;(?=\s*trong đó)/u, ''))) {
      sector = whole.sector;
      sectorLabel = whole.sectorLabel;
    }
  }
  if (!own && afterListIntro(key, clause, m.start)) {
    const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.place && f.entity === entity);
    if (whole?.place) own = { place: whole.place, formerProvince: whole.formerProvince };
  }
  // "22 HTX còn yếu, giảm 6 HTX so với cuối năm 2024", "176 HTX hoạt động hiệu quả, chiếm 39,3% …, tăng 28 HTX": the
  // change right after the stock of a grade is that grade's. Not of "đang hoạt động", which the seed gold reads as all.
  let classOfStock: Rating | null = null;
  if (scope === 'change' && countNoun && !changeOfClass && !ratingAfter) {
    const stock = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === noun.entity);
    if (stock && stock.scope === 'existing' && stock.rating && stock.rating !== 'operating' && /^[^.;\d]{0,40}(?:,\s*chiếm\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s*%[^.;\d]{0,50})?,\s*(?:(?:đã|ước)\s+)?(?:tăng|giảm)(?:\s+thêm)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(stock.valueSpan.end, m.start)))
      classOfStock = stock.rating;
  }
  // "198 HTX nông nghiệp, tăng 12 HTX": the change of the sector's stock just stated keeps its sector. Its class
  // does not carry: the seed gold reads "525 HTX đang hoạt động, tăng 11 HTX" as a change of all cooperatives. A class
  // printed after the change's own noun ("giảm 9 HTX yếu") is the change's.
  if (scope === 'change' && countNoun && !changeOfClass && !sector) {
    // "HTX vận tải 52 HTX (chiếm 8,4%), tăng 4 HTX", "… cà phê có 58 HTX, chiếm 19,6% số HTX nông nghiệp, tăng 13 HTX":
    // past the share of the stock.
    const last = sFacts[sFacts.length - 1];
    const stock = last?.metric === 'share' ? [...sFacts].reverse().find((f) => f.metric === 'count') : last;
    // "31 HTX hoạt động trong lĩnh vực du lịch cộng đồng, du lịch nông nghiệp - nông thôn, tăng 9 HTX": past a long label.
    if (stock && stock.metric === 'count' && stock.entity === noun.entity && stock.scope === 'existing' && stock.sector && !/(?<![\p{L}])(?:có|đạt|thu hút|với|gồm)(?![\p{L}])/u.test(key.slice(stock.valueSpan.end, m.start)) && /^[^.;\d)]{0,80}(?:\(\s*chiếm[^()]{0,20}\)|,\s*chiếm\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d.,]+\s*%[^.;\d()]{0,50})?\s*,\s*(?:(?:đã|ước)\s+)?(?:tăng|giảm)(?:\s+thêm)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(stock.valueSpan.end, m.start))) {
      sector = stock.sector;
      sectorLabel = stock.sectorLabel;
    }
  }
  // "338 HTX nông nghiệp, tăng 11 HTX so với cuối năm 2023 (327 HTX)": the earlier stock in brackets after the change is
  // of the sector the change took from its stock.
  if (countNoun && inParens && !sector && scope === 'existing') {
    const change = sFacts[sFacts.length - 1];
    if (change && change.metric === 'count' && change.scope === 'change' && change.unit === 'count' && change.entity === noun.entity && change.sector && /^\s*(?:htx|hợp tác xã|tht|tổ hợp tác|tổ)?\s*so với\s+[^().;\d]{0,25}(?:\d{1,2}\/)?(?:\d{4})?\s*\(\s*$/u.test(key.slice(change.valueSpan.end, m.start))) {
      sector = change.sector;
      sectorLabel = change.sectorLabel;
    }
  }
  // "thành lập mới 62 HTX, chủ yếu trong lĩnh vực nông nghiệp (48 HTX)": the sector named right before the bracket.
  if (countNoun && inParens && !sector && !own) {
    const open = key.lastIndexOf('(', m.start);
    const lead = /(?:trong|thuộc)?\s*(?:lĩnh vực|ngành)\s+([^,;()]{2,40}?)\s*$/u.exec(key.slice(Math.max(clause.start, open - 50), open));
    if (lead && /^\s*\(\s*$/u.test(key.slice(open, m.start))) {
      const at = open - (key.slice(Math.max(clause.start, open - 50), open).length - lead.index! - lead[0].indexOf(lead[1]!));
      const label = readSector(key, at, at + lead[1]!.length, { lead: false });
      if (label) {
        sector = label.sector;
        sectorLabel = text.slice(label.start, label.end);
      }
    } else if (/^\s*\(\s*$/u.test(key.slice(open, m.start))) {
      // "… nông nghiệp (61 HTX), còn lại là thương mại, dịch vụ (11 HTX) và tiểu thủ công nghiệp (6 HTX)": the next items
      // of such a list name their sector alone.
      const prevItem = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === noun.entity && f.sector && key[f.valueSpan.start - 1] !== undefined && /\(\s*$/u.test(key.slice(Math.max(0, f.valueSpan.start - 3), f.valueSpan.start)));
      const item = prevItem ? /\)\s*(?:,|và)?\s*(?:(?:còn lại|tiếp đến|sau đó|kế đến)\s+là\s+)?([^;()\d]{2,40}?)\s*$/u.exec(key.slice(prevItem.valueSpan.end, open)) : null;
      if (item) {
        const at = open - (key.slice(prevItem!.valueSpan.end, open).length - item.index! - item[0].indexOf(item[1]!));
        const label = readSector(key, at, at + item[1]!.length, { lead: false, exact: true });
        if (label) {
          sector = label.sector;
          sectorLabel = text.slice(label.start, label.end);
        }
      }
    }
  }
  // "14 HTX du lịch, tập trung tại huyện Hoa Lư (6 HTX)": a part by place of a sector's count is of that sector.
  if (countNoun && inParens && !sector && own && own.place.level !== 'cooperative') {
    const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && f.entity === noun.entity && !f.place && f.sector);
    if (whole && /^[^.;\d]{0,20},?\s*(?:tập trung|chủ yếu|phần lớn|nhiều nhất)[^.;\d]{0,40}$/u.test(key.slice(whole.evidence.end, m.start).replace(/\([^()]*\)/gu, ''))) {
      sector = whole.sector;
      sectorLabel = whole.sectorLabel;
    }
  }
  // "trong đó 31 HTX thanh long …; riêng huyện Hàm Thuận Nam có 12 HTX thanh long, huyện Hàm Thuận Bắc có 9 HTX",
  // "… là 78 HTX, tập trung ở …, nhiều nhất là các huyện Tân Hưng (14 HTX)": a district's part of the one sector the
  // sentence counts is of that sector.
  if (countNoun && !sector && !noun.sector && own && (own.place.level === 'district' || own.place.level === 'commune')) {
    const counts = sFacts.filter((f) => f.metric === 'count' && f.entity === noun.entity && f.scope === scope);
    const whole = counts[counts.length - 1];
    const oneSector = new Set(counts.map((f) => f.sector).filter((x) => x !== null)).size === 1;
    const between = whole ? key.slice(whole.evidence.end, m.start).replace(/\([^()]*\)/gu, '') : '';
    if (whole?.sector && oneSector && whole.rating === rating && !/(?:toàn|cả) (?:tỉnh|thành phố)/u.test(between) && !/[.;]/u.test(between) &&
      (/(?<![\p{L}])(?:trong đó|riêng|tập trung|chủ yếu|nhiều nhất|tiếp đến là|tiếp theo là)(?![\p{L}])/u.test(between) || (whole.place?.level === own.place.level && /^[^\d]{0,60}$/u.test(between)))) {
      sector = whole.sector;
      sectorLabel = whole.sectorLabel;
    }
  }
  // The block a figure belongs to, when it names no sector of its own:
  // - "Năm 2019, khối HTX thủy sản, diêm nghiệp phấn đấu thành lập mới 4 HTX, phát triển thêm 150 thành viên": the block
  //   the clause names as its subject, until another count comes between;
  // - "Khối này giải quyết việc làm cho 6.750 lao động", "…; các THT này có 1.320 tổ viên": the block or the counted ones
  //   the sentence or its clause opens on.
  if (!sector && !place) {
    const inheritsCoop = noun.entity === 'inherit' && entity === 'cooperative';
    const named = noun.entity === 'cooperative' || inheritsCoop ? lastBlockSector(ctx, clause.start, m.start) : null;
    const subjectBlock = named && !sFacts.some((f) => f.metric === 'count' && f.valueSpan.start > named.end && f.valueSpan.start < m.start && f.sector !== named.sector) ? named : null;
    const block = subjectBlock ?? (inheritsCoop || noun.id === 'noun.group_members' ? ((clause.start > s.start ? blockOpening(ctx, clause.start) : null) ?? blockOpening(ctx, s.start)) : null);
    if (block) {
      sector = block.sector;
      sectorLabel = text.slice(block.start, block.end);
    }
  }
  // "cho 826 lượt cán bộ quản lý, kế toán HTX nông nghiệp", "cho 248 lượt cán bộ QTDND": who the people are names their sector.
  if (noun.metric === 'participants' && !sector) {
    const stop = key.slice(nounEnd, Math.min(clause.end, nounEnd + 90)).search(/[;.]|,\s*(?:đồng thời|đạt|tăng|giảm|trong đó)/u);
    const who = key.slice(nounEnd, stop < 0 ? Math.min(clause.end, nounEnd + 90) : nounEnd + stop);
    const label = /^[^\d]*$/u.test(who) ? sectorAfterNoun(key, nounEnd, nounEnd + who.length) : null;
    // People of cooperatives and of funds together ("thành viên HTX và Quỹ TDND") are of no one sector.
    // "cho 310 cán bộ quản lý, kiểm soát của các QTDND": the roles may be listed.
    const funds = !label && /^[^;.\d]{0,60}?(?<![\p{L}])(?:qtdnd|quỹ tín dụng nhân dân|quỹ tdnd)(?![\p{L}])/u.test(who) && !/(?<![\p{L}])(?:htx|hợp tác xã)(?![\p{L}])/u.test(who);
    if (label) {
      sector = label.sector;
      sectorLabel = text.slice(label.start, label.end);
    } else if (funds) {
      sector = 'credit';
      sectorLabel = text.slice(nounEnd, nounEnd + who.length).trim();
    }
    // "tổ chức 4 lớp tập huấn cho 236 lượt cán bộ … HTX thủy sản": the courses held for them are of that sector too.
    const courses = sFacts[sFacts.length - 1];
    if (sector && courses && courses.entity === 'training_course' && courses.metric === 'count' && !courses.sector && /^[^;()\d]{0,160}?(?:với|cho)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(courses.valueSpan.end, m.start))) {
      courses.sector = sector;
      courses.sectorLabel = sectorLabel;
    }
  }
  // "04 lớp tập huấn … dành cho các HTX nông nghiệp với 220 học viên": the people of the courses just counted share their sector.
  if (noun.metric === 'participants' && !sector) {
    const courses = sFacts[sFacts.length - 1];
    if (courses && courses.entity === 'training_course' && courses.metric === 'count' && courses.sector && /^[^;()\d]{0,160}?(?:với|cho|thu hút)\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$/u.test(key.slice(courses.valueSpan.end, m.start))) {
      sector = courses.sector;
      sectorLabel = courses.sectorLabel;
    }
  }
  // "226 HTX, trong đó 168 HTX nông nghiệp, với 24.615 thành viên, vốn điều lệ …": past the comma the members are the
  // whole's, as is the capital after them.
  if (noun.entity === 'inherit' && sector && /trong đó\s+(?:có\s+)?[\d.,]+\s+(?:htx|hợp tác xã)\s+[^;.\d]{1,40},\s*(?:với|thu hút)\s*(?:(?:khoảng|gần|hơn|trên|tổng số)\s*)?$/u.test(key.slice(s.start, m.start)) && /^\s*(?:,|và)\s*(?:tổng\s+)?(?:vốn|doanh thu|lao động|tài sản)/u.test(key.slice(nounEnd, nounEnd + 30))) {
    const whole = [...sFacts].reverse().find((f) => f.metric === 'count' && !f.breakdown && f.entity === 'cooperative');
    if (whole) {
      sector = whole.sector;
      sectorLabel = whole.sectorLabel;
    }
  }
  // "thu hút thêm 1.130 thành viên mới": new members.
  if (noun.metric === 'members' && scope === 'existing' && /^\s*mới(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 6))) scope = 'new';
  // "Trong đó, Nam Định (cũ) có 402 HTX hoạt động hiệu quả (chiếm 60,2%), Ninh Bình (cũ) có 268 HTX (61,3%)": the next
  // places of the list count the same class. A class named inside a place's bracket ("huyện Vĩnh Bảo 52 HTX (trong đó
  // 46 HTX hoạt động hiệu quả), huyện Tiên Lãng 44 HTX") is a part of that place, not the list's class.
  if (countNoun && rating === null && scope === 'existing' && own?.place) {
    const prevItem = [...sFacts].reverse().find((f) => f.metric === 'count');
    if (prevItem?.rating && prevItem.place && prevItem.entity === entity && prevItem.scope === 'existing' && /^[^;.\d()]{0,40}?(?:\([^()]*\))?\s*,\s*(?:(?:huyện|thị xã|thành phố|tỉnh|xã|khu vực)\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}(?:\s*\(cũ\))?\s+(?:có|với|:)?\s*$/u.test(text.slice(prevItem.valueSpan.end, m.start))) rating = prevItem.rating;
  }
  // "Trong số HTX đang hoạt động, lĩnh vực thương mại - dịch vụ có 52 HTX; vận tải 34 HTX": the parts of a base named by
  // its class are of that class.
  if (countNoun && !rating && noun.entity === 'cooperative') {
    const base = /^\s*trong (?:tổng )?số\s+(?:[\d.]+\s+)?(?:các\s+)?(?:htx|hợp tác xã)\s+([^,;:\d]{2,40}?)\s*[,:]/u.exec(key.slice(s.start, m.start));
    const r = base ? RATINGS.find((x) => x.pattern.test(base[1]!)) : undefined;
    if (r && !/^[^;.]*\.\s/u.test(key.slice(s.start + base![0].length, m.start))) rating = r.rating;
  }
  const finalMetric: Metric = entity === 'member_unit' && noun.metric === 'members' ? 'count' : noun.metric;
  // "mỗi năm thành lập mới 20 - 25 HTX": a yearly rate; "bình quân mỗi năm thành lập mới 12 HTX và 40 THT": the average year's.
  // "thành lập mới 148 HTX, bình quân gần 30 HTX/năm": so is a count per year after an average word.
  const perYear = (scope === 'new' || scope === 'dissolved') && /^\s*\/\s*năm(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 8)) ? /(?:^|[\s,;:(])(bình quân|trung bình)\s*(?:(?:khoảng|gần|hơn|trên|mỗi năm)\s*)*$/u.exec(key.slice(Math.max(clause.start, m.start - 30), m.start)) : null;
  const yearly = scope === 'new' || scope === 'dissolved' ? /(?:^|[\s,;:(])((?:bình quân|trung bình)\s+)?(?:mỗi|hằng|hàng)\s+năm\s+[^,;.]{0,50}$/u.exec(key.slice(Math.max(clause.start, m.start - 70), m.start)) ?? perYear : null;
  const fact: DraftFact = {
    entity,
    metric: finalMetric,
    scope,
    place: own?.place ?? null,
    formerProvince: own?.formerProvince ?? null,
    sector,
    sectorLabel,
    rating: scope === 'change' ? (changeOfClass ? rating : ratingAfter ?? classOfStock) : scope === 'dissolved' ? ratingAfter : rating,
    // "bình quân 116 thành viên/HTX": members per cooperative.
    // "bình quân gần 50 học viên/lớp": trainees per course.
    statistic: yearly?.[1] || perCooperative || ((noun.metric === 'members' || noun.metric === 'workers') && /^\s*(?:\/\s*|mỗi\s+|một\s+)(?:htx|hợp tác xã|tht|tổ hợp tác|quỹ)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 20))) || (noun.metric === 'participants' && /^\s*(?:\/\s*|mỗi\s+|một\s+)(?:lớp|khóa|khoá)(?![\p{L}])/u.test(key.slice(nounEnd, nounEnd + 20))) ? 'average' : 'total',
    status: 'actual',
    value: sign * (m.value as number),
    valueMax: m.valueMax ?? null,
    // "từ 300 HTX hoạt động hiệu quả trở lên": at least that many.
    qualifier: (m.qualifier ?? 'exact') === 'exact' && /(?:^|\s)từ\s*$/u.test(key.slice(Math.max(clause.start, m.start - 6), m.start)) && /^[^,;.\d]{0,40}?\strở lên/u.test(key.slice(nounEnd, nounEnd + 50)) ? 'over' : m.qualifier ?? 'exact',
    unit: finalMetric === 'count' && entity === 'member_unit' ? 'count' : noun.unit,
    per: yearly ? 'year' : null,
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
