// The whole path, pages in → dataset out, as the README promises it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../cli/commands/extract.js';
import { validateDataset } from '../dataset/validate.js';
import { DATASET_FILES } from '../dataset/write.js';
import { projectFile, sharedFile } from '../extractors/paths.js';
import { DocumentRecord, FactRecord, MentionRecord, SERIES_COLUMNS } from '../schemas/records.js';
import { PAGES, extractCorpus } from './helpers/corpus.js';

const ROOT = projectFile();
const BIN = projectFile('bin', 'htxpress.js');
const tmp = mkdtempSync(join(tmpdir(), 'htxpress-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('extract on the bundled corpus', () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    first = join(tmp, 'a');
    second = join(tmp, 'b');
    await runExtract([PAGES], { out: first, maxBytes: 20 << 20 });
    await runExtract([PAGES], { out: second, maxBytes: 20 << 20 });
  });

  it('writes every file of the contract, and validate passes on it', () => {
    expect(readdirSync(first).sort()).toEqual([...DATASET_FILES].sort());
    const report = validateDataset(first);
    expect(report.errors).toEqual([]);
    expect(report.counts['documents.jsonl']).toBe(readdirSync(PAGES).filter((f) => f.endsWith('.html')).length);
  });

  it('gives byte-identical files on a second run', () => {
    for (const f of DATASET_FILES) expect(readFileSync(join(second, f)).equals(readFileSync(join(first, f))), f).toBe(true);
  });

  it('sorts documents by id and facts by document, then evidence start', () => {
    const docs = readFileSync(join(first, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => DocumentRecord.parse(JSON.parse(l)));
    expect(docs.map((d) => d.id)).toEqual([...docs.map((d) => d.id)].sort());
    const facts = readFileSync(join(first, 'facts.jsonl'), 'utf8').trim().split('\n').map((l) => FactRecord.parse(JSON.parse(l)));
    const keys = facts.map((f) => [f.documentId, f.evidence.start] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('series.csv has the contract columns and only province-level actual or estimated facts', () => {
    const [header, ...rows] = readFileSync(join(first, 'series.csv'), 'utf8').trim().split('\n');
    expect(header!.split(',').slice(0, SERIES_COLUMNS.length)).toEqual([...SERIES_COLUMNS]);
    const facts = readFileSync(join(first, 'facts.jsonl'), 'utf8').trim().split('\n').map((l) => FactRecord.parse(JSON.parse(l)));
    const eligible = facts.filter((f) => !f.place && f.status !== 'target' && f.province);
    expect(rows.length).toBe(eligible.length);
  });
});

describe('the offset invariant over the whole corpus', () => {
  const results = extractCorpus();
  it('holds for every fact and every mention', () => {
    let facts = 0;
    let mentions = 0;
    for (const { path, result } of results) {
      const text = result.document.text;
      expect(text, path).toBe(text.normalize('NFC'));
      // No fact of the corpus was dropped for failing the contract (document.ts keeps the others and warns).
      expect(result.document.warnings.filter((w) => w.startsWith('schema:')), path).toEqual([]);
      for (const f of result.facts) {
        expect(text.slice(f.evidence.start, f.evidence.end), `${path} fact ${f.id}`).toBe(f.evidence.text);
        expect(f.valueSpan.start >= f.evidence.start && f.valueSpan.end <= f.evidence.end, `${path} value inside evidence`).toBe(true);
        FactRecord.parse(f);
        facts++;
      }
      for (const m of result.mentions) {
        expect(text.slice(m.start, m.end), `${path} mention at ${m.start}`).toBe(m.text);
        MentionRecord.parse(m);
        mentions++;
      }
    }
    expect(facts).toBeGreaterThan(100);
    expect(mentions).toBeGreaterThan(facts);
  });
});

describe('the CLI', () => {
  it('extract writes the dataset and prints a summary table; validate passes on it', () => {
    const out = join(tmp, 'cli');
    const r = cli(['extract', 'corpus/pages', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/documents\s+\|\s+\d+/);
    expect(r.stdout).toMatch(/count\s+\|\s+\d+/);
    const v = cli(['validate', out]);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/^ok: /m);
  });

  it('validate reports a broken line and exits 1', () => {
    const out = join(tmp, 'broken');
    cli(['extract', 'corpus/pages/000_24d53b34ae5e1b40.html', '--out', out]);
    const facts = readFileSync(join(out, 'facts.jsonl'), 'utf8').split('\n');
    const f = JSON.parse(facts[0]!) as { evidence: { start: number } };
    f.evidence.start += 1;
    facts[0] = JSON.stringify(f);
    writeFileSync(join(out, 'facts.jsonl'), facts.join('\n'));
    const v = cli(['validate', out]);
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(/facts\.jsonl:1: evidence text/);
  });

  it('the schema refuses a period that starts after it ends', () => {
    const out = join(tmp, 'broken');
    const line = readFileSync(join(out, 'facts.jsonl'), 'utf8').split('\n')[0]!;
    const f = FactRecord.parse(JSON.parse(line));
    expect(FactRecord.safeParse({ ...f, asOf: null, period: { start: '2021-01-01', end: '2020-12-31' } }).success).toBe(false);
    expect(FactRecord.safeParse({ ...f, asOf: null, period: { start: '2021-01-01', end: null } }).success).toBe(true);
  });

  it('reads plain-text dumps like the seeds and stdin', () => {
    const out = join(tmp, 'txt');
    const seeds = sharedFile('seeds');
    const r = cli(['extract', seeds, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { input: string; title: string });
    expect(docs).toHaveLength(5);
    expect(docs.every((d) => d.input.startsWith(seeds))).toBe(true);
    const s = cli(['extract', '-', '--out', join(tmp, 'stdin'), '--format', 'text'], 'Toàn tỉnh hiện có 120 HTX và 35 tổ hợp tác.\n');
    expect(s.status, s.stderr).toBe(0);
    const facts = readFileSync(join(tmp, 'stdin', 'facts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { value: number; entity: string });
    expect(facts.map((f) => [f.entity, f.value])).toEqual([
      ['cooperative', 120],
      ['cooperative_group', 35],
    ]);
  });

  it('mentions prints one JSON line per mention with VND money and ISO periods', () => {
    const r = cli(['mentions', '--json'], 'Vốn góp 17 tỷ 792 triệu đồng trong 6 tháng đầu năm 2023.');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; value: unknown; text: string });
    expect(lines.find((m) => m.kind === 'money')?.value).toBe(17792000000);
    expect(lines.find((m) => m.kind === 'period')?.value).toEqual({ start: '2023-01-01', end: '2023-06-30' });
  });

  it('has --help on every command and --version', () => {
    for (const c of ['extract', 'mentions', 'validate', 'explain', 'crawl', 'worker']) {
      const r = cli([c, '--help']);
      expect(r.status, c).toBe(0);
      expect(r.stdout, c).toMatch(/Usage: htxpress/);
    }
    const v = cli(['--version']);
    expect(v.stdout.trim()).toBe(`htxpress ${JSON.parse(readFileSync(projectFile('package.json'), 'utf8')).version}`);
    expect(cli(['nonsense']).status).toBe(2);
  });

  it('works as a library: import { extractDocument } from "htxpress"', () => {
    const code = `import { extractDocument } from 'htxpress';
      const r = extractDocument('<html><body><article><h1>Tin</h1><p>Toàn tỉnh hiện có 279 HTX đang hoạt động.</p></article></body></html>');
      console.log(JSON.stringify(r.facts.map((f) => [f.value, f.rating])));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([[279, 'operating']]);
  });
});

describe('a whole page captured as text (menus, sidebar and footer included)', () => {
  it('finds the headline under the menus, the byline above the widgets, and the facts between', async () => {
    const { extractDocument } = await import('../extractors/document.js');
    const dump = [
      'Trang chủ | Giới thiệu | Tin tức | Liên hệ',
      'Tin hoạt động',
      'Liên minh HTX tỉnh Hà Tĩnh tổng kết hoạt động năm 2023',
      'Thứ Sáu, 12/01/2024 09:15',
      'Sáng ngày 11/01/2024, Liên minh Hợp tác xã tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2023.',
      'Năm 2023, toàn tỉnh thành lập mới 42 HTX. Đến 31/12/2023, toàn tỉnh có 690 HTX với 38.500 thành viên.',
      'Minh Châu',
      'Tin liên quan',
      'Năm 2022 thành lập mới 35 HTX (05/01/2023)',
      'Thống kê truy cập: 1.245.678',
    ].join('\n');
    const r = extractDocument({ html: dump, format: 'text', input: 'dump.txt' });
    expect(r.document.title).toBe('Liên minh HTX tỉnh Hà Tĩnh tổng kết hoạt động năm 2023');
    expect(r.document.author).toBe('Minh Châu');
    expect(r.document.publishedAt?.slice(0, 10)).toBe('2024-01-12');
    expect(r.facts.map((f) => [f.scope, f.value])).toEqual([
      ['new', 42],
      ['existing', 690],
      ['existing', 38500],
    ]);
  });
});
