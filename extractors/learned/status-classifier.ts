// Tells a clause that states a result ("actual") from an estimate and a plan
// or goal ("target"). A Naive Bayes model (natural) over syllables and
// syllable bigrams, trained on the corpus gold (status-data.ts) and shipped as
// extractors/data/status-model.json. eval/learned.ts compares it with the
// keyword rules of status-rules.ts under leave-one-document-out. natural's
// LogisticRegressionClassifier was tried: 140 s to train on 584 clauses, so
// it fails the "< 1 s, re-trained in a test" requirement and was not kept.
import { scoreBayes, trainBayes, type BayesModel, type BayesScoring } from './bayes.js';
import type { Example } from './cv.js';
import { wordFeatures } from './features.js';
import { loadModel } from './model-file.js';
import type { Status } from './status-data.js';
import { ruleTrigger } from './status-rules.js';

export const STATUS_MODEL = 'status';

/** The clause's syllables and bigrams, and its context's marked "c:" (a plan word before the clause is not one inside it). */
export function statusFeatures(clause: string, context = ''): string[] {
  return [...wordFeatures(clause), ...wordFeatures(context).map((f) => `c:${f}`)];
}

export function trainStatusModel(examples: Example<Status>[]): BayesModel {
  return trainBayes(examples.map((e) => ({ features: statusFeatures(e.text, e.context), label: e.label })));
}

export function predictStatus(model: BayesModel, clause: string, context = '', scoring?: BayesScoring): { label: Status; p: number } {
  const best = scoreBayes(model, statusFeatures(clause, context), scoring)[0]!;
  return { label: best.label as Status, p: best.p };
}

/**
 * The shipped model's label for a clause, with its posterior. `context` is
 * statusContext(text, start, end) of the clause in its document; without it
 * a listed plan item ("doanh thu bình quân đạt 2,2 tỷ đồng/HTX/năm" under
 * "phấn đấu:") reads as a result.
 */
export function classifyStatus(clause: string, context = ''): { label: Status; p: number } {
  return predictStatus(loadModel(STATUS_MODEL).model, clause, context);
}

/**
 * The best system of eval/learned.ts: an estimate word ("ước", "dự kiến")
 * in the clause makes it an estimate; a clause with no plan or estimate word
 * in it or its context is a result (the rules are right there nearly
 * always); otherwise the model decides, telling "phấn đấu thành lập 20 HTX"
 * (target) from "đạt 102% kế hoạch" (a result measured against the plan).
 * `p` is 1 when a rule decided.
 */
export function classifyStatusCombined(clause: string, context = '', model: BayesModel = loadModel(STATUS_MODEL).model): { label: Status; p: number; by: 'rule' | 'model' } {
  if (ruleTrigger(clause) === 'estimate') return { label: 'estimate', p: 1, by: 'rule' };
  if (!ruleTrigger(clause, context)) return { label: 'actual', p: 1, by: 'rule' };
  return { ...predictStatus(model, clause, context), by: 'model' };
}
