// extract <url>: fetched over loopback, archived raw, extracted with provenance;
// a dead URL is an error naming it and the rest is still written.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../cli/commands/extract.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let server: FixtureServer;
const tmp = mkdtempSync(join(tmpdir(), 'htxpress-url-'));
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('extract on URLs', () => {
  it('fetches, archives and extracts a page, and names a dead one', async () => {
    const page = readdirSync(join('corpus', 'sites', 'lmhtx.angiang.gov.vn', 'tin-tuc')).find((f) => f.endsWith('.html'))!;
    const good = `${server.origin}/tin-tuc/${page}`;
    const dead = `${server.origin}/_test/404`;
    const out = join(tmp, 'data');
    const run = await runExtract([good, dead], { out, maxBytes: 20 << 20 });
    expect(run.results).toHaveLength(1);
    const d = run.results[0]!.document;
    expect(d.httpStatus).toBe(200);
    expect(d.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(d.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.errors.map((e) => e.name)).toEqual([dead]);
    expect(run.errors[0]!.message).toMatch(/404/);
    expect(existsSync(join(out, 'archive'))).toBe(true);
    expect(readdirSync(join(out, 'archive')).some((f) => /\.warc(\.gz)?$/.test(f))).toBe(true);
  });
});
