// Token-level F1 of an extracted text against a gold text: the measure the
// cleaning tests and the benchmark share. Tokens are lower-cased runs of
// letters and digits (NFC), counted as a multiset, so paragraph breaks and
// punctuation do not matter and a duplicated or missing paragraph does.

export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenF1(predicted: string, gold: string): F1 {
  const p = tokenize(predicted);
  const g = tokenize(gold);
  if (p.length === 0 && g.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (p.length === 0 || g.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  const precision = common / p.length;
  const recall = common / g.length;
  const f1 = common === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
