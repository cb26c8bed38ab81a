// The extract job handler's core: one page (bytes, HTML or text) in, the
// document record with its facts and mentions out. Pure and synchronous, so
// the local runner and the BullMQ worker call the very same function.
import { createHash } from 'node:crypto';
import { FactRecord as FactSchema, type DocumentRecord, type Encoding, type FactRecord, type MentionRecord, type Sector } from '../schemas/records.js';
import { canonicalizeUrl } from '../crawler/discover.js';
import { cleanHtml, cleanPlainText } from './clean.js';
import { decodeBytes } from './encoding.js';
import { confidenceOf } from './facts/confidence.js';
import { checkConsistency } from './facts/consistency.js';
/** The paragraph (between blank lines) around an offset of the clean text. */
/** The sentence (or line) around [start, end): its stops are no thousands separators ("1.180 tổ hợp tác"). */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const stop = (i: number): boolean => text[i] === '\n' || (text[i] === '.' && !(/\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '')));
  let a = start;
  while (a > 0 && !stop(a - 1)) a--;
  let b = end;
  while (b < text.length && !stop(b)) b++;
  return { start: a, end: b };
}

function paragraphAround(text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

// The sector word must be lowercase: "HTX Nông nghiệp Dịch vụ Hà Bầu" is one named cooperative, not a sector.
// "Phát huy vai trò HTX khai thác thủy sản trong …": the cooperatives the headline is about, wherever it names them.
/** Words that make a sentence speak of many cooperatives, a district or the province, not of one cooperative. */
const MANY_IN_SENTENCE = /toàn tỉnh|toàn huyện|toàn xã|cả tỉnh|toàn thành phố|trên địa bàn|(?<![\p{L}])(?:các|những|nhiều|số)\s+(?:htx|hợp tác xã|tht|tổ hợp tác)(?!\s+thành viên)(?![\p{L}])|khu vực (?:htx|hợp tác xã|kinh tế tập thể)|tổng số|\d\s+(?:htx|hợp tác xã|tổ hợp tác|tht)(?!\s+thành viên)(?![\p{L}])/u;

/**
 * "Tổng kết hoạt động các HTX thủy sản, diêm nghiệp năm 2018", "HTX sầu riêng, tiêu, điều được mùa": the sector of the
 * cooperatives a headline is about, printed in lower case after the noun (a capital starts a cooperative's own name).
 */
function titleSector(title: string): { sector: Sector; label: string; words: string } | null {
  const key = toneKey(title);
  // Where the headline's subject stands: at its start or its colon, or after "vai trò", "mô hình", "phát triển", "các", "khối".
  // "Sơ kết 3 năm chuyển đổi, tổ chức lại HTX nông nghiệp theo Luật …": so does the object of reorganising them.
  // "Vụ vải thiều 2024: Doanh thu của các hợp tác xã tăng 17,8%": a headline on one crop's season speaks of its cooperatives.
  for (const m of title.matchAll(/(?:^|:\s*|(?<=(?:[Vv]ai trò|[Mm]ô hình|[Pp]hát triển|[Cc]ác|[Kk]hối|[Tt]ổ chức lại|[Cc]huyển đổi|[Cc]ủng cố) )(?:của\s+)?)(?:[Hh]ợp tác xã|HTX)\s+(?=\p{Ll})|^(?:[Vv]ụ|[Mm]ùa)\s+(?=\p{Ll})/gu)) {
    const from = m.index! + m[0].length;
    const label = readSector(key, from, key.length, { lead: false });
    // Farming only: a headline on trade, tourism or credit cooperatives is seldom about them alone, and one on "HTX dừa
    // và Quỹ tín dụng" speaks of both.
    // One crop or trade only: "HTX thanh long, thủy sản", "HTX lúa, tôm - lúa" head articles that also give the whole's figures.
    // "…: HTX dừa vượt khó, Quỹ tín dụng nhân dân hoạt động an toàn": a headline that names the credit funds too speaks of both.
    // "Quỹ tín dụng nhân dân và HTX lúa: hai trụ cột …" names the funds before; "Kinh tế tập thể 6 tháng đầu năm 2025: HTX
    // vải thiều giữ vai trò đầu tàu" reviews the whole sector and singles one out.
    const before = key.slice(0, m.index!);
    if (/(?<![\p{L}])(?:quỹ (?:tín dụng|tdnd)|qtdnd)|kinh tế tập thể|khu vực (?:htx|hợp tác xã)/u.test(before)) continue;
    if (label && label.sector === 'agriculture' && label.terms.length === 1 && !/^\s*(?:và|,)\s*(?:quỹ|htx|hợp tác xã|tổ hợp tác)|(?<![\p{L}])(?:quỹ (?:tín dụng|tdnd)|qtdnd)/u.test(key.slice(label.end))) return { sector: label.sector, label: title.slice(label.start, label.end), words: title.slice(m.index!, label.end) };
  }
  return null;
}
import { cooperativeOfTitle, districtOfArticle, groupOfArticle, lastSpokeOfProvince, PROVINCE_WIDE, withoutShareOfWhole } from './facts/district-article.js';
import { extractFacts, type DraftFact, type Skipped } from './facts/extract.js';
import { readSector } from './facts/sector.js';
import { OWN_PLAN_BEFORE } from './facts/vocab.js';
import { findMentions } from './mentions/index.js';
import { normalizeText, toneKey } from './normalize.js';
import { detectEventDate, detectProvince, detectReportPeriod } from './metadata.js';
import { packageVersion } from './paths.js';
import type { CleanResult } from './types.js';

export interface ExtractInput {
  /** Raw bytes as read from disk or received over HTTP; decoded by extractors/encoding.ts. */
  bytes?: Uint8Array;
  /** Already-decoded page or text (used when bytes is absent). */
  html?: string;
  /** HTTP Content-Type header, or one guessed from the file extension. */
  contentType?: string | null;
  /** 'html' for pages, 'text' for plain-text dumps like shared/seeds; guessed when absent. */
  format?: 'html' | 'text';
  url?: string | null;
  /** The path as given on the command line, for local files. */
  input?: string | null;
  fetchedAt?: string | null;
  httpStatus?: number | null;
}

export interface ExtractResult {
  document: DocumentRecord;
  facts: FactRecord[];
  mentions: MentionRecord[];
  /** Numeric mentions that did not become facts, with the reason (for `htxpress explain`). */
  skipped: { start: number; end: number; text: string; kind: string; reason: string }[];
  /** The cleaner's block structure of `document.text`. */
  blocks: CleanResult['blocks'];
}

export function sha16(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

function looksLikeHtml(s: string): boolean {
  return /<(?:!doctype|html|head|body|p|div|article|table|br)[\s>/]/i.test(s.slice(0, 4096));
}

let extractorId: string | null = null;

export function extractDocument(input: ExtractInput | string): ExtractResult {
  const inp: ExtractInput = typeof input === 'string' ? { html: input } : input;
  const name = inp.input ?? inp.url ?? 'input';
  let raw: string;
  let encoding: Encoding | null = null;
  const decodeWarnings: string[] = [];
  if (inp.bytes) {
    const d = decodeBytes(inp.bytes, { contentType: inp.contentType ?? null, name });
    raw = d.text;
    encoding = d.encoding;
    decodeWarnings.push(...d.warnings);
  } else raw = inp.html ?? '';
  if (!raw.trim()) throw new Error(`${name}: empty input, nothing to extract`);
  const format = inp.format ?? (/html|xml/i.test(inp.contentType ?? '') || looksLikeHtml(raw) ? 'html' : 'text');
  const cleaned = format === 'html' ? cleanHtml(raw, { url: inp.url ?? null, name, encoding }) : cleanPlainText(raw, { name });
  if (!cleaned.text.trim() && format === 'text') {
    // A short text with no chrome around it ("htxpress extract -" on one sentence) is all body.
    const body = normalizeText(raw).trim();
    cleaned.text = body;
    cleaned.blocks = [{ start: 0, end: body.length, type: 'paragraph' }];
    if (cleaned.title === body) cleaned.title = '';
  }
  const text = cleaned.text;
  const url = canonicalizeUrl(cleaned.canonicalUrl ?? inp.url ?? '') ?? null;
  const source = url ? new URL(url).hostname : (cleaned.baseHost ?? null);
  const id = sha16(url ?? (inp.bytes ? inp.bytes : raw));
  const publishedAt = cleaned.publishedAt;
  const referenceDate = publishedAt ? publishedAt.slice(0, 10) : null;

  const first = findMentions(text, { referenceDate });
  const eventDate = detectEventDate(text, first);
  const period = detectReportPeriod(cleaned.title, text, first, eventDate ?? referenceDate);
  const reportPeriod = period.reportPeriod;
  const mentions = reportPeriod ? findMentions(text, { reportPeriod, referenceDate }) : first;
  const prov = detectProvince(cleaned.title, text, source, referenceDate ?? eventDate, cleaned.siteName);

  const warnings = [...decodeWarnings, ...cleaned.warnings, ...(encoding && encoding.source !== 'bom' && encoding.detected !== 'utf-8' ? [`encoding: decoded as ${encoding.detected}${encoding.converted ? `, converted from ${encoding.converted}` : ''}`] : []), ...prov.warnings, ...period.warnings];

  extractorId ??= `htxpress@${packageVersion()}`;
  const document: DocumentRecord = {
    id,
    url,
    source,
    title: cleaned.title,
    publishedAt,
    eventDate,
    author: cleaned.author,
    province: prov.province,
    reportPeriod,
    text,
    input: inp.input ?? null,
    fetchedAt: inp.fetchedAt ?? null,
    contentSha256: inp.bytes ? createHash('sha256').update(inp.bytes).digest('hex') : null,
    httpStatus: inp.httpStatus ?? null,
    extractor: extractorId,
    kind: cleaned.kind,
    siteName: cleaned.siteName,
    language: cleaned.language,
    encoding,
    links: cleaned.links,
    warnings,
  };

  let drafts: DraftFact[] = [];
  let skippedDrafts: Skipped[] = [];
  if (cleaned.kind === 'article') {
    const tables = cleaned.blocks.filter((b) => b.type === 'table').map((b) => ({ start: b.start, end: b.end }));
    const subheadings = cleaned.blocks.filter((b) => b.type === 'heading' && b.end - b.start < 120 && !/[.;!?]$/u.test(text.slice(b.start, b.end).trim())).map((b) => ({ start: b.start, end: b.end }));
    const r = extractFacts(text, mentions, { reportPeriod, eventDate, publishedAt, tables, subheadings, title: cleaned.title });
    drafts = r.facts;
    skippedDrafts = r.skipped;
    const district = districtOfArticle(text, cleaned.title);
    // A sentence that speaks of the whole province ("Trên phạm vi toàn tỉnh, …") keeps its figures the province's,
    // and so do the sentences after it in its paragraph until one speaks of a district again.
    // "… có 118 HTX, chiếm 24,6% tổng số HTX toàn tỉnh": a share of the whole province speaks of the part, not of the province.
    const provinceWide = (d: DraftFact): boolean => {
      const { start: from, end } = sentenceAround(text, d.valueSpan.start, d.valueSpan.end);
      return PROVINCE_WIDE.test(withoutShareOfWhole(toneKey(text.slice(from, end)))) || lastSpokeOfProvince(withoutShareOfWhole(toneKey(text.slice(text.lastIndexOf('\n', d.valueSpan.start) + 1, from))));
    };
    // Figures that name no place and do not speak of the province: an article's district or group takes them.
    const unplaced = (): DraftFact[] => drafts.filter((d) => d.place === null && !provinceWide(d));
    const placed = district ? unplaced() : [];
    for (const d of placed) d.place = district;
    // "Đại hội thành viên Liên hiệp HTX Lúa gạo Vàm Cỏ Đông …": an article on one named cooperative gives it the figures
    // that name no place, except those of sentences about many cooperatives or the province.
    const titleOrg = district ? null : cooperativeOfTitle(cleaned.title, text);
    const ofOrg = titleOrg
      ? drafts.filter((d) => {
          if (d.place !== null || !['cooperative', 'cooperative_union', 'cooperative_group'].includes(d.entity) || provinceWide(d)) return false;
          const { start: from, end } = sentenceAround(text, d.valueSpan.start, d.valueSpan.end);
          return !MANY_IN_SENTENCE.test(toneKey(text.slice(from, end)));
        })
      : [];
    for (const d of ofOrg) {
      d.place = titleOrg!.place;
      // "tổng doanh thu của các HTX thành viên", "thu nhập của hộ thành viên": the union's members' own figures stay theirs.
      const members = /(?:htx|hợp tác xã|hộ)\s+thành viên/u.test(toneKey(text.slice(sentenceAround(text, d.valueSpan.start, d.valueSpan.end).start, d.valueSpan.start)));
      if (d.entity === 'cooperative' && !members) d.entity = titleOrg!.entity;
      d.sector = null;
      d.sectorLabel = null;
    }
    if (ofOrg.length) warnings.push(`place: the headline names ${titleOrg!.place.name}; ${ofOrg.length} figures that name no place are taken as its own`);
    // "Hợp tác xã trên cao nguyên đá: …" about "4 huyện vùng cao nguyên đá Đồng Văn": the group's figures, except the province's.
    const group = district || titleOrg ? null : groupOfArticle(text, cleaned.title);
    const ofGroup = group ? unplaced() : [];
    for (const d of ofGroup) d.place = group;
    if (ofGroup.length) warnings.push(`place: the article speaks of ${group!.name}; ${ofGroup.length} figures that name no place are taken as the group's`);
    // "Hợp tác xã nông nghiệp năm 2019: số lượng tăng …": an article whose headline is about one sector's cooperatives
    // speaks of them where a figure names no sector; the document says so.
    const topic = titleSector(cleaned.title ?? '');
    if (topic) {
      const label = topic.label;
      const sectorOf = topic;
      // Figures of the whole sector, or of the province by its name ("Lâm Đồng có 474 HTX"), stay all-sector.
      const provinceName = prov.province ? toneKey(prov.province.name) : null;
      const wholeSector = (d: DraftFact): boolean => {
        const sentence = toneKey(text.slice(sentenceAround(text, d.valueSpan.start, d.valueSpan.end).start, d.valueSpan.end));
        // "Liên minh HTX tỉnh phấn đấu thành lập mới thêm 13 HTX": the alliance's own plan is of all sectors.
        // "toàn huyện có 94 HTX", "toàn tỉnh/tỉnh thành lập mới 32 HTX": the whole of a place, all sectors.
        return /phi nông nghiệp|các lĩnh vực|toàn tỉnh|cả tỉnh|toàn huyện|cả huyện|toàn thành phố|cả thành phố|(?:^|[\s,;:])tỉnh (?:đã |cũng )?(?:thành lập|có|giải thể)|khu vực (?:htx|hợp tác xã|kinh tế tập thể)|tổng số/u.test(sentence) || OWN_PLAN_BEFORE.test(sentence) || (provinceName !== null && sentence.includes(provinceName));
      };
      const whole = new Set(drafts.filter((d) => d.entity === 'cooperative' && d.sector === null && d.place === null && wholeSector(d)));
      // "…toàn tỉnh có 712 HTX … Trong đó có 651 HTX đang hoạt động": later figures of a paragraph that opened on the
      // whole province's cooperatives are still the whole's, until a count of the headline's sector comes between
      // ("toàn tỉnh có 318 HTX, trong đó 232 HTX nông nghiệp. … đã lên tới 64 HTX").
      const afterWhole = (d: DraftFact): boolean => {
        const para = paragraphAround(text, d.valueSpan.start);
        const lastWhole = [...whole].filter((w) => w.valueSpan.start >= para.start && w.valueSpan.start < d.valueSpan.start).pop();
        return !!lastWhole && !drafts.some((g) => g.metric === 'count' && g.sector === sectorOf?.sector && g.valueSpan.start > lastWhole.valueSpan.start && g.valueSpan.start < d.valueSpan.start);
      };
      const carried = sectorOf ? drafts.filter((d) => d.entity === 'cooperative' && d.sector === null && (d.place === null || d.place.level === 'district') && d.rule !== 'metric.compared_level' && !whole.has(d) && !afterWhole(d)) : [];
      for (const d of carried) {
        d.sector = sectorOf!.sector;
        d.sectorLabel = label;
      }
      if (carried.length) warnings.push(`sector: the headline speaks of "${topic.words}"; ${carried.length} figures that name no sector are taken as theirs`);
    }
    if (district && placed.length) warnings.push(`place: the article speaks of ${district.name} throughout; ${placed.length} figures that do not name a place are taken as that district's`);
  }
  // A lead paragraph often repeats a figure the body states again: one point, one fact.
  const seen = new Set<string>();
  const facts = drafts
    .map((d) => toRecord(document, d))

    // A fact the contract refuses (a reading bug) is dropped with a warning that names it; the others stay.
    .filter((f) => {
      const ok = FactSchema.safeParse(f);
      if (!ok.success) document.warnings.push(`schema: "${f.evidence.text}" dropped, ${ok.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return ok.success;
    })
    .filter((f) => {
      const k = JSON.stringify([f.entity, f.metric, f.scope, f.place, f.sector, f.rating, f.statistic, f.status, f.value, f.unit, f.asOf, f.period, f.per, f.refMetric, f.entity === 'ocop_product' ? f.sectorLabel : null]);
      if (seen.has(k)) {
        document.warnings.push(`repeat: "${f.evidence.text}" states again a figure given earlier; kept once`);
        return false;
      }
      seen.add(k);
      return true;
    });
  // "Phấn đấu 580 HTX vào năm 2020" as a section heading, then "đến năm 2020 toàn tỉnh có 580 HTX" under it: the
  // heading announces the figure the body dates; the body's is the fact.
  const headingRepeat = (f: FactRecord): boolean => {
    const para = paragraphAround(text, f.valueSpan.start);
    if (para.end - para.start >= 120 || /[.;:!?]$/u.test(text.slice(para.start, para.end).trim())) return false;
    return facts.some((g) => g !== f && (g.valueSpan.start < para.start || g.valueSpan.start >= para.end) && g.entity === f.entity && g.metric === f.metric && g.value === f.value && g.unit === f.unit && g.status === f.status && JSON.stringify(g.place) === JSON.stringify(f.place));
  };
  const repeatedHeadings = new Set(facts.filter(headingRepeat));
  for (const f of repeatedHeadings) document.warnings.push(`repeat: the heading "${f.evidence.text}" announces a figure the text states again; kept once, from the text`);
  if (repeatedHeadings.size) facts.splice(0, facts.length, ...facts.filter((f) => !repeatedHeadings.has(f)));
  facts.sort((a, b) => a.evidence.start - b.evidence.start || a.valueSpan.start - b.valueSpan.start || a.id.localeCompare(b.id));
  document.warnings.push(...checkConsistency(facts));

  const skipped = skippedDrafts.map((s) => ({ start: s.mention.start, end: s.mention.end, text: s.mention.text, kind: s.mention.kind, reason: s.reason }));
  for (const m of mentions) {
    if (m.kind === 'reference') skipped.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, reason: `reference (${m.refType ?? 'not a quantity'})` });
  }
  skipped.sort((a, b) => a.start - b.start);
  return {
    document,
    facts,
    mentions: mentions.map((m) => ({ documentId: id, ...m })),
    skipped,
    blocks: cleaned.blocks,
  };
}

function toRecord(doc: DocumentRecord, d: DraftFact): FactRecord {
  const evidence = { start: d.evidence.start, end: d.evidence.end, text: doc.text.slice(d.evidence.start, d.evidence.end) };
  const province = d.formerProvince ?? doc.province?.code ?? null;
  const idKey = JSON.stringify([doc.id, evidence.start, d.valueSpan.start, d.entity, d.metric, d.scope, d.sector, d.rating, d.statistic, d.status, d.unit]);
  return {
    id: sha16(idKey),
    documentId: doc.id,
    province,
    entity: d.entity,
    metric: d.metric,
    scope: d.scope,
    place: d.place,
    sector: d.sector,
    // A label read up to the end of its sentence keeps no closing punctuation ("xây dựng.").
    sectorLabel: d.sectorLabel?.replace(/[\s.,;:]+$/u, '') || null,
    rating: d.rating,
    statistic: d.statistic,
    status: d.status,
    value: d.value,
    valueMax: d.valueMax,
    qualifier: d.qualifier,
    unit: d.unit,
    per: d.per,
    refMetric: d.refMetric,
    plan: d.plan,
    asOf: d.asOf,
    period: d.period,
    evidence,
    valueSpan: d.valueSpan,
    confidence: confidenceOf({ rule: d.rule, explicit: d.explicit, dateFrom: d.dateFrom, status: d.status, place: d.place !== null }, Math.max(0, Math.min(1, d.confidence))),
    rule: d.rule,
    dateFrom: d.dateFrom,
    provinceCurrent: doc.province?.currentCode ?? null,
    entityFrom: d.explicit ? 'named' : 'inherited',
  };
}
