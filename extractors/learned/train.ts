// Re-trains the shipped models from the corpus and writes them to
// extractors/data: `npx tsc -p tsconfig.build.json && node dist/extractors/learned/train.js`.
// Training is deterministic (counts over the examples in corpus order), so
// the same corpus gives the same bytes; test/learned.models.test.ts checks that.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadGold } from '../../eval/score.js';
import { trainingHash } from './bayes.js';
import { chromeExamples } from './chrome-data.js';
import { CHROME_MODEL, trainChromeModel } from './chrome-classifier.js';
import { modelPath, serializeModel, type ModelFile } from './model-file.js';
import { statusExamples } from './status-data.js';
import { STATUS_MODEL, trainStatusModel } from './status-classifier.js';

export function buildModels(): ModelFile[] {
  const status = statusExamples(loadGold().filter((g) => !g.set.startsWith("heldout"))).examples;
  const chrome = chromeExamples();
  return [
    { name: STATUS_MODEL, trainedWith: 'natural.BayesClassifier', trainingHash: trainingHash(status), examples: status.length, model: trainStatusModel(status) },
    { name: CHROME_MODEL, trainedWith: 'natural.BayesClassifier', trainingHash: trainingHash(chrome), examples: chrome.length, model: trainChromeModel(chrome) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const m of buildModels()) {
    writeFileSync(modelPath(m.name), serializeModel(m));
    console.log(`${modelPath(m.name)}: ${m.examples} examples, ${m.model.features.length} features, training set ${m.trainingHash}`);
  }
}
