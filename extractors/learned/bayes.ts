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

const indexCache = new WeakMap<BayesModel, Map<string, number>>();

/** Posterior per label (softmax of natural's log score), best first. */
export function scoreBayes(m: BayesModel, features: string[]): { label: string; p: number }[] {
  let index = indexCache.get(m);
  if (!index) {
    index = new Map(m.features.map((f, i) => [f, i]));
    indexCache.set(m, index);
  }
  const present = [...new Set(features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined);
  const logs = m.labels.map((label) => {
    const total = m.classTotals[label]!;
    let s = Math.log(total / m.totalExamples);
    for (const i of present) s += Math.log((m.classFeatures[label]![i] || m.smoothing) / total);
    return s;
  });
  const max = Math.max(...logs);
  const exp = logs.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return m.labels.map((label, i) => ({ label, p: exp[i]! / sum })).sort((a, b) => b.p - a.p);
}

/** Hash of the training set (texts and labels in order): the shipped model records it. */
export function trainingHash(examples: { text: string; label: string }[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.label}\t${e.text}\n`);
  return h.digest('hex').slice(0, 16);
}
