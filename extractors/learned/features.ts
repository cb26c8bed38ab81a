// Tokens the classifiers see. Vietnamese words are mostly two syllables
// ("kế hoạch", "phấn đấu"), so syllable bigrams carry most of the meaning;
// digits are collapsed so that "51/50" and "11/15" are the same cue
// (result/plan) and the model does not learn the corpus' figures.
import { normalizeText, toneKey } from '../normalize.js';

const SYLLABLE = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*%?|[%/:|©»›]/gu;

export function syllables(s: string): string[] {
  return (toneKey(normalizeText(s)).match(SYLLABLE) ?? []).map((w) => (/^\d/.test(w) ? w.replace(/\d+(?:[.,]\d+)*/g, '0') : w));
}

/** Syllables and syllable bigrams, each once (the Bayes model reads presence, not counts). */
export function wordFeatures(s: string): string[] {
  const w = syllables(s);
  const out = new Set<string>(w);
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]}_${w[i + 1]}`);
  return [...out];
}
