// Plain-text dumps of whole pages (shared/seeds/*.txt): one line per
// paragraph or widget, chrome included. The headline is the line just above
// the dateline (the dump repeats it there, after the site banner and the
// category line); without a dateline it is the first line. Everything above
// it is chrome; after it come paragraphs, captions, the byline and the
// side widgets.
import type { Block, CleanResult } from './types.js';
import { parseDateLine } from './clean-dates.js';
import { CHROME_LINES, bylineName, matchesAny } from './clean-rules.js';
import { guessLanguage } from './clean-metadata.js';
import { normalizeText } from './normalize.js';
import { convertLegacyText } from './legacy-vn.js';
import { repairMojibake } from './mojibake.js';

/** Words that end a sentence (or a clause a paragraph may end on). */
const SENTENCE_END = /[.!?…;:]["”’»)]*$|\/\.$/u;

/** A headline: a line of several words, not a menu or breadcrumb, not ending like a sentence. */
function headlineLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 25 && line.length <= 260 && words >= 5 && !/\s[|»›>]\s|^(?:trang chủ|home)\b/iu.test(line) && !/[.;]$/u.test(line);
}

/** A caption is a short line that does not end like a sentence. */
function captionLine(line: string): boolean {
  return line.length < 300 && !SENTENCE_END.test(line);
}

export function cleanPlainText(raw: string, opts: { name?: string } = {}): CleanResult {
  const name = opts.name ?? 'input';
  if (typeof raw !== 'string') throw new Error(`${name}: cleanPlainText expects a string`);
  const warnings: string[] = [];
  const mojibake = repairMojibake(raw);
  const legacy = convertLegacyText(mojibake.text);
  const lines = normalizeText(legacy.text)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  if (lines.every((l) => l === '')) throw new Error(`${name}: empty text`);

  const content = lines.map((l, i) => ({ l, i })).filter(({ l }) => l !== '' && !matchesAny(CHROME_LINES, l));
  // The dateline is near the top; a date in the body is not one.
  let dateAt = -1;
  let publishedAt: string | null = null;
  for (const { l, i } of content.slice(0, 25)) {
    const d = parseDateLine(l);
    if (d) {
      dateAt = i;
      publishedAt = d;
      break;
    }
  }
  let titleAt: number;
  if (dateAt >= 0) {
    // The headline is the nearest line above the dateline that reads like one (menus and breadcrumbs do not).
    const before = content.filter(({ i }) => i < dateAt);
    const headline = [...before].reverse().find(({ l }) => headlineLike(l));
    titleAt = headline ? headline.i : before.length ? before[before.length - 1]!.i : dateAt;
  } else titleAt = (content.slice(0, 25).find(({ l }) => headlineLike(l)) ?? content[0])?.i ?? 0;
  const title = lines[titleAt] ?? '';

  const body = content.filter(({ i }) => i > Math.max(titleAt, dateAt)).map(({ l }) => l);
  // Signature: the last line of the body, when it reads as a name or a byline; when side widgets
  // follow it in the dump, the last byline among the final lines ends the article.
  let author: string | null = null;
  const last = body[body.length - 1];
  if (last !== undefined) {
    author = bylineName(last);
    if (author) body.pop();
  }
  if (!author) {
    for (let k = body.length - 2; k >= Math.max(0, body.length - 15); k--) {
      const name = bylineName(body[k]!);
      if (name && body.slice(k + 1).every((l) => captionLine(l))) {
        author = name;
        body.length = k;
        break;
      }
    }
  }
  const paras = body.filter((l) => !captionLine(l));

  let text = '';
  const blocks: Block[] = [];
  for (const p of paras) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length, type: 'paragraph' });
    text += p;
  }
  if (text === '') warnings.push(`${name}: no article text found`);
  return {
    kind: 'article',
    title,
    text,
    blocks,
    publishedAt,
    author,
    siteName: null,
    canonicalUrl: null,
    language: guessLanguage(text || title),
    links: [],
    encoding:
      legacy.converted || mojibake.repaired
        ? { detected: 'utf-8', source: 'default', converted: legacy.converted, mojibakeRepaired: mojibake.repaired }
        : null,
    warnings,
  };
}
