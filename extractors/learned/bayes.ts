// natural's BayesClassifier, trained on pre-tokenised features, stored as
// plain JSON and scored in log space. natural multiplies the per-feature
// probabilities back out of logs (exp of a sum), which underflows to 0 for
// every label on a long sentence; the log-space score below uses the same
// counts and formula and only differs in not underflowing.
import { createHash } from 'node:crypto';
import { BayesClassifierClass, type BayesClassifier } from './natural.js';

export interface BayesModel {
  /** Feature → index, in natural's order. */
  features: string[];
  labels: string[];
  classFeatures: Record<string, Record<string, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
}

interface Internals {
  features: Record<string, number>;
  textToFeatures(observation: string[]): number[];
  classifier: { classFeatures: Record<string, Record<string, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
}

/** natural's textToFeatures with a Set instead of indexOf per feature: same vector, linear time. */
function fastFeatures(this: Internals, observation: string[]): number[] {
  const present = new Set(observation);
  const out: number[] = [];
  for (const f in this.features) out.push(present.has(f) ? 1 : 0);
  return out;
}

export function trainBayes(examples: { features: string[]; label: string }[], smoothing = 1): BayesModel {
  const c = new BayesClassifierClass(undefined, smoothing) as BayesClassifier & Internals;
  c.textToFeatures = fastFeatures;
  for (const e of examples) c.addDocument(e.features, e.label);
  c.train();
  const inner = c.classifier;
  return {
    features: Object.keys(c.features),
    labels: Object.keys(inner.classTotals).sort(),
    classFeatures: inner.classFeatures,
    classTotals: inner.classTotals,
    totalExamples: inner.totalExamples,
    smoothing: inner.smoothing,
  };
}

/** Back into a natural classifier (for checks against natural's own classify). */
export function toNatural(m: BayesModel): BayesClassifier {
  const c = BayesClassifierClass.restore({
    docs: [],
    lastAdded: 0,
    features: Object.fromEntries(m.features.map((f) => [f, 1])),
    classifier: { classFeatures: m.classFeatures, classTotals: m.classTotals, totalExamples: m.totalExamples, smoothing: m.smoothing },
  });
  (c as unknown as Internals).textToFeatures = fastFeatures;
  return c;
}

interface Cached {
  index: Map<string, number>;
  absent: Map<string, number>;
  /** Σ_f n_cf + V per label, the multinomial denominator. */
  mass: Map<string, number>;
}
const indexCache = new WeakMap<BayesModel, Cached>();

/**
 * How a label is scored from natural's counts. 'natural': natural's own
 * formula (present features only). It gives an unseen feature the
 * probability smoothing/classTotal, which is larger for a small class, so
 * the rare labels (estimate: 23 clauses) win on any sentence with new words.
 * 'bernoulli': the same per-feature probabilities, plus the absent features'
 * log(1 − p), the textbook Bernoulli model, which does not have that bias
 * but lets the many absent features swamp the few present ones (it says
 * "actual" and "chrome" to nearly everything). 'multinomial': binarised
 * multinomial NB on the same counts, p(f|c) = (n_cf + 1) / (N_c + V), the
 * usual choice for short texts; eval/learned.ts compares the three.
 */
export type BayesScoring = 'natural' | 'bernoulli' | 'multinomial';

function prob(m: BayesModel, label: string, i: number): number {
  const total = m.classTotals[label]!;
  // natural's count for a seen feature is occurrences + smoothing; dividing by
  // total + smoothing keeps p below 1 for a feature present in every example.
  return (m.classFeatures[label]![i] || m.smoothing) / (total + m.smoothing);
}

/** Number of examples of the label that contain feature i (natural stores it plus the smoothing). */
function occurrences(m: BayesModel, label: string, i: number): number {
  const c = m.classFeatures[label]![i];
  return c ? c - m.smoothing : 0;
}

function cached(m: BayesModel): Cached {
  let c = indexCache.get(m);
  if (!c) {
    const absent = new Map<string, number>();
    const mass = new Map<string, number>();
    for (const label of m.labels) {
      let s = 0;
      let n = 0;
      for (let i = 0; i < m.features.length; i++) {
        s += Math.log(1 - prob(m, label, i));
        n += occurrences(m, label, i);
      }
      absent.set(label, s);
      mass.set(label, n + m.features.length);
    }
    c = { index: new Map(m.features.map((f, i) => [f, i])), absent, mass };
    indexCache.set(m, c);
  }
  return c;
}

/** Posterior per label (softmax of the log scores), best first. */
export function scoreBayes(m: BayesModel, features: string[], scoring: BayesScoring = 'multinomial'): { label: string; p: number }[] {
  const { index, absent, mass } = cached(m);
  const present = [...new Set(features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined);
  const logs = m.labels.map((label) => {
    const total = m.classTotals[label]!;
    let s = Math.log(total / m.totalExamples);
    if (scoring === 'natural') {
      for (const i of present) s += Math.log((m.classFeatures[label]![i] || m.smoothing) / total);
      return s;
    }
    if (scoring === 'multinomial') {
      for (const i of present) s += Math.log((occurrences(m, label, i) + 1) / mass.get(label)!);
      return s;
    }
    s += absent.get(label)!;
    for (const i of present) {
      const p = prob(m, label, i);
      s += Math.log(p) - Math.log(1 - p);
    }
    return s;
  });
  const max = Math.max(...logs);
  const exp = logs.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return m.labels.map((label, i) => ({ label, p: exp[i]! / sum })).sort((a, b) => b.p - a.p);
}

/** Hash of the training set (texts and labels in order): the shipped model records it. */
export function trainingHash(examples: { text: string; label: string; context?: string }[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.label}\t${e.context ?? ''}\t${e.text}\n`);
  return h.digest('hex').slice(0, 16);
}
