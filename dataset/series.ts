// series.csv: one row per province-level actual or estimated fact, in tidy long
// format. Rows are never merged or corrected: when articles or sentences
// disagree about the same point, every row stays and `conflict` says so.
import { findInconsistencies } from '../extractors/facts/consistency.js';
import { SERIES_COLUMNS, type DocumentRecord, type FactRecord, type SeriesRow } from '../schemas/records.js';

export function seriesRows(documents: DocumentRecord[], facts: FactRecord[]): SeriesRow[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const rows: { row: SeriesRow; fact: FactRecord }[] = [];
  for (const f of facts) {
    if (f.place || (f.status !== 'actual' && f.status !== 'estimate')) continue;
    const d = docs.get(f.documentId);
    if (!d || !d.province || !f.province) continue;
    rows.push({
      fact: f,
      row: {
        province_code: f.province,
        province: d.province.name,
        province_current: d.province.current,
        entity: f.entity,
        metric: f.metric,
        scope: f.scope,
        sector: f.sector ?? '',
        rating: f.rating ?? '',
        statistic: f.statistic,
        status: f.status,
        as_of: f.asOf ?? '',
        period_start: f.period?.start ?? '',
        period_end: f.period?.end ?? '',
        value: f.value,
        unit: f.unit,
        document_id: f.documentId,
        url: d.url ?? '',
        published_at: d.publishedAt ?? '',
        evidence: f.evidence.text,
        conflict: '',
        sector_label: f.sectorLabel ?? '',
      },
    });
  }
  // Codes are reused across the 2025 lists, so the point key is the current province plus the code.
  const pointKey = (r: SeriesRow, f: FactRecord): string =>
    JSON.stringify([r.province_current, r.province_code, r.entity, r.metric, r.scope, r.sector, r.entity === 'ocop_product' ? r.sector_label : '', r.rating, r.statistic, r.as_of, r.period_start, r.period_end, r.unit, f.per, f.refMetric]);
  const groups = new Map<string, { row: SeriesRow; fact: FactRecord }[]>();
  for (const x of rows) {
    const k = pointKey(x.row, x.fact);
    groups.set(k, [...(groups.get(k) ?? []), x]);
  }
  for (const g of groups.values()) {
    if (new Set(g.map((x) => x.row.value)).size > 1) for (const x of g) x.row.conflict = 'values_disagree';
  }
  const byDoc = new Map<string, FactRecord[]>();
  for (const f of facts) byDoc.set(f.documentId, [...(byDoc.get(f.documentId) ?? []), f]);
  const flagged = new Map<string, SeriesRow['conflict']>();
  for (const fs of byDoc.values())
    for (const inc of findInconsistencies(fs)) {
      if (inc.kind === 'values_disagree') continue;
      for (const id of inc.factIds) if (!flagged.has(id)) flagged.set(id, inc.kind);
    }
  for (const x of rows) if (!x.row.conflict && flagged.has(x.fact.id)) x.row.conflict = flagged.get(x.fact.id)!;
  return rows.map((x) => x.row);
}

function cell(v: unknown): string {
  const s = typeof v === 'number' ? String(v) : String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: SeriesRow[]): string {
  const lines = [SERIES_COLUMNS.join(',')];
  for (const r of rows) lines.push(SERIES_COLUMNS.map((c) => cell(r[c])).join(','));
  return lines.join('\n') + '\n';
}

/** RFC 4180 reader for series.csv (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cur);
      cur = '';
    } else if (c === '\n') {
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
    } else if (c !== '\r') cur += c;
  }
  if (cur || row.length) {
    row.push(cur);
    rows.push(row);
  }
  return rows;
}
