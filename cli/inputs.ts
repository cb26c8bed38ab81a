// What `extract` reads: files, folders (recursively), URLs and stdin. Each
// input is read on its own, so one bad file costs only itself.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt']);
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type InputRef = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'stdin' };

export function inputName(i: InputRef): string {
  return i.kind === 'file' ? i.path : i.kind === 'url' ? i.url : '(stdin)';
}

/** Expands folders into their page files, sorted so that runs are reproducible. */
export async function expandInputs(args: string[]): Promise<{ inputs: InputRef[]; errors: { name: string; message: string }[] }> {
  const inputs: InputRef[] = [];
  const errors: { name: string; message: string }[] = [];
  for (const a of args) {
    if (a === '-') inputs.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(a)) inputs.push({ kind: 'url', url: a });
    else {
      try {
        const st = await stat(a);
        if (st.isDirectory()) {
          const files = await walk(a);
          if (!files.length) errors.push({ name: a, message: `no .html, .htm or .txt files in this folder` });
          inputs.push(...files.map((path) => ({ kind: 'file' as const, path })));
        } else inputs.push({ kind: 'file', path: a });
      } catch (e) {
        errors.push({ name: a, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      }
    }
  }
  return { inputs, errors };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && PAGE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

export function contentTypeFor(path: string): { contentType: string | null; format: 'html' | 'text' | undefined } {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return { contentType: 'text/html', format: 'html' };
  if (ext === '.txt') return { contentType: 'text/plain', format: 'text' };
  return { contentType: null, format: undefined };
}

export class InputError extends Error {}

/** Reads a file after checking its size, so a 50 MB file is refused before it is loaded. */
export async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const st = await stat(path);
  if (st.size > maxBytes)
    throw new InputError(`${path}: ${(st.size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit per page (--max-bytes); not read`);
  if (st.size === 0) throw new InputError(`${path}: empty file, nothing to extract`);
  return new Uint8Array(await readFile(path));
}

export async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    const b = c as Buffer;
    n += b.length;
    if (n > maxBytes) throw new InputError(`(stdin): over the ${(maxBytes / 1048576).toFixed(0)} MB limit per page (--max-bytes)`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
