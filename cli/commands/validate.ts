// htxpress validate <dataset>: schemas and offsets; exit 1 with a report per bad line.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateDataset } from '../../dataset/validate.js';

export const VALIDATE_HELP = `Usage: htxpress validate <dataset-folder>

Checks every line of documents.jsonl, facts.jsonl and mentions.jsonl and every
row of series.csv against the schemas (docs/records.md), that every offset
points at its text (document.text.slice(start, end) === evidence.text), and
the files' order. Prints one line per problem; exit 1 when there is any.`;

export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP + '\n');
    return 0;
  }
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    process.stderr.write('htxpress validate: give one dataset folder\n');
    return 2;
  }
  if (!existsSync(dir)) {
    process.stderr.write(`htxpress validate: ${dir}: no such folder\n`);
    return 1;
  }
  const r = validateDataset(dir);
  for (const e of r.errors) process.stdout.write(`${dir}/${e}\n`);
  const counts = Object.entries(r.counts).map(([f, n]) => `${f} ${n}`).join(', ');
  process.stdout.write(r.ok ? `ok: ${counts}\n` : `${r.errors.length} problem(s) in ${dir} (${counts})\n`);
  return r.ok ? 0 : 1;
}
