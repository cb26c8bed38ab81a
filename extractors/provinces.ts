// The province gazetteer (extractors/data/provinces.tsv, a copy of
// shared/provinces.tsv): 63 provinces as they were until 2025-06-30 and the 34
// they were merged into on 2025-07-01. Codes are reused across the two lists,
// so a code is only meaningful together with a date.
import { readFileSync } from 'node:fs';
import { foldKey, toneKey } from './normalize.js';
import { projectFile } from './paths.js';

export const MERGER_DATE = '2025-07-01';

export interface ProvinceRow {
  code: string;
  name: string;
  nameAscii: string;
  type: string;
  aliases: string[];
  currentCode: string;
  currentName: string;
  currentType: string;
}

export interface ProvinceEntry {
  code: string;
  name: string;
  nameAscii: string;
  /** The 2025 province it belongs to. */
  currentCode: string;
  currentName: string;
  /** 'old' for the 63-province list, 'new' for the 34-province list. */
  list: 'old' | 'new';
}

let rows: ProvinceRow[] | null = null;

export function provinceRows(): ProvinceRow[] {
  if (rows) return rows;
  const path = projectFile('extractors', 'data', 'provinces.tsv');
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const header = lines.shift()?.split('\t') ?? [];
  const expected = ['code', 'name', 'name_ascii', 'type', 'aliases', 'current_code', 'current_name', 'current_type'];
  if (header.join('\t') !== expected.join('\t')) throw new Error(`${path}: unexpected header ${header.join(',')}`);
  rows = lines.map((line) => {
    const c = line.split('\t');
    const at = (i: number): string => (c[i] ?? '').trim();
    return {
      code: at(0),
      name: at(1).normalize('NFC'),
      nameAscii: at(2),
      type: at(3),
      aliases: at(4)
        .split(';')
        .map((a) => a.trim().normalize('NFC'))
        .filter(Boolean),
      currentCode: at(5),
      currentName: at(6).normalize('NFC'),
      currentType: at(7),
    };
  });
  return rows;
}

/** ASCII form of a Vietnamese name, case kept ("Đắk Lắk" → "Dak Lak"). */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function oldProvince(code: string): ProvinceEntry | null {
  const r = provinceRows().find((p) => p.code === code);
  return r ? { code: r.code, name: r.name, nameAscii: r.nameAscii, currentCode: r.currentCode, currentName: r.currentName, list: 'old' } : null;
}

export function newProvince(code: string): ProvinceEntry | null {
  const r = provinceRows().find((p) => p.currentCode === code);
  if (!r) return null;
  const self = provinceRows().find((p) => p.name === r.currentName);
  return {
    code: r.currentCode,
    name: r.currentName,
    nameAscii: self && self.name === r.currentName ? self.nameAscii : asciiName(r.currentName),
    currentCode: r.currentCode,
    currentName: r.currentName,
    list: 'new',
  };
}

/**
 * The province record in force at `date` for a province named as `row` (an
 * old-list row): before the merger the old province itself, after it the new
 * one it became part of.
 */
export function provinceAt(row: ProvinceRow, date: string | null): ProvinceEntry {
  if (date && date.slice(0, 10) >= MERGER_DATE) return newProvince(row.currentCode)!;
  return oldProvince(row.code)!;
}

export interface NameForm {
  row: ProvinceRow;
  /** The form as written in the gazetteer (name or alias). */
  form: string;
  /** Tone-placement-insensitive key used to compare with text. */
  key: string;
  /** True when the form is one of the 34 new names only (e.g. "Huế" as the new city). */
  alias: boolean;
}

let forms: NameForm[] | null = null;

/** Every way the gazetteer writes a province, longest first so "Thừa Thiên Huế" wins over "Huế". */
export function nameForms(): NameForm[] {
  if (forms) return forms;
  const out: NameForm[] = [];
  for (const row of provinceRows()) {
    for (const form of [row.name, ...row.aliases]) {
      out.push({ row, form, key: toneKey(form), alias: form !== row.name });
    }
  }
  out.sort((a, b) => b.form.length - a.form.length);
  forms = out;
  return out;
}

/** Finds a row by a name as printed: exact (tone-placement-insensitive) first, then without diacritics. */
export function lookupProvince(name: string): ProvinceRow | null {
  const k = toneKey(name.trim());
  const exact = nameForms().find((f) => f.key === k);
  if (exact) return exact.row;
  const folded = foldKey(name.trim());
  const loose = nameForms().find((f) => foldKey(f.form) === folded);
  return loose ? loose.row : null;
}

/** Host slug → province row: "lmhtx.angiang.gov.vn" → An Giang (slug = ASCII name without spaces). */
export function provinceFromHost(host: string | null | undefined): ProvinceRow | null {
  if (!host) return null;
  const labels = host.toLowerCase().split('.');
  const slugs = new Map<string, ProvinceRow>();
  for (const row of provinceRows()) {
    const base = foldKey(row.nameAscii).replace(/[^a-z]/g, '');
    slugs.set(base, row);
    for (const a of row.aliases) {
      const s = foldKey(a).replace(/[^a-z]/g, '');
      if (s.length >= 4 && !slugs.has(s)) slugs.set(s, row);
    }
  }
  // Labels like "lmhtx", "baoangiang", "angiang": try the label itself, then as a suffix of a longer label.
  for (const label of labels) {
    const hit = slugs.get(label);
    if (hit) return hit;
  }
  for (const label of labels) {
    for (const [slug, row] of [...slugs].sort((a, b) => b[0].length - a[0].length)) {
      if (slug.length >= 5 && label.length > slug.length && label.endsWith(slug)) return row;
    }
  }
  return null;
}
