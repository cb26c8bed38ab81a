// An article about one district ("… toàn huyện có 28 HTX …, huyện còn 35 tổ hợp tác") gives district
// figures throughout, even where a sentence does not name the district again; they must never pass for
// province figures. The document says so in a warning, since the place is then read from the article.
import type { Entity, Place } from '../../schemas/records.js';
import { toneKey } from '../normalize.js';
import { lookupProvince } from '../provinces.js';
import { namedOrgs } from './subject.js';

/** Articles each rule must read as district articles (name) or not (null); the test reads this table. */
export const DISTRICT_ARTICLE_EXAMPLES: { text: string; title?: string; district: string | null }[] = [
  { text: 'Đến nay toàn huyện Krông Pắc có 30 HTX. Các HTX thu hút 2.000 thành viên; ngoài ra huyện còn 12 tổ hợp tác.', district: 'huyện Krông Pắc' },
  { text: 'Khu vực kinh tế tập thể trên địa bàn thị xã Ba Đồn phát triển. Toàn thị xã có 21 HTX, trong thị xã có 9 HTX nông nghiệp.', district: 'thị xã Ba Đồn' },
  { text: 'Toàn tỉnh có 512 HTX; riêng huyện Mường Tè có 14 HTX, toàn huyện có 2 HTX mới.', district: null },
  { text: 'Huyện Gò Dầu có 12 HTX.', district: null },
  { text: 'Trên địa bàn xã Đồng Tiến có 11 HTX. Toàn xã còn có 23 THT; hợp tác xã có 20 thành viên.', district: 'xã Đồng Tiến' },
  { text: 'Hợp tác xã Nông nghiệp Tân Lập có 40 thành viên. Hợp tác xã có 2 ha.', district: null },
  {
    title: 'Vũ Thư: HTX nông nghiệp đổi mới',
    text: 'Đến nay toàn huyện có 32 HTX; trong huyện có 9 HTX rau. Trên phạm vi toàn tỉnh, Thái Bình có 289 HTX; Vũ Thư dẫn đầu.',
    district: 'huyện Vũ Thư',
  },
];

/** Paragraphs of a district article, with whether the figure after them is the province's (lastSpokeOfProvince). */
export const PROVINCE_AGAIN_EXAMPLES: { text: string; province: boolean }[] = [
  { text: 'Theo Liên minh HTX tỉnh, toàn tỉnh có 336 HTX. Số HTX đang hoạt động là ', province: true },
  { text: 'Toàn tỉnh có 336 HTX; toàn huyện hiện có ', province: false },
  { text: 'Huyện có nhiều HTX chè. Các HTX thu hút ', province: false },
];

// "xã" alone is also the last syllable of "hợp tác xã": a commune is one only when those words do not precede it.
const WIDE = /(?<![\p{L}])(?:(?:toàn|cả|trong|trên địa bàn) (huyện|thị xã|xã)|(?<!hợp tác )(huyện|thị xã|xã) (?:còn|có|đã|hiện))(?![\p{L}])/gu;
// "tỉnh phấn đấu đến năm 2025 có 500 HTX": the province's own plan.
// "doanh thu của toàn khu vực HTX trong tỉnh": the province's whole sector.
export const PROVINCE_WIDE = /(?<![\p{L}])(?:(?:toàn|cả) (?:tỉnh|thành phố)|trên địa bàn tỉnh|tỉnh có|tỉnh hiện có|tỉnh (?:phấn đấu|đặt mục tiêu|đặt chỉ tiêu|giao chỉ tiêu|dự kiến)|toàn khu vực (?:htx|hợp tác xã|kinh tế tập thể)(?: trong tỉnh| của tỉnh)?)(?![\p{L}])/u;
const PROVINCE_WIDE_ALL = new RegExp(PROVINCE_WIDE.source, 'gu');

/**
 * "… có 118 HTX, chiếm 24,6% tổng số HTX toàn tỉnh", "… so với 45% của toàn tỉnh": a share of, or a comparison with, the
 * whole province speaks of the part; the words are blanked (same length) before asking whether a text speaks of the province.
 */
export function withoutShareOfWhole(key: string): string {
  // "…, thấp hơn mức chung của toàn tỉnh": a comparison with the province names the part's figure, not the province's.
  return key.replace(/(?:chiếm|bằng|so với|(?:cao|thấp|nhiều|ít) hơn)[^,;.\d]{0,5}[\d.,]*\s*%?[^,;.\d%]{0,40}?(?:toàn|cả) tỉnh/gu, (x) => ' '.repeat(x.length));
}

/**
 * Whether the text up to a figure last spoke of the whole province rather than of a district: a paragraph
 * that opens "Theo Liên minh HTX tỉnh, toàn tỉnh có 336 HTX" keeps its next sentences the province's too.
 */
export function lastSpokeOfProvince(key: string): boolean {
  const prov = [...key.matchAll(PROVINCE_WIDE_ALL)].at(-1);
  if (!prov) return false;
  const local = [...key.matchAll(WIDE)].at(-1);
  return !local || local.index! < prov.index!;
}

/** "Vũ Thư: …" opening a title names the place the article is about. */
const TITLE_PLACE = /^((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3})\s*:/u;
const NAMED = /(?<![\p{L}])(?<![Hh]ợp [Tt]ác )(huyện|thị xã|xã) ((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3})/u;

/** The district the whole article speaks of, or null when it speaks of a province or of several places. */
export function districtOfArticle(text: string, title: string | null): Place | null {
  const key = toneKey(text);
  const wide = [...key.matchAll(WIDE)];
  if (wide.length < 2) return null;
  const kind = wide[0]![1] ?? wide[0]![2];
  const named = NAMED.exec(text);
  // Only the title names the district ("Vũ Thư: …"), the text says "toàn huyện": its name is the title's, unless that is a province.
  const fromTitle = title ? TITLE_PLACE.exec(title) : null;
  if ((!named || toneKey(named[1]!) !== kind) && fromTitle && !lookupProvince(fromTitle[1]!) && new RegExp(`(?<![\\p{L}])${fromTitle[1]}(?![\\p{L}])`, 'u').test(text))
    return { level: kind === 'xã' ? 'commune' : 'district', name: `${kind} ${fromTitle[1]}` };
  // Province-wide figures beside the district's: only a title that names the district makes it the article's subject.
  if (PROVINCE_WIDE.test(key) && !(named && title?.includes(named[2]!))) return null;
  if (!named || toneKey(named[1]!) !== kind) return null;
  // Two different districts named: a comparison, not one district's article.
  const others = [...text.matchAll(new RegExp(NAMED.source, 'gu'))].filter((m) => m[2] !== named[2]);
  if (others.length && !(title && title.includes(named[2]!))) return null;
  return { level: toneKey(named[1]!) === 'xã' ? 'commune' : 'district', name: `${named[1]} ${named[2]}` };
}

/** "4 huyện vùng cao nguyên đá Đồng Văn", "9 huyện miền núi": a group of districts by where they lie. */
const GROUP_OF_DISTRICTS = /(?<![\p{L}\d])(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) huyện (?:vùng cao nguyên đá|vùng cao biên giới|vùng cao|miền núi|biên giới)(?: (\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2}))?/u;

/**
 * "Hợp tác xã trên cao nguyên đá: …" opening on "… của các HTX ở 4 huyện vùng cao nguyên đá Đồng Văn": an article whose
 * headline speaks of the highlands, mountains or border and whose first paragraphs name one group of districts is about
 * that group. Null otherwise.
 */
export function groupOfArticle(text: string, title: string | null): Place | null {
  if (!title || !/vùng cao|miền núi|cao nguyên|biên giới|vùng biên/u.test(toneKey(title))) return null;
  const opening = text.split('\n\n').slice(0, 2).join('\n\n');
  const m = GROUP_OF_DISTRICTS.exec(opening);
  if (!m) return null;
  // "9 huyện miền núi Quảng Nam": the province's name after the group is no part of it.
  const name = m[1] && lookupProvince(m[1]) ? m[0].slice(0, m[0].length - m[1].length).trim() : m[0];
  return { level: 'other', name };
}

/**
 * "Đại hội thành viên Liên hiệp HTX Lúa gạo Vàm Cỏ Đông nhiệm kỳ 2017 - 2022", "HTX Phiêng Hoa: Liên kết trồng xoài":
 * an article whose headline names one cooperative, union or fund by a proper name the text repeats is about it.
 * Null when the headline names none, several, or a province's cooperatives ("hợp tác xã Nghệ An").
 */
export function cooperativeOfTitle(title: string | null, text: string): { place: Place; entity: Entity } | null {
  if (!title) return null;
  const orgs = namedOrgs({ text: title, key: toneKey(title) }, 0, title.length);
  if (orgs.length !== 1) return null;
  const org = orgs[0]!;
  // Its proper name, which must not be a province's (or "Thành phố").
  const proper = org.proper;
  if (lookupProvince(proper) || /^(?:Thành|Thủ|Việt Nam|Trung ương)(?:\s|$)/u.test(proper)) return null;
  if (!text.includes(proper)) return null;
  return { place: { level: 'cooperative', name: org.name }, entity: org.entity };
}
