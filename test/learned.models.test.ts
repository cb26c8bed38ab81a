import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainingHash } from '../extractors/learned/bayes.js';
import { chromeExamples } from '../extractors/learned/chrome-data.js';
import { trainChromeModel } from '../extractors/learned/chrome-classifier.js';
import { modelPath, serializeModel, type ModelFile } from '../extractors/learned/model-file.js';
import { buildModels } from '../extractors/learned/train.js';
import { statusExamples } from '../extractors/learned/status-data.js';
import { trainStatusModel } from '../extractors/learned/status-classifier.js';
import { loadGold } from '../eval/score.js';

const stale = 'out of date: run `npx tsc -p tsconfig.build.json && node dist/extractors/learned/train.js`';

describe('shipped models', () => {
  const built = buildModels();
  it.each(built.map((m) => [m.name, m] as const))('%s model is the one the corpus trains', (name, m) => {
    const shipped = JSON.parse(readFileSync(modelPath(name), 'utf8')) as ModelFile;
    expect(shipped.trainingHash, `${name}: training set changed, model ${stale}`).toBe(m.trainingHash);
    expect(readFileSync(modelPath(name), 'utf8'), `${name}: model ${stale}`).toBe(serializeModel(m));
  });

  it('trains deterministically', () => {
    const status = statusExamples(loadGold().filter((g) => !g.set.startsWith("heldout"))).examples;
    const chrome = chromeExamples();
    expect(trainingHash(status)).not.toBe(trainingHash(chrome));
    for (const [examples, train] of [
      [status, trainStatusModel],
      [chrome, trainChromeModel],
    ] as const) {
      const a = (train as (e: typeof examples) => unknown)(examples);
      expect(JSON.stringify((train as (e: typeof examples) => unknown)(examples))).toBe(JSON.stringify(a));
    }
  });

  it('finds the quote of nearly every gold fact in its page text', () => {
    const gold = loadGold();
    const { examples, missed } = statusExamples(gold);
    expect(examples.length).toBeGreaterThan(100);
    expect(missed / (examples.length + missed)).toBeLessThan(0.05);
  });
});
