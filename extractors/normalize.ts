// Boundary normalisation for every text that later stages index into, plus two
// search keys. The keys never change a string's length, so a caller can search
// the key and slice the original text with the same offsets.

// Zero-width characters are removed before NFC so that a ZWJ between a base
// letter and its combining mark cannot block composition.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const FULL_WIDTH = /[\uFF10-\uFF19\uFF05\uFF0F\uFF0E\uFF0C]/g;
const FULL_WIDTH_PUNCT: Record<string, string> = { '\uFF05': '%', '\uFF0F': '/', '\uFF0E': '.', '\uFF0C': ',' };

export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(UNICODE_SPACES, ' ')
    .replace(FULL_WIDTH, (c) => FULL_WIDTH_PUNCT[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Lowercases one UTF-16 unit, keeping it as is when the lowercase form would change the length. */
function lowerUnit(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

const foldCache = new Map<string, string>();
function foldUnit(c: string): string {
  const hit = foldCache.get(c);
  if (hit !== undefined) return hit;
  let f = lowerUnit(c);
  if (f === 'đ') f = 'd';
  else {
    const base = f.normalize('NFD')[0];
    // Only a decomposition that starts with a plain letter is a letter with marks.
    if (base !== undefined && base !== f && /[a-z]/.test(base)) f = base;
  }
  foldCache.set(c, f);
  return f;
}

/** No diacritics, đ→d, lowercase; same length and positions as the NFC input. */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s[i]!);
  return out;
}

// Old-style tone placement (hoà, thuỷ, khoẻ) puts the mark on the second vowel
// of an open oa/oe/uy syllable; the new style puts it on the first. Swapping the
// mark between two adjacent letters keeps the length.
const OLD_TONE: Record<string, [string, string]> = {};
const TONED: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
};
for (const [first, second] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const) {
  TONED[second]!.forEach((toned, t) => {
    OLD_TONE[first + toned] = [TONED[first]![t]!, second];
  });
}
const OLD_TONE_PAIR = new RegExp(`(q?)(${Object.keys(OLD_TONE).join('|')})(?![\\p{L}])`, 'gu');

/** Lowercase with new-style tone placement (hoà→hòa, thuỷ→thủy); same length and positions. */
export function toneKey(s: string): string {
  let lower = '';
  for (let i = 0; i < s.length; i++) lower += lowerUnit(s[i]!);
  return lower.replace(OLD_TONE_PAIR, (whole: string, head: string, pair: string) => {
    // "quý": the u belongs to the consonant qu, the mark stays on y.
    if (pair[0] === 'u' && head === 'q') return whole;
    const swap = OLD_TONE[pair]!;
    return head + swap[0] + swap[1];
  });
}
