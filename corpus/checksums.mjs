#!/usr/bin/env node
// Rewrites or checks corpus/SHA256SUMS (sha256sum format, paths relative to corpus/, sorted).
//   node corpus/checksums.mjs --write   rewrite SHA256SUMS for every file under the covered folders
//   node corpus/checksums.mjs --check   exit 1 listing changed, missing and unlisted files
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SUMS = join(ROOT, 'SHA256SUMS');
export const FOLDERS = ['pages', 'gold', 'cleaning', 'sites', 'shared'];

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(relative(ROOT, p).split(sep).join('/'));
  }
  return out;
}

export function listFiles() {
  const files = [];
  for (const f of FOLDERS) walk(join(ROOT, f), files);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const sha256 = (rel) => createHash('sha256').update(readFileSync(join(ROOT, rel))).digest('hex');

export function readSums() {
  const map = new Map();
  if (!existsSync(SUMS)) return map;
  for (const line of readFileSync(SUMS, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) map.set(m[2], m[1]);
  }
  return map;
}

const mode = process.argv[2];
if (mode === '--write') {
  const lines = listFiles().map((f) => `${sha256(f)}  ${f}`);
  writeFileSync(SUMS, lines.join('\n') + '\n');
  console.log(`SHA256SUMS: ${lines.length} files`);
} else if (mode === '--check') {
  const listed = readSums();
  const problems = [];
  for (const [f, h] of listed) {
    if (!existsSync(join(ROOT, f))) problems.push(`missing: ${f}`);
    else if (sha256(f) !== h) problems.push(`changed: ${f}`);
  }
  for (const f of listFiles()) if (!listed.has(f)) problems.push(`unlisted: ${f}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`SHA256SUMS: ${listed.size} files OK`);
} else {
  console.error('usage: node corpus/checksums.mjs --write | --check');
  process.exit(2);
}
