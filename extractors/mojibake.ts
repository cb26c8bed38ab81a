// Mojibake: UTF-8 bytes that were decoded as windows-1252/Latin-1 somewhere
// upstream (a CMS import, a copy from a mis-declared page) and re-saved, so
// "Hợp tác xã" reads "Há»£p tÃ¡c xÃ£". Each such sequence is turned back into
// its bytes and decoded again; text that merely contains accented letters
// never forms a valid UTF-8 sequence and is left alone.

/** windows-1252 characters for the bytes 0x80–0x9F (the rest of the byte range is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b), b);
// Latin-1 controls stand for themselves too (some decoders keep them).
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(String.fromCharCode(b), b);

const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/** One UTF-8 sequence seen through windows-1252: a lead byte and its continuation bytes. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');
/** Pairs that only mojibake produces; left over after repair they mean a broken sequence. */
const SUSPICIOUS = /á»|áº|Ä‘|Æ°|Æ¡/g;

/** Examples for the tests: mojibake → repaired. */
export const MOJIBAKE_EXAMPLES: readonly { broken: string; fixed: string }[] = [
  { broken: 'Há»£p tÃ¡c xÃ£', fixed: 'Hợp tác xã' },
  { broken: 'LiÃªn minh HTX tá»‰nh', fixed: 'Liên minh HTX tỉnh' },
  { broken: 'Ä‘Æ¡n vá»‹ thÃ nh viÃªn', fixed: 'đơn vị thành viên' },
  { broken: 'Nông nghiệp: 212 HTX', fixed: 'Nông nghiệp: 212 HTX' },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface MojibakeResult {
  text: string;
  repaired: boolean;
  /** Sequences that look broken but could not be decoded (reported as a warning). */
  suspicious: number;
}

export function repairMojibake(text: string): MojibakeResult {
  SEQUENCE.lastIndex = 0;
  if (!SEQUENCE.test(text)) return { text, repaired: false, suspicious: countSuspicious(text) };
  let fixes = 0;
  const out = text.replace(SEQUENCE, (seq) => {
    const bytes = new Uint8Array(seq.length);
    for (let i = 0; i < seq.length; i++) bytes[i] = BYTE_OF.get(seq[i]!) ?? 0;
    try {
      const ch = strictUtf8.decode(bytes);
      // A decoded C1 control or a lone NBSP is more likely genuine Latin-1 text.
      if (/^[\u0080-\u00A0]$/.test(ch)) return seq;
      fixes++;
      return ch;
    } catch {
      return seq;
    }
  });
  // One accidental sequence ("Â©") is not enough to rewrite a document.
  if (fixes < 2) return { text, repaired: false, suspicious: countSuspicious(text) };
  // "à" is C3 A0: once its NBSP byte has become a plain space it reads "Ã ".
  // In a document that is mojibake, a real capital Ã would itself be mangled.
  const fixed = out.replace(/Ã /g, 'à').normalize('NFC');
  return { text: fixed, repaired: true, suspicious: countSuspicious(fixed) };
}

function countSuspicious(text: string): number {
  return text.match(SUSPICIOUS)?.length ?? 0;
}
