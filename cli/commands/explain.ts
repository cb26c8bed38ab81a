// htxpress explain <file>: every fact with the rule that produced it and its
// evidence, and every numeric mention of the body that did not become a fact,
// with the reason. Ends with coverage: the share of body numbers accounted for.
import { parseArgs } from 'node:util';
import { extractDocument, type ExtractResult } from '../../extractors/document.js';
import { DEFAULT_MAX_BYTES, contentTypeFor, readInputFile } from '../inputs.js';

export const EXPLAIN_HELP = `Usage: htxpress explain <file> [--json]

Extracts one page and prints, in text order:
  FACT  the fact (entity, metric, scope, value …), its rule, confidence and evidence
  SKIP  a number of the article that is no fact, with the reason (reference,
        date, no counted noun, counted after "hỗ trợ", …)
and a coverage line: the share of the body's numeric mentions that became
facts or were classified with a specific reason.`;

/** Reasons that only say "nothing matched": such numbers are unexplained. */
const UNEXPLAINED = /^no counted noun or metric word$/;

export interface Explanation {
  lines: { start: number; kind: 'fact' | 'skip'; text: string }[];
  numeric: number;
  facts: number;
  classified: number;
  unexplained: number;
  coverage: number;
}

export function explain(r: ExtractResult): Explanation {
  const lines: Explanation['lines'] = [];
  const text = r.document.text;
  const ctx = (s: number, e: number): string => text.slice(Math.max(0, s - 30), Math.min(text.length, e + 30)).replace(/\s+/g, ' ');
  const factSpans = new Set(r.facts.map((f) => `${f.valueSpan.start}:${f.valueSpan.end}`));
  for (const f of r.facts) {
    const keys = [f.entity, f.metric, f.scope, f.sector && `sector=${f.sector}`, f.rating && `rating=${f.rating}`, f.statistic === 'average' && 'average', f.status !== 'actual' && f.status, f.place && `place=${f.place.level}:${f.place.name}`]
      .filter(Boolean)
      .join(' ');
    const when = f.asOf ? `asOf ${f.asOf}` : f.period ? `period ${f.period.start}..${f.period.end ?? ''}` : 'no date';
    lines.push({
      start: f.valueSpan.start,
      kind: 'fact',
      text: `FACT  ${keys} = ${f.qualifier !== 'exact' ? f.qualifier + ' ' : ''}${f.value}${f.valueMax !== null ? '–' + f.valueMax : ''} ${f.unit}${f.plan !== null ? ` (plan ${f.plan})` : ''}${f.refMetric ? ` of ${f.refMetric}` : ''}; ${when} [${f.dateFrom}]\n      rule ${f.rule}, confidence ${f.confidence}\n      “${f.evidence.text}” [${f.evidence.start}–${f.evidence.end}]`,
    });
  }
  let numeric = 0;
  let classified = 0;
  let unexplained = 0;
  const numericKinds = new Set(['number', 'money', 'area', 'percent', 'ratio', 'range', 'multiple', 'reference']);
  for (const m of r.mentions) if (numericKinds.has(m.kind)) numeric++;
  for (const s of r.skipped) {
    if (factSpans.has(`${s.start}:${s.end}`)) continue;
    if (UNEXPLAINED.test(s.reason)) unexplained++;
    else classified++;
    lines.push({ start: s.start, kind: 'skip', text: `SKIP  ${s.kind} “${s.text}”: ${s.reason}\n      …${ctx(s.start, s.end)}…` });
  }
  lines.sort((a, b) => a.start - b.start || (a.kind === 'fact' ? -1 : 1));
  const facts = new Set(r.facts.map((f) => f.valueSpan.start)).size;
  const coverage = numeric ? (numeric - unexplained) / numeric : 1;
  return { lines, numeric, facts, classified, unexplained, coverage };
}

export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stdout.write(EXPLAIN_HELP + '\n');
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    process.stderr.write('htxpress explain: give one page file\n');
    return 2;
  }
  const bytes = await readInputFile(file, DEFAULT_MAX_BYTES);
  const { contentType, format } = contentTypeFor(file);
  const r = extractDocument({ bytes, contentType, input: file, ...(format ? { format } : {}) });
  const e = explain(r);
  if (values.json) {
    process.stdout.write(JSON.stringify({ document: { ...r.document, text: undefined }, ...e }, null, 2) + '\n');
    return 0;
  }
  const d = r.document;
  process.stdout.write(
    [
      `${file}: ${d.title}`,
      `  province ${d.province ? `${d.province.name} (${d.province.code}, from ${d.province.from}; since 2025: ${d.province.current})` : 'none'}; report period ${d.reportPeriod ? `${d.reportPeriod.label} ${d.reportPeriod.start}..${d.reportPeriod.end}` : 'none'}; event ${d.eventDate ?? 'none'}; published ${d.publishedAt ?? 'none'}`,
      ...d.warnings.map((w) => `  warning: ${w}`),
      '',
      ...e.lines.map((l) => l.text),
      '',
      `coverage: ${(e.coverage * 100).toFixed(1)}% of ${e.numeric} numeric mentions (${e.facts} became facts, ${e.classified} classified, ${e.unexplained} unexplained)`,
      '',
    ].join('\n'),
  );
  return 0;
}
