// Publication dates as pages print them: machine dates in meta tags and
// JSON-LD, and Vietnamese datelines near the headline. Output is ISO
// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:00+07:00` when a time is printed
// (Vietnam has one time zone and no DST; a given offset is kept).

export interface DateLineExample {
  line: string;
  iso: string | null;
}

/** Datelines (whole short lines) and what they give; read by the tests. */
export const DATE_LINE_EXAMPLES: readonly DateLineExample[] = [
  { line: 'Ngày: 13/07/2023', iso: '2023-07-13' },
  { line: 'Ngày 21/11/2018 4:35 CH', iso: '2018-11-21T16:35:00+07:00' },
  { line: '(10:28 | 20/12/2022)', iso: '2022-12-20T10:28:00+07:00' },
  { line: '04/01/2021', iso: '2021-01-04' },
  { line: 'Thứ Năm, 13/07/2023 08:15', iso: '2023-07-13T08:15:00+07:00' },
  { line: 'Cập nhật lúc 08:15 ngày 13/7/2023', iso: '2023-07-13T08:15:00+07:00' },
  { line: 'Ngày đăng: 14/01/2016 | Lượt xem: 362', iso: '2016-01-14' },
  { line: 'Cập nhật: 03/07/2023 15:20', iso: '2023-07-03T15:20:00+07:00' },
  { line: 'Cập nhật ngày: 19/07/2016 14:32:07', iso: '2016-07-19T14:32:07+07:00' },
  { line: 'Thứ hai, ngày 5 tháng 6 năm 2023', iso: '2023-06-05' },
  { line: '13-07-2023 - 8h15', iso: '2023-07-13T08:15:00+07:00' },
  { line: 'Đăng lúc: 16:02 GMT+7, 10/01/2018', iso: '2018-01-10T16:02:00+07:00' },
  { line: 'Cập nhật: 05/10/2022 15:42 Cỡ chữ A- A+', iso: '2022-10-05T15:42:00+07:00' },
  { line: 'Công đoàn 11/10/2023 06:30 (GMT+07:00)', iso: '2023-10-11T06:30:00+07:00' },
  { line: '18/10/2021 👁 2.301', iso: '2021-10-18' },
  { line: 'Thứ ba, 08 Tháng 3 2016 09:12', iso: '2016-03-08T09:12:00+07:00' },
  { line: 'Cập nhật lúc: 1/13/2021 8:45:12 AM', iso: '2021-01-13T08:45:12+07:00' },
  { line: 'Ngày đăng: 12/28/2019 3:05:00 PM', iso: '2019-12-28T15:05:00+07:00' },
  // A sentence that contains a date is not a dateline.
  { line: 'Sáng ngày 30/6/2023, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị Ban Chấp hành.', iso: null },
  { line: 'Kết luận số 70-KL/TW, ngày 09/3/2020 của Bộ Chính trị', iso: null },
  { line: 'Thời gian: từ ngày 20/9/2023 đến ngày 24/9/2023.', iso: null },
];

// Joomla prints "08 Tháng 3 2016": day, "tháng" and month, then the year with no "năm".
export const DMY = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(?<![\p{L}\d])(\d{1,2})\s+tháng\s+(\d{1,2})\s+(\d{4})(?!\d)/iu;
// "4:35 CH" (chiều), "9:12 SA" (sáng): SharePoint's Vietnamese AM/PM; the marker belongs to the time.
export const HM = /(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*phút)?(?::(\d{2}))?(?:\s*(SA|CH|AM|PM|sáng|chiều|tối)(?![\p{L}]))?/iu;
/** Words a dateline may carry besides the date and time. */
export const DATELINE_WORDS =
  /(?<!\p{L})(?:ngày|(?<!người\s)đăng(?=\s*(?::|lúc|ngày|bởi|\d))|ngày đăng|ngày cập nhật|cập nhật|xuất bản|lúc|thời gian|đăng lúc|đăng ngày|vào lúc|vào|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|T[2-7]|chủ nhật|CN|GMT\s*\+?\s*0?7(?::00)?|UTC\s*\+?\s*0?7(?::00)?|lượt xem\s*:?\s*[\d.]*|lượt đọc\s*:?\s*[\d.]*|views?\s*:?\s*[\d.]*|sáng|chiều|AM|PM)(?!\p{L})/giu;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first d/m/yyyy (or "ngày d tháng m năm yyyy") in s, with a time if one is printed next to it. */
export function findDateTime(s: string): { iso: string; start: number; end: number } | null {
  const m = DMY.exec(s);
  if (!m) return null;
  let d = Number(m[1] ?? m[4] ?? m[7]);
  let mo = Number(m[2] ?? m[5] ?? m[8]);
  const y = Number(m[3] ?? m[6] ?? m[9]);
  // "1/13/2021 8:45:12 AM": ASP.NET pages left on the en-US culture print month first; read so only where no
  // day-first reading exists.
  if (!validDate(y, mo, d) && m[1] !== undefined && validDate(y, d, mo)) [d, mo] = [mo, d];
  if (!validDate(y, mo, d)) return null;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  const rest = s.slice(0, m.index) + ' '.repeat(m[0].length) + s.slice(m.index + m[0].length);
  const t = HM.exec(rest);
  if (t) {
    const meridiem = t[4]?.toLowerCase();
    const hh = Number(t[1]) + (meridiem && /^(?:ch|pm|chiều|tối)$/u.test(meridiem) && Number(t[1]) < 12 ? 12 : 0) - (meridiem && /^(?:sa|am)$/u.test(meridiem) && Number(t[1]) === 12 ? 12 : 0);
    const mm = Number(t[2]);
    // Seconds when the page prints them ("19/07/2016 14:32:07").
    const ss = t[3] === undefined ? 0 : Number(t[3]);
    if (hh < 24 && mm < 60 && ss < 60) iso += `T${pad(hh)}:${pad(mm)}:${pad(ss)}+07:00`;
  }
  return { iso, start: m.index, end: m.index + m[0].length };
}

/**
 * A short line that is a dateline: a date, maybe a time, and nothing else
 * but dateline words and punctuation. Returns the ISO value or null.
 */
/** Widgets printed on the same line after a dateline ("… 15:42 Cỡ chữ A- A+ In bài"). */
// Capitalised or in capitals, as buttons print them: lower-case "chia sẻ" is a verb of the text ("Ông Minh, Giám đốc HTX
// chia sẻ, …"), and cutting the line there left a name that passed for the byline, and the paragraph was lost.
const TOOL_WORDS = ['Xem với cỡ chữ', 'Cỡ chữ', 'In bài', 'In trang', 'Bản in', 'Chia sẻ', 'Gửi email', 'Gửi bài', 'Lưu bài', 'Tweet', 'Facebook', 'Zalo'];
const toolSpellings = TOOL_WORDS.flatMap((w) => [w, w.toUpperCase(), w.replace(/(?<=\s)\p{Ll}/gu, (c) => c.toUpperCase())]);
export const TRAILING_TOOLS = new RegExp(`\\s*(?:${[...new Set(toolSpellings)].join('|')})(?![\\p{L}]).*$`, 'u');

export function parseDateLine(line: string): string | null {
  // Most blocks are paragraphs: leave them before any expensive pattern runs.
  if (line.length > 200 || !/\d/.test(line)) return null;
  const s = line.replace(TRAILING_TOOLS, '').trim();
  if (s.length === 0 || s.length > 90) return null;
  const found = findDateTime(s);
  if (!found) return null;
  // Two dates make a span ("từ ngày 20/9 đến ngày 24/9/2023"), not a dateline.
  if (DMY.test(s.slice(found.end))) return null;
  const rest = s
    .replace(DMY, ' ')
    .replace(HM, ' ')
    .replace(DATELINE_WORDS, ' ')
    .replace(/[\s|()[\]{},:;.\-–—/•·]+/gu, ' ')
    .trim();
  // What is left may be a category label or a view counter, not a clause.
  if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 3) return null;
  return found.iso;
}

/**
 * A machine date from meta/JSON-LD/<time datetime>: `2023-07-13`,
 * `2023-07-13T08:15:00+07:00`, `2022-04-05 09:12`, `13/07/2023`. A time
 * without offset is Vietnam time; an offset is kept.
 */
export function parseMachineDate(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return date;
    let off = m[7] ?? '+07:00';
    if (/^[+-]\d{4}$/.test(off)) off = `${off.slice(0, 3)}:${off.slice(3)}`;
    return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${off}`;
  }
  return findDateTime(v)?.iso ?? null;
}
