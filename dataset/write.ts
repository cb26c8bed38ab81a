// Writes the dataset folder of the contract (docs/records.md): documents.jsonl,
// facts.jsonl, mentions.jsonl, series.csv, datapackage.json. Every file is
// written to a temporary name and renamed, so a crash never leaves half a file;
// nothing depends on the clock, so the same input gives the same bytes.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../crawler/atomic.js';
import type { ExtractResult } from '../extractors/document.js';
import { DocumentRecord, FactRecord, MentionRecord, SeriesRow } from '../schemas/records.js';
import { dataPackage } from './datapackage.js';
import { seriesRows, toCsv } from './series.js';

export interface DatasetSummary {
  documents: number;
  facts: number;
  mentions: number;
  seriesRows: number;
  factsPerMetric: Record<string, number>;
  warnings: number;
}

export const DATASET_FILES = ['documents.jsonl', 'facts.jsonl', 'mentions.jsonl', 'series.csv', 'datapackage.json'] as const;

function jsonl(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}

/** Sorted, schema-checked records of a set of extraction results (same order as the files). */
export function datasetRecords(results: ExtractResult[]): {
  documents: DocumentRecord[];
  facts: FactRecord[];
  mentions: MentionRecord[];
  series: SeriesRow[];
} {
  // The same page given twice (a crawl and a file) is one document.
  const byId = new Map<string, ExtractResult>();
  for (const r of results) if (!byId.has(r.document.id)) byId.set(r.document.id, r);
  const kept = [...byId.values()].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  const documents = kept.map((r) => DocumentRecord.parse(r.document));
  const facts = kept.flatMap((r) =>
    [...r.facts]
      .sort((a, b) => a.evidence.start - b.evidence.start || a.valueSpan.start - b.valueSpan.start || (a.id < b.id ? -1 : 1))
      .map((f) => FactRecord.parse(f)),
  );
  const mentions = kept.flatMap((r) => [...r.mentions].sort((a, b) => a.start - b.start || a.end - b.end).map((m) => MentionRecord.parse(m)));
  const series = seriesRows(documents, facts);
  return { documents, facts, mentions, series };
}

export async function writeDataset(results: ExtractResult[], outDir: string): Promise<DatasetSummary> {
  const { documents, facts, mentions, series } = datasetRecords(results);
  await mkdir(outDir, { recursive: true });
  await writeAtomically(join(outDir, 'documents.jsonl'), [jsonl(documents)]);
  await writeAtomically(join(outDir, 'facts.jsonl'), [jsonl(facts)]);
  await writeAtomically(join(outDir, 'mentions.jsonl'), [jsonl(mentions)]);
  await writeAtomically(join(outDir, 'series.csv'), [toCsv(series)]);
  await writeAtomically(join(outDir, 'datapackage.json'), [JSON.stringify(dataPackage(), null, 2) + '\n']);
  const factsPerMetric: Record<string, number> = {};
  for (const f of facts) factsPerMetric[f.metric] = (factsPerMetric[f.metric] ?? 0) + 1;
  return {
    documents: documents.length,
    facts: facts.length,
    mentions: mentions.length,
    seriesRows: series.length,
    factsPerMetric,
    warnings: documents.reduce((n, d) => n + d.warnings.length, 0),
  };
}
