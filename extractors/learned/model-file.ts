// The shipped models (extractors/data/*-model.json): the Bayes counts plus the
// hash of the training set they came from, so a test can tell when the corpus
// changed and the model was not re-trained (`node dist/extractors/learned/train.js`).
import { readFileSync } from 'node:fs';
import { projectFile } from '../paths.js';
import type { BayesModel } from './bayes.js';

export interface ModelFile {
  name: string;
  trainedWith: string;
  trainingHash: string;
  examples: number;
  model: BayesModel;
}

export function modelPath(name: string): string {
  return projectFile('extractors', 'data', `${name}-model.json`);
}

/** Stable text: the same training set gives the same bytes. */
export function serializeModel(file: ModelFile): string {
  return `${JSON.stringify(file)}\n`;
}

const cache = new Map<string, ModelFile>();
export function loadModel(name: string): ModelFile {
  let m = cache.get(name);
  if (!m) {
    m = JSON.parse(readFileSync(modelPath(name), 'utf8')) as ModelFile;
    cache.set(name, m);
  }
  return m;
}
