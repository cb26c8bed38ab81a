// Legacy Vietnamese *font* encodings: text typed with a .VnTime (TCVN3/ABC)
// or VNI-Times font is stored as ordinary Latin-1/windows-1252 characters and
// only looks Vietnamese through the font. Once the font is gone (a crawler,
// a browser without it) it reads "Hîp t¸c x·". These tables map it back.
//
// The tables are data: each entry is the Latin-1 character as it appears in
// the decoded string and the Vietnamese letter it stands for. The examples
// below are read by test/legacy-vn.test.ts.

/** TCVN3 (TCVN 5712 VN3, "ABC"): one Latin-1 character per Vietnamese letter. */
export const TCVN3_TABLE: Readonly<Record<string, string>> = {
  '¡': 'Ă', '¢': 'Â', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư', '§': 'Đ',
  '¨': 'ă', '©': 'â', 'ª': 'ê', '«': 'ô', '¬': 'ơ', '\u00AD': 'ư', '®': 'đ',
  'µ': 'à', '¶': 'ả', '·': 'ã', '¸': 'á', '¹': 'ạ',
  '»': 'ằ', '¼': 'ẳ', '½': 'ẵ', '¾': 'ắ', 'Æ': 'ặ',
  'Ç': 'ầ', 'È': 'ẩ', 'É': 'ẫ', 'Ê': 'ấ', 'Ë': 'ậ',
  'Ì': 'è', 'Î': 'ẻ', 'Ï': 'ẽ', 'Ð': 'é', 'Ñ': 'ẹ',
  'Ò': 'ề', 'Ó': 'ể', 'Ô': 'ễ', 'Õ': 'ế', 'Ö': 'ệ',
  '×': 'ì', 'Ø': 'ỉ', 'Ü': 'ĩ', 'Ý': 'í', 'Þ': 'ị',
  'ß': 'ò', 'á': 'ỏ', 'â': 'õ', 'ã': 'ó', 'ä': 'ọ',
  'å': 'ồ', 'æ': 'ổ', 'ç': 'ỗ', 'è': 'ố', 'é': 'ộ',
  'ê': 'ờ', 'ë': 'ở', 'ì': 'ỡ', 'í': 'ớ', 'î': 'ợ',
  'ï': 'ù', 'ñ': 'ủ', 'ò': 'ũ', 'ó': 'ú', 'ô': 'ụ',
  'õ': 'ừ', 'ö': 'ử', '÷': 'ữ', 'ø': 'ứ', 'ù': 'ự',
  'ú': 'ỳ', 'û': 'ỷ', 'ü': 'ỹ', 'ý': 'ý', 'þ': 'ỵ',
};

/**
 * VNI-Windows: a base letter followed by a Latin-1 character carrying the
 * diacritics ("a" + "ù" = "á"); a few letters are single characters (ô = ơ,
 * ö = ư, ñ = đ, and i/y with tones). Keys are the mark characters, values the
 * combining sequence they add (NFC composes the result).
 */
export const VNI_MARKS: Readonly<Record<string, string>> = {
  // lower-case marks (after a lower-case base letter)
  'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
  'â': '\u0302', 'á': '\u0302\u0301', 'à': '\u0302\u0300', 'å': '\u0302\u0309', 'ã': '\u0302\u0303', 'ä': '\u0302\u0323',
  'ê': '\u0306', 'é': '\u0306\u0301', 'è': '\u0306\u0300', 'ú': '\u0306\u0309', 'ü': '\u0306\u0303', 'ë': '\u0306\u0323',
  // upper-case marks (after an upper-case base letter)
  'Ù': '\u0301', 'Ø': '\u0300', 'Û': '\u0309', 'Õ': '\u0303', 'Ï': '\u0323',
  'Â': '\u0302', 'Á': '\u0302\u0301', 'À': '\u0302\u0300', 'Å': '\u0302\u0309', 'Ã': '\u0302\u0303', 'Ä': '\u0302\u0323',
  'Ê': '\u0306', 'É': '\u0306\u0301', 'È': '\u0306\u0300', 'Ú': '\u0306\u0309', 'Ü': '\u0306\u0303', 'Ë': '\u0306\u0323',
};

/** VNI letters written as one character. */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
  'Ô': 'Ơ', 'Ö': 'Ư', 'Ñ': 'Đ', 'Í': 'Í', 'Ì': 'Ì', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'Î': 'Ỵ',
};

/** Round-trip examples: legacy spelling → Unicode. Tests read these. */
export const LEGACY_EXAMPLES: readonly { encoding: LegacyEncoding; legacy: string; unicode: string }[] = [
  { encoding: 'TCVN3', legacy: 'Hîp t¸c x·', unicode: 'Hợp tác xã' },
  { encoding: 'TCVN3', legacy: 'Liªn minh', unicode: 'Liên minh' },
  { encoding: 'TCVN3', legacy: 'n«ng nghiÖp', unicode: 'nông nghiệp' },
  { encoding: 'TCVN3', legacy: 'tØnh Th¸i B×nh', unicode: 'tỉnh Thái Bình' },
  { encoding: 'TCVN3', legacy: '§¹i héi', unicode: 'Đại hội' },
  { encoding: 'VNI', legacy: 'Hôïp taùc xaõ', unicode: 'Hợp tác xã' },
  { encoding: 'VNI', legacy: 'noâng nghieäp', unicode: 'nông nghiệp' },
  { encoding: 'VNI', legacy: 'Ñaïi hoäi', unicode: 'Đại hội' },
  { encoding: 'VNI', legacy: 'tænh Thaùi Bình', unicode: 'tỉnh Thái Bình' },
  { encoding: 'VNI', legacy: 'Lieân minh', unicode: 'Liên minh' },
];

export type LegacyEncoding = 'TCVN3' | 'VNI';

const TCVN3_RE = new RegExp(`[${Object.keys(TCVN3_TABLE).join('')}]`, 'g');
const VNI_RE = new RegExp(
  `([AaEeIiOoUuYyÔôÖö])([${Object.keys(VNI_MARKS).join('')}])|[${Object.keys(VNI_LETTERS).join('')}]`,
  'g',
);

export function convertTcvn3(text: string): string {
  return text.replace(TCVN3_RE, (c) => TCVN3_TABLE[c] ?? c).normalize('NFC');
}

export function convertVni(text: string): string {
  return text
    .replace(VNI_RE, (all, base: string | undefined, mark: string | undefined) => {
      // ô/ö are themselves letters (ơ/ư) that can take a tone mark.
      if (base !== undefined && mark !== undefined) return (VNI_LETTERS[base] ?? base) + (VNI_MARKS[mark] ?? '');
      return VNI_LETTERS[all] ?? all;
    })
    .normalize('NFC');
}

/**
 * Characters that Vietnamese written in Unicode never contains: Latin-1
 * symbols and foreign letters. Font-encoded Vietnamese is full of them.
 */
const NOT_VIETNAMESE = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/g;
/** Letters only Unicode Vietnamese has (beyond Latin-1): their presence rules a font encoding out. */
const UNICODE_VI = /[ăđĩũơưĂĐĨŨƠƯ\u1EA0-\u1EF9]/g;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

export interface LegacyGuess {
  encoding: LegacyEncoding | null;
  /** Characters foreign to Vietnamese per word before conversion: the evidence. */
  ratio: number;
}

/** Foreign characters plus words carrying two tone marks: what a wrong table leaves behind. */
function badness(text: string): number {
  let bad = text.match(NOT_VIETNAMESE)?.length ?? 0;
  for (const w of text.normalize('NFD').split(/[\s.,;:!?()"'\/-]+/)) if ((w.match(TONE)?.length ?? 0) > 1) bad++;
  return bad;
}

/**
 * Foreign characters inside words ("t¸c", "x·"): the evidence. A lone "·"
 * or "»" between spaces is punctuation in any encoding.
 */
function inWordEvidence(text: string): number {
  let n = 0;
  NOT_VIETNAMESE.lastIndex = 0;
  for (let m = NOT_VIETNAMESE.exec(text); m; m = NOT_VIETNAMESE.exec(text)) {
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + 1] ?? ' ';
    if (/[A-Za-z\u00C0-\u00FF]/.test(before) || /[A-Za-z\u00C0-\u00FF]/.test(after)) n++;
  }
  return n;
}

/** Vietnamese syllable shape once tones and vowel marks are folded away: onset, 1–3 vowels, coda. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Share of the words (letters only, acronyms left out) that have the shape of a Vietnamese syllable. */
export function syllableRatio(text: string): number {
  let words = 0;
  let ok = 0;
  for (const w of text.split(/[^\p{L}\p{M}]+/u)) {
    if (w.length === 0 || (w.length > 1 && w === w.toUpperCase())) continue;
    words++;
    const f = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (SYLLABLE.test(f)) ok++;
  }
  return words === 0 ? 0 : ok / words;
}

/**
 * Guess whether a run of text is TCVN3 or VNI typed Vietnamese: convert it
 * with each table and keep the one that leaves the text cleanest. `hint`
 * comes from a font-family declaration (.VnTime → TCVN3, VNI-Times → VNI) and
 * lowers the evidence needed.
 */
export function guessLegacy(text: string, hint: LegacyEncoding | null = null): LegacyGuess {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words === 0) return { encoding: null, ratio: 0 };
  const unicodeVi = text.match(UNICODE_VI)?.length ?? 0;
  if (unicodeVi > Math.max(1, words * 0.02)) return { encoding: null, ratio: 0 };
  const before = badness(text);
  const evidence = inWordEvidence(text);
  const ratio = evidence / words;
  // A stray "®" or "©" in English or French text is not Vietnamese.
  if (evidence < (hint ? 1 : 3) || ratio < (hint ? 0.02 : 0.08)) return { encoding: null, ratio };
  const tcvn = badness(convertTcvn3(text));
  const vni = badness(convertVni(text));
  const encoding: LegacyEncoding = vni < tcvn || (vni === tcvn && hint === 'VNI') ? 'VNI' : 'TCVN3';
  if (Math.min(tcvn, vni) > before * 0.3) return { encoding: null, ratio };
  // German or Nordic text also has ü, ø, å inside words; once "converted" it
  // still does not read as Vietnamese syllables.
  if (syllableRatio(convertLegacy(text, encoding)) < 0.7) return { encoding: null, ratio };
  return { encoding, ratio };
}

export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'TCVN3' ? convertTcvn3(text) : convertVni(text);
}

/** font-family names that carry a legacy encoding, with examples for the tests. */
export const LEGACY_FONT_HINTS: readonly { pattern: RegExp; encoding: LegacyEncoding; examples: string[] }[] = [
  { pattern: /\.Vn[A-Za-z]+/, encoding: 'TCVN3', examples: ['font-family: .VnTime', "font-family:'.VnArial'", '<font face=".VnTimeH">'] },
  { pattern: /VNI[- ][A-Za-z]+/i, encoding: 'VNI', examples: ['font-family: VNI-Times', '<font face="VNI-Helve">'] },
];

export function legacyFontHint(source: string): LegacyEncoding | null {
  for (const h of LEGACY_FONT_HINTS) if (h.pattern.test(source)) return h.encoding;
  return null;
}

export interface LegacyConversion {
  text: string;
  converted: LegacyEncoding | null;
}

/**
 * Convert the font-encoded runs of a whole page or text. The table is chosen
 * once for the document (its evidence summed over every run); each run is
 * converted only if it carries evidence itself and no Unicode-only
 * Vietnamese letter, so Unicode chrome around a .VnTime article is left as is.
 * For HTML only the text between tags is touched.
 */
export function convertLegacyText(text: string, opts: { html?: boolean } = {}): LegacyConversion {
  NOT_VIETNAMESE.lastIndex = 0;
  if (!NOT_VIETNAMESE.test(text)) return { text, converted: null };
  const hint = legacyFontHint(text);
  const parts = opts.html ? text.split(/(<[^>]*>)/) : [text];
  const runs: number[] = [];
  for (let i = 0; i < parts.length; i += opts.html ? 2 : 1) {
    const p = parts[i] ?? '';
    if (/[\u00A1-\u00FF]/.test(p) && !/[ăđĩũơưĂĐĨŨƠƯ\u1EA0-\u1EF9]/.test(p)) runs.push(i);
  }
  if (runs.length === 0) return { text, converted: null };
  const guess = guessLegacy(runs.map((i) => parts[i]).join('\n'), hint);
  if (!guess.encoding) return { text, converted: null };
  const enc = guess.encoding;
  for (const i of runs) {
    const p = parts[i] ?? '';
    // Runs without evidence of their own ("khaùc" has only letters Unicode
    // also uses) follow the document, unless converting makes them worse.
    const out = convertLegacy(p, enc);
    if (badness(out) <= badness(p)) parts[i] = out;
  }
  return { text: parts.join(''), converted: enc };
}
