// The parts of `natural` this folder uses, loaded by file. `import 'natural'`
// loads every module of the package (storage back-ends included, which print
// dotenv banners) and takes ~2 s; the three files below take ~0.1 s.
import { createRequire } from 'node:module';
import type { BayesClassifier as BayesClassifierT, JaroWinklerDistance as JaroWinklerT } from 'natural';

const require = createRequire(import.meta.url);

export type BayesClassifier = BayesClassifierT;

export const BayesClassifierClass = require('natural/lib/natural/classifiers/bayes_classifier.js') as {
  new (stemmer?: unknown, smoothing?: number): BayesClassifierT;
  restore(classifier: unknown, stemmer?: unknown): BayesClassifierT;
};

export const LogisticRegressionClassifierClass = require('natural/lib/natural/classifiers/logistic_regression_classifier.js') as {
  new (): BayesClassifierT;
};

export const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as typeof JaroWinklerT;

export const damerauLevenshtein = (
  require('natural/lib/natural/distance/levenshtein_distance.js') as {
    DamerauLevenshteinDistance: (a: string, b: string, o?: { transposition_cost?: number; restricted?: boolean }) => number;
  }
).DamerauLevenshteinDistance;
