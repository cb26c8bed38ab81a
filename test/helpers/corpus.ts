// Shared corpus extraction for the suites that check every output: each page
// is extracted once per test file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractResult } from '../../extractors/document.js';
import { projectFile } from '../../extractors/paths.js';

export const PAGES = projectFile('corpus', 'pages');

export function corpusPages(): string[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(PAGES, f));
}

let cache: { path: string; result: ExtractResult }[] | null = null;

export function extractCorpus(): { path: string; result: ExtractResult }[] {
  cache ??= corpusPages().map((path) => ({
    path,
    result: extractDocument({ bytes: new Uint8Array(readFileSync(path)), contentType: 'text/html', input: path, format: 'html' }),
  }));
  return cache;
}
