// The shape every mention rule table shares: a pattern next to the phrases it
// must read and what they must yield, so the tests iterate the same rows the
// extractor runs.
import type { Mention, MentionKind } from '../../schemas/records.js';
import type { MentionOptions } from '../types.js';

/** A phrase a row must read. `span` is the mention text when it is not the whole phrase. */
export interface RuleExample {
  text: string;
  kind: MentionKind;
  value: Mention['value'];
  span?: string;
  unit?: string;
  valueMax?: number;
  denominator?: number;
  per?: string;
  qualifier?: Mention['qualifier'];
  refType?: string;
  label?: string;
  resolved?: boolean;
  opts?: MentionOptions;
}

/**
 * A phrase the row must not misread: no mention of `notKind` over `span`
 * (default: the whole text), or, with `noQualifier`, a mention there without one.
 */
export interface RuleCounterExample {
  text: string;
  notKind?: MentionKind;
  noQualifier?: boolean;
  span?: string;
  opts?: MentionOptions;
  why: string;
}

export interface RuleRow {
  id: string;
  examples: RuleExample[];
  counterExamples?: RuleCounterExample[];
}

/** What a rule proposes before overlaps are settled; fields beyond Mention are internal. */
export interface Candidate extends Mention {
  /** Higher wins when two candidates cover the same length. */
  priority: number;
  /** Day and month as printed, for a date whose year comes from a neighbour (01/7 – 30/9/2023). */
  dm?: { d: number; m: number };
}

// Latin letters with every Vietnamese letter; the rules read Vietnamese text, and
// plain ranges are several times faster than Unicode property classes.
const LETTERS = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';

/**
 * Compiles a rule pattern with \p{L} and \p{N} spelled as ranges (inside or
 * outside a character class); other escapes are kept.
 */
export function compile(source: string, flags: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const prop = /^\\p\{(L|N|Nd)\}/.exec(source.slice(i, i + 6));
      if (prop) {
        const body = prop[1] === 'L' ? LETTERS : '0-9';
        out += inClass ? body : `[${body}]`;
        i += prop[0].length - 1;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, flags);
}

/**
 * A rule pattern compiled for scanning. A leading one-character lookbehind
 * (`(?<![\p{L}])…`) is taken out of the regex and returned as `bound`, a class
 * the character before a match must not belong to: V8 would otherwise run the
 * lookbehind at every position of the text, which costs more than the match.
 */
export function compileScanner(source: string, flags: string): { re: RegExp; bound: RegExp | null } {
  const lb = /^\(\?<!\[((?:\\.|[^\]])*)\]\)/.exec(source);
  if (!lb) return { re: compile(source, flags), bound: null };
  return { re: compile(source.slice(lb[0].length), flags), bound: compile(`[${lb[1]}]`, 'u') };
}

/** Runs a scanner over `src`, calling `hit` for each match whose left neighbour passes the bound. */
export function scan(s: { re: RegExp; bound: RegExp | null }, src: string, hit: (m: RegExpExecArray) => boolean | void): void {
  const { re, bound } = s;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    if (m[0].length === 0 || (bound && m.index > 0 && bound.test(src[m.index - 1]!)) || hit(m) === false) {
      // Rejected here; the same text may start a later reading of this rule.
      re.lastIndex = m.index + 1;
    }
  }
}

/** Lowercase with the same length and offsets, so caseless rules run once on it without the i flag. */
export function lowerSameLength(text: string): string {
  const l = text.toLowerCase();
  if (l.length === text.length) return l;
  let out = '';
  for (const ch of text) {
    const x = ch.toLowerCase();
    out += x.length === ch.length ? x : ch;
  }
  return out;
}
