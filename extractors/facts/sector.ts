// Sector labels: read the printed words after a counted noun ("HTX lĩnh vực
// nông nghiệp và tiểu thủ công nghiệp") and classify the label.
import type { Sector } from '../../schemas/records.js';
import { SECTOR_JOINER, SECTOR_LEAD, SECTOR_TERMS } from './vocab.js';

export interface SectorLabel {
  start: number;
  end: number;
  sector: Sector;
  terms: string[];
}

/**
 * Reads a sector label starting at `from` in `key` (the toneKey of the text).
 * With `exact`, the label must end exactly at `until`.
 */
export function readSector(key: string, from: number, until: number, opts: { lead?: boolean; exact?: boolean } = {}): SectorLabel | null {
  let i = from;
  if (opts.lead !== false) {
    const lead = SECTOR_LEAD.exec(key.slice(i, until));
    if (lead) i += lead[0].length;
  }
  const start = i;
  let end = i;
  const sectors: (Sector | 'general')[] = [];
  const terms: string[] = [];
  for (;;) {
    const rest = key.slice(i, until);
    const term = SECTOR_TERMS.map((t) => ({ t, m: t.pattern.exec(rest) }))
      .filter((x) => x.m)
      .sort((a, b) => b.m![0].length - a.m![0].length)[0];
    if (!term) break;
    const after = i + term.m![0].length;
    // A term must end at a word boundary ("dịch vụ" must not match inside "dịch vụ…x").
    if (after < until && /[\p{L}\p{N}]/u.test(key[after]!)) break;
    sectors.push(term.t.sector);
    terms.push(term.m![0]);
    end = after;
    i = after;
    const j = SECTOR_JOINER.exec(key.slice(i, until));
    if (!j || j[0].length === 0) break;
    // Only continue through a joiner when another term follows it.
    const peek = key.slice(i + j[0].length, until);
    if (!SECTOR_TERMS.some((t) => t.pattern.test(peek))) break;
    i += j[0].length;
  }
  if (!sectors.length) return null;
  if (opts.exact && key.slice(end, until).trim() !== '') return null;
  return { start, end, sector: classify(sectors), terms };
}

/** Several printed sectors: with agriculture among them → multiple; only non-agricultural ones → non_agriculture. */
export function classify(sectors: (Sector | 'general')[]): Sector {
  const set = new Set(sectors.filter((s): s is Sector => s !== 'general'));
  if (set.size === 1) return [...set][0]!;
  if (set.has('agriculture')) return 'multiple';
  if (set.size > 1) return 'non_agriculture';
  return 'other';
}

/** The sector named after "HTX"/"hợp tác xã" somewhere in [from, to): "cho lãnh đạo các HTX dịch vụ nông nghiệp". */
export function sectorAfterNoun(key: string, from: number, to: number): SectorLabel | null {
  for (const mm of key.slice(from, to).matchAll(/(?:htx|hợp tác xã)\s+/gu)) {
    const label = readSector(key, from + mm.index! + mm[0].length, to, { lead: false });
    if (label) return label;
  }
  return null;
}
