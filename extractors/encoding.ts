// Bytes → text, the way a browser would choose the charset (BOM, HTTP
// header, <meta> prescan, then a guess), followed by the two repairs
// Vietnamese pages need: legacy font encodings (TCVN3/VNI) and mojibake.
import iconv from 'iconv-lite';
import type { Encoding } from '../schemas/records.js';
import { convertLegacyText } from './legacy-vn.js';
import { repairMojibake } from './mojibake.js';

export interface DecodeOptions {
  /** HTTP Content-Type header, if any. */
  contentType?: string | null;
  /** Names the input in errors and warnings (a path or URL). */
  name?: string;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

/**
 * Charset labels as pages write them → the name iconv-lite decodes with
 * (WHATWG: latin1/ascii labels mean windows-1252).
 */
export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'l1': 'windows-1252',
  'cp1252': 'windows-1252',
  'x-cp1252': 'windows-1252',
  'cp1258': 'windows-1258',
  'x-cp1258': 'windows-1258',
  'unicode': 'utf-16le',
  'utf-16': 'utf-16le',
  'tcvn': 'tcvn',
  'tcvn-5712': 'tcvn',
  'tcvn5712-1': 'tcvn',
  'viscii': 'viscii',
};

export function charsetFromLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const name = CHARSET_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

/** The charset parameter of a Content-Type value (`text/html; charset=UTF-8` → `UTF-8`). */
export function charsetParam(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m ? m[2]! : null;
}

/**
 * HTML5 prescan, simplified: the first `<meta charset>` or
 * `<meta http-equiv=Content-Type content="…charset=…">` in the first bytes,
 * comments skipped.
 */
export function prescanMeta(bytes: Uint8Array, limit = 4096): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const re = /<meta\b([^>]*)>/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const attrs = m[1] ?? '';
    const cs = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(attrs);
    if (!cs) continue;
    // `charset=` inside content= only counts with http-equiv=content-type.
    if (/\bcharset\s*=/i.test(attrs.replace(/content\s*=\s*("[^"]*"|'[^']*')/i, '')) || /http-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      return cs[1]!;
    }
  }
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes that only windows-1258 gives a Vietnamese meaning to: its combining
 * tone marks (0xCC 0xD2 0xDE 0xEC 0xF2) and the letters ă Ă đ Đ ơ Ơ ư Ư. In
 * windows-1252 they are Ì Ò Þ ì ò Ã ã Ð ð Õ õ Ý ý, which Western text uses far
 * less densely.
 */
const CP1258_MARKERS = new Set([0xcc, 0xd2, 0xde, 0xec, 0xf2, 0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd]);

function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let markers = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (CP1258_MARKERS.has(b)) markers++;
    }
  }
  return high > 0 && markers / high > 0.25 ? 'windows-1258' : 'windows-1252';
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.05;
}

function bom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const name = opts.name ?? 'input';
  const warnings: string[] = [];
  if (bytes.length === 0) throw new Error(`${name}: empty input (0 bytes)`);
  const fromBom = bom(bytes);
  if (!fromBom && looksBinary(bytes)) throw new Error(`${name}: binary input (NUL or control bytes), not text`);

  let charset: string | null = null;
  let source: Encoding['source'] = 'default';
  let body = bytes;
  if (fromBom) {
    charset = fromBom.charset;
    source = 'bom';
    body = bytes.subarray(fromBom.length);
  }
  const declared: [Encoding['source'], string | null][] = [
    ['http', opts.contentType ? charsetParam(opts.contentType) : null],
    ['meta', charset ? null : prescanMeta(bytes)],
  ];
  for (const [src, label] of declared) {
    if (charset || !label) continue;
    const cs = charsetFromLabel(label);
    if (!cs) {
      warnings.push(`${name}: unknown charset "${label}" (${src}), guessing`);
      continue;
    }
    // A page that says UTF-8 but is not is usually a legacy single-byte page
    // with a template's boilerplate <meta>: believe the bytes.
    if (cs === 'utf-8' && !isUtf8(body)) {
      warnings.push(`${name}: declared utf-8 (${src}) but the bytes are not valid UTF-8, guessing`);
      continue;
    }
    // Conversely a page declared Latin-1/windows-1252 whose bytes are valid
    // multi-byte UTF-8 is UTF-8: decoding it as declared only makes mojibake.
    if (cs !== 'utf-8' && body.some((b) => b >= 0x80) && isUtf8(body)) {
      warnings.push(`${name}: declared ${cs} (${src}) but the bytes are valid UTF-8, decoding as utf-8`);
      charset = 'utf-8';
      source = 'detected';
      continue;
    }
    charset = cs;
    source = src;
  }
  if (!charset) {
    if (isUtf8(body)) {
      charset = 'utf-8';
      source = body.some((b) => b >= 0x80) ? 'detected' : 'default';
    } else {
      charset = guessSingleByte(body);
      source = 'detected';
    }
  }

  let text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), charset).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new Error(`${name}: empty input (only whitespace after decoding as ${charset})`);
  if (text.includes('\uFFFD')) warnings.push(`${name}: bytes invalid in ${charset} were replaced by U+FFFD`);

  const html = /^\s*</.test(text);
  const mojibake = repairMojibake(text);
  text = mojibake.text;
  if (mojibake.suspicious > 0) warnings.push(`${name}: ${mojibake.suspicious} sequences look like unrepaired mojibake`);
  const legacy = convertLegacyText(text, { html });
  text = legacy.text.normalize('NFC');

  return {
    text,
    encoding: { detected: charset, source, converted: legacy.converted, mojibakeRepaired: mojibake.repaired },
    warnings,
  };
}
