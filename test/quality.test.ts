// The quality gate: fact F1 and precision on the corpus may not fall below the
// floors pinned in eval/baseline.json. Raise the floors as the extractor
// improves; lowering one is a visible change to that file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFile } from '../extractors/paths.js';
import { evaluate, prf } from '../eval/score.js';

interface Floors {
  [set: string]: { f1: number; precision: number; fields?: Record<string, number> };
}

const floors = JSON.parse(readFileSync(projectFile('eval', 'baseline.json'), 'utf8')) as { floors: Floors };
const e = evaluate();

describe('quality gate (eval/baseline.json)', () => {
  it('extracts every gold page without error', () => {
    expect(e.errors).toEqual([]);
  });
  for (const [set, floor] of Object.entries(floors.floors)) {
    it(`${set}: F1 >= ${floor.f1}, precision >= ${floor.precision}`, () => {
      const s = e.sets.find((x) => x.set === set);
      expect(s, `set ${set} in the corpus`).toBeDefined();
      const { p, f1 } = prf(s!.counts);
      expect(f1).toBeGreaterThanOrEqual(floor.f1);
      expect(p).toBeGreaterThanOrEqual(floor.precision);
      for (const [field, share] of Object.entries(floor.fields ?? {})) {
        const v = s!.fields[field as keyof NonNullable<typeof s>["fields"]];
        expect(v.right / v.of, `${set} ${field}`).toBeGreaterThanOrEqual(share);
      }
    });
  }
});
