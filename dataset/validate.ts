// `htxpress validate <dataset>`: every line against its schema, and every
// offset against the document text it points into.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DocumentRecord, FactRecord, MentionRecord, SERIES_COLUMNS, SeriesRow } from '../schemas/records.js';
import { parseCsv } from './series.js';
import { DATASET_FILES } from './write.js';

export interface ValidationReport {
  ok: boolean;
  errors: string[];
  counts: Record<string, number>;
}

const MAX_ERRORS = 1000;

function issues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}

export function validateDataset(dir: string): ValidationReport {
  const errors: string[] = [];
  const counts: Record<string, number> = {};
  const err = (s: string): void => {
    if (errors.length < MAX_ERRORS) errors.push(s);
  };
  for (const f of DATASET_FILES) if (!existsSync(join(dir, f))) err(`${f}: missing`);
  if (errors.length) return { ok: false, errors, counts };

  const readJsonl = <T>(file: string, schema: z.ZodType<T>): { line: number; rec: T }[] => {
    const out: { line: number; rec: T }[] = [];
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    lines.forEach((l, i) => {
      let json: unknown;
      try {
        json = JSON.parse(l);
      } catch (e) {
        err(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
        return;
      }
      const r = schema.safeParse(json);
      if (!r.success) err(`${file}:${i + 1}: ${issues(r.error)}`);
      else out.push({ line: i + 1, rec: r.data });
    });
    counts[file] = lines.length;
    return out;
  };

  const docs = readJsonl('documents.jsonl', DocumentRecord);
  const text = new Map<string, string>();
  let prev = '';
  for (const { line, rec } of docs) {
    if (text.has(rec.id)) err(`documents.jsonl:${line}: duplicate id ${rec.id}`);
    if (rec.id < prev) err(`documents.jsonl:${line}: not sorted by id`);
    if (rec.text !== rec.text.normalize('NFC')) err(`documents.jsonl:${line}: text is not NFC`);
    prev = rec.id;
    text.set(rec.id, rec.text);
  }

  const span = (file: string, line: number, docId: string, start: number, end: number, expected: string, what: string): void => {
    const t = text.get(docId);
    if (t === undefined) return err(`${file}:${line}: documentId ${docId} is not in documents.jsonl`);
    if (start > end || end > t.length) return err(`${file}:${line}: ${what} [${start}, ${end}) outside the text (length ${t.length})`);
    if (t.slice(start, end) !== expected) err(`${file}:${line}: ${what} text ${JSON.stringify(expected)} ≠ text.slice(${start}, ${end}) ${JSON.stringify(t.slice(start, end))}`);
  };

  let prevKey: [string, number] = ['', -1];
  for (const { line, rec } of readJsonl('facts.jsonl', FactRecord)) {
    span('facts.jsonl', line, rec.documentId, rec.evidence.start, rec.evidence.end, rec.evidence.text, 'evidence');
    const t = text.get(rec.documentId);
    if (t !== undefined && (rec.valueSpan.start < rec.evidence.start || rec.valueSpan.end > rec.evidence.end))
      err(`facts.jsonl:${line}: valueSpan [${rec.valueSpan.start}, ${rec.valueSpan.end}) is not inside the evidence`);
    if (rec.documentId < prevKey[0] || (rec.documentId === prevKey[0] && rec.evidence.start < prevKey[1]))
      err(`facts.jsonl:${line}: not sorted by documentId, evidence.start`);
    prevKey = [rec.documentId, rec.evidence.start];
  }
  for (const { line, rec } of readJsonl('mentions.jsonl', MentionRecord)) span('mentions.jsonl', line, rec.documentId, rec.start, rec.end, rec.text, 'mention');

  const csv = parseCsv(readFileSync(join(dir, 'series.csv'), 'utf8'));
  const header = csv.shift() ?? [];
  if (header.join(',') !== SERIES_COLUMNS.join(',')) err(`series.csv:1: header ${header.join(',')} ≠ ${SERIES_COLUMNS.join(',')}`);
  csv.forEach((cells, i) => {
    const obj: Record<string, unknown> = {};
    SERIES_COLUMNS.forEach((c, j) => (obj[c] = c === 'value' ? Number(cells[j]) : (cells[j] ?? '')));
    const r = SeriesRow.safeParse(obj);
    if (!r.success) err(`series.csv:${i + 2}: ${issues(r.error)}`);
    else if (!text.has(r.data.document_id)) err(`series.csv:${i + 2}: document_id ${r.data.document_id} is not in documents.jsonl`);
  });
  counts['series.csv'] = csv.length;
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources?: { path: string }[] };
    const paths = new Set((pkg.resources ?? []).map((r) => r.path));
    for (const f of DATASET_FILES) if (f !== 'datapackage.json' && !paths.has(f)) err(`datapackage.json: no resource for ${f}`);
  } catch (e) {
    err(`datapackage.json: not JSON (${(e as Error).message})`);
  }
  return { ok: errors.length === 0, errors, counts };
}
