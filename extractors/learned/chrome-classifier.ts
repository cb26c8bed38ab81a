// Tells the body lines of a plain-text page dump from chrome (menus, counters,
// bylines, captions, datelines, related lists). A Naive Bayes model (natural)
// over the line's syllables and bigrams plus a few shape tokens (length,
// ending, digits, dates, capitals), trained on corpus/cleaning
// (chrome-data.ts) and shipped as extractors/data/chrome-model.json.
import { scoreBayes, trainBayes, type BayesModel, type BayesScoring } from './bayes.js';
import type { ChromeLabel } from './chrome-data.js';
import { ruleCertainChrome } from './chrome-rules.js';
import type { Example } from './cv.js';
import { wordFeatures } from './features.js';
import { loadModel } from './model-file.js';

export const CHROME_MODEL = 'chrome';

function bucket(n: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
}

/** What a line looks like, beyond its words. */
export function shapeFeatures(line: string): string[] {
  const words = line.split(/\s+/).filter(Boolean);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const out = [
    `_words${bucket(words.length, [2, 4, 7, 11, 20, 40])}`,
    `_end${/[.!?…]["”’»)]*$/u.test(line) ? 'stop' : /[;:,]$/.test(line) ? 'clause' : /\d$/.test(line) ? 'digit' : 'none'}`,
    `_caps${bucket(words.length ? caps / words.length : 0, [0.3, 0.6, 0.9])}`,
  ];
  if (/\d/.test(line)) out.push('_digit');
  if (/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(line)) out.push('_date');
  if (/\b\d{1,2}:\d{2}\b/.test(line)) out.push('_time');
  if (line === line.toUpperCase() && /\p{Lu}/u.test(line)) out.push('_allcaps');
  if (/\s\|\s/.test(line)) out.push('_pipes');
  if (/^[•·\-*»›]/.test(line)) out.push('_bullet');
  return out;
}

export function chromeFeatures(line: string): string[] {
  return [...wordFeatures(line), ...shapeFeatures(line)];
}

export function trainChromeModel(examples: Example<ChromeLabel>[]): BayesModel {
  return trainBayes(examples.map((e) => ({ features: chromeFeatures(e.text), label: e.label })));
}

/** p is the posterior of chrome. */
export function predictChrome(model: BayesModel, line: string, scoring?: BayesScoring): { chrome: boolean; p: number } {
  const scores = scoreBayes(model, chromeFeatures(line), scoring);
  const p = scores.find((s) => s.label === 'chrome')?.p ?? 0;
  return { chrome: p >= 0.5, p };
}

/** The shipped model's verdict on one line of a text dump; p = P(chrome). */
export function isChromeLine(line: string): { chrome: boolean; p: number } {
  return predictChrome(loadModel(CHROME_MODEL).model, line);
}

/** House chrome rules first (a hit is chrome, p = 1), the model for everything else. */
export function isChromeLineCombined(line: string, model: BayesModel = loadModel(CHROME_MODEL).model): { chrome: boolean; p: number; by: 'rule' | 'model' } {
  if (ruleCertainChrome(line)) return { chrome: true, p: 1, by: 'rule' };
  return { ...predictChrome(model, line), by: 'model' };
}
