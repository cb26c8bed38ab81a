// Tells a clause that states a result ("actual") from an estimate and a plan
// or goal ("target"). A Naive Bayes model (natural) over syllables and
// syllable bigrams, trained on the corpus gold (status-data.ts) and shipped as
// extractors/data/status-model.json. eval/learned.ts compares it with the
// keyword rules of status-rules.ts under leave-one-document-out.
import { scoreBayes, trainBayes, type BayesModel, type BayesScoring } from './bayes.js';
import type { Example } from './cv.js';
import { wordFeatures } from './features.js';
import { loadModel } from './model-file.js';
import type { Status } from './status-data.js';
import { ruleTrigger } from './status-rules.js';

export const STATUS_MODEL = 'status';

export function trainStatusModel(examples: Example<Status>[]): BayesModel {
  return trainBayes(examples.map((e) => ({ features: wordFeatures(e.text), label: e.label })));
}

export function predictStatus(model: BayesModel, text: string, scoring?: BayesScoring): { label: Status; p: number } {
  const best = scoreBayes(model, wordFeatures(text), scoring)[0]!;
  return { label: best.label as Status, p: best.p };
}

/** The shipped model's label for a sentence or clause, with its posterior. */
export function classifyStatus(sentence: string): { label: Status; p: number } {
  return predictStatus(loadModel(STATUS_MODEL).model, sentence);
}

/**
 * Rules where they see a plan or estimate word, the model where they see
 * none (the "combined" system of eval/learned.ts). `p` is 1 for a rule hit.
 */
export function classifyStatusCombined(sentence: string, model: BayesModel = loadModel(STATUS_MODEL).model): { label: Status; p: number; by: 'rule' | 'model' } {
  const rule = ruleTrigger(sentence);
  if (rule) return { label: rule, p: 1, by: 'rule' };
  return { ...predictStatus(model, sentence), by: 'model' };
}
