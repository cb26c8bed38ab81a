// The rule baseline for chrome lines: the house list of chrome lines
// (clean-rules.ts CHROME_LINES), counter/widget words, and "short and not a
// sentence" (menus, captions, bylines, headings of side boxes).
import { CHROME_LINES, matchesAny } from '../clean-rules.js';

/** Ends like a sentence or a clause a paragraph may end on. */
export const SENTENCE_END = /[.!?…;:]["”’»)]*$/u;
/** Below this many words a line that does not end like a sentence is taken for chrome. */
export const SHORT_LINE_WORDS = 8;

export const COUNTER_WORDS = {
  pattern: /(?<![\p{L}])(?:truy cập|lượt xem|lượt thích|bình luận|trực tuyến|online|đăng nhập|đăng ký|chia sẻ|cỡ chữ|in bài|quay lại|trang chủ)(?![\p{L}])/iu,
  examples: ['Lượt xem: 1.204', 'Bình luận (3)', 'Đăng nhập để gửi ý kiến'],
  counterExamples: ['Hợp tác xã có 186 thành viên với tổng diện tích 243 ha.'],
};

export function ruleChrome(line: string): boolean {
  if (matchesAny(CHROME_LINES, line)) return true;
  if (COUNTER_WORDS.pattern.test(line) && line.length < 80) return true;
  const words = line.split(/\s+/).filter(Boolean).length;
  return words < SHORT_LINE_WORDS && !SENTENCE_END.test(line);
}

/** Lines the house list names outright: the only rule hits the combined system trusts over the model. */
export function ruleCertainChrome(line: string): boolean {
  return matchesAny(CHROME_LINES, line);
}
