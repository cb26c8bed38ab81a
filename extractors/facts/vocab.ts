// The fact layer's vocabulary. Every pattern runs on toneKey(text): lowercase,
// new-style tone placement, same length as the text, so a match's offsets are
// offsets into the document text. Each row carries the phrases it must match;
// test/facts.vocab.test.ts reads these tables.
import type { Entity, Metric, Rating, Sector, Unit } from '../../schemas/records.js';

export interface Example {
  /** A phrase (lowercase or not: tests compare on toneKey) that the pattern must match at its start. */
  text: string;
  /** The part of `text` the match must cover, when not all of it. */
  match?: string;
}

// ------------------------------------------------------------ counted nouns
// The noun right after a number says what is counted: "279 HTX", "585 tổ viên".

export interface NounRule {
  id: string;
  pattern: RegExp;
  entity: Entity | 'inherit';
  metric: Metric;
  unit: Unit;
  /** Sector implied by the noun itself (people's credit funds count as cooperatives in sector credit). */
  sector?: Sector;
  /** Only a fact when the sentence is about training/propaganda courses. */
  needsTraining?: boolean;
  examples: Example[];
  counter?: Example[];
}

const W = String.raw`(?![\p{L}\p{N}])`; // end of word

export const NOUNS: NounRule[] = [
  {
    id: 'noun.union',
    // "Liên hiệp HTX: 3 LH;": a bare "LH" only where a list item ends on it.
    pattern: new RegExp(String.raw`^(?:liên hiệp (?:hợp tác xã|htx)|lh htx|lhhtx|liên hiệp|lh(?=\s*[;,.)(]|\s*$))${W}`, 'u'),
    entity: 'cooperative_union',
    metric: 'count',
    unit: 'count',
    examples: [{ text: 'Liên hiệp HTX (Thoại Sơn và Tri Tôn)', match: 'liên hiệp htx' }, { text: 'liên hiệp hợp tác xã' }, { text: 'LH;', match: 'lh' }, { text: 'LH (01 LH HTX VT, 02 LH HTX NN)', match: 'lh' }],
  },
  {
    id: 'noun.member_coops',
    pattern: new RegExp(String.raw`^(?:hợp tác xã|htx) thành viên${W}`, 'u'),
    entity: 'inherit',
    metric: 'members',
    unit: 'count',
    examples: [{ text: 'hợp tác xã thành viên tham gia', match: 'hợp tác xã thành viên' }],
  },
  {
    id: 'noun.credit_fund',
    pattern: new RegExp(
      String.raw`^(?:quỹ tín dụng nhân dân|quỹ tdnd|qtdnd|qtd nhân dân|quỹ tín dụng|qtd)(?: cơ sở)?${W}`,
      'u',
    ),
    entity: 'cooperative',
    metric: 'count',
    unit: 'count',
    sector: 'credit',
    examples: [{ text: 'Quỹ tín dụng nhân dân và 02' , match: 'quỹ tín dụng nhân dân'}, { text: 'Quỹ TDND' }, { text: 'QTD' }, { text: 'QTDND' }],
  },
  {
    id: 'noun.fund',
    // "Quỹ TDND 7 quỹ", "Khối Quỹ TDND gồm 16 quỹ": a bare "quỹ" where the clause speaks of credit funds.
    pattern: new RegExp(String.raw`^quỹ${W}(?! (?:hỗ trợ|phát triển|quốc gia|khen thưởng|bảo lãnh|đầu tư))`, 'u'),
    entity: 'cooperative',
    metric: 'count',
    unit: 'count',
    sector: 'credit',
    examples: [{ text: 'quỹ hoạt động có lãi', match: 'quỹ' }],
    counter: [{ text: 'quỹ hỗ trợ phát triển' }],
  },
  {
    id: 'noun.agri_cooperative',
    // "318 HTXNN": terse reports glue the farming sector to the noun.
    pattern: new RegExp(String.raw`^htxnn${W}`, 'u'),
    entity: 'cooperative',
    metric: 'count',
    unit: 'count',
    sector: 'agriculture',
    examples: [{ text: 'HTXNN với 412.650 xã viên', match: 'htxnn' }],
  },
  {
    id: 'noun.cooperative',
    pattern: new RegExp(String.raw`^(?:hợp tác xã|htx)${W}`, 'u'),
    entity: 'cooperative',
    metric: 'count',
    unit: 'count',
    examples: [{ text: 'HTX nông nghiệp', match: 'htx' }, { text: 'hợp tác xã' }],
  },
  {
    id: 'noun.group_members',
    pattern: new RegExp(String.raw`^(?:tổ viên|thành viên tổ hợp tác|thành viên tht)${W}`, 'u'),
    entity: 'cooperative_group',
    metric: 'members',
    unit: 'person',
    examples: [{ text: 'tổ viên THT', match: 'tổ viên' }],
  },
  {
    id: 'noun.group',
    pattern: new RegExp(String.raw`^(?:tổ hợp tác|tht)${W}`, 'u'),
    entity: 'cooperative_group',
    metric: 'count',
    unit: 'count',
    examples: [{ text: 'THT', match: 'tht' }, { text: 'tổ hợp tác nông nghiệp', match: 'tổ hợp tác' }],
  },
  {
    id: 'noun.member_units',
    // "Kết nạp mới 9 đơn vị TV": terse reports abbreviate thành viên here too.
    // "Đơn vị TV: 198 đv; kết nạp mới 17 đv", "Kết nạp mới 15 đv TV": "đv" too, where an item ends on it.
    pattern: new RegExp(String.raw`^(?:đơn vị thành viên|tổ chức thành viên|đơn vị tv|đvtv|đv tv|đv(?=\s*[;,.)]|\s*$))${W}`, 'u'),
    entity: 'member_unit',
    metric: 'count',
    unit: 'count',
    examples: [{ text: 'đơn vị thành viên' }, { text: 'đơn vị TV' }, { text: 'đv TV' }, { text: 'đv;', match: 'đv' }],
  },
  {
    id: 'noun.ocop',
    // "3 sản phẩm đạt chuẩn OCOP", "2 sản phẩm chè đạt OCOP 4 sao": a word or two and the recognition may stand between.
    pattern: new RegExp(String.raw`^(?:sản phẩm (?:(?!của|do|được|đạt|là)[\p{L}]+\s){0,2}?(?:(?:đạt|được công nhận|được chứng nhận|đạt chứng nhận)\s+)?(?:chuẩn\s+)?ocop|sản phẩm (?:đạt )?(?:chuẩn )?(?:ocop )?(?:[1-5]|ba|bốn|năm) sao)${W}`, 'u'),
    entity: 'ocop_product',
    metric: 'count',
    unit: 'count',
    examples: [{ text: 'sản phẩm OCOP được' , match: 'sản phẩm ocop'}, { text: 'sản phẩm 4 sao' }, { text: 'sản phẩm đạt 3 sao' }, { text: 'sản phẩm đạt chuẩn OCOP 3 sao', match: 'sản phẩm đạt chuẩn ocop' }, { text: 'sản phẩm chè đạt OCOP 4 sao', match: 'sản phẩm chè đạt ocop' }, { text: 'sản phẩm đạt chứng nhận OCOP' }],
    counter: [{ text: 'sản phẩm của HTX các tỉnh' }],
  },
  {
    id: 'noun.household_members',
    pattern: new RegExp(String.raw`^(?:hộ thành viên|hộ gia đình|hộ dân|hộ)${W}`, 'u'),
    entity: 'inherit',
    metric: 'members',
    unit: 'count',
    examples: [{ text: 'hộ tham gia', match: 'hộ' }, { text: 'hộ thành viên' }],
  },
  {
    id: 'noun.members',
    // "12.870 TV": terse reports abbreviate thành viên.
    pattern: new RegExp(String.raw`^(?:thành viên|xã viên|tv)${W}`, 'u'),
    entity: 'inherit',
    metric: 'members',
    unit: 'person',
    examples: [{ text: 'thành viên' }, { text: 'xã viên' }, { text: 'TV' }],
  },
  {
    id: 'noun.workers',
    // "14.820 LĐ": terse reports abbreviate lao động too.
    pattern: new RegExp(String.raw`^(?:người lao động|lao động|việc làm|lđ)${W}`, 'u'),
    entity: 'inherit',
    metric: 'workers',
    unit: 'person',
    examples: [{ text: 'lao động tại địa phương', match: 'lao động' }, { text: 'người lao động' }, { text: 'LĐ thường xuyên', match: 'LĐ' }],
  },
  {
    id: 'noun.course',
    // Fairs, inspections and surveys come in "đợt" and "cuộc" too; they are no courses.
    pattern: new RegExp(String.raw`^(?:lớp|khóa|khoá|cuộc|buổi|hội nghị tuyên truyền|đợt)${W}(?! (?:hội chợ|triển lãm|kiểm tra|thanh tra|giám sát|khảo sát|xúc tiến|tham quan))`, 'u'),
    entity: 'training_course',
    metric: 'count',
    unit: 'count',
    needsTraining: true,
    examples: [{ text: 'lớp tập huấn', match: 'lớp' }, { text: 'cuộc' }],
    counter: [{ text: 'đợt hội chợ' }, { text: 'cuộc kiểm tra' }, { text: 'cuộc thanh tra, kiểm tra' }],
  },
  {
    id: 'noun.participants_times',
    // "cho 64 lượt HTX vay", "hỗ trợ pháp lý cho 32 lượt HTX, THT": turns of cooperatives, no people.
    pattern: new RegExp(String.raw`^lượt(?! (?:htx|hợp tác xã|tht|tổ hợp tác|doanh nghiệp|hộ)(?![\p{L}]))(?: người| cán bộ| học viên| đại biểu| thành viên)?${W}`, 'u'),
    entity: 'training_course',
    metric: 'participants',
    unit: 'person_time',
    needsTraining: true,
    examples: [{ text: 'lượt cán bộ HTX', match: 'lượt cán bộ' }, { text: 'lượt người' }],
    counter: [{ text: 'lượt HTX vay vốn' }, { text: 'lượt HTX, THT' }],
  },
  {
    id: 'noun.participants',
    pattern: new RegExp(
      // "4 lớp tập huấn cho 230 tổ trưởng, tổ phó THT": the heads of groups and cooperatives trained are people too.
      String.raw`^(?:người tham dự|người tham gia|học viên|đại biểu|cán bộ|tổ trưởng|giám đốc|kế toán|người)${W}`,
      'u',
    ),
    entity: 'training_course',
    metric: 'participants',
    unit: 'person',
    needsTraining: true,
    examples: [{ text: 'người tham dự' }, { text: 'học viên' }, { text: 'tổ trưởng, tổ phó THT', match: 'tổ trưởng' }],
  },
];

// ------------------------------------------------------------ metric keywords
// A keyword before an amount says what is measured: "vốn điều lệ 8.076.287.000 đồng".

export interface MetricRule {
  id: string;
  pattern: RegExp;
  metric: Metric;
  /** Kinds of mention the keyword can govern. */
  kinds: ('money' | 'area' | 'number' | 'range')[];
  examples: Example[];
}

export const METRIC_KEYWORDS: MetricRule[] = [
  { id: 'metric.charter', pattern: /vốn điều lệ|(?<![\p{L}])vđl(?![\p{L}])|(?<![\p{L}])vốn đl(?![\p{L}])/u, metric: 'charter_capital', kinds: ['money'], examples: [{ text: 'vốn điều lệ' }, { text: 'VĐL: 1.008,6 tỷ đ', match: 'VĐL' }, { text: 'Vốn ĐL: 1.146 tỷ đồng', match: 'Vốn ĐL' }] },
  // "bình quân mỗi thành viên góp khoảng 2,9 triệu đồng": what a member puts in is contributed capital too.
  { id: 'metric.contributed', pattern: /vốn góp|góp vốn|(?<=(?:thành viên|xã viên|hộ|tv)\s+(?:đã\s+)?)góp(?=\s+(?:khoảng|gần|hơn|trên|bình quân|từ|\d))/u, metric: 'contributed_capital', kinds: ['money'], examples: [{ text: 'tổng số vốn góp', match: 'vốn góp' }, { text: 'bình quân mỗi thành viên góp khoảng 2,9 triệu đồng', match: 'góp' }] },
  {
    id: 'metric.operating',
    pattern: /vốn hoạt động|vốn hđ(?![\p{L}])|vốn sản xuất kinh doanh|vốn sản xuất, kinh doanh|tổng nguồn vốn|vốn kinh doanh/u,
    metric: 'operating_capital',
    kinds: ['money'],
    examples: [{ text: 'vốn hoạt động' }, { text: 'tổng nguồn vốn' }, { text: 'nguồn vốn HĐ', match: 'vốn hđ' }],
  },
  { id: 'metric.assets', pattern: /tổng tài sản|giá trị tài sản|tài sản|(?<![\p{L}])tổng ts(?![\p{L}])/u, metric: 'total_assets', kinds: ['money'], examples: [{ text: 'tổng tài sản' }, { text: 'tổng TS: 2.873,6 tỷ đồng', match: 'tổng TS' }] },
  // "tổng thu nhập của các quỹ": a credit fund's takings are its revenue; "thu nhập" is otherwise what people earn.
  // "Năm 2016, tổ thu về khoảng 620 triệu đồng từ bán hạt dẻ": what a cooperative or group took in is its revenue.
  { id: 'metric.revenue', pattern: /doanh thu|doanh số|thu về(?=\s*(?:(?:khoảng|gần|hơn|trên|được)\s*)?(?:\d|$))|tổng thu nhập(?= của (?:các |hệ thống )?(?:quỹ|qtdnd))|(?<![\p{L}])dt(?= bq| bình quân|:| ước| đạt| \d+ tháng| \d[\d.,]*\s*(?:tỷ|tỉ|triệu|tr)|\s*$| năm \d{4}:| khu vực (?:htx|hợp tác xã)| của)/u, metric: 'revenue', kinds: ['money', 'range'], examples: [{ text: 'doanh thu bình quân' , match: 'doanh thu'}, { text: 'DT 5,6 tỷ đ', match: 'DT' }, { text: 'Tổng DT khu vực HTX ước 380,6 tỷ đ', match: 'DT' }, { text: 'tổng thu nhập của các quỹ', match: 'tổng thu nhập' }, { text: 'tổ thu về khoảng 620', match: 'thu về' }] },
  {
    id: 'metric.profit',
    pattern: /lợi nhuận|thu lãi|lãi ròng|lãi bình quân|lãi|(?<![\p{L}])ln(?= bq| bình quân|:| ước| đạt| trước thuế| sau thuế| \d[\d.,]*\s*(?:tỷ|tỉ|triệu|tr)| \d+ tháng| năm \d{4}:|\s*$)/u,
    metric: 'profit',
    kinds: ['money', 'range'],
    examples: [{ text: 'lợi nhuận' }, { text: 'thu lãi' }, { text: 'LN 4,1 tỷ đ', match: 'LN' }, { text: 'LN 9 tháng: 14,2 tỷ đồng', match: 'LN' }],
  },
  { id: 'metric.income', pattern: /(?<!tổng )thu nhập(?! của (?:các |hệ thống )?(?:quỹ|qtdnd))|(?<![\p{L}])tn(?= bq| bình quân| của (?:tv|thành viên|lđ|lao động|người lao động)(?![\p{L}]))/u, metric: 'income', kinds: ['money', 'range'], examples: [{ text: 'thu nhập bình quân' , match: 'thu nhập'}, { text: 'TN của TV bình quân', match: 'TN' }] },
  {
    id: 'metric.land',
    pattern: /diện tích|đất sản xuất|canh tác|quy mô/u,
    metric: 'land_area',
    kinds: ['area', 'range'],
    examples: [{ text: 'tổng diện tích', match: 'diện tích' }],
  },
  {
    id: 'metric.members',
    pattern: /(?:tổng số )?(?:thành viên|xã viên|tổ viên)(?: htx| hợp tác xã| tht| tổ hợp tác)?|(?:tổng số )?(?<![\p{L}])tv(?: htx| hợp tác xã)?(?=:|\s+\d|\s*$)/u,
    metric: 'members',
    kinds: ['number'],
    examples: [{ text: 'Tổng số thành viên HTX', match: 'tổng số thành viên htx' }, { text: 'tổng số xã viên' }, { text: 'Tổng số TV HTX 36.870 người', match: 'tổng số tv htx' }, { text: 'tổ viên THT 19.402 người', match: 'tổ viên tht' }],
  },
  {
    id: 'metric.workers',
    pattern: /(?:tổng số )?(?:người )?lao động|(?<![\p{L}])lđ(?= thường xuyên|:| làm việc)/u,
    metric: 'workers',
    kinds: ['number'],
    examples: [{ text: 'tổng số lao động' }, { text: 'LĐ làm việc trong HTX: 7.920 người', match: 'lđ' }],
  },
];

// ------------------------------------------------------------ scope

export interface ScopeRule {
  id: string;
  pattern: RegExp;
  scope: 'new' | 'dissolved' | 'existing';
  examples: Example[];
  counter?: Example[];
}

/** The last trigger before a number in its clause decides the scope. */
export const SCOPE_TRIGGERS: ScopeRule[] = [
  {
    id: 'scope.new',
    pattern:
      /(?<![\p{L}])(?:thành lập mới|tl mới|tlm|phát triển mới|thành lập thêm|phát triển thêm|kết nạp thêm|thành lập được|mới thành lập|tái thành lập|kết nạp mới|kết nạp|thành lập|xây dựng mới|tuyển mới|có thêm|được công nhận mới|công nhận thêm|công nhận mới|(?:htx|hợp tác xã) mới(?!\s+(?:chỉ\s+)?đạt(?:\s+(?:khoảng|gần|hơn|trên))?\s*(?:\d|$))|tạo thêm việc làm(?: mới)?|tạo việc làm mới|phát triển(?=\s*(?:(?:khoảng|gần|hơn|trên|ít nhất|tối thiểu|được)\s*)?$))(?![\p{L}])/u,
    scope: 'new',
    // "tạo thêm việc làm cho 1.000 lao động": jobs made during the period.
    examples: [{ text: 'thành lập mới' }, { text: 'phát triển mới' }, { text: 'kết nạp mới' }, { text: 'HTX mới' }, { text: 'phát triển thêm' }, { text: 'tạo thêm việc làm' }, { text: 'tạo thêm việc làm mới' }, { text: 'phát triển' }],
    // "doanh thu bình quân của HTX mới đạt khoảng 850 triệu đồng": "mới" before the verb is "only", not "new".
    counter: [{ text: 'doanh thu bình quân của HTX mới đạt khoảng 850' }, { text: 'doanh thu bình quân của HTX mới đạt khoảng ' }],
  },
  {
    id: 'scope.dissolved',
    // "ngừng hoạt động, chờ giải thể là 18 HTX": awaiting dissolution, still a stock; so is "chưa giải thể" (not yet).
    pattern: /(?<![\p{L}])(?<!chờ |làm thủ tục |thuộc diện |diện phải |chưa |chưa được |chưa làm thủ tục )(?:giải thể|chấm dứt hoạt động|xóa tên|thu hồi giấy chứng nhận)(?![\p{L}])/u,
    scope: 'dissolved',
    examples: [{ text: 'giải thể' }, { text: 'chấm dứt hoạt động' }],
  },
  {
    id: 'scope.existing',
    pattern:
      /(?<![\p{L}])(?:hiện có|(?<!(?:thực|phát|xuất|thể|biểu|trình) )hiện (?:[\p{L}]+ ){1,3}?có|hiện nay|hiện tại|đến nay|nay (?:đã )?có|tính đến|toàn tỉnh có|toàn thành phố có|có tổng số|tổng số(?! (?:htx|hợp tác xã|thành viên|lao động)?\s*(?:thành lập|kết nạp|phát triển))|trong đó|bao gồm|(?:nâng|đưa) tổng(?:(?!thành lập)[^,;.\d]){0,40}?lên|(?:nâng|đưa) tổng số (?:htx|hợp tác xã)(?:(?!thành lập)[^,;.]){0,30}?đạt)(?![\p{L}])/u,
    scope: 'existing',
    examples: [{ text: 'hiện có' }, { text: 'hiện Liên minh có' }, { text: 'toàn tỉnh có' }, { text: 'trong đó' }, { text: 'đưa tổng số HTX toàn tỉnh lên' }, { text: 'đưa tổng số HTX đến 31/12/2025 đạt' }, { text: 'tổng số' }],
  },
];

/** Cooperatives having products, more of them too ("các HTX có thêm … sản phẩm"): read by count.ts and extract.ts alike. */
export const HAVE_VERB = String.raw`(?:đã\s+)?có(?:\s+thêm)?|sở hữu`;
/** The bound words that may stand before such a number ("ít nhất 25 sản phẩm"). */
export const BOUND_WORD = String.raw`(?:trên|hơn|gần|khoảng|ít nhất|tối thiểu)`;

/** Verbs after which a counted group is not a statistic of the sector ("hỗ trợ 04 HTX", "khen thưởng 20 HTX"). */
export const BLOCKING_VERBS: { pattern: RegExp; examples: Example[] } = {
  pattern:
    /(?:hỗ trợ|chuyển đổi|củng cố|kiện toàn|hợp nhất|sáp nhập|tổ chức lại|tư vấn cho|tư vấn|hướng dẫn|kiểm tra|giám sát|khen thưởng|(?:tặng|trao)(?: (?:giấy khen|bằng khen|cờ thi đua))?|biểu dương|(?<![\p{L}])đại diện(?! cho)|phân loại|(?<![\p{L}])giúp|danh sách|(?:phải )?lùi|tạm hoãn|hoãn|(?<!đại diện )cho|giới thiệu|kết nối|lựa chọn|chọn|của|giữa|(?<!giải thể |tuyệt )đối với|tại|thăm|làm việc với|tham gia|vay vốn|cấp|đề xuất|xét|công nhận|ký kết với|phối hợp với)\s*(?:(?:các|cho|thêm|được|lãnh đạo|cán bộ)\s+){0,2}(?:(?:khoảng|gần|hơn|trên|tới|xấp xỉ)\s+)?$/u,
  examples: [{ text: 'hỗ trợ ' }, { text: 'cho ' }, { text: 'tham gia ' }, { text: 'tặng giấy khen ' }, { text: 'thành phố và đại diện ' }, { text: 'đánh giá, phân loại ' }, { text: 'giúp ' }, { text: 'tổng hợp danh sách ' }, { text: 'Liên minh phải lùi ' }, { text: 'hướng dẫn hồ sơ chuyển đổi cho trên ' }],
};

/**
 * What follows the counted noun in the phrases the two tables below must reject, and (counter) must let
 * through. Lowercase without change of tones, as the rules read them.
 */
export const AFTER_NOUN_EXAMPLES = {
  participation: { examples: [' tham gia hội chợ', ' được hỗ trợ vay vốn', ' được khen thưởng', ' với diện tích 14.300 ha tham gia Đề án'], counter: [' tham gia là thành viên', ' đang hoạt động', ' yếu cần được hỗ trợ củng cố'] },
  subset: {
    examples: [' ứng dụng công nghệ cao', ' có sản phẩm đạt chuẩn', ' chưa đánh giá do mới thành lập', ' chưa được xếp loại', ' thuộc diện phải giải thể', ' phải điều chỉnh địa chỉ trụ sở', ' đang được hướng dẫn củng cố', ' được đánh giá, phân loại', ' được hỗ trợ xây dựng thương hiệu', ' do nữ giữ vị trí giám đốc', ' đang vay', ' mới thành lập chưa đủ điều kiện xếp loại', ' có quy mô trên 100 ha', ' có vốn điều lệ dưới 500 triệu đồng', ' có tổng tài sản trên 10 tỷ đồng', ' đã có chứng nhận 4C', ' có diện tích đạt chứng nhận VietGAP', ' đạt mức khá trở lên', ' có đồng bào Khmer tham gia', ' thực hiện chia lãi cho thành viên', ' thành lập trước năm 2013 đã hoàn thành', ' hoàn thành việc rà soát điều lệ', ' hoàn thành.', ' nông nghiệp đạt tiêu chí', ' đã sử dụng hóa đơn điện tử', ' có gian hàng trên sàn', ' có doanh thu thường xuyên từ kênh trực tuyến', ' đã gắn mã QR', ' duy trì tỷ lệ nợ xấu dưới 1%', ' tuyến cố định đang gặp khó khăn', ' thanh niên đã bán hàng qua sàn', ' trẻ tham gia hội chợ', ' mới do đoàn viên, thanh niên dưới 35 tuổi sáng lập', ' đứng tên 187 sản phẩm OCOP', ' lãi trên 300 triệu đồng', ' hoạt động kém hiệu quả được vận động chuyển sang hình thức tổ hợp tác', ' điển hình xếp loại tốt'],
    counter: [' cần được hỗ trợ củng cố', ' đang hoạt động', ' hoạt động hiệu quả', ' với 1.200 thành viên', ' nông nghiệp', ' vải thiều có tổng diện tích liên kết', ' ngừng hoạt động, chờ giải thể hoặc chuyển đổi', ' nông nghiệp thu hút lao động trẻ'],
  },
};

/**
 * Land a sentence gives as something other than the area the cooperatives farm, read in the text right before the
 * figure or its metric word (`before`). The test reads the examples.
 */
export const NOT_THEIR_LAND: { id: string; before: 'figure' | 'keyword' | 'between'; pattern: RegExp; reason: string; examples: string[] }[] = [
  {
    id: 'land.linked_fields',
    // Read between the word "diện tích" and the figure.
    before: 'between',
    pattern: /^diện tích\s+(?:[^,;.\d]{0,30}?\s)?(?:cánh đồng lớn|ký kết hợp đồng|hợp đồng bao tiêu|bao tiêu|theo liên kết|theo chuỗi|liên kết theo chuỗi)(?![\p{L}])[^,;.\d]{0,40}$/u,
    reason: 'area of large fields or of contracts, not the cooperatives\' own land',
    examples: ['diện tích cánh đồng lớn với trên ', 'diện tích sản xuất theo cánh đồng lớn đạt ', 'diện tích ký kết hợp đồng bao tiêu đạt ', 'diện tích sản xuất theo liên kết đạt khoảng '],
  },
  {
    id: 'land.building',
    before: 'figure',
    pattern: /(?<![\p{L}])(?:xưởng|nhà xưởng|kho|trụ sở|văn phòng|nhà sơ chế|cửa hàng|lò sấy)(?![\p{L}])[^,;.\d]{0,30}$/u,
    reason: 'the floor of a building, not farmed land',
    examples: ['xây dựng xưởng sơ chế rộng ', 'kho chứa '],
  },
  {
    id: 'land.property',
    before: 'figure',
    // "… của HTX được cấp chứng nhận đạt 5.000 ha", "(4C, Rainforest Alliance, hữu cơ) đạt 9.870 ha", "sản xuất theo tiêu chuẩn
    // GlobalGAP với tổng diện tích 620 ha": the certified part of the land.
    pattern: /(?:được chứng nhận|được cấp chứng nhận|đạt chứng nhận|cấp chứng nhận(?: quốc tế)? cho|(?:chứng nhận|vietgap|globalgap|4c|rainforest alliance|hữu cơ)\)?\s+(?:với (?:tổng )?diện tích|đạt)|liên kết thêm|liên kết với|của doanh nghiệp|doanh nghiệp trên)[^,;.\d]{0,40}$/u,
    reason: 'area of land with a property (certified, linked) the fact fields cannot carry',
    examples: ['diện tích điều của các htx được chứng nhận hữu cơ đạt ', 'liên kết thêm ', 'diện tích cà phê, hồ tiêu của htx được cấp chứng nhận đạt ', 'chứng nhận sản xuất bền vững (4c, rainforest alliance, hữu cơ) đạt ', 'sản xuất theo tiêu chuẩn globalgap với tổng diện tích '],
  },
  {
    id: 'land.outsiders',
    before: 'figure',
    pattern: /(?:ngoài htx|ngoài hợp tác xã|không phải (?:là )?thành viên|chưa là thành viên)[^,;.\d]{0,20}$/u,
    reason: 'land of households outside the cooperative',
    examples: ['bao tiêu cho 45 hộ nông dân ngoài htx với khoảng ', 'liên kết với 30 hộ không phải thành viên với '],
  },
  {
    id: 'land.elsewhere',
    before: 'keyword',
    pattern: /(?:cánh đồng|nhà màng|nhà lưới|vườn|mở rộng thêm|mở rộng(?![^,;.]{0,50}\slên\s*(?:khoảng|gần|hơn|trên)?\s*$))[^,;.]{0,50}$/u,
    reason: 'area of something other than the cooperatives (fields, greenhouses, an expansion)',
    examples: ['xây dựng cánh đồng lớn với ', 'mở rộng thêm '],
  },
];

/** "Các HTX được hỗ trợ có tổng cộng 18.250 thành viên": the figures of a subset the fields cannot name. */
export const SUPPORTED_SUBSET = /(?:các|những|số)\s+(?:htx|hợp tác xã)\s+(?:được hỗ trợ|được chọn|tham gia (?:chương trình|dự án|đề án|thí điểm)|thí điểm)/u;

/** After the counted noun: words that make the count a participation, not a stock ("30 HTX tham gia"). */
/** The alliance as a subject: "Liên minh", "Liên minh HTX tỉnh". */
const ALLIANCE = String.raw`liên minh(?: (?:htx|hợp tác xã))?(?: (?:tỉnh|thành phố))?`;
/** Text up to a figure that ends in its subject's own plan, with no comma between: "Liên minh HTX tỉnh phấn đấu thành lập mới thêm ". */
const planBy = (subject: string): RegExp => new RegExp(String.raw`(?<![\p{L}])(?:${subject})\s+(?:(?:tiếp tục|sẽ)\s+)?(?:phấn đấu|đặt (?:mục tiêu|chỉ tiêu))[^,;]{0,50}$`, 'u');
/** The alliance's own founding plan, of all sectors whatever section or headline it stands under. */
export const ALLIANCE_PLAN_BEFORE = planBy(ALLIANCE);
/** The province's or the alliance's own plan. */
export const OWN_PLAN_BEFORE = planBy(`tỉnh|${ALLIANCE}`);

export const PARTICIPATION_AFTER = /^(?:\s*,?\s*với\s+(?:tổng\s+)?(?:diện tích|quy mô)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s*ha)?[^;.\d]{0,40}?(?:tham gia(?! là thành viên)|tham dự|(?<!cần )được hỗ trợ|được khen thưởng|được tặng|được vay|vay vốn|được tư vấn)/u;

/** After the counted noun: a property that makes the count a subset the fact fields cannot carry ("47 HTX ứng dụng công nghệ cao"). */
/** Kinds of cooperatives no field names, read after a counted noun here and as the subject of a figure (OF_A_KIND in extract.ts). */
// "HTX thanh niên", "HTX trẻ" right after the noun, or "do đoàn viên, thanh niên … sáng lập": who runs them.
export const KIND_OF_COOPERATIVES = String.raw`có sản phẩm|tham gia chuỗi|có liên kết chuỗi|tham gia liên kết chuỗi|(?:mới\s+)?do (?:nữ|phụ nữ|thanh niên|đồng bào|đoàn viên|người trẻ|cựu chiến binh)|(?<=(?:^|htx|hợp tác xã)\s*)(?:thanh niên|trẻ)(?![\p{L}])|(?<!cần )được hỗ trợ`;
/**
 * After a rise or a multiple, what it is measured against when that is another group or a level, not an earlier time:
 * "cao gần gấp đôi so với hộ sản xuất riêng lẻ", "cao hơn khoảng 1,7 triệu đồng so với lao động ở các HTX nông nghiệp",
 * "gần gấp đôi mức lương tối thiểu vùng I".
 */
export const OTHER_GROUP = /^\s*(?:[\p{L}]+\s+){0,2}?(?:so với\s+(?:các\s+)?(?:hộ|người|nhóm|mức bình quân chung|bình quân chung|khi|trước khi|lúc|sản xuất riêng lẻ|ngoài|trồng|làm|nuôi|(?:người\s+)?lao động\s+(?:ở|tại|của|trong|ngoài|làm|nông thôn)|thành viên\s+(?:ở|tại|của|trong|ngoài)|(?:htx|hợp tác xã)\s+(?:thành lập trước|khác|ngoài|chưa)|(?:mức\s+)?(?:lương|tiền lương))|(?:mức\s+)?(?:lương|tiền lương)\s+(?:tối thiểu|cơ sở|bình quân)|thu nhập(?:\s+bình quân)?\s+(?:của\s+)?(?:người\s+)?(?:lao động|người dân|hộ|nông dân))(?![\p{L}])/u;
export const OTHER_GROUP_EXAMPLES: { text: string; other: boolean }[] = [
  { text: ' so với hộ sản xuất riêng lẻ', other: true },
  { text: ' so với lao động ở các HTX nông nghiệp', other: true },
  { text: ' mức lương tối thiểu vùng I', other: true },
  { text: ' so với trồng lúa', other: true },
  { text: ' so với các HTX thành lập trước năm 2013', other: true },
  { text: ' thu nhập bình quân của lao động nông thôn trong tỉnh', other: true },
  { text: ' so với cùng kỳ năm 2022', other: false },
  { text: ' so với năm 2020', other: false },
];

export const SUBSET_AFTER = new RegExp(
  String.raw`^(?:(?!diện tích|doanh thu|vốn|lợi nhuận)[^;,.\d]){0,30}?(?:` +
    KIND_OF_COOPERATIVES +
    String.raw`|ứng dụng|áp dụng|liên kết|có liên kết|ký kết|được chứng thực|phát triển (?:lên )?thành|đang vay|được vay|vay vốn|được (?:các |những )?(?:ngân hàng|tổ chức tín dụng|quỹ)[^;,.\d]{0,25}?cho vay|được cấp|được chứng nhận|đạt chuẩn|xây dựng được|sản xuất theo|có hợp đồng|có trang|nhận hỗ trợ|(?:đã\s+)?được (?:tiếp cận|thụ hưởng|hưởng)(?:\s+(?:gói|chính sách|các chính sách))?\s+hỗ trợ|chuyển đổi|đã tổ chức lại|tổ chức lại|thực hiện chuyển đổi|được đánh giá(?!,?\s+(?:là\s+)?(?:hoạt động\s+)?(?:có\s+)?(?:hiệu quả|tốt|khá|yếu)(?![\p{L}]))|được phân loại|tham gia đánh giá|tham gia phân loại|chưa (?:được )?(?:đánh giá|xếp loại|phân loại)|chưa đủ điều kiện|có (?:quy mô|diện tích) (?:trên|dưới|từ|hơn)|có (?:tổng\s+)?(?:vốn điều lệ|vốn góp|vốn hoạt động|tài sản|doanh thu|lợi nhuận)(?:\s+bình quân)?\s+(?:trên|dưới|từ|hơn|chưa đến|không quá)|(?:có\s+)?lãi\s+(?:trên|dưới|từ|hơn)|(?:đã\s+)?(?:có|đạt) chứng nhận|có diện tích (?:được\s+|đạt\s+)?(?:chứng nhận|cấp)|(?:đạt|xếp|được xếp)\s+(?:loại|mức)\s+(?:khá|tốt|trung bình)\s+trở lên|có (?:đồng bào|người|phụ nữ|nữ|thanh niên)\s[^,;.\d]{0,25}?tham gia|thực hiện (?:chia lãi|phân phối lãi|trích lập)|thành lập trước (?:năm|ngày|khi)|thuộc diện|phải (?:điều chỉnh|thay đổi|đăng ký lại|cập nhật|chuyển đổi|sửa đổi)|đang được (?:hướng dẫn|củng cố|tư vấn|hỗ trợ)|hoàn thành (?:việc|chuyển đổi|rà soát|đăng ký)|hoàn thành(?=\s*(?:[.;,)]|$))|đứng tên|(?:làm|là) chủ thể|được vận động|chuyển sang (?:hoạt động theo )?(?:hình thức|loại hình|mô hình)|(?:đã )?đăng ký lại|đạt (?:các |đủ )?tiêu chí|có gian hàng|sử dụng|gắn mã|đang hoàn thiện|có doanh thu (?:thường xuyên|từ)|(?:duy trì|giữ|có) tỷ lệ nợ xấu|(?:đang\s+)?gặp (?:nhiều\s+)?khó khăn|điển hình)`,
  'u',
);

// ------------------------------------------------------------ status

export interface StatusRule {
  id: string;
  pattern: RegExp;
  status: 'estimate' | 'target';
  examples: Example[];
  counter?: Example[];
}

/** Checked in the stretch between the previous quantity and this one. */
export const STATUS_TRIGGERS: StatusRule[] = [
  {
    id: 'status.estimate',
    pattern: /(?<![\p{L}])(?:ước đạt|ước tính|ước thực hiện|ước|dự kiến đạt|dự kiến|dự ước|dự báo)(?![\p{L}])/u,
    status: 'estimate',
    examples: [{ text: 'ước đạt' }, { text: 'dự kiến đạt' }, { text: 'dự báo đến hết quý II/2025, toàn tỉnh có khoảng', match: 'dự báo' }],
  },
  {
    id: 'status.target',
    pattern:
      /(?<![\p{L}])(?:phấn đấu|chỉ tiêu(?! thụ| dùng)|mục tiêu|(?<!theo )kế hoạch (?:năm|đề ra|phát triển|là|giao|cả năm)|giao kế hoạch|kh năm(?= \d{4}\s*:)|đề ra|định hướng (?:đến|năm|giai đoạn)|tiếp tục (?:phối hợp )?(?:vận động )?phát triển mới)(?![\p{L}])/u,
    status: 'target',
    // "HTX chỉ tiêu thụ được khoảng 1.900 tấn": "chỉ" (only) before "tiêu thụ" (sell) is no plan.
    examples: [{ text: 'phấn đấu' }, { text: 'chỉ tiêu' }, { text: 'kế hoạch năm' }, { text: 'KH năm 2018: thành lập mới 25 HTX', match: 'KH năm' }, { text: 'được UBND tỉnh giao kế hoạch tổ chức 9 lớp', match: 'giao kế hoạch' }],
  },
  {
    id: 'status.target_near',
    // Weak words: only when they stand right before the figure ("sẽ thành lập mới 20 HTX", "kế hoạch cả năm là 35 HTX").
    // "Cần Thơ", "Cần Giờ", "Cần Giuộc", "Cần Đước" are places, not "cần" (need).
    // "dịch vụ hậu cần nghề cá" (logistics), "ân cần", "cần cù" are not "cần" either.
    pattern: /(?<![\p{L}])(?:sẽ|(?<!(?:hậu|ân) )cần(?! (?:thơ|giờ|giuộc|đước|cù)(?![\p{L}]))|(?<!(?:cũng|đã|vẫn) )phải|có kế hoạch|dự kiến tổ chức|dự kiến thành lập|dự kiến phát triển|kế hoạch(?! và đầu tư)[^,;.\d]{0,25}?(?:là|:)|\(\s*(?:kế hoạch|chỉ tiêu))(?![\p{L}])[^,;.\d]{0,40}$/u,
    status: 'target',
    examples: [{ text: 'sẽ thành lập mới ' }, { text: 'kế hoạch cả năm là ' }, { text: 'cần phát triển thêm ' }, { text: 'đạt 78,7% kế hoạch năm (kế hoạch ' , match: '(kế hoạch '}],
    // "theo Thông tư số 09/2022/TT-BKHĐT của Bộ Kế hoạch và Đầu tư: có 118 HTX xếp loại tốt": the ministry is no plan.
    counter: [{ text: 'HTX thủy sản (khai thác, nuôi trồng và dịch vụ hậu cần nghề cá) và ' }, { text: 'phân loại theo Thông tư của Bộ Kế hoạch và Đầu tư: có ' }],
  },
];

/** A paragraph or section that opens like this speaks of plans: its figures are targets. */
export const PLAN_SECTION = /^(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu|định hướng|giải pháp|trong thời gian tới|thời gian tới|năm tới|giai đoạn tới)/u;

// ------------------------------------------------------------ rating

export interface RatingRule {
  id: string;
  pattern: RegExp;
  rating: Rating;
  examples: Example[];
  /** Phrases the rule must not match. */
  counter?: Example[];
}

/** Looked for right after the counted noun and its sector words. */
export const RATINGS: RatingRule[] = [
  // "đang hoạt động có hiệu quả" is the effective class, but "trong tổng số 1.170 HTX đang hoạt động có 742 HTX …" the base's.
  { id: 'rating.operating', pattern: /^(?:đang|còn) (?:hoạt động(?! có\s*\p{L})|hđ(?![\p{L}]))/u, rating: 'operating', examples: [{ text: 'đang hoạt động' }, { text: 'đang HĐ' }, { text: 'đang hoạt động có 742 HTX', match: 'đang hoạt động' }], counter: [{ text: 'đang hoạt động có hiệu quả' }] },
  {
    id: 'rating.inactive',
    pattern: /^(?:đã |đang )?(?:phải |buộc phải |bị )?(?:ngừng hoạt động|tạm ngừng hoạt động|tạm dừng hoạt động|không hoạt động|không còn hoạt động|ngưng hoạt động|ngừng hđ(?![\p{L}]))/u,
    rating: 'inactive',
    examples: [{ text: 'ngừng hoạt động' }, { text: 'không hoạt động' }, { text: 'đã ngừng hoạt động' }, { text: 'ngừng HĐ' }, { text: 'không còn hoạt động' }, { text: 'phải tạm ngừng hoạt động' }, { text: 'đã phải tạm ngừng hoạt động' }],
  },
  {
    id: 'rating.effective',
    pattern: /^(?:(?:được đánh giá (?:là )?|(?:được )?xếp loại (?=hoạt động|hđ)|đạt loại (?=hoạt động|hđ|hiệu quả))?(?:(?:hoạt động|hđ)(?: (?:sxkd|sản xuất kinh doanh|sản xuất, kinh doanh))? (?:có )?hiệu quả|có hiệu quả|hiệu quả))/u,
    rating: 'effective',
    examples: [{ text: 'hoạt động SXKD có hiệu quả' }, { text: 'hoạt động hiệu quả' }, { text: 'hoạt động có hiệu quả' }, { text: 'được đánh giá hoạt động hiệu quả' }, { text: 'HĐ hiệu quả' }, { text: 'xếp loại hoạt động hiệu quả' }, { text: 'đạt loại hiệu quả' }],
  },
  {
    id: 'rating.good',
    pattern: /^(?:(?:được )?(?:xếp|đánh giá|phân) loại |đạt loại |loại |hoạt động )?(?:tốt|xuất sắc)(?![\p{L}])/u,
    rating: 'good',
    examples: [{ text: 'xếp loại tốt' }, { text: 'đạt loại tốt' }],
  },
  {
    id: 'rating.fair',
    pattern: /^(?:(?:được )?(?:xếp|đánh giá|phân) loại |đạt loại |loại |hoạt động )?khá(?![\p{L}])/u,
    rating: 'fair',
    examples: [{ text: 'xếp loại khá' }, { text: 'loại khá' }],
  },
  {
    id: 'rating.average',
    pattern: /^(?:(?:được )?(?:xếp|đánh giá|phân) loại |đạt loại |loại |(?:hoạt động )?(?:ở )?mức )trung bình/u,
    rating: 'average',
    examples: [{ text: 'xếp loại trung bình' }, { text: 'hoạt động ở mức trung bình' }],
  },
  {
    id: 'rating.weak',
    pattern: /^(?:(?:được )?(?:xếp|đánh giá|phân) loại |loại |hoạt động )?(?:yếu,? kém|yếu|kém)(?![\p{L}])/u,
    rating: 'weak',
    examples: [{ text: 'xếp loại yếu' }, { text: 'yếu kém' }, { text: 'yếu, kém' }],
  },
];

// ------------------------------------------------------------ sectors

export interface SectorTerm {
  id: string;
  pattern: RegExp;
  sector: Sector | 'general';
  examples: Example[];
}

/** Terms a sector label is made of, longest first; 'general' terms join a label without a sector of their own. */
export const SECTOR_TERMS: SectorTerm[] = [
  { id: 'sector.agri_service', pattern: /^(?:(?:sản xuất kinh doanh )?dịch vụ nông nghiệp(?: tổng hợp)?|nông nghiệp (?:dịch vụ )?tổng hợp)/u, sector: 'agriculture', examples: [{ text: 'dịch vụ nông nghiệp' }, { text: 'nông nghiệp dịch vụ tổng hợp' }] },
  { id: 'sector.non_agri', pattern: /^(?:phi nông nghiệp|phi nn(?![\p{L}]))/u, sector: 'non_agriculture', examples: [{ text: 'phi nông nghiệp' }] },
  { id: 'sector.credit', pattern: /^(?:quỹ tín dụng nhân dân|quỹ tdnd|qtdnd|qtd(?![\p{L}])|quỹ tín dụng|tín dụng)/u, sector: 'credit', examples: [{ text: 'Quỹ TDND' }, { text: 'QTD' }] },
  { id: 'sector.handicraft', pattern: /^(?:cn\s*-\s*ttcn|ttcn|tiểu thủ công nghiệp|công nghiệp - tiểu thủ công nghiệp|công nghiệp-tiểu thủ công nghiệp|công nghiệp, tiểu thủ công nghiệp|thủ công mỹ nghệ|công nghiệp|làng nghề|ngành nghề nông thôn|(?:sản xuất |chế biến )?(?:cói|mây tre đan|mây tre|gốm sứ|gốm|thêu ren|đan lát)(?![\p{L}]))/u, sector: 'industry_handicraft', examples: [{ text: 'tiểu thủ công nghiệp' }, { text: 'công nghiệp - tiểu thủ công nghiệp' }, { text: 'chế biến cói' }] },
  { id: 'sector.agriculture', pattern: /^(?:(?:khai thác|đánh bắt|chế biến|thu mua)(?:,| và| -)\s*dịch vụ (?:thủy|thuỷ|hải|thủy hải) sản|(?:khai thác|đánh bắt)(?:,| và| -)\s*(?:dịch vụ )?hậu cần nghề cá|dịch vụ (?:khai thác(?:,| và| -)\s*nuôi trồng (?:thủy|thuỷ|hải) sản|nuôi trồng thủy sản|khai thác (?:thủy|thuỷ|hải) sản|thủy sản|thuỷ sản|chăn nuôi|trồng trọt)|nông\s*[-–,]\s*lâm\s*[-–,]\s*(?:ngư nghiệp|thủy sản|thuỷ sản|diêm nghiệp)|nông\s*[-–,]\s*lâm nghiệp|nông lâm (?:ngư nghiệp|thủy sản)|nông nghiệp|nn(?![\p{L}])|nông, lâm, ngư nghiệp|nông - lâm - ngư nghiệp|nông lâm ngư nghiệp|nông lâm nghiệp|lâm nghiệp|ngư nghiệp|thủy sản|thuỷ sản|khai thác(?:,| và| -)\s*nuôi trồng (?:thủy|thuỷ|hải) sản|nuôi trồng(?:,| và| -)\s*khai thác (?:thủy|thuỷ|hải) sản|nuôi trồng thủy sản|nuôi trồng(?![\p{L}])|khai thác (?:thủy|thuỷ|hải) sản|diêm nghiệp|sản xuất muối|chăn nuôi|trồng trọt|(?:dịch vụ (?:hậu cần )?|hậu cần )?nghề cá|làm muối)/u, sector: 'agriculture', examples: [{ text: 'nông nghiệp' }, { text: 'dịch vụ hậu cần nghề cá' }, { text: 'thủy sản' }, { text: 'Nông, lâm nghiệp, thủy sản' }, { text: 'dịch vụ nghề cá' }, { text: 'khai thác, nuôi trồng thủy sản' }, { text: 'khai thác hải sản' }, { text: 'dịch vụ thủy sản' }, { text: 'khai thác, dịch vụ hải sản' }, { text: 'khai thác, dịch vụ hậu cần nghề cá' }] },
  {
    id: 'sector.crop',
    // "hợp tác xã chè", "HTX rau an toàn": a crop or herd names farming.
    // "HTX trồng và tiêu thụ cây ăn quả": the work words may come first.
    pattern: /^(?:(?:trồng|chuyên canh|sản xuất|chế biến|sơ chế|tiêu thụ|kinh doanh|nuôi|dịch vụ)(?:\s*,\s*|\s+và\s+|\s+))*(?:chè|lúa gạo|lúa|rau an toàn|rau|cà phê|vải thiều|vải|nhãn|dược liệu|cây ăn quả|cây ăn trái|thanh long|bưởi|cam|xoài|mía|hồ tiêu|cao su|dừa|nấm|hoa|quế|tôm|cá|bò|lợn|gà|ong|muối|mận|sầu riêng|chuối|dứa|nho|táo|ngô|sắn|sâm|chanh leo|chanh|mắc ca|thảo quả|khoai lang|khoai|cói|ngao|sen|điều(?!\s+(?:kiện|hành|chỉnh|lệ|phối|tiết|động|tra|trị|khiển))|hạt điều)(?![\p{L}])/u,
    sector: 'agriculture',
    // "HTX điều" is cashew, not "điều hành" (to run) or "điều lệ" (charter).
    examples: [{ text: 'dịch vụ lúa gạo' }, { text: 'chè' }, { text: 'rau an toàn' }, { text: 'trồng và tiêu thụ cây ăn quả' }, { text: 'điều' }, { text: 'trồng nho, táo' }, { text: 'chuyên canh sầu riêng, tiêu, điều' }, { text: 'trồng và chế biến sen' }],
  },
  // "HTX trồng hồi", "HTX nuôi dê": growing or raising is farming whatever the crop or herd, named or not in the list above.
  { id: 'sector.growing', pattern: /^(?:trồng|nuôi)\s+(?!(?:và|hoặc|các|nhiều|được|mới)(?![\p{L}]))[\p{L}]+/u, sector: 'agriculture', examples: [{ text: 'trồng hồi' }, { text: 'nuôi dê' }, { text: 'trồng dẻ' }] },
  { id: 'sector.mining', pattern: /^(?:tài nguyên môi trường|tài nguyên|khai khoáng|khai thác khoáng sản|khai thác cát|khai thác đá|khai thác)/u, sector: 'mining', examples: [{ text: 'Khai khoáng' }, { text: 'tài nguyên môi trường' }] },
  { id: 'sector.environment', pattern: /^(?:vệ sinh môi trường|môi trường|mt(?![\p{L}])|nước sạch nông thôn|nước sạch|(?:cung )?cấp nước sạch|cấp nước sinh hoạt|cấp nước|nước sinh hoạt|(?:thu gom(?:,| và)? xử lý|thu gom|xử lý) rác(?: thải)?|rác thải)/u, sector: 'environment', examples: [{ text: 'môi trường' }, { text: 'cấp nước sinh hoạt' }, { text: 'cấp nước sạch' }, { text: 'MT' }, { text: 'nước sạch' }, { text: 'thu gom rác thải' }] },
  // Terse reports: "HTX XD 03", "HTX VT 02".
  { id: 'sector.construction', pattern: /^(?:xây dựng|xd(?![\p{L}]))/u, sector: 'construction', examples: [{ text: 'xây dựng' }, { text: 'XD' }] },
  { id: 'sector.transport', pattern: /^(?:vận tải|giao thông vận tải|giao thông|gtvt(?![\p{L}])|vt(?![\p{L}]))/u, sector: 'transport', examples: [{ text: 'vận tải' }, { text: 'VT' }, { text: 'GTVT' }] },
  { id: 'sector.trade', pattern: /^(?:tm\s*-\s*dv|tmdv|thương mại|dịch vụ|du lịch|thương mại - dịch vụ|chợ|điện)/u, sector: 'trade_services', examples: [{ text: 'thương mại' }, { text: 'du lịch' }] },
  // "HTX kinh doanh điện năng: 05 HTX": power distribution has no sector of its own in the contract.
  { id: 'sector.other', pattern: /^(?:(?:các )?lĩnh vực khác|ngành nghề khác|khác|(?:kinh doanh |dịch vụ |cung ứng )?điện năng)/u, sector: 'other', examples: [{ text: 'lĩnh vực khác' }, { text: 'kinh doanh điện năng' }] },
];

/** Joiners inside a printed sector list ("nông nghiệp và tiểu thủ công nghiệp", "vận tải, xây dựng"). */
export const SECTOR_JOINER = /^(?:\s*,\s*|\s*[-–]\s*|\s+và\s+(?:các\s+(?:htx\s+)?)?|\s+|\s*\/\s*)/u;
/** Words between a counted noun and its sector ("HTX lĩnh vực nông nghiệp", "tổ hợp tác trong lĩnh vực …"). */
// "12 HTX còn lại là quỹ tín dụng nhân dân": the rest named by their sector.
// "thành lập mới 5 HTX, đều trong lĩnh vực cây ăn quả", "9 HTX mới thuộc lĩnh vực thủy sản": the sector after "đều", "thuộc", "mới".
// "96 HTX chuyên về lâm nghiệp": specialised in a sector.
export const SECTOR_LEAD = /^\s*(?:còn lại\s+là\s+)?(?:(?:,\s*đều\s+|mới\s+)?(?:hoạt động )?(?:trong |trên |thuộc )?(?:các )?(?:lĩnh vực|ngành)\s+|chuyên về\s+)?/u;

// ------------------------------------------------------------ relative quantities

// "371 HTX, tương đương 78,3%": an equivalent share after a count.
// "HTX nông nghiệp vẫn chiếm tỷ trọng lớn nhất với 70,2% tổng số HTX".
export const SHARE_LEAD = /(?:chiếm(?: tỷ lệ| tỉ lệ| tỷ trọng)?(?: (?:lớn nhất|cao nhất|cao|lớn|chủ yếu)(?: với| là)?)?|bằng|tương đương(?: với)?)\s*(?:khoảng|gần|trên|hơn|xấp xỉ|dưới|gần như|từ)?\s*$/u;
export const PLAN_ACHIEVEMENT = /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|kh\b)/u;
export const ACHIEVE_LEAD = /(?:đạt và vượt|đạt|vượt|bằng|hoàn thành)\s*(?:được\s*)?(?:tỷ lệ\s*)?$/u;
// "cao hơn cùng kỳ năm 2024 khoảng 7%", "cao hơn năm 2014 khoảng 200 nghìn đồng": a rise against the point named.
/** The words of CHANGE_LEAD that make the change a fall ("giảm 23 HTX", "ít hơn 1.218 thành viên"). */
export const FALL = /giảm|ít hơn|thấp hơn/u;
export const CHANGE_LEAD = /(?:tăng thêm|tăng|giảm|giảm đi|tăng lên|ít hơn|nhiều hơn|thấp hơn|cao hơn(?:\s+(?:so với\s+)?(?:cùng kỳ(?:\s+năm\s+(?:\d{4}|trước))?|năm\s+(?:\d{4}|trước)))?)\s*(?:được\s*)?(?:(?:ít nhất|tối thiểu|gần|hơn|trên|khoảng|xấp xỉ|dưới|chưa đến|tới)\s*)?$/u;
// "tăng 9 HTX so CK": terse reports abbreviate "so với cùng kỳ".
export const COMPARE = /so (?:với|cùng)|so ck(?![\p{L}])|cao hơn (?:cùng kỳ|năm)/u;
export const AVERAGE = /bình quân|trung bình|(?<![\p{L}])bq(?![\p{L}])/u;

// "các huyện Đức Hòa, Thạnh Hóa, Châu Thành mỗi huyện 2 HTX": one figure for each place of the list before it.
// "… Mường Tè và thành phố Lai Châu": a name may keep the word of its level.
export const EACH_PLACE_NAME = String.raw`(?:(?<![\p{L}])(?<!các )(?:huyện|thị xã|thành phố|quận|xã|phường) )?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3}`;
// "Than Uyên, Phong Thổ (mỗi huyện 3 HTX)": the same in brackets after the list.
export const EACH_PLACE = new RegExp(String.raw`(${EACH_PLACE_NAME}(?:\s*(?:,|và)\s*${EACH_PLACE_NAME})+)(?:\s+|\s*\(\s*)mỗi\s+(huyện|thị xã|quận|xã|phường|địa phương)\s*(?:(?:mới|chỉ|đã|cũng|hiện|vẫn)\s+)*(?:(?:phấn đấu|dự kiến)\s+)?(?:có\s*)?(?:(?:thành lập|tl)(?:\s+mới)?\s*)?(?:(?:khoảng|gần|hơn|trên|ít nhất|tối thiểu|chưa đến|chưa tới|dưới)\s*)?$`, 'u');
export const EACH_PLACE_EXAMPLES = [
  { text: 'huyện Mường Tè và huyện Nậm Nhùn mỗi huyện chưa đến 20 HTX', places: ['huyện Mường Tè', 'huyện Nậm Nhùn'], value: 20 },
  { text: 'tiếp theo là các huyện Đức Hòa, Thạnh Hóa, Châu Thành mỗi huyện 2 HTX', places: ['Đức Hòa', 'Thạnh Hóa', 'Châu Thành'], value: 2 },
  { text: 'Can Lộc và Hương Khê mỗi huyện 3 HTX', places: ['Can Lộc', 'Hương Khê'], value: 3 },
  { text: 'tiếp đến là Than Uyên, Phong Thổ (mỗi huyện 3 HTX)', places: ['Than Uyên', 'Phong Thổ'], value: 3 },
  { text: 'Sìn Hồ, Mường Tè và thành phố Lai Châu (mỗi địa phương 2 HTX)', places: ['Sìn Hồ', 'Mường Tè', 'thành phố Lai Châu'], value: 2 },
];

