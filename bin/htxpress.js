#!/usr/bin/env node
// The CLI runs from the compiled sources (npm ci builds them through the
// "prepare" script); say so plainly when they are missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('htxpress: dist/ is missing; run `npm ci` (or `npm run build`) in the htxpress folder first\n');
  process.exit(2);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
