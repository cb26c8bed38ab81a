// Data files ship beside the sources (extractors/data, corpus, docs). Compiled
// code runs from dist/, one level deeper, so paths are resolved from the
// package root rather than from the module's own folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'htxpress') {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`htxpress: cannot find the package root above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

export function projectFile(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}

/**
 * The project's copy of the shared material (`../shared`: seeds, seed gold, Duckling examples), kept in
 * corpus/shared so that a clone anywhere runs its tests; test/corpus.test.ts checks it against ../shared.
 */
export function sharedFile(...parts: string[]): string {
  return projectFile('corpus', 'shared', ...parts);
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string }).version;
}
