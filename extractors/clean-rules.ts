// The cleaner's rules as data. Each table carries example phrases beside its
// patterns; test/clean.rules.test.ts reads them, so a pattern edited without
// its examples (or the other way round) fails there.

export interface Rule {
  pattern: RegExp;
  /** Strings the pattern must match. */
  examples: string[];
  /** Strings it must not match (things easily confused with it). */
  counterExamples?: string[];
}

/**
 * class/id words of containers that hold the article (Readability's
 * "positive" list, plus the Vietnamese CMS words noi-dung, chi-tiet).
 */
export const POSITIVE_HINT: Rule = {
  pattern: /article|content|detail|body|post|entry|story|main|text|noi-?dung|noidung|chi-?tiet|chitiet|baiviet|bai-viet|news-?view/i,
  examples: ['news-detail', 'post__body', 'entry-content', 'noi-dung', 'chitiet', 'NewsContent', 'article'],
  counterExamples: ['sidebar', 'menu-top'],
};

/** class/id words of an article's lead (sapo) printed in its own box before the body. */
export const LEAD_HINT: Rule = {
  pattern: /sapo|(?<![a-z])lead(?![a-z])|summary|tom-?tat|chapeau|intro|excerpt|teaser|abstract|description/i,
  examples: ['bht-art-sapo', 'ptx-lead', 'article-summary', 'news-tomtat', 'post__excerpt'],
  counterExamples: ['leader-board', 'post__body', 'menu-top'],
};

/**
 * class/id words of chrome. They outweigh a positive word in the same name
 * ("related-posts", "post__foot"), since an article container is rarely
 * named after chrome.
 */
export const NEGATIVE_HINT: Rule = {
  pattern:
    /nav|menu|sidebar|side-?bar|\bside\b|__side|footer|\bfoot|__foot|comment|binh-?luan|share|social|chia-?se|related|lien-?quan|lienquan|tin-?khac|tinkhac|other-?news|othernews|\bmore\b|more__|most-?read|xem-?nhieu|xemnhieu|most-?view|popular|banner|\bads?\b(?!-(?:content|title|summary|sapo|date|body|detail|text|info|author))|advert|quang-?cao|widget|counter|thong-?ke|statistic|online|breadcrumb|crumbs|\bpath\b|(?<!has-[a-z-]*)font-?size|fontsize|text-?size|noprint|btn-print|print-?btn|tool|\btags?\b|keyword|pagination|paging|cookie|popup|modal|login|search-?box|searchbox|rating|vote|subscribe|newsletter|hotline|copyright|leftpane|rightpane|left-?col|right-?col|col-?right|col-?left|box-?right|box-?left|marquee|thong-?bao|lich-?cong-?tac|weather|twitter-tweet|instagram-media|fb-comments|fb-post|tiktok-embed/i,
  examples: ['sidebar', 'layout__side', 'post__foot', 'related-news', 'tin-lien-quan', 'tinkhac', 'most-read', 'xem-nhieu', 'fontsize', 'breadcrumb', 'share-tools', 'widget widget--stats', 'boxhead-right rightpane', 'othernews', 'ad-slot', 'ads'],
  // "ad-content", "ad-title": an ArticleDetail skin's abbreviation, not an advertisement.
  counterExamples: ['ad-content', 'ad-title', 'ad-summary', 'news-detail', 'post__body', 'entry-content', 'NewsContent', 'article-body', 'contentpane', 'has-medium-font-size'],
};

/** Elements whose class/id says "caption" or "image credit": dropped from text. */
export const CAPTION_HINT: Rule = {
  pattern: /caption|chu-?thich|chuthich|img-?desc|image-?desc|photo-?desc|figcaption|wp-caption-text|credit|PhotoCMS_Caption/i,
  examples: ['imgcaption', 'wp-caption-text', 'chu-thich', 'image-desc', 'photo-credit'],
  counterExamples: ['news-detail', 'content'],
};

/** Elements whose class/id says "author": a byline. */
export const AUTHOR_HINT: Rule = {
  pattern: /author|byline|tac-?gia|tacgia|signature|writer|nguoi-?viet/i,
  examples: ['post__author', 'news-author', 'tac-gia', 'byline'],
  counterExamples: ['post__body'],
};

/**
 * Whole lines of page chrome as they appear in text dumps and in short
 * blocks of pages: banners, widgets, counters, tool links. A block that
 * matches one of these (and is short) is never article text.
 */
export const CHROME_LINES: Rule[] = [
  { pattern: /^Chào mừng (bạn|quý vị)( đã)? đến với(?![\p{L}\p{N}])/iu, examples: ['Chào mừng bạn đến với Cổng thông tin điện tử tỉnh'] },
  { pattern: /^(Xem với )?cỡ chữ|^Cỡ chữ:?\s*(A|\+|-)|^A\s*A\s*A?$|^AA$/iu, examples: ['Xem với cỡ chữAA', 'Cỡ chữ A- A A+', 'Cỡ chữ: A A'] },
  { pattern: /^Responsive image$/i, examples: ['Responsive image'] },
  { pattern: /^(Hình ảnh hoạt động|Video Clip|Thư viện (ảnh|video)|Liên kết website|Liên kết)$/i, examples: ['Hình ảnh hoạt động', 'Video Clip', 'Liên kết website'] },
  {
    pattern: /^(Thống kê truy cập|Số người trực tuyến|Đang truy cập|Đang online|Tổng lượt truy cập|Lượt truy cập|Lượt xem|Truy cập hôm nay|Hôm nay|Tổng truy cập)(?![\p{L}\p{N}]).{0,40}$/iu,
    examples: ['Thống kê truy cập:143652', 'Số người trực tuyến: 10', 'Đang truy cập:', 'Lượt truy cập: 356.102', 'Lượt xem: 362'],
    counterExamples: ['Lượt xem các sản phẩm OCOP tại hội chợ tăng mạnh trong năm qua so với cùng kỳ năm trước, theo báo cáo của ban tổ chức'],
  },
  { pattern: /^[•·\-*]?\s*(Đang truy cập|Tổng lượt Truy cập)\s*:?\s*[\d.]*$/i, examples: ['• Đang truy cập:', '• Tổng lượt Truy cập:'] },
  {
    pattern: /^\[?(In bài|In trang|Bản in|Gửi email|Gửi bài|Quay lại|Về đầu trang|Đầu trang|Trở về|Lưu bài|Chia sẻ|Share|Tweet|Like|Email|Print)( viết| này)?\]?(\s*\|?\s*\[?(In bài|In trang|Bản in|Gửi email|Quay lại|Về đầu trang|Đầu trang|Trở về|Chia sẻ|Facebook|Zalo|Twitter)( viết| này)?\]?)*$/i,
    examples: ['[In trang] [Quay lại] [Đầu trang]', 'Chia sẻ', 'In bài viết', 'Quay lại | Về đầu trang'],
  },
  { pattern: /^(Chia sẻ|Share)\s*:?\s*(Facebook|Zalo|Twitter|Email)?(\s*(Facebook|Zalo|Twitter|Email))*$/i, examples: ['Chia sẻ: Facebook Zalo', 'Share Facebook'] },
  { pattern: /^(Tin liên quan|Tin khác|Các tin khác|Tin cùng chuyên mục|Bài viết liên quan|Tin mới|Tin mới nhất|Tin đọc nhiều|Xem nhiều|Đọc nhiều|Tin nổi bật)\s*:?$/i, examples: ['Các tin khác:', 'Tin liên quan', 'Xem nhiều'] },
  {
    pattern: /^(Có thể bạn quan tâm|Đọc thêm|Xem thêm|Các tin đã đưa|Tin bài liên quan|Bài liên quan|Tin cùng chuyên mục|Tin cùng chủ đề|Related( stories| news)?|Read more)\s*:?$/iu,
    examples: ['Có thể bạn quan tâm', 'Các tin đã đưa:', 'ĐỌC THÊM', 'Related stories'],
  },
  { pattern: /^(?:\([^)]{1,20}\)\s*[-–]\s*)?Nghe (bản tin|đọc|bài|audio|tin)[^.]{0,40}$/iu, examples: ['(CTV) - Nghe bản tin phát thanh:', 'Nghe đọc bài viết'] },
  { pattern: /^Theo dõi .{0,60}(Google News|Facebook|Zalo|YouTube|fanpage|TikTok)\.?$/iu, examples: ['Theo dõi Báo Nghệ An trên Google News'] },
  { pattern: /^Nguồn\s*:/iu, examples: ['Nguồn: Văn phòng UBND tỉnh', 'Nguồn: Báo Nghệ An'] },
  { pattern: /^(Từ khóa|Từ khoá|Tags?)\s*:/i, examples: ['Từ khóa: HTX, kinh tế tập thể', 'Tags: OCOP'] },
  { pattern: /^(Trang chủ|Home)(\s*[»›>/|]\s*[^»›>/|]{1,60})+$/i, examples: ['Trang chủ » Tin tức » Hoạt động', 'Trang chủ › Tin tức'] },
  { pattern: /^(Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:\s*.{1,60}$/i, examples: ['Ảnh: Ngọc Dựng', 'Ảnh minh họa: Internet'] },
  { pattern: /^©|^Copyright(?![\p{L}\p{N}])|^Bản quyền(?![\p{L}\p{N}])|^Giấy phép (số|xuất bản)/iu, examples: ['© 2023 Liên minh Hợp tác xã', 'Copyright © 2012', 'Giấy phép số 14/GP-STTTT'] },
  { pattern: /^(Đồng ý|Chấp nhận|Đóng|Close|Accept)$/i, examples: ['Đồng ý', 'Close'] },
  { pattern: /^Trang web (này )?sử dụng cookie/i, examples: ['Trang web sử dụng cookie để thống kê lượt truy cập.'] },
];

/**
 * A byline printed at the start of a line: the name follows the label and a
 * colon ("Tin, ảnh: NGỌC DỰNG"); "Theo …" (a source credit) needs no colon
 * but only counts on a short line, never in a sentence.
 */
export const BYLINE_LABELS: Rule = {
  pattern:
    /^(?:(?:(?:Tin|Bài)(?:\s*(?:,|và|-|&)\s*ảnh)?|Bài viết|Tác giả|Người viết|Thực hiện|Nhóm PV|Nhóm phóng viên)\s*:\s*|Theo\s+)(.{2,60})$/iu,
  examples: ['Tin, ảnh: NGỌC DỰNG', 'Bài và ảnh: Hoàng Thu', 'Theo Báo Kiên Giang', 'Tác giả: Minh Anh', 'Tin: T.T'],
  counterExamples: [
    'Theo báo cáo của Liên minh HTX tỉnh, năm 2022 toàn tỉnh thành lập mới 33 HTX và giải thể 12 HTX yếu kém.',
    'Tin khác',
    'Bài viết mới',
    'Tin cùng chuyên mục',
  ],
};

/**
 * A bare name on its own line at the end of an article: words starting with
 * a capital (Thùy Dung, NGỌC DỰNG, H'Linh Niê) or initials (T.T, N.D.). At
 * most 5 words, no digits, no sentence punctuation inside.
 */
export const BYLINE_NAME: Rule = {
  pattern: /^(?:(?:\p{Lu}['’]?[\p{L}\p{M}]*\.?)(?:[\s-]+|\.|$)){1,5}$|^(?:\p{Lu}\.){1,4}\p{Lu}?\.?$/u,
  examples: ['Thùy Dung', 'NGỌC DỰNG', 'T.T', 'Ngọc Dựng', 'Thanh Huyền', 'N.D.', 'Hoàng Thu', "H'Linh Niê"],
  counterExamples: ['Các đại biểu tham dự Hội nghị', 'Hội nghị sơ kết năm 2023', 'Tổng số 279 HTX', 'Tin liên quan'],
};

/**
 * Labels in front of a name on a meta line above or below the article
 * ("Đăng bởi Út Nhỏ vào lúc 21:05", "By Maria Santos · 5 September 2023").
 */
export const AUTHOR_LABEL: Rule = {
  pattern:
    /^(?:Đăng bởi|Gửi bởi|Viết bởi|Bởi|Posted by|Written by|By|Ảnh và bài|Bài và ảnh|Bài,? ảnh|Tin,? ảnh|Tin và ảnh|Bài|Tin|Tác giả|Người viết|Người đăng|Thực hiện)\s*:?\s+/iu,
  examples: ['Đăng bởi Út Nhỏ', 'Bởi Thu Hằng', 'By Maria Santos', 'Ảnh và bài: Lò Văn Thắng', 'Gửi bởi Ngọc Trâm', 'Bài và ảnh: Hoài Thu', 'Người đăng: Minh Châu'],
  counterExamples: ['Bình luận', 'Hoài Thu'],
};

/** What may follow a signature and is not part of the name: "(thực hiện)", "– Văn phòng Liên minh HTX tỉnh". */
export const BYLINE_SUFFIX = /\s*\([^)]*\)\s*$|\s+[–—-]\s+.*$/u;

/** Words a signature never is, although they look like a capitalised name. */
export const NOT_A_NAME = /^(Trang chủ|Tin tức|Giới thiệu|Liên hệ|Tin liên quan|Tin khác|Các tin|Tin cùng|Bài viết|Bài liên quan|Xem thêm|Đọc thêm|Có thể bạn|Xem nhiều|Hình ảnh|Video|Chia sẻ|Đồng ý|Hội nghị|Liên minh|Hợp tác xã|Thông báo|Văn bản|Ủy ban|UBND|HTX|THT|LMHTX|QTDND|TDND|OCOP|Tin|Bài|Ảnh|Ban|Sở|Đại hội|Ngày|Tháng|Năm|Thứ|Quay lại|Đầu trang|In trang|Tags?|Email|Facebook|Zalo)(?![\p{L}\p{N}])/iu;

/** Query parameters that only track the click: removed from canonical URLs. */
export const TRACKING_PARAMS: Rule = {
  pattern: /^(utm_[a-z]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|zarsrc|igshid|ref_src)$/i,
  examples: ['utm_source', 'utm_campaign', 'fbclid', 'gclid', 'zarsrc'],
  counterExamples: ['ID', 'tabid', 'CateID', 'page'],
};

/** Site-name separators in <title>: "Headline - Site", "Headline | Site". */
export const TITLE_SEPARATORS = /\s+(?:::|[-|–—:»>])\s+|\s*\|\s*/;

export function matchesAny(rules: readonly Rule[], s: string): boolean {
  for (const r of rules) if (r.pattern.test(s)) return true;
  return false;
}

/** A name printed alone at the end of an article, or after a byline label. */
export function bylineName(text: string): string | null {
  const t = text.trim();
  if (t.length > 80) return null;
  const label = BYLINE_LABELS.pattern.exec(t);
  if (label) {
    const who = label[1]!.replace(BYLINE_SUFFIX, '').replace(/[.\s]+$/, '').trim();
    // "Theo báo cáo của Liên minh HTX tỉnh": a report cited for the figures; a credit names a paper ("Theo Báo Kiên Giang").
    if (/^theo\s/iu.test(t) && /^\p{Ll}/u.test(who)) return null;
    // "Theo kế hoạch, …" starts a sentence, not a credit.
    // "Theo Liên minh HTX tỉnh Hà Tĩnh": the body a text was taken from, not a reporter.
    return who && !/[,;]/.test(who) && who.length <= 50 && !NOT_A_NAME.test(who) ? who : null;
  }
  const name = t.replace(BYLINE_SUFFIX, '').trim();
  if (name.length <= 40 && BYLINE_NAME.pattern.test(name) && !NOT_A_NAME.test(name) && name.split(/\s+/).length <= 5) {
    // "Minh Trí - Lan Anh": two reporters sign together, and the byline is kept as printed; "Minh Trí - Báo X" is a
    // name and its paper.
    const pair = /^(.+?)\s+[–—-]\s+(.+)$/u.exec(t);
    const second = pair?.[2]!.trim();
    // Initials before a name ("T.M.P - Trần Minh Phương") sign one reporter twice.
    if (pair && second && pair[1]!.trim() === name && /\p{Ll}/u.test(name) && /\p{Ll}/u.test(second) && second.length <= 40 && BYLINE_NAME.pattern.test(second) && !NOT_A_NAME.test(second) && !/^(?:báo|tạp chí|đài|ttxvn|vov|vtv|nguồn|theo)(?![\p{L}])/iu.test(second) && second.split(/\s+/).length <= 5)
      return t;
    return name;
  }
  return null;
}

