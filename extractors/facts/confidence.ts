// A fact's confidence is the measured reliability of the way it was read: how
// often facts read by the same rule, with the same kind of evidence (entity
// named or inherited, date from the sentence or inferred, status, place), were
// right on the annotated corpus. The table is trained by `npm run train`
// (eval/train-confidence.ts) on the seed and written articles and the held-out
// sets already tuned on, never on the blind ones, which measure it.
import { existsSync, readFileSync } from 'node:fs';
import { projectFile } from '../paths.js';

export interface Tally {
  n: number;
  correct: number;
}

export interface ConfidenceTable {
  about: string;
  trainedOn: { sets: string[]; documents: number; facts: number; extractor: string };
  global: Tally;
  rules: Record<string, Tally>;
  buckets: Record<string, Tally>;
}

export interface ConfidenceFeatures {
  rule: string;
  explicit: boolean;
  dateFrom: string;
  status: string;
  place: boolean;
}

/** Fewer observations than this and a bucket defers to its rule, a rule to the whole corpus. */
export const MIN_BUCKET = 8;
export const MIN_RULE = 5;

export function bucketKey(f: ConfidenceFeatures): string {
  return `${f.rule}|${f.explicit ? 'named' : 'inherited'}|${f.dateFrom}|${f.status}|${f.place ? 'place' : 'province'}`;
}

/**
 * A cautious share of right facts: the lower end of the Wilson interval
 * (z = 1) of the share, so that a way of reading seen right 9 times out of 9
 * is not promised to be right 99 times out of 100. Backs off from bucket to
 * rule to the whole corpus.
 */
export const WILSON_Z = 1;
export function wilsonLower(t: Tally, z = WILSON_Z): number {
  if (t.n === 0) return 0;
  const p = t.correct / t.n;
  const z2 = z * z;
  return (p + z2 / (2 * t.n) - z * Math.sqrt((p * (1 - p)) / t.n + z2 / (4 * t.n * t.n))) / (1 + z2 / t.n);
}

export function reliability(table: Pick<ConfidenceTable, 'global' | 'rules' | 'buckets'>, f: ConfidenceFeatures): number {
  const smooth = (t: Tally): number => wilsonLower(t);
  const b = table.buckets[bucketKey(f)];
  if (b && b.n >= MIN_BUCKET) return smooth(b);
  const r = table.rules[f.rule];
  if (r && r.n >= MIN_RULE) return smooth(r);
  return smooth(table.global);
}

let cached: ConfidenceTable | null | undefined;

export function confidenceTable(): ConfidenceTable | null {
  if (cached !== undefined) return cached;
  const path = projectFile('extractors', 'data', 'confidence.json');
  cached = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ConfidenceTable) : null;
  return cached;
}

/** The fact's confidence: the trained reliability when a table is shipped, else the rule's own estimate. */
export function confidenceOf(f: ConfidenceFeatures, fallback: number): number {
  const t = confidenceTable();
  return Math.round((t ? reliability(t, f) : fallback) * 100) / 100;
}
