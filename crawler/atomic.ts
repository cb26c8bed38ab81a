// Every file the crawler or a worker leaves behind appears whole or not at
// all: written under a dot-name in the same folder, fsynced, then renamed
// (rename is atomic within one file system). Readers skip dot-names.
import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Runs after each part is written (tests throw from it to simulate a crash mid-file). */
  onPart?: (n: number) => void;
  /** Fail instead of replacing an existing file (archive files are never rewritten). */
  noClobber?: boolean;
}

export async function writeAtomically(path: string, parts: Array<Uint8Array | string>, opts: AtomicWriteOptions = {}): Promise<void> {
  const { onPart, noClobber = false } = opts;
  const tmp = join(dirname(path), `.tmp-${randomBytes(4).toString('hex')}-${basename(path)}`);
  const fh = await open(tmp, 'wx');
  try {
    let n = 0;
    for (const part of parts) {
      await fh.write(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
      if (onPart) onPart(n++);
    }
    await fh.sync();
    await fh.close();
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  if (noClobber) {
    // link() is as atomic as rename() but refuses to replace an existing name.
    try {
      await link(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} already exists; a finished file is never rewritten`, { cause: e });
      throw e;
    } finally {
      await rm(tmp, { force: true });
    }
    return;
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
