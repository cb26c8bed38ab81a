// npm run eval: precision, recall and F1 of facts per metric and per corpus
// set, document-field accuracy, and the confidence calibration table.
// `--verbose` lists every missed and wrong fact; `--json` prints the figures.
import { calibration, evaluate, honestConfidences, prf, type Counts, type SetScore } from './score.js';
import { TRAIN_SETS } from './train-confidence.js';
import { explain } from '../cli/commands/explain.js';
import { evaluateDumps } from './dumps.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function metricTable(s: SetScore): string[] {
  const rows = Object.entries(s.perMetric).sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn));
  const line = (name: string, c: Counts): string => {
    const { p, r, f1 } = prf(c);
    return `  ${name.padEnd(20)} ${pct(p)} ${pct(r)} ${pct(f1)}   ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
  };
  return [
    `== ${s.set} (${s.docs} documents)`,
    `  ${'metric'.padEnd(20)}     P     R    F1     tp   fp   fn`,
    ...rows.map(([m, c]) => line(m, c)),
    line('ALL', s.counts),
    `  document fields: ${Object.entries(s.fields)
      .map(([f, v]) => `${f} ${v.right}/${v.of}`)
      .join(', ')}`,
    `  dates of matched facts (asOf and period as the gold's): ${s.dates.right}/${s.dates.of} (${pct(s.dates.right / Math.max(1, s.dates.of)).trim()}%)`,
    `  place names of matched placed facts (the fact key compares levels only): ${s.places.right}/${s.places.of} (${pct(s.places.right / Math.max(1, s.places.of)).trim()}%)`,
  ];
}

export function main(argv: string[]): number {
  const e = evaluate();
  if (argv.includes('--json')) {
    const rows = honestConfidences(e.docs, TRAIN_SETS);
    process.stdout.write(JSON.stringify({ sets: e.sets.map((s) => ({ ...s, ...prf(s.counts) })), calibration: calibration(rows), errors: e.errors }, null, 2) + '\n');
    return e.errors.length ? 1 : 0;
  }
  const out: string[] = [];
  for (const s of e.sets) out.push(...metricTable(s), '');
  // Confidences of the training sets are recomputed leaving each document out; held-out ones are as shipped.
  const rows = honestConfidences(e.docs, TRAIN_SETS);
  for (const [title, subset] of [
    ['all documents (leave-one-document-out for the trained sets)', rows],
    [`trained sets only (${TRAIN_SETS.join(', ')}; leave-one-document-out)`, rows.filter((r) => TRAIN_SETS.includes(r.set))],
    ['held-out documents only (never trained on)', rows.filter((r) => !TRAIN_SETS.includes(r.set))],
  ] as const) {
    out.push(`== confidence calibration: ${title}`, '  confidence      facts  right  share');
    for (const c of calibration(subset)) out.push(`  ${c.bin.padEnd(14)} ${String(c.n).padStart(6)} ${String(c.correct).padStart(6)}  ${c.n ? pct(c.correct / c.n) : '    -'}`);
    const hi = subset.filter((p) => p.confidence >= 0.9);
    out.push(`  confidence >= 0.90: ${hi.filter((p) => p.correct).length}/${hi.length} right (${hi.length ? pct(hi.filter((p) => p.correct).length / hi.length) : '-'}%)`, '');
  }
  // Coverage (htxpress explain): body numbers that became facts or were classified with a reason.
  let numeric = 0;
  let unexplained = 0;
  for (const r of e.results) {
    const x = explain(r);
    numeric += x.numeric;
    unexplained += x.unexplained;
  }
  out.push(`== coverage: ${numeric - unexplained}/${numeric} numeric mentions became facts or were classified (${pct((numeric - unexplained) / Math.max(1, numeric))}%), ${unexplained} unexplained`, '');
  if (argv.includes('--dumps')) {
    out.push('== the same pages as plain-text dumps of the whole page (format text)');
    for (const s of evaluateDumps()) {
      const { p, r, f1 } = prf(s.counts);
      out.push(`  ${s.set.padEnd(10)} ${String(s.docs).padStart(3)} docs  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}   ${Object.entries(s.fields).map(([f, v]) => `${f} ${v.right}/${v.of}`).join(', ')}`);
    }
    out.push('');
  }
  if (argv.includes('--verbose')) {
    for (const d of e.docs) {
      if (!d.missed.length && !d.wrong.length && !d.dates.wrong.length && Object.values(d.fields).every((v) => v !== false)) continue;
      out.push(`-- ${d.name}`);
      for (const [f, ok] of Object.entries(d.fields)) if (ok === false) out.push(`   field ${f} wrong`);
      for (const m of d.missed) out.push(`   MISSED ${m.entity} ${m.metric} ${m.scope} ${m.sector ?? '-'} ${m.rating ?? '-'} ${m.statistic} ${m.status} ${m.unit} ${m.value} place=${m.place?.level ?? '-'} | ${m.quote}`);
      for (const w of d.dates.wrong) out.push(`   DATE   ${w.fact.metric} ${w.fact.value}: gold asOf=${w.gold.asOf} period=${JSON.stringify(w.gold.period)}, ours asOf=${w.fact.asOf} period=${JSON.stringify(w.fact.period)} [${w.fact.dateFrom}] | ${w.fact.evidence.text}`);
      for (const w of d.wrong) out.push(`   WRONG  ${w.entity} ${w.metric} ${w.scope} ${w.sector ?? '-'} ${w.rating ?? '-'} ${w.statistic} ${w.status} ${w.unit} ${w.value} place=${w.place?.level ?? '-'} [${w.rule}] | ${w.evidence.text}`);
    }
  }
  for (const err of e.errors) out.push(`ERROR ${err.name}: ${err.message}`);
  process.stdout.write(out.join('\n') + '\n');
  return e.errors.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
