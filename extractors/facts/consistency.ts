// Checks an article's figures against each other. Disagreements are kept as
// printed and reported, never corrected: a researcher decides which to trust.
import type { FactRecord } from '../../schemas/records.js';

export interface Inconsistency {
  kind: 'parts_exceed_total' | 'parts_below_total' | 'stock_change_mismatch' | 'values_disagree';
  message: string;
  factIds: string[];
}

const pointKey = (f: FactRecord): string =>
  JSON.stringify([f.entity, f.metric, f.scope, f.place?.name ?? null, f.sector, f.entity === 'ocop_product' ? f.sectorLabel : null, f.rating, f.statistic, f.status, f.unit, f.asOf, f.period?.start ?? null, f.period?.end ?? null, f.per]);

export function findInconsistencies(facts: FactRecord[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  // Sector parts against the printed total (same entity, date, status, rating; province level only).
  const groups = new Map<string, FactRecord[]>();
  for (const f of facts) {
    if (f.metric !== 'count' || f.place || f.statistic !== 'total' || f.unit !== 'count') continue;
    const k = JSON.stringify([f.entity, f.scope, f.asOf, f.period?.start ?? null, f.period?.end ?? null, f.status, f.rating]);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  for (const g of groups.values()) {
    const totals = g.filter((f) => f.sector === null);
    const parts = g.filter((f) => f.sector !== null && f.sector !== 'multiple');
    if (totals.length !== 1 || parts.length < 2) continue;
    const total = totals[0]!;
    if (total.qualifier !== 'exact') continue;
    const sum = parts.reduce((s, f) => s + f.value, 0);
    if (sum === total.value) continue;
    const kind = sum > total.value ? 'parts_exceed_total' : 'parts_below_total';
    out.push({
      kind,
      message: `${total.entity} ${total.metric}${total.asOf ? ` as of ${total.asOf}` : ''}: sector parts add up to ${sum}, the printed total is ${total.value} (kept as printed)`,
      factIds: [total.id, ...parts.map((p) => p.id)],
    });
  }
  // The same point stated twice with different values.
  const points = new Map<string, FactRecord[]>();
  // Only stocks: two flows of one article (two training programmes) are two items, not one point.
  for (const f of facts) if (f.scope === 'existing' && f.asOf && f.entity !== 'training_course') points.set(pointKey(f), [...(points.get(pointKey(f)) ?? []), f]);
  for (const g of points.values()) {
    const values = new Set(g.map((f) => f.value));
    if (values.size > 1)
      out.push({
        kind: 'values_disagree',
        message: `${g[0]!.entity} ${g[0]!.metric} is stated ${g.length} times with different values (${[...values].join(', ')})`,
        factIds: g.map((f) => f.id),
      });
  }
  // A change against the two stocks it links: stock(t) - stock(t0) should equal the change.
  for (const c of facts) {
    if (c.scope !== 'change' || c.unit !== 'count' || !c.period?.start || !c.period.end) continue;
    const same = (f: FactRecord): boolean => f.scope === 'existing' && f.entity === c.entity && f.metric === c.metric && f.sector === c.sector && !f.place && f.unit === c.unit;
    const t0 = facts.find((f) => same(f) && f.asOf && f.asOf < c.period!.start);
    const t1 = facts.find((f) => same(f) && f.asOf === c.period!.end);
    if (t0 && t1 && t1.value - t0.value !== c.value)
      out.push({
        kind: 'stock_change_mismatch',
        message: `${c.entity} ${c.metric}: ${t1.value} at ${t1.asOf} minus ${t0.value} at ${t0.asOf} is ${t1.value - t0.value}, the printed change is ${c.value}`,
        factIds: [c.id, t0.id, t1.id],
      });
  }
  return out;
}

export function checkConsistency(facts: FactRecord[]): string[] {
  return findInconsistencies(facts).map((i) => `consistency: ${i.message}`);
}
