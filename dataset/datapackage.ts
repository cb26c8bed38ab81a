// datapackage.json (Frictionless Data Package) describing the dataset files,
// with JSON Schemas generated from the zod schemas: the contract travels with
// the data.
import { z } from 'zod';
import { DocumentRecord, FactRecord, MentionRecord, SERIES_COLUMNS, SeriesRow } from '../schemas/records.js';
import { packageVersion } from '../extractors/paths.js';

const jsonSchema = (s: z.ZodType): unknown => z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any' });

const FIELD_TYPES: Partial<Record<(typeof SERIES_COLUMNS)[number], string>> = { value: 'number' };

export function dataPackage(): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'htxpress-dataset',
    title: 'Statistics of Vietnamese cooperative-alliance press releases',
    description:
      'Facts extracted by htxpress from provincial cooperative-alliance articles, each linked to its evidence (offsets into documents.jsonl text). Field meanings: docs/records.md of htxpress.',
    version: packageVersion(),
    resources: [
      { name: 'documents', path: 'documents.jsonl', format: 'jsonl', mediatype: 'application/x-ndjson', encoding: 'utf-8', profile: 'data-resource', jsonSchema: jsonSchema(DocumentRecord) },
      { name: 'facts', path: 'facts.jsonl', format: 'jsonl', mediatype: 'application/x-ndjson', encoding: 'utf-8', profile: 'data-resource', jsonSchema: jsonSchema(FactRecord) },
      { name: 'mentions', path: 'mentions.jsonl', format: 'jsonl', mediatype: 'application/x-ndjson', encoding: 'utf-8', profile: 'data-resource', jsonSchema: jsonSchema(MentionRecord) },
      {
        name: 'series',
        path: 'series.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: SERIES_COLUMNS.map((name) => ({ name, type: FIELD_TYPES[name] ?? 'string' })),
        },
        jsonSchema: jsonSchema(SeriesRow),
      },
    ],
  };
}
