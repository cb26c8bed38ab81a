// The executable form of docs/records.md (copied from shared/spec/records.md).
// Every record shape in the code is defined here and nowhere else; the JSON
// Schemas shipped in datapackage.json are generated from these.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
export const isoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/, 'ISO 8601 date or date-time with offset');

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const Evidence = Span.extend({ text: z.string().min(1) });

// A period may be open ("từ 2005 đến nay"), never reversed.
export const Period = z.object({ start: isoDate, end: isoDate.nullable() }).refine((p) => p.end === null || p.start <= p.end, { message: 'the period starts after it ends' });

export const ENTITIES = [
  'cooperative',
  'cooperative_union',
  'cooperative_group',
  'ocop_product',
  'training_course',
  'member_unit',
] as const;
export const METRICS = [
  'count',
  'members',
  'workers',
  'charter_capital',
  'contributed_capital',
  'operating_capital',
  'total_assets',
  'revenue',
  'profit',
  'income',
  'land_area',
  'participants',
  'share',
  'plan_achievement',
] as const;
export const SCOPES = ['existing', 'new', 'dissolved', 'change'] as const;
export const SECTORS = [
  'multiple',
  'agriculture',
  'industry_handicraft',
  'construction',
  'transport',
  'trade_services',
  'credit',
  'environment',
  'mining',
  'non_agriculture',
  'other',
] as const;
export const RATINGS = ['operating', 'inactive', 'effective', 'good', 'fair', 'average', 'weak'] as const;
export const STATUSES = ['actual', 'estimate', 'target'] as const;
export const QUALIFIERS = ['exact', 'approx', 'over', 'under', 'nearly'] as const;
export const UNITS = ['count', 'person', 'VND', 'ha', 'percent', 'person_time', 'times'] as const;
export const PLACE_LEVELS = ['former_province', 'district', 'commune', 'cooperative', 'other'] as const;
export const MENTION_KINDS = [
  'number',
  'percent',
  'money',
  'area',
  'date',
  'period',
  'ratio',
  'range',
  'multiple',
  'reference',
] as const;

export const Entity = z.enum(ENTITIES);
export const Metric = z.enum(METRICS);
export const Scope = z.enum(SCOPES);
export const Sector = z.enum(SECTORS);
export const Rating = z.enum(RATINGS);
export const Status = z.enum(STATUSES);
export const Qualifier = z.enum(QUALIFIERS);
export const Unit = z.enum(UNITS);
export const PlaceLevel = z.enum(PLACE_LEVELS);
export const MentionKind = z.enum(MENTION_KINDS);

export const ProvinceRef = z.object({
  code: z.string().regex(/^\d{2}$/),
  name: z.string(),
  nameAscii: z.string(),
  current: z.string().describe('name of the province it belongs to since the 2025-07-01 merger'),
  currentCode: z.string().regex(/^\d{2}$/),
  from: z
    .enum(['text', 'title', 'alliance', 'host', 'url'])
    .describe('where the province was read: the body text, the title, the alliance name, the site host'),
  evidence: Span.extend({ text: z.string() }).nullable().describe('where it is named in text, when it is'),
});

export const ReportPeriod = z.object({ label: z.string(), start: isoDate, end: isoDate });

export const Encoding = z.object({
  detected: z.string().describe('charset the bytes were decoded with'),
  source: z.enum(['bom', 'http', 'meta', 'detected', 'default']),
  converted: z.string().nullable().describe('legacy font encoding converted to Unicode (TCVN3, VNI), if any'),
  mojibakeRepaired: z.boolean(),
});

export const DocumentRecord = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string(),
  publishedAt: isoDateOrDateTime.nullable(),
  eventDate: isoDate.nullable(),
  author: z.string().nullable(),
  province: ProvinceRef.nullable(),
  reportPeriod: ReportPeriod.nullable(),
  text: z.string(),
  input: z.string().nullable(),
  fetchedAt: z.string().nullable(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  httpStatus: z.number().int().nullable(),
  extractor: z.string().regex(/^htxpress@/),
  kind: z.enum(['article', 'listing']).describe('a listing page carries links, not facts'),
  siteName: z.string().nullable(),
  language: z.string().nullable(),
  encoding: Encoding.nullable(),
  links: z.array(z.object({ url: z.string(), text: z.string() })).describe('article links of a listing page'),
  warnings: z.array(z.string()),
});

export const Place = z.object({ level: PlaceLevel, name: z.string().min(1) });

export const DATE_SOURCES = ['clause', 'sentence', 'paragraph', 'section', 'document', 'report_period', 'event', 'none'] as const;

export const FactRecord = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  documentId: z.string(),
  province: z.string().nullable(),
  entity: Entity,
  metric: Metric,
  scope: Scope,
  place: Place.nullable(),
  sector: Sector.nullable(),
  sectorLabel: z.string().nullable(),
  rating: Rating.nullable(),
  statistic: z.enum(['total', 'average']),
  status: Status,
  value: z.number(),
  valueMax: z.number().nullable(),
  qualifier: Qualifier,
  unit: Unit,
  per: z.enum(['year', 'month']).nullable(),
  refMetric: Metric.nullable(),
  plan: z.number().nullable(),
  asOf: isoDate.nullable(),
  period: Period.nullable(),
  evidence: Evidence,
  valueSpan: Span,
  confidence: z.number().min(0).max(1),
  rule: z.string().describe('id of the rule that produced the fact (htxpress explain)'),
  dateFrom: z
    .enum(DATE_SOURCES)
    .describe('where asOf/period came from: the clause itself, or inferred from a wider context (so marked)'),
  provinceCurrent: z.string().nullable().describe('code of the 2025 province the fact belongs to'),
  entityFrom: z
    .enum(['named', 'inherited'])
    .describe('named: the entity is printed with the figure; inherited: taken from the subject of the sentence or paragraph'),
});

export const MentionRecord = z.object({
  documentId: z.string(),
  kind: MentionKind,
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.union([z.number(), isoDate, Period, z.null()]),
  unit: z.string().optional(),
  valueMax: z.number().optional(),
  denominator: z.number().optional(),
  label: z.string().optional(),
  qualifier: Qualifier.optional(),
  per: z.string().optional().describe('denominator words after a slash: "người/tháng"'),
  refType: z.string().optional().describe('for references: phone, legal, address, counter, url, file, ordinal…'),
  resolved: z.boolean().optional().describe('a relative period resolved against the report period'),
  rule: z.string().optional(),
});

export const SERIES_COLUMNS = [
  'province_code',
  'province',
  'province_current',
  'entity',
  'metric',
  'scope',
  'sector',
  'rating',
  'statistic',
  'status',
  'as_of',
  'period_start',
  'period_end',
  'value',
  'unit',
  'document_id',
  'url',
  'published_at',
  'evidence',
  'conflict',
  'sector_label',
] as const;

export const SeriesRow = z.object({
  province_code: z.string(),
  province: z.string(),
  province_current: z.string(),
  entity: Entity,
  metric: Metric,
  scope: Scope,
  sector: z.string(),
  rating: z.string(),
  statistic: z.enum(['total', 'average']),
  status: z.enum(['actual', 'estimate']),
  as_of: z.string(),
  period_start: z.string(),
  period_end: z.string(),
  value: z.number(),
  unit: Unit,
  document_id: z.string(),
  url: z.string(),
  published_at: z.string(),
  evidence: z.string(),
  conflict: z.enum(['', 'values_disagree', 'parts_exceed_total', 'parts_below_total', 'stock_change_mismatch']),
  sector_label: z.string().describe('the sector words as printed; for OCOP products the star class ("4 sao")'),
});

export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type FactRecord = z.infer<typeof FactRecord>;
export type MentionRecord = z.infer<typeof MentionRecord>;
export type SeriesRow = z.infer<typeof SeriesRow>;
export type ProvinceRef = z.infer<typeof ProvinceRef>;
export type ReportPeriod = z.infer<typeof ReportPeriod>;
export type Period = z.infer<typeof Period>;
export type Place = z.infer<typeof Place>;
export type Encoding = z.infer<typeof Encoding>;
/** A mention as the extractors produce it, before it is tied to a document. */
export type Mention = Omit<MentionRecord, 'documentId'>;
export type MentionKind = z.infer<typeof MentionKind>;
export type Entity = z.infer<typeof Entity>;
export type Metric = z.infer<typeof Metric>;
export type Scope = z.infer<typeof Scope>;
export type Sector = z.infer<typeof Sector>;
export type Rating = z.infer<typeof Rating>;
export type Status = z.infer<typeof Status>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Unit = z.infer<typeof Unit>;
