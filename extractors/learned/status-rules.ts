// The rule baseline the status classifier is measured against: a plan word
// makes a clause a target, an estimate word an estimate, anything else is a
// result. Each rule carries examples that test/learned.status.test.ts reads.
import type { Status } from './status-data.js';

export interface StatusRule {
  label: Exclude<Status, 'actual'>;
  pattern: RegExp;
  examples: string[];
  counterExamples: string[];
}

export const STATUS_RULES: StatusRule[] = [
  {
    label: 'target',
    pattern: /(?<![\p{L}\p{M}])(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu)(?![\p{L}\p{M}])/iu,
    examples: ['Năm tới phấn đấu thành lập mới 20 HTX', 'chỉ tiêu giao là 12 hợp tác xã', 'mục tiêu đến năm 2030 có 500 HTX'],
    counterExamples: ['toàn tỉnh thành lập mới 14 HTX'],
  },
  {
    label: 'estimate',
    pattern: /(?<![\p{L}\p{M}])(?:ước|dự kiến)(?![\p{L}\p{M}])/iu,
    examples: ['doanh thu bình quân ước đạt 2,1 tỷ đồng', 'dự kiến cuối năm có thêm 6 HTX'],
    counterExamples: ['nhà máy nước sạch của hợp tác xã', 'xuất khẩu được 300 tấn'],
  },
];

/**
 * The first rule that fires on the clause, then on its context (the
 * sentence before it, a list intro; see statusContext), or null.
 */
export function ruleTrigger(text: string, context = ''): Exclude<Status, 'actual'> | null {
  for (const r of STATUS_RULES) if (r.pattern.test(text)) return r.label;
  for (const r of STATUS_RULES) if (context && r.pattern.test(context)) return r.label;
  return null;
}

export function ruleStatus(text: string, context = ''): Status {
  return ruleTrigger(text, context) ?? 'actual';
}
