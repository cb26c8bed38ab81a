// Bad inputs: each gets a clear error naming it, the good inputs around it are
// still extracted, the exit status is non-zero, and no half-written file stays.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../cli/commands/extract.js';
import { validateDataset } from '../dataset/validate.js';
import { DATASET_FILES } from '../dataset/write.js';
import { projectFile } from '../extractors/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'htxpress-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SEED = projectFile('corpus', 'pages', '000_24d53b34ae5e1b40.html');
const SEED2 = projectFile('corpus', 'pages', '002_5201f2b32f5e6860.html');

/** Windows-1258 keeps ă â ê ô ơ ư đ precomposed and writes the five tones as combining marks. */
function cp1258(s: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const text = [...s]
    .map((c) => {
      const d = c.normalize('NFD');
      const marks = d.match(tones)?.join('') ?? '';
      return d.replace(tones, '').normalize('NFC') + marks;
    })
    .join('');
  return iconv.encode(text, 'windows-1258');
}

function folder(): string {
  const dir = join(tmp, 'in');
  mkdirSync(dir, { recursive: true });
  copyFileSync(SEED, join(dir, 'a-good.html'));
  copyFileSync(SEED2, join(dir, 'b-good.html'));
  writeFileSync(join(dir, 'c-empty.html'), '');
  const bin = Buffer.alloc(4096);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) % 256;
  writeFileSync(join(dir, 'd-binary.html'), bin);
  // A text in a legacy encoding: Windows-1258 bytes of a Vietnamese sentence.
  writeFileSync(join(dir, 'e-legacy.txt'), cp1258('Toàn tỉnh hiện có 279 hợp tác xã đang hoạt động.\n'));
  const big = join(dir, 'f-huge.html');
  writeFileSync(big, '');
  truncateSync(big, 50 * 1024 * 1024);
  return dir;
}

describe('a folder with bad files among good ones', () => {
  const dir = folder();
  const out = join(tmp, 'out');

  it('names each bad file, keeps the good ones and writes complete files only', async () => {
    const run = await runExtract([dir], { out, maxBytes: 20 * 1024 * 1024 });
    const byName = new Map(run.errors.map((e) => [e.name, e.message]));
    expect(byName.get(join(dir, 'c-empty.html'))).toMatch(/empty/);
    expect(byName.get(join(dir, 'd-binary.html'))).toMatch(/binary|not text/i);
    expect(byName.get(join(dir, 'f-huge.html'))).toMatch(/50\.0 MB is over the 20 MB limit/);
    expect(run.errors).toHaveLength(3);
    const inputs = run.results.map((r) => r.document.input).sort();
    expect(inputs).toEqual([join(dir, 'a-good.html'), join(dir, 'b-good.html'), join(dir, 'e-legacy.txt')]);
    const legacy = run.results.find((r) => r.document.input?.endsWith('e-legacy.txt'))!;
    expect(legacy.document.text).toContain('Toàn tỉnh hiện có 279 hợp tác xã');
    expect(legacy.document.encoding?.detected).toMatch(/1258/);
    expect(legacy.facts.map((f) => [f.value, f.rating])).toEqual([[279, 'operating']]);
    expect(readdirSync(out).sort()).toEqual([...DATASET_FILES].sort());
    expect(validateDataset(out).errors).toEqual([]);
  });

  it('the CLI prints one error line per bad file and exits 1', () => {
    const r = spawnSync(process.execPath, [projectFile('bin', 'htxpress.js'), 'extract', dir, '--out', join(tmp, 'cli')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(3);
    for (const name of ['c-empty.html', 'd-binary.html', 'f-huge.html']) expect(errors.some((l) => l.includes(name))).toBe(true);
    expect(r.stderr).toMatch(/warning: .*e-legacy\.txt: encoding/);
    expect(r.stdout).toMatch(/errors\s+\|\s+3/);
  });

  it('a run where every input fails leaves an existing dataset untouched', async () => {
    const before = readFileSync(join(out, 'facts.jsonl'));
    const run = await runExtract([join(dir, 'c-empty.html')], { out, maxBytes: 1 << 20 });
    expect(run.errors).toHaveLength(1);
    expect(readFileSync(join(out, 'facts.jsonl')).equals(before)).toBe(true);
  });

  it('leaves no temporary file when a write fails midway', async () => {
    const blocked = join(tmp, 'blocked');
    mkdirSync(join(blocked, 'series.csv'), { recursive: true }); // a folder where a file must go: rename fails
    await expect(runExtract([SEED], { out: blocked, maxBytes: 1 << 24 })).rejects.toThrow();
    expect(readdirSync(blocked).filter((f) => f.startsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(blocked, 'documents.jsonl'))).toBe(true);
  });

  it('a missing path is an error naming it', async () => {
    const run = await runExtract([join(tmp, 'nope.html')], { out: join(tmp, 'none'), maxBytes: 1 << 20 });
    expect(run.errors).toEqual([{ name: join(tmp, 'nope.html'), message: 'no such file or folder' }]);
  });
});
