// Paragraphs, sentences and clauses of the clean text, as spans. A fact's
// context never crosses a paragraph; a sentence is the unit of reference
// ("thành lập mới 33/15 HTX …; vốn điều lệ …" speaks of the same cooperatives).

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Clauses split at ";". */
  clauses: Span[];
}

export interface Paragraph extends Span {
  index: number;
  sentences: Sentence[];
}

/** Abbreviations whose final dot does not end a sentence ("TP. Cần Thơ", "ThS. Nguyễn …"). */
const ABBREVIATIONS = /(?:^|[\s(])(?:tp|tx|tt|ths|ts|pgs|gs|bs|ks|đ\/c|st|v\.v|p|q|h|x|tr|kh|nxb|[a-zđ])$/iu;

export function segment(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const paraRe = /\n\s*\n/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, index: paragraphs.length, sentences: [] });
  };
  for (const m of text.matchAll(paraRe)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  for (const p of paragraphs) p.sentences = sentences(text, p);
  return paragraphs;
}

function sentences(text: string, p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let s = p.start;
  const close = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, paragraph: p.index, clauses: clauses(text, a, b) });
  };
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (c === '\n') {
      close(i);
      s = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i;
    while (j + 1 < p.end && /[.!?…]/.test(text[j + 1]!)) j++;
    const next = text.slice(j + 1, j + 3);
    // A dot inside a number (140.749) or before a lowercase word is not an end.
    if (!/^\s+[\p{Lu}\p{N}"“(‘'-]|^\s*$/u.test(next) && j + 1 < p.end) continue;
    if (c === '.' && j === i && ABBREVIATIONS.test(text.slice(Math.max(p.start, i - 6), i))) continue;
    close(j + 1);
    s = j + 1;
    i = j;
  }
  close(p.end);
  return out;
}

function clauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (text[i] === ';') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out;
}

/** Depth of parentheses at each offset of a range, to tell breakdowns "(trong đó …)" from the main figures. */
export function parenDepth(text: string, start: number, end: number): Int8Array {
  const d = new Int8Array(end - start);
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '(') depth++;
    d[i - start] = depth;
    if (c === ')' && depth > 0) depth--;
  }
  return d;
}
