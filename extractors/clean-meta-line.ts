// The line under (or over) a headline that carries the date and the
// author together: "Phan Thanh • 30.04.2023 | 20:10", "Gửi bởi Ngọc Trâm vào
// T5, 11/05/2023 - 09:12", "Minh Nguyệt | Bình luận". Read only where such a
// line belongs (between the headline and the text, or in an author
// element), never in sidebars.
import { DATELINE_WORDS, DMY, HM, TRAILING_TOOLS, findDateTime } from './clean-dates.js';
import { AUTHOR_LABEL, bylineName } from './clean-rules.js';
import { lookupProvince } from './provinces.js';

export interface MetaLine {
  date: string | null;
  author: string | null;
}

/** Examples read by the tests. */
export const META_LINE_EXAMPLES: readonly { line: string; date: string | null; author: string | null }[] = [
  { line: 'Minh Trí - Lan Anh', date: null, author: 'Minh Trí - Lan Anh' },
  { line: 'Ngày 21/11/2018 4:35 CH', date: '2018-11-21T16:35:00+07:00', author: null },
  { line: 'Phan Thanh • 30.04.2023 | 20:10', date: '2023-04-30T20:10:00+07:00', author: 'Phan Thanh' },
  { line: 'Gửi bởi Ngọc Trâm vào T5, 11/05/2023 - 09:12', date: '2023-05-11T09:12:00+07:00', author: 'Ngọc Trâm' },
  { line: 'Minh Nguyệt | Bình luận', date: null, author: 'Minh Nguyệt' },
  { line: 'Trần Quang Vinh Cập nhật lúc 08:15 ngày 13/7/2023', date: '2023-07-13T08:15:00+07:00', author: 'Trần Quang Vinh' },
  { line: 'Ảnh và bài: Lò Văn Thắng 03/12/2022 13:45', date: '2022-12-03T13:45:00+07:00', author: 'Lò Văn Thắng' },
  { line: 'By Maria Santos · 5 September 2023', date: null, author: 'Maria Santos' },
  { line: 'Thứ Năm, 13/07/2023 08:15', date: '2023-07-13T08:15:00+07:00', author: null },
  { line: '14/01/2026 15:20 | Tin, ảnh: Minh Đăng', date: '2026-01-14T15:20:00+07:00', author: 'Minh Đăng' },
  { line: 'Ngày đăng: 02/03/2021 09:10 | Tác giả: Minh Thư | Chuyên mục: Tin hoạt động Liên minh', date: '2021-03-02T09:10:00+07:00', author: 'Minh Thư' },
  { line: 'Ngày đăng: 22-07-2016 \u00a0 Người đăng: Văn phòng Liên minh HTX', date: '2016-07-22', author: 'Văn phòng Liên minh HTX' },
  // Text, not meta lines:
  { line: 'Đăng lúc 09:30 - 14/07/2026 | Tác giả: Hà Thu | Nguồn: Văn phòng Liên minh HTX tỉnh', date: '2026-07-14T09:30:00+07:00', author: 'Hà Thu' },
  { line: '1. Phát triển HTX, THT', date: null, author: null },
  { line: 'Rất tốt (512) – Tốt (208) – Bình thường (47)', date: null, author: null },
  { line: 'Lai Châu, ngày 27 tháng 3 năm 2024', date: '2024-03-27', author: null },
  { line: 'Điện Biên, 18/11/2022 - 14:05', date: '2022-11-18T14:05:00+07:00', author: null },
  { line: 'Thời gian: từ ngày 20/9/2023 đến ngày 24/9/2023.', date: null, author: null },
  { line: 'Hội nghị diễn ra trong hai ngày.', date: null, author: null },
];

const SEPARATORS = /\s*[|•·–—,()]\s*|\s+-\s+|\s+-$|^-\s+/u;

/** Date and author of a short meta line, or null when the line is something else (a sentence, a caption). */
export function readMetaLine(line: string): MetaLine | null {
  if (line.length > 240) return null;
  // "Tin, ảnh: X": the comma belongs to the label, it separates nothing.
  const text = line.replace(TRAILING_TOOLS, '').replace(/(?<![\p{L}])(Tin|Bài)\s*,\s*(ảnh)(?![\p{L}])/giu, '$1 $2').trim();
  if (text.length === 0 || text.length > 160) return null;
  // "Lai Châu, ngày 27 tháng 3 năm 2024", "Điện Biên, 18/11/2022 - 14:05": a province and a date, no author.
  const placeFirst = /^((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3}),\s*(?:ngày\s+)?\d/u.exec(text);
  if (/^\p{Lu}[\p{L}\s]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$/u.test(text) || (placeFirst && lookupProvince(placeFirst[1]!))) {
    const f = findDateTime(text);
    return f ? { date: f.iso, author: null } : null;
  }
  // A poll's results ("Rất tốt (512) – Tốt (208) – Bình thường (47)") count votes, not a byline.
  if ((text.match(/\(\s*\d+\s*\)/gu) ?? []).length >= 2) return null;
  // A numbered heading ("1. Phát triển HTX, THT") is no meta line.
  if (/^(?:[IVX]+|\d{1,2})[.)]\s/u.test(text)) return null;
  // A sentence (or a list item) ends with a stop or names a span of dates: a meta line does neither.
  if (/[.;!?]$/.test(text) && !/^(By|Bởi)\s/i.test(text)) return null;
  const found = findDateTime(text);
  if (found && DMY.test(text.slice(found.end))) return null;
  // "Minh Trí - Lan Anh": two reporters, one byline.
  const pair = found ? null : bylineName(text);
  if (pair && /\s[–—-]\s/u.test(pair)) return { date: null, author: pair };
  let rest = found ? text.replace(DMY, ' ').replace(HM, ' ') : text;
  rest = rest.replace(DATELINE_WORDS, ' ');
  const parts = rest
    .split(SEPARATORS)
    // "Ngày đăng: 22-07-2016  Người đăng: …": the label's colon stays behind once the date is gone.
    .map((p) => p.replace(/\s+/g, ' ').replace(/^[\s:]+/u, '').trim())
    .filter((p) => /\p{L}/u.test(p));
  let author: string | null = null;
  let other = 0;
  for (const p of parts) {
    // A labelled category ("Chuyên mục: Tin hoạt động Liên minh") is a label however many words it has.
    // So is the source ("Nguồn: Văn phòng Liên minh HTX tỉnh").
    if (/^(?:chuyên mục|danh mục|chủ đề|lĩnh vực|nguồn)\s*:/iu.test(p)) continue;
    const labelled = AUTHOR_LABEL.pattern.test(p);
    // "Người đăng: Văn phòng Liên minh HTX": a labelled office is the byline as printed.
    const unlabelled = p.replace(AUTHOR_LABEL.pattern, '').trim();
    const office = labelled && /^(?:Văn phòng|Ban|Phòng|Liên minh)\s+[\p{L}\s]{3,60}$/u.test(unlabelled) && unlabelled.split(/\s+/).length <= 10 ? unlabelled : null;
    const name = bylineName(unlabelled) ?? office;
    if (!author && name && (labelled || found || parts.length > 1)) author = name;
    else other += p.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  }
  // Whatever is neither date nor name must be a label or two ("Bình luận", a category).
  if ((!found && !author) || other > 4) return null;
  return { date: found?.iso ?? null, author };
}
