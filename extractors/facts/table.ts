// Facts of a table ("Lĩnh vực | Số HTX | Số thành viên | Doanh thu (triệu
// đồng)"): the header says what each column measures and in which unit, the
// first cell of a row says which sector (or the total) the row is about.
import type { Entity, Mention, Metric, Place, Rating, Sector, Unit } from '../../schemas/records.js';
import { toneKey } from '../normalize.js';
import { lookupProvince } from '../provinces.js';
import type { Span } from './segment.js';
import { readSector } from './sector.js';
import { RATINGS } from './vocab.js';
import { FLOW_METRICS } from './draft.js';
import { dayAfter } from './when.js';

export interface ColumnRule {
  id: string;
  pattern: RegExp;
  entity: Entity | null;
  metric: Metric | null;
  unit: Unit | null;
  examples: string[];
}

/** Header cells, first match wins; a null metric marks a column that carries no figure (index, label). */
export const COLUMNS: ColumnRule[] = [
  { id: 'col.index', pattern: /^(?:tt|stt|số tt|số thứ tự)$/u, entity: null, metric: null, unit: null, examples: ['TT', 'STT'] },
  { id: 'col.place', pattern: /^(?:đơn vị hành chính|địa phương|địa bàn|quận|huyện|thị xã|thành phố|xã, phường|khu vực$)/u, entity: null, metric: null, unit: null, examples: ['Đơn vị hành chính', 'Địa phương', 'Huyện, thị xã, thành phố', 'Quận, huyện', 'Khu vực'] },
  { id: 'col.name', pattern: /^(?:tên (?:htx|hợp tác xã|đơn vị|tổ hợp tác|tht)|tên)$/u, entity: null, metric: null, unit: null, examples: ['Tên HTX', 'Tên hợp tác xã'] },
  { id: 'col.label', pattern: /^(?:lĩnh vực|ngành|ngành nghề|loại hình|đơn vị|chỉ tiêu|nội dung|xếp loại|phân loại|loại(?: htx)?$)/u, entity: null, metric: null, unit: null, examples: ['Lĩnh vực', 'Loại hình', 'Xếp loại', 'Loại'] },
  // "Tăng/giảm doanh thu so với năm 2020 (%)": a rise against another year, of a column before it; not read yet, so no
  // figure rather than a wrong one. "Tỷ lệ người Khmer trong dân số (%)": a share of people, not of cooperatives.
  { id: 'col.compared', pattern: /^(?:tăng|giảm|tăng\s*\/\s*giảm|tăng,\s*giảm)(?![\p{L}])[^|]*so với/u, entity: null, metric: null, unit: null, examples: ['Tăng/giảm doanh thu so với năm 2020 (%)'] },
  { id: 'col.population', pattern: /(?:tỷ lệ|tỉ lệ)[^|]*(?:dân số|người dân|đồng bào|hộ nghèo)/u, entity: null, metric: null, unit: null, examples: ['Tỷ lệ người Khmer trong dân số (%)'] },
  { id: 'col.unions', pattern: /liên hiệp/u, entity: 'cooperative_union', metric: 'count', unit: 'count', examples: ['Liên hiệp HTX', 'Số liên hiệp hợp tác xã'] },
  { id: 'col.group_members', pattern: /^(?:số\s+|tổng số\s+)?(?:tổ viên|thành viên (?:tổ hợp tác|tht))(?![\p{L}])/u, entity: 'cooperative_group', metric: 'members', unit: 'person', examples: ['Tổ viên THT', 'Số tổ viên'] },
  { id: 'col.groups', pattern: /tổ hợp tác|(?<![\p{L}])tht(?![\p{L}])/u, entity: 'cooperative_group', metric: 'count', unit: 'count', examples: ['Số THT', 'Số tổ hợp tác'] },
  { id: 'col.income', pattern: /thu nhập/u, entity: 'cooperative', metric: 'income', unit: 'VND', examples: ['Thu nhập bình quân (triệu đồng/người/tháng)'] },
  { id: 'col.members', pattern: /thành viên|xã viên/u, entity: 'cooperative', metric: 'members', unit: 'person', examples: ['Số thành viên', 'Thành viên (người)'] },
  { id: 'col.workers', pattern: /lao động/u, entity: 'cooperative', metric: 'workers', unit: 'person', examples: ['Lao động'] },
  { id: 'col.revenue', pattern: /doanh thu/u, entity: 'cooperative', metric: 'revenue', unit: 'VND', examples: ['Doanh thu (triệu đồng)'] },
  { id: 'col.profit', pattern: /lợi nhuận|lãi/u, entity: 'cooperative', metric: 'profit', unit: 'VND', examples: ['Lợi nhuận (tỷ đồng)'] },
  { id: 'col.charter', pattern: /vốn điều lệ/u, entity: 'cooperative', metric: 'charter_capital', unit: 'VND', examples: ['Vốn điều lệ (tỷ đồng)'] },
  { id: 'col.operating', pattern: /vốn hoạt động|nguồn vốn/u, entity: 'cooperative', metric: 'operating_capital', unit: 'VND', examples: ['Tổng nguồn vốn hoạt động', 'Vốn hoạt động (tỷ đồng)'] },
  { id: 'col.contributed', pattern: /vốn góp/u, entity: 'cooperative', metric: 'contributed_capital', unit: 'VND', examples: ['Vốn góp'] },
  { id: 'col.assets', pattern: /tài sản/u, entity: 'cooperative', metric: 'total_assets', unit: 'VND', examples: ['Tổng tài sản'] },
  { id: 'col.land', pattern: /diện tích|(?<![\p{L}])ha(?![\p{L}])/u, entity: 'cooperative', metric: 'land_area', unit: 'ha', examples: ['Diện tích (ha)'] },
  { id: 'col.share', pattern: /tỷ lệ|tỉ lệ|cơ cấu|tỷ trọng|(?<![\p{L}])%/u, entity: null, metric: 'share', unit: 'percent', examples: ['Tỷ lệ (%)', 'Cơ cấu (%)'] },
  { id: 'col.ocop', pattern: /(?:sản phẩm\s+)?ocop/u, entity: 'ocop_product', metric: 'count', unit: 'count', examples: ['Sản phẩm OCOP (sản phẩm)', 'Số sản phẩm OCOP'] },
  // "Địa phương | Tổng số sản phẩm | 4 sao | 3 sao": beside columns of stars, the products are OCOP products.
  { id: 'col.products', pattern: /^(?:tổng số|số|tổng)\s+sản phẩm$/u, entity: 'ocop_product', metric: 'count', unit: 'count', examples: ['Tổng số sản phẩm'] },
  { id: 'col.stars', pattern: /^(?:sản phẩm\s+)?(?:[1-5]|ba|bốn|năm) sao$/u, entity: 'ocop_product', metric: 'count', unit: 'count', examples: ['3 sao', '4 sao'] },
  { id: 'col.total', pattern: /^(?:tổng|tổng cộng|tổng số|cộng)$/u, entity: null, metric: 'count', unit: 'count', examples: ['Tổng', 'Tổng cộng'] },
  // People's credit funds are cooperatives of the credit sector (docs/records.md).
  { id: 'col.funds', pattern: /quỹ tín dụng|quỹ tdnd|qtdnd/u, entity: 'cooperative', metric: 'count', unit: 'count', examples: ['Quỹ tín dụng nhân dân', 'Số QTDND'] },
  { id: 'col.coops', pattern: /(?<![\p{L}])htx(?![\p{L}])|hợp tác xã/u, entity: 'cooperative', metric: 'count', unit: 'count', examples: ['Số HTX', 'Số lượng hợp tác xã'] },
];

/** Rows of a table of plans by indicator may count courses and the people on them as well. */
export const PLAN_ROWS: ColumnRule[] = [
  // "Kết nạp thành viên Liên minh | Đơn vị": the alliance's own member units, before "thành viên" reads as members.
  { id: 'col.member_units', pattern: /thành viên (?:của )?liên minh|đơn vị thành viên|(?<![\p{L}])tv liên minh/u, entity: 'member_unit', metric: 'count', unit: 'count', examples: ['Kết nạp thành viên Liên minh', 'Đơn vị thành viên'] },
  // "TV HTX phát triển mới | TV": terse tables write members "TV".
  { id: 'col.members_tv', pattern: /^(?:số\s+)?tv(?![\p{L}])/u, entity: 'cooperative', metric: 'members', unit: 'person', examples: ['TV HTX phát triển mới', 'Số TV'] },
  { id: 'col.participants', pattern: /học viên|lượt người|người tham dự|người tham gia/u, entity: 'training_course', metric: 'participants', unit: 'person', examples: ['Học viên được bồi dưỡng, tập huấn'] },
  { id: 'col.courses', pattern: /(?:^|\s)(?:mở |tổ chức )?lớp(?![\p{L}])|khóa học/u, entity: 'training_course', metric: 'count', unit: 'count', examples: ['Mở lớp bồi dưỡng, tập huấn', 'Số lớp'] },
];

/** Rows of a table by indicator: the courses and their people first, then the column vocabulary. */
const INDICATOR_ROWS: ColumnRule[] = [...PLAN_ROWS, ...COLUMNS];

/** "Học viên được tập huấn | lượt": people counted per course taken are person-times. */
function unitOfRow(rule: { metric: Metric; unit: Unit | null }, labelKey: string, unitKey: string): Unit {
  return rule.metric === 'participants' && /lượt/u.test(unitKey + ' ' + labelKey) ? 'person_time' : rule.unit!;
}

/** Money columns print their scale in the header: "(triệu đồng)". */
export const SCALES: { pattern: RegExp; factor: number; example: string }[] = [
  { pattern: /nghìn tỷ|ngàn tỷ/u, factor: 1e12, example: 'nghìn tỷ đồng' },
  { pattern: /tỷ|tỉ/u, factor: 1e9, example: 'tỷ đồng' },
  { pattern: /triệu|trđ|tr\.đ/u, factor: 1e6, example: 'triệu đồng' },
  { pattern: /nghìn|ngàn/u, factor: 1e3, example: 'nghìn đồng' },
];

/** A row whose label is one of these gives the printed total. */
export const TOTAL_ROW = /^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|chung)$/u;

export interface TableCell extends Span {
  text: string;
}

/** "(từ 01/7/2013)": the words before a day a header cell starts a column's flow on. */
export const SINCE_BEFORE = /(?:^|[\s(])từ\s+(?:ngày\s+)?$/u;

export interface TableFact {
  entity: Entity;
  metric: Metric;
  unit: Unit;
  sector: Sector | null;
  sectorLabel: string | null;
  /** A row of a table by place ("Đơn vị hành chính | Số HTX | …"): the district it is about. */
  place: Place | null;
  /** Tables of indicators by year ("Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%)"): the column's year. */
  year?: number;
  statistic?: 'average';
  per?: 'year' | 'month' | null;
  /** The comparison column: a change in percent of the row's metric. */
  change?: boolean;
  /** A share of plan ("% so KH") in a table of indicators: the row's metric it is a share of. */
  refMetric?: Metric;
  /** A column of a former province after the 2025 merger ("Tỉnh Phú Yên (cũ)"): its code. */
  formerProvince?: string;
  /** An indicator row of one class ("HTX đang hoạt động"). */
  rating?: Rating;
  /** A column of cooperatives founded or dissolved ("HTX thành lập mới"). */
  scope?: 'new' | 'dissolved';
  /** The day a column of a flow starts on, printed in its header with no end ("Giải thể (từ 01/7/2013)"). */
  since?: string;
  /** The period the column's header prints ("… 9 tháng năm 2024"). */
  period?: { start: string; end: string };
  /** The day the column's header prints ("Đến 30/6/2022"): its stocks are of that day. */
  asOf?: string;
  /** A column of estimates ("Ước năm 2024"), or a change measured on one. */
  estimated?: boolean;
  /** A column of plans ("Kế hoạch năm 2023"). */
  target?: boolean;
  value: number;
  mention: Mention;
  row: Span;
  rule: string;
}

function cells(text: string, line: Span): TableCell[] {
  const out: TableCell[] = [];
  let s = line.start;
  const re = / \| /g;
  const seg = text.slice(line.start, line.end);
  // An empty first cell (the index column of a total row) leaves the line opening on "| ".
  if (seg.startsWith('| ')) {
    out.push({ start: s, end: s, text: '' });
    s += 2;
  }
  for (const m of seg.matchAll(re)) {
    out.push({ start: s, end: line.start + m.index!, text: text.slice(s, line.start + m.index!) });
    s = line.start + m.index! + m[0].length;
  }
  out.push({ start: s, end: line.end, text: text.slice(s, line.end) });
  return out;
}

/** A total row whose label spans the index column too ("Tổng cộng | 601 | …" under "TT | Địa phương | Số HTX | …"). */
function alignTotal(row: TableCell[], header: TableCell[]): TableCell[] {
  if (row.length !== header.length - 1 || !/^(?:tt|stt|số tt)$/u.test(toneKey(header[0]!.text.trim())) || !TOTAL_ROW.test(toneKey(row[0]!.text.trim()).replace(/[*:]/gu, '').trim())) return row;
  return [{ start: row[0]!.start, end: row[0]!.start, text: '' }, ...row];
}

/** Facts of one table block; rows whose label is neither a sector nor the total are left alone. */
export function tableFacts(text: string, block: Span, mentions: Mention[], caption = ''): TableFact[] {
  const lines: Span[] = [];
  let s = block.start;
  for (let i = block.start; i <= block.end; i++) {
    if (i === block.end || text[i] === '\n') {
      if (i > s) lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  // A caption line (one cell) may open the block; the header is the first line with cells.
  const first = lines.findIndex((l) => cells(text, l).length > 1);
  if (first < 0) return [];
  lines.splice(0, first);
  if (lines.length < 2) return [];
  const grouped = groupedHeader(text, lines);
  if (grouped) lines.splice(0, 2, { start: lines[0]!.start, end: lines[1]!.end });
  const header = grouped?.header ?? cells(text, lines[0]!);
  // A header holds no figures; a year ("Doanh thu năm 2018") or a day ("Đến 30/6/2022") is no figure.
  if (header.some((c) => /\d{2,}/u.test(c.text.replace(/\(.*?\)/gu, '').replace(/(?<!\d)(?:\d{1,2}\/){1,2}(?:19|20)\d{2}(?!\d)/gu, '').replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, '')))) return [];
  const placeHeader = header.some((c) => COLUMNS.find((r) => r.id === 'col.place')!.pattern.test(toneKey(c.text.trim())));
  const columns = header.map((c, i) => {
    const key = toneKey(c.text.trim());
    // "Số HTX | Trong đó thành lập mới năm 2023": a column of the founded (or dissolved) part of the count before it.
    // "Tổng số HTX | Trong đó: đang hoạt động": a column of one class of the count before it.
    const partOf = /^(?:trong đó\s*:?\s*)?(?:số\s+)?(?:thành lập mới|mới thành lập|giải thể|đang hoạt động|ngừng hoạt động|hoạt động (?:có )?hiệu quả)(?![\p{L}])/u.test(key) ? header.slice(0, i).map((h) => COLUMNS.find((r) => r.pattern.test(toneKey(h.text.trim())))).reverse().find((r) => r?.metric === 'count' && r.entity) : undefined;
    // "Địa bàn | Số lớp | Số lượt người": a table of places may count the alliance's courses and the people on them.
    const rule = partOf ?? COLUMNS.find((r) => r.pattern.test(key)) ?? (placeHeader ? PLAN_ROWS.find((r) => r.entity === 'training_course' && r.pattern.test(key)) : undefined) ?? null;
    const scale = rule?.unit === 'VND' ? (SCALES.find((x) => x.pattern.test(key))?.factor ?? 1) : 1;
    // "HTX thành lập mới 9 tháng năm 2024": a column of new (or dissolved) ones, over the period it prints.
    const scope = rule?.entity === 'training_course' ? ('new' as const) : rule?.metric === 'count' ? (/thành lập|mới thành lập/u.test(key) ? ('new' as const) : /giải thể/u.test(key) ? ('dissolved' as const) : undefined) : undefined;
    const period = printedPeriod(mentions, c);
    // "Trong đó: HTX nông nghiệp": a column of one sector's part of the total beside it.
    // "Số HTX NN": a column of one sector's cooperatives, whole.
    const part = /^(?:trong đó\s*:?\s*)?(?:số\s+)?(?:lượng\s+)?(?:htx|hợp tác xã)\s+/u.exec(key);
    const label = part && rule?.id === 'col.coops' ? readSector(key, part[0].length, key.length, { exact: true }) : null;
    const sector = label ? { sector: label.sector, sectorLabel: c.text.trim().replace(/^Trong đó\s*:?\s*/iu, '').replace(/^(?:Số\s+)?(?:lượng\s+)?(?:HTX|[Hh]ợp tác xã)\s+/u, '') } : undefined;
    // "Doanh thu bình quân 9 tháng (triệu đồng/HTX)": a column of averages per unit, per year or month when it says so.
    const average = rule?.unit === 'VND' && (/bình quân|trung bình/u.test(key) || /\/\s*(?:htx|hợp tác xã|người|thành viên|lao động)/u.test(key)) ? { per: ratePer(key) } : undefined;
    // "HTX đang hoạt động", "Số HTX hoạt động hiệu quả": a column of one class of the cooperatives counted.
    const classWords = rule?.metric === 'count' && !scope ? key.replace(/^(?:trong đó\s*:?\s*)?(?:số\s+)?(?:lượng\s+)?(?:(?:htx|hợp tác xã)\s+)?/u, '') : '';
    const classRating = classWords ? RATINGS.find((r) => r.pattern.exec(classWords)?.index === 0)?.rating : undefined;
    // "Giải thể (từ 01/7/2013)": the column's flow runs from that day to the table's.
    const since = scope && !period ? (mentions.find((x) => x.kind === 'date' && typeof x.value === 'string' && x.start >= c.start && x.end <= c.end && SINCE_BEFORE.test(toneKey(text.slice(c.start, x.start))))?.value as string | undefined) : undefined;
    return { rule, scale, scope, period, sector, average, classRating, since };
  });
  const planned = planIndicatorTable(text, header, lines.slice(1), mentions);
  if (planned) return planned;
  const captionLines = text.slice(block.start, lines[0]!.start);
  // A caption inside the table ("<caption>Số lượng HTX phân theo lĩnh vực (đơn vị: HTX)</caption>") is the table's own.
  const indicators = indicatorTable(text, header, lines.slice(1), mentions, captionLines.trim() ? captionLines.trim() : caption);
  if (indicators) return indicators;
  const plans = planTable(text, header, lines.slice(1), mentions, `${captionLines} ${caption}`, { start: block.start, end: lines[0]!.start });
  if (plans) return plans;
  // "Quỹ tín dụng nhân dân | Địa bàn | Thành viên (người)" over rows "QTDND Trường Xuân | Thới Lai | 4.120": a column
  // headed by the kind of organisation whose cells name one each is a column of names, not a count.
  const bodyRows = lines.slice(1).map((l) => cells(text, l));
  // "HTX thành viên" over the member cooperatives' names reads as members by its words; its cells say what it is.
  const namesCol = columns.findIndex((c, i) => !!c.rule && (['col.funds', 'col.coops', 'col.unions', 'col.groups'].includes(c.rule.id) || (c.rule.id === 'col.members' && /^(?:htx|hợp tác xã|quỹ|tht|tổ hợp tác)(?![\p{L}])/u.test(toneKey(header[i]!.text.trim())))) && bodyRows.length > 0 && bodyRows.every((r) => r.length !== header.length || TOTAL_ROW.test(toneKey(r[i]!.text.trim())) || NAMED_ORG_CELL.test(r[i]!.text.trim())) && bodyRows.some((r) => r.length === header.length && NAMED_ORG_CELL.test(r[i]!.text.trim())));
  if (namesCol >= 0) columns[namesCol] = { ...columns[namesCol]!, rule: COLUMNS.find((r) => r.id === 'col.name')! };
  const nameCol = columns.findIndex((c) => c.rule?.id === 'col.name');
  const placeCol = nameCol >= 0 ? nameCol : columns.findIndex((c) => c.rule?.id === 'col.place');
  const labelCol = placeCol >= 0 ? placeCol : columns.findIndex((c) => c.rule?.id === 'col.label');
  // "Xếp loại | Số HTX | Tỷ lệ (%)": rows of classes ("Tốt", "Khá", "Trung bình", "Yếu").
  const byClass = labelCol >= 0 && RATING_LABEL_COL.test(toneKey(header[labelCol]!.text.trim()));
  const out: TableFact[] = [];
  for (const [n, line] of lines.slice(1).entries()) {
    const row = alignTotal(bodyRows[n]!, header);
    if (row.length !== header.length) continue;
    const labelCell = row[labelCol >= 0 ? labelCol : 0]!;
    const labelKey = toneKey(labelCell.text.trim());
    let sector: Sector | null = null;
    let sectorLabel: string | null = null;
    let place: Place | null = null;
    let formerProvince: string | undefined;
    let rating: Rating | undefined;

    if (byClass) {
      // A total row of a table of classes counts the classified ones, a part the fields cannot name.
      rating = classRow(labelKey);
      if (!rating) continue;
    } else if (placeCol >= 0 && !TOTAL_ROW.test(labelKey)) {
      // Rows of districts, towns and cities; a commune row names a commune; "Hậu Giang (cũ)" a former province.
      const name = labelCell.text.trim();
      if (!/^\p{Lu}/u.test(name) || /\d/u.test(name)) continue;
      const former = /^(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+)?((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3})\s*\(cũ\)$/u.exec(name);
      const province = former ? lookupProvince(former[1]!) : null;
      if (province) formerProvince = province.code;
      // "Tên HTX | Thành viên (người) | …": a row of one named cooperative; a named people's credit fund is one of the
      // credit sector.
      place = { level: nameCol >= 0 ? 'cooperative' : province ? 'former_province' : localLevel(name), name };
      if (nameCol >= 0 && /^(?:QTDND|Quỹ)\s/u.test(name)) {
        sector = 'credit';
        sectorLabel = name.split(/\s+/u)[0] === 'QTDND' ? 'QTDND' : 'Quỹ tín dụng nhân dân';
      }
    } else if (!TOTAL_ROW.test(labelKey) && labelCol >= 0 && /^đơn vị$/u.test(toneKey(header[labelCol]!.text.trim())) && /^(?:[Tt]hành phố|[Tt]hị xã|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn|TP\.?)\s+\p{Lu}/u.test(labelCell.text.trim())) {
      // "Đơn vị | Tổng số HTX | …" over rows "Thành phố Huế", "Huyện Phú Vang": units that are places.
      const name = labelCell.text.trim();
      place = { level: localLevel(name), name };
    } else if (!TOTAL_ROW.test(labelKey)) {
      const lead = labelCell.start + (labelCell.text.length - labelCell.text.trimStart().length);
      // "Nông nghiệp (trồng trọt, chăn nuôi)": a gloss in brackets after the sector names no other one.
      const gloss = labelCell.text.search(/\s*\([^()]*\)\s*$/u);
      const labelEnd = labelCell.start + (gloss > 0 ? gloss : labelCell.text.trimEnd().length);
      const label = readSector(toneKey(text), lead, labelEnd, { lead: true, exact: true });
      if (!label) continue;
      sector = label.sector;
      sectorLabel = labelCell.text.trim();
    }
    const starTable = columns.some((c) => c.rule?.id === 'col.stars');
    row.forEach((cell, i) => {
      const col = columns[i]!;
      if (!col.rule || !col.rule.metric || i === labelCol) return;
      // A "Tổng" column counts what the other columns count: the products of all stars in an OCOP table.
      if (col.rule.id === 'col.total' && !starTable) return;
      const m = numberIn(mentions, cell);
      if (!m) return;
      // A share column is the share of the row's count column ("Số HTX | Tỷ lệ (%)").
      const countCol = columns.find((c) => c.rule?.metric === 'count');
      const entity: Entity = col.rule.metric === 'share' ? (countCol?.rule?.entity ?? 'cooperative') : col.rule.id === 'col.total' ? 'ocop_product' : col.rule.entity!;
      const value = scaled(m, col.scale);
      if (col.rule.metric === 'share' && !countCol) return;
      // The total row's share is the whole: 100%.
      if (col.rule.metric === 'share' && sector === null && place === null && value === 100) return;
      // OCOP products by star: the star goes into sectorLabel, as in the prose.
      const stars = col.rule.id === 'col.stars' ? header[i]!.text.trim().replace(/^sản phẩm\s+/iu, '') : null;
      // "Doanh thu ước cả năm (tỷ đồng)": a header that says "ước" estimates its own column.
      const estimated = /(?<![\p{L}])(?:ước|dự kiến)(?![\p{L}])/u.test(toneKey(header[i]!.text));
      const year = grouped?.years[i];
      // "Số lượt người": people counted per course taken are person-times.
      const unit = col.rule.metric === 'participants' && /lượt/u.test(toneKey(header[i]!.text)) ? ('person_time' as const) : col.rule.unit!;
      out.push({ entity, metric: col.rule.metric, unit, sector: col.sector?.sector ?? sector, sectorLabel: stars ?? col.sector?.sectorLabel ?? sectorLabel, place, value, mention: m, row: line, rule: col.rule.id, ...(col.scope ? { scope: col.scope } : {}), ...(col.period ? { period: col.period } : {}), ...(col.since ? { since: col.since } : {}), ...(estimated ? { estimated: true } : {}), ...(rating ?? col.classRating ? { rating: rating ?? col.classRating } : {}), ...(year !== undefined ? { year } : {}), ...(col.average ? { statistic: 'average' as const, per: col.average.per } : {}), ...(formerProvince ? { formerProvince } : {}) });
    });
  }
  return out;
}

/** A cell that names one organisation: "QTDND Trường Xuân", "HTX Nông nghiệp Tân Hội". */
const NAMED_ORG_CELL = /^(?:QTDND|Quỹ TDND|Quỹ tín dụng nhân dân|HTX|Hợp tác xã|Liên hiệp HTX|THT|Tổ hợp tác)\s+(?:[\p{Ll}\s]{0,30})?\p{Lu}/u;

/** The label column of a table of classes. */
export const RATING_LABEL_COL = /^(?:xếp loại|phân loại|kết quả xếp loại|mức xếp loại|loại)$/u;

/** A class row's label ("Tốt", "Khá", "Trung bình", "Yếu", "Loại khá") read as the whole label. */
export function classRow(labelKey: string): Rating | undefined {
  const bare = `loại ${labelKey.replace(/^(?:loại|xếp loại|htx|htx loại|htx xếp loại)\s+/u, '')}`;
  return RATINGS.find((r) => r.pattern.exec(bare)?.[0].length === bare.length)?.rating;
}

/**
 * A header of two lines, groups over columns ("Xếp loại | Năm 2017 | Năm 2018" over "Số HTX | Tỷ lệ (%) |
 * Số HTX | Tỷ lệ (%)"): the first cell spans both lines, each group spans the same number of columns. The
 * lower line names what each column measures, the group above gives its year.
 */
export function groupedHeader(text: string, lines: Span[]): { header: TableCell[]; years: (number | undefined)[] } | null {
  if (lines.length < 3) return null;
  const top = cells(text, lines[0]!);
  const sub = cells(text, lines[1]!);
  const width = cells(text, lines[2]!).length;
  const groups = top.length - 1;
  if (groups < 1 || sub.length !== width - 1 || top.length >= width || sub.length % groups !== 0) return null;
  // The lower line is a header too: no figure in it.
  if (sub.some((c) => /\d/u.test(c.text.replace(/\(.*?\)/gu, '')))) return null;
  const per = sub.length / groups;
  const years: (number | undefined)[] = [undefined];
  for (let g = 0; g < groups; g++) {
    // Only years: a group of another kind ("Tổng số | Trong đó") would change what its columns count.
    const y = /^(?:năm\s+)?((?:19|20)\d{2})$/u.exec(toneKey(top[g + 1]!.text.trim()))?.[1];
    if (!y) return null;
    for (let j = 0; j < per; j++) years.push(Number(y));
  }
  return { header: [top[0]!, ...sub], years };
}

/** Headers of a table of plans against results by place ("Kế hoạch năm 2023 | Thực hiện 9 tháng | Tỷ lệ so với kế hoạch (%)"). */
export const PLAN_COLUMNS = {
  plan: /^(?:kế hoạch|chỉ tiêu|kh)(?![\p{L}])/u,
  done: /^(?:ước\s+)?(?:thực hiện|th|kết quả|lũy kế|đã thành lập|\d+ tháng)(?![\p{L}])/u,
  ratio: /(?:tỷ lệ|so với kế hoạch|% kế hoạch|\(%\)|^%$|^%\s*(?:so\s+(?:với\s+)?)?(?:kh|kế hoạch)(?![\p{L}]))/u,
  examples: { plan: ['Kế hoạch năm 2023', 'Chỉ tiêu giao', 'KH năm 2019'], done: ['Thực hiện 9 tháng', 'Kết quả', 'Ước TH 6 tháng'], ratio: ['Tỷ lệ so với kế hoạch (%)', '%', 'So KH (%)', '% so KH', '% KH'] },
};

/**
 * "Kết quả thành lập mới HTX 9 tháng năm 2023 theo địa phương (đơn vị: HTX)" over "Huyện | Kế hoạch năm 2023 |
 * Thực hiện 9 tháng | Tỷ lệ (%)": per place, the plan (a target), the result and its share of the plan. What is
 * counted comes from the caption, which must say it; else the table is left to the other readers.
 */
function planTable(text: string, header: TableCell[], rows: Span[], mentions: Mention[], caption: string, captionSpan: Span): TableFact[] | null {
  const keys = header.map((c) => toneKey(c.text.trim()));
  const planCol = keys.findIndex((k) => PLAN_COLUMNS.plan.test(k));
  const doneCol = keys.findIndex((k) => PLAN_COLUMNS.done.test(k));
  const ratioCol = keys.findIndex((k, i) => i !== planCol && i !== doneCol && PLAN_COLUMNS.ratio.test(k));
  const placeCol = keys.findIndex((k) => COLUMNS.find((r) => r.id === 'col.place')!.pattern.test(k));
  if (planCol < 0 || doneCol < 0 || placeCol < 0) return null;
  const cap = toneKey(caption);
  const counted = /(?:thành lập mới|phát triển mới|thành lập)\s+(htx|hợp tác xã|tht|tổ hợp tác)(?![\p{L}])/u.exec(cap);
  if (!counted) return null;
  const entity: Entity = /^(?:tht|tổ hợp tác)$/u.test(counted[1]!) ? 'cooperative_group' : 'cooperative';
  const planPeriod = printedPeriod(mentions, header[planCol]!);
  // The results are of the period the caption names ("9 tháng năm 2023"), not of the plan's year.
  const donePeriod = printedPeriod(mentions, header[doneCol]!) ?? printedPeriod(mentions, captionSpan);
  const out: TableFact[] = [];
  for (const line of rows) {
    const opened = openRow(text, line, header.length, placeCol);
    if (!opened) continue;
    const { row, labelKey } = opened;
    const total = TOTAL_ROW.test(labelKey.replace(/[*:]/gu, '').trim());
    const name = row[placeCol]!.text.trim();
    if (!total && (!/^\p{Lu}/u.test(name) || /\d/u.test(name))) continue;
    const place: Place | null = total ? null : { level: localLevel(name), name };
    const base = { entity, sector: null, sectorLabel: null, place, row: line, scope: 'new' as const };
    const plan = numberIn(mentions, row[planCol]!);
    if (plan) out.push({ ...base, metric: 'count', unit: 'count', value: plan.value as number, mention: plan, rule: 'col.plan', target: true, ...(planPeriod ? { period: planPeriod } : {}) });
    const done = numberIn(mentions, row[doneCol]!);
    const when = donePeriod ? { period: donePeriod } : {};
    if (done) out.push({ ...base, metric: 'count', unit: 'count', value: done.value as number, mention: done, rule: 'col.done', ...when });
    const ratio = ratioCol >= 0 ? numberIn(mentions, row[ratioCol]!) : undefined;
    if (ratio) out.push({ ...base, metric: 'plan_achievement', unit: 'percent', value: ratio.value as number, mention: ratio, rule: 'col.plan_ratio', ...when });
  }
  return out.length ? out : null;
}

/**
 * "Chỉ tiêu | ĐVT | KH năm 2019 | Ước TH 6 tháng | So KH (%)": per indicator, the year's plan (a target), the result
 * so far (an estimate when the header says "ước") and its share of the plan. Rows whose label names no metric, and
 * shares, are left alone.
 */
function planIndicatorTable(text: string, header: TableCell[], rows: Span[], mentions: Mention[]): TableFact[] | null {
  const keys = header.map((c) => toneKey(c.text.trim()));
  const labelCol = keys.findIndex((k) => INDICATOR_LABEL.test(k));
  const planCol = keys.findIndex((k, i) => i !== labelCol && PLAN_COLUMNS.plan.test(k));
  const doneCol = keys.findIndex((k, i) => i !== planCol && i !== labelCol && PLAN_COLUMNS.done.test(k));
  // "Tăng/giảm so cùng kỳ (%) | Đạt so KH năm (%)": the share of the plan is the column that names the plan; a
  // comparison with the same period a year before is a change.
  const ratioOf = (k: string, i: number) => i !== planCol && i !== doneCol && i !== labelCol && PLAN_COLUMNS.ratio.test(k) && !COMPARE_COL.test(k);
  const namedRatio = keys.findIndex((k, i) => ratioOf(k, i) && /(?<![\p{L}])(?:kh|kế hoạch)(?![\p{L}])/u.test(k));
  const ratioCol = namedRatio >= 0 ? namedRatio : keys.findIndex((k, i) => ratioOf(k, i));
  const changeCol = keys.findIndex((k, i) => i !== ratioCol && COMPARE_COL.test(k) && /%/u.test(k) && /cùng kỳ/u.test(k));
  // "Cùng kỳ 2017": the results of the same period a year before.
  const sameCol = keys.findIndex((k) => /^cùng kỳ(?![\p{L}])/u.test(k));
  if (labelCol < 0 || planCol < 0 || doneCol < 0 || planCol === labelCol) return null;
  const unitCol = keys.findIndex((k) => UNIT_COL.test(k));
  // "KH 2018": a bare year in the plan's header is the whole year planned.
  const planYear = /(?<![\d])((?:19|20)\d{2})(?![\d])/u.exec(keys[planCol]!)?.[1];
  const planPeriod = printedPeriod(mentions, header[planCol]!) ?? (planYear ? { start: `${planYear}-01-01`, end: `${planYear}-12-31` } : undefined);
  // "Thực hiện năm 2024 | Ước thực hiện năm 2025 | Kế hoạch năm 2026": each column of results reads on its own.
  const doneCols = keys.map((k, i) => (i !== planCol && i !== labelCol && i !== ratioCol && PLAN_COLUMNS.done.test(k) ? i : -1)).filter((i) => i >= 0);
  const doneOf = doneCols.map((col) => {
    // "Thực hiện 2022": a bare year in the results' header is that year (the report period when it is of that year).
    const doneYear = /^(?:ước\s+)?(?:thực hiện|th)\s+(?:năm\s+)?((?:19|20)\d{2})$/u.exec(keys[col]!)?.[1];
    // "Ước TH 6 tháng" under "KH năm 2019": the months of the plan's year.
    const months = /(?<![\d])(\d{1,2})\s+tháng/u.exec(keys[col]!);
    const monthsEnd = months && planPeriod && Number(months[1]) >= 1 && Number(months[1]) <= 12 ? new Date(Date.UTC(Number(planPeriod.start.slice(0, 4)), Number(months[1]), 0)).toISOString().slice(0, 10) : null;
    const donePeriod = printedPeriod(mentions, header[col]!) ?? (monthsEnd ? { start: planPeriod!.start, end: monthsEnd } : undefined);
    const when = donePeriod ? { period: donePeriod } : doneYear ? { year: Number(doneYear) } : {};
    return { col, when, estimated: /(?<![\p{L}])ước(?![\p{L}])/u.test(keys[col]!) };
  });
  // "Thực hiện 9 tháng | % KH | Ước thực hiện cả năm": the share of the plan is of the results printed before it.
  const lastDone = [...doneOf].reverse().find((d) => ratioCol < 0 || d.col < ratioCol) ?? doneOf[doneOf.length - 1]!;
  const out: TableFact[] = [];
  // A row's plan (a target), its result in each column of results, and the share of the plan achieved.
  const planned = (row: TableCell[], base: Omit<TableFact, 'value' | 'mention' | 'rule'>, ruleId: string, ratioOf: Metric, scale: number): void => {
    const plan = numberIn(mentions, row[planCol]!);
    if (plan) out.push({ ...base, value: scaled(plan, scale), mention: plan, rule: `${ruleId}.plan`, target: true, ...(planPeriod ? { period: planPeriod } : {}) });
    for (const d of doneOf) {
      const done = numberIn(mentions, row[d.col]!);
      if (done) out.push({ ...base, value: scaled(done, scale), mention: done, rule: `${ruleId}.done`, ...d.when, ...(d.estimated ? { estimated: true } : {}) });
    }
    const ratio = ratioCol >= 0 ? numberIn(mentions, row[ratioCol]!) : undefined;
    if (ratio) out.push({ ...base, metric: 'plan_achievement', unit: 'percent', value: ratio.value as number, mention: ratio, rule: 'col.plan_ratio', refMetric: ratioOf, per: null, ...lastDone.when, ...(lastDone.estimated ? { estimated: true } : {}) });
  };
  for (const line of rows) {
    const share = classShareRow(text, line, labelCol, header.length, unitCol);
    if (share) {
      // "Tỷ lệ HTX hoạt động hiệu quả | % | 60 | 62,4 | 104,0": the class's share of the cooperatives, planned and done.
      planned(share.row, { entity: 'cooperative', metric: 'share', unit: 'percent', refMetric: 'count', rating: share.rating, sector: null, sectorLabel: null, place: null, row: line }, 'col.share', 'share', 1);
      continue;
    }
    const r = indicatorRow(text, line, labelCol, header.length, unitCol, INDICATOR_ROWS);
    if (!r) continue;
    const { row, labelKey, rule, scale } = r;
    const unitKey = unitCol >= 0 ? toneKey(row[unitCol]!.text.trim()) : '';
    // "Doanh thu BQ/HTX": terse tables write "bình quân" "BQ".
    const average = /bình quân|trung bình|(?<![\p{L}])bq(?![\p{L}])/u.test(labelKey);
    const per = ratePer(`${labelKey} ${unitKey}`);
    // "Thành lập mới HTX", "Phát triển mới thành viên", "Phát triển thành viên HTX mới", "Kết nạp thành viên Liên
    // minh": a flow of new ones.
    const scope = rowScope(rule, labelKey) ?? (rule.entity === 'training_course' || /(?:phát triển|kết nạp|thu hút)\s+(?:thêm\s+)?mới|(?:phát triển|thu hút)\s[^|]{0,30}\smới$|^kết nạp(?![\p{L}])|thành lập mới/u.test(labelKey) ? ('new' as const) : undefined);
    const unit = unitOfRow(rule, labelKey, unitKey);
    const base = { entity: rule.entity, metric: rule.metric, unit, sector: null, sectorLabel: null, place: null, row: line, ...(scope ? { scope } : {}), ...(average ? { statistic: 'average' as const, per } : {}) };
    planned(row, base, rule.id, rule.metric, scale);
    const donePeriod = 'period' in lastDone.when ? lastDone.when.period : undefined;
    const same = sameCol >= 0 && donePeriod ? numberIn(mentions, row[sameCol]!) : undefined;
    if (same && donePeriod) out.push({ ...base, value: scaled(same, scale), mention: same, rule: `${rule.id}.same_period`, period: { start: yearBefore(donePeriod.start), end: yearBefore(donePeriod.end) } });
    const change = changeCol >= 0 && donePeriod ? numberIn(mentions, row[changeCol]!) : undefined;
    if (change && donePeriod) {
      out.push({ ...base, unit: 'percent', value: signedIn(row[changeCol]!, change), mention: change, rule: `${rule.id}.change`, change: true, period: donePeriod, ...(lastDone.estimated ? { estimated: true } : {}) });
    }
  }
  return out.length ? out : null;
}

/** A row of places: a commune when its name says so ("Xã Tân Phú"), else a district, town or city of the province. */
function localLevel(name: string): 'commune' | 'district' {
  return /^(?:xã|phường|thị trấn)(?![\p{L}])/iu.test(name) ? 'commune' : 'district';
}

/** A comparison cell's number with the sign printed apart from it ("-2,3", "– 5"). */
function signedIn(cell: TableCell, m: Mention): number {
  const v = m.value as number;
  return /^\s*[-–−]/u.test(cell.text) && v > 0 ? -v : v;
}

/** The same day a year before ("2018-06-30" → "2017-06-30"; 29 February → 28). */
function yearBefore(day: string): string {
  const y = Number(day.slice(0, 4)) - 1;
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${y}-${md}`;
}

/** The closed period printed in a span (a header cell, a caption), if any. */
function printedPeriod(mentions: Mention[], span: Span): { start: string; end: string } | undefined {
  const m = mentions.find((x) => x.kind === 'period' && x.start >= span.start && x.end <= span.end && x.value !== null && typeof x.value === 'object' && 'start' in x.value && x.value.end);
  return m ? (m.value as { start: string; end: string }) : undefined;
}

/** The number printed in a cell, if any. */
function numberIn(mentions: Mention[], cell: Span): Mention | undefined {
  return mentions.find((x) => x.start >= cell.start && x.end <= cell.end && typeof x.value === 'number' && x.kind !== 'reference');
}

/** A cell's value in the column's scale; toPrecision keeps 1.024,6 × 10⁹ at 1 024 600 000 000, not …999.9999. */
function scaled(m: Mention, scale: number): number {
  return Number(((m.value as number) * (m.kind === 'money' ? 1 : scale)).toPrecision(15));
}

/** "triệu đồng/HTX/năm", "tr.đ/người/tháng": the time a rate is per, when its label or unit prints one. */
function ratePer(key: string): 'year' | 'month' | null {
  return /\/\s*năm/u.test(key) ? 'year' : /\/\s*tháng/u.test(key) ? 'month' : null;
}

/** A row's cells when it has the header's width, with its label column read as a key. */
function openRow(text: string, line: Span, width: number, labelCol: number): { row: TableCell[]; labelKey: string } | null {
  const row = cells(text, line);
  return row.length === width ? { row, labelKey: toneKey(row[labelCol]!.text.trim()) } : null;
}

/** An indicator row: the metric its label names (unit and scale in brackets), or null for none or a share. */
type IndicatorRule = ColumnRule & { entity: Entity; metric: Metric; unit: Unit };
function indicatorRow(text: string, line: Span, labelCol: number, width: number, unitCol = -1, rules: ColumnRule[] = COLUMNS): { row: TableCell[]; labelKey: string; rule: IndicatorRule; scale: number } | null {
  const opened = openRow(text, line, width, labelCol);
  if (!opened) return null;
  const { row, labelKey } = opened;
  // "Trong đó: thành viên đồng thời là người lao động": people of two kinds at once, a part the fields cannot name.
  if (/đồng thời là|(?:thành viên|lao động)\s+là\s+(?:thành viên|người lao động|lao động)/u.test(labelKey)) return null;
  const rule = rules.find((r) => r.pattern.test(labelKey)) ?? null;
  if (!rule || !rule.metric || !rule.entity || rule.metric === 'share') return null;
  const scaleKey = unitCol >= 0 ? `${labelKey} ${toneKey(row[unitCol]!.text.trim())}` : labelKey;
  return { row, labelKey, rule: rule as IndicatorRule, scale: rule.unit === 'VND' ? (SCALES.find((x) => x.pattern.test(scaleKey))?.factor ?? 1) : 1 };
}

/** "Tỷ lệ HTX hoạt động hiệu quả | %": a row of the share one class of cooperatives makes of all of them. */
function classShareRow(text: string, line: Span, labelCol: number, width: number, unitCol: number): { row: TableCell[]; rating: Rating } | null {
  const opened = openRow(text, line, width, labelCol);
  if (!opened) return null;
  const m = /^(?:tỷ lệ|tỉ lệ)\s+(?:số\s+)?((?:htx|hợp tác xã)\s.*?)\s*(?:\(%\))?$/u.exec(opened.labelKey);
  if (!m) return null;
  if (unitCol >= 0 ? toneKey(opened.row[unitCol]!.text.trim()) !== '%' : !/\(%\)$/u.test(opened.labelKey)) return null;
  const rating = rowClass(m[1]!);
  return rating ? { row: opened.row, rating } : null;
}

/** A row of a table of grades: its label must be a grade ("Tốt", "Loại khá", "Yếu, kém"); others ("Số HTX tham gia đánh giá") are no fact. */
function gradeRow(text: string, line: Span, labelCol: number, width: number): { row: TableCell[]; labelKey: string; rule: IndicatorRule; scale: number; rating: Rating } | null {
  const opened = openRow(text, line, width, labelCol);
  if (!opened) return null;
  // The grade alone ("Trung bình") reads as "loại trung bình".
  const grade = `loại ${opened.labelKey.replace(/^(?:(?:số\s+)?(?:htx|hợp tác xã)\s+)?(?:loại|xếp loại)?\s*/u, '')}`;
  const r = RATINGS.find((x) => x.rating !== 'operating' && x.rating !== 'inactive' && (x.pattern.exec(grade)?.index === 0 || x.pattern.exec(grade.slice(6))?.index === 0));
  const rest = r ? (r.pattern.exec(grade)?.index === 0 ? grade : grade.slice(6)).replace(r.pattern, '') : '';
  if (!r || rest.replace(/^[\s,]*(?:kém|yếu)?\s*$/u, '') !== '') return null;
  return { row: opened.row, labelKey: opened.labelKey, rule: COLUMNS.find((c) => c.id === 'col.coops') as IndicatorRule, scale: 1, rating: r.rating };
}

/**
 * "HTX xếp loại tốt (HTX)", "Trong đó: HTX đang hoạt động": a row of one class of cooperatives, the class opening what
 * follows the noun.
 */
function rowClass(labelKey: string): Rating | undefined {
  const classOf = labelKey.replace(/^[-–+•*\s]*trong đó\s*:?\s*/u, '').replace(/^(?:số\s+)?(?:lượng\s+)?(?:htx|hợp tác xã)\s+/u, '');
  if (classOf === labelKey.replace(/^[-–+•*\s]*trong đó\s*:?\s*/u, '')) return undefined;
  return RATINGS.find((x) => x.pattern.exec(classOf.replace(/^(?:loại|xếp loại)\s+/u, ''))?.index === 0)?.rating;
}

/** A row of a table of sectors whose metric the caption gives: its label must be a sector or the total. */
function sectorRow(text: string, line: Span, width: number, rule: IndicatorRule, captionKey: string): { row: TableCell[]; labelKey: string; rule: IndicatorRule; scale: number } | null {
  const opened = openRow(text, line, width, 0);
  if (!opened) return null;
  const { row, labelKey } = opened;
  if (!readSector(labelKey, 0, labelKey.length, { exact: true }) && !TOTAL_ROW.test(labelKey)) return null;
  return { row, labelKey, rule, scale: SCALES.find((x) => x.pattern.test(captionKey))?.factor ?? 1 };
}

function byFormerProvince(text: string, labelCol: number, placeCols: ({ place: Place; formerProvince: string } | { place: null } | null)[], rows: Span[], mentions: Mention[]): TableFact[] | null {
  const out: TableFact[] = [];
  for (const line of rows) {
    const r = indicatorRow(text, line, labelCol, placeCols.length);
    if (!r) continue;
    const { row, labelKey, rule, scale } = r;
    // "Doanh thu bình quân năm 2024 (triệu đồng/HTX/năm)": an average, per year or month, over the year it names.
    const average = /bình quân|trung bình/u.test(labelKey);
    const per = ratePer(labelKey);
    const year = Number(/(?:năm\s+)((?:19|20)\d{2})/u.exec(labelKey)?.[1] ?? NaN);
    const rating = rule.metric === 'count' ? rowClass(labelKey) : undefined;
    // "HTX thành lập mới trong năm | 52 | 45": a row of cooperatives founded (or dissolved) over the year.
    const scope = rowScope(rule, labelKey);
    placeCols.forEach((pc, i) => {
      if (!pc) return;
      const m = numberIn(mentions, row[i]!);
      if (!m) return;
      const value = scaled(m, scale);
      out.push({ entity: rule.entity!, metric: rule.metric!, unit: rule.unit!, sector: null, sectorLabel: null, place: pc.place, value, mention: m, row: line, rule: `${rule.id}.by_place`, ...('formerProvince' in pc ? { formerProvince: pc.formerProvince } : {}), ...(rating ? { rating } : {}), ...(scope ? { scope } : {}), ...(average ? { statistic: 'average' as const, per } : {}), ...(Number.isFinite(year) ? { year } : {}) });
    });
  }
  return out.length ? out : null;
}

/** A count row whose label says its cooperatives were founded or dissolved ("HTX thành lập mới trong năm"). */
function rowScope(rule: { metric?: Metric }, labelKey: string): 'new' | 'dissolved' | undefined {
  if (rule.metric !== 'count') return undefined;
  return /thành lập mới|mới thành lập|phát triển mới/u.test(labelKey) ? 'new' : /giải thể/u.test(labelKey) ? 'dissolved' : undefined;
}

/** Header cells of a table of indicators: the label column, a year, a comparison. */
const INDICATOR_LABEL = /^(?:chỉ tiêu|nội dung|tiêu chí|danh mục|xếp loại|phân loại)/u;
// "Ước TH năm 2020" (thực hiện): an estimated column all the same.
// "Năm 2024 (ước)": the estimate may be marked after the year.
const YEAR_COL = /^(ước\s+(?:(?:th|thực hiện)\s+)?)?(?:(?:th|thực hiện)\s+)?(?:năm\s+)?((?:19|20)\d{2})(\s*\(\s*ước[^)]*\))?(?:\s*\(\s*\*+\s*\)|\s*\*+)?$/u;
const UNIT_COL = /^(?:đơn vị tính|đvt|đơn vị)$/u;
/** "Đến 30/6/2022", "Tính đến 31/12/2023": a column of the day it prints. */
// "Thực hiện đến 30/9/2025": so is a column of what was done by a day.
// "Cuối năm 2013", "30/6/2018": a day of its own, or a year's end.
const ASOF_COL = /^(?:(?:ước\s+)?(?:thực hiện|th)\s+)?(?:(?:(?:tính\s+)?đến|hết|cuối)\s+(?:hết\s+)?(?:ngày\s+)?\d|cuối năm\s+\d{4}$|(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}$)/u;
// "Tăng (+), giảm (-) năm 2020 so với năm 2019 (%)": the signs in brackets are part of the heading.
// "So với 31/12/2024 (%)": a comparison with the day it names.
const COMPARE_COL = /^(?:so sánh|so với|tăng\s*(?:\(\s*\+\s*\))?\s*[/,]?\s*giảm|tỷ lệ tăng|tăng trưởng|tăng\s*\(\s*%\s*\))/u;
/** "Lĩnh vực | Năm 2023 | Ước năm 2024" under "Mức thu nhập … (đơn vị: triệu đồng/người/tháng)": rows of sectors. */
const SECTOR_LABEL_COL = /^(?:lĩnh vực|ngành|loại hình)/u;

/**
 * "Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%)": each row names a metric (read with the column vocabulary,
 * its unit and scale in brackets), each year column gives that year's figure, and the comparison column the
 * change of the last year in percent. Null when the table is not of that shape.
 */
function indicatorTable(text: string, header: TableCell[], rows: Span[], mentions: Mention[], caption = ''): TableFact[] | null {
  const keys = header.map((c) => toneKey(c.text.trim()));
  // The metric of a table of sectors by year is the caption's, with its unit: "Mức thu nhập … (đơn vị: triệu đồng/người/tháng)".
  const captionKey = toneKey(caption);
  // "Số lượng HTX phân theo lĩnh vực (đơn vị: HTX)": a table of sectors counting cooperatives.
  const captionRule = SECTOR_LABEL_COL.test(keys[0] ?? '') && /đơn vị\s*(?:tính)?\s*:/u.test(captionKey) ? ((COLUMNS.find((r) => r.unit === 'VND' && r.pattern.test(captionKey)) ?? (/đơn vị\s*(?:tính)?\s*:\s*(?:htx|hợp tác xã)\s*\)?\s*$/u.test(captionKey) ? COLUMNS.find((r) => r.id === 'col.coops') : undefined)) as IndicatorRule | undefined) : undefined;
  const labelCol = captionRule ? 0 : keys.findIndex((k) => INDICATOR_LABEL.test(k));
  const years = keys.map((k) => Number(YEAR_COL.exec(k)?.[2] ?? NaN));
  const estimatedCol = keys.map((k) => !!YEAR_COL.exec(k)?.[1] || !!YEAR_COL.exec(k)?.[3]);
  const yearCols = years.map((y, i) => (Number.isFinite(y) ? i : -1)).filter((i) => i >= 0);
  // "Chỉ tiêu | Tỉnh Phú Yên (cũ) | Tỉnh Đắk Lắk (cũ) | Tỉnh Đắk Lắk (mới)": columns by former province and the merged whole.
  const placeCols = header.map((c, i) => {
    if (i === labelCol) return null;
    const former = /(?:^|\s)(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+)?((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3})\s*\(cũ\)/u.exec(c.text);
    const row = former ? lookupProvince(former[1]!) : null;
    if (row) return { place: { level: 'former_province' as const, name: c.text.trim() }, formerProvince: row.code };
    return /\(mới\)|^(?:toàn tỉnh|cả tỉnh|tổng|tổng cộng|tổng số)$/u.test(keys[i]!) ? { place: null } : null;
  });
  if (labelCol < 0) return null;
  // "Năm 2002 | Đến 30/6/2022": a column of the day it prints.
  const asOfs = header.map((c, i) => {
    if (i === labelCol || Number.isFinite(years[i]!) || !ASOF_COL.test(keys[i]!)) return null;
    const dm = mentions.find((x) => x.start >= c.start && x.end <= c.end && x.value !== null && ((x.kind === 'date' && typeof x.value === 'string') || (x.kind === 'period' && typeof x.value === 'object' && 'end' in x.value && !!x.value.end)));
    return dm ? (typeof dm.value === 'string' ? dm.value : (dm.value as { end: string }).end) : null;
  });
  const asOfCols = asOfs.map((d, i) => (d ? i : -1)).filter((i) => i >= 0);
  // "9 tháng năm 2022 | 9 tháng năm 2023": columns of periods other than whole years.
  const periods = header.map((c, i) => {
    if (i === labelCol || Number.isFinite(years[i]!) || asOfs[i] || COMPARE_COL.test(keys[i]!)) return null;
    const pm = mentions.find((x) => x.kind === 'period' && x.start >= c.start && x.end <= c.end && x.value !== null && typeof x.value === 'object' && 'start' in x.value && x.value.start && x.value.end);
    return pm ? (pm.value as { start: string; end: string }) : null;
  });
  const periodCols = periods.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
  if (yearCols.length === 0 && periodCols.length === 0 && asOfCols.length === 0) return placeCols.some((p) => p?.formerProvince) ? byFormerProvince(text, labelCol, placeCols, rows, mentions) : null;
  const byPeriod = yearCols.length === 0 && periodCols.length > 0;
  const dataCols = [...(byPeriod ? periodCols : yearCols), ...asOfCols].sort((a, b) => a - b);
  // "Đơn vị tính | … | triệu đồng/HTX": the unit column gives each row its scale and denominator.
  const unitCol = keys.findIndex((k) => UNIT_COL.test(k));
  const compareCol = keys.findIndex((k) => COMPARE_COL.test(k) && /%/u.test(k));
  // "So sánh | tăng 69", "gấp 5,3 lần": a comparison in the row's own unit, or a multiple.
  const diffCol = compareCol < 0 ? keys.findIndex((k) => COMPARE_COL.test(k)) : -1;
  // The day a data column ends on, for the period a comparison spans.
  const endOf = (i: number): string | undefined => asOfs[i] ?? (byPeriod ? periods[i]?.end : Number.isFinite(years[i]!) ? `${years[i]}-12-31` : undefined);
  const lastYear = Math.max(...yearCols.map((i) => years[i]!));
  // "Xếp loại | Năm 2015 | Năm 2016 | Năm 2017": rows of grades, each a count of cooperatives of that class.
  const gradeTable = !captionRule && /^(?:xếp loại|phân loại)/u.test(keys[labelCol] ?? '');
  // A table of grades with a column of shares ("Xếp loại | Năm 2019 | Năm 2020 | Tỷ lệ (%)") is the grades table's to read.
  if (gradeTable && keys.some((k) => /tỷ lệ|tỉ lệ|cơ cấu|%/u.test(k))) return null;
  const out: TableFact[] = [];
  for (const line of rows) {
    // Rows may count the alliance's courses and the people on them ("Lớp tập huấn … | lớp", "Học viên được tập huấn | lượt").
    const r = captionRule ? sectorRow(text, line, header.length, captionRule, captionKey) : gradeTable ? gradeRow(text, line, labelCol, header.length) : indicatorRow(text, line, labelCol, header.length, unitCol, INDICATOR_ROWS);
    if (!r) continue;
    const { row, labelKey, rule, scale } = r;
    const unitKey = unitCol >= 0 ? toneKey(row[unitCol]!.text.trim()) : captionRule ? captionKey : '';
    const rowUnit = unitOfRow(rule, labelKey, unitKey);
    // A caption's "(đơn vị: triệu đồng/người/tháng)" makes every row an average per person.
    // A grade "Trung bình" is a class, not an average.
    const average = (!gradeTable && /bình quân|trung bình/u.test(labelKey)) || (captionRule !== undefined && /\/\s*(?:người|htx|hợp tác xã|lao động|thành viên)/u.test(captionKey));
    const per = ratePer(`${labelKey} ${unitKey}`);
    // "Trong đó: HTX nông nghiệp": a sector of the row above.
    const part = labelKey.replace(/^trong đó\s*:?\s*/u, '').replace(/^(?:số\s+)?(?:htx|hợp tác xã)\s+/u, '');
    // "HTX du lịch cộng đồng": a row of one sector's cooperatives, its label opening on the sector's words.
    const label = (part !== labelKey && rule.metric === 'count') || captionRule ? (readSector(part, 0, part.length, { exact: true }) ?? (captionRule ? null : readSector(part, 0, part.length))) : rule.id === 'col.funds' ? readSector(labelKey, 0, labelKey.length) : null;
    // "Một số chỉ tiêu chính của khối Quỹ TDND:" over the table: the funds' figures.
    const fundsCaption = !label && rule.entity === 'cooperative' && rule.metric !== 'count' ? /quỹ tín dụng(?: nhân dân)?|quỹ tdnd|qtdnd/u.exec(captionKey) : null;
    const sector = label ? label.sector : fundsCaption ? ('credit' as const) : null;
    const sectorLabel = label ? row[labelCol]!.text.trim().replace(/^Trong đó\s*:?\s*/iu, '') : fundsCaption ? caption.slice(fundsCaption.index, fundsCaption.index + fundsCaption[0].length) : null;
    // "Lợi nhuận trước thuế 9 tháng (ước)": a row its label marks as estimated.
    const estimatedRow = /\(\s*ước[^)]*\)/u.test(labelKey);
    // A table of grades has read its row's grade already.
    const rating: Rating | undefined = 'rating' in r ? (r.rating as Rating) : rule.metric === 'count' ? rowClass(labelKey) : undefined;
    const number = (cell: TableCell) => numberIn(mentions, cell);
    for (const i of dataCols) {
      const m = number(row[i]!);
      if (!m) continue;
      const value = scaled(m, scale);
      const when = asOfs[i] ? { asOf: asOfs[i]! } : byPeriod ? { period: periods[i]! } : { year: years[i]! };
      const scope = rowScope(rule, labelKey) ?? (rule.entity === 'training_course' ? ('new' as const) : undefined);
      out.push({ entity: rule.entity, metric: rule.metric, unit: rowUnit, sector, sectorLabel, place: null, value, mention: m, row: line, rule: `${rule.id}.${byPeriod ? 'by_period' : 'by_year'}`, ...when, ...(scope ? { scope } : {}), ...(rating ? { rating } : {}), ...(average ? { statistic: 'average' as const, per } : {}), ...(estimatedCol[i] || estimatedRow ? { estimated: true } : {}) });
    }
    if (compareCol >= 0) {
      const m = number(row[compareCol]!);
      // The sign may be printed apart from the number ("+4,9", "-2,3").
      const signed = m ? signedIn(row[compareCol]!, m) : null;
      // A stock changed from the earlier column's day to the later one's; a flow over the later period.
      // "6 tháng 2024 | Cùng kỳ 2023 | So sánh (%)": the later column may come first; the change runs forward in time.
      const byEnd = byPeriod ? [...dataCols].filter((i) => periods[i]).sort((a, b) => (periods[a]!.end < periods[b]!.end ? -1 : periods[a]!.end > periods[b]!.end ? 1 : 0)) : dataCols;
      const [first, last] = [periods[byEnd[0]!], periods[byEnd[byEnd.length - 1]!]];
      const flow = FLOW_METRICS.has(rule.metric) || average;
      // "Thực hiện đến 30/9/2025 | So với 31/12/2024 (%)": a stock changed since the day the comparison names.
      const since = asOfCols.length ? mentions.find((x) => x.kind === 'date' && typeof x.value === 'string' && x.start >= header[compareCol]!.start && x.end <= header[compareCol]!.end) : undefined;
      const asOfLast = asOfs[dataCols[dataCols.length - 1]!];
      const when = byPeriod && first && last ? { period: flow ? last : { start: dayAfter(first.end), end: last.end } } : since && asOfLast ? { period: { start: dayAfter(since.value as string), end: asOfLast } } : { year: lastYear };
      // "215 | 198 | 108,6" under "So sánh (%)": the later figure as a percentage of the earlier one, not the change. Read
      // from the row's own figures (the printed number matches their ratio, not their difference), the change is 8,6% and
      // the rule says it was derived.
      const ends = byEnd.length >= 2 ? byEnd : dataCols;
      const [early, late] = [number(row[ends[0]!]!), number(row[ends[ends.length - 1]!]!)];
      const [ev, lv] = [early?.value, late?.value].map((v) => (typeof v === 'number' ? v : NaN));
      const asRatio = signed !== null && ev! > 0 && lv! > 0 && !/^\s*[+\-–−]/u.test(row[compareCol]!.text) && Math.abs(signed - (100 * lv!) / ev!) <= 0.15 && Math.abs(signed - (100 * (lv! - ev!)) / ev!) > 0.15;
      const changeValue = asRatio ? Math.round((signed! - 100) * 100) / 100 : signed;
      if (m && changeValue !== null) out.push({ entity: rule.entity, metric: rule.metric, unit: 'percent', sector, sectorLabel, place: null, value: changeValue, mention: m, row: line, rule: asRatio ? `${rule.id}.change_from_ratio` : `${rule.id}.change`, ...when, change: true, ...(rating ? { rating } : {}), ...(average ? { statistic: 'average' as const } : {}), ...(estimatedCol[dataCols[dataCols.length - 1]!] ? { estimated: true } : {}) });
    }
    if (diffCol >= 0 && dataCols.length >= 2) {
      const cell = row[diffCol]!;
      const m = number(cell);
      const first = endOf(dataCols[0]!);
      const last = endOf(dataCols[dataCols.length - 1]!);
      // "tăng 69", "giảm 501" in the row's unit; "gấp 5,3 lần" a multiple; a bare number says not which way.
      const times = m?.kind === 'multiple';
      // "+1.260", "-0,3": a sign printed before the number says it too.
      const way = /^(?:tăng|giảm)(?![\p{L}])/u.exec(toneKey(cell.text.trim()))?.[0] ?? (/^\+\s*\d/u.test(cell.text.trim()) ? 'tăng' : /^[-–−]\s*\d/u.test(cell.text.trim()) ? 'giảm' : undefined);
      if (m && first && last && (times || way)) {
        const v = times ? (m.value as number) : m.kind === 'percent' ? (m.value as number) : scaled(m, scale);
        const unit: Unit = times ? 'times' : m.kind === 'percent' ? 'percent' : rowUnit;
        out.push({ entity: rule.entity, metric: rule.metric, unit, sector, sectorLabel, place: null, value: way === 'giảm' ? -Math.abs(v) : v, mention: m, row: line, rule: `${rule.id}.change`, period: { start: dayAfter(first), end: last }, change: true, ...(rating ? { rating } : {}), ...(average ? { statistic: 'average' as const, per } : {}), ...(estimatedCol[dataCols[dataCols.length - 1]!] ? { estimated: true } : {}) });
      }
    }
  }
  return out.length ? out : null;
}
