// What the learned pieces (extractors/learned) add over rules alone, measured
// on the corpus: `node dist/eval/learned.js` after the build. Status and chrome
// are cross-validated (leave one document / page out); province names are
// scored on the examples table, on systematic misspellings of every gazetteer
// name, and on what the mention finder adds on the corpus texts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lookupProvince, provinceRows } from '../extractors/provinces.js';
import { projectFile } from '../extractors/paths.js';
import { predictChrome, trainChromeModel as trainChrome } from '../extractors/learned/chrome-classifier.js';
import { CHROME_LABELS, chromeExamples, type ChromeLabel } from '../extractors/learned/chrome-data.js';
import { ruleCertainChrome, ruleChrome } from '../extractors/learned/chrome-rules.js';
import { leaveOneGroupOut, score, type Scores } from '../extractors/learned/cv.js';
import { FUZZY_EXAMPLES, findProvinceMentions, matchProvinceName } from '../extractors/learned/fuzzy-names.js';
import { predictStatus, trainStatusModel as trainStatus } from '../extractors/learned/status-classifier.js';
import { STATUS_LABELS, statusExamples, type Status } from '../extractors/learned/status-data.js';
import { ruleStatus, ruleTrigger } from '../extractors/learned/status-rules.js';
import { loadGold } from './score.js';

/** One model per fold: every system of a fold gets the same training array, so train once. */
function perFold<T>(train: (examples: never[]) => T): (examples: unknown[]) => T {
  const cache = new WeakMap<object, T>();
  return (examples) => {
    let m = cache.get(examples);
    if (!m) {
      m = train(examples as never[]);
      cache.set(examples, m);
    }
    return m;
  };
}

function fmt(n: number): string {
  return n.toFixed(3);
}

function report<L extends string>(labels: readonly L[], gold: L[], systems: Record<string, L[]>): Record<string, Scores<L>> {
  const out: Record<string, Scores<L>> = {};
  for (const [name, pred] of Object.entries(systems)) {
    const s = score(labels, gold, pred);
    out[name] = s;
    const f1 = labels.map((l) => `${l} F1 ${fmt(s.perLabel[l].f1)}`).join(', ');
    const cm = labels.map((g) => `${g}→[${labels.map((p) => s.confusion[g][p]).join(' ')}]`).join(' ');
    console.log(`  ${name.padEnd(22)} acc ${fmt(s.accuracy)}  macroF1 ${fmt(s.macroF1)}  (${f1})`);
    console.log(`  ${''.padEnd(22)} confusion gold→[pred ${labels.join(' ')}]: ${cm}`);
  }
  return out;
}

export function evalStatus(): Record<string, Scores<Status>> {
  const { examples, missed } = statusExamples(loadGold().filter((g) => !g.set.startsWith("heldout")));
  console.log(`status: ${examples.length} clauses from ${new Set(examples.map((e) => e.group)).size} documents (${missed} quotes not found), leave-one-document-out`);
  const t0 = performance.now();
  trainStatus(examples);
  console.log(`  training on all: ${(performance.now() - t0).toFixed(0)} ms`);
  const trainStatusModel = perFold(trainStatus);
  const pred = leaveOneGroupOut<Status>(examples, {
    'rules (clause)': () => (e) => ruleStatus(e.text),
    'rules (clause+context)': () => (e) => ruleStatus(e.text, e.context),
    'bayes, natural scoring': (train) => {
      const m = trainStatusModel(train);
      return (e) => predictStatus(m, e.text, e.context, 'natural').label;
    },
    'bayes, bernoulli': (train) => {
      const m = trainStatusModel(train);
      return (e) => predictStatus(m, e.text, e.context, 'bernoulli').label;
    },
    'bayes (clause only)': (train) => {
      const m = trainStatusModel(train.map((x) => ({ ...x, context: '' })));
      return (e) => predictStatus(m, e.text).label;
    },
    bayes: (train) => {
      const m = trainStatusModel(train);
      return (e) => predictStatus(m, e.text, e.context).label;
    },
    'rules, else bayes': (train) => {
      const m = trainStatusModel(train);
      return (e) => ruleTrigger(e.text, e.context) ?? predictStatus(m, e.text, e.context).label;
    },
    'combined: bayes on trigger': (train) => {
      const m = trainStatusModel(train);
      return (e) => (ruleTrigger(e.text, e.context) ? predictStatus(m, e.text, e.context).label : 'actual');
    },
    'combined, estimate word wins': (train) => {
      const m = trainStatusModel(train);
      return (e) => (ruleTrigger(e.text) === 'estimate' ? 'estimate' : ruleTrigger(e.text, e.context) ? predictStatus(m, e.text, e.context).label : 'actual');
    },
  });
  return report(STATUS_LABELS, examples.map((e) => e.label), pred);
}

export function evalChrome(): Record<string, Scores<ChromeLabel>> {
  const examples = chromeExamples();
  console.log(`chrome: ${examples.length} lines from ${new Set(examples.map((e) => e.group)).size} pages (${examples.filter((e) => e.label === 'body').length} body), leave-one-page-out`);
  const label = (chrome: boolean): ChromeLabel => (chrome ? 'chrome' : 'body');
  const trainChromeModel = perFold(trainChrome);
  const pred = leaveOneGroupOut<ChromeLabel>(examples, {
    rules: () => (e) => label(ruleChrome(e.text)),
    'bayes (natural scoring)': (train) => {
      const m = trainChromeModel(train);
      return (e) => label(predictChrome(m, e.text, 'natural').chrome);
    },
    'bayes (bernoulli)': (train) => {
      const m = trainChromeModel(train);
      return (e) => label(predictChrome(m, e.text, 'bernoulli').chrome);
    },
    bayes: (train) => {
      const m = trainChromeModel(train);
      return (e) => label(predictChrome(m, e.text).chrome);
    },
    'house rules, else bayes': (train) => {
      const m = trainChromeModel(train);
      return (e) => label(ruleCertainChrome(e.text) || predictChrome(m, e.text).chrome);
    },
  });
  return report(CHROME_LABELS, examples.map((e) => e.label), pred);
}

/** Deterministic misspellings of a name: no diacritics, one letter dropped, doubled, or two swapped (in the last word). */
export function misspellings(name: string): { kind: string; text: string }[] {
  const out: { kind: string; text: string }[] = [{ kind: 'no diacritics', text: name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') }];
  const at = name.lastIndexOf(' ') + 2; // inside the last word, after its first letter
  if (at + 1 < name.length) {
    out.push({ kind: 'letter dropped', text: name.slice(0, at) + name.slice(at + 1) });
    out.push({ kind: 'letter doubled', text: name.slice(0, at) + name[at] + name.slice(at) });
    out.push({ kind: 'letters swapped', text: name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) });
  }
  return out;
}

export function evalNames(): void {
  const table = (f: (s: string) => string | null): number => FUZZY_EXAMPLES.filter((e) => f(e.printed) === e.code).length;
  console.log(`province names: examples table (${FUZZY_EXAMPLES.length}, ${FUZZY_EXAMPLES.filter((e) => !e.code).length} near-misses)`);
  console.log(`  lookupProvince (rules) ${table((s) => lookupProvince(s)?.code ?? null)}/${FUZZY_EXAMPLES.length}   matchProvinceName ${table((s) => matchProvinceName(s)?.row.code ?? null)}/${FUZZY_EXAMPLES.length}`);
  const kinds = new Map<string, { n: number; rules: number; learned: number; wrong: number }>();
  for (const row of provinceRows()) {
    for (const m of misspellings(row.name)) {
      const k = kinds.get(m.kind) ?? { n: 0, rules: 0, learned: 0, wrong: 0 };
      k.n++;
      if (lookupProvince(m.text)?.code === row.code) k.rules++;
      const hit = matchProvinceName(m.text);
      if (hit?.row.code === row.code) k.learned++;
      else if (hit) k.wrong++;
      kinds.set(m.kind, k);
    }
  }
  console.log('  misspelt gazetteer names (63 provinces):');
  for (const [kind, k] of kinds) console.log(`    ${kind.padEnd(16)} rules ${k.rules}/${k.n}  learned ${k.learned}/${k.n}  wrong province ${k.wrong}`);
  // On the corpus: what the finder sees beyond exact/tone matches.
  const texts: { name: string; text: string }[] = [];
  for (const g of loadGold()) texts.push({ name: g.name, text: readFileSync(g.page, 'utf8') });
  const cdir = projectFile('corpus', 'cleaning');
  for (const f of readdirSync(cdir).filter((f) => f.endsWith('.json'))) texts.push({ name: f, text: (JSON.parse(readFileSync(join(cdir, f), 'utf8')) as { text: string }).text });
  const by = new Map<string, number>();
  const extra: string[] = [];
  for (const t of texts) {
    for (const m of findProvinceMentions(t.text.replace(/<[^>]*>/g, ' '))) {
      by.set(m.how, (by.get(m.how) ?? 0) + 1);
      if (m.how === 'ascii' || m.how === 'fuzzy') extra.push(`${t.name}: "${m.text}" → ${m.row.name} (${m.how})`);
    }
  }
  console.log(`  findProvinceMentions on ${texts.length} corpus texts: ${[...by].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const e of extra.slice(0, 12)) console.log(`    ${e}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  evalNames();
  console.log();
  evalStatus();
  console.log();
  evalChrome();
}
