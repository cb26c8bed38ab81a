// Throughput of findMentions on realistic text, next to a plain digit-run regex
// pass over the same text in the same process (the baseline).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFile } from '../extractors/paths.js';
import { findMentions } from '../extractors/mentions/index.js';
import { normalizeText } from '../extractors/normalize.js';

const TARGET_BYTES = 4 * 1024 * 1024;
const ROUNDS = 5;

/** Seed articles repeated to a few MB, cut into article-sized documents as the pipeline sees them. */
function corpus(): string[] {
  const dir = sharedFile('seeds');
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => normalizeText(readFileSync(path.join(dir, f), 'utf8')));
  const docs: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = seeds[i % seeds.length]!;
    docs.push(t);
    bytes += Buffer.byteLength(t);
  }
  return docs;
}

/** Wall time and this process's CPU time: on a loaded machine the CPU time is the one-core figure. */
function time(run: () => number): { ms: number; cpuMs: number; out: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, out };
}

export async function benchMentions(): Promise<void> {
  const docs = corpus();
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / (1024 * 1024);
  const baseline = () => {
    let n = 0;
    const re = /\d+(?:[.,]\d+)*/g;
    for (const d of docs) {
      re.lastIndex = 0;
      while (re.exec(d)) n++;
    }
    return n;
  };
  const mentions = () => {
    let n = 0;
    for (const d of docs) n += findMentions(d).length;
    return n;
  };
  // One warm-up pass each so both run optimised code, then ROUNDS rounds, each timing the
  // baseline right before findMentions: a busy neighbour slows both, so the median ratio
  // holds steady while the MB/s move with the machine.
  baseline();
  mentions();
  const rounds: { b: ReturnType<typeof time>; m: ReturnType<typeof time> }[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push({ b: time(baseline), m: time(mentions) });
  const rate = (ms: number) => mb / (ms / 1000);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const all = (f: (r: (typeof rounds)[number]) => number) => rounds.map(f).map((x) => x.toFixed(1)).join(' ');
  const { b, m } = rounds[0]!;
  console.log(`mentions bench: ${mb.toFixed(1)} MB in ${docs.length} documents, median of ${ROUNDS} rounds (MB/s by wall clock, and by CPU time of this process)`);
  console.log(`  baseline /\\d+(?:[.,]\\d+)*/g: ${median(rounds.map((r) => rate(r.b.ms))).toFixed(1)} MB/s wall, ${median(rounds.map((r) => rate(r.b.cpuMs))).toFixed(1)} MB/s cpu (${b.out} digit runs)`);
  console.log(`  findMentions:               ${median(rounds.map((r) => rate(r.m.ms))).toFixed(1)} MB/s wall, ${median(rounds.map((r) => rate(r.m.cpuMs))).toFixed(1)} MB/s cpu (${m.out} mentions)`);
  console.log(`  findMentions per round (MB/s wall): ${all((r) => rate(r.m.ms))}`);
  console.log(`  ratio findMentions/baseline: ${median(rounds.map((r) => r.b.ms / r.m.ms)).toFixed(4)} wall, ${median(rounds.map((r) => r.b.cpuMs / r.m.cpuMs)).toFixed(4)} cpu`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchMentions();
}
