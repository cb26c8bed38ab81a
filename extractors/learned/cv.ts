// Leave-one-group-out cross-validation and the figures reported by
// eval/learned.ts: accuracy, per-label F1, confusion matrix.

export interface Example<L extends string> {
  group: string;
  text: string;
  label: L;
  /** What comes before the text and colours it (see statusContext); empty for chrome lines. */
  context?: string;
}

export interface Scores<L extends string> {
  n: number;
  accuracy: number;
  /** Per label: precision, recall, F1 (label as the positive class). */
  perLabel: Record<L, { p: number; r: number; f1: number; support: number }>;
  macroF1: number;
  /** confusion[gold][predicted] */
  confusion: Record<L, Record<L, number>>;
}

export function score<L extends string>(labels: readonly L[], gold: L[], predicted: L[]): Scores<L> {
  const confusion = Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<L, Record<L, number>>;
  let right = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[g][p]++;
    if (g === p) right++;
  });
  const perLabel = {} as Scores<L>['perLabel'];
  for (const l of labels) {
    const tp = confusion[l][l];
    const fp = labels.reduce((s, g) => s + (g === l ? 0 : confusion[g][l]), 0);
    const fn = labels.reduce((s, p) => s + (p === l ? 0 : confusion[l][p]), 0);
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    perLabel[l] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
  }
  const macroF1 = labels.reduce((s, l) => s + perLabel[l].f1, 0) / labels.length;
  return { n: gold.length, accuracy: gold.length ? right / gold.length : 0, perLabel, macroF1, confusion };
}

/**
 * Predictions for every example from a model trained without its group.
 * `predictors` maps a name to (training examples) → (example → label), so
 * several systems are compared on the same folds.
 */
export function leaveOneGroupOut<L extends string>(
  examples: Example<L>[],
  predictors: Record<string, (train: Example<L>[]) => (example: Example<L>) => L>,
): Record<string, L[]> {
  const groups = [...new Set(examples.map((e) => e.group))];
  const out: Record<string, L[]> = Object.fromEntries(Object.keys(predictors).map((k) => [k, new Array<L>(examples.length)]));
  for (const g of groups) {
    const train = examples.filter((e) => e.group !== g);
    for (const [name, make] of Object.entries(predictors)) {
      const predict = make(train);
      examples.forEach((e, i) => {
        if (e.group === g) out[name]![i] = predict(e);
      });
    }
  }
  return out;
}
