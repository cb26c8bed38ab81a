// Each extracted document is saved on its own, the moment it is done, as
// <out>/results/<documentId>.json (atomically), so a worker or Redis dying
// mid-crawl loses nothing finished; the dataset is then built from the folder.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ExtractResult } from '../extractors/document.js';
import { writeDataset, type DatasetSummary } from '../dataset/write.js';
import { DocumentRecord, FactRecord, MentionRecord } from '../schemas/records.js';
import { writeAtomically } from '../crawler/atomic.js';
import { writeArchiveIndex } from '../crawler/archive.js';

export const RESULTS_DIR = 'results';

// Loose: the extractor may add fields (skipped, blocks) that travel through unchanged.
const StoredResult = z.looseObject({
  document: DocumentRecord,
  facts: z.array(FactRecord),
  mentions: z.array(MentionRecord),
});

export async function saveResult(outDir: string, result: ExtractResult): Promise<string> {
  const id = result.document.id;
  if (!/^[0-9a-f]{16}$/.test(id)) throw new Error(`result for ${result.document.url ?? '?'}: document id "${id}" is not 16 hex chars`);
  const dir = join(outDir, RESULTS_DIR);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${id}.json`);
  await writeAtomically(path, [JSON.stringify(result) + '\n']);
  return path;
}

/** Every saved result, sorted by document id; a damaged file is an error naming it. */
export async function loadResults(outDir: string): Promise<ExtractResult[]> {
  const dir = join(outDir, RESULTS_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: ExtractResult[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not a JSON result file (${(e as Error).message})`, { cause: e });
    }
    const parsed = StoredResult.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: not an extract result (${issue?.path.join('.')}: ${issue?.message})`);
    }
    out.push(parsed.data as unknown as ExtractResult);
  }
  return out;
}

export interface CollectSummary {
  dataset: DatasetSummary;
  archived: number;
}

/** The collector: results/ → dataset files, and archive/index.jsonl rebuilt from its segments. */
export async function collectDataset(outDir: string): Promise<CollectSummary> {
  const archived = await writeArchiveIndex(outDir);
  const results = await loadResults(outDir);
  const dataset = await writeDataset(results, outDir);
  return { dataset, archived };
}
