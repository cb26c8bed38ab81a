import { describe, expect, it } from 'vitest';
import { scoreBayes, toNatural, trainBayes } from '../extractors/learned/bayes.js';
import { wordFeatures } from '../extractors/learned/features.js';
import { classifyStatus, classifyStatusCombined } from '../extractors/learned/status-classifier.js';
import { STATUS_RULES, ruleStatus } from '../extractors/learned/status-rules.js';
import { statusContext } from '../extractors/learned/status-data.js';
import { score, leaveOneGroupOut } from '../extractors/learned/cv.js';

describe('status rules (the baseline)', () => {
  for (const r of STATUS_RULES) {
    it.each(r.examples)(`${r.label}: %s`, (s) => expect(ruleStatus(s)).toBe(r.label));
    it.each(r.counterExamples)(`not ${r.label}: %s`, (s) => expect(ruleStatus(s)).toBe('actual'));
  }
});

describe('classifyStatus (shipped model)', () => {
  // Written for this test, in the style of the releases.
  it.each([
    ['Năm 2025 phấn đấu thành lập mới 25 hợp tác xã, nâng tổng số lên 420 HTX', 'target'],
    ['Trong năm, toàn tỉnh thành lập mới 17 HTX và 9 tổ hợp tác', 'actual'],
  ])('%s → %s', (sentence, label) => {
    const r = classifyStatus(sentence);
    expect(r.label).toBe(label);
    expect(r.p).toBeGreaterThan(0.5);
    expect(r.p).toBeLessThanOrEqual(1);
  });

  it('combined: no plan or estimate word means a result; an estimate word an estimate; else the model decides', () => {
    expect(classifyStatusCombined('Hiện toàn tỉnh có 312 hợp tác xã đang hoạt động')).toMatchObject({ label: 'actual', by: 'rule' });
    expect(classifyStatusCombined('tổng doanh thu ước đạt 96 tỷ đồng')).toMatchObject({ label: 'estimate', by: 'rule' });
    const planned = classifyStatusCombined('Mục tiêu đến năm 2030 có 600 hợp tác xã hoạt động hiệu quả');
    expect(planned.by).toBe('model');
    expect(planned.label).toBe('target');
  });

  it('reads a listed plan item as a target once it is given its list intro', () => {
    const text = 'Năm 2026, Liên minh HTX tỉnh phấn đấu đạt các chỉ tiêu sau:\n\nThành lập mới 30 hợp tác xã.\n\nDoanh thu bình quân của hợp tác xã đạt 3 tỷ đồng/năm.';
    const clause = 'Doanh thu bình quân của hợp tác xã đạt 3 tỷ đồng/năm.';
    const at = text.indexOf(clause);
    const context = statusContext(text, at, at + clause.length);
    expect(context).toContain('phấn đấu');
    expect(ruleStatus(clause)).toBe('actual');
    expect(classifyStatusCombined(clause, context).label).toBe('target');
    expect(classifyStatus(clause, context).label).toBe('target');
  });

  it('takes the part of the sentence before a clause as its context', () => {
    const text = 'Năm tới phấn đấu thành lập mới 20 HTX; doanh thu bình quân đạt 2 tỷ đồng.';
    const at = text.indexOf('doanh thu');
    expect(statusContext(text, at, text.length - 1)).toBe(text.slice(0, at));
  });

  it('gives a probability on a very long sentence (no underflow)', () => {
    const long = Array.from({ length: 60 }, (_, i) => `hợp tác xã số ${i} phấn đấu đạt doanh thu`).join(', ');
    const r = classifyStatus(long);
    expect(Number.isFinite(r.p)).toBe(true);
    expect(r.p).toBeGreaterThan(0);
  });
});

describe('Bayes scoring', () => {
  const train = [
    { features: wordFeatures('phấn đấu thành lập mới 20 hợp tác xã'), label: 'target' },
    { features: wordFeatures('kế hoạch năm tới có 15 HTX'), label: 'target' },
    { features: wordFeatures('đã thành lập mới 12 hợp tác xã'), label: 'actual' },
    { features: wordFeatures('hiện có 300 HTX đang hoạt động'), label: 'actual' },
    { features: wordFeatures('ước đạt doanh thu 3 tỷ đồng'), label: 'estimate' },
  ];
  it("'natural' scoring picks the label natural's own classify picks", () => {
    const m = trainBayes(train);
    const nat = toNatural(m);
    for (const s of ['phấn đấu có 30 HTX', 'đã có 12 hợp tác xã', 'ước đạt 5 tỷ đồng']) {
      expect(scoreBayes(m, wordFeatures(s), 'natural')[0]!.label).toBe(nat.classify(wordFeatures(s)));
    }
  });
  it('posteriors sum to 1 for every scoring', () => {
    const m = trainBayes(train);
    for (const scoring of ['natural', 'bernoulli', 'multinomial'] as const) {
      const sum = scoreBayes(m, wordFeatures('phấn đấu đạt 12 HTX'), scoring).reduce((a, b) => a + b.p, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
  });
});

describe('cross-validation helpers', () => {
  it('never lets a model see the group it predicts', () => {
    const ex = ['a', 'b', 'c'].flatMap((g) => [{ group: g, text: g, label: 'x' as const }]);
    const seen: string[][] = [];
    leaveOneGroupOut(ex, {
      probe: (train) => {
        seen.push(train.map((e) => e.group));
        return () => 'x';
      },
    });
    expect(seen).toEqual([['b', 'c'], ['a', 'c'], ['a', 'b']]);
  });
  it('scores a confusion matrix', () => {
    const s = score(['a', 'b'] as const, ['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(s.accuracy).toBe(0.75);
    expect(s.confusion.a.b).toBe(1);
    expect(s.perLabel.b.p).toBeCloseTo(2 / 3);
    expect(s.perLabel.a.r).toBe(0.5);
  });
});
