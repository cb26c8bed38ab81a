import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import {
  ArchiveError,
  ArchiveWriter,
  base32,
  listArchive,
  readArchived,
  toRef,
  writeArchiveIndex,
} from '../crawler/archive.js';
import { writeAtomically } from '../crawler/atomic.js';
import { fetchPage, type FetchedPage } from '../crawler/fetch.js';
import { projectFile } from '../extractors/paths.js';
import { ArchiveEntry } from '../schemas/archive.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let srv: FixtureServer;
let out: string;
beforeAll(async () => {
  srv = await startFixtureServer();
  out = await mkdtemp(join(tmpdir(), 'htxpress-archive-'));
});
afterAll(async () => {
  await srv.close();
  await rm(out, { recursive: true, force: true });
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ARTICLES = ['so-ket-6-thang-dau-nam-2023.html', 'dai-hoi-lien-minh-htx-nhiem-ky-2020-2025.html', 'tap-huan-nghiep-vu-ke-toan-htx.html'];

describe('archive', () => {
  it('reads back the exact bytes, headers and status of a fetched page, by ref and by id', async () => {
    const dir = join(out, 'roundtrip');
    const writer = new ArchiveWriter(dir, { writerId: 'test' });
    const page = await fetchPage(`${srv.origin}/tin-tuc/${ARTICLES[0]}`);
    const entry = await writer.append(page);
    const onDisk = await readFile(projectFile('corpus/sites/lmhtx.angiang.gov.vn/tin-tuc', ARTICLES[0]!));

    expect(ArchiveEntry.parse(entry)).toEqual(entry);
    expect(entry.contentSha256).toBe(sha256(onDisk));
    expect(entry.contentLength).toBe(onDisk.length);
    for (const back of [await readArchived(dir, toRef(entry)), await readArchived(dir, entry.id)]) {
      expect(Buffer.from(back.body).equals(onDisk)).toBe(true);
      expect(back.status).toBe(200);
      expect(back.finalUrl).toBe(page.finalUrl);
      expect(back.fetchedAt).toBe(page.fetchedAt);
      expect(back.contentType).toBe('text/html; charset=utf-8');
      expect(back.contentSha256).toBe(sha256(onDisk));
    }
  });

  it('writes WARC/1.1 that warcio reads: request + response, target URI, date, sha256 payload digest, index offsets', async () => {
    const dir = join(out, 'warcio');
    const writer = new ArchiveWriter(dir, { writerId: 'batch' });
    const pages: FetchedPage[] = [];
    for (const a of ARTICLES) pages.push(await fetchPage(`${srv.origin}/tin-tuc/${a}`));
    const entries = await writer.appendBatch(pages);
    expect(new Set(entries.map((e) => e.warcFile)).size).toBe(1);

    const parser = new WARCParser(createReadStream(join(dir, 'archive', entries[0]!.warcFile)));
    const seen: Array<{ type: string; uri: string | null | undefined; offset: number; length: number; digest: string | null | undefined; date: string | null | undefined; payload: Uint8Array }> = [];
    for await (const record of parser) {
      const payload = await record.readFully(true);
      seen.push({
        type: record.warcType,
        uri: record.warcTargetURI,
        offset: parser.offset,
        length: parser.recordLength,
        digest: record.warcPayloadDigest,
        date: record.warcDate,
        payload,
      });
    }
    expect(seen.map((r) => r.type)).toEqual(['warcinfo', 'request', 'response', 'request', 'response', 'request', 'response']);
    const responses = seen.filter((r) => r.type === 'response');
    responses.forEach((r, i) => {
      const e = entries[i]!;
      expect(r.uri).toBe(pages[i]!.finalUrl);
      expect(r.date).toBe(pages[i]!.fetchedAt);
      expect(r.offset).toBe(e.offset);
      expect(r.length).toBe(e.length);
      expect(Buffer.from(r.payload).equals(Buffer.from(pages[i]!.body))).toBe(true);
      expect(r.digest).toBe(`sha256:${base32(Buffer.from(e.contentSha256, 'hex'))}`);
    });
  });

  it('writes archive/index.jsonl from the per-file segments', async () => {
    const dir = join(out, 'warcio');
    const n = await writeArchiveIndex(dir);
    expect(n).toBe(3);
    const lines = (await readFile(join(dir, 'archive', 'index.jsonl'), 'utf8')).trim().split('\n');
    const urls = lines.map((l) => ArchiveEntry.parse(JSON.parse(l)).url);
    expect(urls).toEqual([...urls].sort());
    expect(urls).toHaveLength(3);
  });

  it('leaves no partial WARC visible when the writer dies mid-file, and keeps earlier files', async () => {
    const dir = join(out, 'crash');
    const ok = await new ArchiveWriter(dir, { writerId: 'ok' }).append(await fetchPage(`${srv.origin}/tin-tuc/${ARTICLES[0]}`));
    const dying = new ArchiveWriter(dir, {
      writerId: 'dying',
      onRecordWritten: (n) => {
        if (n === 2) throw new Error('simulated crash');
      },
    });
    const pages = [];
    for (const a of ARTICLES) pages.push(await fetchPage(`${srv.origin}/tin-tuc/${a}`));
    await expect(dying.appendBatch(pages)).rejects.toThrow('simulated crash');

    const files = await readdir(join(dir, 'archive'));
    expect(files.filter((f) => f.endsWith('.warc.gz'))).toEqual([ok.warcFile]);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await listArchive(dir)).map((e) => e.id)).toEqual([ok.id]);
    expect((await readArchived(dir, toRef(ok))).contentSha256).toBe(ok.contentSha256);
  });

  it('never rewrites a finished file: each batch is a new file', async () => {
    const dir = join(out, 'append');
    const w = new ArchiveWriter(dir, { writerId: 'w' });
    const a = await w.append(await fetchPage(`${srv.origin}/tin-tuc/${ARTICLES[0]}`));
    const before = await readFile(join(dir, 'archive', a.warcFile));
    const b = await w.append(await fetchPage(`${srv.origin}/tin-tuc/${ARTICLES[1]}`));
    expect(b.warcFile).not.toBe(a.warcFile);
    expect((await readFile(join(dir, 'archive', a.warcFile))).equals(before)).toBe(true);
  });

  it('refuses to replace a finished file of the same name', async () => {
    const dir = join(out, 'noclobber');
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'a.warc.gz');
    await writeAtomically(path, ['first'], { noClobber: true });
    await expect(writeAtomically(path, ['second'], { noClobber: true })).rejects.toThrow(/never rewritten/);
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['a.warc.gz']);
  });

  it('refuses a corrupted record or a bad reference with an error naming it', async () => {
    const dir = join(out, 'corrupt');
    const e = await new ArchiveWriter(dir).append(await fetchPage(`${srv.origin}/tin-tuc/${ARTICLES[2]}`));
    const path = join(dir, 'archive', e.warcFile);
    const bytes = await readFile(path);
    bytes[e.offset + Math.floor(e.length / 2)]! ^= 0xff;
    await writeFile(path, bytes);
    await expect(readArchived(dir, toRef(e))).rejects.toThrow(ArchiveError);
    await expect(readArchived(dir, toRef(e))).rejects.toThrow(e.warcFile);

    await expect(readArchived(dir, { ...toRef(e), warcFile: '../../etc/passwd.warc.gz' })).rejects.toThrow(/not an archive reference/);
    await expect(readArchived(dir, { ...toRef(e), offset: 0 })).rejects.toThrow(ArchiveError);
    await expect(readArchived(dir, '0123456789abcdef')).rejects.toThrow(/no archived response with id 0123456789abcdef/);
  });
});
