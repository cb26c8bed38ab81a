// Record shapes of the crawl archive (docs/records.md, Output folder:
// `archive/`). An ArchiveRef travels in queue jobs, so it is validated when it
// comes back out of Redis; an ArchiveEntry is one line of archive/index.jsonl.
import { z } from 'zod';

/** Names of finished WARC files: no directories, no dot-files (those are unfinished temp files). */
export const WarcFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.warc\.gz$/, 'a WARC file name inside archive/, like htxpress-….warc.gz');

export const ArchiveRef = z.object({
  /** First 16 hex chars of sha256(finalUrl \n fetchedAt \n contentSha256). */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  warcFile: WarcFileName,
  /** Byte offset of the response record's gzip member in the WARC file. */
  offset: z.number().int().nonnegative(),
  /** Length of that gzip member in bytes. */
  length: z.number().int().positive(),
});

export const ArchiveEntry = ArchiveRef.extend({
  url: z.url(),
  finalUrl: z.url(),
  status: z.number().int().min(100).max(599),
  contentType: z.string().nullable(),
  fetchedAt: z.iso.datetime({ offset: true }),
  /** sha256 of the payload (body bytes as received, after transfer decoding), lower-case hex. */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentLength: z.number().int().nonnegative(),
  redirects: z.array(z.string()),
  warcRecordId: z.string().regex(/^<urn:uuid:[0-9a-f-]{36}>$/),
});

export type ArchiveRef = z.infer<typeof ArchiveRef>;
export type ArchiveEntry = z.infer<typeof ArchiveEntry>;
