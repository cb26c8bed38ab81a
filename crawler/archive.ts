// The archive of raw HTTP responses (docs/records.md: `archive/`), kept so a
// page can be re-extracted without refetching, and for archivists who keep
// provincial announcements after the sites drop them.
//
// Format: WARC/1.1, one gzip member per record (`.warc.gz`, the usual archival
// layout), written by hand rather than with warcio because we need each
// record's byte offset and length for the index, synchronously and exactly;
// the tests read our files back with warcio to keep us honest.
//
// Atomicity: every batch becomes a new file, written under a dot-name, fsynced
// and renamed; a finished file is never opened for writing again. Each WARC
// gets its own index segment (archive/index/<warc>.jsonl, also renamed into
// place), so several workers never write one shared file; archive/index.jsonl
// is the merge of the segments, rebuilt atomically by writeArchiveIndex.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ArchiveEntry, ArchiveRef } from '../schemas/archive.js';
import { writeAtomically } from './atomic.js';
import type { FetchedPage } from './fetch.js';

export const ARCHIVE_DIR = 'archive';
export const INDEX_FILE = 'index.jsonl';
export const INDEX_SEGMENTS_DIR = 'index';

export interface ArchivedResponse {
  id: string;
  url: string;
  finalUrl: string;
  status: number;
  statusText: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
  contentType: string | null;
  fetchedAt: string;
  contentSha256: string;
}

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

export interface ArchiveWriterOptions {
  /** Distinguishes files of concurrent writers; default host-pid-random. */
  writerId?: string;
  /** Test hook: called after each record is written to the temp file (throw to simulate a crash). */
  onRecordWritten?: (recordsWritten: number) => void;
}

export class ArchiveWriter {
  readonly dir: string;
  private readonly writerId: string;
  private readonly onRecordWritten: ((n: number) => void) | undefined;
  private seq = 0;

  constructor(outDir: string, opts: ArchiveWriterOptions = {}) {
    this.dir = join(outDir, ARCHIVE_DIR);
    this.writerId = safeName(opts.writerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`);
    this.onRecordWritten = opts.onRecordWritten;
  }

  async append(page: FetchedPage): Promise<ArchiveEntry> {
    const [entry] = await this.appendBatch([page]);
    return entry!;
  }

  /** Writes the pages as one new WARC file and its index segment; returns their index entries in order. */
  async appendBatch(pages: FetchedPage[]): Promise<ArchiveEntry[]> {
    if (pages.length === 0) return [];
    await mkdir(join(this.dir, INDEX_SEGMENTS_DIR), { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '');
    const warcFile = `htxpress-${stamp}-${this.writerId}-${String(++this.seq).padStart(5, '0')}.warc.gz`;
    const entries: ArchiveEntry[] = [];
    const members: Buffer[] = [warcinfoMember(warcFile)];
    let offset = members[0]!.length;
    for (const page of pages) {
      const { request, response, entry } = buildRecords(page, warcFile);
      offset += request.length;
      members.push(request, response);
      entries.push(ArchiveEntry.parse({ ...entry, offset, length: response.length }));
      offset += response.length;
    }
    await writeAtomically(join(this.dir, warcFile), members, { noClobber: true, ...(this.onRecordWritten ? { onPart: this.onRecordWritten } : {}) });
    const segment = entries.map((e) => JSON.stringify(e) + '\n');
    await writeAtomically(join(this.dir, INDEX_SEGMENTS_DIR, `${warcFile}.jsonl`), segment, { noClobber: true });
    return entries;
  }
}

function buildRecords(page: FetchedPage, warcFile: string) {
  const contentSha256 = createHash('sha256').update(page.body).digest('hex');
  const id = archiveId(page.finalUrl, page.fetchedAt, contentSha256);
  const responseId = `<urn:uuid:${randomUUID()}>`;
  const requestId = `<urn:uuid:${randomUUID()}>`;
  const target = new URL(page.finalUrl);

  const reqHead = [`GET ${target.pathname}${target.search} HTTP/1.1`, `Host: ${target.host}`];
  for (const [k, v] of Object.entries(page.requestHeaders)) reqHead.push(`${k}: ${v}`);
  const reqBlock = Buffer.from(reqHead.join('\r\n') + '\r\n\r\n', 'utf8');

  // undici has already undone chunked transfer coding; saying "chunked" over
  // the decoded bytes would make replay tools misread the payload.
  const respHead = [`HTTP/1.1 ${page.status} ${page.statusText}`.trimEnd()];
  for (const [k, v] of page.headerList) {
    if (k.toLowerCase() === 'transfer-encoding') continue;
    respHead.push(`${k}: ${headerValue(v)}`);
  }
  const respBlock = Buffer.concat([Buffer.from(respHead.join('\r\n') + '\r\n\r\n', 'utf8'), page.body]);

  const common = { 'WARC-Date': page.fetchedAt, 'WARC-Target-URI': page.finalUrl, 'WARC-Warcinfo-ID': warcinfoId(warcFile) };
  const request = warcMember(
    {
      'WARC-Type': 'request',
      'WARC-Record-ID': requestId,
      ...common,
      'WARC-Concurrent-To': responseId,
      'Content-Type': 'application/http;msgtype=request',
      'WARC-Block-Digest': digest(reqBlock),
    },
    reqBlock,
  );
  const response = warcMember(
    {
      'WARC-Type': 'response',
      'WARC-Record-ID': responseId,
      ...common,
      'Content-Type': 'application/http;msgtype=response',
      'WARC-Block-Digest': digest(respBlock),
      'WARC-Payload-Digest': digest(page.body),
      'HTxpress-Archive-Id': id,
      'HTxpress-Requested-URI': page.url,
    },
    respBlock,
  );
  const entry = {
    id,
    warcFile,
    url: page.url,
    finalUrl: page.finalUrl,
    status: page.status,
    contentType: page.headers['content-type'] ?? null,
    fetchedAt: page.fetchedAt,
    contentSha256,
    contentLength: page.body.byteLength,
    redirects: page.redirects,
    warcRecordId: responseId,
  };
  return { request, response, entry };
}

export function archiveId(finalUrl: string, fetchedAt: string, contentSha256: string): string {
  return createHash('sha256').update(`${finalUrl}\n${fetchedAt}\n${contentSha256}`).digest('hex').slice(0, 16);
}

function warcinfoId(warcFile: string): string {
  // Derived from the file name so every record can point at it without a second pass.
  const h = createHash('sha256').update(warcFile).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}>`;
}

function warcinfoMember(warcFile: string): Buffer {
  const block = Buffer.from(`software: htxpress\r\nformat: WARC File Format 1.1\r\n`, 'utf8');
  return warcMember(
    {
      'WARC-Type': 'warcinfo',
      'WARC-Record-ID': warcinfoId(warcFile),
      'WARC-Date': new Date().toISOString(),
      'WARC-Filename': warcFile,
      'Content-Type': 'application/warc-fields',
    },
    block,
  );
}

function warcMember(fields: Record<string, string>, block: Buffer): Buffer {
  const head = ['WARC/1.1', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`];
  return gzipSync(Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n', 'utf8'), block, Buffer.from('\r\n\r\n')]));
}

function headerValue(v: string): string {
  // A header value with a line break would forge extra header lines in the record.
  return v.replace(/[\r\n]+/g, ' ');
}

/** `sha256:` + base32 (RFC 4648), the WARC convention for digests. */
function digest(bytes: Uint8Array): string {
  return `sha256:${base32(createHash('sha256').update(bytes).digest())}`;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

/** Reads one archived response back, by ref (no index needed) or by id (looked up in the index). */
export async function readArchived(outDir: string, ref: ArchiveRef | string): Promise<ArchivedResponse> {
  const r = typeof ref === 'string' ? await lookup(outDir, ref) : parseRef(ref);
  const path = join(outDir, ARCHIVE_DIR, r.warcFile);
  let member: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      member = Buffer.alloc(r.length);
      const { bytesRead } = await fh.read(member, 0, r.length, r.offset);
      if (bytesRead !== r.length) throw new ArchiveError(`${path}: record ${r.id} at ${r.offset} runs past the end of the file`);
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(`archived response ${r.id}: cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  let record: Buffer;
  try {
    record = gunzipSync(member);
  } catch (e) {
    throw new ArchiveError(`${path}: no gzip member at offset ${r.offset} (record ${r.id}): ${(e as Error).message}`, { cause: e });
  }
  return parseResponseRecord(record, `${path}@${r.offset}`, r.id);
}

function parseRef(ref: ArchiveRef): ArchiveRef {
  const parsed = ArchiveRef.safeParse(ref);
  if (!parsed.success) throw new ArchiveError(`not an archive reference: ${JSON.stringify(ref)} (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

function parseResponseRecord(record: Buffer, where: string, expectedId: string): ArchivedResponse {
  const headEnd = record.indexOf('\r\n\r\n');
  if (headEnd < 0 || !record.subarray(0, 9).toString('latin1').startsWith('WARC/1.')) {
    throw new ArchiveError(`${where}: not a WARC record`);
  }
  const warc = parseFields(record.subarray(0, headEnd).toString('utf8').split('\r\n').slice(1));
  if (warc['warc-type'] !== 'response') throw new ArchiveError(`${where}: a ${warc['warc-type']} record, not a response`);
  if (warc['htxpress-archive-id'] !== expectedId) {
    throw new ArchiveError(`${where}: holds record ${warc['htxpress-archive-id']}, not ${expectedId}`);
  }
  const blockLength = Number(warc['content-length']);
  const block = record.subarray(headEnd + 4, headEnd + 4 + blockLength);
  if (block.length !== blockLength) throw new ArchiveError(`${where}: truncated record`);
  const httpEnd = block.indexOf('\r\n\r\n');
  const lines = block.subarray(0, httpEnd).toString('latin1').split('\r\n');
  const statusLine = /^HTTP\/\d(?:\.\d)? (\d{3}) ?(.*)$/.exec(lines[0] ?? '');
  if (!statusLine) throw new ArchiveError(`${where}: bad HTTP status line "${lines[0]}"`);
  const headers = parseFields(lines.slice(1));
  const body = new Uint8Array(block.subarray(httpEnd + 4));
  const payloadDigest = digest(body);
  if (warc['warc-payload-digest'] !== payloadDigest) {
    throw new ArchiveError(`${where}: payload digest mismatch (recorded ${warc['warc-payload-digest']}, computed ${payloadDigest})`);
  }
  return {
    id: expectedId,
    url: warc['htxpress-requested-uri'] ?? warc['warc-target-uri'] ?? '',
    finalUrl: warc['warc-target-uri'] ?? '',
    status: Number(statusLine[1]),
    statusText: statusLine[2] ?? '',
    headers,
    body,
    contentType: headers['content-type'] ?? null,
    fetchedAt: warc['warc-date'] ?? '',
    contentSha256: createHash('sha256').update(body).digest('hex'),
  };
}

function parseFields(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const k = line.slice(0, colon).trim().toLowerCase();
    const v = line.slice(colon + 1).trim();
    out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
  }
  return out;
}

/** All index entries, from the segments (the merged index.jsonl may lag behind them). */
export async function listArchive(outDir: string): Promise<ArchiveEntry[]> {
  const segDir = join(outDir, ARCHIVE_DIR, INDEX_SEGMENTS_DIR);
  let names: string[];
  try {
    names = (await readdir(segDir)).filter((n) => n.endsWith('.jsonl') && !n.startsWith('.'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const entries: ArchiveEntry[] = [];
  for (const name of names.sort()) {
    const text = await readFile(join(segDir, name), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = ArchiveEntry.safeParse(safeJson(line));
      if (!parsed.success) throw new ArchiveError(`${join(segDir, name)}:${i + 1}: not an archive index entry`);
      entries.push(parsed.data);
    });
  }
  return entries.sort((a, b) => cmp(a.url, b.url) || cmp(a.fetchedAt, b.fetchedAt) || cmp(a.id, b.id));
}

/** Rebuilds archive/index.jsonl from the segments (temp file + rename); returns the number of entries. */
export async function writeArchiveIndex(outDir: string): Promise<number> {
  const entries = await listArchive(outDir);
  await mkdir(join(outDir, ARCHIVE_DIR), { recursive: true });
  await writeAtomically(
    join(outDir, ARCHIVE_DIR, INDEX_FILE),
    entries.map((e) => Buffer.from(JSON.stringify(e) + '\n')),
  );
  return entries.length;
}

async function lookup(outDir: string, id: string): Promise<ArchiveRef> {
  const hit = (await listArchive(outDir)).find((e) => e.id === id);
  if (!hit) throw new ArchiveError(`no archived response with id ${id} under ${join(outDir, ARCHIVE_DIR)}`);
  return hit;
}

export function toRef(entry: ArchiveEntry): ArchiveRef {
  return { id: entry.id, warcFile: entry.warcFile, offset: entry.offset, length: entry.length };
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9-]/g, '-');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
