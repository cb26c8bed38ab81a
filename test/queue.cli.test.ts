// `htxpress crawl` and `htxpress worker` called in-process, as the dispatcher does.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { crawlCommand } from '../cli/commands/crawl.js';
import { workerCommand } from '../cli/commands/worker.js';
import { deadPort, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { deletePrefix, redisForTests, uniquePrefix } from './helpers/redis.js';

const redis = await redisForTests();

let srv: FixtureServer;
let dir: string;
let sitesFile: string;
let stderr: string[];
beforeAll(async () => {
  srv = await startFixtureServer();
  dir = await mkdtemp(join(tmpdir(), 'htxpress-cli-'));
  sitesFile = join(dir, 'sites.json');
  await writeFile(sitesFile, JSON.stringify([srv.site]));
});
afterAll(async () => {
  await srv.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const lines = async (path: string) => (await readFile(path, 'utf8')).trim().split('\n').filter(Boolean);

describe('htxpress crawl (in-process)', () => {
  it('writes the dataset and archive/, reports progress, and exits 0 when nothing failed', async () => {
    const out = join(dir, 'clean');
    const articles = ['so-ket-6-thang-dau-nam-2023.html', 'tap-huan-nghiep-vu-ke-toan-htx.html'].map((a) => `${srv.origin}/tin-tuc/${a}`);
    const code = await crawlCommand([...articles, '--out', out, '--delay', '0', '--sites', sitesFile]);
    expect(stderr.join('')).not.toMatch(/failed/);
    expect(code).toBe(0);
    expect(await lines(join(out, 'documents.jsonl'))).toHaveLength(2);
    expect(await lines(join(out, 'archive', 'index.jsonl'))).toHaveLength(2);
    for (const f of ['facts.jsonl', 'mentions.jsonl', 'series.csv', 'datapackage.json']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(stderr.join('')).toMatch(/fetched .*so-ket/);
  });

  it('exits 1 naming each URL that failed, after writing what succeeded', async () => {
    const out = join(dir, 'failing');
    const dead = `http://127.0.0.1:${await deadPort()}/tin-tuc/`;
    const code = await crawlCommand([srv.host, dead, '--out', out, '--delay', '0', '--max-pages', '20', '--sites', sitesFile]);
    expect(code).toBe(1);
    const err = stderr.join('');
    expect(err).toContain(`${dead} [fetch]`);
    expect(err).toContain(`${srv.origin}/tin-tuc/noi-bo-ke-hoach-cong-tac.html [fetch]`);
    expect(await lines(join(out, 'documents.jsonl'))).toHaveLength(3);
  });

  it('answers --help and rejects bad usage with exit code 2', async () => {
    expect(await crawlCommand(['--help'])).toBe(0);
    expect(await crawlCommand([])).toBe(2);
    await expect(crawlCommand(['x.vn', '--max-pages', 'lots'])).rejects.toThrow(/--max-pages must be an integer/);
    expect(await workerCommand([])).toBe(process.env.REDIS_URL ? 1 : 2);
  });

  it('names the --redis URL when Redis is not there', async () => {
    const url = `redis://127.0.0.1:${await deadPort()}`;
    await expect(crawlCommand([srv.host, '--redis', url, '--out', join(dir, 'noredis')])).rejects.toThrow(`Redis at ${url} is not reachable`);
  });
});

describe.skipIf(!redis.run)('htxpress crawl --redis', () => {
  const prefix = uniquePrefix('cli');
  afterAll(async () => {
    await deletePrefix(prefix, redis.url);
  });

  it('runs the same crawl through BullMQ with an in-process worker', async () => {
    const out = join(dir, 'bull');
    const code = await crawlCommand([srv.host, '--redis', redis.url, '--prefix', prefix, '--out', out, '--delay', '0', '--sites', sitesFile]);
    // noi-bo is refused by robots.txt: one failure, three documents.
    expect(code).toBe(1);
    expect(stderr.join('')).toContain('noi-bo-ke-hoach-cong-tac.html [fetch]');
    expect(await lines(join(out, 'documents.jsonl'))).toHaveLength(3);
    expect(await lines(join(out, 'archive', 'index.jsonl'))).toHaveLength(5);
  });
});
