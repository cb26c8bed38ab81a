// htxpress extract <file|dir|url|-> ... [--out data]
// Each input is extracted on its own: a bad one is reported by name and the
// others still reach the dataset; the exit status says whether any failed.
import { parseArgs } from 'node:util';
import { closeDefaultAgents } from '../../crawler/fetch.js';
import { extractDocument, type ExtractResult } from '../../extractors/document.js';
import { writeDataset, type DatasetSummary } from '../../dataset/write.js';
import { createHandlerDeps, extractHandler, fetchHandler } from '../../queue/handlers.js';
import { DEFAULT_MAX_BYTES, contentTypeFor, expandInputs, inputName, readInputFile, readStdin, type InputRef } from '../inputs.js';

export const EXTRACT_HELP = `Usage: htxpress extract <file|dir|url|-> ... [options]

Extracts documents, facts and mentions and writes the dataset folder
(documents.jsonl, facts.jsonl, mentions.jsonl, series.csv, datapackage.json;
see docs/records.md). Folders are read recursively (.html, .htm, .txt);
"-" reads one page from stdin; URLs are fetched politely and archived under
<out>/archive/.

Options:
  --out <dir>        dataset folder (default: data)
  --max-bytes <n>    largest page accepted, in bytes (default: ${DEFAULT_MAX_BYTES})
  --format <f>       html or text, for stdin and unknown extensions (default: guessed)
  --quiet            no progress and no summary
  --help             this text

Exit status: 0 when every input was extracted, 1 when any failed (the others
are still written), 2 on a usage error.`;

export interface ExtractRun {
  results: ExtractResult[];
  errors: { name: string; message: string }[];
  summary: DatasetSummary;
}

export async function runExtract(args: string[], opts: { out: string; maxBytes: number; format?: 'html' | 'text'; progress?: (i: number, n: number, name: string) => void }): Promise<ExtractRun> {
  const { inputs, errors } = await expandInputs(args);
  const results: ExtractResult[] = [];
  let deps: ReturnType<typeof createHandlerDeps> | null = null;
  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i]!;
      const name = inputName(input);
      opts.progress?.(i, inputs.length, name);
      try {
        results.push(await extractOne(input, opts, () => (deps ??= createHandlerDeps({ outDir: opts.out, minDelayMs: 0 }))));
      } catch (e) {
        const msg = (e as Error).message;
        errors.push({ name, message: msg.startsWith(name) ? msg.slice(name.length).replace(/^:\s*/, '') : msg });
      }
    }
  } finally {
    if (deps) await closeDefaultAgents();
  }
  // A run where everything failed leaves an existing dataset as it was.
  const summary = results.length || !errors.length ? await writeDataset(results, opts.out) : emptySummary();
  return { results, errors, summary };
}

function emptySummary(): DatasetSummary {
  return { documents: 0, facts: 0, mentions: 0, seriesRows: 0, factsPerMetric: {}, warnings: 0 };
}

async function extractOne(input: InputRef, opts: { maxBytes: number; format?: 'html' | 'text' }, deps: () => ReturnType<typeof createHandlerDeps>): Promise<ExtractResult> {
  if (input.kind === 'url') {
    const d = deps();
    const fetched = await fetchHandler({ url: input.url, kind: 'article' }, d);
    return extractHandler({ archiveRef: fetched.archiveRef }, d);
  }
  if (input.kind === 'stdin') {
    const bytes = await readStdin(opts.maxBytes);
    if (!bytes.length) throw new Error('(stdin): empty input, nothing to extract');
    return extractDocument({ bytes, input: '-', ...(opts.format ? { format: opts.format } : {}) });
  }
  const bytes = await readInputFile(input.path, opts.maxBytes);
  const { contentType, format } = contentTypeFor(input.path);
  const fmt = opts.format ?? format;
  return extractDocument({ bytes, contentType, input: input.path, ...(fmt ? { format: fmt } : {}) });
}

export function summaryTable(run: ExtractRun): string {
  const s = run.summary;
  const rows: [string, string][] = [
    ['documents', String(s.documents)],
    ['facts', String(s.facts)],
    ...Object.entries(s.factsPerMetric)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([m, n]) => [`  ${m}`, String(n)] as [string, string]),
    ['mentions', String(s.mentions)],
    ['series rows', String(s.seriesRows)],
    ['warnings', String(s.warnings)],
    ['errors', String(run.errors.length)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  const line = `${'-'.repeat(w + 2)}+${'-'.repeat(v + 2)}`;
  return [line, ...rows.map(([k, n]) => ` ${k.padEnd(w)} | ${n.padStart(v)}`), line].join('\n');
}

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'data' },
      'max-bytes': { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP + '\n');
    return 0;
  }
  if (!positionals.length) {
    process.stderr.write('htxpress extract: give at least one file, folder, URL or "-"\n(see htxpress extract --help)\n');
    return 2;
  }
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    process.stderr.write(`htxpress extract: --max-bytes must be a positive number, not "${values['max-bytes']}"\n`);
    return 2;
  }
  const format = values.format;
  if (format !== undefined && format !== 'html' && format !== 'text') {
    process.stderr.write(`htxpress extract: --format is html or text, not "${format}"\n`);
    return 2;
  }
  const tty = process.stderr.isTTY && !values.quiet;
  const run = await runExtract(positionals, {
    out: values.out,
    maxBytes,
    ...(format ? { format } : {}),
    progress: (i, n, name) => {
      if (tty && n > 3) process.stderr.write(`\r\x1b[K[${i + 1}/${n}] ${name.length > 70 ? '…' + name.slice(-69) : name}`);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  for (const e of run.errors) process.stderr.write(`error: ${e.name}: ${e.message}\n`);
  for (const r of run.results)
    for (const w of r.document.warnings) if (w.startsWith('encoding:')) process.stderr.write(`warning: ${r.document.input ?? r.document.url}: ${w}\n`);
  if (!values.quiet) process.stdout.write(`${summaryTable(run)}\n${run.results.length ? `written to ${values.out}/` : 'nothing extracted; no file written'}\n`);
  return run.errors.length ? 1 : 0;
}
