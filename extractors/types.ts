// Seams between the stages: crawl → archive → clean → mention → fact → dataset.
// Each stage takes the previous stage's output and nothing else.
import type { Encoding, Mention, ReportPeriod } from '../schemas/records.js';

/** What the cleaner (extractors/clean.ts) returns for one page. */
export interface CleanResult {
  kind: 'article' | 'listing';
  /** Headline, chrome and site name removed, NFC. */
  title: string;
  /** Main text, NFC, paragraphs separated by "\n\n". Offsets of every later stage point into it. */
  text: string;
  /** One entry per block of `text`, in order; `start`/`end` are offsets into `text`. */
  blocks: Block[];
  /** ISO date or date-time with +07:00, from the page's own metadata or dateline, never from a sidebar. */
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
  /** Canonical URL from <link rel=canonical>/og:url, tracking parameters removed. */
  canonicalUrl: string | null;
  /** The host of an absolute <base href> (Joomla prints the article's own address there): the site, when nothing else names it. */
  baseHost?: string | null;
  language: string | null;
  /** Article links found on a listing page (absolute URLs). */
  links: { url: string; text: string }[];
  encoding: Encoding | null;
  warnings: string[];
}

export interface Block {
  start: number;
  end: number;
  type: 'heading' | 'paragraph' | 'list' | 'table' | 'caption' | 'byline';
}

export interface MentionOptions {
  /** Relative periods ("cùng kỳ năm trước", "năm trước") resolve against this; without it they stay unresolved. */
  reportPeriod?: ReportPeriod | null;
  /** "Today" for day-relative words (hôm nay, năm nay): the document's publish or event date, ISO. */
  referenceDate?: string | null;
  /** Number style: 'vi' (1.234,5), 'en' (1,234.5) or decided per text ('auto', the default). */
  numberStyle?: 'vi' | 'en' | 'auto';
}

export type FindMentions = (text: string, opts?: MentionOptions) => Mention[];
